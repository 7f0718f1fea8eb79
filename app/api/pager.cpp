#include "pager.h"

#include "apiclient.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

std::function<void(int)> &readHook()
{
    static std::function<void(int)> hook;
    return hook;
}

QThreadPool *readerPool();

// Runs when the application object goes, before the program's static objects are destroyed:
// a page still being read at exit used them afterwards (a crash seen once in the start-up
// benchmark, in CompactRecord::sharedText).
void finishReading()
{
    readerPool()->clear();
    readerPool()->waitForDone();
}

// One worker thread reads every list's pages: pages come in faster than one thread reads them
// only when the server is faster than the console can keep rows anyway.
QThreadPool *readerPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(1);
        qAddPostRoutine(finishReading);
        return created;
    }();
    return pool;
}

// A record's id as text ("" when it has none); numbers are accepted too.
QString recordId(const QJsonValue &item, const QString &idKey)
{
    const QJsonValue id = item.toObject().value(idKey);
    return id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
}

} // namespace

Pager::Pager(ApiClient *client, ApiRequest listRequest, PageShape shape, int pageSize,
             QObject *parent, QString idKey)
    : QObject(parent)
    , m_client(client)
    , m_listRequest(std::move(listRequest))
    , m_shape(shape)
    , m_pageSize(qMax(1, pageSize))
    , m_idKey(std::move(idKey))
    , m_honouredPageSize(m_pageSize)
{}

Pager::~Pager()
{
    cancel();
}

void Pager::setReadHookForTests(std::function<void(int pageNumber)> hook)
{
    readHook() = std::move(hook);
}

bool Pager::waitForReadingForTests(int timeoutMs)
{
    return readerPool()->waitForDone(timeoutMs);
}

bool Pager::canFetchMore() const
{
    return !m_complete;
}

void Pager::fetchAll()
{
    m_fetchAll = true;
    fetchMore();
}

void Pager::fetchMore()
{
    if (m_complete)
        return;
    m_error = {}; // after a failure: ask again for everything not yet delivered
    m_pagesWanted = qMax(m_pagesWanted, m_nextToDeliver);
    const bool wasLoading = isLoading();

    // Until the first page tells the totals, one page at a time (or, fetching all ahead of the
    // totals, maxInFlight pages). Afterwards keep up to maxInFlight pages in flight within a
    // window ahead of the next page to deliver, so a slow page never lets later ones pile up
    // without bound, and every missing page is asked for (buffered and in-flight pages are
    // skipped). Pages past the end are dropped when the list completes.
    const bool ahead = m_lastPage < 0 && m_fetchAll && m_aheadOfTotals;
    const int windowEnd = ahead            ? m_nextToDeliver + m_maxInFlight - 1
                          : m_lastPage < 0 ? m_nextToDeliver
                          : m_fetchAll     ? qMin(m_lastPage, m_nextToDeliver + 4 * m_maxInFlight)
                                           : qMin(m_lastPage, m_nextToDeliver + m_maxInFlight - 1);
    const int inFlightLimit = m_lastPage < 0 && !ahead ? 1 : m_maxInFlight;
    for (int page = m_nextToDeliver; page <= windowEnd && m_calls.size() < inFlightLimit; ++page) {
        if (!m_ready.contains(page) && !m_calls.contains(page) && !m_reading.contains(page))
            requestPage(page);
    }
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void Pager::cancel()
{
    const bool wasLoading = isLoading();
    cancelCalls();
    m_fetchAll = false;
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void Pager::cancelCalls()
{
    // Pages being read are dropped when their reading ends.
    ++m_readGeneration;
    m_reading.clear();
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
}

void Pager::requestPage(int pageNumber)
{
    ApiRequest request = m_listRequest.page(m_shape, pageNumber, m_pageSize);
    request.keepsBody = bool(m_reader);
    ApiCall *call = m_client->send(request);
    m_calls.insert(pageNumber, call);
    connect(call, &ApiCall::done, this,
            [this, pageNumber, call] { onPageArrived(pageNumber, call); });
}

void Pager::onPageArrived(int pageNumber, ApiCall *call)
{
    if (m_calls.value(pageNumber) != call)
        return;
    m_calls.remove(pageNumber);

    if (ApiError error = call->error(); !error.isNull())
        return fail(error);

    if (call->request().keepsBody) {
        // The body is read on the worker; only its rows come back.
        m_reading.insert(pageNumber);
        const quint64 generation = m_readGeneration;
        QFuture<PageRead> reading = QtConcurrent::run(
            readerPool(), [reader = m_reader, body = call->takeBody(), shape = m_shape,
                           idKey = m_idKey, pageNumber, hook = readHook()] {
                if (hook)
                    hook(pageNumber);
                return reader(body, shape, idKey);
            });
        // A watcher owned by the pager, not QFuture::then(this, …): Qt 6.4 asserts (and would
        // use a dangling context) when the context is gone before the read ends. A pager
        // deleted meanwhile takes its watcher along and the read's result is dropped.
        auto *watcher = new QFutureWatcher<PageRead>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, pageNumber, generation] {
                    watcher->deleteLater();
                    if (generation == m_readGeneration && m_reading.remove(pageNumber))
                        onPageRead(pageNumber, watcher->result());
                });
        watcher->setFuture(reading);
        return;
    }

    ReadyPage ready;
    PageContent page;
    if (Pagination::parsePage(m_shape, call->json(), &page, &ready.read.problem)) {
        ready.items = std::move(page.items);
        page.items = {};
        page.itemCount = int(ready.items.size());
        ready.read.totals = page;
    }
    onPageReady(pageNumber, ready);
}

