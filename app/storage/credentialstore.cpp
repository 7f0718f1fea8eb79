#include "credentialstore.h"

#include "profilestore.h"
#include "redaction.h"
#include "storagelogging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// Never written: reading it tells whether a keychain answers at all.
QString probeKeyName()
{
    return u"availability-probe"_s;
}

bool keychainReachable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return true;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // With libsecret, an unreachable session bus or Secret Service surfaces as OtherError.
    case QKeychain::OtherError:
        return false;
    }
    return false;
}

QString operationName(CredentialStore::Operation operation)
{
    switch (operation) {
    case CredentialStore::Operation::Read:
        return u"read"_s;
    case CredentialStore::Operation::Write:
        return u"write"_s;
    case CredentialStore::Operation::Delete:
        return u"delete"_s;
    }
    return {};
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
    qDBusRegisterMetaType<QMap<QString, QString>>(); // Secret Service attributes, a{ss}
}

// Running jobs are not children: QtKeychain deletes them when they finish, and the
// connections made with this as context die with this object.
CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyName(const QString &profileId)
{
    return u"profile/"_s + profileId + u"/api-key"_s;
}

QString CredentialStore::noKeychainMessage()
{
    return tr("No system keychain (Secret Service) is available, so the key can be kept for "
              "this session only.");
}

void CredentialStore::probe()
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(probeKeyName());
    ++m_pendingJobs;
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        --m_pendingJobs;
        const bool available = keychainReachable(finished->error());
        qCInfo(lcStorage).noquote()
            << "keychain probe:" << (available ? "available" : "unavailable") << "(code"
            << int(finished->error()) << finished->errorString() << ')';
        noteAvailability(available);
        Q_EMIT availabilityKnown(available);
    });
    job->start();
}

void CredentialStore::useKeychain()
{
    setBackend(Backend::Keychain);
}

void CredentialStore::useSessionOnly()
{
    setBackend(Backend::SessionOnly);
}

void CredentialStore::setBackend(Backend backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    qCInfo(lcStorage) << "key storage switched to" << backend;
    Q_EMIT backendChanged(backend);
}

void CredentialStore::readKey(const QString &profileId)
{
    if (rejectInvalid(profileId, Operation::Read, nullptr))
        return;
    switch (m_backend) {
    case Backend::Keychain:
        startJob(new QKeychain::ReadPasswordJob(serviceName()), profileId, Operation::Read);
        return;
    case Backend::SessionOnly: {
        const auto found = m_sessionKeys.constFind(profileId);
        if (found == m_sessionKeys.constEnd()) {
            fail(profileId, Operation::Read, Failure::NotFound,
                 tr("No API key was found for this profile in this session (not found)."));
            return;
        }
        const QString key = found.value();
        later([this, profileId, key] { Q_EMIT keyRead(profileId, key); });
        return;
    }
    }
}

void CredentialStore::writeKey(const QString &profileId, const QString &key)
{
    if (rejectInvalid(profileId, Operation::Write, &key))
        return;
    Redaction::registerSecret(key);
    switch (m_backend) {
    case Backend::Keychain: {
        auto *job = new QKeychain::WritePasswordJob(serviceName());
        job->setTextData(key);
        startJob(job, profileId, Operation::Write);
        return;
    }
    case Backend::SessionOnly:
        m_sessionKeys.insert(profileId, key);
        later([this, profileId] { Q_EMIT keyWritten(profileId); });
        return;
    }
}

void CredentialStore::deleteKey(const QString &profileId)
{
    if (rejectInvalid(profileId, Operation::Delete, nullptr))
        return;
    const QString sessionKey = m_sessionKeys.take(profileId);
    if (!sessionKey.isEmpty())
        Redaction::unregisterSecret(sessionKey);
    // A key saved in the keychain earlier (before a switch to another backend) goes too,
    // unless the keychain is known to be out of reach.
    if (m_backend == Backend::Keychain || m_availability != Availability::Unavailable) {
        startJob(new QKeychain::DeletePasswordJob(serviceName()), profileId, Operation::Delete,
                 m_backend == Backend::Keychain);
        return;
    }
    later([this, profileId] { Q_EMIT keyDeleted(profileId); });
}

bool CredentialStore::rejectInvalid(const QString &profileId, Operation operation,
                                    const QString *key)
{
    QString problem;
    if (profileId.trimmed().isEmpty())
        problem = tr("No profile was given.");
    else if (profileId == Profile::sandboxId())
        problem = tr("The built-in sandbox needs no stored key.");
    else if (key && key->trimmed().isEmpty())
        problem = tr("The API key is empty.");
    if (problem.isEmpty())
        return false;
    fail(profileId, operation, Failure::Invalid, problem);
    return true;
}

