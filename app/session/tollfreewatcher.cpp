#include "session/tollfreewatcher.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/pager.h"
#include "api/tollfreeapi.h"

#include <QJsonArray>
#include <QMetaMethod>

#include <utility>

using namespace Qt::StringLiterals;

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
    m_toFetch.removeAll(id);
    const QPointer<ApiCall> fetch = m_fetches.take(id);
    if (fetch) {
        fetch->disconnect(this);
        fetch->cancel();
    }
    updateTimer();
    Q_EMIT watchedCountChanged(watchedCount());
    if (fetch) { // its turn goes to the next one, or the pass ends
        pumpFetches();
        finishPassIfDone();
    }
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

bool TollFreeWatcher::isChecking(const QString &id) const
{
    if (!m_passRunning || !m_passStatuses.contains(id) || m_seenIds.contains(id))
        return false;
    const QString status = m_passStatuses.value(id);
    return m_fetches.contains(id) || m_toFetch.contains(id) ||
           (m_pager && m_pagerStatus == status) || m_listsToRead.contains(status);
}

int TollFreeWatcher::checksInFlight() const
{
    return int(m_fetches.size()) + (m_pager && m_pager->isLoading() ? 1 : 0);
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
    abortPass();
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

void TollFreeWatcher::checkNow()
{
    if (!m_running || m_passRunning || m_statuses.isEmpty() || !m_client)
        return;
    m_passRunning = true;
    m_passClock.start();
    m_cost = PassCost{};
    m_cost.watched = watchedCount();
    m_passStatuses = m_statuses;

    QHash<QString, QStringList> idsByStatus;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        idsByStatus[it.value()].append(it.key());
    for (auto it = idsByStatus.cbegin(); it != idsByStatus.cend(); ++it) {
        // A list costs at least the pages it took last time; a few requests cost one GET each.
        const int pagesLastTime = m_listPages.value(it.key(), -1);
        if (pagesLastTime >= 0 && it.value().size() <= pagesLastTime)
            m_toFetch.append(it.value());
        else
            m_listsToRead.append(it.key());
    }
    readNextList();
}

void TollFreeWatcher::readNextList()
{
    if (m_listsToRead.isEmpty()) {
        fetchUnseen();
        return;
    }
    // One list at a time, so the pages in flight stay within maxConcurrentChecks().
    const QString status = m_listsToRead.takeFirst();
    TollFreeListFilter filter;
    filter.status = status;
    Pager *pager = TollFreeApi(m_client).listPager(filter, m_pageSize, this);
    m_pager = pager;
    m_pagerStatus = status;
    pager->setMaxInFlight(m_maxConcurrent);
    connect(pager, &Pager::pageLoaded, this, [this](int, const QJsonArray &items) {
        ++m_cost.listPages;
        onListPage(items);
    });
    connect(pager, &Pager::completed, this, [this, status] { onListDone(status, true); });
    connect(pager, &Pager::failed, this, [this, status](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        Q_EMIT listFailed(status, error);
        onListDone(status, false);
    });
    pager->fetchAll();
}

void TollFreeWatcher::onListPage(const QJsonArray &items)
{
    // Most entries are unchanged: read as a whole only what changed, or what a listener of
    // requestChecked() wants to see, so a pass over thousands costs little on the GUI thread.
    const bool everyCopyWanted =
        isSignalConnected(QMetaMethod::fromSignal(&TollFreeWatcher::requestChecked));
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QString id = object.value(u"id"_s).toString();
        const auto started = m_passStatuses.constFind(id);
        if (started == m_passStatuses.cend())
            continue; // not watched: the list holds every request of the status
        m_seenIds.insert(id);
        if (!everyCopyWanted && object.value(u"verificationStatus"_s).toString() == started.value())
            continue;
        settle(id, started.value(), TollFreeVerificationRequest::fromJson(object));
    }
}

void TollFreeWatcher::onListDone(const QString &status, bool readInFull)
{
    if (Pager *pager = m_pager) {
        if (readInFull)
            m_listPages.insert(status, qMax(1, pager->pagesDelivered()));
        pager->disconnect(this);
        pager->deleteLater();
    }
    m_pager = nullptr;
    m_pagerStatus.clear();
    if (readInFull)
        m_statusesListed.append(status);
    readNextList();
}

void TollFreeWatcher::fetchUnseen()
{
    m_fetchPhase = true;
    // Missing from the list of the status it had: it changed to a status not read (most
    // likely a final one) or was deleted. A list that failed says nothing about its requests.
    for (auto it = m_passStatuses.cbegin(); it != m_passStatuses.cend(); ++it) {
        if (m_statusesListed.contains(it.value()) && !m_seenIds.contains(it.key()) &&
            m_statuses.value(it.key()) == it.value())
            m_toFetch.append(it.key());
    }
    pumpFetches();
    finishPassIfDone();
}

void TollFreeWatcher::pumpFetches()
{
    while (m_fetchPhase && m_running && m_fetches.size() < m_maxConcurrent &&
           !m_toFetch.isEmpty()) {
        const QString id = m_toFetch.takeFirst();
        if (!m_statuses.contains(id) || m_fetches.contains(id))
            continue;
        auto *call = TollFreeApi(m_client).retrieve(id);
        ++m_cost.retrievals;
        m_fetches.insert(id, call);
        connect(call, &ApiCall::done, this, [this, id, call] { onFetched(id, call); });
    }
}

void TollFreeWatcher::onFetched(const QString &id, ApiCallOf<TollFreeVerificationRequest> *call)
{
    if (m_fetches.value(id) != call)
        return;
    m_fetches.remove(id);

    if (!call->isSucceeded()) {
        const ApiError error = call->error();
        if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404) {
            if (isWatching(id)) {
                unwatch(id);
                Q_EMIT requestGone(id);
            }
        } else if (error.kind() != ApiError::Kind::Cancelled) {
            Q_EMIT checkFailed(id, error);
        }
    } else {
        settle(id, m_passStatuses.value(id), call->result());
    }
    pumpFetches();
    finishPassIfDone();
}

void TollFreeWatcher::settle(const QString &id, const QString &statusAtStart,
                             const TollFreeVerificationRequest &copy)
{
    // Watched again with another status during the pass (e.g. resubmitted), or no longer
    // watched: this copy may be older than what is known.
    if (!m_statuses.contains(id) || m_statuses.value(id) != statusAtStart)
        return;
    Q_EMIT requestChecked(copy);
    if (copy.verificationStatus == statusAtStart)
        return;
    if (isOpen(copy.status()))
        m_statuses.insert(id, copy.verificationStatus);
    else
        unwatch(id); // final: nothing more will happen to it
    Q_EMIT statusChanged(copy, statusAtStart);
}

void TollFreeWatcher::finishPassIfDone()
{
    if (!m_passRunning || !m_fetchPhase || !m_toFetch.isEmpty() || !m_fetches.isEmpty())
        return;
    m_cost.elapsedMs = m_passClock.elapsed();
    m_lastCost = m_cost;
    abortPass(); // nothing left to cancel: clears the pass
    Q_EMIT passFinished();
}

void TollFreeWatcher::abortPass()
{
    if (Pager *pager = m_pager) {
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
    m_pager = nullptr;
    m_pagerStatus.clear();
    const auto fetches = std::exchange(m_fetches, {});
    for (const QPointer<ApiCall> &call : fetches) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_passRunning = false;
    m_fetchPhase = false;
    m_passStatuses.clear();
    m_listsToRead.clear();
    m_statusesListed.clear();
    m_seenIds.clear();
    m_toFetch.clear();
}
