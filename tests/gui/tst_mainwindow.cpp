#include "mainwindow.h"
#include "sandboxtestbed.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

// The main window against the in-process sandbox: every area's list shows sandbox data.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDataFromTheSandboxInEveryArea()
    {
        SandboxTestbed bed;
        QVERIFY(bed.isListening());
        MainWindow window(&bed.client, true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        for (const char *name :
             {"tollFreeTable", "hostedOrdersTable", "rcsAgentsTable", "urlDomainsTable"}) {
            auto *table = window.findChild<QTableView *>(QString::fromLatin1(name));
            QVERIFY2(table, name);
            QTRY_VERIFY2_WITH_TIMEOUT(table->model()->rowCount() > 0, name, 10000);
        }
        auto *badge = window.findChild<QLabel *>(QStringLiteral("sandboxBadge"));
        QVERIFY(badge);
        QCOMPARE(badge->text(), QStringLiteral("SANDBOX"));
        auto *url = window.findChild<QLabel *>(QStringLiteral("baseUrlLabel"));
        QVERIFY(url->text().startsWith(QStringLiteral("http://127.0.0.1:")));
    }

    void scrollingFetchesMoreRows()
    {
        SandboxTestbed bed;
        MainWindow window(&bed.client, true);
        window.show();
        auto *table = window.findChild<QTableView *>(QStringLiteral("tollFreeTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        const int firstPage = table->model()->rowCount();
        QVERIFY(table->model()->canFetchMore({}));
        table->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > firstPage, 10000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
