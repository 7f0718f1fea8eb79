#include "storage/credentialstore.h"
#include "storage/profilestore.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// CredentialStore against a real Secret Service: a throwaway gnome-keyring that
// run-with-keyring.sh starts on a private session bus (CTest always runs this test that way).
class TestKeychainReal : public QObject
{
    Q_OBJECT

private:
    struct ReadResult
    {
        bool ok = false;
        QString key;
        QString message;
        CredentialStore::Failure failure = CredentialStore::Failure::Other;
    };

    static constexpr int timeoutMs = 20000;

    static ReadResult read(CredentialStore &store, const QString &profileId)
    {
        QSignalSpy readSpy(&store, &CredentialStore::keyRead);
        QSignalSpy failedSpy(&store, &CredentialStore::failed);
        store.readKey(profileId);
        ReadResult result;
        if (!QTest::qWaitFor([&] { return readSpy.size() + failedSpy.size() > 0; }, timeoutMs))
            return result;
        if (!readSpy.isEmpty()) {
            result.ok = readSpy.first().at(0).toString() == profileId;
            result.key = readSpy.first().at(1).toString();
        } else {
            result.message = failedSpy.first().at(2).toString();
            result.failure = failedSpy.first().at(3).value<CredentialStore::Failure>();
        }
        return result;
    }

    // Runs one write or delete and returns the failure message ("" on success).
    template<typename Signal>
    static QString finish(CredentialStore &store, Signal success,
                          const std::function<void()> &start)
    {
        QSignalSpy doneSpy(&store, success);
        QSignalSpy failedSpy(&store, &CredentialStore::failed);
        start();
        if (!QTest::qWaitFor([&] { return doneSpy.size() + failedSpy.size() > 0; }, timeoutMs))
            return u"timed out"_s;
        return failedSpy.isEmpty() ? QString() : failedSpy.first().at(2).toString();
    }

    static QString write(CredentialStore &store, const QString &profileId, const QString &key)
    {
        return finish(store, &CredentialStore::keyWritten, [&] { store.writeKey(profileId, key); });
    }

    static QString remove(CredentialStore &store, const QString &profileId)
    {
        return finish(store, &CredentialStore::keyDeleted, [&] { store.deleteKey(profileId); });
    }

