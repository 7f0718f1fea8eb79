#include "api/hostedapi.h"
#include "api/pager.h"
#include "api/tollfreeapi.h"
#include "sandboxtestbed.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The pager against servers that do not do what was asked: a page size clamped without a word
// (the realistic sandbox), a page that repeats records, totals that promise two billion rows.
// Whatever the server does, every record arrives exactly once and the walk ends.
class TestPaging : public QObject
{
    Q_OBJECT

private:
    const QString tollFreePath = u"/v2/messaging_tollfree/verification/requests"_s;
    const QString ordersPath = u"/v2/messaging_hosted_number_orders"_s;

    struct Walk
    {
        QStringList ids; // as delivered, in order
        bool completed = false;
        bool failed = false;
    };

    // Loads every page the way "Load all" does and collects the delivered ids.
    static Walk loadAll(Pager *pager, int inFlight = 3)
    {
        Walk walk;
        QObject::connect(pager, &Pager::pageLoaded, [&walk](int, const QJsonArray &items) {
            for (const QJsonValue &item : items)
                walk.ids.append(item.toObject().value(u"id"_s).toString());
        });
        QObject::connect(pager, &Pager::completed, [&walk] { walk.completed = true; });
        QObject::connect(pager, &Pager::failed, [&walk] { walk.failed = true; });
        pager->setMaxInFlight(inFlight);
        pager->fetchAll();
        (void)QTest::qWaitFor([&] { return walk.completed || walk.failed; }, 60000);
        return walk;
    }

    static int distinct(const QStringList &ids)
    {
        return int(QSet<QString>(ids.begin(), ids.end()).size());
    }

