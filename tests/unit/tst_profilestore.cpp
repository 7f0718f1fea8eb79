#include "storage/credentialstore.h"
#include "storage/profilestore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// ProfileStore on a throwaway INI file: add, update, remove, the built-in sandbox, the
// https rule, the current profile, and that no key ever reaches the settings file.
class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QString m_settingsPath;
    std::unique_ptr<QTemporaryDir> m_dir;

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // removeProfileAndKey may try the keychain: keep this unit test off any real one.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settingsPath = m_dir->filePath(u"console.ini"_s);
    }

    void firstRunShowsOnlyTheSandbox()
    {
        ProfileStore store(m_settingsPath);
        QVERIFY(store.isFirstRun());
        QCOMPARE(store.currentProfileId(), QString());
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, u"sandbox"_s);
        QCOMPARE(all.first().name, u"Sandbox (built-in)"_s);
        QVERIFY(all.first().isSandbox());
        QCOMPARE(all.first().keyStorage, Profile::KeyStorage::None);
        QCOMPARE(store.savedProfileCount(), 0);
    }

    void choosingTheSandboxEndsTheFirstRun()
    {
        ProfileStore store(m_settingsPath);
        QSignalSpy currentSpy(&store, &ProfileStore::currentProfileChanged);
        QVERIFY(store.setCurrentProfileId(Profile::sandboxId()));
        QCOMPARE(currentSpy.size(), 1);
        QVERIFY(!store.isFirstRun());
        QCOMPARE(store.currentProfileId(), Profile::sandboxId());
        // Still no saved profile: the sandbox is never written as one.
        QCOMPARE(store.savedProfileCount(), 0);
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        settings.beginGroup(u"profiles"_s);
        QCOMPARE(settings.childGroups(), QStringList());
        // And on the next start the choice is remembered.
        QVERIFY(!ProfileStore(m_settingsPath).isFirstRun());
    }

    void addUpdateRemove()
    {
        ProfileStore store(m_settingsPath);
        QSignalSpy changedSpy(&store, &ProfileStore::profilesChanged);

        const Profile production =
            store.addProfile(u" Production "_s, QUrl(u"https://api.telnyx.com/v2"_s));
        QVERIFY(production.isValid());
        QVERIFY(!QUuid::fromString(production.id).isNull());
        QCOMPARE(production.name, u"Production"_s);
        QCOMPARE(production.keyStorage, Profile::KeyStorage::Keychain);
        const Profile staging = store.addProfile(u"Staging"_s, QUrl(u"https://staging.test"_s),
                                                 Profile::KeyStorage::Session);
        QVERIFY(staging.isValid());
        QCOMPARE(changedSpy.size(), 2);
        QVERIFY(!store.isFirstRun());

        // Sandbox first, then in the order added; the same after a restart.
        const auto ids = [](const QList<Profile> &profiles) {
            QStringList result;
            for (const Profile &p : profiles)
                result.append(p.id);
            return result;
        };
        const QStringList expected{Profile::sandboxId(), production.id, staging.id};
        QCOMPARE(ids(store.profiles()), expected);
        ProfileStore reopened(m_settingsPath);
        QCOMPARE(ids(reopened.profiles()), expected);
        QCOMPARE(*reopened.profile(staging.id), staging);

        Profile renamed = production;
        renamed.name = u"Production (EU)"_s;
        renamed.baseUrl = QUrl(u"https://api.telnyx.eu"_s);
        renamed.keyStorage = Profile::KeyStorage::Session;
        QVERIFY(store.updateProfile(renamed));
        QCOMPARE(changedSpy.size(), 3);
        QCOMPARE(*ProfileStore(m_settingsPath).profile(production.id), renamed);
        // An update that changes nothing is no change.
        QVERIFY(store.updateProfile(renamed));
        QCOMPARE(changedSpy.size(), 3);

        QVERIFY(store.removeProfile(staging.id));
        QCOMPARE(changedSpy.size(), 4);
        QVERIFY(!store.contains(staging.id));
        QVERIFY(!store.removeProfile(staging.id));
        QCOMPARE(ids(ProfileStore(m_settingsPath).profiles()),
                 (QStringList{Profile::sandboxId(), production.id}));

        Profile gone = staging;
        QString error;
        QVERIFY(!store.updateProfile(gone, &error));
        QVERIFY(!error.isEmpty());
    }

    void sandboxCannotBeChangedOrRemoved()
    {
        ProfileStore store(m_settingsPath);
        QVERIFY(!store.removeProfile(Profile::sandboxId()));
        Profile sandbox = ProfileStore::sandboxProfile();
        sandbox.name = u"Mine"_s;
        sandbox.baseUrl = QUrl(u"https://example.com"_s);
        QString error;
        QVERIFY(!store.updateProfile(sandbox, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(
            !store.addProfile(u"sandbox (BUILT-IN)"_s, QUrl(u"https://example.com"_s)).isValid());
        QVERIFY(
            !store.addProfile(u"Other"_s, QUrl(u"https://example.com"_s), Profile::KeyStorage::None)
                 .isValid());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first(), ProfileStore::sandboxProfile());
    }

    void baseUrlRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://api.telnyx.com"_s << true;
        QTest::newRow("https with path and port") << u"https://api.example.com:8443/v2"_s << true;
        QTest::newRow("http remote") << u"http://api.telnyx.com"_s << false;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:9000/v2"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http private lan") << u"http://192.168.1.10"_s << false;
        QTest::newRow("ftp") << u"ftp://api.telnyx.com"_s << false;
        QTest::newRow("no scheme") << u"api.telnyx.com"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("credentials in url") << u"https://user:secret@api.telnyx.com"_s << false;
    }

    void baseUrlRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        ProfileStore store(m_settingsPath);
        QString error;
        const Profile added = store.addProfile(u"Account"_s, QUrl(url), {}, &error);
        QCOMPARE(added.isValid(), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        QCOMPARE(store.savedProfileCount(), accepted ? 1 : 0);
        QCOMPARE(store.validate(u"Other"_s, QUrl(url)).isEmpty(), accepted);
    }

    void namesMustBeGivenAndUnique()
    {
        ProfileStore store(m_settingsPath);
        const QUrl url(u"https://api.telnyx.com"_s);
        const Profile first = store.addProfile(u"Production"_s, url);
        QVERIFY(first.isValid());
        QString error;
        QVERIFY(!store.addProfile(u"   "_s, url, {}, &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.addProfile(u"production"_s, url, {}, &error).isValid());
        QVERIFY2(error.contains(u"Production"_s), qPrintable(error));
        // Keeping its own name is fine when editing.
        QVERIFY(store.validate(u"Production"_s, url, first.id).isEmpty());
    }

    void currentProfile()
    {
        ProfileStore store(m_settingsPath);
        const Profile production = store.addProfile(u"Production"_s, QUrl(u"https://a.test"_s));
        const Profile staging = store.addProfile(u"Staging"_s, QUrl(u"https://b.test"_s));
        QSignalSpy currentSpy(&store, &ProfileStore::currentProfileChanged);

        QVERIFY(!store.setCurrentProfileId(u"no-such-profile"_s));
        QVERIFY(!store.setCurrentProfileId(QString()));
        QCOMPARE(currentSpy.size(), 0);

        QVERIFY(store.setCurrentProfileId(staging.id));
        QCOMPARE(store.currentProfileId(), staging.id);
        QCOMPARE(ProfileStore(m_settingsPath).currentProfileId(), staging.id);
        QVERIFY(store.setCurrentProfileId(production.id));
        QCOMPARE(currentSpy.size(), 2);
        QCOMPARE(currentSpy.last().at(0).toString(), production.id);

        // Removing the current profile falls back to the sandbox.
        QVERIFY(store.removeProfile(production.id));
        QCOMPARE(store.currentProfileId(), Profile::sandboxId());
        QCOMPARE(currentSpy.last().at(0).toString(), Profile::sandboxId());
        QVERIFY(!store.isFirstRun());
    }

    void keyStorageNamesRoundTrip()
    {
        for (const auto storage : {Profile::KeyStorage::Keychain, Profile::KeyStorage::Session,
                                   Profile::KeyStorage::None})
            QCOMPARE(Profile::keyStorageFromName(Profile::keyStorageName(storage)), storage);
        QCOMPARE(Profile::keyStorageFromName(u"garbage"_s), Profile::KeyStorage::Keychain);
        // There is no file storage (any more): a profile saved as such looks in the keychain.
        QCOMPARE(Profile::keyStorageFromName(u"plaintext"_s), Profile::KeyStorage::Keychain);
        for (const auto backend :
             {CredentialStore::Backend::Keychain, CredentialStore::Backend::SessionOnly})
            QCOMPARE(Profile::backendFor(Profile::storageFor(backend)), backend);
    }

    void keyNeverReachesTheSettingsFile()
    {
        const QString key = u"KEY01HZXQ4F0SETTINGSLEAKCHECK_abcdef"_s;
        ProfileStore store(m_settingsPath);
        CredentialStore credentials;
        credentials.useSessionOnly();

        const Profile production = store.addProfile(u"Production"_s, QUrl(u"https://a.test"_s),
                                                    Profile::KeyStorage::Session);
        const Profile staging =
            store.addProfile(u"Staging"_s, QUrl(u"https://b.test"_s), Profile::KeyStorage::Session);
        QSignalSpy writtenSpy(&credentials, &CredentialStore::keyWritten);
        credentials.writeKey(production.id, key);
        QVERIFY(writtenSpy.wait(5000));
        QSignalSpy readSpy(&credentials, &CredentialStore::keyRead);
        credentials.readKey(production.id);
        QVERIFY(readSpy.wait(5000));
        QCOMPARE(readSpy.first().at(1).toString(), key);

        Profile renamed = production;
        renamed.name = u"Production (main)"_s;
        QVERIFY(store.updateProfile(renamed));
        QVERIFY(store.setCurrentProfileId(production.id));

        QSignalSpy deletedSpy(&credentials, &CredentialStore::keyDeleted);
        QVERIFY(store.removeProfileAndKey(production.id, &credentials));
        QVERIFY(deletedSpy.wait(5000));
        QCOMPARE(deletedSpy.first().at(0).toString(), production.id);
        QSignalSpy failedSpy(&credentials, &CredentialStore::failed);
        credentials.readKey(production.id);
        QVERIFY(failedSpy.wait(5000));
        QCOMPARE(failedSpy.first().at(3).value<CredentialStore::Failure>(),
                 CredentialStore::Failure::NotFound);

        const QByteArray settingsBytes = fileBytes(store.settingsFilePath());
        QVERIFY(settingsBytes.contains(staging.id.toUtf8())); // the file was written
        QVERIFY(!settingsBytes.contains(key.toUtf8()));
        QVERIFY(!settingsBytes.contains(QByteArray("KEY01HZXQ4F0")));
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!fileBytes(path).contains(key.toUtf8()), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