    // Asks the Secret Service itself (not QtKeychain) which items carry our attributes.
    static int secretServiceItems(const QString &profileId)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
            u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
        QMap<QString, QString> attributes{{u"server"_s, CredentialStore::serviceName()},
                                          {u"user"_s, CredentialStore::keyName(profileId)}};
        call << QVariant::fromValue(attributes);
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
            return -1;
        const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
        const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
        return int(unlocked.size() + locked.size());
    }

    static QStringList filesContaining(const QString &root, const QString &text)
    {
        QStringList found;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                found.append(file.fileName());
        }
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ProfileStore> m_profiles;
    Profile m_production;
    Profile m_staging;
    const QString m_firstKey = u"KEY0123456789ABCDEFGHIJ_first_production"_s;
    const QString m_secondKey = u"KEY9876543210ZYXWVUTSRQ_second_production"_s;
    const QString m_stagingKey = u"staging key with an unusual shape: é/+=%"_s;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("CONSOLE_THROWAWAY_KEYRING") != "1"_L1)
            QSKIP("Run through tests/keychain/run-with-keyring.sh (ctest does): this test "
                  "writes to the keychain.");
        QCoreApplication::setOrganizationName(u"TelnyxHostedConsoleTest"_s);
        QCoreApplication::setApplicationName(u"tst_keychain_real"_s);
        qDBusRegisterMetaType<QMap<QString, QString>>();
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<CredentialStore>();
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"settings.ini"_s));
        m_production = m_profiles->addProfile(u"Production"_s, QUrl(u"https://api.telnyx.com"_s));
        m_staging = m_profiles->addProfile(u"Staging"_s, QUrl(u"https://staging.example.com"_s));
        QVERIFY(m_production.isValid());
        QVERIFY(m_staging.isValid());
    }

    void probeFindsTheKeychain()
    {
        QCOMPARE(m_store->keychainAvailability(), CredentialStore::Availability::Unknown);
        QSignalSpy spy(m_store.get(), &CredentialStore::availabilityKnown);
        m_store->probe();
        QVERIFY(spy.wait(timeoutMs));
        QCOMPARE(spy.first().at(0).toBool(), true);
        QCOMPARE(m_store->keychainAvailability(), CredentialStore::Availability::Available);
        QCOMPARE(m_store->backend(), CredentialStore::Backend::Keychain);
    }

    void readingAMissingKeySaysNotFound()
    {
        const ReadResult result = read(*m_store, m_production.id);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure, CredentialStore::Failure::NotFound);
        QVERIFY2(result.message.contains("not found"_L1), qPrintable(result.message));
    }

    void writeThenReadBack()
    {
        QCOMPARE(write(*m_store, m_production.id, m_firstKey), QString());
        QCOMPARE(m_store->pendingJobs(), 0);
        const ReadResult result = read(*m_store, m_production.id);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.key, m_firstKey);
        // It really is a Secret Service item, under the app's service and the profile's key.
        QCOMPARE(secretServiceItems(m_production.id), 1);
    }

    void overwriteReplacesTheKey()
    {
        QCOMPARE(write(*m_store, m_production.id, m_secondKey), QString());
        const ReadResult result = read(*m_store, m_production.id);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.key, m_secondKey);
        QCOMPARE(secretServiceItems(m_production.id), 1);
    }

    void twoProfilesKeptApart()
    {
        QCOMPARE(write(*m_store, m_staging.id, m_stagingKey), QString());

        // Switching profile reads the other profile's key, and back again.
        QVERIFY(m_profiles->setCurrentProfileId(m_staging.id));
        ReadResult result = read(*m_store, m_profiles->currentProfileId());
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.key, m_stagingKey);

        QVERIFY(m_profiles->setCurrentProfileId(m_production.id));
        result = read(*m_store, m_profiles->currentProfileId());
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.key, m_secondKey);

        // A second store (the next start of the app) finds both.
        CredentialStore nextStart;
        QCOMPARE(read(nextStart, m_staging.id).key, m_stagingKey);
        QCOMPARE(read(nextStart, m_production.id).key, m_secondKey);
    }

    void keysStayOutOfSettingsAndFiles()
    {
        // The keyring file is encrypted; nothing under the throwaway HOME or the settings
        // may hold a key in clear.
        for (const QString &key : {m_firstKey, m_secondKey, m_stagingKey}) {
            QCOMPARE(filesContaining(m_dir.path(), key), QStringList());
            QCOMPARE(filesContaining(QDir::homePath(), key), QStringList());
        }
    }

    void deleteThenReadFailsWithNotFound()
    {
        QCOMPARE(remove(*m_store, m_production.id), QString());
        const ReadResult result = read(*m_store, m_production.id);
        QVERIFY(!result.ok);
        QCOMPARE(result.failure, CredentialStore::Failure::NotFound);
        QVERIFY2(result.message.contains("not found"_L1), qPrintable(result.message));
        QCOMPARE(secretServiceItems(m_production.id), 0);

        // The other profile's key is untouched.
        QCOMPARE(read(*m_store, m_staging.id).key, m_stagingKey);
    }

    void removingAProfileDeletesItsKey()
    {
        QSignalSpy deletedSpy(m_store.get(), &CredentialStore::keyDeleted);
        QVERIFY(m_profiles->removeProfileAndKey(m_staging.id, m_store.get()));
        QVERIFY(deletedSpy.wait(timeoutMs));
        QCOMPARE(deletedSpy.first().at(0).toString(), m_staging.id);
        QVERIFY(!m_profiles->contains(m_staging.id));
        QCOMPARE(secretServiceItems(m_staging.id), 0);
        QCOMPARE(read(*m_store, m_staging.id).failure, CredentialStore::Failure::NotFound);
    }

    void sandboxHasNoStoredKey()
    {
        QSignalSpy failedSpy(m_store.get(), &CredentialStore::failed);
        m_store->writeKey(Profile::sandboxId(), m_firstKey);
        QVERIFY(failedSpy.wait(timeoutMs));
        QCOMPARE(failedSpy.first().at(3).value<CredentialStore::Failure>(),
                 CredentialStore::Failure::Invalid);
        QCOMPARE(secretServiceItems(Profile::sandboxId()), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychainReal)
#include "tst_keychain_real.moc"
