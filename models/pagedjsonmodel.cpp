#include "pagedjsonmodel.h"

#include "api/pager.h"

#include <QJsonArray>

PagedJsonModel::PagedJsonModel(QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

PagedJsonModel::~PagedJsonModel() = default;

PagedJsonModel::Column PagedJsonModel::field(const QString &title, const QString &key)
{
    return {title, [key](const QJsonObject &record) { return record.value(key).toVariant(); }};
}

void PagedJsonModel::setPager(Pager *pager)
{
    beginResetModel();
    if (m_pager)
        m_pager->deleteLater();
    m_rows.clear();
    m_lastError.clear();
    m_pager = pager;
    endResetModel();
    if (!pager)
        return;
    pager->setParent(this);
    connect(pager, &Pager::pageLoaded, this, [this](int, const QJsonArray &items) {
        if (items.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(items.size()) - 1);
        for (const QJsonValue &item : items)
            m_rows.append(item.toObject());
        endInsertRows();
    });
    connect(pager, &Pager::failed, this, [this](const ApiError &error) {
        m_lastError = error.message();
        Q_EMIT loadFailed(m_lastError);
    });
    pager->fetchMore();
}

int PagedJsonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedJsonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedJsonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return m_columns.at(index.column()).value(record);
    case RecordRole:
        return record;
    default:
        return {};
    }
}

QVariant PagedJsonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return m_columns.at(section).title;
}

bool PagedJsonModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pager && m_pager->canFetchMore() && !m_pager->isLoading() &&
           !m_pager->hasFailed();
}

void PagedJsonModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_pager->fetchMore();
}
