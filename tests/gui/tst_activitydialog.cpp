#include "activitydialog.h"
#include "activityfilterproxy.h"
#include "activitymodel.h"
#include "api/rcsapi.h"
#include "consoleenglish.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "rcs/rcsarea.h"
#include "sandboxsession.h"
#include "screenshot.h"
#include "storage/activitylog.h"
#include "widgets/statetableview.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// View ▸ Activity: the list of what this computer wrote, its filters, CSV export, retention,
// and a row that opens its record in the main window.
class TestActivityDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static void record(ActivityLog &log, const QString &profile, const QString &action,
                       const QString &area, const QString &recordId, const QString &number,
                       ActivityOutcome outcome, const QString &error = {})
    {
        ActivityEntry entry;
        entry.profileId = profile.toLower();
        entry.profileName = profile;
        entry.osUser = u"agent"_s;
        entry.method = "POST";
        entry.note = ActivityNote::about(action, area, recordId, {number});
        log.finish(log.begin(entry), outcome, error, 200, u"req-"_s + recordId);
    }
    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }
    static void choose(QComboBox *combo, const QString &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"tst_activitydialog"_s));
        installEnglish();
    }

    void anEmptyLogSaysSo()
    {
        QTemporaryDir dir;
        ActivityLog log(dir.path());
        ActivityDialog dialog(&log);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY2(dialog.table()->placeholderText().contains(u"Nothing was written"_s),
                 qPrintable(dialog.table()->placeholderText()));
        QVERIFY(!child<QPushButton>(&dialog, u"activityExportButton"_s)->isEnabled());
    }

    void filtersByProfileActionOutcomeAndNumberAndExportsTheShownRows()
    {
        QTemporaryDir dir;
        ActivityLog log(dir.path());
        record(log, u"Desk"_s, u"Send RCS message"_s, ActivityArea::rcsAgent, u"agent_1"_s,
               u"+13125550100"_s, ActivityOutcome::Done);
        record(log, u"Desk"_s, u"Create hosted-number order"_s, ActivityArea::hostedOrder,
               u"order_1"_s, u"+13125550101"_s, ActivityOutcome::Failed, u"Refused"_s);
        record(log, u"Lab"_s, u"Send RCS message"_s, ActivityArea::rcsAgent, u"agent_2"_s,
               u"+13125550102"_s, ActivityOutcome::Unknown, u"The connection was lost"_s);
        ActivityDialog dialog(&log);
        dialog.resize(1320, 300);
        dialog.show();
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(dialog.proxy()->rowCount(), 3);
        saveScreenshot(&dialog, u"activity"_s); // for the README

        choose(child<QComboBox>(&dialog, u"activityProfileCombo"_s), u"Desk"_s);
        QCOMPARE(dialog.proxy()->rowCount(), 2);
        choose(child<QComboBox>(&dialog, u"activityActionCombo"_s), u"Send RCS message"_s);
        QCOMPARE(dialog.proxy()->rowCount(), 1);
        choose(child<QComboBox>(&dialog, u"activityProfileCombo"_s), QString());
        choose(child<QComboBox>(&dialog, u"activityActionCombo"_s), QString());
        choose(child<QComboBox>(&dialog, u"activityOutcomeCombo"_s), u"unknown"_s);
        QCOMPARE(dialog.proxy()->rowCount(), 1);
        choose(child<QComboBox>(&dialog, u"activityOutcomeCombo"_s), QString());
        QTest::keyClicks(child<QLineEdit>(&dialog, u"activitySearchEdit"_s), u"+13125550101"_s);
        QCOMPARE(dialog.proxy()->rowCount(), 1);
        QVERIFY(child<QLabel>(&dialog, u"activityCountLabel"_s)->text().contains(u"1 of 3"_s));

        const QString csvPath = dir.filePath(u"activity.csv"_s);
        QString problem;
        QVERIFY2(dialog.exportCsvTo(csvPath, &problem), qPrintable(problem));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains("Outcome"));
        QVERIFY(lines.at(1).contains("Create hosted-number order"));
        QVERIFY(lines.at(1).contains("Refused"));

        // A new write appears while the window is open.
        child<QLineEdit>(&dialog, u"activitySearchEdit"_s)->clear();
        record(log, u"Lab"_s, u"Edit RCS agent"_s, ActivityArea::rcsAgent, u"agent_3"_s,
               u"+13125550103"_s, ActivityOutcome::Done);
        QCOMPARE(dialog.proxy()->rowCount(), 4);
        QVERIFY(
            child<QComboBox>(&dialog, u"activityActionCombo"_s)->findData(u"Edit RCS agent"_s) >=
            0);
    }

    void aRowOpensItsRecordAndTheRetentionIsSaved()
    {
        QTemporaryDir dir;
        ActivityLog log(dir.path());
        record(log, u"Desk"_s, u"Delete hosted number"_s, ActivityArea::hostedNumber, u"number_7"_s,
               u"+13125550107"_s, ActivityOutcome::Done);
        ActivityDialog dialog(&log);
        dialog.show();
        QSignalSpy requested(&dialog, &ActivityDialog::recordRequested);
        dialog.table()->setCurrentIndex(dialog.proxy()->index(0, 0));
        QTest::keyClick(dialog.table(), Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), ActivityArea::hostedNumber);
        QCOMPARE(requested.first().at(1).toString(), u"number_7"_s);

        auto *retention = child<QSpinBox>(&dialog, u"activityRetentionSpin"_s);
        QCOMPARE(retention->value(), ActivityLog::defaultRetentionDays);
        retention->setValue(30);
        Q_EMIT retention->editingFinished();
        QCOMPARE(log.retentionDays(), 30);
        QCOMPARE(ActivityLog(dir.path()).retentionDays(), 30);
        log.setRetentionDays(ActivityLog::defaultRetentionDays);
    }

    void theMainWindowRecordsAWriteAndOpensItsRecord()
    {
        FrozenSandboxSession sandbox(m_home.filePath(u"profiles.ini"_s));
        MainWindow window(sandbox.session());
        window.show();
        QVERIFY(sandbox.activate());
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<RcsArea *>()->agentsPage()->model()->rowCount() > 0, 10000);
        RcsArea *rcs = window.findChild<RcsArea *>();
        const QString agentId =
            rcs->agentsPage()->model()->index(0, 0).data(PagedListModel::IdRole).toString();

        auto *action = window.findChild<QAction *>(u"activityAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
        action->trigger();
        auto *dialog = window.findChild<ActivityDialog *>();
        QVERIFY(dialog);
        const int before = dialog->model()->rowCount();

        RcsApi(sandbox.session()->client()).inviteTestNumber(agentId, u"+13125550142"_s);
        QTRY_COMPARE(dialog->model()->rowCount(), before + 1);
        const int row =
            dialog->model()->rowOf(dialog->model()->entryAt(dialog->model()->rowCount() - 1).id);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->entryAt(row).outcome, ActivityOutcome::Done,
                                  10000);
        const ActivityEntry entry = dialog->model()->entryAt(row);
        QCOMPARE(entry.note.action, u"Invite RCS test number"_s);
        QCOMPARE(entry.profileId, Profile::sandboxId());
        QVERIFY(!entry.profileName.isEmpty());
        QVERIFY(!entry.requestId.isEmpty());

        const QModelIndex shown = dialog->proxy()->mapFromSource(dialog->model()->index(row, 0));
        dialog->table()->setCurrentIndex(shown);
        QTest::keyClick(dialog->table(), Qt::Key_Return);
        QCOMPARE(window.currentAreaName(), u"rcs"_s);
        QCOMPARE(rcs->currentAgentId(), agentId);
    }
};

QTEST_MAIN(TestActivityDialog)
#include "tst_activitydialog.moc"
