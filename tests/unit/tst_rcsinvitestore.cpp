#include "storage/rcsinvitestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// RcsInviteStore: the console's memory of the test numbers it invited, per agent.
class TestRcsInviteStore : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(const QString &iso)
    {
        return QDateTime::fromString(iso, Qt::ISODateWithMs);
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private Q_SLOTS:
    void roundTripsThroughTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDateTime invited = at(u"2026-03-01T10:00:00.000Z"_s);
        const QDateTime checked = at(u"2026-03-01T10:06:30.250Z"_s);
        {
            RcsInviteStore store(dir.path());
            QSignalSpy changed(&store, &RcsInviteStore::invitesChanged);
            QVERIFY(store.recordInvite(u"agent_a"_s, u"+13125550100"_s, u"pending"_s, invited));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().first().toString(), u"agent_a"_s);
            // A re-invite keeps the first invite time and moves the check time.
            QVERIFY(store.recordInvite(u"agent_a"_s, u"+13125550100"_s, u"accepted"_s, checked));
            QVERIFY(store.lastError().isEmpty());
        }
        QVERIFY(QFile::exists(dir.filePath(RcsInviteStore::fileName())));

        RcsInviteStore reopened(dir.path());
        QVERIFY(!reopened.loadedCorruptFile());
        const QList<RcsInviteRecord> invites = reopened.invites(u"agent_a"_s);
        QCOMPARE(invites.size(), 1);
        const RcsInviteRecord &invite = invites.first();
        QCOMPARE(invite.agentId, u"agent_a"_s);
        QCOMPARE(invite.phoneNumber, u"+13125550100"_s);
        QCOMPARE(invite.status, u"accepted"_s);
        QCOMPARE(invite.invitedAt, invited);
        QCOMPARE(invite.checkedAt, checked);
        QVERIFY(reopened.find(u"agent_a"_s, u"+13125550100"_s).has_value());
        QVERIFY(!reopened.find(u"agent_a"_s, u"+13125550102"_s).has_value());
    }

    void keepsAgentsApart()
    {
        QTemporaryDir dir;
        RcsInviteStore store(dir.path());
        QVERIFY(store.recordInvite(u"agent_a"_s, u"+13125550100"_s, u"pending"_s,
                                   at(u"2026-03-01T10:00:00.000Z"_s)));
        QVERIFY(store.recordInvite(u"agent_a"_s, u"+13125550102"_s, u"pending"_s,
                                   at(u"2026-03-02T10:00:00.000Z"_s)));
        // The same number invited to another agent is another invite.
        QVERIFY(store.recordInvite(u"agent_b"_s, u"+13125550100"_s, u"accepted"_s,
                                   at(u"2026-03-03T10:00:00.000Z"_s)));

        RcsInviteStore reopened(dir.path());
        const QList<RcsInviteRecord> first = reopened.invites(u"agent_a"_s);
        QCOMPARE(first.size(), 2);
        // Most recent invite first.
        QCOMPARE(first.at(0).phoneNumber, u"+13125550102"_s);
        QCOMPARE(first.at(1).phoneNumber, u"+13125550100"_s);
        QCOMPARE(first.at(1).status, u"pending"_s);
        const QList<RcsInviteRecord> second = reopened.invites(u"agent_b"_s);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().status, u"accepted"_s);
        QVERIFY(reopened.invites(u"agent_c"_s).isEmpty());

        // Forgetting one agent's number leaves the other agent's alone.
        QVERIFY(reopened.remove(u"agent_b"_s, u"+13125550100"_s));
        QVERIFY(!reopened.remove(u"agent_b"_s, u"+13125550100"_s));
        RcsInviteStore third(dir.path());
        QVERIFY(third.invites(u"agent_b"_s).isEmpty());
        QCOMPARE(third.invites(u"agent_a"_s).size(), 2);
    }

    void refusesInvitesWithoutAgentOrNumber()
    {
        QTemporaryDir dir;
        RcsInviteStore store(dir.path());
        QVERIFY(!store.recordInvite({}, u"+13125550100"_s, u"pending"_s));
        QVERIFY(!store.recordInvite(u"agent_a"_s, {}, u"pending"_s));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.allInvites().isEmpty());
        QVERIFY(!QFile::exists(store.filePath()));
    }

    void toleratesACorruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"format\": \"telnyx-console-rcs-in");
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("other format") << QByteArray(R"({"format": "something", "version": 1})");
        QTest::newRow("binary") << QByteArray("\x00\xff\x10garbage", 10);
    }

    void toleratesACorruptFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(RcsInviteStore::fileName());
        writeFile(path, content);

        RcsInviteStore store(dir.path());
        QVERIFY(store.loadedCorruptFile());
        QVERIFY(store.allInvites().isEmpty());
        // The next write works, and the unreadable file is kept aside rather than lost.
        QVERIFY(store.recordInvite(u"agent_a"_s, u"+13125550100"_s, u"pending"_s));
        QFile aside(path + u".corrupt"_s);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);

        RcsInviteStore reopened(dir.path());
        QVERIFY(!reopened.loadedCorruptFile());
        QCOMPARE(reopened.invites(u"agent_a"_s).size(), 1);
    }

    void skipsDamagedEntriesOnly()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(RcsInviteStore::fileName()),
                  R"({"format": "telnyx-console-rcs-invites", "version": 1, "invites": [
                      {"agent_id": "agent_a", "phone_number": "+13125550100", "status": "pending",
                       "invited_at": "2026-03-01T10:00:00.000Z"},
                      {"agent_id": "", "phone_number": "+13125550102"},
                      42,
                      {"agent_id": "agent_a", "phone_number": "+13125550104", "status": 7}]})");
        RcsInviteStore store(dir.path());
        QVERIFY(!store.loadedCorruptFile());
        const QList<RcsInviteRecord> invites = store.invites(u"agent_a"_s);
        QCOMPARE(invites.size(), 2);
        QVERIFY(store.find(u"agent_a"_s, u"+13125550104"_s)->status.isEmpty());
        QCOMPARE(store.find(u"agent_a"_s, u"+13125550100"_s)->invitedAt,
                 at(u"2026-03-01T10:00:00.000Z"_s));
    }
};

QTEST_GUILESS_MAIN(TestRcsInviteStore)
#include "tst_rcsinvitestore.moc"
