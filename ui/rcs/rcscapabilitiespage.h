#pragma once

#include <QWidget>

class ApiClient;
class RcsAgentsModel;

// RCS capability checks: one number, or thousands pasted or imported, in batches.
class RcsCapabilitiesPage : public QWidget
{
    Q_OBJECT

public:
    RcsCapabilitiesPage(ApiClient *client, RcsAgentsModel *agents, QWidget *parent = nullptr);

private:
    ApiClient *m_client;
    RcsAgentsModel *m_agents;
};
