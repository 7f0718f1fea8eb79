#pragma once

#include "apiparse.h"
#include "domain/rcs.h"
#include "domain/rcsmessage.h"

class ApiClient;
class Pager;

// RCS: endpoints 1–8.
class RcsApi
{
public:
    static constexpr int defaultPageSize = 100;
    static constexpr int maxBulkNumbers = 100; // per bulk_capabilities request
    explicit RcsApi(ApiClient *client)
        : m_client(client)
    {}

    // → RcsMessageResponse
    ApiCall *send(const RcsMessageRequest &message);
    // → RcsDeeplink; phone number and body are optional
    ApiCall *deeplink(const QString &agentId, const QString &phoneNumber = {},
                      const QString &body = {});
    // → PageOf<RcsAgent>
    ApiCall *listAgents(int page, int pageSize = defaultPageSize);
    Pager *agentsPager(int pageSize = defaultPageSize, QObject *parent = nullptr);
    // → RcsAgent
    ApiCall *retrieveAgent(const QString &agentId);
    ApiCall *updateAgent(const QString &agentId, const RcsAgentUpdate &update);
    // → QList<RcsCapabilities>
    ApiCall *bulkCapabilities(const QString &agentId, const QStringList &phoneNumbers);
    // → RcsCapabilities
    ApiCall *capabilities(const QString &agentId, const QString &phoneNumber);
    // → RcsTestNumberInvite
    ApiCall *inviteTestNumber(const QString &agentId, const QString &phoneNumber);

private:
    ApiClient *m_client;
};
