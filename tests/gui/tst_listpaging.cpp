#include "consoleenglish.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "sandboxtestbed.h"
#include "tollfreerequestsmodel.h"
#include "widgets/tablerowactions.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// "Load all" on a list page against servers that clamp the page size or overstate their
// totals: the model holds each record once, and the status line says what arrived.
class TestListPaging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    struct Page
    {
        std::unique_ptr<SandboxTestbed> bed;
        std::unique_ptr<ListPage> page;
        TollFreeRequestsModel *model = nullptr;
    };

    // The toll-free list as MainWindow builds it, asking 1000 rows a page.
    Page makePage(int records, bool realistic)
    {
        SandboxOptions options;
        options.records = records;
        options.realistic = realistic;
        options.speed = 0;
        Page built;
        built.bed = std::make_unique<SandboxTestbed>(options);
        built.model = new TollFreeRequestsModel(&built.bed->client);
        built.model->setPageSize(1000);
        new QAbstractItemModelTester(
            built.model, QAbstractItemModelTester::FailureReportingMode::QtTest, built.model);
        built.page =
            std::make_unique<ListPage>(ListPage::Options{u"tollFree"_s,
                                                         u"Toll-free verification"_s,
                                                         u"verification requests"_s,
                                                         built.model,
                                                         TollFreeRequestsModel::StatusColumn,
                                                         {}});
        built.model->setParent(built.page.get());
        built.page->resize(1000, 500);
        built.page->show();
        built.model->reload();
        return built;
    }

    static QString countText(const Page &page)
    {
        return page.page->findChild<QLabel *>(u"tollFreeCountLabel"_s)->text();
    }

    static void clickLoadAll(const Page &page)
    {
        QTRY_VERIFY(page.model->rowCount() > 0);
        auto *loadAll = page.page->findChild<QPushButton *>(u"tollFreeLoadAllButton"_s);
        QVERIFY(loadAll);
        QTRY_VERIFY(loadAll->isEnabled());
        loadAll->click();
    }

    static int distinctIds(const TollFreeRequestsModel &model)
    {
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.rowAt(row).id);
        return int(ids.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"listpaging-test"_s));
        // What users see: "1 row", "3 rows" (main.cpp installs the same).
        installEnglish();
    }

    void loadAllOnAClampingServerSaysNOfN_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::newRow("realistic (page_size clamped to 100)") << true;
        QTest::newRow("default") << false;
    }
    void loadAllOnAClampingServerSaysNOfN()
    {
        QFETCH(bool, realistic);
        Page page = makePage(5000, realistic);
        clickLoadAll(page);
        QTRY_COMPARE_WITH_TIMEOUT(page.model->state(), PagedListModel::State::Loaded, 60000);
        QCOMPARE(page.model->rowCount(), 5000);
        QCOMPARE(distinctIds(*page.model), 5000);
        QCOMPARE(countText(page), u"5000 of 5000 loaded"_s);
    }

    // The CSV export of a long list runs beside the window: a progress window with Cancel,
    // which leaves the file as it was; then an export that completes.
    void aLongListExportsWithProgressAndCancel()
    {
        Page page = makePage(20000, false);
        clickLoadAll(page);
        QTRY_COMPARE_WITH_TIMEOUT(page.model->state(), PagedListModel::State::Loaded, 60000);
        auto *actions = page.page->findChild<TableRowActions *>();
        QVERIFY(actions);
        QSignalSpy status(page.page.get(), &ListPage::statusMessage);
        QTemporaryDir out;
        const QString path = out.filePath(u"requests.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old\n");
        }

        QVERIFY(actions->startExport(path));
        auto *progress = page.page->findChild<QProgressDialog *>(u"exportProgressDialog"_s);
        QVERIFY(progress);
        QVERIFY(progress->labelText().contains(u"20,000 rows"_s));
        QVERIFY(!actions->startExport(path)); // one at a time
        // Escape in the progress window, as the Cancel button.
        QTest::keyClick(progress, Qt::Key_Escape);
        QTRY_COMPARE(status.size(), 1);
        QCOMPARE(status.at(0).at(0).toString(),
                 u"Export cancelled; %1 was not changed"_s.arg(path));
        QFile cancelled(path);
        QVERIFY(cancelled.open(QIODevice::ReadOnly));
        QCOMPARE(cancelled.readAll(), QByteArray("old\n"));
        QTRY_VERIFY(!page.page->findChild<QProgressDialog *>(u"exportProgressDialog"_s));

        QVERIFY(actions->startExport(path));
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 2, 30000);
        QCOMPARE(status.at(1).at(0).toString(), u"Exported 20,000 rows to %1"_s.arg(path));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count("\r\n"), 20001);
    }

    void overstatedTotalsAreSaidInTheStatusLine()
    {
        Page page = makePage(0, false); // 320 requests
        page.bed->addFault(u"GET"_s, u"/v2/messaging_tollfree/verification/requests"_s, u"totals"_s,
                           {{u"total"_s, 2000000000.0}, {u"count"_s, 0}});
        page.model->reload();
        clickLoadAll(page);
        QTRY_COMPARE_WITH_TIMEOUT(page.model->state(), PagedListModel::State::Loaded, 30000);
        QCOMPARE(page.model->rowCount(), 320);
        QCOMPARE(distinctIds(*page.model), 320);
        QCOMPARE(countText(page), u"320 loaded; the server counted 2000000000"_s);
        QVERIFY(!page.page->findChild<QLabel *>(u"tollFreeCountLabel"_s)->toolTip().isEmpty());

        const QString screenshotDir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty())
            QVERIFY(page.page->grab().save(
                QDir(screenshotDir).filePath(u"list-totals-disagree.png"_s)));
    }

    void aRepeatedPageNeverShowsARecordTwice()
    {
        Page page = makePage(3000, false);
        page.bed->addFault(u"GET"_s, u"/v2/messaging_tollfree/verification/requests"_s,
                           u"repeat_page"_s, {{u"skip"_s, 2}, {u"count"_s, 1}});
        clickLoadAll(page);
        QTRY_COMPARE_WITH_TIMEOUT(page.model->state(), PagedListModel::State::Loaded, 60000);
        QCOMPARE(distinctIds(*page.model), page.model->rowCount());
        QCOMPARE(page.model->rowCount(), 3000);
        QCOMPARE(countText(page), u"3000 of 3000 loaded"_s);
    }
};

QTEST_MAIN(TestListPaging)
#include "tst_listpaging.moc"
