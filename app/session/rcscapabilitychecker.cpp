#include "rcscapabilitychecker.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/rcsapi.h"
#include "domain/validators.h"
#include "rcscapabilitycache.h"

#include <QSet>

#include <algorithm>

namespace {

// Wait before re-queueing a batch the client gave up on after its own 429 retries.
constexpr int requeueWaitMs = 2000;

} // namespace

RcsCapabilityChecker::RcsCapabilityChecker(ApiClient *client, RcsCapabilityCache *cache,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
    Q_ASSERT(m_cache);
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &RcsCapabilityChecker::launchMore);
}

RcsNotFound RcsCapabilityChecker::classifyNotFound(const ApiError &error)
{
    const auto names = [](const ApiErrorItem &item, QStringView field) {
        return item.parameter == field || item.pointer.mid(1) == field;
    };
    bool agent = false;
    for (const ApiErrorItem &item : error.items()) {
        if (names(item, u"phone_number"))
            return RcsNotFound::NoRcs;
        agent = agent || names(item, u"agent_id") ||
                item.title.contains(u"agent", Qt::CaseInsensitive) ||
                item.detail.contains(u"agent", Qt::CaseInsensitive);
    }
    return agent ? RcsNotFound::UnknownAgent : RcsNotFound::NoRcs;
}

RcsCapabilities RcsCapabilityChecker::notCapable(const QString &agentId, const QString &phoneNumber)
{
    RcsCapabilities answer;
    answer.agentId = agentId;
    answer.phoneNumber = phoneNumber;
    answer.recordType = QStringLiteral("rcs.capabilities");
    return answer;
}

QString RcsCapabilityChecker::noAnswerMessage()
{
    return tr("The API gave no answer for this number.");
}

RcsCapabilityChecker::~RcsCapabilityChecker()
{
    // Closing the page ends its requests; nothing is reported any more.
    abortAll();
    if (m_singleCall) {
        disconnect(m_singleCall, nullptr, this, nullptr);
        m_singleCall->cancel();
    }
}

void RcsCapabilityChecker::setMaxConcurrency(int batches)
{
    m_maxConcurrency = std::max(1, batches);
    m_limit = std::min(m_limit, m_maxConcurrency);
    if (!m_running)
        m_limit = m_maxConcurrency;
}

bool RcsCapabilityChecker::isCheckingOne() const
{
    return m_singleCall && !m_singleCall->isDone();
}

void RcsCapabilityChecker::check(const QString &agentId, const QStringList &numbers,
                                 bool forceRefresh)
{
    if (m_running)
        cancel();
    m_agentId = agentId.trimmed();
    m_queue.clear();
    m_results.clear();
    m_failedNumbers.clear();
    m_summary = {};
    m_done = 0;
    m_limit = m_maxConcurrency;
    m_peakInFlight = 0;
    m_holdUntil = QDeadlineTimer();
    m_slowDownEpoch = 0;
    if (m_cache)
        m_cache->useServer(m_client->baseUrl());

    QStringList distinct;
    QSet<QString> seen;
    for (const QString &entry : numbers) {
        const QString number = entry.trimmed();
        if (number.isEmpty() || seen.contains(number))
            continue;
        seen.insert(number);
        distinct.append(number);
    }

    m_summary.total = int(distinct.size());
    m_running = true;
    Q_EMIT started(m_summary.total);

    QStringList invalid;
    QList<RcsCapabilities> cached;
    QStringList toSend;
    for (const QString &number : std::as_const(distinct)) {
        if (!Validators::isE164(number).isEmpty()) {
            invalid.append(number);
            continue;
        }
        if (!forceRefresh && m_cache) {
            if (const auto known = m_cache->find(m_agentId, number)) {
                cached.append(*known);
                continue;
            }
        }
        toSend.append(number);
    }

    if (!invalid.isEmpty())
        reportFailed(invalid, tr("Not a phone number in E.164 format (+ and up to 15 digits)."),
                     {});
    if (!cached.isEmpty()) {
        m_summary.fromCache = int(cached.size());
        for (const RcsCapabilities &answer : std::as_const(cached))
            m_summary.capable += answer.isRcsCapable() ? 1 : 0;
        m_results.append(cached);
        Q_EMIT resultsReady(cached, true);
        countDone(int(cached.size()));
    }
    for (qsizetype first = 0; first < toSend.size(); first += RcsApi::maxBulkNumbers)
        m_queue.append(Batch{toSend.mid(first, RcsApi::maxBulkNumbers), 0});

    if (m_summary.total == 0)
        Q_EMIT progress(0, 0);
    launchMore();
    finishIfDone();
}

void RcsCapabilityChecker::cancel()
{
    if (!m_running)
        return;
    abortAll();
    m_running = false;
    m_summary.cancelled = true;
    Q_EMIT finished(m_summary);
}

void RcsCapabilityChecker::abortAll()
{
    m_queue.clear();
    m_resumeTimer.stop();
    const QList<ApiCall *> calls = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiCall *call : calls) {
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
    }
}

void RcsCapabilityChecker::launchMore()
{
    if (!m_running)
        return;
    if (!m_queue.isEmpty() && m_holdUntil.remainingTime() > 0) {
        // The API asked to wait: come back when the wait is over.
        m_resumeTimer.start(int(m_holdUntil.remainingTime()));
        return;
    }
    while (!m_queue.isEmpty() && m_inFlight.size() < m_limit)
        startBatch(m_queue.takeFirst());
}

