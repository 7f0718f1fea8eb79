#include "rcsapi.h"

#include "apiclient.h"
#include "pager.h"

namespace {

const QString agentsPath = QStringLiteral("/messaging/rcs/agents");

} // namespace

ApiCall *RcsApi::send(const RcsMessageRequest &message)
{
    return m_client->sendJson("POST", QStringLiteral("/messages/rcs"), message.toJson(),
                              ApiParse::dataObject<RcsMessageResponse>());
}

ApiCall *RcsApi::deeplink(const QString &agentId, const QString &phoneNumber, const QString &body)
{
    QUrlQuery query;
    if (!phoneNumber.isEmpty())
        query.addQueryItem(QStringLiteral("phone_number"), phoneNumber);
    if (!body.isEmpty())
        query.addQueryItem(QStringLiteral("body"), body);
    return m_client->get(QStringLiteral("/messages/rcs/deeplinks/") + ApiClient::segment(agentId),
                         query, ApiParse::dataObject<RcsDeeplink>());
}

ApiCall *RcsApi::listAgents(int page, int pageSize)
{
    return m_client->get(agentsPath, Pagination::pageQuery(PageShape::DataMeta, page, pageSize),
                         ApiParse::page<RcsAgent>(PageShape::DataMeta));
}

Pager *RcsApi::agentsPager(int pageSize, QObject *parent)
{
    return new Pager(m_client, agentsPath, PageShape::DataMeta, pageSize, {}, parent,
                     QStringLiteral("agent_id"));
}

ApiCall *RcsApi::retrieveAgent(const QString &agentId)
{
    return m_client->get(agentsPath + u'/' + ApiClient::segment(agentId), {},
                         ApiParse::dataObject<RcsAgent>());
}

ApiCall *RcsApi::updateAgent(const QString &agentId, const RcsAgentUpdate &update)
{
    return m_client->sendJson("PATCH", agentsPath + u'/' + ApiClient::segment(agentId),
                              update.toJson(), ApiParse::dataObject<RcsAgent>());
}

ApiCall *RcsApi::bulkCapabilities(const QString &agentId, const QStringList &phoneNumbers)
{
    RcsBulkCapabilitiesRequest request;
    request.agentId = agentId;
    request.phoneNumbers = phoneNumbers;
    return m_client->sendJson("POST", QStringLiteral("/messaging/rcs/bulk_capabilities"),
                              request.toJson(), ApiParse::dataArray<RcsCapabilities>());
}

ApiCall *RcsApi::capabilities(const QString &agentId, const QString &phoneNumber)
{
    return m_client->get(QStringLiteral("/messaging/rcs/capabilities/") +
                             ApiClient::segment(agentId) + u'/' + ApiClient::segment(phoneNumber),
                         {}, ApiParse::dataObject<RcsCapabilities>());
}

ApiCall *RcsApi::inviteTestNumber(const QString &agentId, const QString &phoneNumber)
{
    return m_client->sendJson("PUT",
                              QStringLiteral("/messaging/rcs/test_number_invite/") +
                                  ApiClient::segment(agentId) + u'/' +
                                  ApiClient::segment(phoneNumber),
                              QJsonValue(), ApiParse::dataObject<RcsTestNumberInvite>());
}
