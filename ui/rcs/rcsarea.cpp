#include "rcsarea.h"

#include "api/apiclient.h"
#include "listpage.h"
#include "rcsagentsmodel.h"
#include "rcscapabilitiespage.h"

RcsArea::RcsArea(ApiClient *client, QWidget *parent)
    : QTabWidget(parent)
    , m_client(client)
    , m_agentsModel(new RcsAgentsModel(client, this))
{
    setObjectName(QStringLiteral("rcsTabs"));
    m_agents = new ListPage({QStringLiteral("rcsAgents"), tr("RCS agents"), tr("RCS agents"),
                             m_agentsModel, -1,
                             [](const QVariant &record) { return record.value<RcsAgent>().raw; }},
                            this);
    m_capabilities = new RcsCapabilitiesPage(client, m_agentsModel, this);
    addTab(m_agents, tr("Agents"));
    addTab(m_capabilities, tr("Capabilities"));
}
