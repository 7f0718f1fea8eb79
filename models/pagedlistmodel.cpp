#include "pagedlistmodel.h"

#include "api/pager.h"
#include "liststatetext.h"
#include "tableexport.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

PagedListModel::PagedListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

PagedListModel::~PagedListModel()
{
    if (m_pager)
        m_pager->disconnect(this);
}

void PagedListModel::setPager(Pager *pager)
{
    if (m_pager) {
        // The old pager may be the sender of the signal that led here: delete it later.
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
    }
    // Before the reset: a view (or a model tester) may ask for the first page on modelReset.
    if (Pager::PageReader reader = pager ? pageReader() : nullptr;
        reader && !pager->hasPageReader())
        pager->setPageReader(std::move(reader));
    beginResetModel();
    clearRows();
    m_pager = pager;
    m_loadingAll = false;
    m_error = {};
    endResetModel();

    if (pager) {
        pager->setParent(this);
        pager->setMaxInFlight(1);
        connect(pager, &Pager::pageLoaded, this,
                [this](int, const QJsonArray &items) { onPageLoaded(items); });
        connect(pager, &Pager::pageRead, this,
                [this](int, const PageRead &page) { onPageRead(page); });
        connect(pager, &Pager::totalsKnown, this,
                [this](int total, int) { Q_EMIT progress(rowCount(), total); });
        connect(pager, &Pager::failed, this, &PagedListModel::onFailed);
        connect(pager, &Pager::loadingChanged, this, &PagedListModel::updateState);
        connect(pager, &Pager::completed, this, &PagedListModel::updateState);
    }
    updateState();
}

void PagedListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void PagedListModel::setPrefetchPages(int pages)
{
    m_prefetchPages = qMax(1, pages);
    if (m_pager && m_loadingAll)
        m_pager->setMaxInFlight(m_prefetchPages);
}

int PagedListModel::totalRows() const
{
    return m_pager ? m_pager->totalItems() : -1;
}

bool PagedListModel::totalsDisagree() const
{
    return m_pager && m_pager->totalsDisagree();
}

QString PagedListModel::errorMessage() const
{
    return m_error.isNull() ? QString() : m_error.message();
}

QString PagedListModel::emptyStateText(const QString &noun, int shownRows,
                                       const QString &filterText) const
{
    ListStateText state;
    switch (m_state) {
    case State::Idle:
        state.phase = ListStateText::Phase::Idle;
        break;
    case State::Loading:
        state.phase = ListStateText::Phase::Working;
        break;
    case State::Loaded:
        state.phase = ListStateText::Phase::Done;
        break;
    case State::Failed:
        state.phase = ListStateText::Phase::Failed;
        break;
    }
    state.rows = rowCount();
    state.shownRows = shownRows;
    state.noun = noun;
    state.filterText = filterText;
    state.error = errorMessage();
    return state.text();
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failure the view must not hammer the server while scrolling: retry() is explicit.
    return !parent.isValid() && m_pager && m_pager->canFetchMore() && m_state != State::Failed;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // While a page is in flight the pager ignores further requests, so a view calling this on
    // every scroll step asks for one page at a time.
    m_pager->fetchMore();
    updateState();
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(StatusRole, "status");
    names.insert(IdRole, "recordId");
    names.insert(SearchTextRole, "searchText");
    names.insert(RecordRole, "record");
    return names;
}

bool PagedListModel::searchTextContains(int row, const SearchWords &words) const
{
    const QString text = searchTextAt(row);
    for (const QString &word : words.text) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

QByteArray PagedListModel::storedRecord(const QJsonObject &object)
{
    QByteArray bytes = QCborValue::fromJsonValue(object).toCbor();
    bytes.squeeze(); // the writer leaves spare capacity
    return bytes;
}

QJsonObject PagedListModel::restoredRecord(const QByteArray &stored)
{
    return QCborValue::fromCbor(stored).toMap().toJsonObject();
}

QString PagedListModel::displayDateTime(const QDateTime &value)
{
    // In the user's locale: 12/5/26 3:04 PM, 05.12.26 15:04.
    return value.isValid() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat)
                           : QString();
}

QString PagedListModel::displayList(const QStringList &values)
{
    return values.join(u", "_s);
}

void PagedListModel::reload()
{
    setPager(m_client ? createPager(m_pageSize) : nullptr);
    fetchMore();
}

void PagedListModel::loadAll()
{
    if (!m_pager || m_pager->isComplete())
        return;
    m_loadingAll = true;
    m_error = {};
    m_pager->setMaxInFlight(m_prefetchPages);
    // "Load all" right after opening the list need not wait for the first page's totals.
    m_pager->setFetchAheadOfTotals(true);
    // After a failure fetchAll() also asks again for the missing pages.
    m_pager->fetchAll();
    updateState();
}

void PagedListModel::cancelLoading()
{
    m_loadingAll = false;
    if (!m_pager)
        return;
    m_pager->cancel();
    m_pager->setMaxInFlight(1);
    updateState();
}

void PagedListModel::retry()
{
    if (!m_pager || m_state != State::Failed)
        return;
    m_error = {};
    if (m_loadingAll)
        m_pager->fetchAll();
    else
        m_pager->fetchMore();
    updateState();
}

void PagedListModel::onPageLoaded(const QJsonArray &items)
{
    if (!items.isEmpty())
        appendPage(items);
    Q_EMIT progress(rowCount(), totalRows());
}

void PagedListModel::onPageRead(const PageRead &page)
{
    appendRead(page);
    Q_EMIT progress(rowCount(), totalRows());
}

void PagedListModel::onFailed(const ApiError &error)
{
    m_error = error;
    updateState();
    Q_EMIT errorOccurred(error, error.message());
}

void PagedListModel::updateState()
{
    State next = State::Idle;
    if (!m_error.isNull()) {
        next = State::Failed;
    } else if (m_pager) {
        // The pager cancels its other pages before it reports a failure; that moment is not Idle.
        if (m_pager->hasFailed())
            return;
        if (m_pager->isComplete())
            next = State::Loaded;
        else if (m_pager->isLoading())
            next = State::Loading;
    }
    if (next != State::Loading && next != State::Failed)
        m_loadingAll = false;
    if (next == m_state)
        return;
    m_state = next;
    Q_EMIT stateChanged(next);
}

void PagedListModel::setProfileNames(const QHash<QString, QString> &names)
{
    if (names == m_profileNames)
        return;
    m_profileNames = names;
    const int column = profileColumn();
    if (column >= 0 && rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

QVariant PagedListModel::profileCell(const QString &profileId, int role) const
{
    const QString name = m_profileNames.value(profileId);
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return name.isEmpty() ? profileId : name;
    case Qt::ToolTipRole:
        if (profileId.isEmpty())
            return {};
        return name.isEmpty() ? tr("Messaging profile %1 (name not known)").arg(profileId)
                              : tr("Messaging profile id: %1").arg(profileId);
    case TableExport::ExportTextRole:
        return name.isEmpty() ? profileId : u"%1 (%2)"_s.arg(name, profileId);
    default:
        return {};
    }
}

QString PagedListModel::profileSearchText(const QString &profileId) const
{
    return m_profileNames.value(profileId).toLower();
}
