#include "consolesession.h"

#include "activityrecorder.h"
#include "messagingprofiles.h"
#include "rcscapabilitycache.h"
#include "storage/activitylog.h"
#include "storage/credentialstore.h"
#include "storage/draftstore.h"
#include "storage/rcsinvitestore.h"
#include "storage/redaction.h"
#include "tollfreewatcher.h"

#include <QUuid>

ConsoleSession::ConsoleSession(ProfileStore *profiles, CredentialStore *credentials,
                               QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_activityRecorder(new ActivityRecorder(
          &m_client, [this] { return activityLog(); }, this))
{
    connect(this, &ConsoleSession::activating, m_activityRecorder, [this](const Profile &profile) {
        m_activityRecorder->setProfile(profile.id, profile.name);
    });
    connect(m_credentials, &CredentialStore::keyRead, this,
            [this](const QString &profileId, const QString &key) {
                if (profileId == m_active.id && !m_ready)
                    finishActivation(m_active.baseUrl, key);
            });
    connect(m_credentials, &CredentialStore::failed, this,
            [this](const QString &profileId, CredentialStore::Operation operation,
                   const QString &message, CredentialStore::Failure failure) {
                if (profileId != m_active.id || operation != CredentialStore::Operation::Read ||
                    m_ready)
                    return;
                Q_EMIT activationFailed(m_active, message,
                                        failure == CredentialStore::Failure::NotFound ||
                                            failure == CredentialStore::Failure::NoKeychain);
            });
    connect(&m_client, &ApiClient::callsInFlightChanged, this,
            &ConsoleSession::onCallsInFlightChanged);
}

ConsoleSession::~ConsoleSession()
{
    m_client.cancelAll();
}

void ConsoleSession::activate(const QString &profileId, InFlightWrites whileWriting)
{
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile) {
        Q_EMIT activationFailed(Profile{}, tr("There is no profile with that name any more."),
                                false);
        return;
    }
    if (profileId == m_active.id && !m_pendingProfileId.isEmpty() && m_ready) {
        cancelPendingSwitch(); // back to where it is: nothing to wait for
        return;
    }
    // A switch cancels every request of the old profile: a create among them would leave
    // nobody knowing whether it was done. Unless told otherwise, wait for its answer.
    const int writes = int(m_client.atMostOnceCallsInFlight().size());
    if (writes > 0 && whileWriting == InFlightWrites::Wait) {
        m_pendingProfileId = profileId;
        Q_EMIT switchWaiting(*profile, writes);
        return;
    }
    const bool wasPending = !m_pendingProfileId.isEmpty();
    m_pendingProfileId.clear();
    if (wasPending)
        Q_EMIT pendingSwitchEnded();
    m_client.cancelAll();
    m_ready = false;
    m_active = *profile;
    m_profiles->setCurrentProfileId(profileId);
    Q_EMIT activating(m_active);

    if (m_active.isSandbox()) {
        if (m_sandbox && !m_sandbox->baseUrl().isEmpty())
            finishActivation(m_sandbox->baseUrl(), m_sandboxKey);
        else
            startSandbox();
        return;
    }
    m_credentials->readKey(profileId);
}

void ConsoleSession::activateWithKey(const QString &profileId, const QString &key)
{
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    m_client.cancelAll();
    m_active = *profile;
    m_profiles->setCurrentProfileId(profileId);
    Q_EMIT activating(m_active);
    finishActivation(m_active.baseUrl, key);
}

void ConsoleSession::cancelPendingSwitch()
{
    if (m_pendingProfileId.isEmpty())
        return;
    m_pendingProfileId.clear();
    Q_EMIT pendingSwitchEnded();
}

void ConsoleSession::onCallsInFlightChanged()
{
    if (m_pendingProfileId.isEmpty() || !m_client.atMostOnceCallsInFlight().isEmpty())
        return;
    // Queued: the last answer's handlers (a wizard showing "Submitted") run on the old
    // profile first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_pendingProfileId.isEmpty())
                activate(m_pendingProfileId);
        },
        Qt::QueuedConnection);
}

DraftStore *ConsoleSession::drafts()
{
    if (!m_drafts) {
        m_drafts = new DraftStore(this);
        m_drafts->setProfile(m_active.id);
    }
    return m_drafts;
}

TollFreeWatcher *ConsoleSession::tollFreeWatcher()
{
    if (!m_tollFreeWatcher)
        m_tollFreeWatcher = new TollFreeWatcher(&m_client, this);
    return m_tollFreeWatcher;
}

RcsCapabilityCache *ConsoleSession::rcsCapabilities()
{
    if (!m_rcsCapabilities) {
        m_rcsCapabilities = new RcsCapabilityCache(this);
        m_rcsCapabilities->useServer(m_client.baseUrl());
    }
    return m_rcsCapabilities;
}

RcsInviteStore *ConsoleSession::rcsInvites()
{
    if (!m_rcsInvites)
        m_rcsInvites = new RcsInviteStore(this);
    return m_rcsInvites;
}

MessagingProfiles *ConsoleSession::messagingProfiles()
{
    if (!m_messagingProfiles) {
        m_messagingProfiles = new MessagingProfiles(&m_client, this);
        if (m_ready)
            m_messagingProfiles->load();
    }
    return m_messagingProfiles;
}

ActivityLog *ConsoleSession::activityLog()
{
    if (!m_activityLog)
        m_activityLog = new ActivityLog(this);
    return m_activityLog;
}

QString ConsoleSession::sandboxControlToken() const
{
    return m_sandbox ? m_sandbox->controlToken() : QString();
}

void ConsoleSession::startSandbox()
{
    if (m_sandbox)
        return; // already starting; ready() will finish the activation
    if (!m_sandboxFactory) {
        Q_EMIT activationFailed(m_active,
                                tr("The built-in sandbox could not start: %1")
                                    .arg(tr("this program was built without it.")),
                                false);
        return;
    }
    m_sandboxKey = QStringLiteral("KEYSANDBOX") + QUuid::createUuid().toString(QUuid::Id128);
    m_sandbox = m_sandboxFactory(m_sandboxKey, this);
    connect(m_sandbox, &LocalSandbox::ready, this, [this](const QUrl &baseUrl) {
        if (m_active.isSandbox())
            finishActivation(baseUrl, m_sandboxKey);
    });
    connect(m_sandbox, &LocalSandbox::failed, this, [this](const QString &message) {
        Q_EMIT activationFailed(m_active,
                                tr("The built-in sandbox could not start: %1").arg(message), false);
        m_sandbox->deleteLater();
        m_sandbox = nullptr;
    });
    m_sandbox->start();
}

void ConsoleSession::finishActivation(const QUrl &baseUrl, const QString &key)
{
    Redaction::registerSecret(key);
    m_client.setBaseUrl(baseUrl);
    m_client.setApiKey(key);
    if (m_drafts)
        m_drafts->setProfile(m_active.id); // drafts typed from now on belong to this profile
    if (m_rcsCapabilities)
        m_rcsCapabilities->useServer(baseUrl); // another account's answers are not this one's
    m_ready = true;
    if (m_messagingProfiles) { // another account's profiles
        m_messagingProfiles->forget();
        m_messagingProfiles->load();
    }
    Q_EMIT activated(m_active);
}
