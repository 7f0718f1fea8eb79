#include "activityfilterproxy.h"
#include "activitymodel.h"
#include "pagedlistmodel.h"
#include "tableexport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// ActivityModel: the activity log's rows, and ActivityFilterProxy's filters over them.
class TestActivityModel : public QObject
{
    Q_OBJECT

private:
    static ActivityEntry entry(const QString &id, const QString &profile, const QString &action,
                               const QString &number, ActivityOutcome outcome, int minutesAgo)
    {
        ActivityEntry entry;
        entry.id = id;
        entry.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        entry.profileId = profile.toLower();
        entry.profileName = profile;
        entry.osUser = u"agent"_s;
        entry.note = ActivityNote::about(action, ActivityArea::tollFree, id, {number});
        entry.outcome = outcome;
        return entry;
    }
    static QList<ActivityEntry> sample()
    {
        return {entry(u"a"_s, u"Desk"_s, u"Send RCS message"_s, u"+13125550100"_s,
                      ActivityOutcome::Done, 30),
                entry(u"b"_s, u"Desk"_s, u"Create hosted-number order"_s, u"+13125550101"_s,
                      ActivityOutcome::Failed, 20),
                entry(u"c"_s, u"Lab"_s, u"Send RCS message"_s, u"+13125550102"_s,
                      ActivityOutcome::Unknown, 10)};
    }

private Q_SLOTS:
    void passesTheModelTesterThroughResetsInsertsAndChanges()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActivityFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample());
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ActivityEntry next = entry(u"d"_s, u"Lab"_s, u"Edit RCS agent"_s, u"+13125550103"_s,
                                   ActivityOutcome::InProgress, 0);
        model.upsertEntry(next);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(3, ActivityModel::Outcome).data().toString(),
                 activityOutcomeLabel(ActivityOutcome::InProgress));
        next.outcome = ActivityOutcome::Done;
        next.requestId = u"req-9"_s;
        model.upsertEntry(next);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, ActivityModel::RequestId).data().toString(), u"req-9"_s);
        QCOMPARE(model.index(3, 0).data(PagedListModel::StatusRole).toString(), u"done"_s);
        QCOMPARE(model.index(3, 0).data(ActivityModel::RecordIdRole).toString(), u"d"_s);
        QCOMPARE(model.profiles(), (QStringList{u"Desk"_s, u"Lab"_s}));
    }

    void filtersByProfileActionOutcomeAndText()
    {
        ActivityModel model;
        model.setEntries(sample());
        ActivityFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setProfileFilter(u"Desk"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setActionFilter(u"Send RCS message"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setProfileFilter({});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter({u"unknown"_s});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(PagedListModel::IdRole).toString(), u"c"_s);
        proxy.setStatusFilter({});
        proxy.setActionFilter({});
        proxy.setFilterText(u"+13125550101"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(PagedListModel::IdRole).toString(), u"b"_s);
    }

    void sortsByTimeAndExportsTheShownRows()
    {
        ActivityModel model;
        model.setEntries(sample());
        ActivityFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ActivityModel::Time, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PagedListModel::IdRole).toString(), u"c"_s);
        proxy.setProfileFilter(u"Desk"_s);
        const QByteArray csv = TableExport::toCsv(&proxy);
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header and two rows
        QVERIFY(lines.first().startsWith("Time,Profile,User,Action,Target,Outcome"));
        QVERIFY(csv.contains("+13125550101"));
        QVERIFY(!csv.contains("+13125550102"));
    }
};

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
