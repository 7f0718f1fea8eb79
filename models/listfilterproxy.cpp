#include "listfilterproxy.h"

#include "pagedlistmodel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

ListFilterProxy::ListFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
    setSortRole(PagedListModel::RawValueRole);
    setFilterRole(PagedListModel::SearchTextRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(0);
    connect(&m_resortTimer, &QTimer::timeout, this, &ListFilterProxy::resortNow);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, &ListFilterProxy::dropSortKeys);
    connect(this, &QSortFilterProxyModel::sortCaseSensitivityChanged, this,
            &ListFilterProxy::dropSortKeys);
}

void ListFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_resortTimer.stop();
    m_resortAfterLoad = false;
    dropSortKeys();
    m_paged = qobject_cast<PagedListModel *>(source);
    if (source) {
        // Connected before the base class's own handlers: stale keys are dropped before the
        // proxy sorts anything. Rows appended at the end keep the keys of the rows before.
        m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                           [this](const QModelIndex &parent, int first) {
                                               if (parent.isValid() || first < m_sortRanks.size())
                                                   dropSortKeys();
                                           }));
        const auto drop = [this] { dropSortKeys(); };
        m_sourceConnections.append(
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, drop));
        m_sourceConnections.append(
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, drop));
        m_sourceConnections.append(
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, drop));
        m_sourceConnections.append(
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, drop));
        m_sourceConnections.append(connect(source, &QAbstractItemModel::dataChanged, this, drop));
    }
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsInserted, this,
                                       &ListFilterProxy::onSourceRowsInserted));
    if (m_paged) {
        m_sourceConnections.append(connect(m_paged, &PagedListModel::stateChanged, this,
                                           &ListFilterProxy::onSourceStateChanged));
    }
}

void ListFilterProxy::setFilterText(const QString &text)
{
    // Any white space separates words (simplified() turns runs of it into one space).
    const QStringList words = text.toLower().simplified().split(QChar(u' '), Qt::SkipEmptyParts);
    m_filterText = text;
    if (words == m_words)
        return;
    m_words = words;
    m_searchWords.text = words;
    m_searchWords.utf8.clear();
    for (const QString &word : words)
        m_searchWords.utf8.append(word.toUtf8());
    invalidate();
}

void ListFilterProxy::setStatusFilter(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidate();
}

int ListFilterProxy::sourceRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() && m_statuses.isEmpty())
        return true;
    if (!m_statuses.isEmpty()) {
        const QString status = m_paged ? m_paged->statusAt(sourceRow)
                                       : sourceModel()
                                             ->index(sourceRow, 0, sourceParent)
                                             .data(PagedListModel::StatusRole)
                                             .toString();
        if (!m_statuses.contains(status))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    if (m_paged)
        return m_paged->searchTextContains(sourceRow, m_searchWords);
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(PagedListModel::SearchTextRole)
                             .toString()
                             .toLower();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

ListFilterProxy::SortKey ListFilterProxy::sortKeyOf(const QVariant &value, bool caseFolded)
{
    SortKey key;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::QDateTime:
        key.kind = SortKey::Number;
        key.number = double(value.toDateTime().toMSecsSinceEpoch());
        break;
    case QMetaType::QDate:
        key.kind = SortKey::Number;
        key.number = double(value.toDate().toJulianDay());
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
        key.kind = SortKey::Number;
        key.number = value.toDouble();
        break;
    default:
        key.kind = SortKey::Text;
        key.text = caseFolded ? value.toString().toCaseFolded() : value.toString();
        break;
    }
    return key;
}

bool ListFilterProxy::SortKey::operator<(const SortKey &other) const
{
    if (kind != other.kind)
        return kind < other.kind;
    switch (kind) {
    case Number:
        return number < other.number;
    case Text:
        return text < other.text;
    case Invalid:
        break;
    }
    return false;
}

void ListFilterProxy::ensureSortKeys(int column) const
{
    if (column != m_sortKeyColumn) {
        m_sortRanks.clear();
        m_sortKeyColumn = column;
    }
    if (m_sortRanks.size() == sourceModel()->rowCount())
        return;
    m_sortRanks = ranksOf(sortValues(column), sortCaseSensitivity() == Qt::CaseInsensitive);
}

