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

// Toll-free verification: endpoints 18–23.
class TollFreeApi
{
public:
    static constexpr int defaultPageSize = 100;
    explicit TollFreeApi(ApiClient *client)
        : m_client(client)
    {}

    // → PageOf<TollFreeVerificationRequest>
    ApiCall *list(const TollFreeListFilter &filter, int page, int pageSize = defaultPageSize);
    Pager *listPager(const TollFreeListFilter &filter, int pageSize = defaultPageSize,
                     QObject *parent = nullptr);
    // → TollFreeVerificationRequest
    ApiCall *create(const TollFreeVerificationRequest &request);
    ApiCall *retrieve(const QString &id);
    ApiCall *update(const QString &id, const TollFreeVerificationRequest &request);
    // → nothing (200 deleted, whatever the body; 400 when not Rejected; 404 unknown)
    ApiCall *remove(const QString &id);
    // → PageOf<TfvStatusChange>
    ApiCall *statusHistory(const QString &id, int page, int pageSize = defaultPageSize);
    Pager *statusHistoryPager(const QString &id, int pageSize = defaultPageSize,
                              QObject *parent = nullptr);

    static QString requestPath(const QString &id);

private:
    ApiClient *m_client;
};
