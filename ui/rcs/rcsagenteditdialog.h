#pragma once

#include "domain/rcs.h"

#include <QDialog>
#include <QPointer>

class ApiCall;
class RcsAgentRecords;
class ApiError;
class FieldFeedback;
class QDialogButtonBox;
class QLabel;
class MessagingProfilePicker;
class MessagingProfiles;
class QLineEdit;
class QPushButton;

// Edits what the API lets a customer change on an RCS agent: the messaging profile, the
// webhook URL and the failover URL. Only the fields that changed are sent (PATCH); a field
// emptied is cleared on the server (JSON null). URLs are checked as they are typed and a bad
// one is refused before anything is sent; the server's 422 lands on the field it names and the
// dialog stays open with everything typed.
class RcsAgentEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Saves through `records`, which update the agent's row.
    // `profiles` (may be null) lists the account's messaging profiles in the profile picker.
    RcsAgentEditDialog(RcsAgentRecords *records, const RcsAgent &agent,
                       MessagingProfiles *profiles = nullptr, QWidget *parent = nullptr);
    ~RcsAgentEditDialog() override;

    const RcsAgent &agent() const { return m_agent; }
    // The PATCH body the form describes now: unchanged fields Keep, emptied ones Clear.
    RcsAgentUpdate pendingUpdate() const;
    bool isSaving() const { return !m_call.isNull(); }
    // The dialog-level error (not tied to a field); empty when none is shown.
    QString errorText() const;

public Q_SLOTS:
    // Validates, then sends the PATCH; does nothing while a save is running.
    void save();
    void reject() override;

Q_SIGNALS:
    // The server accepted the change; `agent` is the record it answered.
    void saved(const RcsAgent &agent);

private:
    QLineEdit *addEdit(const char *objectName, const QString &text);
    void updateButtons();
    void setBusy(bool busy);
    void showFailure(const ApiError &error);
    void showError(const QString &message);

    RcsAgentRecords *m_records;
    RcsAgent m_agent;
    MessagingProfilePicker *m_profilePicker;
    QLineEdit *m_profileEdit; // the picker's
    QLineEdit *m_webhookEdit;
    QLineEdit *m_failoverEdit;
    FieldFeedback *m_profileFeedback;
    FieldFeedback *m_webhookFeedback;
    FieldFeedback *m_failoverFeedback;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QPointer<ApiCall> m_call;
};
