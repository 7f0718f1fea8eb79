#pragma once

#include "apierror.h"
#include "pagination.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class ApiCall;
class ApiClient;

// Walks a paginated list: fetchMore() asks for the next page (keeping up to maxInFlight pages
// in flight once the totals are known), pages are delivered strictly in order, and the last page
// comes from the totals so nothing is requested past the end.
class Pager : public QObject
{
    Q_OBJECT

public:
    Pager(ApiClient *client, QString path, PageShape shape, int pageSize = 100,
          QUrlQuery filters = {}, QObject *parent = nullptr);
    ~Pager() override;

    void setMaxInFlight(int pages) { m_maxInFlight = qMax(1, pages); }
    int maxInFlight() const { return m_maxInFlight; }
    int pageSize() const { return m_pageSize; }

    bool canFetchMore() const;
    bool isLoading() const { return !m_calls.isEmpty(); }
    bool isComplete() const { return m_complete; }
    bool hasFailed() const { return !m_error.isNull(); }
    int totalItems() const { return m_totalItems; }
    int lastPage() const { return m_lastPage; } // -1 until known
    int pagesDelivered() const { return m_nextToDeliver - 1; }
    int itemsDelivered() const { return m_itemsDelivered; }

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

    ApiClient *m_client;
    QString m_path;
    PageShape m_shape;
    int m_pageSize;
    QUrlQuery m_filters;
    int m_maxInFlight = 1;
    bool m_fetchAll = false;

    int m_lastPage = -1;
    int m_totalItems = -1;
    int m_nextToDeliver = 1;
    int m_itemsDelivered = 0;
    int m_pagesWanted = 0; // deliver up to this page unless fetching all
    bool m_complete = false;
    ApiError m_error;
    QMap<int, QJsonArray> m_ready;
    QMap<int, QPointer<ApiCall>> m_calls;
};
