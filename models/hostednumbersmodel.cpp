#include "hostednumbersmodel.h"

#include "api/hostedapi.h"
#include "api/pager.h"
#include "domain/jsonread.h"

HostedNumberRow HostedNumberRow::fromJson(const QJsonObject &object)
{
    const MessagingHostedNumber number = MessagingHostedNumber::fromJson(object);
    HostedNumberRow row;
    row.id = number.id;
    row.status = JsonRead::string(object, u"hosted_status");
    row.phoneNumber = number.phoneNumber;
    row.messagingProfileId = number.messagingProfileId.value_or(QString());
    row.updatedAt = number.updatedAt;
    row.stored = PagedListModel::storedRecord(object);
    const QString statusLabel =
        row.status.isEmpty() ? QString() : hostedNumberStatusLabel(row.status);
    row.searchText = QString(row.phoneNumber % u'\n' % statusLabel % u'\n' %
                             row.messagingProfileId % u'\n' % row.id)
                         .toLower();
    return row;
}

QVariant HostedNumberRow::record() const
{
    return QVariant::fromValue(
        MessagingHostedNumber::fromJson(PagedListModel::restoredRecord(stored)));
}

HostedNumbersModel::HostedNumbersModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(client, parent)
{}

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

void HostedNumbersModel::setOrderIds(const QHash<QString, QString> &orderIdByNumberId)
{
    if (orderIdByNumberId == m_orderIdByNumberId)
        return;
    m_orderIdByNumberId = orderIdByNumberId;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, OrderColumn), index(rowCount() - 1, OrderColumn));
}

Pager *HostedNumbersModel::createPager(int pageSize)
{
    return HostedApi(client()).numbersPager(pageSize);
}

QVariant HostedNumbersModel::cellData(const HostedNumberRow &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == StatusColumn && !row.status.isEmpty())
        return hostedNumberStatusExplanation(hostedNumberStatusFromString(row.status));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(column)) {
    case PhoneNumberColumn:
        return row.phoneNumber;
    case StatusColumn:
        return display && !row.status.isEmpty() ? hostedNumberStatusLabel(row.status) : row.status;
    case MessagingProfileColumn:
        return row.messagingProfileId;
    case OrderColumn:
        return m_orderIdByNumberId.value(row.id);
    case IdColumn:
        return row.id;
    case UpdatedColumn:
        return display ? QVariant(displayDateTime(row.updatedAt)) : QVariant(row.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}
