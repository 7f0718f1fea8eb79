#include "isolatedhome.h"
#include "storage/activitylog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// ActivityLog: the file of what the console wrote, merged from begin and end lines, pruned by
// age, owner-only.
class TestActivityLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static ActivityEntry sample(const QString &action, const QDateTime &startedAt = {})
    {
        ActivityEntry entry;
        entry.startedAt = startedAt;
        entry.profileId = u"p1"_s;
        entry.profileName = u"Desk"_s;
        entry.osUser = u"agent"_s;
        entry.method = "POST";
        entry.path = u"/messages/rcs"_s;
        entry.note =
            ActivityNote::about(action, ActivityArea::rcsAgent, u"agent_1"_s, {u"+13125550100"_s});
        return entry;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(isolateUserFiles(m_home, u"tst_activitylog"_s)); }
    void init() { QSettings().remove(ActivityLog::retentionSettingsKey()); }

    void excerpt_keepsTheFirst40CharactersOnOneLine()
    {
        QCOMPARE(ActivityNote::excerpt(u"short"_s), u"short"_s);
        QCOMPARE(ActivityNote::excerpt(QString(40, u'a')), QString(40, u'a'));
        QCOMPARE(ActivityNote::excerpt(QString(41, u'a')), QString(40, u'a') + u'…');
        QCOMPARE(ActivityNote::excerpt(u"two\nlines"_s), u"two lines"_s);
    }

    void beginAndFinish_areMergedWhenRead()
    {
        QTemporaryDir dir;
        QString doneId;
        QString openId;
        {
            ActivityLog log(dir.path());
            QSignalSpy added(&log, &ActivityLog::entryAdded);
            QSignalSpy changed(&log, &ActivityLog::entryChanged);
            doneId = log.begin(sample(u"Send RCS message"_s));
            openId = log.begin(sample(u"Invite RCS test number"_s));
            QCOMPARE(added.size(), 2);
            QCOMPARE(log.entry(openId)->outcome, ActivityOutcome::InProgress);
            log.finish(doneId, ActivityOutcome::Failed, u"Refused"_s, 422, u"req-1"_s);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(log.entry(doneId)->outcome, ActivityOutcome::Failed);
        }
        ActivityLog reread(dir.path());
        QCOMPARE(reread.entries().size(), 2);
        const ActivityEntry failed = *reread.entry(doneId);
        QCOMPARE(failed.outcome, ActivityOutcome::Failed);
        QCOMPARE(failed.error, u"Refused"_s);
        QCOMPARE(failed.httpStatus, 422);
        QCOMPARE(failed.requestId, u"req-1"_s);
        QCOMPARE(failed.profileName, u"Desk"_s);
        QCOMPARE(failed.note.phoneNumbers, QStringList{u"+13125550100"_s});
        // Never completed (the console stopped): unknown, not lost.
        QCOMPARE(reread.entry(openId)->outcome, ActivityOutcome::Unknown);
    }

    void aDamagedLineCostsThatLineOnly()
    {
        QTemporaryDir dir;
        {
            ActivityLog log(dir.path());
            log.begin(sample(u"Edit RCS agent"_s));
        }
        QFile file(QDir(dir.path()).filePath(ActivityLog::fileName()));
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"id\": \"x\", \"started_at\n");
        file.close();
        ActivityLog reread(dir.path());
        QCOMPARE(reread.entries().size(), 1);
    }

    void retention_prunesOldEntriesOnOpenAndWhenChanged()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            ActivityLog log(dir.path());
            QCOMPARE(log.retentionDays(), ActivityLog::defaultRetentionDays);
            log.finish(log.begin(sample(u"old"_s, now.addDays(-200))), ActivityOutcome::Done, {},
                       200, {});
            log.finish(log.begin(sample(u"recent"_s, now.addDays(-20))), ActivityOutcome::Done, {},
                       200, {});
            log.begin(sample(u"today"_s, now));
        }
        ActivityLog log(dir.path());
        QStringList actions;
        for (const ActivityEntry &entry : log.entries())
            actions.append(entry.note.action);
        QCOMPARE(actions, (QStringList{u"recent"_s, u"today"_s}));
        QFile file(log.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("\"old\""));

        QSignalSpy reset(&log, &ActivityLog::entriesReset);
        log.setRetentionDays(10);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(log.entries().size(), 1);
        QCOMPARE(QSettings().value(ActivityLog::retentionSettingsKey()).toInt(), 10);
        ActivityLog again(dir.path());
        QCOMPARE(again.retentionDays(), 10);
        QCOMPARE(again.entries().size(), 1);
        QCOMPARE(again.entries().first().note.action, u"today"_s);
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
