#pragma once

#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// RCS agents, capability checks, test-number invites, sending and deeplinks.
//
// Capability rule (deterministic, by the recipient's digits): a number whose last digit is
// even is RCS-capable; odd is not (the answer is then 200 with an empty feature list).
// A capable number always has RICHCARD_STANDALONE, ACTION_DIAL and ACTION_OPEN_URL; its
// second-to-last digit d adds RICHCARD_CAROUSEL when d is odd, ACTION_CREATE_CALENDAR_EVENT
// when d & 2, ACTION_SHARE_LOCATION and ACTION_VIEW_LOCATION when d & 4, and REVOCATION
// when d is 8 or 9.
class SandboxRcs
{
public:
    static constexpr int maximumBulkNumbers = 100;
    static constexpr qint64 inviteAcceptMs = 5 * 60 * 1000;

    explicit SandboxRcs(SandboxContext &context);

    void clear();
    // Six agents; the first is always "sandbox_demo_agent".
    void seed();

    static QStringList featuresFor(const QString &phoneNumber);

    SandboxResponse listAgents(const SandboxRequest &request);
    SandboxResponse retrieveAgent(const QString &id);
    SandboxResponse updateAgent(const QString &id, const SandboxRequest &request);
    SandboxResponse bulkCapabilities(const SandboxRequest &request);
    SandboxResponse capabilities(const QString &agentId, const QString &phoneNumber);
    SandboxResponse inviteTestNumber(const QString &agentId, const QString &phoneNumber);
    SandboxResponse send(const SandboxRequest &request);
    SandboxResponse deeplink(const QString &agentId, const SandboxRequest &request);

    // Messages accepted by POST /messages/rcs (newest last, at most 1000 kept).
    QJsonArray messages() const { return m_messages; }

    QJsonObject save() const;
    bool load(const QJsonObject &saved, QString *error);

private:
    struct Agent
    {
        QString id;
        QString name;
        bool enabled = true;
        QJsonValue profileId;
        QJsonValue webhookUrl;
        QJsonValue webhookFailoverUrl;
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0;
    };
    struct Invite
    {
        QString agentId;
        QString phoneNumber;
        qint64 invitedAtMs = 0;
    };

    Agent *findAgent(const QString &id);
    QJsonObject agentJson(const Agent &agent) const;
    QJsonObject capabilityJson(const Agent &agent, const QString &phoneNumber) const;

    SandboxContext &m_context;
    QList<Agent> m_agents;
    QList<Invite> m_invites;
    QJsonArray m_messages;
};
