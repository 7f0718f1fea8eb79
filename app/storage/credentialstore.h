#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
} // namespace QKeychain

// The API keys of the profiles. Normally they live in the OS keychain (Secret Service through
// QtKeychain), one entry per profile: service "telnyx-hosted-console", key
// "profile/<id>/api-key". Every operation is asynchronous and answers with exactly one signal:
// keyRead / keyWritten / keyDeleted on success, failed() otherwise; nothing blocks or spins a
// nested event loop.
//
// When there is no keychain, the caller (after asking the user) switches the store to
// SessionOnly: keys are kept in memory and lost at exit. There is no file fallback: a key is
// in the keychain or in memory, nowhere else. Keys never go to QSettings, logs or debug
// output; every key read or written is registered with Redaction so it is masked in the log.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Keychain, SessionOnly };
    Q_ENUM(Backend)
    enum class Operation { Read, Write, Delete };
    Q_ENUM(Operation)
    enum class Failure {
        NotFound,     // no key stored for this profile (the keychain itself works)
        NoKeychain,   // no Secret Service reachable
        AccessDenied, // keychain locked or access refused
        Invalid,      // empty key, empty profile id, or the built-in sandbox
        Other,
    };
    Q_ENUM(Failure)
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName() { return QStringLiteral("telnyx-hosted-console"); }
    static QString keyName(const QString &profileId);
    // Plain words for the UI when there is no keychain.
    static QString noKeychainMessage();

    Backend backend() const { return m_backend; }
    // What the last probe (or keychain job) found out.
    Availability keychainAvailability() const { return m_availability; }

    // Asks the keychain for an entry that does not exist: "not found" means it works.
    // Answers with availabilityKnown().
    void probe();

    void useKeychain();
    void useSessionOnly();

    // read and write use the current backend. deleteKey removes the key everywhere: the
    // session copy and the keychain (when the backend is Keychain, or
    // the keychain is not known to be unavailable), so removing a profile leaves its key
    // nowhere.
    void readKey(const QString &profileId);
    void writeKey(const QString &profileId, const QString &key);
    void deleteKey(const QString &profileId);

    // Calls `done` once, with the outcome of the next `operation` on `profileId`: an empty
    // message when it succeeded, else the failure's message. Forgotten with `context`.
    void whenFinished(const QString &profileId, Operation operation, QObject *context,
                      std::function<void(const QString &failureMessage, Failure failure)> done);

    // Keychain jobs started and not finished yet.
    int pendingJobs() const { return m_pendingJobs; }

Q_SIGNALS:
    void availabilityKnown(bool keychainAvailable);
    void backendChanged(CredentialStore::Backend backend);
    void keyRead(const QString &profileId, const QString &key);
    void keyWritten(const QString &profileId);
    void keyDeleted(const QString &profileId);
    // message is plain words for the user; failure tells the UI what to offer next.
    void failed(const QString &profileId, CredentialStore::Operation operation,
                const QString &message, CredentialStore::Failure failure);

private:
    // keychainRequired false: a clean-up delete that succeeds when no keychain answers.
    void startJob(QKeychain::Job *job, const QString &profileId, Operation operation,
                  bool keychainRequired = true);
    void jobFinished(QKeychain::Job *job, const QString &profileId, Operation operation,
                     bool keychainRequired);
    void confirmDeleted(const QString &profileId);
    void noteAvailability(bool available);
    void setBackend(Backend backend);
    // Signals of the in-memory and file backends are queued too, so callers see the same
    // asynchronous contract whatever the backend.
    void later(std::function<void()> emitter);
    void fail(const QString &profileId, Operation operation, Failure failure,
              const QString &message);
    bool rejectInvalid(const QString &profileId, Operation operation, const QString *key);

    Backend m_backend = Backend::Keychain;
    Availability m_availability = Availability::Unknown;
    QHash<QString, QString> m_sessionKeys; // profile id -> key, SessionOnly
    int m_pendingJobs = 0;
};
