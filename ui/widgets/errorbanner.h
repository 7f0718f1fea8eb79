#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// An inline banner at the top of a page: what went wrong in plain words, and what to do
// (Retry; for a refused key, Enter API key…). Background loads never pop modal boxes.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message, bool offerKeyEntry = false);
    QString message() const;

Q_SIGNALS:
    void retryRequested();
    void keyEntryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_enterKey;
};
