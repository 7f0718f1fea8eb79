#include "storage/credentialstore.h"
#include "storage/profilestore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// CredentialStore on a machine without a Secret Service: no D-Bus session bus at all.
// HOME and the XDG config/data dirs point into a throwaway directory, so every file the
// store or QSettings could write is under m_home and can be checked.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private:
    static constexpr int timeoutMs = 20000;

    struct Outcome
    {
        QString signal; // "read", "written", "deleted", "failed"
        QString key;
        QString message;
        CredentialStore::Failure failure = CredentialStore::Failure::Other;
    };

    static Outcome run(CredentialStore &store, const std::function<void()> &start)
    {
        QSignalSpy readSpy(&store, &CredentialStore::keyRead);
        QSignalSpy writtenSpy(&store, &CredentialStore::keyWritten);
        QSignalSpy deletedSpy(&store, &CredentialStore::keyDeleted);
        QSignalSpy failedSpy(&store, &CredentialStore::failed);
        start();
        // Even the in-memory backend answers asynchronously, never inside the call.
        const qsizetype immediate =
            readSpy.size() + writtenSpy.size() + deletedSpy.size() + failedSpy.size();
        Outcome outcome;
        if (immediate != 0) {
            outcome.signal = u"synchronous"_s;
            return outcome;
        }
        const auto answered = [&] {
            return readSpy.size() + writtenSpy.size() + deletedSpy.size() + failedSpy.size() > 0;
        };
        if (!QTest::qWaitFor(answered, timeoutMs)) {
            outcome.signal = u"timed out"_s;
        } else if (!readSpy.isEmpty()) {
            outcome.signal = u"read"_s;
            outcome.key = readSpy.first().at(1).toString();
        } else if (!writtenSpy.isEmpty()) {
            outcome.signal = u"written"_s;
        } else if (!deletedSpy.isEmpty()) {
            outcome.signal = u"deleted"_s;
        } else if (!failedSpy.isEmpty()) {
            outcome.signal = u"failed"_s;
            outcome.message = failedSpy.first().at(2).toString();
            outcome.failure = failedSpy.first().at(3).value<CredentialStore::Failure>();
        }
        return outcome;
    }

    QStringList filesContaining(const QString &text) const
    {
        QStringList found;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                found.append(file.fileName());
        }
        return found;
    }

    QTemporaryDir m_home;
    Profile m_profile;
    const QString m_key = u"KEYsessionOnly0123456789abcdefXYZ"_s;
    const QString m_sessionKey = u"KEYsessionOnlySecond0123456789qwerty"_s;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // CTest sets this too; set it here as well so running the binary by hand is safe.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"TelnyxHostedConsoleTest"_s);
        QCoreApplication::setApplicationName(u"tst_keychain_unavailable"_s);
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    .startsWith(m_home.path()));

        ProfileStore profiles; // the application's QSettings, under m_home/config
        QVERIFY(profiles.settingsFilePath().startsWith(m_home.path()));
        m_profile = profiles.addProfile(u"Production"_s, QUrl(u"https://api.telnyx.com"_s));
        QVERIFY(m_profile.isValid());
    }

    void probeReportsUnavailable()
    {
        CredentialStore store;
        QSignalSpy spy(&store, &CredentialStore::availabilityKnown);
        QElapsedTimer timer;
        timer.start();
        store.probe();
        QVERIFY(spy.wait(timeoutMs));
        QCOMPARE(spy.first().at(0).toBool(), false);
        QCOMPARE(store.keychainAvailability(), CredentialStore::Availability::Unavailable);
        QVERIFY2(timer.elapsed() < 5000, "the probe must fail fast without a session bus");
        // Nothing switches by itself: the user decides.
        QCOMPARE(store.backend(), CredentialStore::Backend::Keychain);
    }

    void keychainOperationsExplainInPlainWords()
    {
        CredentialStore store;
        const Outcome outcome = run(store, [&] { store.writeKey(m_profile.id, m_key); });
        QCOMPARE(outcome.signal, u"failed"_s);
        QCOMPARE(outcome.failure, CredentialStore::Failure::NoKeychain);
        QCOMPARE(outcome.message, u"No system keychain (Secret Service) is available, so the key "
                                  u"can be kept for this session only."_s);
        QCOMPARE(CredentialStore::noKeychainMessage(), outcome.message);
        QCOMPARE(store.keychainAvailability(), CredentialStore::Availability::Unavailable);
        QCOMPARE(run(store, [&] { store.readKey(m_profile.id); }).failure,
                 CredentialStore::Failure::NoKeychain);
    }

    void sessionOnlyKeepsTheKeyInMemory()
    {
        CredentialStore store;
        QSignalSpy backendSpy(&store, &CredentialStore::backendChanged);
        store.useSessionOnly();
        QCOMPARE(store.backend(), CredentialStore::Backend::SessionOnly);
        QCOMPARE(backendSpy.size(), 1);

        QCOMPARE(run(store, [&] { store.writeKey(m_profile.id, m_key); }).signal, u"written"_s);
        const Outcome readBack = run(store, [&] { store.readKey(m_profile.id); });
        QCOMPARE(readBack.signal, u"read"_s);
        QCOMPARE(readBack.key, m_key);

        // Another store stands for the next start of the app: the key is gone.
        CredentialStore nextStart;
        nextStart.useSessionOnly();
        const Outcome afterRestart = run(nextStart, [&] { nextStart.readKey(m_profile.id); });
        QCOMPARE(afterRestart.signal, u"failed"_s);
        QCOMPARE(afterRestart.failure, CredentialStore::Failure::NotFound);
        QVERIFY(afterRestart.message.contains("not found"_L1));

        // The profile remembers how its key is kept, never the key.
        ProfileStore profiles;
        Profile updated = *profiles.profile(m_profile.id);
        updated.keyStorage = Profile::storageFor(store.backend());
        QVERIFY(profiles.updateProfile(updated));
        QCOMPARE(profiles.profile(m_profile.id)->keyStorage, Profile::KeyStorage::Session);

        QSettings settings;
        settings.sync();
        for (const QString &name : settings.allKeys())
            QVERIFY2(!settings.value(name).toString().contains(m_key), qPrintable(name));
        QVERIFY(QFile::exists(settings.fileName()));
        QCOMPARE(filesContaining(m_key), QStringList());
        // Positive control: the scan does find what is on disk.
        QCOMPARE(filesContaining(u"Production"_s), QStringList{settings.fileName()});

        QCOMPARE(run(store, [&] { store.deleteKey(m_profile.id); }).signal, u"deleted"_s);
        QCOMPARE(run(store, [&] { store.readKey(m_profile.id); }).failure,
                 CredentialStore::Failure::NotFound);
    }

    void removingAProfileClearsItsKeyWithoutAKeychain()
    {
        CredentialStore store;
        store.useSessionOnly();
        ProfileStore profiles;
        const Profile staging = profiles.addProfile(u"Staging"_s, QUrl(u"https://example.com"_s),
                                                    Profile::KeyStorage::Session);
        QVERIFY(staging.isValid());
        QCOMPARE(run(store, [&] { store.writeKey(staging.id, m_sessionKey); }).signal,
                 u"written"_s);
        // Availability unknown: deleteKey also tries the keychain, which is not there; the
        // removal still succeeds, and the session copy is gone.
        bool removed = false;
        const Outcome outcome =
            run(store, [&] { removed = profiles.removeProfileAndKey(staging.id, &store); });
        QVERIFY(removed);
        QCOMPARE(outcome.signal, u"deleted"_s);
        QCOMPARE(run(store, [&] { store.readKey(staging.id); }).failure,
                 CredentialStore::Failure::NotFound);
        QVERIFY(!profiles.contains(staging.id));
    }

    // There is no file fallback: whatever the store is asked, no key reaches the disk.
    void noKeyFileEverAppears()
    {
        CredentialStore store;
        QCOMPARE(run(store, [&] { store.writeKey(m_profile.id, m_sessionKey); }).failure,
                 CredentialStore::Failure::NoKeychain);
        store.useSessionOnly();
        QCOMPARE(run(store, [&] { store.writeKey(m_profile.id, m_sessionKey); }).signal,
                 u"written"_s);
        QCOMPARE(filesContaining(m_sessionKey), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
