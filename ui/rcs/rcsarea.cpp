#include "rcsarea.h"

#include "api/apiclient.h"
#include "listpage.h"
#include "rcsagentdetailpane.h"
#include "rcsagenteditdialog.h"
#include "rcsagentrecords.h"
#include "rcsagentsmodel.h"
#include "rcscapabilitiespage.h"
#include "rcstestnumbersdialog.h"
#include "session/messagingprofiles.h"
#include "widgets/messagingprofilenames.h"
#include "widgets/statetableview.h"
#include "widgets/windowgeometry.h"

using namespace Qt::StringLiterals;

RcsArea::RcsArea(ApiClient *client, RcsInviteStore *invites, RcsCapabilityCache *capabilities,
                 QWidget *parent)
    : QTabWidget(parent)
    , m_client(client)
    , m_records(new RcsAgentRecords(client, this))
    , m_agentsModel(m_records->model())
    , m_invites(invites)
{
    setObjectName(QStringLiteral("rcsTabs"));
    m_agents = new ListPage({QStringLiteral("rcsAgents"), tr("RCS agents"), tr("RCS agents"),
                             m_agentsModel, -1,
                             [](const QVariant &record) { return record.value<RcsAgent>().raw; }},
                            this);
    m_detail = new RcsAgentDetailPane(m_records, m_invites, m_agents);
    m_agents->setDetailWidget(m_detail);
    m_capabilities = new RcsCapabilitiesPage(client, capabilities, m_agentsModel, this);
    addTab(m_agents, tr("Agents"));
    addTab(m_capabilities, tr("Capabilities"));

    connect(m_agents, &ListPage::currentRecordChanged, m_detail, [this](const QVariant &record) {
        if (!record.isValid() && m_keepDetail)
            return;
        m_detail->setAgent(record.value<RcsAgent>());
    });
    connect(m_agentsModel, &PagedListModel::stateChanged, this,
            [this](PagedListModel::State state) {
                if (m_reselectId.isEmpty() || state == PagedListModel::State::Loading)
                    return;
                const QString id = std::exchange(m_reselectId, {});
                m_keepDetail = false;
                if (!selectAgent(id))
                    m_detail->clear();
            });

    connect(m_detail, &RcsAgentDetailPane::editRequested, this, &RcsArea::editAgent);
    connect(m_detail, &RcsAgentDetailPane::inviteRequested, this, &RcsArea::inviteTestNumber);
    connect(m_detail, &RcsAgentDetailPane::capabilitiesRequested, this,
            [this](const QString &agentId) {
                m_capabilities->setAgentId(agentId);
                setCurrentWidget(m_capabilities);
                Q_EMIT capabilitiesRequested(agentId);
            });
    connect(m_capabilities, &RcsCapabilitiesPage::statusMessage, this, &RcsArea::statusMessage);
    connect(m_detail, &RcsAgentDetailPane::composeRequested, this, &RcsArea::composeRequested);
    connect(m_detail, &RcsAgentDetailPane::deeplinkRequested, this, &RcsArea::deeplinkRequested);
    connect(m_detail, &RcsAgentDetailPane::statusMessage, this, &RcsArea::statusMessage);
    // A refreshed or saved agent has already changed its row; the pane follows.
    connect(m_records, &RcsAgentRecords::agentChanged, this, &RcsArea::onAgentChanged);
}

RcsAgentEditDialog *RcsArea::editDialog() const
{
    return m_editDialog;
}

RcsTestNumbersDialog *RcsArea::inviteDialog() const
{
    return m_inviteDialog;
}

bool RcsArea::selectAgent(const QString &agentId)
{
    return m_agents->selectRecord(agentId);
}

void RcsArea::showAgent(const QString &agentId)
{
    setCurrentWidget(m_agents);
    if (!selectAgent(agentId))
        reloadAgents(agentId);
}

void RcsArea::reloadAgents(const QString &agentId)
{
    m_keepDetail = !agentId.isEmpty();
    m_reselectId.clear();
    m_agentsModel->reload();
    // Armed after reload(): its own synchronous state changes are not the answer.
    m_reselectId = agentId;
}

void RcsArea::setMessagingProfiles(MessagingProfiles *profiles)
{
    m_messagingProfiles = profiles;
    MessagingProfileNames::feed(profiles, m_agentsModel);
    m_detail->setMessagingProfiles(profiles);
}

RcsAgentEditDialog *RcsArea::editAgent(const RcsAgent &agent)
{
    if (agent.agentId.isEmpty())
        return nullptr;
    if (m_editDialog) {
        if (m_editDialog->agent().agentId == agent.agentId) {
            m_editDialog->raise();
            m_editDialog->activateWindow();
            return m_editDialog;
        }
        m_editDialog->close();
    }
    auto *dialog = new RcsAgentEditDialog(m_records, agent, m_messagingProfiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowGeometry::remember(dialog, QStringLiteral("rcsAgentEditDialog"));
    connect(dialog, &RcsAgentEditDialog::saved, this, &RcsArea::onAgentSaved);
    m_editDialog = dialog;
    dialog->open();
    return dialog;
}

RcsTestNumbersDialog *RcsArea::inviteTestNumber(const RcsAgent &agent)
{
    if (agent.agentId.isEmpty())
        return nullptr;
    if (m_inviteDialog) {
        if (m_inviteDialog->agentId() == agent.agentId) {
            m_inviteDialog->raise();
            m_inviteDialog->activateWindow();
            return m_inviteDialog;
        }
        m_inviteDialog->close();
    }
    auto *dialog = new RcsTestNumbersDialog(m_client, m_invites, agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    WindowGeometry::remember(dialog, QStringLiteral("rcsTestNumbersDialog"));
    connect(
        dialog, &RcsTestNumbersDialog::invited, this, [this](const RcsTestNumberInvite &invite) {
            Q_EMIT statusMessage(tr("Invited %1: %2")
                                     .arg(invite.phoneNumber,
                                          RcsTestNumbersDialog::statusDescription(invite.status)));
        });
    m_inviteDialog = dialog;
    dialog->open();
    return dialog;
}

void RcsArea::onAgentChanged(const RcsAgent &agent, bool listed)
{
    if (m_detail->agentId() == agent.agentId)
        m_detail->showAgent(agent);
    // Its row changed in place; only an agent not among the loaded rows makes the list load
    // again (to select it where the server lists it).
    if (!listed && m_reselectId.isEmpty())
        reloadAgents(agent.agentId);
}

void RcsArea::onAgentSaved(const RcsAgent &agent)
{
    Q_EMIT statusMessage(tr("Saved the RCS agent %1")
                             .arg(agent.agentName.isEmpty() ? agent.agentId : agent.agentName));
}

QString RcsArea::currentAgentId() const
{
    return m_detail->agentId();
}
