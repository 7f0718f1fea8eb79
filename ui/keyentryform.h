#pragma once

#include <QPointer>
#include <QWidget>

class ApiCall;
class ApiClient;
class QLabel;
class QLineEdit;
class QPushButton;

// Profile name, base URL and API key, with "Validate" that proves the key with one cheap
// authenticated GET before anything is stored. Used by the first-run dialog and the profiles
// dialog. The key field is masked and offers no copy.
class KeyEntryForm : public QWidget
{
    Q_OBJECT

public:
    explicit KeyEntryForm(QWidget *parent = nullptr);
    ~KeyEntryForm() override;

    QString profileName() const;
    QUrl baseUrl() const;
    QString apiKey() const;
    void setProfileName(const QString &name);
    void setBaseUrl(const QUrl &url);
    void setNameEditable(bool editable);
    void showProblem(const QString &message);

public Q_SLOTS:
    void validate();

Q_SIGNALS:
    void validated();
    void validationFailed(const QString &message);

private:
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_key;
    QPushButton *m_validate;
    QLabel *m_problem;
    ApiClient *m_probeClient;
    QPointer<ApiCall> m_probe;
};
