#pragma once

#include "builtin/builtinsandbox.h"
#include "sandbox/sandboxoptions.h"
#include "session/consolesession.h"
#include "storage/credentialstore.h"
#include "storage/profilestore.h"

#include <QSignalSpy>

#include <memory>

// A console session on the built-in sandbox with its clock frozen (the seeded requests keep
// their statuses), as the main window uses it: profiles in `profilesFile`, the key kept for the
// session only (no keychain needed).
class FrozenSandboxSession
{
public:
    explicit FrozenSandboxSession(const QString &profilesFile)
        : m_profiles(profilesFile)
    {
        m_credentials.useSessionOnly();
        m_session = std::make_unique<ConsoleSession>(&m_profiles, &m_credentials);
        SandboxOptions frozen;
        frozen.speed = 0;
        m_session->setSandboxFactory(BuiltInSandbox::factory(frozen));
    }

    ConsoleSession *session() const { return m_session.get(); }

    // Starts the sandbox profile; true once it is active.
    bool activate()
    {
        QSignalSpy activated(m_session.get(), &ConsoleSession::activated);
        m_session->activate(Profile::sandboxId());
        return activated.wait(10000);
    }

private:
    ProfileStore m_profiles;
    CredentialStore m_credentials;
    std::unique_ptr<ConsoleSession> m_session;
};
