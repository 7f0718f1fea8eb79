#pragma once

#include "domain/rcs.h"

#include <QPointer>
#include <QTabWidget>

class ApiClient;
class ListPage;
class RcsAgentDetailPane;
class RcsAgentEditDialog;
class MessagingProfiles;
class RcsAgentRecords;
class RcsAgentsModel;
class RcsCapabilityCache;
class RcsCapabilitiesPage;
class RcsInviteStore;
class RcsTestNumbersDialog;

// The RCS area: the agents list with the selected agent's record and its actions, and the
// capability checks (one number or thousands).
class RcsArea : public QTabWidget
{
    Q_OBJECT

public:
    // `invites` and `capabilities` are the session's (ConsoleSession::rcsInvites(),
    // rcsCapabilities()).
    RcsArea(ApiClient *client, RcsInviteStore *invites, RcsCapabilityCache *capabilities,
            QWidget *parent = nullptr);

    ListPage *agentsPage() const { return m_agents; }
    RcsAgentRecords *agentRecords() const { return m_records; }
    RcsAgentsModel *agentsModel() const { return m_agentsModel; }
    RcsAgentDetailPane *agentDetailPane() const { return m_detail; }
    RcsCapabilitiesPage *capabilitiesPage() const { return m_capabilities; }
    RcsInviteStore *inviteStore() const { return m_invites; }
    QList<ListPage *> listPages() const { return {m_agents}; }
    // The session's messaging profiles: the list and pane show them by name, the edit dialog
    // picks one by name.
    void setMessagingProfiles(MessagingProfiles *profiles);

    // The agent shown in the detail pane; empty when none is selected.
    QString currentAgentId() const;
    // Selects the agent's row in the list; false when it is not among the loaded rows.
    bool selectAgent(const QString &agentId);
    // The Agents tab with the agent selected; the list is loaded again when it lacks the agent.
    void showAgent(const QString &agentId);
    // The open dialogs, if any.
    RcsAgentEditDialog *editDialog() const;
    RcsTestNumbersDialog *inviteDialog() const;

public Q_SLOTS:
    // Opens (window-modal, not blocking) the edit dialog for the agent; one at a time.
    RcsAgentEditDialog *editAgent(const RcsAgent &agent);
    RcsTestNumbersDialog *inviteTestNumber(const RcsAgent &agent);
    // Reloads the agents list and selects `agentId` again when it is back.
    void reloadAgents(const QString &agentId = {});

Q_SIGNALS:
    void statusMessage(const QString &message);
    // "Send message…" and "Deeplink…" of the selected agent; the composer and the deeplink
    // dialog are opened by whoever listens.
    void composeRequested(const QString &agentId);
    void deeplinkRequested(const QString &agentId);
    // "Check capabilities": the Capabilities tab is already current, with the agent chosen,
    // when this is emitted.
    void capabilitiesRequested(const QString &agentId);

private:
    void onAgentSaved(const RcsAgent &agent);
    void onAgentChanged(const RcsAgent &agent, bool listed);

    ApiClient *m_client;
    RcsAgentRecords *m_records;
    RcsAgentsModel *m_agentsModel;
    RcsInviteStore *m_invites;
    ListPage *m_agents;
    RcsAgentDetailPane *m_detail;
    RcsCapabilitiesPage *m_capabilities;
    QPointer<RcsAgentEditDialog> m_editDialog;
    QPointer<MessagingProfiles> m_messagingProfiles;
    QPointer<RcsTestNumbersDialog> m_inviteDialog;
    // While the list reloads after a change, the pane keeps its agent until the row is back.
    bool m_keepDetail = false;
    QString m_reselectId;
};
