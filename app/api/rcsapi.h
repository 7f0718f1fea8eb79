#pragma once

#include "apiparse.h"
#include "domain/rcs.h"
#include "domain/rcsmessage.h"

class ApiClient;
class Pager;

// RCS: endpoints 1–8. The static *Request functions build each request as a value (no
// network); the other methods send one through the client.
class RcsApi
{
public:
    static constexpr int defaultPageSize = 100;
    static constexpr int maxBulkNumbers = 100; // per bulk_capabilities request
    explicit RcsApi(ApiClient *client)
        : m_client(client)
    {}

    static ApiRequestOf<RcsMessageResponse> sendRequest(const RcsMessageRequest &message);
    // Phone number and body are optional.
    static ApiRequestOf<RcsDeeplink> deeplinkRequest(const QString &agentId,
                                                     const QString &phoneNumber = {},
                                                     const QString &body = {});
    static ApiRequestOf<PageOf<RcsAgent>> listAgentsRequest(int page,
                                                            int pageSize = defaultPageSize);
    static ApiRequestOf<RcsAgent> retrieveAgentRequest(const QString &agentId);
    static ApiRequestOf<RcsAgent> updateAgentRequest(const QString &agentId,
                                                     const RcsAgentUpdate &update);
    static ApiRequestOf<QList<RcsCapabilities>>
    bulkCapabilitiesRequest(const QString &agentId, const QStringList &phoneNumbers);
    static ApiRequestOf<RcsCapabilities> capabilitiesRequest(const QString &agentId,
                                                             const QString &phoneNumber);
    // A PUT without a body, sent at most once like a create.
    static ApiRequestOf<RcsTestNumberInvite> inviteTestNumberRequest(const QString &agentId,
                                                                     const QString &phoneNumber);

    ApiCallOf<RcsMessageResponse> *send(const RcsMessageRequest &message);
    ApiCallOf<RcsDeeplink> *deeplink(const QString &agentId, const QString &phoneNumber = {},
                                     const QString &body = {});
    ApiCallOf<PageOf<RcsAgent>> *listAgents(int page, int pageSize = defaultPageSize);
    Pager *agentsPager(int pageSize = defaultPageSize, QObject *parent = nullptr);
    ApiCallOf<RcsAgent> *retrieveAgent(const QString &agentId);
    ApiCallOf<RcsAgent> *updateAgent(const QString &agentId, const RcsAgentUpdate &update);
    ApiCallOf<QList<RcsCapabilities>> *bulkCapabilities(const QString &agentId,
                                                        const QStringList &phoneNumbers);
    ApiCallOf<RcsCapabilities> *capabilities(const QString &agentId, const QString &phoneNumber);
    ApiCallOf<RcsTestNumberInvite> *inviteTestNumber(const QString &agentId,
                                                     const QString &phoneNumber);

private:
    ApiClient *m_client;
};
