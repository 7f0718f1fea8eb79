#include "pager.h"

#include "apiclient.h"

Pager::Pager(ApiClient *client, QString path, PageShape shape, int pageSize, QUrlQuery filters,
             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_shape(shape)
    , m_pageSize(qMax(1, pageSize))
    , m_filters(std::move(filters))
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
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_fetchAll = false;
    if (!calls.isEmpty())
        Q_EMIT loadingChanged(false);
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
        m_lastPage = Pagination::lastPage(page, m_pageSize);
        if (m_lastPage >= 0)
            Q_EMIT totalsKnown(m_totalItems, m_lastPage);
    }
    if (m_lastPage < 0 && page.items.size() < m_pageSize)
        m_lastPage = pageNumber; // no totals: a short page ends the list

    m_ready.insert(pageNumber, page.items);
    deliverReadyPages();

    if (!m_complete && (m_fetchAll || m_pagesWanted >= m_nextToDeliver))
        fetchMore();
    else if (!isLoading())
        Q_EMIT loadingChanged(false);
}

void Pager::deliverReadyPages()
{
    while (m_ready.contains(m_nextToDeliver)) {
        const int pageNumber = m_nextToDeliver++;
        const QJsonArray items = m_ready.take(pageNumber);
        m_itemsDelivered += int(items.size());
        Q_EMIT pageLoaded(pageNumber, items);
    }
    if (m_lastPage >= 0 && m_nextToDeliver > m_lastPage && !m_complete) {
        m_complete = true;
        Q_EMIT loadingChanged(false);
        Q_EMIT completed();
    }
}
