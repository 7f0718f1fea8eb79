#include "hostednumbersmodel.h"

#include "api/pager.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Shown where the status or order is not known yet (no loaded order holds the number).
const QString unknownMark = u"—"_s;

} // namespace

HostedNumberRow HostedNumberRow::fromJson(const QJsonObject &object)
{
    const MessagingHostedNumber number = MessagingHostedNumber::fromJson(object);
    HostedNumberRow row;
    row.id = number.id;
    row.phoneNumber = number.phoneNumber;
    row.messagingProfileId = number.messagingProfileId.value_or(QString());
    row.updatedAt = number.updatedAt;
    row.stored = PagedListModel::storedRecord(object);
    row.searchText =
        QString(row.phoneNumber % u'\n' % row.messagingProfileId % u'\n' % row.id).toLower();
    return row;
}

QVariant HostedNumberRow::record() const
{
    return QVariant::fromValue(
        MessagingHostedNumber::fromJson(PagedListModel::restoredRecord(stored)));
}

HostedNumbersModel::HostedNumbersModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(client, parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { indexPhoneNumbers(first, last); });
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_idByPhone.clear(); });
}

void HostedNumbersModel::indexPhoneNumbers(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString key = HostedNumberLinks::phoneKey(rowAt(row).phoneNumber);
        if (!key.isEmpty())
            m_idByPhone.insert(key, rowAt(row).id);
    }
}

int HostedNumbersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostedNumbersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return PagedRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PhoneNumberColumn:
        return tr("Phone number");
    case StatusColumn:
        return tr("Status");
    case MessagingProfileColumn:
        return tr("Messaging profile");
    case OrderColumn:
        return tr("Order");
    case IdColumn:
        return tr("Number id");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

void HostedNumbersModel::setNumberLinks(const HostedNumberLinks &links)
{
    if (links == m_links)
        return;
    const HostedNumberLinks previous = std::exchange(m_links, links);
    // Only the rows whose order or status changed are repainted (and filtered again), one
    // dataChanged() per run of such rows.
    int firstChanged = -1;
    for (int row = 0; row <= rowCount(); ++row) {
        const bool changed =
            row < rowCount() &&
            previous.find(rowAt(row).id, rowAt(row).phoneNumber) != linkOf(rowAt(row));
        if (changed && firstChanged < 0) {
            firstChanged = row;
        } else if (!changed && firstChanged >= 0) {
            Q_EMIT dataChanged(index(firstChanged, 0), index(row - 1, ColumnCount - 1));
            firstChanged = -1;
        }
    }
}

HostedNumberLink HostedNumbersModel::linkOf(const HostedNumberRow &row) const
{
    return m_links.find(row.id, row.phoneNumber);
}

HostedNumberLink HostedNumbersModel::linkAt(int row) const
{
    return row >= 0 && row < rowCount() ? linkOf(rowAt(row)) : HostedNumberLink{};
}

QString HostedNumbersModel::orderIdForNumber(const QString &numberId) const
{
    const int row = rowOf(numberId);
    return row >= 0 ? linkOf(rowAt(row)).orderId : QString();
}

int HostedNumbersModel::rowOfOrderNumber(const QString &orderId, const HostedNumber &number) const
{
    if (const int row = rowOf(number.id); row >= 0)
        return row;
    const QString id = m_idByPhone.value(HostedNumberLinks::phoneKey(number.phoneNumber));
    const int row = id.isEmpty() ? -1 : rowOf(id);
    // Another order may list the same phone number (a failed attempt, then another order).
    return row >= 0 && linkOf(rowAt(row)).orderId == orderId ? row : -1;
}

QVariant HostedNumbersModel::data(const QModelIndex &index, int role) const
{
    // The status comes from the orders, not from the row.
    if (role == StatusRole && index.isValid())
        return statusAt(index.row());
    if (role == SearchTextRole && index.isValid())
        return searchTextAt(index.row());
    return PagedRowsModel::data(index, role);
}

QString HostedNumbersModel::statusAt(int row) const
{
    return linkAt(row).status;
}

QString HostedNumbersModel::searchTextAt(int row) const
{
    const HostedNumberLink link = linkAt(row);
    if (!link.isKnown())
        return PagedRowsModel::searchTextAt(row);
    return PagedRowsModel::searchTextAt(row) % u'\n' %
           hostedNumberStatusLabel(link.status).toLower() % u'\n' % link.orderId.toLower();
}

void HostedNumbersModel::setFilter(const HostedNumbersFilter &filter)
{
    if (filter == m_filter && pager())
        return;
    m_filter = filter;
    reload();
}

Pager *HostedNumbersModel::createPager(int pageSize)
{
    return HostedApi(client()).numbersPager(pageSize, nullptr, m_filter);
}

QVariant HostedNumbersModel::cellData(const HostedNumberRow &row, int column, int role) const
{
    const HostedNumberLink link = linkOf(row);
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return link.isKnown()
                   ? hostedNumberStatusExplanation(hostedNumberStatusFromString(link.status))
                   : tr("Not known until the order holding this number is loaded "
                        "(Load all in the Orders tab).");
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(column)) {
    case PhoneNumberColumn:
        return row.phoneNumber;
    case StatusColumn:
        if (!display)
            return link.status;
        return link.isKnown() ? hostedNumberStatusLabel(link.status) : unknownMark;
    case MessagingProfileColumn:
        return row.messagingProfileId;
    case OrderColumn:
        return link.orderId;
    case IdColumn:
        return row.id;
    case UpdatedColumn:
        return display ? QVariant(displayDateTime(row.updatedAt)) : QVariant(row.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}
