#include "rcscapabilitiespage.h"

RcsCapabilitiesPage::RcsCapabilitiesPage(ApiClient *client, RcsAgentsModel *agents, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_agents(agents)
{
    setObjectName(QStringLiteral("rcsCapabilitiesPage"));
}