void RcsCapabilityChecker::startBatch(Batch batch)
{
    auto *call = RcsApi(m_client).bulkCapabilities(m_agentId, batch.numbers);
    batch.slowDownEpoch = m_slowDownEpoch;
    m_inFlight.insert(call, batch);
    ++m_summary.requests;
    m_peakInFlight = std::max(m_peakInFlight, int(m_inFlight.size()));
    connect(call, &ApiCall::retryScheduled, this,
            [this, call](int, int delayMs, const ApiError &reason) {
                if (reason.httpStatus() != 429)
                    return;
                slowDown(delayMs);
                // The client resends this batch after the wait.
                if (const auto it = m_inFlight.find(call); it != m_inFlight.end())
                    it->slowDownEpoch = m_slowDownEpoch;
            });
    call->onResult(this, [this, call](const QList<RcsCapabilities> &answers) {
        onBatchFinished(call, answers);
    });
    connect(call, &ApiCall::failed, this,
            [this, call](const ApiError &error) { onBatchFailed(call, error); });
    // The next batch starts once the client has let go of this one (done() comes after that),
    // so no more than the limit are ever in flight.
    connect(call, &ApiCall::done, this, [this] {
        launchMore();
        finishIfDone();
    });
}

void RcsCapabilityChecker::onBatchFinished(ApiCall *call, const QList<RcsCapabilities> &answered)
{
    const auto it = m_inFlight.constFind(call);
    if (it == m_inFlight.constEnd())
        return;
    const Batch batch = *it;
    m_inFlight.erase(it);

    const RcsBulkMatch match = matchBulkCapabilities(batch.numbers, answered);
    const QList<RcsCapabilities> &answers = match.answers;
    const QStringList &missing = match.unanswered;
    for (const RcsCapabilities &answer : answers) {
        if (m_cache)
            m_cache->insert(answer, m_agentId, answer.phoneNumber);
        m_summary.capable += answer.isRcsCapable() ? 1 : 0;
    }
    m_summary.checked += int(answers.size());
    m_results.append(answers);
    if (m_limit < m_maxConcurrency && batch.slowDownEpoch == m_slowDownEpoch)
        ++m_limit; // ramp back up after a 429, one batch at a time
    if (!answers.isEmpty())
        Q_EMIT resultsReady(answers, false);
    countDone(int(answers.size()));
    if (!missing.isEmpty())
        reportFailed(missing, noAnswerMessage(), {});
}

void RcsCapabilityChecker::onBatchFailed(ApiCall *call, const ApiError &error)
{
    const auto it = m_inFlight.constFind(call);
    if (it == m_inFlight.constEnd())
        return;
    Batch batch = *it;
    m_inFlight.erase(it);
    if (error.kind() == ApiError::Kind::Cancelled && !m_running)
        return;

    if (error.httpStatus() == 429 && batch.requeues < maxRequeues) {
        ++batch.requeues;
        slowDown(requeueWaitMs * batch.requeues);
        m_queue.prepend(batch);
        return;
    }
    reportFailed(batch.numbers, error.message(), error);
}

void RcsCapabilityChecker::slowDown(int waitMs)
{
    ++m_summary.slowDowns;
    ++m_slowDownEpoch;
    m_limit = 1;
    const QDeadlineTimer wait(std::max(0, waitMs));
    if (m_holdUntil.remainingTime() < wait.remainingTime())
        m_holdUntil = wait;
    Q_EMIT rateLimited(waitMs);
}

void RcsCapabilityChecker::reportFailed(const QStringList &numbers, const QString &message,
                                        const ApiError &error)
{
    m_failedNumbers.append(numbers);
    m_summary.failed += int(numbers.size());
    Q_EMIT batchFailed(numbers, message, error);
    countDone(int(numbers.size()));
}

void RcsCapabilityChecker::countDone(int numbers)
{
    if (numbers <= 0)
        return;
    m_done += numbers;
    Q_EMIT progress(m_done, m_summary.total);
}

void RcsCapabilityChecker::finishIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_inFlight.isEmpty())
        return;
    m_running = false;
    m_resumeTimer.stop();
    Q_EMIT finished(m_summary);
}

void RcsCapabilityChecker::checkOne(const QString &agentId, const QString &phoneNumber,
                                    bool forceRefresh)
{
    cancelOne();
    const QString agent = agentId.trimmed();
    const QString number = phoneNumber.trimmed();
    if (const QString problem = Validators::isE164(number); !problem.isEmpty()) {
        Q_EMIT singleFailed(number, problem, {});
        return;
    }
    if (m_cache) {
        m_cache->useServer(m_client->baseUrl());
        if (!forceRefresh) {
            if (const auto known = m_cache->find(agent, number)) {
                Q_EMIT singleChecked(*known, true);
                return;
            }
        }
    }
    auto *call = RcsApi(m_client).capabilities(agent, number);
    m_singleCall = call;
    call->onResult(this, [this, agent, number](RcsCapabilities answer) {
        if (answer.phoneNumber.isEmpty())
            answer.phoneNumber = number;
        if (m_cache)
            m_cache->insert(answer, agent, number);
        Q_EMIT singleChecked(answer, false);
    });
    connect(call, &ApiCall::failed, this, [this, agent, number](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404) {
            if (classifyNotFound(error) == RcsNotFound::NoRcs) {
                const RcsCapabilities answer = notCapable(agent, number);
                if (m_cache)
                    m_cache->insert(answer, agent, number);
                Q_EMIT singleChecked(answer, false);
                return;
            }
            Q_EMIT singleFailed(number,
                                tr("The RCS agent “%1” was not found: check the agent ID (it "
                                   "may belong to another Telnyx account).")
                                    .arg(agent),
                                error);
            return;
        }
        Q_EMIT singleFailed(number, error.message(), error);
    });
}

void RcsCapabilityChecker::cancelOne()
{
    if (!m_singleCall)
        return;
    ApiCall *call = m_singleCall;
    m_singleCall = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->cancel();
}