QList<QVariant> ListFilterProxy::sortValues(int column) const
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source->rowCount();
    QList<QVariant> values;
    values.reserve(rows);
    for (int row = 0; row < rows; ++row)
        values.append(source->index(row, column).data(sortRole()));
    return values;
}

QList<int> ListFilterProxy::ranksOf(const QList<QVariant> &values, bool caseFolded)
{
    const qsizetype rows = values.size();
    QList<SortKey> keys;
    keys.reserve(rows);
    for (const QVariant &value : values)
        keys.append(sortKeyOf(value, caseFolded));
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
    QList<int> ranks(rows);
    int rank = 0;
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0 && keys.at(order.at(i - 1)) < keys.at(order.at(i)))
            ++rank;
        ranks[order.at(i)] = rank;
    }
    return ranks;
}

void ListFilterProxy::dropSortKeys()
{
    m_sortRanks.clear();
    m_rankingStale = m_ranking != nullptr;
}

void ListFilterProxy::sort(int column, Qt::SortOrder order)
{
    // A newer sort replaces one still being ranked: its result is ignored.
    if (m_ranking) {
        m_ranking->disconnect(this);
        m_ranking->deleteLater();
        m_ranking = nullptr;
    }
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    if (column < 0 || rows < backgroundSortRows || isSortLocaleAware() ||
        (column == m_sortKeyColumn && m_sortRanks.size() == rows)) {
        QSortFilterProxyModel::sort(column, order);
        Q_EMIT sortFinished();
        return;
    }
    // The values are read here (the model lives on this thread); the case folding and the
    // sort of the keys, where the time goes, run on the worker. A watcher owned by the proxy,
    // not QFuture::then(this, …), which asserts on Qt 6.4 when the context is gone first.
    m_rankingStale = false;
    m_ranking = new QFutureWatcher<QList<int>>(this);
    auto *ranking = m_ranking;
    connect(ranking, &QFutureWatcherBase::finished, this,
            [this, ranking, column, order, rows] { onRanked(ranking, column, order, rows); });
    ranking->setFuture(QtConcurrent::run(
        [values = sortValues(column), caseFolded = sortCaseSensitivity() == Qt::CaseInsensitive] {
            return ranksOf(values, caseFolded);
        }));
}

void ListFilterProxy::onRanked(QFutureWatcher<QList<int>> *ranking, int column, Qt::SortOrder order,
                               int rows)
{
    ranking->deleteLater();
    if (ranking != m_ranking)
        return;
    m_ranking = nullptr;
    // Unchanged source: the ranks are this list's. Otherwise ranked again here, at once, so a
    // list that keeps changing still ends up sorted.
    if (!m_rankingStale && sourceModel() && sourceModel()->rowCount() == rows) {
        m_sortRanks = ranking->result();
        m_sortKeyColumn = column;
    }
    QSortFilterProxyModel::sort(column, order);
    Q_EMIT sortFinished();
}

bool ListFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (isSortLocaleAware() || left.parent().isValid() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    ensureSortKeys(left.column());
    return m_sortRanks.at(left.row()) < m_sortRanks.at(right.row());
}

void ListFilterProxy::onSourceRowsInserted()
{
    if (sortColumn() < 0)
        return;
    // While the whole list is loading, sorting after every page would cost a full sort per
    // page: sort once at the end.
    if (m_paged && m_paged->isLoadingAll()) {
        m_resortAfterLoad = true;
        return;
    }
    m_resortTimer.start();
}

void ListFilterProxy::onSourceStateChanged()
{
    if (m_resortAfterLoad && m_paged && !m_paged->isLoadingAll()) {
        m_resortAfterLoad = false;
        m_resortTimer.start();
    }
}

void ListFilterProxy::resortNow()
{
    // A sort being ranked sorts again itself when the rows changed meanwhile.
    if (sortColumn() >= 0 && !m_ranking)
        sort(sortColumn(), sortOrder());
}
