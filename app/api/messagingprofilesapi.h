#pragma once

#include "apiparse.h"
#include "domain/messagingprofile.h"

class ApiClient;
class Pager;

// Messaging profiles: GET /messaging_profiles (the SDK's messagingProfiles.list), read to show
// profiles by name and to pick one.
class MessagingProfilesApi
{
public:
    static constexpr int defaultPageSize = 250;
    explicit MessagingProfilesApi(ApiClient *client)
        : m_client(client)
    {}

    static ApiRequestOf<PageOf<MessagingProfile>> listRequest(int page,
                                                              int pageSize = defaultPageSize);

    ApiCallOf<PageOf<MessagingProfile>> *list(int page, int pageSize = defaultPageSize);
    Pager *pager(int pageSize = defaultPageSize, QObject *parent = nullptr);

private:
    ApiClient *m_client;
};
