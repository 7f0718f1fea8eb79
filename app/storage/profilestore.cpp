#include "profilestore.h"

#include "domain/apibaseurl.h"
#include "privatefiles.h"
#include "storagelogging.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QString group = u"profiles"_s;
const QString orderKey = u"profiles/order"_s;
const QString currentKey = u"profiles/current"_s;

QString profileKey(const QString &id, QLatin1StringView field)
{
    return group + u'/' + id + u'/' + field;
}

} // namespace

QString Profile::keyStorageName(KeyStorage storage)
{
    switch (storage) {
    case KeyStorage::Keychain:
        return u"keychain"_s;
    case KeyStorage::Session:
        return u"session"_s;
    case KeyStorage::None:
        return u"none"_s;
    }
    return u"keychain"_s;
}

Profile::KeyStorage Profile::keyStorageFromName(const QString &name)
{
    if (name == "session"_L1)
        return KeyStorage::Session;
    if (name == "none"_L1)
        return KeyStorage::None;
    return KeyStorage::Keychain;
}

CredentialStore::Backend Profile::backendFor(KeyStorage storage)
{
    switch (storage) {
    case KeyStorage::Session:
        return CredentialStore::Backend::SessionOnly;
    case KeyStorage::Keychain:
    case KeyStorage::None:
        break;
    }
    return CredentialStore::Backend::Keychain;
}

Profile::KeyStorage Profile::storageFor(CredentialStore::Backend backend)
{
    switch (backend) {
    case CredentialStore::Backend::SessionOnly:
        return KeyStorage::Session;
    case CredentialStore::Backend::Keychain:
        break;
    }
    return KeyStorage::Keychain;
}

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    PrivateFiles::prepareSettingsFile(m_settings->fileName());
}

