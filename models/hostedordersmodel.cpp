#include "hostedordersmodel.h"

#include "api/hostedapi.h"
#include "api/pager.h"

HostedOrderRow HostedOrderRow::fromJson(const QJsonObject &object)
{
    const HostedOrder order = HostedOrder::fromJson(object);
    HostedOrderRow row;
    row.id = order.id;
    row.status = order.status;
    row.numberCount = int(order.phoneNumbers.size());
    row.messagingProfileId = order.messagingProfileId.value_or(QString());
    row.createdAt = order.createdAt;
    row.numbers = order.phoneNumbers;
    row.stored = PagedListModel::storedRecord(object);
    // The order's numbers are searchable too: "which order holds +1312...?"
    row.searchText = QString(row.id % u'\n' % hostedOrderStatusLabel(row.status) % u'\n' %
                             row.messagingProfileId % u'\n' % order.phoneNumberList().join(u' '))
                         .toLower();
    return row;
}

QVariant HostedOrderRow::record() const
{
    return QVariant::fromValue(HostedOrder::fromJson(PagedListModel::restoredRecord(stored)));
}

HostedOrdersModel::HostedOrdersModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(client, parent)
{}

int HostedOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

HostedNumberLinks HostedOrdersModel::numberLinks() const
{
    HostedNumberLinks links;
    for (int row = 0; row < rowCount(); ++row) {
        const HostedOrderRow &order = rowAt(row);
        links.addOrder(order.id, order.numbers);
    }
    return links;
}

QVariant HostedOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return PagedRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case NumberCountColumn:
        return tr("Numbers");
    case MessagingProfileColumn:
        return tr("Messaging profile");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

Pager *HostedOrdersModel::createPager(int pageSize)
{
    return HostedApi(client()).ordersPager(pageSize);
}

QVariant HostedOrdersModel::cellData(const HostedOrderRow &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return hostedOrderStatusExplanation(hostedOrderStatusFromString(row.status));
    if (role == Qt::TextAlignmentRole && column == NumberCountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(column)) {
    case IdColumn:
        return row.id;
    case StatusColumn:
        return display ? hostedOrderStatusLabel(row.status) : row.status;
    case NumberCountColumn:
        return row.numberCount;
    case MessagingProfileColumn:
        return row.messagingProfileId;
    case CreatedColumn:
        return display ? QVariant(displayDateTime(row.createdAt)) : QVariant(row.createdAt);
    case ColumnCount:
        break;
    }
    return {};
}
