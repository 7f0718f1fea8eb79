#include "rcscapabilitycache.h"

#include "api/apiclient.h"

namespace {

const char *const cacheObjectName = "rcsCapabilityCache";

} // namespace

RcsCapabilityCache::RcsCapabilityCache(QObject *parent)
    : QObject(parent)
{}

RcsCapabilityCache *RcsCapabilityCache::forClient(ApiClient *client)
{
    if (!client)
        return nullptr;
    const QString name = QString::fromLatin1(cacheObjectName);
    auto *cache = client->findChild<RcsCapabilityCache *>(name, Qt::FindDirectChildrenOnly);
    if (!cache) {
        cache = new RcsCapabilityCache(client);
        cache->setObjectName(name);
    }
    cache->useServer(client->baseUrl());
    return cache;
}

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
