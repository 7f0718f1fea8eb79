#pragma once

#include "credentialstore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

// One account the console can talk to. Holds no key: keys live in CredentialStore.
struct Profile
{
    // Where the profile's key is kept; None only for the built-in sandbox.
    enum class KeyStorage { Keychain, Session, None };

    QString id; // a UUID, or sandboxId()
    QString name;
    QUrl baseUrl; // empty for the sandbox: its local address is known once it runs
    KeyStorage keyStorage = KeyStorage::Keychain;

    static QString sandboxId() { return QStringLiteral("sandbox"); }
    bool isSandbox() const { return id == sandboxId(); }
    bool isValid() const { return !id.isEmpty(); }

    static QString keyStorageName(KeyStorage storage);
    static KeyStorage keyStorageFromName(const QString &name); // unknown -> Keychain
    // Which CredentialStore backend serves this storage (None -> Keychain: nothing to read).
    static CredentialStore::Backend backendFor(KeyStorage storage);
    static KeyStorage storageFor(CredentialStore::Backend backend);

    friend bool operator==(const Profile &, const Profile &) = default;
};

// The saved profiles, in QSettings under the group "profiles":
//   profiles/<id>/name, profiles/<id>/baseUrl, profiles/<id>/keyStorage,
//   profiles/order (ids in the order added), profiles/current (the chosen profile).
// The built-in sandbox is always the first entry of profiles() but is never written as a
// profile. The store never sees a key.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // Uses the application's QSettings (organization and application names set first).
    explicit ProfileStore(QObject *parent = nullptr);
    // Uses an INI file, for tests and portable setups.
    explicit ProfileStore(const QString &iniFilePath, QObject *parent = nullptr);
    ~ProfileStore() override;

    static Profile sandboxProfile();
    // Plain words for what is wrong with a name / base URL, or an empty string if fine.
    // excludeId: the profile being edited, whose own name is no clash.
    QString validate(const QString &name, const QUrl &baseUrl,
                     const QString &excludeId = QString()) const;

    QList<Profile> profiles() const; // sandbox first, then saved profiles in order
    std::optional<Profile> profile(const QString &id) const;
    bool contains(const QString &id) const;
    int savedProfileCount() const;

    // Returns the new profile, or an invalid Profile (empty id) with *errorMessage set.
    Profile addProfile(const QString &name, const QUrl &baseUrl,
                       Profile::KeyStorage keyStorage = Profile::KeyStorage::Keychain,
                       QString *errorMessage = nullptr);
    // Changes name, base URL or key storage of a saved profile (not the sandbox).
    bool updateProfile(const Profile &profile, QString *errorMessage = nullptr);
    // Removes the profile only; its key stays wherever it is. Prefer removeProfileAndKey.
    // When the removed profile was current, the sandbox becomes current.
    bool removeProfile(const QString &id);
    // Removes the profile and starts deleting its key everywhere (credentials->deleteKey(id)):
    // the outcome arrives as credentials' keyDeleted / failed signals.
    bool removeProfileAndKey(const QString &id, CredentialStore *credentials);

    // Empty until a choice is made (or when the chosen profile no longer exists).
    QString currentProfileId() const;
    bool setCurrentProfileId(const QString &id);
    // No saved profile and no choice made yet (not even the sandbox): show the first-run dialog.
    bool isFirstRun() const;

    QString settingsFilePath() const;

Q_SIGNALS:
    void profilesChanged();
    void currentProfileChanged(const QString &id);

private:
    QStringList savedIds() const;
    void writeProfile(const Profile &profile);
    void sync();

    std::unique_ptr<QSettings> m_settings;
};
