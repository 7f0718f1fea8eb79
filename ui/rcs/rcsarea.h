#pragma once

#include <QTabWidget>

class ApiClient;
class ListPage;
class RcsAgentsModel;
class RcsCapabilitiesPage;

// The RCS area: the agents list with the selected agent's record and its actions, and the
// capability checks (one number or thousands).
class RcsArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit RcsArea(ApiClient *client, QWidget *parent = nullptr);

    ListPage *agentsPage() const { return m_agents; }
    RcsCapabilitiesPage *capabilitiesPage() const { return m_capabilities; }
    QList<ListPage *> listPages() const { return {m_agents}; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    ApiClient *m_client;
    RcsAgentsModel *m_agentsModel;
    ListPage *m_agents;
    RcsCapabilitiesPage *m_capabilities;
};