void Pager::onPageRead(int pageNumber, PageRead read)
{
    ReadyPage ready;
    ready.read = std::move(read);
    ready.fromReader = true;
    onPageReady(pageNumber, ready);
}

void Pager::fail(const ApiError &error)
{
    if (m_error.isNull()) {
        m_error = error;
        cancel();
        Q_EMIT failed(error);
    }
}

void Pager::onPageReady(int pageNumber, const ReadyPage &ready)
{
    if (!ready.read.problem.isEmpty()) {
        ApiError error(ApiError::Kind::Parse, ready.read.problem);
        error.setRequest(m_listRequest.method, m_listRequest.path);
        return fail(error);
    }

    const PageContent &page = ready.read.totals;
    if (m_lastPage < 0 && pageNumber == 1) {
        m_totalItems = page.totalItems;
        m_honouredPageSize = Pagination::honouredPageSize(page, m_pageSize);
        m_lastPage = Pagination::lastPage(page, m_honouredPageSize);
        if (m_lastPage >= 0)
            Q_EMIT totalsKnown(m_totalItems, m_lastPage);
        else if (page.rows() > 0)
            m_honouredPageSize = qMin(m_pageSize, page.rows()); // no totals
    }

    m_ready.insert(pageNumber, ready); // shares the rows: QList is copied on write
    deliverReadyPages();

    if (!m_complete && (m_fetchAll || m_pagesWanted >= m_nextToDeliver))
        fetchMore();
    else if (!isLoading())
        Q_EMIT loadingChanged(false);
}

void Pager::deliverReadyPages()
{
    while (!m_complete && m_ready.contains(m_nextToDeliver)) {
        const int pageNumber = m_nextToDeliver;
        ReadyPage page = m_ready.take(pageNumber);
        const int rows = page.rows();

        // The reader found the ids on the worker; a page read here has them looked up now.
        QList<QString> ids;
        if (!m_idKey.isEmpty()) {
            if (page.fromReader) {
                ids = page.read.ids;
            } else {
                ids.reserve(rows);
                for (const QJsonValue &item : std::as_const(page.items))
                    ids.append(recordId(item, m_idKey));
            }
        }
        int repeats = 0;
        for (const QString &id : std::as_const(ids)) {
            if (!id.isEmpty() && m_deliveredIds.contains(id))
                ++repeats;
        }
        // Records seen on an earlier page: the list shifted under the walk (or the server
        // repeated itself). Asking once more usually gives the page that belongs there.
        if (repeats > 0 && !m_pagesAskedAgain.contains(pageNumber)) {
            m_pagesAskedAgain.insert(pageNumber);
            requestPage(pageNumber);
            return;
        }

        // Repeats of earlier pages, and of earlier records of this page, are dropped.
        QList<qsizetype> dropped;
        m_deliveredIds.reserve(m_deliveredIds.size() + ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString &id = ids.at(i);
            if (id.isEmpty())
                continue;
            if (m_deliveredIds.contains(id))
                dropped.append(i);
            else
                m_deliveredIds.insert(id);
        }
        const int kept = rows - int(dropped.size());
        m_repeatsDropped += int(dropped.size());
        m_itemsDelivered += kept;
        m_emptyPagesInARow = rows == 0 ? m_emptyPagesInARow + 1 : 0;
        ++m_nextToDeliver;
        if (page.fromReader) {
            page.read.repeats = std::move(dropped);
            page.read.ids = {};
            Q_EMIT pageRead(pageNumber, page.read);
        } else if (dropped.isEmpty()) {
            Q_EMIT pageLoaded(pageNumber, page.items);
        } else {
            QJsonArray keptItems;
            qsizetype next = 0;
            for (qsizetype i = 0; i < page.items.size(); ++i) {
                if (next < dropped.size() && dropped.at(next) == i)
                    ++next;
                else
                    keptItems.append(page.items.at(i));
            }
            Q_EMIT pageLoaded(pageNumber, keptItems);
        }

        if (endsAfter(pageNumber, rows))
            complete();
        else if (m_lastPage >= 0 && pageNumber >= m_lastPage)
            m_lastPage = pageNumber + 1; // the totals promise records that have not come yet
    }
}

bool Pager::endsAfter(int pageNumber, int rowsOnPage) const
{
    if (m_emptyPagesInARow >= 2)
        return true;
    if (m_lastPage < 0) // no totals: an empty or short page ends the list
        return rowsOnPage == 0 || (pageNumber > 1 && rowsOnPage < m_honouredPageSize);
    if (pageNumber < m_lastPage)
        return false;
    if (rowsOnPage == 0 || m_totalItems < 0 || m_itemsDelivered >= m_totalItems)
        return true;
    return pageNumber >= Pagination::maxTrustedPages;
}

void Pager::complete()
{
    // Read on the worker: what its reads keep between pages goes back once the list is read.
    if (m_reader)
        readerPool()->start([] { PageBody::releaseThreadMemory(); });
    // Pages asked for ahead of an end that came early are not needed any more.
    cancelCalls();
    m_ready.clear();
    m_complete = true;
    Q_EMIT loadingChanged(false);
    Q_EMIT completed();
}
