#include "rcscapabilitycache.h"

RcsCapabilityCache::RcsCapabilityCache(QObject *parent)
    : QObject(parent)
{}

QString RcsCapabilityCache::keyOf(const QString &agentId, const QString &phoneNumber)
{
    // Agent ids never contain a line break; phone numbers are E.164.
    return agentId + u'\n' + phoneNumber;
}

std::optional<RcsCapabilities> RcsCapabilityCache::find(const QString &agentId,
                                                        const QString &phoneNumber) const
{
    const auto it = m_entries.constFind(keyOf(agentId, phoneNumber));
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

bool RcsCapabilityCache::contains(const QString &agentId, const QString &phoneNumber) const
{
    return m_entries.contains(keyOf(agentId, phoneNumber));
}

void RcsCapabilityCache::insert(const RcsCapabilities &capabilities, const QString &agentId,
                                const QString &phoneNumber)
{
    const QString agent = agentId.isEmpty() ? capabilities.agentId : agentId;
    const QString number = phoneNumber.isEmpty() ? capabilities.phoneNumber : phoneNumber;
    if (agent.isEmpty() || number.isEmpty())
        return;
    m_entries.insert(keyOf(agent, number), capabilities);
}

void RcsCapabilityCache::clear()
{
    m_entries.clear();
}

void RcsCapabilityCache::useServer(const QUrl &baseUrl)
{
    if (baseUrl == m_server)
        return;
    m_entries.clear();
    m_server = baseUrl;
}
