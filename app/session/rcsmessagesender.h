#pragma once

#include "api/apierror.h"
#include "api/resendadvice.h"
#include "domain/rcs.h"
#include "domain/rcsmessage.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;
class RcsCapabilityCache;
class RcsCapabilityChecker;

// How a send ended when it did not end with sent(): what happened, for the composer to say.
struct RcsSendFailure
{
    enum class Kind {
        Cancelled,        // cancelled during the recipient check: nothing was sent
        UnknownAgent,     // the recipient check's 404 is about the agent: nothing was sent
        RecipientRefused, // the recipient check's 422 names the phone number: nothing was sent
        NotSent,          // the POST failed and nothing was sent (advice SendAgain or FixFirst)
        Uncertain,        // the POST may have been delivered (advice LookFirst)
        SentUnreadable,   // the POST was accepted, its answer unreadable (advice Done)
    };

    Kind kind = Kind::NotSent;
    // The recipient check's error, or the POST's (a 422's items name the fields).
    ApiError error;
    // For a failed POST: what sending the message again means.
    ResendAdvice advice = ResendAdvice::SendAgain;
    // RecipientRefused: the server's words about the phone number.
    QString recipientProblem;
};
Q_DECLARE_METATYPE(RcsSendFailure)

// Sends one RCS message (POST /messages/rcs) the way the composer promises, without widgets:
//  1. the recipient's RCS capabilities are checked first, from the session's capability cache
//     when it knows the number for the agent, otherwise with one GET whose answer goes into the
//     cache (a 404 for a phone without RCS is a "cannot receive RCS" answer:
//     RcsCapabilityChecker::classifyNotFound);
//  2. a recipient that cannot receive RCS while the message has no SMS or MMS fallback, or a
//     check that failed, stops at the Warning stage: nothing is posted until sendAnyway();
//  3. exactly one POST per send, never retried behind the user's back.
// The same message again right after it was sent (or may have been) is more often a second
// click than a wish to send it twice: the first send() of it is held back, the next one sends.
class RcsMessageSender : public QObject
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

    // Why the user is asked before anything is posted.
    enum class Warning {
        NoRcs,       // the recipient cannot receive RCS and the message has no fallback
        CheckFailed, // the recipient could not be checked (checkError says why)
    };
    Q_ENUM(Warning)

    // `cache` is the session's (ConsoleSession::rcsCapabilities()), shared with the
    // Capabilities tab.
    RcsMessageSender(ApiClient *client, RcsCapabilityCache *cache, QObject *parent = nullptr);
    // Ends the request in flight without reporting it.
    ~RcsMessageSender() override;

    Stage stage() const { return m_stage; }
    bool isBusy() const { return m_stage == Stage::Checking || m_stage == Stage::Sending; }
    // The message of the send in progress, or of the last one.
    const RcsMessageRequest &message() const { return m_message; }
    // The answer of the last successful send.
    const RcsMessageResponse &lastResponse() const { return m_lastResponse; }

public Q_SLOTS:
    // Checks the recipient of `message` (which should pass RcsMessageRequest::firstProblem()),
    // then posts it or warns. Returns false when nothing started: a send is in flight, or the
    // message is the one just sent and is held back once (sameMessageHeldBack()).
    bool send(const RcsMessageRequest &message);
    // After the warning: posts the message as it is.
    void sendAnyway();
    // The warning no longer applies (the user changes the message): back to Editing.
    void dismissWarning();
    // Cancels the request in flight: during the check nothing was sent (failed() with
    // Cancelled); a cancelled POST ends as its error says (it may have been delivered).
    void cancel();

Q_SIGNALS:
    void stageChanged(RcsMessageSender::Stage stage);
    // The Warning stage began. offerSmsFallback: adding a fallback would make it arrive.
    void warned(RcsMessageSender::Warning warning, bool offerSmsFallback,
                const ApiError &checkError);
    // send() held back the message just sent; mayHaveBeenDelivered: that send's outcome is
    // unknown rather than known to have arrived.
    void sameMessageHeldBack(bool mayHaveBeenDelivered);
    void sent(const RcsMessageResponse &response);
    void failed(const RcsSendFailure &failure);

private:
    void checkRecipient();
    void onCapabilities(const RcsCapabilities &capabilities);
    void onCheckFailed(const ApiError &error);
    void warn(Warning warning, const ApiError &checkError = {});
    void post();
    void onSent(const RcsMessageResponse &response);
    void onPostFailed(const ApiError &error);
    void finishWith(const RcsSendFailure &failure);
    // What was posted counts as sent for the held-back rule.
    void rememberPosted(bool uncertain);
    void setStage(Stage stage);
    bool hasFallback() const;

    ApiClient *m_client;
    RcsCapabilityChecker *m_checker;
    Stage m_stage = Stage::Editing;
    QPointer<ApiCall> m_postCall;
    RcsMessageRequest m_message;
    RcsMessageResponse m_lastResponse;
    // The body last posted, and whether send() already held it back once (the next send()
    // of the same body then goes).
    QJsonObject m_lastPostedBody;
    bool m_heldBackOnce = false;
    bool m_lastPostUncertain = false;
};
