#include "sandboxtestbed.h"
#include "session/rcscapabilitycache.h"
#include "session/rcscapabilitychecker.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString agent = u"sandbox_demo_agent"_s;
const QString bulkPath = u"/v2/messaging/rcs/bulk_capabilities"_s;
const QString bulkKey = u"POST /v2/messaging/rcs/bulk_capabilities"_s;

// +13125550000, +13125550001, ...: half of them (last digit even) RCS-capable.
QStringList numbers(int count, int first = 0)
{
    QStringList list;
    for (int i = first; i < first + count; ++i)
        list.append(u"+1312555%1"_s.arg(i, 4, 10, QLatin1Char('0')));
    return list;
}

// The sandbox's rule (app/sandbox/README.md), written out independently of its code.
QSet<QString> expectedFeatures(const QString &number)
{
    const int last = number.right(1).toInt();
    if (last % 2 != 0)
        return {};
    QSet<QString> features{u"RICHCARD_STANDALONE"_s, u"ACTION_DIAL"_s, u"ACTION_OPEN_URL"_s};
    const int d = number.at(number.size() - 2).digitValue();
    if (d % 2 == 1)
        features.insert(u"RICHCARD_CAROUSEL"_s);
    if (d & 2)
        features.insert(u"ACTION_CREATE_CALENDAR_EVENT"_s);
    if (d & 4)
        features << u"ACTION_SHARE_LOCATION"_s << u"ACTION_VIEW_LOCATION"_s;
    if (d >= 8)
        features.insert(u"REVOCATION"_s);
    return features;
}

QJsonObject fault(const QString &kind, QJsonObject extra = {})
{
    extra.insert(u"method"_s, u"POST"_s);
    extra.insert(u"path"_s, bulkPath);
    extra.insert(u"kind"_s, kind);
    return extra;
}

} // namespace

