#include "rcsapi.h"

#include "apiclient.h"
#include "pager.h"

using namespace Qt::StringLiterals;

namespace {

const QString agentsPath = QStringLiteral("/messaging/rcs/agents");

QString agentPath(const QString &agentId)
{
    return agentsPath + u'/' + ApiRequest::segment(agentId);
}

} // namespace

ApiRequestOf<RcsMessageResponse> RcsApi::sendRequest(const RcsMessageRequest &message)
{
    // The first words of the text only, never the whole message.
    ActivityNote note =
        ActivityNote::about(u"Send RCS message"_s, ActivityArea::rcsAgent, message.agentId);
    note.phoneNumbers = {message.to};
    const auto &content = message.agentMessage.contentMessage;
    if (content && !content->text.isEmpty())
        note.detail = ActivityNote::excerpt(content->text);
    else if (content && content->richCard)
        note.detail = u"(rich card)"_s;
    else if (!message.agentMessage.eventType.isEmpty())
        note.detail = u"(event: "_s + message.agentMessage.eventType + u')';
    return {ApiRequest::json("POST", QStringLiteral("/messages/rcs"), message.toJson()).noted(note),
            ApiParse::dataObject<RcsMessageResponse>()};
}

ApiRequestOf<RcsDeeplink> RcsApi::deeplinkRequest(const QString &agentId,
                                                  const QString &phoneNumber, const QString &body)
{
    QUrlQuery query;
    if (!phoneNumber.isEmpty())
        query.addQueryItem(QStringLiteral("phone_number"), phoneNumber);
    if (!body.isEmpty())
        query.addQueryItem(QStringLiteral("body"), body);
    return {ApiRequest::get(
                QStringLiteral("/messages/rcs/deeplinks/") + ApiRequest::segment(agentId), query),
            ApiParse::dataObject<RcsDeeplink>()};
}

ApiRequestOf<PageOf<RcsAgent>> RcsApi::listAgentsRequest(int page, int pageSize)
{
    return {ApiRequest::get(agentsPath).page(PageShape::DataMeta, page, pageSize),
            ApiParse::page<RcsAgent>(PageShape::DataMeta)};
}

ApiRequestOf<RcsAgent> RcsApi::retrieveAgentRequest(const QString &agentId)
{
    return {ApiRequest::get(agentPath(agentId)), ApiParse::dataObject<RcsAgent>()};
}

ApiRequestOf<RcsAgent> RcsApi::updateAgentRequest(const QString &agentId,
                                                  const RcsAgentUpdate &update)
{
    return {ApiRequest::json("PATCH", agentPath(agentId), update.toJson())
                .noted(ActivityNote::about(u"Edit RCS agent"_s, ActivityArea::rcsAgent, agentId)),
            ApiParse::dataObject<RcsAgent>()};
}

ApiRequestOf<QList<RcsCapabilities>>
RcsApi::bulkCapabilitiesRequest(const QString &agentId, const QStringList &phoneNumbers)
{
    RcsBulkCapabilitiesRequest request;
    request.agentId = agentId;
    request.phoneNumbers = phoneNumbers;
    return {ApiRequest::json("POST", QStringLiteral("/messaging/rcs/bulk_capabilities"),
                             request.toJson()),
            ApiParse::dataArray<RcsCapabilities>()};
}

ApiRequestOf<RcsCapabilities> RcsApi::capabilitiesRequest(const QString &agentId,
                                                          const QString &phoneNumber)
{
    return {ApiRequest::get(QStringLiteral("/messaging/rcs/capabilities/") +
                            ApiRequest::segment(agentId) + u'/' + ApiRequest::segment(phoneNumber)),
            ApiParse::dataObject<RcsCapabilities>()};
}

ApiRequestOf<RcsTestNumberInvite> RcsApi::inviteTestNumberRequest(const QString &agentId,
                                                                  const QString &phoneNumber)
{
    return {ApiRequest::json("PUT",
                             QStringLiteral("/messaging/rcs/test_number_invite/") +
                                 ApiRequest::segment(agentId) + u'/' +
                                 ApiRequest::segment(phoneNumber),
                             QJsonValue())
                .noted(ActivityNote::about(u"Invite RCS test number"_s, ActivityArea::rcsAgent,
                                           agentId, {phoneNumber})),
            ApiParse::dataObject<RcsTestNumberInvite>()};
}

ApiCallOf<RcsMessageResponse> *RcsApi::send(const RcsMessageRequest &message)
{
    return m_client->send(sendRequest(message));
}

ApiCallOf<RcsDeeplink> *RcsApi::deeplink(const QString &agentId, const QString &phoneNumber,
                                         const QString &body)
{
    return m_client->send(deeplinkRequest(agentId, phoneNumber, body));
}

ApiCallOf<PageOf<RcsAgent>> *RcsApi::listAgents(int page, int pageSize)
{
    return m_client->send(listAgentsRequest(page, pageSize));
}

Pager *RcsApi::agentsPager(int pageSize, QObject *parent)
{
    return new Pager(m_client, ApiRequest::get(agentsPath), PageShape::DataMeta, pageSize, parent,
                     QStringLiteral("agent_id"));
}

ApiCallOf<RcsAgent> *RcsApi::retrieveAgent(const QString &agentId)
{
    return m_client->send(retrieveAgentRequest(agentId));
}

ApiCallOf<RcsAgent> *RcsApi::updateAgent(const QString &agentId, const RcsAgentUpdate &update)
{
    return m_client->send(updateAgentRequest(agentId, update));
}

ApiCallOf<QList<RcsCapabilities>> *RcsApi::bulkCapabilities(const QString &agentId,
                                                            const QStringList &phoneNumbers)
{
    return m_client->send(bulkCapabilitiesRequest(agentId, phoneNumbers));
}

ApiCallOf<RcsCapabilities> *RcsApi::capabilities(const QString &agentId, const QString &phoneNumber)
{
    return m_client->send(capabilitiesRequest(agentId, phoneNumber));
}

ApiCallOf<RcsTestNumberInvite> *RcsApi::inviteTestNumber(const QString &agentId,
                                                         const QString &phoneNumber)
{
    return m_client->send(inviteTestNumberRequest(agentId, phoneNumber));
}
