#pragma once

#include "apierror.h"
#include "pagination.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

class ApiCall;
class ApiClient;

// Walks a paginated list: fetchMore() asks for the next page (keeping up to maxInFlight pages
// in flight once the totals are known), pages are delivered strictly in order.
//
// The server's answers are checked, not trusted: the page size it honoured (it may clamp the
// one asked for) sets the page count; totals are capped at Pagination::maxTrustedPages; records
// whose id was already delivered are dropped (a page that repeats records is asked for once
// more, as the list may have shifted); the walk goes on past the promised last page while
// records the totals promise are missing, and ends at an empty page past the end or at two
// empty pages in a row. totalsDisagree() then says whether the count matched.
class Pager : public QObject
{
    Q_OBJECT

public:
    // `idKey` names the field that identifies a record ("id"); records without it are never
    // treated as repeats (status history entries have none).
    Pager(ApiClient *client, QString path, PageShape shape, int pageSize = 100,
          const QUrlQuery &filters = {}, QObject *parent = nullptr,
          QString idKey = QStringLiteral("id"));
    ~Pager() override;

    void setMaxInFlight(int pages) { m_maxInFlight = qMax(1, pages); }
    int maxInFlight() const { return m_maxInFlight; }
    int pageSize() const { return m_pageSize; }
    // The size the server actually honoured (known after the first page).
    int honouredPageSize() const { return m_honouredPageSize; }

    bool canFetchMore() const;
    bool isLoading() const { return !m_calls.isEmpty(); }
    bool isComplete() const { return m_complete; }
    bool hasFailed() const { return !m_error.isNull(); }
    // Records the server said the list has (its word, uncapped); -1 until known.
    int totalItems() const { return m_totalItems; }
    int lastPage() const { return m_lastPage; } // -1 until known
    int pagesDelivered() const { return m_nextToDeliver - 1; }
    // Distinct records delivered (repeats are not delivered).
    int itemsDelivered() const { return m_itemsDelivered; }
    int repeatsDropped() const { return m_repeatsDropped; }
    // Complete, but the records delivered are not the number the server's totals promised.
    bool totalsDisagree() const
    {
        return m_complete && m_totalItems >= 0 && m_itemsDelivered != m_totalItems;
    }

public Q_SLOTS:
    // Requests the next page (and prefetches); after a failure it retries the missing pages.
    void fetchMore();
    // Keeps fetching until the last page has been delivered.
    void fetchAll();
    void cancel();

Q_SIGNALS:
    void totalsKnown(int totalItems, int lastPage);
    void pageLoaded(int pageNumber, const QJsonArray &items);
    void completed();
    void failed(const ApiError &error);
    void loadingChanged(bool loading);

private:
    void requestPage(int pageNumber);
    void onPageArrived(int pageNumber, ApiCall *call);
    void deliverReadyPages();
    // Decides, after page `pageNumber` was delivered, whether the list has ended.
    bool endsAfter(int pageNumber, int rowsOnPage) const;
    void complete();
    void cancelCalls();

    ApiClient *m_client;
    QString m_path;
    PageShape m_shape;
    int m_pageSize;
    QUrlQuery m_filters;
    QString m_idKey;
    int m_honouredPageSize;
    int m_maxInFlight = 1;
    bool m_fetchAll = false;

    int m_lastPage = -1;
    int m_totalItems = -1;
    int m_nextToDeliver = 1;
    int m_itemsDelivered = 0;
    int m_repeatsDropped = 0;
    int m_emptyPagesInARow = 0;
    QSet<QString> m_deliveredIds;
    QSet<int> m_pagesAskedAgain;
    int m_pagesWanted = 0; // deliver up to this page unless fetching all
    bool m_complete = false;
    ApiError m_error;
    QMap<int, QJsonArray> m_ready;
    QMap<int, QPointer<ApiCall>> m_calls;
};
