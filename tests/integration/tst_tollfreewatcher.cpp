#include "api/tollfreeapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "session/tollfreewatcher.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The watcher against the in-process sandbox with its clock frozen: requests are created with
// status markers in the business name, the clock is moved with POST /_sandbox/advance, and the
// sandbox's request counters show what the watcher asked for.
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

    void delayRetrievals(const QString &id, int delayMs)
    {
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, QString(u"/v2"_s + TollFreeApi::requestPath(id))},
                         {u"kind"_s, u"delay"_s},
                         {u"delay_ms"_s, delayMs},
                         {u"count"_s, 0}});
    }

    // Lets a watcher's ticks pass without a fixed wait: a second watcher with the same interval
    // checks `sentinel` `checks` times, as many ticks in which another watcher would have asked
    // too. Create the sentinel before resetting the request log; its checks are its own path.
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

        // A request still open is polled in the same window; the rejected one is not.
        const TollFreeVerificationRequest open = create(u"Lively Labs [verify]"_s);
        watcher.watch(open);
        m_bed->resetRequests();
        // Two checks of the open one: the rejected one, were it still polled, would have been
        // asked for in the same ticks (it was watched first).
        QTRY_VERIFY_WITH_TIMEOUT(retrievals(open.id) >= 2, 5000);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(retrievals(rejected.id), 0);
        QVERIFY(retrievals(open.id) >= 2);
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

    void noOverlappingChecksForOneRequest()
    {
        const TollFreeVerificationRequest request = create(u"Patient Plumbing"_s);
        delayRetrievals(request.id, 400);
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
        const int asked = retrievals(request.id);
        // Fifty ticks passed, but each answer takes 400 ms and the next check waits for it.
        QVERIFY2(asked >= 2 && asked <= int(elapsed.elapsed() / 400) + 1,
                 qPrintable(QString::number(asked)));
        QCOMPARE(most, 1);
        watcher.stop();
    }

    void limitsChecksInFlight()
    {
        QList<TollFreeVerificationRequest> requests;
        for (int i = 0; i < 6; ++i) {
            requests.append(create(u"Crowded Café %1"_s.arg(i)));
            delayRetrievals(requests.last().id, 150);
        }
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(10);
        watcher.setMaxConcurrentChecks(2);
        int most = 0;
        connect(&m_bed->client, &ApiClient::callsInFlightChanged, this,
                [&most](int count) { most = qMax(most, count); });
        QSignalSpy checked(&watcher, &TollFreeWatcher::requestChecked);
        watcher.watchOpenRequests(requests);
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 6, 5000);
        QCOMPARE(most, 2);
        QSet<QString> seen;
        for (const QList<QVariant> &arguments : std::as_const(checked))
            seen.insert(arguments.at(0).value<TollFreeVerificationRequest>().id);
        QCOMPARE(seen.size(), 6); // everyone gets a turn
        watcher.stop();
    }

    void stopCancelsAndPauses()
    {
        const TollFreeVerificationRequest request = create(u"Paused Pottery [customer]"_s);
        delayRetrievals(request.id, 500);
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(20);
        QSignalSpy changed(&watcher, &TollFreeWatcher::statusChanged);
        QSignalSpy failed(&watcher, &TollFreeWatcher::checkFailed);
        watcher.watch(request);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isChecking(request.id), 2000);

        advance(7200);
        watcher.stop();
        QVERIFY(!watcher.isRunning());
        QCOMPARE(watcher.checksInFlight(), 0);
        QTRY_COMPARE(m_bed->client.callsInFlight(), 0); // the call was cancelled
        const TollFreeVerificationRequest sentinel = create(u"Sentinel Stationery"_s);
        m_bed->resetRequests();
        // The cancelled call can no longer be answered (nothing is in flight); the paused
        // watcher, had it kept ticking, would have asked again within these ticks.
        letTicksPass(sentinel, 20);
        QCOMPARE(changed.size(), 0); // the cancelled answer is not reported
        QCOMPARE(failed.size(), 0);  // nor is the cancellation a failure
        QCOMPARE(retrievals(request.id), 0);
        QVERIFY(watcher.isWatching(request.id)); // paused, not forgotten

        m_bed->clearFaults();
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
        QVERIFY(gone.wait(5000));
        QCOMPARE(gone.at(0).at(0).toString(), id);
        QVERIFY(!watcher.isWatching(id));
        const TollFreeVerificationRequest sentinel = create(u"Sentinel Stationery"_s);
        m_bed->resetRequests();
        letTicksPass(sentinel, 20);
        // The sentinel's checks only: nothing more for the gone request.
        QCOMPARE(m_bed->requests().value(u"total"_s).toInt(), retrievals(sentinel.id));
    }

    void failedChecksAreReportedAndRetried()
    {
        const TollFreeVerificationRequest request = create(u"Shaky Shoes [customer]"_s);
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, QString(u"/v2"_s + TollFreeApi::requestPath(request.id))},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 403},
                         {u"count"_s, 1}});
        TollFreeWatcher watcher(&m_bed->client);
        watcher.setIntervalMs(30);
        QSignalSpy failed(&watcher, &TollFreeWatcher::checkFailed);
        QSignalSpy changed(&watcher, &TollFreeWatcher::statusChanged);
        watcher.watch(request);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(1).value<ApiError>().httpStatus(), 403);
        QVERIFY(watcher.isWatching(request.id));
        advance(7200);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TestTollFreeWatcher)
#include "tst_tollfreewatcher.moc"
