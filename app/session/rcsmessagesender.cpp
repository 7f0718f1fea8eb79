#include "rcsmessagesender.h"

#include "api/apicall.h"
#include "api/rcsapi.h"
#include "rcscapabilitychecker.h"

using namespace Qt::StringLiterals;

namespace {

RcsSendFailure failureOf(RcsSendFailure::Kind kind, const ApiError &error)
{
    RcsSendFailure failure;
    failure.kind = kind;
    failure.error = error;
    return failure;
}

} // namespace

RcsMessageSender::RcsMessageSender(ApiClient *client, RcsCapabilityCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    // The single check of the capabilities tab: the same cache, the same reading of a 404.
    , m_checker(new RcsCapabilityChecker(client, cache, this))
{
    connect(m_checker, &RcsCapabilityChecker::singleChecked, this,
            [this](const RcsCapabilities &capabilities) { onCapabilities(capabilities); });
    connect(
        m_checker, &RcsCapabilityChecker::singleFailed, this,
        [this](const QString &, const QString &, const ApiError &error) { onCheckFailed(error); });
}

RcsMessageSender::~RcsMessageSender()
{
    // The checker ends its own check silently; the POST is ended here the same way.
    if (m_postCall) {
        disconnect(m_postCall, nullptr, this, nullptr);
        m_postCall->cancel();
    }
}

bool RcsMessageSender::send(const RcsMessageRequest &message)
{
    if (isBusy())
        return false; // a double click, or Ctrl+Enter pressed twice: one request only
    if (!m_lastPostedBody.isEmpty() && message.toJson() == m_lastPostedBody && !m_heldBackOnce) {
        m_heldBackOnce = true;
        Q_EMIT sameMessageHeldBack(m_lastPostUncertain);
        return false;
    }
    m_heldBackOnce = false;
    m_message = message;
    checkRecipient();
    return true;
}

void RcsMessageSender::checkRecipient()
{
    // A cached answer arrives within checkOne(), which then moves on to Sending or Warning.
    m_checker->checkOne(m_message.agentId, m_message.to);
    if (m_checker->isCheckingOne())
        setStage(Stage::Checking);
}

void RcsMessageSender::onCapabilities(const RcsCapabilities &capabilities)
{
    if (capabilities.isRcsCapable() || hasFallback()) {
        post();
        return;
    }
    warn(Warning::NoRcs);
}

void RcsMessageSender::onCheckFailed(const ApiError &error)
{
    // A 404 for a phone without RCS arrives as an answer (onCapabilities): this one is the
    // agent's.
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404) {
        finishWith(failureOf(RcsSendFailure::Kind::UnknownAgent, error));
        return;
    }
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 422) {
        for (const ApiErrorItem &item : error.items()) {
            if (ApiError::resolvePointer(item, {u"phone_number"_s}) == u"/phone_number"_s) {
                RcsSendFailure failure = failureOf(RcsSendFailure::Kind::RecipientRefused, error);
                failure.recipientProblem = item.detail.isEmpty() ? item.title : item.detail;
                finishWith(failure);
                return;
            }
        }
    }
    warn(Warning::CheckFailed, error);
}

void RcsMessageSender::warn(Warning warning, const ApiError &checkError)
{
    setStage(Stage::Warning);
    // A fallback is offered only to a message without one.
    Q_EMIT warned(warning, !hasFallback(), checkError);
}

void RcsMessageSender::sendAnyway()
{
    if (m_stage != Stage::Warning)
        return;
    post();
}

void RcsMessageSender::dismissWarning()
{
    if (m_stage == Stage::Warning)
        setStage(Stage::Editing);
}

void RcsMessageSender::post()
{
    // Sent at most once: the client never resends a POST, and neither does this class.
    auto *call = RcsApi(m_client).send(m_message);
    m_postCall = call;
    call->onResult(this, [this](const RcsMessageResponse &response) {
        m_postCall = nullptr;
        onSent(response);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_postCall = nullptr;
        onPostFailed(error);
    });
    setStage(Stage::Sending);
}

void RcsMessageSender::onSent(const RcsMessageResponse &response)
{
    m_lastResponse = response;
    rememberPosted(false);
    setStage(Stage::Editing);
    Q_EMIT sent(response);
}

void RcsMessageSender::onPostFailed(const ApiError &error)
{
    RcsSendFailure failure = failureOf(RcsSendFailure::Kind::NotSent, error);
    failure.advice = resendAdviceFor(error);
    switch (failure.advice) {
    case ResendAdvice::Done:
        // Sent; only the answer is unreadable.
        failure.kind = RcsSendFailure::Kind::SentUnreadable;
        rememberPosted(false);
        break;
    case ResendAdvice::LookFirst:
        failure.kind = RcsSendFailure::Kind::Uncertain;
        rememberPosted(true);
        break;
    case ResendAdvice::SendAgain:
    case ResendAdvice::FixFirst:
        break;
    }
    finishWith(failure);
}

void RcsMessageSender::finishWith(const RcsSendFailure &failure)
{
    setStage(Stage::Editing);
    Q_EMIT failed(failure);
}

void RcsMessageSender::rememberPosted(bool uncertain)
{
    m_lastPostedBody = m_message.toJson();
    m_lastPostUncertain = uncertain;
    m_heldBackOnce = false;
}

void RcsMessageSender::cancel()
{
    if (m_stage == Stage::Checking) {
        m_checker->cancelOne(); // silent: the outcome is reported here
        finishWith(failureOf(RcsSendFailure::Kind::Cancelled, ApiError(ApiError::Kind::Cancelled)));
        return;
    }
    if (m_postCall)
        m_postCall->cancel(); // failed() follows, as its error says
}

void RcsMessageSender::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

bool RcsMessageSender::hasFallback() const
{
    return m_message.smsFallback || m_message.mmsFallback;
}
