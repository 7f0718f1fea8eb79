#pragma once

#include "apiparse.h"
#include "domain/tollfree.h"

#include <QDateTime>

class ApiClient;
class Pager;

// Server-side filters of the verification request list; empty members are not sent.
struct TollFreeListFilter
{
    QString status; // wire text, e.g. "Waiting For Customer"
    QString businessName;
    QString phoneNumber;
    QDateTime createdFrom; // date_start, inclusive
    QDateTime createdTo;   // date_end, inclusive

    QUrlQuery toQuery() const;
    bool operator==(const TollFreeListFilter &) const = default;
};

// Toll-free verification: endpoints 18–23. The static *Request functions build each request as
// a value (no network); the other methods send one through the client.
class TollFreeApi
{
public:
    static constexpr int defaultPageSize = 100;
    // What lists that read many requests ask for (the list page, the watcher's list pass): the
    // docs say a larger page_size is clamped, and the pager follows the size honoured.
    static constexpr int largePageSize = 1000;
    explicit TollFreeApi(ApiClient *client)
        : m_client(client)
    {}

    using Request = TollFreeVerificationRequest;
    using Page = PageOf<TollFreeVerificationRequest>;
    using HistoryPage = PageOf<TfvStatusChange>;

    static ApiRequestOf<Page> listRequest(const TollFreeListFilter &filter, int page,
                                          int pageSize = defaultPageSize);
    static ApiRequestOf<Request> createRequest(const Request &request);
    static ApiRequestOf<Request> retrieveRequest(const QString &id);
    static ApiRequestOf<Request> updateRequest(const QString &id, const Request &request);
    // No answer is read: 200 is deleted whatever the body; 400 when not Rejected; 404 unknown.
    static ApiRequest removeRequest(const QString &id);
    static ApiRequestOf<HistoryPage> statusHistoryRequest(const QString &id, int page,
                                                          int pageSize = defaultPageSize);

    ApiCallOf<Page> *list(const TollFreeListFilter &filter, int page,
                          int pageSize = defaultPageSize);
    Pager *listPager(const TollFreeListFilter &filter, int pageSize = defaultPageSize,
                     QObject *parent = nullptr);
    ApiCallOf<Request> *create(const Request &request);
    ApiCallOf<Request> *retrieve(const QString &id);
    ApiCallOf<Request> *update(const QString &id, const Request &request);
    ApiCall *remove(const QString &id);
    ApiCallOf<HistoryPage> *statusHistory(const QString &id, int page,
                                          int pageSize = defaultPageSize);
    Pager *statusHistoryPager(const QString &id, int pageSize = defaultPageSize,
                              QObject *parent = nullptr);

    static QString requestPath(const QString &id);

private:
    ApiClient *m_client;
};
