#include "createdrecordlookup.h"

#include "api/hostedapi.h"
#include "api/pager.h"
#include "api/tollfreeapi.h"

#include <QJsonArray>
#include <QSet>

namespace {

QSet<QString> numberSet(const QStringList &numbers)
{
    QSet<QString> set;
    for (const QString &number : numbers)
        set.insert(number.trimmed());
    return set;
}

} // namespace

CreatedRecordLookup::CreatedRecordLookup(ApiClient *client, Kind kind, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
{}

CreatedRecordLookup::~CreatedRecordLookup()
{
    cancel();
}

CreatedRecordLookup *CreatedRecordLookup::forTollFree(ApiClient *client,
                                                      const TollFreeVerificationRequest &sent,
                                                      const QDateTime &sentAt, QObject *parent)
{
    auto *lookup = new CreatedRecordLookup(client, Kind::TollFree, parent);
    lookup->m_sent = sent;
    lookup->m_sentAt = sentAt;
    return lookup;
}

CreatedRecordLookup *
CreatedRecordLookup::forHostedOrder(ApiClient *client, const QStringList &numbers, QObject *parent)
{
    auto *lookup = new CreatedRecordLookup(client, Kind::HostedOrder, parent);
    lookup->m_numbers = numbers;
    return lookup;
}

bool CreatedRecordLookup::isSameTollFreeRequest(const TollFreeVerificationRequest &candidate,
                                                const TollFreeVerificationRequest &sent,
                                                const QDateTime &sentAt)
{
    if (candidate.businessName.trimmed().compare(sent.businessName.trimmed(),
                                                 Qt::CaseInsensitive) != 0)
        return false;
    if (numberSet(candidate.phoneNumbers) != numberSet(sent.phoneNumbers))
        return false;
    // No creation time (the SDK's list type may leave it out): the name and numbers decide.
    return !candidate.createdAt.isValid() || !sentAt.isValid() ||
           candidate.createdAt >= sentAt.addSecs(-clockAllowanceSeconds);
}

bool CreatedRecordLookup::holdsAnyNumber(const HostedOrder &order, const QStringList &numbers)
{
    if (order.statusValue() == HostedOrderStatus::Deleted)
        return false;
    const QSet<QString> wanted = numberSet(numbers);
    for (const HostedNumber &number : order.phoneNumbers) {
        if (wanted.contains(number.phoneNumber.trimmed()))
            return true;
    }
    return false;
}

void CreatedRecordLookup::start()
{
    cancel();
    m_tollFree.clear();
    m_orders.clear();
    m_pages = 0;
    m_searchedEverything = false;
    if (m_kind == Kind::TollFree) {
        TollFreeListFilter filter;
        filter.businessName = m_sent.businessName.trimmed();
        filter.phoneNumber = m_sent.phoneNumbers.value(0).trimmed();
        m_pager = TollFreeApi(m_client).listPager(filter, TollFreeApi::defaultPageSize, this);
    } else {
        m_pager = HostedApi(m_client).ordersPager(HostedApi::defaultPageSize, this);
    }
    connect(m_pager, &Pager::pageLoaded, this,
            [this](int, const QJsonArray &items) { onPage(items); });
    connect(m_pager, &Pager::completed, this, [this] {
        m_searchedEverything = true;
        end();
    });
    connect(m_pager, &Pager::failed, this, [this](const ApiError &error) {
        Pager *pager = m_pager;
        m_pager = nullptr;
        if (pager) {
            pager->cancel();
            pager->deleteLater();
        }
        Q_EMIT failed(error);
    });
    m_pager->setMaxInFlight(1); // newest first: the first page is the likely one
    m_pager->fetchAll();
}

void CreatedRecordLookup::cancel()
{
    if (Pager *pager = m_pager) {
        m_pager = nullptr;
        pager->disconnect(this);
        pager->cancel();
        pager->deleteLater();
    }
}

void CreatedRecordLookup::onPage(const QJsonArray &items)
{
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue;
        if (m_kind == Kind::TollFree) {
            const auto request = TollFreeVerificationRequest::fromJson(item.toObject());
            if (isSameTollFreeRequest(request, m_sent, m_sentAt))
                m_tollFree.append(request);
        } else {
            const auto order = HostedOrder::fromJson(item.toObject());
            if (holdsAnyNumber(order, m_numbers))
                m_orders.append(order);
        }
    }
    if (++m_pages >= maxPages && m_pager && !m_pager->isComplete())
        end(); // bounded: the newest pages are where a request just sent would be
}

void CreatedRecordLookup::end()
{
    if (!m_pager)
        return;
    cancel();
    Q_EMIT finished(matchCount());
}
