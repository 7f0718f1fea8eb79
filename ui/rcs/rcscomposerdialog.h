#pragma once

#include "domain/rcsmessage.h"
#include "rcssuggestionseditor.h"
#include "session/rcsmessagesender.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>

class ApiClient;
class ApiError;
class FieldFeedback;
class QComboBox;
class QFormLayout;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class RcsAgentsModel;
class RcsCapabilityCache;
struct RcsComposerDraft;

// The form of one RCS text message (POST /messages/rcs): agent, messaging profile, recipient,
// text with suggested replies and actions, optional SMS and MMS fallbacks and a webhook, each
// field checked as typed. Sending is the RcsMessageSender's (the recipient check against the
// session's capability cache, the warning before a message that would not arrive, one request
// per Send, never retried, the same message held back once): the dialog hands it the message
// and shows what it reports, putting the server's complaints on the fields they name. A
// failure keeps everything typed. What is typed also survives closing the dialog, for the rest
// of the session: it is kept in the session's RcsComposerDraft, read when the dialog opens and
// written back when it closes and after each send.
class RcsComposerDialog : public QDialog
{
    Q_OBJECT

public:
    using Stage = RcsMessageSender::Stage;

    // The kinds of suggestion addSuggestion() takes.
    using SuggestionType = RcsSuggestionsEditor::SuggestionType;

    // Without a model the agent id is typed; with one, the agents are listed. `cache`: the
    // session's capability answers, shared with the capabilities tab. `draft`: the session's
    // (nullptr: nothing is kept); it must outlive the dialog.
    RcsComposerDialog(ApiClient *client, RcsAgentsModel *agents, RcsCapabilityCache *cache,
                      RcsComposerDraft *draft, QWidget *parent = nullptr);
    ~RcsComposerDialog() override;

    void setAgentId(const QString &agentId);
    QString agentId() const;

    // The message as the form describes it now (what Send would post).
    RcsMessageRequest message() const;
    Stage stage() const { return m_sender->stage(); }
    // The reply of the last successful send.
    const RcsMessageResponse &lastResponse() const { return m_sender->lastResponse(); }

    // Appends a suggestion row (as "Add suggestion" does, then filled in).
    void addSuggestion(SuggestionType type, const QString &text, const QString &postbackData = {},
                       const QString &target = {});

public Q_SLOTS:
    // Validates, checks the recipient, then sends. Ignored while a request runs.
    void send();
    // After the warning: send without a fallback.
    void sendAnyway();
    // After the warning: open the SMS fallback instead of sending.
    void addSmsFallback();
    // Cancels the request in flight (nothing else changes).
    void cancelRequest();
    // Closing cancels the request in flight; the draft is kept.
    void reject() override;

Q_SIGNALS:
    void sent(const RcsMessageResponse &response);
    void sendFailed(const ApiError &error);
    void stageChanged(RcsComposerDialog::Stage stage);

private:
    QWidget *buildForm();
    FieldFeedback *addField(QFormLayout *form, const QString &label, QWidget *editor,
                            std::function<QString()> check);
    void reloadAgents();
    void onAgentChanged();
    void updateCounter();
    void refreshFeedback();

    // The problems of the form, in form order: (editor, message).
    QList<std::pair<QWidget *, QString>> problems() const;
    void onStageChanged(Stage stage);
    void onWarned(RcsMessageSender::Warning warning, bool offerSmsFallback,
                  const ApiError &checkError);
    void onSameMessageHeldBack(bool mayHaveBeenDelivered);
    void onSent(const RcsMessageResponse &response);
    void onSendFailed(const RcsSendFailure &failure);
    bool showServerFieldErrors(const ApiError &error);
    FieldFeedback *feedbackForPointer(const QString &pointer) const;
    void showStatus(const QString &text, bool problem);
    void focusEditor(QWidget *editor);

    // The form as typed, and back.
    RcsComposerDraft draft() const;
    void restoreDraft(const RcsComposerDraft &saved);
    void saveDraft() const;

    RcsMessageSender *m_sender;
    RcsComposerDraft *m_draft;
    QPointer<RcsAgentsModel> m_agents;
    QScrollArea *m_scroll = nullptr;
    QComboBox *m_agentCombo = nullptr;
    QLineEdit *m_profileEdit = nullptr;
    QLineEdit *m_toEdit = nullptr;
    QPlainTextEdit *m_textEdit = nullptr;
    QLabel *m_counter = nullptr;
    RcsSuggestionsEditor *m_suggestions = nullptr;
    QGroupBox *m_smsGroup = nullptr;
    QLineEdit *m_smsFromEdit = nullptr;
    QPlainTextEdit *m_smsTextEdit = nullptr;
    QGroupBox *m_mmsGroup = nullptr;
    QLineEdit *m_mmsFromEdit = nullptr;
    QLineEdit *m_mmsSubjectEdit = nullptr;
    QPlainTextEdit *m_mmsTextEdit = nullptr;
    QPlainTextEdit *m_mmsMediaEdit = nullptr;
    QLineEdit *m_webhookEdit = nullptr;

    QFrame *m_warning = nullptr;
    QLabel *m_warningText = nullptr;
    QPushButton *m_sendAnywayButton = nullptr;
    QPushButton *m_addFallbackButton = nullptr;
    QFrame *m_result = nullptr;
    QLineEdit *m_messageIdEdit = nullptr;
    QLabel *m_resultStatus = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_sendButton = nullptr;

    QList<FieldFeedback *> m_feedback; // form order
    QHash<QString, FieldFeedback *> m_feedbackByPointer;
    QString m_autoProfileId; // the profile filled in from the agent, replaced on agent change
};
