#include "pager.h"

#include "apiclient.h"

#include <QJsonObject>

namespace {

// A record's id as text ("" when it has none); numbers are accepted too.
QString recordId(const QJsonValue &item, const QString &idKey)
{
    const QJsonValue id = item.toObject().value(idKey);
    return id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
}

} // namespace

Pager::Pager(ApiClient *client, QString path, PageShape shape, int pageSize,
             const QUrlQuery &filters, QObject *parent, QString idKey)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_shape(shape)
    , m_pageSize(qMax(1, pageSize))
    , m_filters(filters) // QUrlQuery has no move constructor before Qt 6.5
    , m_idKey(std::move(idKey))
    , m_honouredPageSize(m_pageSize)
{}

Pager::~Pager()
{
    cancel();
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

    // Until the first page tells the totals, one page at a time. Afterwards keep up to
    // maxInFlight pages in flight within a window ahead of the next page to deliver, so a slow
    // page never lets later ones pile up without bound, and every missing page is asked for
    // (buffered and in-flight pages are skipped).
    const int windowEnd = m_lastPage < 0 ? m_nextToDeliver
                          : m_fetchAll   ? qMin(m_lastPage, m_nextToDeliver + 4 * m_maxInFlight)
                                         : qMin(m_lastPage, m_nextToDeliver + m_maxInFlight - 1);
    const int inFlightLimit = m_lastPage < 0 ? 1 : m_maxInFlight;
    for (int page = m_nextToDeliver; page <= windowEnd && m_calls.size() < inFlightLimit; ++page) {
        if (!m_ready.contains(page) && !m_calls.contains(page))
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
    QUrlQuery query = m_filters;
    const QUrlQuery paging = Pagination::pageQuery(m_shape, pageNumber, m_pageSize);
    for (const auto &item : paging.queryItems())
        query.addQueryItem(item.first, item.second);
    ApiCall *call = m_client->get(m_path, query);
    m_calls.insert(pageNumber, call);
    connect(call, &ApiCall::done, this,
            [this, pageNumber, call] { onPageArrived(pageNumber, call); });
}

void Pager::onPageArrived(int pageNumber, ApiCall *call)
{
    if (m_calls.value(pageNumber) != call)
        return;
    m_calls.remove(pageNumber);

    PageContent page;
    QString problem;
    ApiError error = call->error();
    if (error.isNull() && !Pagination::parsePage(m_shape, call->json(), &page, &problem)) {
        error = ApiError(ApiError::Kind::Parse, problem);
        error.setRequest("GET", m_path);
    }
    if (!error.isNull()) {
        if (m_error.isNull()) {
            m_error = error;
            cancel();
            Q_EMIT failed(error);
        }
        return;
    }

    if (m_lastPage < 0 && pageNumber == 1) {
        m_totalItems = page.totalItems;
        m_honouredPageSize = Pagination::honouredPageSize(page, m_pageSize);
        m_lastPage = Pagination::lastPage(page, m_honouredPageSize);
        if (m_lastPage >= 0)
            Q_EMIT totalsKnown(m_totalItems, m_lastPage);
        else if (!page.items.isEmpty())
            m_honouredPageSize = qMin(m_pageSize, int(page.items.size())); // no totals
    }

    m_ready.insert(pageNumber, page.items);
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
        const QJsonArray items = m_ready.take(pageNumber);
        const int rows = int(items.size());

        QList<QString> ids;
        int repeats = 0;
        if (!m_idKey.isEmpty()) {
            ids.reserve(rows);
            for (const QJsonValue &item : items) {
                ids.append(recordId(item, m_idKey));
                if (!ids.last().isEmpty() && m_deliveredIds.contains(ids.last()))
                    ++repeats;
            }
        }
        // Records seen on an earlier page: the list shifted under the walk (or the server
        // repeated itself). Asking once more usually gives the page that belongs there.
        if (repeats > 0 && !m_pagesAskedAgain.contains(pageNumber)) {
            m_pagesAskedAgain.insert(pageNumber);
            requestPage(pageNumber);
            return;
        }

        QJsonArray kept = items;
        if (!ids.isEmpty()) {
            qsizetype firstDropped = -1;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const QString &id = ids.at(i);
                const bool repeat = !id.isEmpty() && m_deliveredIds.contains(id);
                if (!id.isEmpty() && !repeat)
                    m_deliveredIds.insert(id);
                if (repeat && firstDropped < 0) {
                    firstDropped = i;
                    kept = QJsonArray();
                    for (qsizetype k = 0; k < i; ++k)
                        kept.append(items.at(k));
                } else if (!repeat && firstDropped >= 0) {
                    kept.append(items.at(i));
                }
            }
        }
        m_repeatsDropped += rows - int(kept.size());
        m_itemsDelivered += int(kept.size());
        m_emptyPagesInARow = rows == 0 ? m_emptyPagesInARow + 1 : 0;
        ++m_nextToDeliver;
        Q_EMIT pageLoaded(pageNumber, kept);

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
    // Pages asked for ahead of an end that came early are not needed any more.
    cancelCalls();
    m_ready.clear();
    m_complete = true;
    Q_EMIT loadingChanged(false);
    Q_EMIT completed();
}
