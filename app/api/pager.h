#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "pagebody.h"
#include "pagination.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

#include <functional>

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
//
// By default a page is read on the GUI thread into a QJsonArray (pageLoaded). With a page
// reader (setPageReader) the body goes to a worker thread instead, where the reader makes the
// consumer's rows in one pass (PageBody::read); the pager keeps its order and repeat checks on
// the ids and delivers the rows with pageRead. A page whose reading finishes after cancel() or
// after the pager was deleted is dropped.
class Pager : public QObject
{
    Q_OBJECT

public:
    // `idKey` names the field that identifies a record ("id"); records without it are never
    // treated as repeats (status history entries have none).
    // `listRequest` is the list's request without page parameters (filters are sent with every
    // page).
    Pager(ApiClient *client, ApiRequest listRequest, PageShape shape, int pageSize = 100,
          QObject *parent = nullptr, QString idKey = QStringLiteral("id"));
    ~Pager() override;

    // Runs on a worker thread: reads one page's body (with PageBody::read) into a PageRead.
    // Must not touch the pager or any object of the GUI thread.
    using PageReader =
        std::function<PageRead(const QByteArray &body, PageShape shape, const QString &idKey)>;
    // Set before the first fetch: pages are then delivered by pageRead, not pageLoaded.
    void setPageReader(PageReader reader) { m_reader = std::move(reader); }
    bool hasPageReader() const { return bool(m_reader); }
    // Test hook: called on the worker thread before each page is read.
    static void setReadHookForTests(std::function<void(int pageNumber)> hook);
    // Test hook: waits until no page is being read on the worker (its result may still be on
    // its way to the GUI thread's event queue).
    static bool waitForReadingForTests(int timeoutMs);

    void setMaxInFlight(int pages) { m_maxInFlight = qMax(1, pages); }
    // While fetching all: ask for maxInFlight pages at once before the first page has told the
    // totals, instead of one. Saves round trips on a long list; a list shorter than that
    // costs a few empty pages. Off by default (the watcher reads many short lists).
    void setFetchAheadOfTotals(bool ahead) { m_aheadOfTotals = ahead; }
    int maxInFlight() const { return m_maxInFlight; }
    int pageSize() const { return m_pageSize; }
    // The size the server actually honoured (known after the first page).
    int honouredPageSize() const { return m_honouredPageSize; }

    bool canFetchMore() const;
    // A page is being fetched or read.
    bool isLoading() const { return !m_calls.isEmpty() || !m_reading.isEmpty(); }
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
    // With a page reader: the page as read, with the repeats to skip (PageRead::repeats).
    void pageRead(int pageNumber, const PageRead &page);
    void completed();
    void failed(const ApiError &error);
    void loadingChanged(bool loading);

private:
    void requestPage(int pageNumber);
    void onPageArrived(int pageNumber, ApiCall *call);
    void onPageRead(int pageNumber, PageRead read);
    void fail(const ApiError &error);
    struct ReadyPage;
    void onPageReady(int pageNumber, const ReadyPage &ready);
    void deliverReadyPages();
    // Decides, after page `pageNumber` was delivered, whether the list has ended.
    bool endsAfter(int pageNumber, int rowsOnPage) const;
    void complete();
    void cancelCalls();

    ApiClient *m_client;
    ApiRequest m_listRequest;
    PageShape m_shape;
    int m_pageSize;
    QString m_idKey;
    int m_honouredPageSize;
    int m_maxInFlight = 1;
    bool m_fetchAll = false;
    bool m_aheadOfTotals = false;

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
    // A page that arrived, waiting for the pages before it: read here (items) or by the
    // reader (read).
    struct ReadyPage
    {
        QJsonArray items;
        PageRead read;
        bool fromReader = false;
        int rows() const { return fromReader ? read.totals.rows() : int(items.size()); }
    };
    QMap<int, ReadyPage> m_ready;
    QMap<int, QPointer<ApiCall>> m_calls;
    PageReader m_reader;
    QSet<int> m_reading;          // pages being read on a worker
    quint64 m_readGeneration = 0; // a cancel() makes the readings under way stale
};
