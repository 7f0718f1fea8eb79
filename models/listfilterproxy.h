#pragma once

#include "pagedlistmodel.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

// Client-side filter and sort in front of a list model.
//
// Filter: every word of filterText() must occur in the row's SearchTextRole (case-insensitive),
// and, when statusFilter() is not empty, the row's StatusRole must be one of those statuses.
// Each change of either re-filters with ONE invalidate(): QSortFilterProxyModel's own
// incremental re-filter (setFilterFixedString(), invalidateFilter()) emits one removal per block
// of hidden rows and takes seconds at 100 000 rows.
//
// Sort: on PagedListModel::RawValueRole (dates, numbers, strings), strings case-insensitively.
// lessThan() compares ranks made once per source row and column (the values, strings
// case-folded, dates and numbers as numbers, sorted once without any QModelIndex) instead of
// asking the source for two QVariants per comparison. The keys are dropped once ranked.
// A list of backgroundSortRows or more is ranked on a worker thread: sort() collects the values
// (cheap: shared strings, numbers) and returns; the rows are reordered when the ranks are ready
// (isSortPending() until then), so sorting 100 000 rows never holds the window.
// Dynamic sorting is off: with it on, a page of rows arriving into a sorted proxy is inserted
// row by row at scattered positions (one insert signal and one mapping rebuild per position).
// Instead, rows of a page are appended below, and the proxy re-sorts once when the page (or, for
// loadAll(), the whole load) has arrived.
class ListFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ListFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Wire status texts to keep (empty: every status).
    void setStatusFilter(const QStringList &statuses);
    QStringList statusFilter() const { return m_statuses; }
    bool isFiltering() const { return !m_words.isEmpty() || !m_statuses.isEmpty(); }

    // Rows of the source hidden by the filter: the view says "n of m rows shown".
    int sourceRowCount() const;

    static constexpr int backgroundSortRows = 30000;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // A sort asked for is being ranked on the worker; the rows keep their order until then.
    bool isSortPending() const { return m_ranking != nullptr; }

Q_SIGNALS:
    void sortFinished();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void onSourceRowsInserted();
    void onSourceStateChanged();
    void resortNow();

    // Invalid values sort after everything, as in QSortFilterProxyModel.
    struct SortKey
    {
        enum Kind : quint8 { Number, Text, Invalid };
        Kind kind = Invalid;
        double number = 0;
        QString text;
        bool operator<(const SortKey &other) const;
    };
    static SortKey sortKeyOf(const QVariant &value, bool caseFolded);
    // By row: the place of the row's value among all values (equal values, equal ranks).
    static QList<int> ranksOf(const QList<QVariant> &values, bool caseFolded);
    QList<QVariant> sortValues(int column) const;
    // Makes sure every source row has its rank in `column`.
    void ensureSortKeys(int column) const;
    void dropSortKeys();
    void onRanked(QFutureWatcher<QList<int>> *ranking, int column, Qt::SortOrder order, int rows);

    QString m_filterText;
    QStringList m_words;                       // lower-case
    PagedListModel::SearchWords m_searchWords; // m_words, also as UTF-8
    QStringList m_statuses;
    QPointer<PagedListModel> m_paged; // the source when it is one: fast row access
    QTimer m_resortTimer;
    bool m_resortAfterLoad = false;
    QList<QMetaObject::Connection> m_sourceConnections;
    // By source row, for m_sortKeyColumn: the place of the row's value among all values (equal
    // values, equal ranks). Four bytes a row instead of a key, and an int to compare.
    mutable QList<int> m_sortRanks;
    mutable int m_sortKeyColumn = -1;
    QFutureWatcher<QList<int>> *m_ranking = nullptr; // the sort being ranked on the worker
    bool m_rankingStale = false;                     // the source changed while it was ranked
};
