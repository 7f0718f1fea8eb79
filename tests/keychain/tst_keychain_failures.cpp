#include "builtin/builtinsandbox.h"
#include "keyentryform.h"
#include "mainwindow.h"
#include "profilesdialog.h"
#include "sandboxtestbed.h"
#include "session/consolesession.h"
#include "storage/credentialstore.h"
#include "storage/profilestore.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A keychain that refuses: the throwaway gnome-keyring of run-with-keyring.sh, locked halfway
// through (with no prompter to unlock it, as on a locked desktop nobody answers). Add profile,
// Enter API key and Remove profile each say what went wrong where it happened, and no profile
// pretends to have a key it has not.
class TestKeychainFailures : public QObject
{
    Q_OBJECT

private:
    static constexpr int timeoutMs = 20000;
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ConsoleSession> m_session;
    Profile m_stored; // its key went in while the keychain was still unlocked

    QUrl sandboxUrl() const { return m_bed->baseUrl(); }
    static QString sandboxKey() { return QString::fromLatin1(SandboxTestbed::apiKey); }

    // Items of a profile in the Secret Service, locked or not (asked directly, not via Qt).
    static int secretServiceItems(const QString &profileId)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
            u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
        call << QVariant::fromValue(
            QMap<QString, QString>{{u"server"_s, CredentialStore::serviceName()},
                                   {u"user"_s, CredentialStore::keyName(profileId)}});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
        if (reply.type() != QDBusMessage::ReplyMessage)
            return -1;
        int count = 0;
        for (const QVariant &paths : reply.arguments())
            count += int(qdbus_cast<QList<QDBusObjectPath>>(paths).size());
        return count;
    }

    static bool lockTheKeyring()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
            u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
        call << QVariant::fromValue(
            QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/aliases/default"_s)});
        return QDBusConnection::sessionBus().call(call).type() == QDBusMessage::ReplyMessage;
    }

    static void fillKeyForm(QWidget *dialog, const QString &name, const QUrl &url,
                            const QString &key)
    {
        auto *nameEdit = dialog->findChild<QLineEdit *>(u"profileNameEdit"_s);
        if (nameEdit->isEnabled() && !nameEdit->isReadOnly())
            nameEdit->setText(name);
        dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(url.toString());
        dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(key);
        dialog->findChild<QPushButton *>(u"validateKeyButton"_s)->click();
    }

    static QString problemText(QWidget *dialog)
    {
        return dialog->findChild<QLabel *>(u"keyProblemLabel"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("CONSOLE_THROWAWAY_KEYRING") != "1"_L1)
            QSKIP("Run through tests/keychain/run-with-keyring.sh (ctest does): this test "
                  "locks the keychain.");
        QVERIFY(m_home.isValid());
        QCoreApplication::setOrganizationName(u"TelnyxHostedConsoleTest"_s);
        QCoreApplication::setApplicationName(u"tst_keychain_failures"_s);
        qDBusRegisterMetaType<QMap<QString, QString>>();
        m_bed = std::make_unique<SandboxTestbed>();
        QVERIFY(m_bed->isListening());
        m_profiles = std::make_unique<ProfileStore>(m_home.filePath(u"profiles.ini"_s));
        m_credentials = std::make_unique<CredentialStore>();
        m_session = std::make_unique<ConsoleSession>(m_profiles.get(), m_credentials.get());
        m_session->setSandboxFactory(BuiltInSandbox::factory());

        // While the keychain still works: a profile with its key stored.
        m_stored = m_profiles->addProfile(u"Stored"_s, sandboxUrl());
        QVERIFY(m_stored.isValid());
        QSignalSpy written(m_credentials.get(), &CredentialStore::keyWritten);
        m_credentials->writeKey(m_stored.id, sandboxKey());
        QVERIFY(written.wait(timeoutMs));
        QCOMPARE(secretServiceItems(m_stored.id), 1);

        QVERIFY(lockTheKeyring());
    }

    void addProfileSaysTheKeyWasNotSavedAndAddsNothing()
    {
        ProfilesDialog dialog(m_session.get());
        dialog.show();
        const int before = int(m_profiles->profiles().size());
        dialog.findChild<QPushButton *>(u"addProfileButton"_s)->click();
        QDialog *add = nullptr;
        QTRY_VERIFY((add = dialog.findChild<QDialog *>(u"addProfileDialog"_s)));
        fillKeyForm(add, u"Refused"_s, sandboxUrl(), sandboxKey());

        QTRY_VERIFY_WITH_TIMEOUT(problemText(add).contains(u"not added"_s), timeoutMs);
        QVERIFY2(problemText(add).contains(u"locked"_s), qPrintable(problemText(add)));
        QVERIFY(add->isVisible()); // what was typed is still there
        QCOMPARE(add->findChild<QLineEdit *>(u"profileNameEdit"_s)->text(), u"Refused"_s);
        QCOMPARE(int(m_profiles->profiles().size()), before);
        for (const Profile &profile : m_profiles->profiles())
            QVERIFY(profile.name != u"Refused"_s);
    }

    void enterApiKeySaysTheKeyWasNotSavedAndOffersTheSession()
    {
        MainWindow window(m_session.get());
        window.show();
        // The stored key cannot be read from a locked keychain: the console asks for it.
        m_session->activate(m_stored.id);
        QDialog *enter = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((enter = window.findChild<QDialog *>(u"enterKeyDialog"_s)),
                                 timeoutMs);
        auto *sessionOnly = enter->findChild<QPushButton *>(u"useKeyForSessionButton"_s);
        QVERIFY(sessionOnly && !sessionOnly->isVisible());
        fillKeyForm(enter, {}, sandboxUrl(), sandboxKey());

        QTRY_VERIFY_WITH_TIMEOUT(problemText(enter).contains(u"not saved"_s), timeoutMs);
        QVERIFY2(problemText(enter).contains(u"locked"_s), qPrintable(problemText(enter)));
        QVERIFY(sessionOnly->isVisible());
        QVERIFY(!m_session->isActive() || m_session->activeProfile().id != m_stored.id);

        QSignalSpy activated(m_session.get(), &ConsoleSession::activated);
        sessionOnly->click();
        QTRY_VERIFY_WITH_TIMEOUT(!activated.isEmpty(), timeoutMs);
        QCOMPARE(m_session->activeProfile().id, m_stored.id);
        QCOMPARE(m_session->client()->hasApiKey(), true);
    }

    void removeProfileKeepsItWhenItsKeyCannotBeDeleted()
    {
        m_session->activate(Profile::sandboxId());
        ProfilesDialog dialog(m_session.get());
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(u"profileList"_s);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == m_stored.id)
                list->setCurrentRow(row);
        }
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), m_stored.id);
        dialog.findChild<QPushButton *>(u"removeProfileButton"_s)->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog.findChild<QMessageBox *>()));
        for (QAbstractButton *button : confirm->buttons()) {
            if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }

        QMessageBox *refused = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (refused = dialog.findChild<QMessageBox *>(u"removeProfileFailedMessage"_s)),
            timeoutMs);
        QVERIFY2(refused->text().contains(u"was not removed"_s), qPrintable(refused->text()));
        QVERIFY2(refused->text().contains(u"locked"_s), qPrintable(refused->text()));
        QVERIFY(m_profiles->contains(m_stored.id));
        QCOMPARE(secretServiceItems(m_stored.id), 1); // the key is still there, and we said so
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_credentials.reset();
        m_profiles.reset();
        m_bed.reset();
    }
};

QTEST_MAIN(TestKeychainFailures)
#include "tst_keychain_failures.moc"
