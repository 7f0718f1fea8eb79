#include "api/tollfreeapi.h"
#include "consoleenglish.h"
#include "hosted/hostedarea.h"
#include "hosted/hostedorderdetailpane.h"
#include "isolatedhome.h"
#include "mainwindow.h"
#include "samplerequests.h"
#include "sandboxsession.h"
#include "screenshot.h"
#include "session/todaysummary.h"
#include "today/statuscountchart.h"
#include "today/todaypage.h"
#include "tollfree/tollfreearea.h"
#include "tollfree/tollfreedetailpane.h"

#include <QApplication>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The home page in the real main window on the built-in sandbox (clock frozen).
class TestTodayPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static QPalette darkPalette()
    {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        return palette;
    }
    static int rowsUnder(QTreeWidget *tree, int group)
    {
        return tree->topLevelItem(group)->childCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"gui-test"_s));
        installEnglish();
    }

    void itIsTheFirstPageAndShowsWhatNeedsAction_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }
    void itIsTheFirstPageAndShowsWhatNeedsAction()
    {
        QFETCH(QString, theme);
        const QPalette before = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(theme == u"dark"_s ? darkPalette()
                                                    : QApplication::style()->standardPalette());
        FrozenSandboxSession sandbox(m_home.filePath(u"profiles-%1.ini"_s.arg(theme)));
        QVERIFY(sandbox.activate());
        MainWindow window(sandbox.session());
        window.resize(1280, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentAreaName(), u"today"_s);
        TodayPage *page = window.todayPage();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->summary()->refreshedAt().isValid() && !page->summary()->isLoading(), 15000);
        TodaySummary *summary = page->summary();

        // Toll-free: the two groups hold as many rows as the summary lists, oldest first.
        QTreeWidget *tollFree = page->tollFreeList();
        QCOMPARE(tollFree->topLevelItemCount(), 2);
        QCOMPARE(rowsUnder(tollFree, 0), int(summary->waitingForCustomer().size()));
        QVERIFY(rowsUnder(tollFree, 0) > 0);
        QCOMPARE(rowsUnder(tollFree, 1), int(summary->rejected().size()));
        QVERIFY(tollFree->topLevelItem(0)->text(0).contains(
            QString::number(summary->tollFreeCount(TfvStatus::WaitingForCustomer))));
        // The chart and the table say the same numbers.
        QTableWidget *table = page->statusTable();
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(page->chart()->bars().size(), 6);
        for (int row = 0; row < 6; ++row) {
            QCOMPARE(table->item(row, 1)->text().toInt(), page->chart()->bars().at(row).count);
            QCOMPARE(page->chart()->bars().at(row).count,
                     summary->tollFreeStatuses().at(row).count);
        }
        QVERIFY(page->chart()->accessibleDescription().contains(u"Verified"_s));
        // Hosted: documents, codes, failed.
        QTreeWidget *hosted = page->hostedList();
        QCOMPARE(hosted->topLevelItemCount(), 3);
        QCOMPARE(rowsUnder(hosted, 0), int(summary->ordersNeedingDocuments().size()));
        QCOMPARE(rowsUnder(hosted, 2), int(summary->failedOrders().size()));
        QVERIFY(rowsUnder(hosted, 2) > 0);
        saveScreenshot(&window, u"today-"_s + theme);

        if (theme == u"light"_s) {
            // A row opens its record in its page.
            QTreeWidgetItem *waiting = tollFree->topLevelItem(0)->child(0);
            const auto request = summary->waitingForCustomer().first();
            tollFree->setCurrentItem(waiting);
            Q_EMIT tollFree->itemActivated(waiting, 0);
            QCOMPARE(window.currentAreaName(), u"tollFree"_s);
            QTRY_COMPARE(window.tollFreeArea()->detailPane()->requestId(), request.id);

            window.showArea(u"today"_s);
            QTreeWidgetItem *failed = hosted->topLevelItem(2)->child(0);
            Q_EMIT hosted->itemActivated(failed, 0);
            QCOMPARE(window.currentAreaName(), u"hosted"_s);
            QTRY_COMPARE(window.findChild<HostedArea *>()->orderPane()->orderId(),
                         summary->failedOrders().first().id);
        }
        QApplication::setPalette(before);
    }

    void f5AndAStatusChangeLoadItAgain()
    {
        FrozenSandboxSession sandbox(m_home.filePath(u"profiles-f5.ini"_s));
        QVERIFY(sandbox.activate());
        MainWindow window(sandbox.session());
        window.show();
        TodayPage *page = window.todayPage();
        QSignalSpy finished(page->summary(), &TodaySummary::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const int waitingBefore = page->summary()->tollFreeCount(TfvStatus::WaitingForCustomer);

        // A request the reviewers send back, once the clock moves: F5 shows it.
        auto *call = TollFreeApi(sandbox.session()->client())
                         .create(sampleTollFreeRequest(u"Home Page Dental [customer]"_s));
        QSignalSpy created(call, &ApiCall::done);
        QVERIFY(created.wait(10000));
        QUrl advance = sandbox.session()->client()->baseUrl();
        advance.setPath(u"/_sandbox/advance"_s);
        QNetworkRequest request(advance);
        request.setRawHeader("X-Sandbox-Token", sandbox.session()->sandboxControlToken().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkAccessManager network;
        QNetworkReply *reply = network.post(request, QByteArray(R"({"seconds": 7200})"));
        QSignalSpy advanced(reply, &QNetworkReply::finished);
        QVERIFY(advanced.wait(10000));
        reply->deleteLater();

        QTest::keySequence(&window, QKeySequence::Refresh);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(page->summary()->tollFreeCount(TfvStatus::WaitingForCustomer), waitingBefore + 1);

        // The watcher's news marks the page stale: it loads again by itself.
        page->markStale();
        QVERIFY(page->isStale());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
        QVERIFY(!page->isStale());
    }
};

QTEST_MAIN(TestTodayPage)
#include "tst_todaypage.moc"