void CredentialStore::startJob(QKeychain::Job *job, const QString &profileId, Operation operation,
                               bool keychainRequired)
{
    job->setAutoDelete(true);
    // QtKeychain's own fallback would put the key in QSettings: never.
    job->setInsecureFallback(false);
    job->setKey(keyName(profileId));
    ++m_pendingJobs;
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, operation, keychainRequired](QKeychain::Job *finished) {
                --m_pendingJobs;
                jobFinished(finished, profileId, operation, keychainRequired);
            });
    job->start();
}

void CredentialStore::jobFinished(QKeychain::Job *job, const QString &profileId,
                                  Operation operation, bool keychainRequired)
{
    const QKeychain::Error error = job->error();
    noteAvailability(keychainReachable(error));
    if (!keychainRequired && !keychainReachable(error)) {
        // Only a clean-up of what an earlier session might have left: nothing to report.
        qCInfo(lcStorage).noquote()
            << "keychain not reachable; nothing deleted there for profile" << profileId;
        Q_EMIT keyDeleted(profileId);
        return;
    }
    if (error == QKeychain::NoError) {
        qCDebug(lcStorage).noquote()
            << "keychain" << operationName(operation) << "done for profile" << profileId;
        switch (operation) {
        case Operation::Read: {
            const QString key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            Redaction::registerSecret(key);
            Q_EMIT keyRead(profileId, key);
            return;
        }
        case Operation::Write:
            Q_EMIT keyWritten(profileId);
            return;
        case Operation::Delete:
            confirmDeleted(profileId);
            return;
        }
        return;
    }

    qCWarning(lcStorage).noquote()
        << "keychain" << operationName(operation) << "failed for profile" << profileId << "(code"
        << int(error) << job->errorString() << ')';
    switch (error) {
    case QKeychain::EntryNotFound:
        fail(profileId, operation, Failure::NotFound,
             tr("The API key for this profile was not found in the system keychain."));
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        fail(profileId, operation, Failure::AccessDenied,
             tr("The system keychain refused access to the API key (it may be locked)."));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        fail(profileId, operation, Failure::NoKeychain, noKeychainMessage());
        return;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    fail(profileId, operation, Failure::Other,
         tr("The system keychain reported an error: %1").arg(job->errorString()));
}

void CredentialStore::confirmDeleted(const QString &profileId)
{
    // QtKeychain reports a delete as done when the Secret Service deleted nothing, which is
    // what a locked collection does: ask the service whether the item is really gone.
    QDBusMessage search =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    const QMap<QString, QString> attributes{{u"server"_s, serviceName()},
                                            {u"user"_s, keyName(profileId)}};
    search << QVariant::fromValue(attributes);
    ++m_pendingJobs;
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(search), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, profileId](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                --m_pendingJobs;
                const QDBusMessage reply = finished->reply();
                int remaining = 0;
                if (reply.type() == QDBusMessage::ReplyMessage) {
                    for (const QVariant &paths : reply.arguments())
                        remaining += int(qdbus_cast<QList<QDBusObjectPath>>(paths).size());
                }
                if (remaining == 0) {
                    Q_EMIT keyDeleted(profileId);
                    return;
                }
                qCWarning(lcStorage).noquote()
                    << "keychain delete left" << remaining << "item(s) for profile" << profileId;
                Q_EMIT failed(profileId, Operation::Delete,
                              tr("The API key could not be deleted from the system keychain: it "
                                 "is locked. Unlock the keychain and try again."),
                              Failure::AccessDenied);
            });
}

void CredentialStore::whenFinished(
    const QString &profileId, Operation operation, QObject *context,
    std::function<void(const QString &failureMessage, Failure failure)> done)
{
    // One listener for one outcome: a guard object carries the connections and goes with them.
    auto *guard = new QObject(context);
    auto finish = [guard, done = std::move(done)](const QString &message, Failure failure) {
        if (guard->property("finished").toBool())
            return;
        guard->setProperty("finished", true);
        guard->deleteLater();
        done(message, failure);
    };
    const auto succeeded = [profileId, finish](const QString &id) {
        if (id == profileId)
            finish({}, Failure::Other);
    };
    switch (operation) {
    case Operation::Read:
        connect(this, &CredentialStore::keyRead, guard,
                [succeeded](const QString &id, const QString &) { succeeded(id); });
        break;
    case Operation::Write:
        connect(this, &CredentialStore::keyWritten, guard, succeeded);
        break;
    case Operation::Delete:
        connect(this, &CredentialStore::keyDeleted, guard, succeeded);
        break;
    }
    connect(this, &CredentialStore::failed, guard,
            [profileId, operation, finish](const QString &id, Operation failedOperation,
                                           const QString &message, Failure failure) {
                if (id == profileId && failedOperation == operation)
                    finish(message, failure);
            });
}

void CredentialStore::noteAvailability(bool available)
{
    m_availability = available ? Availability::Available : Availability::Unavailable;
}

void CredentialStore::later(std::function<void()> emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

void CredentialStore::fail(const QString &profileId, Operation operation, Failure failure,
                           const QString &message)
{
    later([this, profileId, operation, failure, message] {
        Q_EMIT failed(profileId, operation, message, failure);
    });
}
