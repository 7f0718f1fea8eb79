#include "api/pager.h"
#include "api/tollfreeapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "session/tollfreewatcher.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The watcher against the in-process sandbox with its clock frozen: requests are created with
// status markers in the business name, the clock is moved with POST /_sandbox/advance, and the
// sandbox's request log shows what the watcher asked for (list pages per status filter, single
// requests by id).
class TestTollFreeWatcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;

    TollFreeVerificationRequest create(const QString &businessName)
    {
        auto *call = TollFreeApi(&m_bed->client).create(sampleTollFreeRequest(businessName));
        TollFreeVerificationRequest created;
        connect(call, &ApiCall::finished, this, [&] { created = call->result(); });
        SandboxTestbed::wait(call);
        return created;
    }

    void advance(int seconds)
    {
        m_bed->control("POST", u"/_sandbox/advance"_s, {{u"seconds"_s, seconds}});
    }

    int retrievals(const QString &id)
    {
        return m_bed->requestCount(u"GET "_s + u"/v2"_s + TollFreeApi::requestPath(id));
    }

    void delay(const QString &path, int delayMs, int count = 0)
    {
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, QString(u"/v2"_s + path)},
                         {u"kind"_s, u"delay"_s},
                         {u"delay_ms"_s, delayMs},
                         {u"count"_s, count}});
    }
    void delayRetrievals(const QString &id, int delayMs)
    {
        delay(TollFreeApi::requestPath(id), delayMs);
    }
    void delayLists(int delayMs, int count = 0) { delay(listPath(), delayMs, count); }

    static QString listPath() { return u"/messaging_tollfree/verification/requests"_s; }

    // List pages the sandbox was asked for with this status filter (from its request log).
    int listRequests(const QString &status)
    {
        int count = 0;
        const QJsonArray log = m_bed->requestLog();
        for (const QJsonValue &entry : log) {
            const QJsonObject request = entry.toObject();
            if (request.value(u"path"_s).toString() == u"/v2"_s + listPath() &&
                QUrlQuery(request.value(u"query"_s).toString())
                        .queryItemValue(u"status"_s, QUrl::FullyDecoded) == status)
                ++count;
        }
        return count;
    }

    int allRetrievals()
    {
        return m_bed->requestCountStartingWith(u"GET /v2"_s + listPath() + u"/"_s);
    }

    // Every request of the list, read in full.
    QList<TollFreeVerificationRequest> listAll()
    {
        Pager *pager = TollFreeApi(&m_bed->client).listPager({}, 1000, this);
        QList<TollFreeVerificationRequest> all;
        connect(pager, &Pager::pageLoaded, this, [&all](int, const QJsonArray &items) {
            for (const QJsonValue &item : items)
                all.append(TollFreeVerificationRequest::fromJson(item.toObject()));
        });
        QSignalSpy completed(pager, &Pager::completed);
        pager->fetchAll();
        if (!completed.wait(20000))
            qWarning("the list did not load");
        pager->deleteLater();
        return all;
    }

    // Lets a watcher's ticks pass without a fixed wait: a second watcher with the same interval
    // checks `sentinel` `checks` times, as many ticks in which another watcher would have asked
    // too. The sentinel should have a status the watcher under test does not watch, so the
    // sentinel's list pages can be told apart in the request log.
    void letTicksPass(const TollFreeVerificationRequest &sentinel, int intervalMs, int checks = 5)
    {
        TollFreeWatcher clock(&m_bed->client);
        clock.setIntervalMs(intervalMs);
        QSignalSpy ticks(&clock, &TollFreeWatcher::requestChecked);
        clock.watch(sentinel);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= checks, 5000);
        clock.stop();
        QVERIFY(m_bed->waitUntilIdle());
    }

    TollFreeVerificationRequest sentinel()
    {
        // Seeded, and never moves: the sandbox's clock is frozen.
        return m_bed->firstTollFreeWithStatus(u"Waiting For Vendor"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TollFreeVerificationRequest>();
        qRegisterMetaType<ApiError>();
    }

    void init()
    {
        SandboxOptions options;
        options.speed = 0;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
    }

    void cleanup() { m_bed.reset(); }

    void defaults()
    {
        TollFreeWatcher watcher(&m_bed->client);
        QCOMPARE(watcher.intervalMs(), 60 * 1000);
        QCOMPARE(watcher.pageSize(), 1000);
        QCOMPARE(watcher.maxConcurrentChecks(), 4);
        QVERIFY(watcher.isRunning());
        QCOMPARE(watcher.watchedCount(), 0);
    }

    void reportsAStatusChange()
    {
        const TollFreeVerificationRequest request = create(u"Watchful Dental [customer]"_s);
        QCOMPARE(request.verificationStatus, u"In Progress"_s);

        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(40);
        QSignalSpy changed(&watcher, &TollFreeWatcher::statusChanged);
        QSignalSpy checked(&watcher, &TollFreeWatcher::requestChecked);
        watcher.watch(request);
        QVERIFY(watcher.isWatching(request.id));

        // Checks run, but nothing changed yet.
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 5000);
        QCOMPARE(changed.size(), 0);

        // The watcher may already report the change while advance() waits for its answer.
        advance(7200);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        const auto updated = changed.at(0).at(0).value<TollFreeVerificationRequest>();
        QCOMPARE(updated.id, request.id);
        QCOMPARE(updated.verificationStatus, u"Waiting For Customer"_s);
        QVERIFY(!updated.reason.isEmpty());
        QCOMPARE(changed.at(0).at(1).toString(), u"In Progress"_s);

        // Waiting For Customer is still open: watched on, compared with the new status.
        QVERIFY(watcher.isWatching(request.id));
        QCOMPARE(watcher.knownStatus(request.id), u"Waiting For Customer"_s);
        // Two more checks see the new status again: neither reports a change.
        const qsizetype checksBefore = checked.size();
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= checksBefore + 2, 5000);
        QCOMPARE(changed.size(), 1);
    }

    void finalRequestsAreNoLongerPolled()
    {
        const TollFreeVerificationRequest rejected = create(u"Doomed Deals [reject]"_s);
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(30);
        QSignalSpy changed(&watcher, &TollFreeWatcher::statusChanged);
        watcher.watch(rejected);

        advance(7200);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.at(0).at(0).value<TollFreeVerificationRequest>().verificationStatus,
                 u"Rejected"_s);
        QVERIFY(!watcher.isWatching(rejected.id));

        // A request still open is checked in the same passes; the rejected one is not.
        const TollFreeVerificationRequest open = create(u"Lively Labs [verify]"_s);
        watcher.watch(open);
        QSignalSpy passes(&watcher, &TollFreeWatcher::passFinished);
        m_bed->resetRequests();
        QTRY_VERIFY_WITH_TIMEOUT(passes.size() >= 2, 5000);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(retrievals(rejected.id), 0);
        QCOMPARE(listRequests(u"Rejected"_s), 0);
        QVERIFY(retrievals(open.id) + listRequests(u"In Progress"_s) >= 2);
        QCOMPARE(changed.size(), 1);
    }

    void finalRequestsAreNotWatched()
    {
        TollFreeWatcher watcher(&m_bed->client);
        TollFreeVerificationRequest verified;
        verified.id = u"a"_s;
        verified.verificationStatus = u"Verified"_s;
        TollFreeVerificationRequest waiting;
        waiting.id = u"b"_s;
        waiting.verificationStatus = u"Waiting For Customer"_s;
        TollFreeVerificationRequest rejected;
        rejected.id = u"c"_s;
        rejected.verificationStatus = u"Rejected"_s;
        TollFreeVerificationRequest progressing;
        progressing.id = u"d"_s;
        progressing.verificationStatus = u"In Progress"_s;

        QSignalSpy count(&watcher, &TollFreeWatcher::watchedCountChanged);
        watcher.watchOpenRequests({verified, waiting, rejected, progressing});
        QCOMPARE(watcher.watchedCount(), 2);
        QVERIFY(watcher.isWatching(u"b"_s));
        QVERIFY(watcher.isWatching(u"d"_s));
        QVERIFY(!watcher.isWatching(u"a"_s));
        QCOMPARE(count.last().at(0).toInt(), 2);

        // Seen final elsewhere (e.g. in a reloaded list): dropped.
        progressing.verificationStatus = u"Verified"_s;
        watcher.watch(progressing);
        QVERIFY(!watcher.isWatching(u"d"_s));
        watcher.unwatch(u"b"_s);
        QCOMPARE(watcher.watchedCount(), 0);
        watcher.stop();
    }

    void passesDoNotOverlap()
    {
        const TollFreeVerificationRequest request = create(u"Patient Plumbing"_s);
        delayRetrievals(request.id, 400);
        delayLists(400);
        m_bed->resetRequests();

        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(20);
        int most = 0;
        connect(&m_bed->client, &ApiClient::callsInFlightChanged, this,
                [&most](int count) { most = qMax(most, count); });
        QSignalSpy checked(&watcher, &TollFreeWatcher::requestChecked);
        QElapsedTimer elapsed;
        elapsed.start();
        watcher.watch(request);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isChecking(request.id), 2000);
        // Two answers, 400 ms each: some forty ticks of 20 ms passed meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 5000);
        const int asked = retrievals(request.id) + listRequests(u"In Progress"_s);
        // Each answer takes 400 ms and the next pass waits for the one under way.
        QVERIFY2(asked >= 2 && asked <= int(elapsed.elapsed() / 400) + 1,
                 qPrintable(QString::number(asked)));
        QCOMPARE(most, 1);
        watcher.stop();
    }

    void limitsChecksInFlight()
    {
        QList<TollFreeVerificationRequest> requests;
        for (int i = 0; i < 6; ++i)
            requests.append(create(u"Crowded Café %1"_s.arg(i)));
        delayLists(150);
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(10);
        watcher.setMaxConcurrentChecks(2);
        watcher.setPageSize(2); // a list of several pages, two of them asked for at once
        int most = 0;
        connect(&m_bed->client, &ApiClient::callsInFlightChanged, this,
                [&most](int count) { most = qMax(most, count); });
        QSignalSpy checked(&watcher, &TollFreeWatcher::requestChecked);
        QSignalSpy passes(&watcher, &TollFreeWatcher::passFinished);
        watcher.watchOpenRequests(requests);
        QVERIFY(passes.wait(10000));
        QCOMPARE(most, 2);
        QVERIFY(watcher.lastPassCost().listPages >= 3);
        QSet<QString> seen;
        for (const QList<QVariant> &arguments : std::as_const(checked))
            seen.insert(arguments.at(0).value<TollFreeVerificationRequest>().id);
        QCOMPARE(seen.size(), 6); // everyone was seen
        watcher.stop();
    }

    void stopCancelsAndPauses()
    {
        const TollFreeVerificationRequest request = create(u"Paused Pottery [customer]"_s);
        const TollFreeVerificationRequest other = sentinel();
        QVERIFY(!other.id.isEmpty());
        delayRetrievals(request.id, 500);
        delayLists(500);
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(20);
        QSignalSpy changed(&watcher, &TollFreeWatcher::statusChanged);
        QSignalSpy failed(&watcher, &TollFreeWatcher::checkFailed);
        QSignalSpy listFailed(&watcher, &TollFreeWatcher::listFailed);
        watcher.watch(request);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isChecking(request.id), 2000);
        QTRY_COMPARE(watcher.checksInFlight(), 1);

        advance(7200);
        watcher.stop();
        QVERIFY(!watcher.isRunning());
        QVERIFY(!watcher.isPassRunning());
        QCOMPARE(watcher.checksInFlight(), 0);
        QTRY_COMPARE(m_bed->client.callsInFlight(), 0); // the call was cancelled
        m_bed->clearFaults();
        m_bed->resetRequests();
        // The cancelled call can no longer be answered (nothing is in flight); the paused
        // watcher, had it kept ticking, would have asked again within these ticks.
        letTicksPass(other, 20);
        QCOMPARE(changed.size(), 0); // the cancelled answer is not reported
        QCOMPARE(failed.size(), 0);  // nor is the cancellation a failure
        QCOMPARE(listFailed.size(), 0);
        QCOMPARE(retrievals(request.id), 0);
        QCOMPARE(listRequests(u"In Progress"_s), 0);
        QVERIFY(watcher.isWatching(request.id)); // paused, not forgotten

        watcher.start();
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.at(0).at(0).value<TollFreeVerificationRequest>().verificationStatus,
                 u"Waiting For Customer"_s);
    }

    void goneRequestIsDropped()
    {
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(20);
        QSignalSpy gone(&watcher, &TollFreeWatcher::requestGone);
        const QString id = u"00000000-0000-0000-0000-00000000dead"_s;
        watcher.watch(id, u"In Progress"_s);
        // Not in the In Progress list: fetched on its own, and the 404 drops it.
        QVERIFY(gone.wait(5000));
        QCOMPARE(gone.at(0).at(0).toString(), id);
        QVERIFY(!watcher.isWatching(id));
        const TollFreeVerificationRequest other = sentinel();
        m_bed->resetRequests();
        letTicksPass(other, 20);
        // The sentinel's checks only: nothing more for the gone request.
        QCOMPARE(m_bed->requests().value(u"total"_s).toInt(),
                 retrievals(other.id) + listRequests(other.verificationStatus));
        QCOMPARE(listRequests(u"In Progress"_s), 0);
    }

    void failedChecksAreReportedAndRetried()
    {
        const TollFreeVerificationRequest request = create(u"Shaky Shoes [customer]"_s);
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, QString(u"/v2"_s + listPath())},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 403},
                         {u"count"_s, 1}});
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(30);
        QSignalSpy listFailed(&watcher, &TollFreeWatcher::listFailed);
        QSignalSpy failed(&watcher, &TollFreeWatcher::checkFailed);
        QSignalSpy changed(&watcher, &TollFreeWatcher::statusChanged);
        QSignalSpy passes(&watcher, &TollFreeWatcher::passFinished);
        watcher.watch(request);
        // The list refused: its requests are kept as they were, and not fetched one by one.
        QVERIFY(listFailed.wait(5000));
        QCOMPARE(listFailed.at(0).at(0).toString(), u"In Progress"_s);
        QCOMPARE(listFailed.at(0).at(1).value<ApiError>().httpStatus(), 403);
        QVERIFY(watcher.isWatching(request.id));
        QTRY_VERIFY_WITH_TIMEOUT(passes.size() >= 1, 5000);
        QCOMPARE(retrievals(request.id), 0);

        // Read in full once, the list took one page: one request is then fetched on its own.
        QTRY_VERIFY_WITH_TIMEOUT(passes.size() >= 2, 5000);
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, QString(u"/v2"_s + TollFreeApi::requestPath(request.id))},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 403},
                         {u"count"_s, 1}});
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).toString(), request.id);
        QCOMPARE(failed.at(0).at(1).value<ApiError>().httpStatus(), 403);
        QVERIFY(watcher.isWatching(request.id));
        advance(7200);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    }

    // Goal 7 of the performance issue: the cost of a pass grows with pages, not requests.
    void aPassCostsPagesNotRequests_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::addColumn<int>("honouredPageSize");
        QTest::newRow("pages of 1000") << false << 1000;
        QTest::newRow("server clamps to 100") << true << 100;
    }
    void aPassCostsPagesNotRequests()
    {
        QFETCH(bool, realistic);
        QFETCH(int, honouredPageSize);
        SandboxOptions options;
        options.speed = 0;
        options.records = 3000;
        options.realistic = realistic;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());

        const QList<TollFreeVerificationRequest> all = listAll();
        QCOMPARE(all.size(), 3000);
        TollFreeWatcher watcher(&m_bed->client);
        watcher.watchOpenRequests(all);
        QHash<QString, int> openByStatus;
        for (const TollFreeVerificationRequest &request : all) {
            if (isOpen(request.status()))
                ++openByStatus[request.verificationStatus];
        }
        int expectedPages = 0;
        for (auto it = openByStatus.cbegin(); it != openByStatus.cend(); ++it)
            expectedPages += (it.value() + honouredPageSize - 1) / honouredPageSize;
        QVERIFY2(watcher.watchedCount() > 1000,
                 qPrintable(QString::number(watcher.watchedCount())));
        QCOMPARE(openByStatus.size(), 4);

        QSignalSpy checked(&watcher, &TollFreeWatcher::requestChecked);
        QSignalSpy changed(&watcher, &TollFreeWatcher::statusChanged);
        QSignalSpy passes(&watcher, &TollFreeWatcher::passFinished);
        m_bed->resetRequests();
        watcher.checkNow();
        QVERIFY(passes.wait(20000));
        QCOMPARE(checked.size(), watcher.watchedCount());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(allRetrievals(), 0);
        QCOMPARE(watcher.lastPassCost().listPages, expectedPages);
        QCOMPARE(watcher.lastPassCost().retrievals, 0);
        QCOMPARE(m_bed->requests().value(u"total"_s).toInt(), expectedPages);

        // Two requests move: one to another open status (found in its list), one to a final
        // status (missing from every list read, so fetched on its own). Noticed in one pass.
        const TollFreeVerificationRequest toCustomer = create(u"Moving Mangoes [customer]"_s);
        const TollFreeVerificationRequest toRejected = create(u"Moving Melons [reject]"_s);
        watcher.watch(toCustomer);
        watcher.watch(toRejected);
        advance(7200);
        m_bed->resetRequests();
        watcher.checkNow();
        QVERIFY(passes.wait(20000));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(watcher.knownStatus(toCustomer.id), u"Waiting For Customer"_s);
        QVERIFY(!watcher.isWatching(toRejected.id));
        QCOMPARE(retrievals(toRejected.id), 1);
        QCOMPARE(allRetrievals(), 1);
        QCOMPARE(watcher.lastPassCost().retrievals, 1);
        QVERIFY(watcher.lastPassCost().listPages <= expectedPages + 1);
    }

    // A status with only a few watched requests is cheaper one by one than a list of many
    // pages: after one list pass has shown the list's length, they are fetched on their own.
    void fewWatchedRequestsAreFetchedOneByOne()
    {
        const TollFreeVerificationRequest request = create(u"Lonely Lighthouse"_s);
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setPageSize(2);
        watcher.watch(request);
        QSignalSpy passes(&watcher, &TollFreeWatcher::passFinished);
        watcher.checkNow();
        QVERIFY(passes.wait(5000));
        const TollFreeWatcher::PassCost first = watcher.lastPassCost();
        QVERIFY2(first.listPages >= 2, qPrintable(QString::number(first.listPages)));
        QCOMPARE(first.retrievals, 0);

        m_bed->resetRequests();
        watcher.checkNow();
        QVERIFY(passes.wait(5000));
        QCOMPARE(watcher.lastPassCost().listPages, 0);
        QCOMPARE(watcher.lastPassCost().retrievals, 1);
        QCOMPARE(retrievals(request.id), 1);
        QCOMPARE(m_bed->requests().value(u"total"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTollFreeWatcher)
#include "tst_tollfreewatcher.moc"
