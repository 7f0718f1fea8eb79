#include "rcsagentrecords.h"

#include "api/rcsapi.h"
#include "rcsagentsmodel.h"
#include "recordwrite.h"

namespace {

// What the list and the pane show of an agent: a copy that differs here is news.
bool sameFields(const RcsAgent &a, const RcsAgent &b)
{
    return a.agentId == b.agentId && a.agentName == b.agentName && a.enabled == b.enabled &&
           a.profileId == b.profileId && a.webhookUrl == b.webhookUrl &&
           a.webhookFailoverUrl == b.webhookFailoverUrl && a.updatedAt == b.updatedAt;
}

} // namespace

RcsAgentRecords::RcsAgentRecords(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new RcsAgentsModel(client, this))
{}

ApiCallOf<RcsAgent> *RcsAgentRecords::refresh(const QString &agentId)
{
    return follow(RcsApi(m_client).retrieveAgent(agentId));
}

ApiCallOf<RcsAgent> *RcsAgentRecords::update(const QString &agentId, const RcsAgentUpdate &update)
{
    return follow(RcsApi(m_client).updateAgent(agentId, update));
}

ApiCallOf<RcsAgent> *RcsAgentRecords::follow(ApiCallOf<RcsAgent> *call)
{
    return afterCallersHandlers(this, call, [this](ApiCallOf<RcsAgent> *ended) {
        if (!ended->isSucceeded())
            return;
        const RcsAgent agent = ended->result();
        if (agent.agentId.isEmpty())
            return; // an answer without the agent changes nothing
        const int row = m_model->rowOf(agent.agentId);
        if (row >= 0 && sameFields(m_model->rowAt(row).record().value<RcsAgent>(), agent))
            return; // what is listed is what the server has
        const bool listed = m_model->updateRecord(agent.raw) >= 0;
        Q_EMIT agentChanged(agent, listed);
    });
}
