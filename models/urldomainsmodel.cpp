#include "urldomainsmodel.h"

#include "api/pager.h"
#include "api/urldomainsapi.h"

UrlDomainRow UrlDomainRow::fromJson(const QJsonObject &object)
{
    const UrlDomain domain = UrlDomain::fromJson(object);
    UrlDomainRow row;
    row.id = domain.id;
    row.domain = domain.urlDomain;
    row.useCase = domain.useCase;
    row.stored = PagedListModel::storedRecord(object);
    row.searchText = QString(row.id % u'\n' % row.domain % u'\n' % row.useCase).toLower();
    return row;
}

QVariant UrlDomainRow::record() const
{
    return QVariant::fromValue(UrlDomain::fromJson(PagedListModel::restoredRecord(stored)));
}

UrlDomainsModel::UrlDomainsModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(client, parent)
{}

int UrlDomainsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UrlDomainsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return PagedRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        return tr("Id");
    case DomainColumn:
        return tr("Domain");
    case UseCaseColumn:
        return tr("Use case");
    case ColumnCount:
        break;
    }
    return {};
}

Pager *UrlDomainsModel::createPager(int pageSize)
{
    return UrlDomainsApi(client()).pager(pageSize);
}

QVariant UrlDomainsModel::cellData(const UrlDomainRow &row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (Column(column)) {
    case IdColumn:
        return row.id;
    case DomainColumn:
        return row.domain;
    case UseCaseColumn:
        return row.useCase;
    case ColumnCount:
        break;
    }
    return {};
}
