#pragma once

#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QJsonObject>

// Messaging URL domains: a short, read-only list.
class SandboxUrlDomains
{
public:
    explicit SandboxUrlDomains(SandboxContext &context);

    void clear() { m_domains = QJsonArray(); }
    void seed();
    SandboxResponse list(const SandboxRequest &request) const;

    QJsonObject save() const;
    void load(const QJsonObject &saved);

private:
    SandboxContext &m_context;
    QJsonArray m_domains;
};
