#include "tollfreerequestsmodel.h"

#include "api/pager.h"
#include "domain/jsonread.h"

using namespace Qt::StringLiterals;

TollFreeRequestRow TollFreeRequestRow::fromJson(const QJsonObject &object)
{
    TollFreeRequestRow row;
    row.id = JsonRead::string(object, u"id");
    row.status = JsonRead::string(object, u"verificationStatus");
    row.businessName = JsonRead::string(object, u"businessName");
    row.phoneNumbers = PagedListModel::displayList(
        JsonRead::wrappedStringList(object, u"phoneNumbers", u"phoneNumber"));
    row.useCase = JsonRead::string(object, u"useCase");
    row.createdAt = JsonRead::dateTime(object, u"createdAt");
    row.updatedAt = JsonRead::dateTime(object, u"updatedAt");
    row.stored = PagedListModel::storedRecord(object);
    row.searchText = QString(row.businessName % u'\n' % row.phoneNumbers % u'\n' % row.useCase %
                             u'\n' % tfvStatusLabel(row.status) % u'\n' % row.id)
                         .toLower();
    return row;
}

QVariant TollFreeRequestRow::record() const
{
    return QVariant::fromValue(
        TollFreeVerificationRequest::fromJson(PagedListModel::restoredRecord(stored)));
}

TollFreeRequestsModel::TollFreeRequestsModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(client, parent)
{}

void TollFreeRequestsModel::setFilter(const TollFreeListFilter &filter)
{
    if (filter == m_filter && pager())
        return;
    m_filter = filter;
    reload();
}

int TollFreeRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TollFreeRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return PagedRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BusinessColumn:
        return tr("Business");
    case PhoneNumbersColumn:
        return tr("Toll-free numbers");
    case UseCaseColumn:
        return tr("Use case");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

Pager *TollFreeRequestsModel::createPager(int pageSize)
{
    return TollFreeApi(client()).listPager(m_filter, pageSize);
}

QVariant TollFreeRequestsModel::cellData(const TollFreeRequestRow &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return tfvStatusExplanation(tfvStatusFromString(row.status));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(column)) {
    case BusinessColumn:
        return row.businessName;
    case PhoneNumbersColumn:
        return row.phoneNumbers;
    case UseCaseColumn:
        return row.useCase;
    case StatusColumn:
        return display ? tfvStatusLabel(row.status) : row.status;
    case CreatedColumn:
        return display ? QVariant(displayDateTime(row.createdAt)) : QVariant(row.createdAt);
    case UpdatedColumn:
        return display ? QVariant(displayDateTime(row.updatedAt)) : QVariant(row.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}
