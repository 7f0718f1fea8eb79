#pragma once

#include "domain/tollfreereadiness.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

class TollFreeWizard;

// Everything that will be sent, grouped as in the wizard; in edit mode what changed; the
// readiness warnings with the box that overrides them; submission progress and errors.
class TollFreeReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TollFreeReviewPage(TollFreeWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Rebuilds summary, changes and warnings from the wizard's request.
    void refresh();
    void setSubmitting(bool submitting);
    void showStatus(const QString &text, bool isError);
    // An error the server gave for no field the form knows: the whole text, at the top.
    void showServerError(const QString &text);
    void setBanner(const QString &text);
    QList<ReadinessWarning> warnings() const { return m_warnings; }
    bool warningsAcknowledged() const;

private:
    QString blockingReason() const;
    void updateProblemsLabel();

    TollFreeWizard *m_wizard;
    QLabel *m_banner;
    QLabel *m_serverError;
    QTextBrowser *m_summary;
    QLabel *m_changesLabel;
    QTextBrowser *m_changes;
    QLabel *m_warningsLabel;
    QListWidget *m_warningList;
    QCheckBox *m_acknowledge;
    QPushButton *m_showJson;
    QPlainTextEdit *m_json;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_problemsLabel;
    QList<ReadinessWarning> m_warnings;
    QString m_acknowledgedWarnings; // the warnings the box was ticked for
    bool m_submitting = false;
};
