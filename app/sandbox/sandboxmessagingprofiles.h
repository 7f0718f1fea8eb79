#pragma once

#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Messaging profiles (GET /messaging_profiles): the profiles the seeded records belong to, each
// with a name, plus a few that nothing uses yet. A write that names a profile the sandbox does
// not know either registers it (an order create, an agent edit: the API takes any profile of
// the account) or is refused (the hosted-number PATCH, see isKnown()).
class SandboxMessagingProfiles
{
public:
    explicit SandboxMessagingProfiles(SandboxContext &context);

    void clear() { m_profiles = QJsonArray(); }
    void seed();
    SandboxResponse list(const SandboxRequest &request) const;

    bool isKnown(const QString &id) const;
    // Adds a profile with this id (named after it) unless it is known; "" is ignored.
    void ensure(const QString &id);

    QJsonObject save() const;
    void load(const QJsonObject &saved);

private:
    QJsonObject profileJson(const QString &id, const QString &name, qint64 createdAtMs) const;

    SandboxContext &m_context;
    QJsonArray m_profiles; // oldest first
};
