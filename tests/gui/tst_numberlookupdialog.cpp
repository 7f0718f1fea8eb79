#include "api/hostedapi.h"
#include "api/tollfreeapi.h"
#include "consoleenglish.h"
#include "hosted/hostedarea.h"
#include "hosted/hostednumberdetailpane.h"
#include "hosted/hostedorderdetailpane.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "lookup/numberlookupdialog.h"
#include "mainwindow.h"
#include "rcs/rcsarea.h"
#include "samplerequests.h"
#include "sandboxsession.h"
#include "screenshot.h"
#include "storage/rcsinvitestore.h"
#include "storage/recentlookups.h"
#include "tollfree/tollfreearea.h"
#include "tollfree/tollfreedetailpane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
const QString sharedNumber = u"+18775550102"_s;
const QString demoAgent = u"sandbox_demo_agent"_s;
} // namespace

// Find a number in the real main window on the built-in sandbox: Ctrl+K and the toolbar box,
// results grouped by area, each opening its record in its page.
class TestNumberLookupDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<FrozenSandboxSession> m_sandbox;
    TollFreeVerificationRequest m_request;
    HostedOrder m_order;

    ConsoleSession *session() const { return m_sandbox->session(); }

    template<typename Value, typename Call> Value resultOf(Call *call)
    {
        Value value;
        call->onResult(this, [&](const Value &result) { value = result; });
        QSignalSpy done(call, &ApiCall::done);
        done.wait(10000);
        return value;
    }

    static QTreeWidgetItem *resultItem(NumberLookupDialog *dialog, NumberLookup::Area area,
                                       const QString &startsWith)
    {
        QTreeWidgetItem *group = dialog->areaItem(area);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0).startsWith(startsWith))
                return group->child(i);
        }
        return nullptr;
    }
    static void clickOpen(NumberLookupDialog *dialog, QTreeWidgetItem *item)
    {
        auto *button = qobject_cast<QPushButton *>(dialog->resultsTree()->itemWidget(item, 3));
        QVERIFY(button);
        QCOMPARE(button->objectName(), u"openResultButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"gui-test"_s));
        installEnglish();
        qRegisterMetaType<NumberLookup::Area>();
    }
    void init()
    {
        m_sandbox = std::make_unique<FrozenSandboxSession>(m_home.filePath(u"profiles.ini"_s));
        QVERIFY(m_sandbox->activate());
        m_request = resultOf<TollFreeVerificationRequest>(
            TollFreeApi(session()->client()).create(sampleTollFreeRequest(u"Lookup Dental"_s)));
        QVERIFY(!m_request.id.isEmpty());
        HostedOrderCreateRequest order;
        order.phoneNumbers = {sharedNumber};
        m_order = resultOf<HostedOrder>(HostedApi(session()->client()).createOrder(order));
        QVERIFY(!m_order.id.isEmpty());
        QVERIFY(session()->rcsInvites()->recordInvite(demoAgent, sharedNumber, u"pending"_s));
    }
    void cleanup()
    {
        session()->rcsInvites()->remove(demoAgent, sharedNumber);
        RecentLookups(session()->activeProfile().id).clear();
        m_sandbox.reset();
    }

    void ctrlKFindsTheNumberEverywhereAndOpensEachRecord()
    {
        MainWindow window(session());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *dialog = window.findChild<NumberLookupDialog *>(u"numberLookupDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *combo = dialog->findChild<QComboBox *>(u"lookupNumberCombo"_s);
        auto *agentCombo = dialog->findChild<QComboBox *>(u"agentCombo"_s);
        QTRY_VERIFY(agentCombo->count() > 0); // the agents list has loaded
        agentCombo->setCurrentIndex(agentCombo->findData(demoAgent));
        QCOMPARE(agentCombo->currentData().toString(), demoAgent);

        QTest::keyClicks(combo->lineEdit(), u"877.555.0102"_s);
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->lookup()->isRunning(), 15000);
        QCOMPARE(combo->currentText(), sharedNumber);
        auto *summary = dialog->findChild<QLabel *>(u"lookupSummaryLabel"_s);
        QVERIFY2(summary->text().contains(u"found in 3 of 3 areas"_s), qPrintable(summary->text()));

        QTreeWidgetItem *tollFree =
            resultItem(dialog, NumberLookup::Area::TollFree, u"Lookup Dental"_s);
        QVERIFY(tollFree);
        QCOMPARE(tollFree->text(1), u"In progress"_s);
        QTreeWidgetItem *order =
            resultItem(dialog, NumberLookup::Area::Hosted, u"Order of 1 number"_s);
        QVERIFY(order);
        QVERIFY(order->toolTip(0).contains(m_order.id)); // the name in the list, the id here
        QVERIFY(resultItem(dialog, NumberLookup::Area::Hosted, u"Hosted number"_s));
        QTreeWidgetItem *capabilities =
            resultItem(dialog, NumberLookup::Area::Rcs, u"Capabilities"_s);
        QVERIFY(capabilities);
        QCOMPARE(capabilities->text(1), u"RCS capable"_s);
        QTreeWidgetItem *invite = resultItem(dialog, NumberLookup::Area::Rcs, u"Test invite"_s);
        QVERIFY(invite);
        QCOMPARE(invite->text(1), u"pending"_s);
        dialog->resize(900, 460);
        saveScreenshot(dialog, u"number-lookup"_s);

        // Each Open shows the record in its page, in the detail pane.
        clickOpen(dialog, tollFree);
        QCOMPARE(window.currentAreaName(), u"tollFree"_s);
        QTRY_COMPARE(window.tollFreeArea()->detailPane()->requestId(), m_request.id);

        clickOpen(dialog, order);
        QCOMPARE(window.currentAreaName(), u"hosted"_s);
        auto *hosted = window.findChild<HostedArea *>();
        QCOMPARE(hosted->currentWidget(), static_cast<QWidget *>(hosted->ordersPage()));
        QTRY_COMPARE(hosted->orderPane()->orderId(), m_order.id);

        clickOpen(dialog, resultItem(dialog, NumberLookup::Area::Hosted, u"Hosted number"_s));
        QCOMPARE(hosted->currentWidget(), static_cast<QWidget *>(hosted->numbersPage()));
        QTRY_COMPARE(hosted->numberPane()->number().phoneNumber, sharedNumber);

        clickOpen(dialog, invite);
        QCOMPARE(window.currentAreaName(), u"rcs"_s);
        auto *rcs = window.findChild<RcsArea *>();
        QTRY_COMPARE(rcs->currentAgentId(), demoAgent);

        // Remembered: the number heads the recent list, and the agent, in a new window.
        dialog->close();
        QTRY_VERIFY(!window.findChild<NumberLookupDialog *>());
        NumberLookupDialog *again = window.openNumberLookup();
        auto *recent = again->findChild<QComboBox *>(u"lookupNumberCombo"_s);
        QVERIFY(recent->count() >= 1);
        QCOMPARE(recent->itemText(0), sharedNumber);
        QTRY_COMPARE(again->findChild<QComboBox *>(u"agentCombo"_s)->currentData().toString(),
                     demoAgent);
    }

    void theToolbarBoxLooksUpWhatWasPasted()
    {
        MainWindow window(session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *edit = window.findChild<QLineEdit *>(u"toolbarLookupEdit"_s);
        QVERIFY(edit);
        edit->setText(u"+1 (877) 555-0102"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        auto *dialog = window.findChild<NumberLookupDialog *>(u"numberLookupDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->lookup()->phoneNumber(), sharedNumber);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->lookup()->isRunning(), 15000);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(resultItem(dialog, NumberLookup::Area::TollFree, u"Lookup Dental"_s));
    }

    void nothingFoundSaysWhereItLookedAndNonsenseIsRefused()
    {
        MainWindow window(session());
        NumberLookupDialog *dialog = window.openNumberLookup();
        auto *summary = dialog->findChild<QLabel *>(u"lookupSummaryLabel"_s);
        dialog->lookUp(u"call me"_s);
        QVERIFY(summary->text().contains(u"is not a phone number"_s));
        QVERIFY(!dialog->lookup()->isRunning());

        dialog->lookUp(u"+44 20 7946 0999"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->lookup()->isRunning(), 15000);
        // Only the RCS agent (the first one, picked for the user) answers: not capable.
        QVERIFY2(summary->text().contains(u"found in 1 of 3 areas"_s), qPrintable(summary->text()));
        QCOMPARE(dialog->lookup()->state(NumberLookup::Area::Hosted),
                 NumberLookup::AreaState::NothingFound);
        QVERIFY(
            dialog->areaItem(NumberLookup::Area::Hosted)->text(2).contains(u"hosted numbers"_s));
        dialog->resize(900, 300);
        saveScreenshot(dialog, u"number-lookup-nothing"_s);
        QTreeWidgetItem *tollFree = dialog->areaItem(NumberLookup::Area::TollFree);
        QCOMPARE(tollFree->childCount(), 0);
        QCOMPARE(tollFree->text(1), u"Nothing found"_s);
        QVERIFY(tollFree->text(2).contains(u"toll-free verification requests"_s));
    }
};

QTEST_MAIN(TestNumberLookupDialog)
#include "tst_numberlookupdialog.moc"
