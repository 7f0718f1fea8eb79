#pragma once

#include "domain/rcsmessage.h"
#include "rcssuggestionseditor.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class ApiCall;
class ApiClient;
class ApiError;
class FieldFeedback;
struct RcsCapabilities;
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

// Composes and sends one RCS text message (POST /messages/rcs): agent, messaging profile,
// recipient, text with suggested replies and actions, optional SMS and MMS fallbacks and a
// webhook. Before sending, the recipient's RCS capabilities are checked; a number that cannot
// receive RCS and has no fallback asks the user first. One request per Send, never retried
// behind the user's back; a failure keeps everything typed. What is typed also survives
// closing the dialog, for the rest of the session.
class RcsComposerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage {
        Editing,  // nothing in flight
        Checking, // asking for the recipient's capabilities
        Warning,  // the recipient cannot receive RCS and there is no fallback: the user decides
        Sending,  // POST in flight
    };
    Q_ENUM(Stage)

    // The kinds of suggestion addSuggestion() takes.
    using SuggestionType = RcsSuggestionsEditor::SuggestionType;

    // Without a model the agent id is typed; with one, the agents are listed.
    RcsComposerDialog(ApiClient *client, RcsAgentsModel *agents, QWidget *parent = nullptr);
    ~RcsComposerDialog() override;

    void setAgentId(const QString &agentId);
    QString agentId() const;

    // The message as the form describes it now (what Send would post).
    RcsMessageRequest message() const;
    Stage stage() const { return m_stage; }
    // The reply of the last successful send.
    const RcsMessageResponse &lastResponse() const { return m_lastResponse; }

    // Appends a suggestion row (as "Add suggestion" does, then filled in).
    void addSuggestion(SuggestionType type, const QString &text, const QString &postbackData = {},
                       const QString &target = {});

    // Forgets the draft kept between openings (tests start from a clean form).
    static void clearSessionDraft();

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
    void checkRecipient();
    void onCapabilities(const RcsCapabilities &capabilities);
    void onCapabilitiesFailed(const ApiError &error);
    void post();
    void onSent(const RcsMessageResponse &response);
    void onSendFailed(const ApiError &error);
    bool showServerFieldErrors(const ApiError &error);
    FieldFeedback *feedbackForPointer(const QString &pointer) const;
    void showWarning(const QString &text, bool offerFallback);
    void setStage(Stage stage);
    void showStatus(const QString &text, bool problem);
    void focusEditor(QWidget *editor);

    QJsonObject draft() const;
    void restoreDraft(const QJsonObject &saved);
    void saveSessionDraft() const;

    ApiClient *m_client;
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

    Stage m_stage = Stage::Editing;
    QPointer<ApiCall> m_call;
    RcsMessageRequest m_pending; // what the capability check was for
    // The body of the last message sent from this dialog, and whether the user has been told
    // that Send would send it a second time (a second press then does).
    QJsonObject m_lastSentBody;
    bool m_resendAcknowledged = false;
    bool m_lastSendUncertain = false; // the last send may or may not have been delivered
    RcsMessageResponse m_lastResponse;
};