    static std::unique_ptr<SandboxTestbed> bed(int records, bool realistic)
    {
        SandboxOptions options;
        options.records = records;
        options.realistic = realistic;
        return SandboxTestbed::withFrozenClock(options);
    }

private Q_SLOTS:
    void tollFreeLoadAllTakesTheSizeTheServerHonoured_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::addColumn<int>("expectedPageSize");
        QTest::newRow("realistic: 1000 clamped to 100") << true << 100;
        QTest::newRow("default: 1000 as asked") << false << 1000;
    }
    void tollFreeLoadAllTakesTheSizeTheServerHonoured()
    {
        QFETCH(bool, realistic);
        QFETCH(int, expectedPageSize);
        auto sandbox = bed(5000, realistic);
        QVERIFY(sandbox->isListening());
        std::unique_ptr<Pager> pager(TollFreeApi(&sandbox->client).listPager({}, 1000));
        const Walk walk = loadAll(pager.get());

        QVERIFY(walk.completed);
        QCOMPARE(walk.ids.size(), 5000);
        QCOMPARE(distinct(walk.ids), 5000);
        QCOMPARE(pager->honouredPageSize(), expectedPageSize);
        QCOMPARE(pager->totalItems(), 5000);
        QVERIFY(!pager->totalsDisagree());
        // Exactly the pages there are: nothing skipped, nothing asked past the end.
        QCOMPARE(sandbox->requestCount(u"GET "_s + tollFreePath), 5000 / expectedPageSize);
    }

    void hostedOrdersLoadAllTakesTheSizeTheServerHonoured_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::addColumn<int>("expectedPageSize");
        QTest::newRow("realistic: 1000 clamped to 250") << true << 250;
        QTest::newRow("default: 1000 as asked") << false << 1000;
    }
    void hostedOrdersLoadAllTakesTheSizeTheServerHonoured()
    {
        QFETCH(bool, realistic);
        QFETCH(int, expectedPageSize);
        auto sandbox = bed(5000, realistic);
        std::unique_ptr<Pager> pager(HostedApi(&sandbox->client).ordersPager(1000));
        const Walk walk = loadAll(pager.get());

        QVERIFY(walk.completed);
        QCOMPARE(walk.ids.size(), 5000);
        QCOMPARE(distinct(walk.ids), 5000);
        QCOMPARE(pager->honouredPageSize(), expectedPageSize);
        QVERIFY(!pager->totalsDisagree());
        QCOMPARE(sandbox->requestCount(u"GET "_s + ordersPath), 5000 / expectedPageSize);
    }

    // The list shifted once under the walk: page 2 came back with page 1's records. The page is
    // asked for again, and no record is delivered twice.
    void aRepeatedPageIsAskedAgainAndCountedOnce()
    {
        auto sandbox = bed(0, false); // 320 requests
        sandbox->addFault(u"GET"_s, tollFreePath, u"repeat_page"_s,
                          {{u"skip"_s, 1}, {u"count"_s, 1}});
        std::unique_ptr<Pager> pager(TollFreeApi(&sandbox->client).listPager({}, 100));
        const Walk walk = loadAll(pager.get(), 1);

        QVERIFY(walk.completed);
        QCOMPARE(distinct(walk.ids), 320);
        QCOMPARE(walk.ids.size(), 320);
        QCOMPARE(pager->repeatsDropped(), 0); // the second answer for page 2 was the right one
        QVERIFY(!pager->totalsDisagree());
        QCOMPARE(sandbox->requestCount(u"GET "_s + tollFreePath), 4 + 1);
    }

    // A server that keeps answering the previous page: repeats are dropped, the walk goes past
    // the promised last page for the missing records, and still delivers each record once.
    void aServerThatAlwaysRepeatsStillDeliversEachRecordOnce()
    {
        auto sandbox = bed(0, false);
        sandbox->addFault(u"GET"_s, tollFreePath, u"repeat_page"_s,
                          {{u"skip"_s, 1}, {u"count"_s, 0}});
        std::unique_ptr<Pager> pager(TollFreeApi(&sandbox->client).listPager({}, 100));
        const Walk walk = loadAll(pager.get(), 1);

        QVERIFY(walk.completed);
        QCOMPARE(walk.ids.size(), 320);
        QCOMPARE(distinct(walk.ids), 320);
        QCOMPARE(pager->repeatsDropped(), 100);
        QVERIFY(!pager->totalsDisagree());
        QVERIFY2(sandbox->requestCount(u"GET "_s + tollFreePath) <= 8,
                 qPrintable(QString::number(sandbox->requestCount(u"GET "_s + tollFreePath))));
    }

    // total_pages / total_records of two billion with nothing behind them: two empty pages in a
    // row end the walk, with every real record and a bounded number of requests.
    void inflatedTotalsEndAtTwoEmptyPages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("records");
        QTest::newRow("toll-free (total_records)") << tollFreePath << 320;
        QTest::newRow("hosted orders (meta)") << ordersPath << 48;
    }
    void inflatedTotalsEndAtTwoEmptyPages()
    {
        QFETCH(QString, path);
        QFETCH(int, records);
        auto sandbox = bed(0, false);
        sandbox->addFault(u"GET"_s, path, u"totals"_s,
                          {{u"total"_s, 2000000000.0}, {u"count"_s, 0}});
        std::unique_ptr<Pager> pager(path == tollFreePath
                                         ? TollFreeApi(&sandbox->client).listPager({}, 100)
                                         : HostedApi(&sandbox->client).ordersPager(20));
        const Walk walk = loadAll(pager.get());

        QVERIFY(walk.completed);
        QCOMPARE(distinct(walk.ids), records);
        QCOMPARE(walk.ids.size(), records);
        QCOMPARE(pager->totalItems(), 2000000000);
        QVERIFY(pager->lastPage() <= Pagination::maxTrustedPages);
        QVERIFY(pager->totalsDisagree());
        // The pages with records, two empty ones, and at most the run-ahead window in flight.
        const int pagesWithRecords = (records + pager->pageSize() - 1) / pager->pageSize();
        const int requests = sandbox->requestCount(u"GET "_s + path);
        QVERIFY2(requests >= pagesWithRecords + 2 && requests <= pagesWithRecords + 2 + 12,
                 qPrintable(QString::number(requests)));
        QVERIFY(!pager->isLoading()); // pages asked for ahead of the end were cancelled
    }

    // Fewer records than promised (deleted while paging): the walk asks one page past the end,
    // finds it empty, and says the totals disagree.
    void missingRecordsAreSaidNotHidden()
    {
        auto sandbox = bed(0, false);
        sandbox->addFault(u"GET"_s, tollFreePath, u"totals"_s,
                          {{u"total"_s, 330.0}, {u"count"_s, 0}});
        std::unique_ptr<Pager> pager(TollFreeApi(&sandbox->client).listPager({}, 100));
        const Walk walk = loadAll(pager.get(), 1);
        QVERIFY(walk.completed);
        QCOMPARE(walk.ids.size(), 320);
        QVERIFY(pager->totalsDisagree());
        QCOMPARE(sandbox->requestCount(u"GET "_s + tollFreePath), 5);
    }
};

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
