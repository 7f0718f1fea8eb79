#include "session/tollfreewatcher.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/tollfreeapi.h"

#include <utility>

TollFreeWatcher::TollFreeWatcher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TollFreeWatcher::checkNow);
}

TollFreeWatcher::~TollFreeWatcher()
{
    stop();
}

void TollFreeWatcher::setIntervalMs(int milliseconds)
{
    m_timer.setInterval(qMax(1, milliseconds));
}

void TollFreeWatcher::watch(const TollFreeVerificationRequest &request)
{
    watch(request.id, request.verificationStatus);
}

void TollFreeWatcher::watch(const QString &id, const QString &status)
{
    if (id.isEmpty())
        return;
    if (!isOpen(tfvStatusFromString(status))) {
        unwatch(id);
        return;
    }
    const bool added = !m_statuses.contains(id);
    m_statuses.insert(id, status);
    if (added) {
        updateTimer();
        Q_EMIT watchedCountChanged(watchedCount());
    }
}

void TollFreeWatcher::unwatch(const QString &id)
{
    if (!m_statuses.remove(id))
        return;
    m_queue.removeAll(id);
    if (QPointer<ApiCall> call = m_calls.take(id)) {
        call->disconnect(this);
        call->cancel();
    }
    updateTimer();
    Q_EMIT watchedCountChanged(watchedCount());
    pump();
}

void TollFreeWatcher::watchOpenRequests(const QList<TollFreeVerificationRequest> &requests)
{
    for (const TollFreeVerificationRequest &request : requests) {
        if (isOpen(request.status()))
            watch(request);
    }
}

void TollFreeWatcher::unwatchAll()
{
    const QStringList ids = watchedIds();
    for (const QString &id : ids)
        unwatch(id);
}

void TollFreeWatcher::start()
{
    m_running = true;
    updateTimer();
}

void TollFreeWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    m_queue.clear();
    const auto calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void TollFreeWatcher::checkNow()
{
    if (!m_running)
        return;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        // A request still being checked (or waiting its turn) is not asked twice.
        if (!m_calls.contains(it.key()) && !m_queue.contains(it.key()))
            m_queue.append(it.key());
    }
    pump();
}

void TollFreeWatcher::updateTimer()
{
    if (m_running && !m_statuses.isEmpty()) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void TollFreeWatcher::pump()
{
    while (m_running && m_calls.size() < m_maxConcurrent && !m_queue.isEmpty())
        check(m_queue.takeFirst());
}

void TollFreeWatcher::check(const QString &id)
{
    if (!m_client || !m_statuses.contains(id) || m_calls.contains(id))
        return;
    auto *call = TollFreeApi(m_client).retrieve(id);
    m_calls.insert(id, call);
    connect(call, &ApiCall::done, this, [this, id, call] { onChecked(id, call); });
}

void TollFreeWatcher::onChecked(const QString &id, ApiCallOf<TollFreeVerificationRequest> *call)
{
    if (m_calls.value(id) != call)
        return;
    m_calls.remove(id);

    if (!call->isSucceeded()) {
        const ApiError error = call->error();
        if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404) {
            unwatch(id);
            Q_EMIT requestGone(id);
        } else if (error.kind() != ApiError::Kind::Cancelled) {
            Q_EMIT checkFailed(id, error);
        }
        pump();
        return;
    }

    const TollFreeVerificationRequest updated = call->result();
    const QString previous = m_statuses.value(id);
    Q_EMIT requestChecked(updated);
    if (m_statuses.contains(id) && updated.verificationStatus != previous) {
        if (isOpen(updated.status()))
            m_statuses.insert(id, updated.verificationStatus);
        else
            unwatch(id); // final: nothing more will happen to it
        Q_EMIT statusChanged(updated, previous);
    }
    pump();
}
