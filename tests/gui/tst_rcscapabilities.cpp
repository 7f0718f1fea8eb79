#include "consoleenglish.h"
#include "isolatedhome.h"
#include "rcs/rcscapabilitiespage.h"
#include "rcsagentsmodel.h"
#include "rcscapabilitiesmodel.h"
#include "rcscapabilitiesproxy.h"
#include "sandboxtestbed.h"
#include "session/rcscapabilitycache.h"
#include "widgets/statetableview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString bulkKey = u"POST /v2/messaging/rcs/bulk_capabilities"_s;
const QString capabilitiesPrefix = u"/v2/messaging/rcs/capabilities/"_s;

QStringList numbers(int count, int first)
{
    QStringList list;
    for (int i = first; i < first + count; ++i)
        list.append(u"+1312555%1"_s.arg(i, 4, 10, QLatin1Char('0')));
    return list;
}

} // namespace

// The Capabilities tab of the RCS area driven like a user would, against the in-process sandbox
// (even last digit: RCS-capable).
class TestRcsCapabilities : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;
    RcsCapabilityCache m_cache;

    struct Fixture
    {
        Fixture(ApiClient *client, RcsCapabilityCache *cache)
            : agents(client)
            , page(client, cache, &agents)
        {
            page.resize(1000, 650);
        }
        RcsAgentsModel agents;
        RcsCapabilitiesPage page;
    };

    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    // Shows the page and waits for the agents list to fill the picker.
    static bool ready(Fixture &fixture)
    {
        fixture.page.show(); // asks for the agents list
        return QTest::qWaitFor(
            [&] { return fixture.agents.state() == PagedListModel::State::Loaded; }, 10000);
    }

    int capabilityGets()
    {
        int count = 0;
        const QJsonArray log = m_bed->requestLog();
        for (const QJsonValue &entry : log) {
            if (entry.toObject().value("path"_L1).toString().startsWith(capabilitiesPrefix))
                ++count;
        }
        return count;
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
        reviewShot(widget, name);
    }

    // For looking at other states by eye: RCS_REVIEW_SCREENSHOT_DIR=/tmp
    static void reviewShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("RCS_REVIEW_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u"/r1-"_s + name + u".png"_s);
    }

    static int csvLines(const QString &fileName)
    {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return int(file.readAll().split('\n').size()) - 1; // CRLF-ended records
    }

    // Pastes numbers into the bulk box and waits for the summary to follow.
    static void paste(Fixture &fixture, const QString &text)
    {
        auto *edit = child<QPlainTextEdit>(&fixture.page, u"rcsCapBulkEdit"_s);
        edit->setFocus();
        edit->setPlainText(text);
    }

    static void checkOne(Fixture &fixture, const QString &number)
    {
        auto *edit = child<QLineEdit>(&fixture.page, u"rcsCapSingleNumberEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, number);
        QTest::mouseClick(child<QPushButton>(&fixture.page, u"rcsCapSingleCheckButton"_s),
                          Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // What users see: "1 page", "3 rows" (main.cpp installs the same).
        installEnglish();
        QVERIFY(isolateUserFiles(m_home, QStringLiteral("rcs-capabilities-test")));
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
    }

    void init()
    {
        QVERIFY(m_bed->startAfresh());
        m_cache.clear(); // the session cache, as a new session has it
    }

    void cleanupTestCase() { m_bed.reset(); }

    void singleCheckShowsFeaturesOrTheReason()
    {
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        RcsCapabilitiesPage &page = fixture.page;
        QCOMPARE(page.objectName(), u"rcsCapabilitiesPage"_s);
        QCOMPARE(page.agentId(), u"sandbox_demo_agent"_s);
        auto *combo = child<QComboBox>(&page, u"rcsCapAgentCombo"_s);
        QCOMPARE(combo->count(), 6);
        QVERIFY(combo->currentText().contains(u"Sandbox Demo"_s));

        auto *number = child<QLineEdit>(&page, u"rcsCapSingleNumberEdit"_s);
        auto *check = child<QPushButton>(&page, u"rcsCapSingleCheckButton"_s);
        auto *result = child<QLabel>(&page, u"rcsCapSingleResult"_s);
        QTest::keyClicks(number, u"+13125550124"_s);
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY(result->text().contains(u"can receive RCS"_s));
        // d = 2: the three basics plus calendar events, in readable words.
        for (const QString &label :
             {u"Rich card"_s, u"Dial a number"_s, u"Open URL button"_s, u"Create calendar event"_s})
            QVERIFY2(result->text().contains(label), qPrintable(label));
        QVERIFY(!result->text().contains(u"RICHCARD"_s));
        QVERIFY(!result->text().contains(u"Carousel"_s));
        QCOMPARE(capabilityGets(), 1);

        number->clear();
        QTest::keyClicks(number, u"+13125550125"_s);
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_VERIFY(result->text().contains(u"cannot receive RCS"_s));
        QVERIFY(result->text().contains(u"no RCS features"_s));
        reviewShot(&page, u"single-odd"_s);
        QVERIFY(result->text().contains(u"SMS"_s));
        QCOMPARE(capabilityGets(), 2);

        // Asked again: answered from the session, no request; "Check again" asks the API.
        number->clear();
        QTest::keyClicks(number, u"+13125550124"_s);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(result->text().contains(u"earlier in this session"_s));
        QCOMPARE(capabilityGets(), 2);
        child<QCheckBox>(&page, u"rcsCapRefreshCheck"_s)->setChecked(true);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE(capabilityGets(), 3);
        QTRY_VERIFY(result->text().contains(u"can receive RCS"_s));
        QVERIFY(!result->text().contains(u"earlier in this session"_s));

        // A 10-digit US number is accepted and shown as it is sent.
        child<QCheckBox>(&page, u"rcsCapRefreshCheck"_s)->setChecked(false);
        number->clear();
        QTest::keyClicks(number, u"(312) 555-0136"_s);
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(number->text(), u"+13125550136"_s);
        QTRY_VERIFY(result->text().contains(u"+13125550136 can receive RCS"_s));
    }

    void invalidNumberIsRefusedBeforeSending()
    {
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        RcsCapabilitiesPage &page = fixture.page;
        auto *number = child<QLineEdit>(&page, u"rcsCapSingleNumberEdit"_s);
        auto *check = child<QPushButton>(&page, u"rcsCapSingleCheckButton"_s);
        auto *problem = child<QLabel>(&page, u"rcsCapSingleNumberEditProblem"_s);
        QVERIFY(problem);
        QTest::keyClicks(number, u"+1312abc"_s);
        QVERIFY(!check->isEnabled());
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"E.164"_s));
        // Return (or a direct call) does not send either.
        QTest::keyClick(number, Qt::Key_Return);
        page.checkSingle();
        QVERIFY(m_bed->waitUntilIdle()); // a check, had one been sent, is answered and counted
        QCOMPARE(capabilityGets(), 0);
        QCOMPARE(m_bed->requests().value("total"_L1).toInt(), 1); // the agents list only
        reviewShot(&page, u"invalid-number"_s);

        // Fixing it as typed clears the message and enables Check.
        number->clear();
        QTest::keyClicks(number, u"+13125550124"_s);
        QVERIFY(check->isEnabled());
        QTRY_VERIFY(!problem->isVisible() || problem->text().isEmpty());
    }

    void bulkPasteChecksFiltersAndExports()
    {
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        RcsCapabilitiesPage &page = fixture.page;

        // 250 numbers, one repeated, one not a number.
        QStringList lines = numbers(250, 100);
        lines.insert(10, u"+13125550100"_s);
        lines.insert(20, u"call me"_s);
        paste(fixture, lines.join(u'\n'));
        auto *summary = child<QLabel>(&page, u"rcsCapBulkSummary"_s);
        QTRY_COMPARE(summary->text(), u"250 numbers, 1 duplicate dropped, 1 invalid"_s);
        QVERIFY(summary->toolTip().contains(u"call me"_s));

        auto *checkAll = child<QPushButton>(&page, u"rcsCapCheckAllButton"_s);
        QVERIFY(checkAll->isEnabled());
        auto *progress = child<QProgressBar>(&page, u"rcsCapProgress"_s);
        QSignalSpy finished(page.checker(), &RcsCapabilityChecker::finished);
        QTest::mouseClick(checkAll, Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QVERIFY(!checkAll->isEnabled());
        QVERIFY(finished.wait(15000));
        QCOMPARE(progress->maximum(), 250);
        QCOMPARE(progress->value(), 250); // 100 %
        QCOMPARE(m_bed->requestCount(bulkKey), 3);
        QVERIFY(checkAll->isEnabled());
        QVERIFY(!child<QPushButton>(&page, u"rcsCapCancelButton"_s)->isVisible());
        QVERIFY(child<QLabel>(&page, u"rcsCapRunStatus"_s)
                    ->text()
                    .contains(u"125 can receive RCS, 125 cannot"_s));

        StateTableView *table = child<StateTableView>(&page, u"rcsCapResultsTable"_s);
        QAbstractItemModel *shown = table->model();
        QCOMPARE(shown->rowCount(), 250);
        // Only the columns of features some number has are shown, with readable headers.
        const RcsCapabilitiesModel *model = page.resultsModel();
        QVERIFY(!table->isColumnHidden(model->featureColumn(u"RICHCARD_CAROUSEL"_s)));
        QVERIFY(table->isColumnHidden(model->featureColumn(u"ACTION_COMPOSE"_s)));

        // The RCS filter narrows it.
        auto *outcome = child<QComboBox>(&page, u"rcsCapOutcomeFilter"_s);
        outcome->setCurrentIndex(outcome->findText(u"RCS only"_s));
        QCOMPARE(shown->rowCount(), 125);
        for (int row = 0; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, RcsCapabilitiesModel::RcsColumn).data().toString(),
                     u"Yes"_s);
        QVERIFY(child<QLabel>(&page, u"rcsCapCountLabel"_s)->text().contains(u"125 of 250"_s));
        outcome->setCurrentIndex(outcome->findText(u"Not RCS"_s));
        QCOMPARE(shown->rowCount(), 125);
        // The text filter too.
        outcome->setCurrentIndex(outcome->findText(u"All results"_s));
        auto *filter = child<QLineEdit>(&page, u"rcsCapFilterEdit"_s);
        QTest::keyClicks(filter, u"0124"_s);
        QTRY_COMPARE(shown->rowCount(), 1);
        filter->clear();
        QTRY_COMPARE(shown->rowCount(), 250);

        // Sorting by the RCS column puts the RCS numbers first when descending.
        table->sortByColumn(RcsCapabilitiesModel::RcsColumn, Qt::DescendingOrder);
        QCOMPARE(shown->index(0, RcsCapabilitiesModel::RcsColumn).data().toString(), u"Yes"_s);
        QCOMPARE(shown->index(249, RcsCapabilitiesModel::RcsColumn).data().toString(), u"No"_s);

        // Export: a header and 250 rows; with the RCS filter, 125.
        QTemporaryDir dir;
        const QString all = dir.filePath(u"all.csv"_s);
        QVERIFY(page.exportCsvTo(all));
        QCOMPARE(csvLines(all), 251);
        QFile file(all);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.readLine();
        QVERIFY(header.startsWith("Phone number,RCS,"));
        QVERIFY(header.contains("Carousel of rich cards"));
        QVERIFY(!header.contains("Compose a message")); // hidden column
        outcome->setCurrentIndex(outcome->findText(u"RCS only"_s));
        const QString capable = dir.filePath(u"capable.csv"_s);
        QVERIFY(page.exportCsvTo(capable));
        QCOMPARE(csvLines(capable), 126);

        // Copy without a selection: every shown row, with the header.
        QTest::mouseClick(child<QPushButton>(&page, u"rcsCapCopyButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text().count(u'\n'), 126);

        // Check all again: answered from the session, no request.
        m_bed->resetRequests();
        finished.clear();
        QTest::mouseClick(checkAll, Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(m_bed->requestCount(bulkKey), 0);
        QCOMPARE(page.resultsModel()->rowCount(), 250);
    }

    void importFileThroughTheNonModalDialog()
    {
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        RcsCapabilitiesPage &page = fixture.page;
        QTemporaryDir dir;
        const QString fileName = dir.filePath(u"numbers.csv"_s);
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("phone_number\r\n+13125550100\r\n(312) 555-0102\r\n+13125550100\r\n"
                   "not a number\r\n");
        file.close();

        QTest::mouseClick(child<QPushButton>(&page, u"rcsCapImportButton"_s), Qt::LeftButton);
        auto *dialog = page.findChild<QFileDialog *>(u"rcsCapImportDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal() || dialog->windowModality() == Qt::WindowModal);
        Q_EMIT dialog->fileSelected(fileName); // what choosing the file does
        dialog->close();

        auto *edit = child<QPlainTextEdit>(&page, u"rcsCapBulkEdit"_s);
        QCOMPARE(edit->toPlainText(), u"+13125550100\n+13125550102"_s);
        auto *summary = child<QLabel>(&page, u"rcsCapBulkSummary"_s);
        QCOMPARE(summary->text(), u"From numbers.csv: 2 numbers, 1 duplicate dropped, 1 invalid"_s);
        QVERIFY(summary->toolTip().contains(u"not a number"_s));
        QCOMPARE(page.bulkNumbers().numbers.size(), 2);

        // Editing the text afterwards describes the text again.
        edit->appendPlainText(u"+13125550104"_s);
        QTRY_COMPARE(summary->text(), u"3 numbers"_s);

        QString problem;
        QVERIFY(!page.importFileFrom(dir.filePath(u"missing.csv"_s), &problem));
        QVERIFY(problem.contains(u"missing.csv"_s));
        QCOMPARE(m_bed->requestCount(bulkKey), 0);
    }

    void failedBatchIsShownAndCanBeRetried()
    {
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        RcsCapabilitiesPage &page = fixture.page;
        m_bed->addFault(u"POST"_s, u"/v2/messaging/rcs/bulk_capabilities"_s, u"status"_s,
                        {{u"status"_s, 500}});
        paste(fixture, numbers(300, 1000).join(u'\n'));
        QTRY_VERIFY(child<QPushButton>(&page, u"rcsCapCheckAllButton"_s)->isEnabled());
        QSignalSpy finished(page.checker(), &RcsCapabilityChecker::finished);
        page.checkAll();
        QVERIFY(finished.wait(15000));
        QCOMPARE(page.resultsModel()->rowCount(), 300);
        QCOMPARE(page.resultsModel()->failedCount(), 100);
        auto *banner = child<QWidget>(&page, u"rcsCapErrorBanner"_s);
        QVERIFY(banner->isVisible());
        auto *retry = child<QPushButton>(&page, u"rcsCapRetryFailedButton"_s);
        QVERIFY(retry->isVisible());
        auto *outcome = child<QComboBox>(&page, u"rcsCapOutcomeFilter"_s);
        outcome->setCurrentIndex(outcome->findText(u"Failed"_s));
        QCOMPARE(page.resultsProxy()->rowCount(), 100);
        reviewShot(&page, u"failed-batch"_s);

        m_bed->resetRequests();
        finished.clear();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(m_bed->requestCount(bulkKey), 1);
        QCOMPARE(page.resultsModel()->failedCount(), 0);
        QCOMPARE(page.resultsModel()->rowCount(), 300);
        QCOMPARE(page.resultsProxy()->rowCount(), 0);
        QVERIFY(!banner->isVisible());
        QVERIFY(!retry->isVisible());
    }

    void cancelKeepsRowsAndClosingThePageEndsItsRequests()
    {
        m_bed->addFault(u"POST"_s, u"/v2/messaging/rcs/bulk_capabilities"_s, u"delay"_s,
                        {{u"delay_ms"_s, 250}, {u"count"_s, 0}});
        auto fixture = std::make_unique<Fixture>(&m_bed->client, &m_cache);
        QVERIFY(ready(*fixture));
        RcsCapabilitiesPage &page = fixture->page;
        paste(*fixture, numbers(1000, 3000).join(u'\n'));
        QTRY_VERIFY(child<QPushButton>(&page, u"rcsCapCheckAllButton"_s)->isEnabled());
        page.checkAll();
        auto *cancel = child<QPushButton>(&page, u"rcsCapCancelButton"_s);
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY(page.resultsModel()->rowCount() > 0);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!page.checker()->isRunning());
        const int kept = page.resultsModel()->rowCount();
        QVERIFY(kept > 0 && kept < 1000);
        QVERIFY(child<QLabel>(&page, u"rcsCapRunStatus"_s)->text().startsWith(u"Cancelled"_s));
        reviewShot(&page, u"cancelled"_s);
        QCOMPARE(m_bed->client.callsInFlight(), 0);

        // Running again (answers so far come from the session) and closing the page mid-run.
        page.checkAll();
        QTRY_VERIFY(m_bed->client.callsInFlight() > 0);
        fixture.reset();
        QCOMPARE(m_bed->client.callsInFlight(), 0);
        const int sent = m_bed->requestCount(bulkKey);
        // Whatever the closing queued has run; a batch it sent after all is answered and counted.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(m_bed->requestCount(bulkKey), sent);
    }

    void screenshotAfterABulkCheck()
    {
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        RcsCapabilitiesPage &page = fixture.page;
        auto *number = child<QLineEdit>(&page, u"rcsCapSingleNumberEdit"_s);
        QTest::keyClicks(number, u"+13125551178"_s);
        page.checkSingle();
        QTRY_VERIFY(
            child<QLabel>(&page, u"rcsCapSingleResult"_s)->text().contains(u"can receive RCS"_s));
        // Spread over the sandbox's feature rules, in no particular order.
        QStringList lines;
        for (int i = 0; i < 240; ++i)
            lines << u"+1312555%1"_s.arg(1000 + (i * 137) % 1000, 4, 10, QLatin1Char('0'));
        lines << u"+13125551000"_s << u"ask Maria"_s;
        paste(fixture, lines.join(u'\n'));
        QSignalSpy finished(page.checker(), &RcsCapabilityChecker::finished);
        QTRY_VERIFY(child<QPushButton>(&page, u"rcsCapCheckAllButton"_s)->isEnabled());
        page.checkAll();
        QVERIFY(finished.wait(15000));
        QCOMPARE(page.resultsProxy()->rowCount(), 240);
        QCoreApplication::processEvents(); // let the layouts settle before the screenshot
        saveScreenshot(&page, u"rcs-bulk-capabilities"_s);
    }

    // Where the real API may answer otherwise than the default sandbox: a 404 for a number
    // without RCS (realistic sandbox), a 404 for an unknown agent, a bulk answer in another
    // order, spelt another way, with a number left out.
    void realistic404MeansTheNumberCannotReceiveRcs()
    {
        QVERIFY(m_bed->setRealistic(true));
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        auto *result = child<QLabel>(&fixture.page, u"rcsCapSingleResult"_s);
        checkOne(fixture, u"+13125550125"_s);
        QTRY_VERIFY(result->text().contains(u"cannot receive RCS"_s));
        QVERIFY(result->text().contains(u"SMS"_s));
        QVERIFY(!result->text().contains(u"Could not check"_s));
        const QJsonArray log = m_bed->requestLog();
        QCOMPARE(log.size(), 2); // the agents list, then the check
        QCOMPARE(log.last().toObject().value("status"_L1).toInt(), 404);

        // A capable number still answers with its features.
        checkOne(fixture, u"+13125550124"_s);
        QTRY_VERIFY(result->text().contains(u"can receive RCS"_s));
        QVERIFY(!result->text().contains(u"cannot"_s));
    }

    void unknownAgentSaysTheAgentWasNotFound()
    {
        QVERIFY(m_bed->setRealistic(true));
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        auto *combo = child<QComboBox>(&fixture.page, u"rcsCapAgentCombo"_s);
        combo->setEditText(u"no_such_agent"_s);
        QCOMPARE(fixture.page.agentId(), u"no_such_agent"_s);
        auto *result = child<QLabel>(&fixture.page, u"rcsCapSingleResult"_s);
        checkOne(fixture, u"+13125550125"_s);
        QTRY_VERIFY(result->text().contains(u"Could not check"_s));
        QVERIFY(result->text().contains(u"agent"_s));
        QVERIFY(result->text().contains(u"not found"_s));
        QVERIFY(result->text().contains(u"check the agent ID"_s));
        QVERIFY(!result->text().contains(u"cannot receive RCS"_s));
    }

    void bulkAnswerIsMatchedByNumberAndAMissingOneCanBeRetried()
    {
        Fixture fixture(&m_bed->client, &m_cache);
        QVERIFY(ready(fixture));
        const auto entry = [](const QString &number, const QStringList &features) {
            return QJsonObject{{u"agent_id"_s, u"sandbox_demo_agent"_s},
                               {u"agent_name"_s, u"Sandbox Demo"_s},
                               {u"features"_s, QJsonArray::fromStringList(features)},
                               {u"phone_number"_s, number},
                               {u"record_type"_s, u"rcs.capabilities"_s}};
        };
        // Reordered, spelt two other ways, +13125550103 left out.
        const QJsonArray data{
            entry(u"13125550102"_s, {u"ACTION_DIAL"_s, u"RICHCARD_CAROUSEL"_s}),
            entry(u"+1 (312) 555-0100"_s, {u"RICHCARD_STANDALONE"_s}),
            entry(u"+13125550101"_s, {}),
        };
        m_bed->addFault(u"POST"_s, u"/v2/messaging/rcs/bulk_capabilities"_s, u"status"_s,
                        {{u"status"_s, 200}, {u"body"_s, QJsonObject{{u"data"_s, data}}}});
        auto *edit = child<QPlainTextEdit>(&fixture.page, u"rcsCapBulkEdit"_s);
        edit->setPlainText(u"+13125550100\n+13125550101\n+13125550102\n+13125550103"_s);
        auto *checkAll = child<QPushButton>(&fixture.page, u"rcsCapCheckAllButton"_s);
        QTRY_VERIFY(checkAll->isEnabled());
        QSignalSpy finished(fixture.page.checker(), &RcsCapabilityChecker::finished);
        QTest::mouseClick(checkAll, Qt::LeftButton);
        QVERIFY(finished.wait(15000));

        RcsCapabilitiesModel *model = fixture.page.resultsModel();
        QCOMPARE(model->rowCount(), 4);
        const auto rowOf = [model](const QString &number) { return model->rowOf(number); };
        const auto cell = [model](int row, int column) {
            return model->index(row, column).data().toString();
        };
        const int dial = model->featureColumn(u"ACTION_DIAL"_s);
        const int standalone = model->featureColumn(u"RICHCARD_STANDALONE"_s);
        QVERIFY(dial > 0 && standalone > 0);

        const int r100 = rowOf(u"+13125550100"_s);
        QCOMPARE(model->outcomeAt(r100), RcsCapabilitiesModel::Outcome::Capable);
        QCOMPARE(cell(r100, standalone), u"✓"_s);
        QCOMPARE(cell(r100, dial), QString());
        const int r101 = rowOf(u"+13125550101"_s);
        QCOMPARE(model->outcomeAt(r101), RcsCapabilitiesModel::Outcome::NotCapable);
        const int r102 = rowOf(u"+13125550102"_s);
        QCOMPARE(model->outcomeAt(r102), RcsCapabilitiesModel::Outcome::Capable);
        QCOMPARE(cell(r102, dial), u"✓"_s);
        QCOMPARE(cell(r102, standalone), QString());
        const int r103 = rowOf(u"+13125550103"_s);
        QCOMPARE(model->outcomeAt(r103), RcsCapabilitiesModel::Outcome::Failed);
        QCOMPARE(cell(r103, model->statusColumn()), u"No answer"_s);
        QCOMPARE(model->failedNumbers(), QStringList{u"+13125550103"_s});

        // Retry asks again about the number left out only (the fault fired once).
        auto *retry = child<QPushButton>(&fixture.page, u"rcsCapRetryFailedButton"_s);
        QVERIFY(retry->isVisible());
        m_bed->resetRequests();
        finished.clear();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        const QJsonArray log = m_bed->requestLog();
        QCOMPARE(log.size(), 1);
        const QJsonObject body = log.first().toObject().value("body"_L1).toObject();
        QCOMPARE(body.value("phone_numbers"_L1).toArray(), QJsonArray{u"+13125550103"_s});
        QCOMPARE(model->outcomeAt(r103), RcsCapabilitiesModel::Outcome::NotCapable);
        QCOMPARE(model->failedCount(), 0);
        QVERIFY(!retry->isVisible());
    }
};

QTEST_MAIN(TestRcsCapabilities)
#include "tst_rcscapabilities.moc"