// RcsCapabilityChecker against the in-process sandbox: batching, concurrency, 429 slow-down,
// cancel, the session cache, and per-batch failures.
class TestRcsCapabilityChecker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;

    static bool waitFinished(QSignalSpy &finished, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return finished.count() > 0; }, timeoutMs);
    }

    // Phone numbers of each bulk request the sandbox saw, in arrival order, with the status.
    QList<std::pair<QStringList, int>> bulkRequests()
    {
        QList<std::pair<QStringList, int>> seen;
        const QJsonArray log = m_bed->requestLog();
        for (const QJsonValue &entry : log) {
            const QJsonObject request = entry.toObject();
            if (request.value("path"_L1).toString() != bulkPath)
                continue;
            const QJsonObject body = request.value("body"_L1).toObject();
            QStringList asked;
            const QJsonArray phoneNumbers = body.value("phone_numbers"_L1).toArray();
            for (const QJsonValue &number : phoneNumbers)
                asked.append(number.toString());
            seen.append({asked, request.value("status"_L1).toInt()});
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RcsCheckSummary>();
        qRegisterMetaType<QList<RcsCapabilities>>();
        qRegisterMetaType<ApiError>();
        SandboxOptions options;
        options.speed = 0;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
    }

    void init()
    {
        m_bed->clearFaults();
        m_bed->resetRequests();
    }

    void cleanupTestCase() { m_bed.reset(); }

    void thousandNumbersGoInTenBatchesWithTheSandboxFeatures()
    {
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        QSignalSpy batches(&checker, &RcsCapabilityChecker::resultsReady);
        QSignalSpy progress(&checker, &RcsCapabilityChecker::progress);
        QSignalSpy failures(&checker, &RcsCapabilityChecker::batchFailed);

        const QStringList asked = numbers(1000);
        checker.check(agent, asked);
        QVERIFY(checker.isRunning());
        QVERIFY(waitFinished(finished));

        QCOMPARE(m_bed->requestCount(bulkKey), 10);
        QCOMPARE(batches.count(), 10);
        QCOMPARE(failures.count(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 1000);
        QCOMPARE(progress.last().at(1).toInt(), 1000);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() > progress.at(i - 1).at(0).toInt());

        const QList<RcsCapabilities> &results = checker.results();
        QCOMPARE(results.size(), 1000);
        QSet<QString> answered;
        for (const RcsCapabilities &answer : results) {
            answered.insert(answer.phoneNumber);
            const QSet<QString> features(answer.features.cbegin(), answer.features.cend());
            QCOMPARE(features, expectedFeatures(answer.phoneNumber));
            QCOMPARE(answer.agentId, agent);
        }
        QCOMPARE(answered, QSet<QString>(asked.cbegin(), asked.cend()));

        const auto summary = finished.first().first().value<RcsCheckSummary>();
        QCOMPARE(summary.total, 1000);
        QCOMPARE(summary.checked, 1000);
        QCOMPARE(summary.capable, 500);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.requests, 10);
        QVERIFY(!summary.cancelled);
        QCOMPARE(cache.size(), 1000);
        QVERIFY(!checker.isRunning());

        // Every batch within the API's limit, every number sent exactly once.
        QStringList sent;
        for (const auto &[batch, status] : bulkRequests()) {
            QVERIFY(batch.size() <= 100);
            QCOMPARE(status, 200);
            sent.append(batch);
        }
        QCOMPARE(sent.size(), 1000);
    }

    void atMostFourBatchesInFlight()
    {
        // Slow answers make the batches overlap.
        m_bed->addFault(fault(u"delay"_s, {{u"delay_ms"_s, 150}, {u"count"_s, 0}}));
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        int peakClientCalls = 0;
        connect(&m_bed->client, &ApiClient::callsInFlightChanged, &checker,
                [&](int count) { peakClientCalls = std::max(peakClientCalls, count); });
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        checker.check(agent, numbers(1000));
        QVERIFY(waitFinished(finished));
        QCOMPARE(checker.results().size(), 1000);
        QCOMPARE(peakClientCalls, RequestLimits::maxInFlightPerTask);
        QCOMPARE(checker.peakInFlight(), RequestLimits::maxInFlightPerTask);
        QCOMPARE(m_bed->requestCount(bulkKey), 10);
    }

    void rateLimitSlowsDownAndResendsTheRefusedBatch()
    {
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        // Arm a single 429 (Retry-After: 1) once four batches have been answered: mid-run.
        QElapsedTimer clock;
        clock.start();
        QList<std::pair<qint64, int>> arrivals; // (ms, status) of each bulk request
        int handled = 0;
        const auto connection =
            connect(&m_bed->server(), &SandboxServer::requestHandled, &checker,
                    [&](const QString &method, const QString &path, int status) {
                        if (method != "POST"_L1 || path != bulkPath)
                            return;
                        arrivals.append({clock.elapsed(), status});
                        if (++handled == 4) {
                            SandboxFault added;
                            SandboxErrors errors;
                            QVERIFY(m_bed->server().state().faults().add(
                                fault(u"status"_s,
                                      {{u"status"_s, 429}, {u"retry_after"_s, 1}, {u"count"_s, 1}}),
                                &added, &errors));
                        }
                    });
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        QSignalSpy failures(&checker, &RcsCapabilityChecker::batchFailed);
        QSignalSpy rateLimited(&checker, &RcsCapabilityChecker::rateLimited);
        int limitAfterRateLimit = -1;
        connect(&checker, &RcsCapabilityChecker::rateLimited, &checker,
                [&] { limitAfterRateLimit = checker.concurrencyLimit(); });

        checker.check(agent, numbers(1000));
        QVERIFY(waitFinished(finished, 20000));
        disconnect(connection);

        QCOMPARE(failures.count(), 0);
        QCOMPARE(checker.results().size(), 1000);
        QCOMPARE(rateLimited.count(), 1);
        QCOMPARE(rateLimited.first().first().toInt(), 1000);
        QCOMPARE(limitAfterRateLimit, 1);
        QCOMPARE(checker.concurrencyLimit(), RequestLimits::maxInFlightPerTask); // ramped back up

        // 11 arrivals: ten accepted, one refused; the refused batch was sent again as it was.
        QCOMPARE(m_bed->requestCount(bulkKey), 11);
        const auto requests = bulkRequests();
        QCOMPARE(requests.size(), 11);
        qsizetype refused = -1;
        int accepted = 0;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests.at(i).second == 429)
                refused = i;
            else if (requests.at(i).second == 200)
                ++accepted;
        }
        QCOMPARE(accepted, 10);
        QVERIFY(refused >= 4);
        qsizetype resent = -1;
        for (qsizetype i = refused + 1; i < requests.size(); ++i) {
            if (requests.at(i).first == requests.at(refused).first)
                resent = i;
        }
        QVERIFY2(resent > refused, "the refused batch was not sent again");

        // Nothing new started during the wait: only batches already in flight arrived, and the
        // resend came after Retry-After.
        QCOMPARE(arrivals.size(), 11);
        QVERIFY(arrivals.at(resent).first - arrivals.at(refused).first >= 900);
        QVERIFY(resent - refused - 1 <= RequestLimits::maxInFlightPerTask - 1);
        const auto summary = finished.first().first().value<RcsCheckSummary>();
        QCOMPARE(summary.slowDowns, 1);
        QCOMPARE(summary.failed, 0);
    }

    void cancelKeepsPartialResultsAndStopsSending()
    {
        m_bed->addFault(fault(u"delay"_s, {{u"delay_ms"_s, 200}, {u"count"_s, 0}}));
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        QSignalSpy batches(&checker, &RcsCapabilityChecker::resultsReady);
        connect(&checker, &RcsCapabilityChecker::resultsReady, &checker, [&] {
            if (batches.count() == 1)
                checker.cancel();
        });
        checker.check(agent, numbers(1000));
        QVERIFY(waitFinished(finished));
        const auto summary = finished.first().first().value<RcsCheckSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(!checker.isRunning());
        QCOMPARE(checker.inFlight(), 0);
        QCOMPARE(checker.results().size(), 100);
        QCOMPARE(summary.checked, 100);
        QCOMPARE(summary.notChecked(), 900);
        QCOMPARE(cache.size(), 100);

        const int sentAtCancel = m_bed->requestCount(bulkKey);
        QVERIFY(sentAtCancel <= RequestLimits::maxInFlightPerTask);
        // Whatever the cancel queued has run; a batch sent after all is answered and counted.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(m_bed->requestCount(bulkKey), sentAtCancel);
        QCOMPARE(batches.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_bed->client.callsInFlight(), 0);
    }

    void secondCheckAnswersFromTheCacheUnlessForced()
    {
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        const QStringList asked = numbers(1000);
        checker.check(agent, asked);
        QVERIFY(waitFinished(finished));
        QCOMPARE(m_bed->requestCount(bulkKey), 10);

        m_bed->resetRequests();
        finished.clear();
        checker.check(agent, asked);
        QVERIFY(waitFinished(finished));
        QCOMPARE(m_bed->requestCount(bulkKey), 0);
        auto summary = finished.first().first().value<RcsCheckSummary>();
        QCOMPARE(summary.fromCache, 1000);
        QCOMPARE(summary.checked, 0);
        QCOMPARE(summary.capable, 500);
        QCOMPARE(checker.results().size(), 1000);

        // Another agent is another question.
        finished.clear();
        checker.check(u"another_agent"_s, asked.mid(0, 10));
        QVERIFY(waitFinished(finished));
        QCOMPARE(m_bed->requestCount(bulkKey), 1);

        m_bed->resetRequests();
        finished.clear();
        checker.check(agent, asked, true);
        QVERIFY(waitFinished(finished));
        QCOMPARE(m_bed->requestCount(bulkKey), 10);
        summary = finished.first().first().value<RcsCheckSummary>();
        QCOMPARE(summary.fromCache, 0);
        QCOMPARE(summary.checked, 1000);
    }

    void singleAndBulkShareTheSessionCache()
    {
        // Both checkers are given the session's cache.
        RcsCapabilityCache sessionCache;
        RcsCapabilityChecker single(&m_bed->client, &sessionCache);
        RcsCapabilityChecker bulk(&m_bed->client, &sessionCache);
        QCOMPARE(single.cache(), bulk.cache());

        QSignalSpy checked(&single, &RcsCapabilityChecker::singleChecked);
        single.checkOne(agent, u"+13125550124"_s);
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first().at(1).toBool(), false);
        const auto answer = checked.first().first().value<RcsCapabilities>();
        QVERIFY(answer.isRcsCapable());
        const QSet<QString> features(answer.features.cbegin(), answer.features.cend());
        QCOMPARE(features, expectedFeatures(u"+13125550124"_s));
        const int gets = m_bed->requests().value("total"_L1).toInt();
        QCOMPARE(gets, 1);

        QSignalSpy finished(&bulk, &RcsCapabilityChecker::finished);
        bulk.check(agent, numbers(101, 100)); // includes +13125550124
        QVERIFY(waitFinished(finished));
        const auto summary = finished.first().first().value<RcsCheckSummary>();
        QCOMPARE(summary.fromCache, 1);
        QCOMPARE(summary.requests, 1); // 100 numbers left: one batch
        const auto requests = bulkRequests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(!requests.first().first.contains(u"+13125550124"_s));

        // And the bulk answers serve the single check.
        m_bed->resetRequests();
        checked.clear();
        single.checkOne(agent, u"+13125550131"_s);
        QCOMPARE(checked.count(), 1); // at once, no request
        QCOMPARE(checked.first().at(1).toBool(), true);
        QVERIFY(!checked.first().first().value<RcsCapabilities>().isRcsCapable());
        QCOMPARE(m_bed->requests().value("total"_L1).toInt(), 0);

        // "Check again" asks the API.
        single.checkOne(agent, u"+13125550131"_s, true);
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.last().at(1).toBool(), false);
        QCOMPARE(m_bed->requests().value("total"_L1).toInt(), 1);
    }

    void invalidNumberIsRefusedWithoutARequest()
    {
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        QSignalSpy failed(&checker, &RcsCapabilityChecker::singleFailed);
        checker.checkOne(agent, u"3125550124"_s);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(m_bed->requests().value("total"_L1).toInt(), 0);
    }

    void serverErrorFailsOnlyThatBatch()
    {
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        QSignalSpy failures(&checker, &RcsCapabilityChecker::batchFailed);
        int handled = 0;
        const auto connection = connect(
            &m_bed->server(), &SandboxServer::requestHandled, &checker,
            [&](const QString &, const QString &path, int) {
                if (path == bulkPath && ++handled == 2) {
                    SandboxFault added;
                    SandboxErrors errors;
                    m_bed->server().state().faults().add(
                        fault(u"status"_s, {{u"status"_s, 500}, {u"count"_s, 1}}), &added, &errors);
                }
            });
        checker.check(agent, numbers(1000));
        QVERIFY(waitFinished(finished));
        disconnect(connection);

        QCOMPARE(failures.count(), 1);
        const QStringList failedNumbers = failures.first().at(0).toStringList();
        QCOMPARE(failedNumbers.size(), 100);
        QVERIFY(!failures.first().at(1).toString().isEmpty());
        QCOMPARE(failures.first().at(2).value<ApiError>().httpStatus(), 500);
        QCOMPARE(checker.failedNumbers(), failedNumbers);
        QCOMPARE(checker.results().size(), 900);
        for (const RcsCapabilities &answer : checker.results())
            QVERIFY(!failedNumbers.contains(answer.phoneNumber));
        // A POST that failed with 500 is not resent: ten requests, one of them refused.
        QCOMPARE(m_bed->requestCount(bulkKey), 10);
        const auto summary = finished.first().first().value<RcsCheckSummary>();
        QCOMPARE(summary.failed, 100);
        QCOMPARE(summary.checked, 900);
        // Failed numbers are not cached: the next check asks for them again.
        QCOMPARE(cache.size(), 900);
        m_bed->resetRequests();
        finished.clear();
        checker.check(agent, failedNumbers);
        QVERIFY(waitFinished(finished));
        QCOMPARE(m_bed->requestCount(bulkKey), 1);
        QCOMPARE(checker.results().size(), 100);
    }

    void duplicatesAreSentOnce_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<int>("requests");
        QStringList repeated = numbers(120);
        repeated += numbers(30, 10);      // 30 repeats
        repeated += u"  +13125550005 "_s; // a repeat with spaces
        QTest::newRow("120 + 31 repeats") << repeated << 120 << 2;
        QStringList hundred = numbers(100);
        hundred += numbers(100);
        QTest::newRow("every number twice") << hundred << 100 << 1;
    }

    void duplicatesAreSentOnce()
    {
        QFETCH(QStringList, input);
        QFETCH(int, distinct);
        QFETCH(int, requests);
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        QSignalSpy started(&checker, &RcsCapabilityChecker::started);
        checker.check(agent, input);
        QVERIFY(waitFinished(finished));
        QCOMPARE(started.first().first().toInt(), distinct);
        QCOMPARE(m_bed->requestCount(bulkKey), requests);
        QStringList sent;
        for (const auto &[batch, status] : bulkRequests())
            sent.append(batch);
        QCOMPARE(sent.size(), distinct);
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()).size(), distinct);
        QCOMPARE(checker.results().size(), distinct);
    }

    void invalidNumbersInABulkCheckAreReportedNotSent()
    {
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        QSignalSpy failures(&checker, &RcsCapabilityChecker::batchFailed);
        checker.check(agent, QStringList{u"+13125550100"_s, u"hello"_s, u"+1312555010"_s + u'x'});
        QVERIFY(waitFinished(finished));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.first().first().toStringList().size(), 2);
        QCOMPARE(m_bed->requestCount(bulkKey), 1);
        QCOMPARE(bulkRequests().first().first, QStringList{u"+13125550100"_s});
    }

    void emptyInputFinishesAtOnce()
    {
        RcsCapabilityCache cache;
        RcsCapabilityChecker checker(&m_bed->client, &cache);
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        checker.check(agent, {});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<RcsCheckSummary>().total, 0);
        QCOMPARE(m_bed->requests().value("total"_L1).toInt(), 0);
    }

    void destroyingTheCheckerAbortsItsRequests()
    {
        m_bed->addFault(fault(u"delay"_s, {{u"delay_ms"_s, 300}, {u"count"_s, 0}}));
        RcsCapabilityCache cache;
        auto checker = std::make_unique<RcsCapabilityChecker>(&m_bed->client, &cache);
        checker->check(agent, numbers(500, 2000), true);
        QTRY_COMPARE(m_bed->client.callsInFlight(), RequestLimits::maxInFlightPerTask);
        checker.reset();
        QCOMPARE(m_bed->client.callsInFlight(), 0);
        const int sent = m_bed->requestCount(bulkKey);
        // Whatever the destruction queued has run; a batch sent after all is answered, counted.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(m_bed->requestCount(bulkKey), sent);
    }
};

QTEST_GUILESS_MAIN(TestRcsCapabilityChecker)
#include "tst_rcscapabilitychecker.moc"
