#pragma once

#include "pagedlistmodel.h"

#include <QJsonObject>
#include <QList>

// The row storage every list shares, typed by the list's Row. A Row carries the values of the
// columns (already parsed), plus
//   QString id, status, searchText;   the shared roles
//   QVariant record() const;          the domain value, for RecordRole
// and is made by `static Row fromJson(const QJsonObject &)`.
//
// Subclasses add the columns: columnCount(), headerData() and cellData() over their own
// `enum Column`.
template<typename Row> class PagedRowsModel : public PagedListModel
{
public:
    using PagedListModel::PagedListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        Q_ASSERT(
            checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case IdRole:
            return row.id;
        case StatusRole:
            return row.status;
        case SearchTextRole:
            return row.searchText;
        case RecordRole:
            return row.record();
        default:
            return cellData(row, index.column(), role);
        }
    }

    QString searchTextAt(int row) const override { return m_rows.at(row).searchText; }
    QString statusAt(int row) const override { return m_rows.at(row).status; }

    const Row &rowAt(int row) const { return m_rows.at(row); }

    // A fresher copy of a loaded record (e.g. fetched for the detail pane) replaces its row in
    // place, so the list does not show a stale status until the next reload. Returns the row,
    // or -1 when that record is not loaded (nothing changes then).
    int updateRecord(const QJsonObject &json)
    {
        Row fresh = Row::fromJson(json);
        if (fresh.id.isEmpty())
            return -1;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id != fresh.id)
                continue;
            m_rows[row] = std::move(fresh);
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), columnCount() - 1));
            return int(row);
        }
        return -1;
    }

protected:
    // Display, raw value and the other per-cell roles of one column.
    virtual QVariant cellData(const Row &row, int column, int role) const = 0;

    void appendPage(const QJsonArray &items) override
    {
        QList<Row> parsed;
        parsed.reserve(items.size());
        for (const QJsonValue &item : items) {
            if (item.isObject())
                parsed.append(Row::fromJson(item.toObject()));
        }
        if (parsed.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(parsed.size()) - 1);
        m_rows.append(std::move(parsed));
        endInsertRows();
    }

    void clearRows() override { m_rows.clear(); }

private:
    QList<Row> m_rows;
};
