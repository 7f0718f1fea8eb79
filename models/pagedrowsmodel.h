#pragma once

#include "pagedlistmodel.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringBuilder>

#include <algorithm>
#include <memory>
#include <type_traits>

// The row storage every list shares, typed by the list's Row. A Row carries the values of the
// columns (already parsed), plus
//   QString id, status, searchText;   the shared roles
//   QVariant record() const;          the domain value, for RecordRole
// and is made by `static Row fromJson(const QJsonObject &)`; a Row that also has
// `static Row fromElement(const QString &id, const simdjson::dom::element &)` is made from the
// page as simdjson parsed it, without a QJsonObject. Either way the rows of a page are made on
// the page reader's worker thread (Pager::setPageReader) and inserted here in one batch.
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
            return searchTextAt(index.row());
        case RecordRole:
            return row.record();
        default:
            if constexpr (requires { row.messagingProfileId; }) {
                if (index.column() == profileColumn()) {
                    if (QVariant cell = profileCell(row.messagingProfileId, role); cell.isValid())
                        return cell;
                }
            }
            return cellData(row, index.column(), role);
        }
    }

    // The row's text, plus its messaging profile's name when the list shows one.
    QString searchTextAt(int row) const override
    {
        const Row &at = m_rows.at(row);
        if constexpr (requires { at.messagingProfileId; }) {
            if (const QString name = profileSearchText(at.messagingProfileId); !name.isEmpty())
                return at.searchText % u'\n' % name;
        }
        if constexpr (std::is_same_v<decltype(at.searchText), QByteArray>)
            return QString::fromUtf8(at.searchText);
        else
            return at.searchText;
    }

    // A search text kept as lower-case UTF-8 (half the bytes of a QString) is searched as it
    // is: UTF-8 of a word occurs in UTF-8 of a text exactly where the word occurs in the text.
    bool searchTextContains(int row, const SearchWords &words) const override
    {
        if constexpr (std::is_same_v<decltype(Row::searchText), QByteArray> &&
                      !requires(const Row &at) { at.messagingProfileId; }) {
            const QByteArray &text = m_rows.at(row).searchText;
            for (const QByteArray &word : words.utf8) {
                if (!text.contains(word))
                    return false;
            }
            return true;
        } else {
            return PagedListModel::searchTextContains(row, words);
        }
    }
    QString statusAt(int row) const override { return m_rows.at(row).status; }

    const Row &rowAt(int row) const { return m_rows.at(row); }

    // The row holding the record with this id, or -1 when it is not loaded: an index kept
    // with the rows, so finding one record never scans the list.
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // A fresher copy of a loaded record (e.g. fetched for the detail pane) replaces its row in
    // place, so the list does not show a stale status until the next reload. Returns the row,
    // or -1 when that record is not loaded (nothing changes then).
    int updateRecord(const QJsonObject &json)
    {
        Row fresh = Row::fromJson(json);
        const int row = fresh.id.isEmpty() ? -1 : rowOf(fresh.id);
        if (row < 0)
            return -1;
        m_rows[row] = std::move(fresh);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return row;
    }

    // The record after a create or an edit: its row is replaced when loaded, else it becomes
    // the first row (lists are newest first). The list is not loaded again. Returns the row.
    int upsertRecord(const QJsonObject &json)
    {
        if (const int row = updateRecord(json); row >= 0)
            return row;
        Row fresh = Row::fromJson(json);
        if (fresh.id.isEmpty())
            return -1;
        beginInsertRows({}, 0, 0);
        m_rows.prepend(std::move(fresh));
        reindexFrom(0);
        endInsertRows();
        return 0;
    }

    // A deleted record leaves the list at once. False when it was not loaded.
    bool removeRecord(const QString &id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return false;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_rowById.remove(id);
        reindexFrom(row);
        endRemoveRows();
        return true;
    }

protected:
    // Display, raw value and the other per-cell roles of one column.
    virtual QVariant cellData(const Row &row, int column, int role) const = 0;

    Pager::PageReader pageReader() const override
    {
        return [](const QByteArray &body, PageShape shape, const QString &idKey) {
            PageRead page;
            auto batch = std::make_shared<Batch>();
            PageBody::read(
                shape, body, idKey, &page,
                [&batch](qsizetype index, const QString &id, const simdjson::dom::element &item) {
                    if (!PageBody::isObject(item))
                        return;
                    if constexpr (requires { Row::fromElement(id, item); })
                        batch->rows.append(Row::fromElement(id, item));
                    else
                        batch->rows.append(Row::fromJson(PageBody::toJsonValue(item).toObject()));
                    batch->itemOf.append(index);
                });
            page.items = std::move(batch);
            return page;
        };
    }

    void appendRead(const PageRead &page) override
    {
        const auto batch = std::static_pointer_cast<Batch>(page.items);
        if (!batch || batch->rows.isEmpty())
            return;
        if (!page.repeats.isEmpty()) {
            QList<Row> kept;
            kept.reserve(batch->rows.size());
            for (qsizetype row = 0; row < batch->rows.size(); ++row) {
                if (!std::binary_search(page.repeats.cbegin(), page.repeats.cend(),
                                        batch->itemOf.at(row)))
                    kept.append(std::move(batch->rows[row]));
            }
            batch->rows = std::move(kept);
            if (batch->rows.isEmpty())
                return;
        }
        appendParsedRows(std::move(batch->rows));
    }

    void appendPage(const QJsonArray &items) override
    {
        QList<Row> parsed;
        parsed.reserve(items.size());
        for (const QJsonValue &item : items) {
            if (item.isObject())
                parsed.append(Row::fromJson(item.toObject()));
        }
        if (!parsed.isEmpty())
            appendParsedRows(std::move(parsed));
    }

    void clearRows() override
    {
        m_rows.clear();
        m_rowById.clear();
    }

private:
    // The rows of one page as its reader made them, and the item each was made of.
    struct Batch
    {
        QList<Row> rows;
        QList<qsizetype> itemOf;
    };

    void appendParsedRows(QList<Row> &&rows)
    {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        // Loading every page: room for the rows the server counts (within reason) at once,
        // not twice the rows in spare capacity after the last doubling.
        if (const qsizetype total = totalRows(); isLoadingAll() && total > m_rows.capacity())
            m_rows.reserve(qMin(total, m_rows.size() + 200000));
        if (m_rows.isEmpty() && m_rows.capacity() == 0)
            m_rows = std::move(rows);
        else
            m_rows.append(std::move(rows));
        m_rowById.reserve(m_rows.size());
        reindexFrom(first);
        endInsertRows();
    }

    // Rows from `first` on moved or arrived: their ids point at their new places.
    void reindexFrom(qsizetype first)
    {
        for (qsizetype row = first; row < m_rows.size(); ++row) {
            if (!m_rows.at(row).id.isEmpty())
                m_rowById.insert(m_rows.at(row).id, int(row));
        }
    }

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
};
