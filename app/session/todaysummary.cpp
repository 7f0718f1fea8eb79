#include "todaysummary.h"

#include "api/apiclient.h"
#include "api/hostedapi.h"
#include "api/pager.h"
#include "api/tollfreeapi.h"
#include "domain/hostedorderprogress.h"

#include <QJsonArray>

#include <algorithm>

namespace {
// Oldest first by the time a record last changed (else was created); records without either
// keep the order they came in, after the dated ones.
template<typename Record> void sortOldestFirst(QList<Record> &records)
{
    std::stable_sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
        const QDateTime at = a.updatedAt.isValid() ? a.updatedAt : a.createdAt;
        const QDateTime bt = b.updatedAt.isValid() ? b.updatedAt : b.createdAt;
        if (at.isValid() != bt.isValid())
            return at.isValid();
        return at.isValid() && at < bt;
    });
}
} // namespace

TodaySummary::TodaySummary(ApiClient *client, RcsInviteStore *invites, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_invites(invites)
{}

TodaySummary::~TodaySummary()
{
    cancel();
}

qint64 TodaySummary::waitSeconds(const TollFreeVerificationRequest &request, const QDateTime &now)
{
    const QDateTime since = request.updatedAt.isValid() ? request.updatedAt : request.createdAt;
    if (!since.isValid())
        return -1;
    return qMax<qint64>(0, since.secsTo(now));
}

int TodaySummary::tollFreeCount(TfvStatus status) const
{
    const QString wire = tfvStatusToString(status);
    for (const StatusCount &count : m_statuses) {
        if (count.status == wire)
            return count.count;
    }
    return 0;
}

bool TodaySummary::isLoading() const
{
    return std::any_of(m_states.cbegin(), m_states.cend(),
                       [](State state) { return state == State::Loading; });
}

void TodaySummary::cancel()
{
    for (auto it = m_reads.begin(); it != m_reads.end(); ++it) {
        if (Pager *pager = it->pager) {
            pager->disconnect(this);
            pager->cancel();
            pager->deleteLater();
        }
    }
    m_reads.clear();
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    if (Pager *pager = m_ordersPager) {
        m_ordersPager = nullptr;
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        if (it.value() == State::Loading)
            it.value() = State::Idle;
    }
}

void TodaySummary::refresh()
{
    cancel();
    m_refreshedAt = QDateTime::currentDateTimeUtc();
    m_errors.clear();
    for (Area area : {Area::TollFree, Area::Hosted, Area::Rcs})
        m_states.insert(area, State::Loading);

    m_totals.clear();
    m_tollFreeError.clear();
    const QStringList statuses = tfvStatuses();
    m_statusesLeft = int(statuses.size());
    for (const QString &status : statuses) {
        // A verified request needs nothing: only its count is read.
        if (tfvStatusFromString(status) == TfvStatus::Verified)
            countStatus(status);
        else
            readStatus(status);
    }
    readOrders();
    readInvites();
}

void TodaySummary::readStatus(const QString &status)
{
    TollFreeListFilter filter;
    filter.status = status;
    StatusRead &read = m_reads[status];
    read.pager = TollFreeApi(m_client).listPager(filter, pageSize, this);
    connect(read.pager, &Pager::totalsKnown, this,
            [this, status](int totalItems) { m_totals.insert(status, totalItems); });
    connect(read.pager, &Pager::pageLoaded, this, [this, status](int, const QJsonArray &items) {
        StatusRead &reading = m_reads[status];
        for (const QJsonValue &item : items) {
            if (item.isObject())
                reading.records.append(TollFreeVerificationRequest::fromJson(item.toObject()));
        }
        // Bounded: past maxPages the count still comes from the server's total.
        if (++reading.pages >= maxPages && reading.pager && !reading.pager->isComplete()) {
            reading.pager->disconnect(this);
            reading.pager->cancel();
            statusDone(status, m_totals.value(status, int(reading.records.size())));
        }
    });
    connect(read.pager, &Pager::completed, this,
            [this, status] { statusDone(status, int(m_reads.value(status).records.size())); });
    connect(read.pager, &Pager::failed, this, [this, status](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_tollFreeError = error.message();
        statusDone(status, -1);
    });
    read.pager->setMaxInFlight(2);
    read.pager->fetchAll();
}

void TodaySummary::countStatus(const QString &status)
{
    TollFreeListFilter filter;
    filter.status = status;
    auto *call = TollFreeApi(m_client).list(filter, 1, 1);
    m_calls.append(call);
    call->onResult(this, [this, status](const TollFreeApi::Page &page) {
        statusDone(status, page.totalItems >= 0 ? page.totalItems : int(page.items.size()));
    });
    connect(call, &ApiCall::failed, this, [this, status](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_tollFreeError = error.message();
        statusDone(status, -1);
    });
}

void TodaySummary::statusDone(const QString &status, int total)
{
    StatusRead &read = m_reads[status];
    if (read.done)
        return;
    read.done = true;
    if (read.pager) {
        read.pager->disconnect(this);
        read.pager->deleteLater();
        read.pager = nullptr;
    }
    if (total >= 0)
        m_totals.insert(status, total);
    else
        m_totals.remove(status);
    if (--m_statusesLeft == 0)
        finishTollFree();
}

void TodaySummary::finishTollFree()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_statuses.clear();
    bool anything = false;
    for (const QString &status : tfvStatuses()) {
        StatusCount count;
        count.status = status;
        count.count = m_totals.value(status, 0);
        count.open = isOpen(tfvStatusFromString(status));
        anything = anything || m_totals.contains(status);
        if (count.open) {
            QList<qint64> waits;
            for (const TollFreeVerificationRequest &request : m_reads.value(status).records) {
                if (const qint64 wait = waitSeconds(request, now); wait >= 0)
                    waits.append(wait);
            }
            std::sort(waits.begin(), waits.end());
            if (!waits.isEmpty()) {
                count.longestWaitSeconds = waits.last();
                count.medianWaitSeconds = waits.at(waits.size() / 2);
            }
        }
        m_statuses.append(count);
    }
    m_waiting = m_reads.value(tfvStatusToString(TfvStatus::WaitingForCustomer)).records;
    m_rejected = m_reads.value(tfvStatusToString(TfvStatus::Rejected)).records;
    sortOldestFirst(m_waiting);
    sortOldestFirst(m_rejected);
    m_reads.clear();
    finishArea(Area::TollFree,
               anything || m_tollFreeError.isEmpty() ? State::Loaded : State::Failed,
               m_tollFreeError);
}