ProfileStore::ProfileStore(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{
    PrivateFiles::prepareSettingsFile(m_settings->fileName());
}

ProfileStore::~ProfileStore() = default;

Profile ProfileStore::sandboxProfile()
{
    Profile sandbox;
    sandbox.id = Profile::sandboxId();
    sandbox.name = tr("Sandbox (built-in)");
    sandbox.keyStorage = Profile::KeyStorage::None;
    return sandbox;
}

QString ProfileStore::validate(const QString &name, const QUrl &baseUrl,
                               const QString &excludeId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the profile a name.");
    if (trimmed.compare(sandboxProfile().name, Qt::CaseInsensitive) == 0)
        return tr("That name belongs to the built-in sandbox.");
    for (const QString &id : savedIds()) {
        if (id == excludeId)
            continue;
        const QString other = m_settings->value(profileKey(id, "name"_L1)).toString();
        if (other.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("Another profile is already called \"%1\".").arg(other);
    }
    if (!ApiBaseUrl::isAllowed(baseUrl))
        return tr("The base URL must start with https:// (plain http is allowed only for this "
                  "computer, such as http://127.0.0.1).");
    if (!baseUrl.userInfo().isEmpty())
        return tr("The base URL must not contain a user name or password.");
    return {};
}

QStringList ProfileStore::savedIds() const
{
    QStringList ids = m_settings->value(orderKey).toStringList();
    // Profiles written by hand or by an older version without the order list still count.
    m_settings->beginGroup(group);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList result;
    for (const QString &id : std::as_const(ids)) {
        if (groups.contains(id) && !result.contains(id))
            result.append(id);
    }
    for (const QString &id : groups) {
        if (!result.contains(id) && id != Profile::sandboxId())
            result.append(id);
    }
    return result;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result{sandboxProfile()};
    for (const QString &id : savedIds()) {
        if (const std::optional<Profile> saved = profile(id))
            result.append(*saved);
    }
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id == Profile::sandboxId())
        return sandboxProfile();
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    m_settings->beginGroup(group);
    const bool exists = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    Profile saved;
    saved.id = id;
    saved.name = m_settings->value(profileKey(id, "name"_L1)).toString();
    saved.baseUrl = QUrl(m_settings->value(profileKey(id, "baseUrl"_L1)).toString());
    saved.keyStorage =
        Profile::keyStorageFromName(m_settings->value(profileKey(id, "keyStorage"_L1)).toString());
    return saved;
}

bool ProfileStore::contains(const QString &id) const
{
    return profile(id).has_value();
}

int ProfileStore::savedProfileCount() const
{
    return int(savedIds().size());
}

Profile ProfileStore::addProfile(const QString &name, const QUrl &baseUrl,
                                 Profile::KeyStorage keyStorage, QString *errorMessage)
{
    QString problem = validate(name, baseUrl);
    if (problem.isEmpty() && keyStorage == Profile::KeyStorage::None)
        problem = tr("Only the built-in sandbox goes without a key.");
    if (!problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return {};
    }
    Profile added;
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    added.name = name.trimmed();
    added.baseUrl = baseUrl;
    added.keyStorage = keyStorage;
    writeProfile(added);
    QStringList order = savedIds();
    order.append(added.id);
    m_settings->setValue(orderKey, order);
    sync();
    qCInfo(lcStorage).noquote() << "profile added:" << added.id;
    Q_EMIT profilesChanged();
    return added;
}

bool ProfileStore::updateProfile(const Profile &profile, QString *errorMessage)
{
    QString problem;
    if (profile.isSandbox())
        problem = tr("The built-in sandbox cannot be changed.");
    else if (!contains(profile.id))
        problem = tr("That profile no longer exists.");
    else if (profile.keyStorage == Profile::KeyStorage::None)
        problem = tr("Only the built-in sandbox goes without a key.");
    else
        problem = validate(profile.name, profile.baseUrl, profile.id);
    if (!problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    Profile updated = profile;
    updated.name = profile.name.trimmed();
    if (this->profile(updated.id) == updated)
        return true;
    writeProfile(updated);
    sync();
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::removeProfile(const QString &id)
{
    if (id == Profile::sandboxId() || !contains(id))
        return false;
    const bool wasCurrent = m_settings->value(currentKey).toString() == id;
    QStringList order = savedIds();
    order.removeAll(id);
    m_settings->remove(group + u'/' + id);
    m_settings->setValue(orderKey, order);
    if (wasCurrent)
        m_settings->setValue(currentKey, Profile::sandboxId());
    sync();
    qCInfo(lcStorage).noquote() << "profile removed:" << id;
    Q_EMIT profilesChanged();
    if (wasCurrent)
        Q_EMIT currentProfileChanged(Profile::sandboxId());
    return true;
}

bool ProfileStore::removeProfileAndKey(const QString &id, CredentialStore *credentials)
{
    const std::optional<Profile> removed = profile(id);
    if (!removed || removed->isSandbox() || !removeProfile(id))
        return false;
    if (credentials)
        credentials->deleteKey(id);
    return true;
}

QString ProfileStore::currentProfileId() const
{
    const QString id = m_settings->value(currentKey).toString();
    return contains(id) ? id : QString();
}

bool ProfileStore::setCurrentProfileId(const QString &id)
{
    if (!contains(id))
        return false;
    if (m_settings->value(currentKey).toString() == id)
        return true;
    m_settings->setValue(currentKey, id);
    sync();
    Q_EMIT currentProfileChanged(id);
    return true;
}

bool ProfileStore::isFirstRun() const
{
    return savedIds().isEmpty() && !m_settings->contains(currentKey);
}

QString ProfileStore::settingsFilePath() const
{
    return m_settings->fileName();
}

void ProfileStore::writeProfile(const Profile &profile)
{
    m_settings->setValue(profileKey(profile.id, "name"_L1), profile.name);
    m_settings->setValue(profileKey(profile.id, "baseUrl"_L1),
                         profile.baseUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(profileKey(profile.id, "keyStorage"_L1),
                         Profile::keyStorageName(profile.keyStorage));
}

void ProfileStore::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcStorage).noquote()
            << "settings could not be saved to" << m_settings->fileName();
}
