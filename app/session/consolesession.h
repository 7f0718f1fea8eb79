#pragma once

#include "api/apiclient.h"
#include "domain/rcscomposerdraft.h"
#include "session/localsandbox.h"
#include "storage/profilestore.h"

#include <QObject>
#include <QPointer>

#include <utility>

class ActivityLog;
class ActivityRecorder;
class CredentialStore;
class DraftStore;
class MessagingProfiles;
class RcsCapabilityCache;
class RcsInviteStore;
class TollFreeWatcher;

// The account the console is working on: which profile is active, and the ApiClient configured
// for it (base URL and key). Switching is asynchronous (the key comes from the keychain; the
// built-in sandbox starts on its own thread) and cancels the previous profile's requests.
//
// The session is also the one owner of the services every page shares: the draft store, the
// toll-free status watcher, the RCS capability cache and the RCS invite store. Pages are given
// the ones they use (tests give them their own). Each is made on first use, so a session that
// never opens a page touches no file.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    ConsoleSession(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);
    ~ConsoleSession() override;

    ApiClient *client() { return &m_client; }
    ProfileStore *profiles() const { return m_profiles; }
    CredentialStore *credentials() const { return m_credentials; }
    // Drafts of the wizards; new ones belong to the active profile.
    DraftStore *drafts();
    // Re-checks the open toll-free requests it is told to watch.
    TollFreeWatcher *tollFreeWatcher();
    // The capability answers of this account (forgotten when another server is used).
    RcsCapabilityCache *rcsCapabilities();
    // The test-number invites sent from this machine.
    RcsInviteStore *rcsInvites();
    // The account's messaging profiles, by name (loaded on first use, forgotten and loaded
    // again when another profile becomes active).
    MessagingProfiles *messagingProfiles();
    // Every write made from this machine (ActivityRecorder fills it; opened on the first).
    ActivityLog *activityLog();
    const Profile &activeProfile() const { return m_active; }
    bool isActive() const { return m_ready; }
    bool isSandbox() const { return m_active.isSandbox(); }
    // What the RCS composer keeps between openings, for this run of the console (never on disk).
    RcsComposerDraft *rcsComposerDraft() { return &m_rcsComposerDraft; }
    // The X-Sandbox-Token of the built-in sandbox's control surface (for tests and tools);
    // empty until the sandbox has started.
    QString sandboxControlToken() const;

    // How the built-in sandbox profile gets its server (main.cpp: BuiltInSandbox::factory).
    // Without one, activating the sandbox profile fails with a message.
    void setSandboxFactory(LocalSandboxFactory factory) { m_sandboxFactory = std::move(factory); }

    // What a switch does while requests that reach the server at most once (creates, uploads,
    // sends) are in flight: wait until each has its answer, or cancel them (their outcome is
    // then unknown, and each page says so).
    enum class InFlightWrites { Wait, Cancel };

public Q_SLOTS:
    void activate(const QString &profileId, InFlightWrites whileWriting = InFlightWrites::Wait);
    // Use a key typed by the user for this profile without storing it (session only).
    void activateWithKey(const QString &profileId, const QString &key);
    // The profile a switch is waiting to go to (see switchWaiting), or empty.
    QString pendingProfileId() const { return m_pendingProfileId; }
    // Stays on the active profile: the waiting switch is forgotten.
    void cancelPendingSwitch();

Q_SIGNALS:
    void activating(const Profile &profile);
    // activate() was asked while `writesInFlight` creates or sends wait for their answers: it
    // switches to `profile` once they have them. pendingSwitchEnded() when it switched or was
    // cancelled.
    void switchWaiting(const Profile &profile, int writesInFlight);
    void pendingSwitchEnded();
    void activated(const Profile &profile);
    // keyMissing: no key is stored for the profile (offer to enter one).
    void activationFailed(const Profile &profile, const QString &message, bool keyMissing);

private:
    void startSandbox();
    void onCallsInFlightChanged();
    void finishActivation(const QUrl &baseUrl, const QString &key);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    ApiClient m_client;
    Profile m_active;
    bool m_ready = false;
    LocalSandboxFactory m_sandboxFactory;
    LocalSandbox *m_sandbox = nullptr;
    QString m_sandboxKey;
    QString m_pendingProfileId;
    DraftStore *m_drafts = nullptr;
    TollFreeWatcher *m_tollFreeWatcher = nullptr;
    RcsCapabilityCache *m_rcsCapabilities = nullptr;
    RcsInviteStore *m_rcsInvites = nullptr;
    MessagingProfiles *m_messagingProfiles = nullptr;
    ActivityLog *m_activityLog = nullptr;
    ActivityRecorder *m_activityRecorder;
    RcsComposerDraft m_rcsComposerDraft;
};