void TodaySummary::readOrders()
{
    m_orders.clear();
    m_orderPages = 0;
    m_readAllOrders = false;
    m_ordersPager = HostedApi(m_client).ordersPager(pageSize, this);
    const auto classify = [this] {
        m_needDocuments.clear();
        m_needCodes.clear();
        m_failed.clear();
        // The list is newest first: reversed, it is oldest first for orders without dates.
        std::reverse(m_orders.begin(), m_orders.end());
        sortOldestFirst(m_orders);
        for (const HostedOrder &order : std::as_const(m_orders)) {
            if (order.statusValue() == HostedOrderStatus::Deleted)
                continue;
            const HostedOrderProgress progress = hostedOrderProgress(order);
            if (progress.documents == HostedStepState::Pending)
                m_needDocuments.append(order);
            else if (progress.codes == HostedStepState::Pending)
                m_needCodes.append(order);
            else if (progress.documents == HostedStepState::Closed)
                m_failed.append(order);
        }
        m_orders.clear();
    };
    const auto end = [this, classify](const QString &error) {
        if (Pager *pager = m_ordersPager) {
            m_ordersPager = nullptr;
            pager->disconnect(this);
            pager->cancel();
            pager->deleteLater();
        }
        const bool anything = m_orderPages > 0;
        classify();
        finishArea(Area::Hosted, anything || error.isEmpty() ? State::Loaded : State::Failed,
                   error);
    };
    connect(m_ordersPager, &Pager::pageLoaded, this, [this, end](int, const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            if (item.isObject())
                m_orders.append(HostedOrder::fromJson(item.toObject()));
        }
        if (++m_orderPages >= maxPages && m_ordersPager && !m_ordersPager->isComplete())
            end({});
    });
    connect(m_ordersPager, &Pager::completed, this, [this, end] {
        m_readAllOrders = true;
        end({});
    });
    connect(m_ordersPager, &Pager::failed, this, [end](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            end(error.message());
    });
    m_ordersPager->setMaxInFlight(2);
    m_ordersPager->fetchAll();
}

void TodaySummary::readInvites()
{
    m_pendingInvites.clear();
    if (m_invites) {
        m_invites->reload(); // another window may have invited since
        for (const RcsInviteRecord &invite : m_invites->allInvites()) {
            if (invite.status.compare(QLatin1String("pending"), Qt::CaseInsensitive) == 0)
                m_pendingInvites.append(invite);
        }
    }
    std::stable_sort(m_pendingInvites.begin(), m_pendingInvites.end(),
                     [](const RcsInviteRecord &a, const RcsInviteRecord &b) {
                         return a.invitedAt < b.invitedAt;
                     });
    finishArea(Area::Rcs, State::Loaded);
}

void TodaySummary::finishArea(Area area, State state, const QString &error)
{
    if (m_states.value(area) != State::Loading)
        return;
    m_states.insert(area, state);
    if (!error.isEmpty())
        m_errors.insert(area, error);
    Q_EMIT areaLoaded(area);
    if (!isLoading())
        Q_EMIT finished();
}
