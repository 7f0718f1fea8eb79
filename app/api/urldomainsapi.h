#pragma once

#include "apiparse.h"
#include "domain/urldomain.h"

class ApiClient;
class Pager;

// Messaging URL domains: endpoint 24.
class UrlDomainsApi
{
public:
    static constexpr int defaultPageSize = 100;
    explicit UrlDomainsApi(ApiClient *client)
        : m_client(client)
    {}

    static ApiRequestOf<PageOf<UrlDomain>> listRequest(int page, int pageSize = defaultPageSize);

    ApiCallOf<PageOf<UrlDomain>> *list(int page, int pageSize = defaultPageSize);
    Pager *pager(int pageSize = defaultPageSize, QObject *parent = nullptr);

private:
    ApiClient *m_client;
};
