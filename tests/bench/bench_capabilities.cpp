// bench_capabilities: the bulk RCS capability check at 10 000 numbers.
//
// Starts telnyx-sandbox (or uses one given with --url/--key) and checks 10 000 distinct numbers
// (last digits 0–9 in turn, so half are capable) through RcsCapabilityChecker: a cold run that
// fills the session cache, then the same numbers again, answered from the cache. Also times the
// same batches posted raw with the bodies unread (what the server alone costs). Prints the times
// and one machine-readable line "BENCH_CAPS_JSON {...}" for tests/bench/run.sh. A benchmark, not
// a test: nothing is asserted, but wrong counts are printed as such.

#include "api/apiclient.h"
#include "api/rcsapi.h"
#include "benchsupport.h"
#include "session/rcscapabilitycache.h"
#include "session/rcscapabilitychecker.h"
#include "stallprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using benchsupport::processCpuMs;
using benchsupport::SandboxControl;
using benchsupport::say;

namespace {

const QString bulkRoute = u"POST /v2/messaging/rcs/bulk_capabilities"_s;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// 10 000 distinct US numbers: +1 312 55x xxxx, the last digit cycling 0–9.
QStringList benchNumbers(int count)
{
    QStringList numbers;
    numbers.reserve(count);
    for (int i = 0; i < count; ++i)
        numbers.append(u"+1312%1"_s.arg(5500000 + i, 7, 10, QChar(u'0')));
    return numbers;
}

int expectedCapable(const QStringList &numbers)
{
    return int(std::count_if(numbers.cbegin(), numbers.cend(), [](const QString &number) {
        return number.back().digitValue() % 2 == 0;
    }));
}

struct CheckRun
{
    double firstResultsMs = -1; // first resultsReady() (from the API, or the cache when warm)
    double allResultsMs = -1;   // finished()
    double checkCallMs = -1;    // check() itself: removing duplicates, validating, cache lookups
    double cpuMs = -1;
    int clientPeakInFlight = 0; // seen by ApiClient::callsInFlightChanged
    int serverRequests = 0;     // counted by the sandbox
    double meanRequestMs = 0;   // ApiClient::requestCompleted, send to last byte
    qint64 maxRequestMs = 0;
    RcsCheckSummary summary;
    int checkerPeakInFlight = 0;
    benchsupport::StallStats stall; // with a probe: the heartbeat through the whole check
};

CheckRun runCheck(ApiClient *client, RcsCapabilityChecker *checker, SandboxControl *control,
                  const QString &agentId, const QStringList &numbers, bool forceRefresh,
                  int timeoutMs, benchsupport::StallProbe *probe = nullptr)
{
    CheckRun run;
    control->resetRequests();
    QElapsedTimer timer;
    QEventLoop loop;
    qint64 requestMsTotal = 0;
    int requestsCompleted = 0;
    const QList<QMetaObject::Connection> connections{
        QObject::connect(checker, &RcsCapabilityChecker::resultsReady, &loop,
                         [&] {
                             if (run.firstResultsMs < 0)
                                 run.firstResultsMs = msSince(timer);
                         }),
        QObject::connect(checker, &RcsCapabilityChecker::finished, &loop,
                         [&] {
                             run.allResultsMs = msSince(timer);
                             loop.quit();
                         }),
        QObject::connect(
            client, &ApiClient::callsInFlightChanged, &loop,
            [&](int count) { run.clientPeakInFlight = std::max(run.clientPeakInFlight, count); }),
        QObject::connect(client, &ApiClient::requestCompleted, &loop,
                         [&](const QByteArray &, const QString &, int, qint64 elapsedMs) {
                             requestMsTotal += elapsedMs;
                             ++requestsCompleted;
                             run.maxRequestMs = std::max(run.maxRequestMs, elapsedMs);
                         }),
    };
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (probe)
        probe->start();
    const double cpuBefore = processCpuMs();
    timer.start();
    checker->check(agentId, numbers, forceRefresh);
    run.checkCallMs = msSince(timer);
    // A check answered wholly from the cache has finished before check() returns.
    if (checker->isRunning())
        loop.exec();
    run.cpuMs = processCpuMs() - cpuBefore;
    if (probe)
        run.stall = probe->stop();
    for (const QMetaObject::Connection &connection : connections)
        QObject::disconnect(connection);
    if (checker->isRunning())
        checker->cancel(); // timed out
    run.summary = checker->summary();
    run.checkerPeakInFlight = checker->peakInFlight();
    run.meanRequestMs = requestsCompleted ? double(requestMsTotal) / requestsCompleted : 0;
    run.serverRequests = control->requestCount(bulkRoute);
    return run;
}

QString describe(const CheckRun &run, int expectedAnswers, int expectedCapableCount)
{
    const RcsCheckSummary &s = run.summary;
    QString line = u"first results %1 ms, all %2 answers in %3 ms; %4 requests (sandbox "
                   "counted %5), peak %6 in flight (client saw %7); %8 from cache, %9 capable"_s
                       .arg(run.firstResultsMs, 0, 'f', 1)
                       .arg(s.answered())
                       .arg(run.allResultsMs, 0, 'f', 1)
                       .arg(s.requests)
                       .arg(run.serverRequests)
                       .arg(run.checkerPeakInFlight)
                       .arg(run.clientPeakInFlight)
                       .arg(s.fromCache)
                       .arg(s.capable);
    if (s.answered() != expectedAnswers || s.capable != expectedCapableCount)
        line += u"  << UNEXPECTED: wanted %1 answers, %2 capable"_s.arg(expectedAnswers)
                    .arg(expectedCapableCount);
    if (s.failed || s.slowDowns || s.cancelled)
        line += u"  << %1 failed, %2 slow-downs, cancelled %3"_s.arg(s.failed)
                    .arg(s.slowDowns)
                    .arg(s.cancelled ? u"yes"_s : u"no"_s);
    return line;
}

// The server alone: the same batches posted with `inFlight` requests in flight and the answers
// thrown away unread. No client can check the numbers faster than this.
double serverFloorMs(const QUrl &baseUrl, const QString &key, const QString &agentId,
                     const QStringList &numbers, int inFlight)
{
    QList<QByteArray> bodies;
    for (qsizetype first = 0; first < numbers.size(); first += RcsApi::maxBulkNumbers) {
        const QJsonObject body{{u"agent_id"_s, agentId},
                               {u"phone_numbers"_s, QJsonArray::fromStringList(numbers.mid(
                                                        first, RcsApi::maxBulkNumbers))}};
        bodies.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QUrl url = baseUrl;
    url.setPath(url.path() + u"/messaging/rcs/bulk_capabilities"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);

    QNetworkAccessManager network;
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> startNext = [&] {
        while (running < inFlight && next < bodies.size()) {
            QNetworkReply *reply = network.post(request, bodies.at(next++));
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                --running;
                if (running == 0 && next >= bodies.size())
                    loop.quit();
                else
                    startNext();
            });
        }
    };
    QElapsedTimer timer;
    timer.start();
    startNext();
    loop.exec();
    return msSince(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"console.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks 10 000 numbers for RCS with RcsCapabilityChecker, cold and from the cache."_s);
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s, u"telnyx-sandbox binary (default: $TELNYX_SANDBOX_BIN, then the build's)."_s,
        u"path"_s);
    const QCommandLineOption urlOption(
        u"url"_s, u"Use this running sandbox (http://127.0.0.1:N/v2) instead of starting one."_s,
        u"url"_s);
    const QCommandLineOption keyOption(u"key"_s, u"API key of --url."_s, u"key"_s,
                                       u"KEYBENCH0123456789"_s);
    const QCommandLineOption agentOption(u"agent"_s, u"RCS agent id."_s, u"id"_s,
                                         u"sandbox_demo_agent"_s);
    const QCommandLineOption numbersOption(u"numbers"_s, u"Distinct numbers to check."_s, u"n"_s,
                                           u"10000"_s);
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, u"Batches in flight (the checker's maximum)."_s, u"n"_s,
        QString::number(RcsCapabilityChecker::defaultMaxConcurrency));
    const QCommandLineOption sweepOption(
        u"sweep"_s, u"Also time a fresh check at 1, 2, 3, 4 and 6 batches in flight."_s);
    const QCommandLineOption latencyOption(
        u"latency"_s, u"--latency of a started sandbox, in ms (with --url: only reported)."_s,
        u"ms"_s, u"0"_s);
    parser.addOptions({sandboxOption, urlOption, keyOption, agentOption, numbersOption,
                       concurrencyOption, latencyOption, sweepOption});
    parser.process(app);

    const QString key = parser.value(keyOption);
    const QString agentId = parser.value(agentOption);
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int latencyMs = parser.value(latencyOption).toInt();
    const int timeoutMs = 600000;

    QProcess sandbox;
    QUrl baseUrl(parser.value(urlOption));
    if (!parser.isSet(urlOption)) {
        baseUrl = benchsupport::startSandbox(sandbox, parser.value(sandboxOption), key,
                                             {u"--latency"_s, QString::number(latencyMs)});
        if (baseUrl.isEmpty())
            return 2;
        say(u"sandbox %1 started"_s.arg(baseUrl.toString()));
    }

    ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setApiKey(key);
    client.setDefaultTimeoutMs(120000);
    SandboxControl control(baseUrl);

    const QStringList numbers = benchNumbers(parser.value(numbersOption).toInt());
    const int total = int(numbers.size());
    const int capable = expectedCapable(numbers);
    const int expectedRequests = (total + RcsApi::maxBulkNumbers - 1) / RcsApi::maxBulkNumbers;
    say(u"Qt %1, %2 numbers (%3 capable), agent %4, %5 batches of at most %6, %7 in flight"_s
            .arg(QString::fromLatin1(qVersion()))
            .arg(total)
            .arg(capable)
            .arg(agentId)
            .arg(expectedRequests)
            .arg(RcsApi::maxBulkNumbers)
            .arg(concurrency));

    // A session cache, empty: the first run asks the API about every number.
    RcsCapabilityCache sessionCache;
    RcsCapabilityCache *cache = &sessionCache;
    RcsCapabilityChecker checker(&client, cache);
    checker.setMaxConcurrency(concurrency);

    benchsupport::StallProbe probe;
    const CheckRun cold =
        runCheck(&client, &checker, &control, agentId, numbers, false, timeoutMs, &probe);
    say(u"cold check:  "_s + describe(cold, total, capable));
    say(u"  stall probe (5 ms heartbeat) through the cold check: longest gap %1 ms (ending %2 ms "
        "in), p99 %3 ms, %4 gaps over 50 ms (%5 heartbeats)"_s.arg(cold.stall.maxGapMs, 0, 'f', 1)
            .arg(cold.stall.maxGapAtMs, 0, 'f', 0)
            .arg(cold.stall.p99GapMs, 0, 'f', 1)
            .arg(cold.stall.gapsOver50Ms)
            .arg(cold.stall.ticks));
    say(u"  per request (send to last byte, as ApiClient reports it): mean %1 ms, max %2 ms; "
        "client CPU %3 ms; check() returned after %4 ms (the first batches sent)"_s
            .arg(cold.meanRequestMs, 0, 'f', 1)
            .arg(cold.maxRequestMs)
            .arg(cold.cpuMs, 0, 'f', 0)
            .arg(cold.checkCallMs, 0, 'f', 1));

    const CheckRun warm = runCheck(&client, &checker, &control, agentId, numbers, false, timeoutMs);
    say(u"cached check: "_s + describe(warm, total, capable));
    say(u"  cache holds %1 answers; client CPU %2 ms"_s.arg(cache->size())
            .arg(warm.cpuMs, 0, 'f', 0));

    const double floorMs = serverFloorMs(baseUrl, key, agentId, numbers, concurrency);
    const double floorSerialMs = serverFloorMs(baseUrl, key, agentId, numbers, 1);
    say(u"server floor (same %1 batches posted raw, answers unread): %2 ms with %3 in flight, "
        "%4 ms one at a time"_s.arg(expectedRequests)
            .arg(floorMs, 0, 'f', 0)
            .arg(concurrency)
            .arg(floorSerialMs, 0, 'f', 0));

    if (parser.isSet(sweepOption)) {
        for (const int inFlight : {1, 2, 3, 4, 6}) {
            RcsCapabilityChecker sweepChecker(&client, cache);
            sweepChecker.setMaxConcurrency(inFlight);
            const CheckRun run =
                runCheck(&client, &sweepChecker, &control, agentId, numbers, true, timeoutMs);
            say(u"  sweep: %1 in flight: first results %2 ms, all %3 ms, %4 requests, "
                "peak %5"_s.arg(inFlight)
                    .arg(run.firstResultsMs, 0, 'f', 1)
                    .arg(run.allResultsMs, 0, 'f', 0)
                    .arg(run.summary.requests)
                    .arg(run.checkerPeakInFlight));
        }
    }

    const QJsonObject summary{
        {u"numbers"_s, total},
        {u"latency_ms"_s, latencyMs},
        {u"expected_capable"_s, capable},
        {u"concurrency"_s, concurrency},
        {u"answers"_s, cold.summary.answered()},
        {u"capable"_s, cold.summary.capable},
        {u"failed"_s, cold.summary.failed},
        {u"requests"_s, cold.summary.requests},
        {u"server_requests"_s, cold.serverRequests},
        {u"peak_in_flight"_s, cold.checkerPeakInFlight},
        {u"client_peak_in_flight"_s, cold.clientPeakInFlight},
        {u"first_results_ms"_s, cold.firstResultsMs},
        {u"all_results_ms"_s, cold.allResultsMs},
        {u"check_call_ms"_s, cold.checkCallMs},
        {u"mean_request_ms"_s, cold.meanRequestMs},
        {u"cpu_ms"_s, cold.cpuMs},
        {u"stall"_s, QJsonObject{{u"max_ms"_s, cold.stall.maxGapMs},
                                 {u"p99_ms"_s, cold.stall.p99GapMs},
                                 {u"ticks"_s, cold.stall.ticks},
                                 {u"gaps_over_50ms"_s, cold.stall.gapsOver50Ms}}},
        {u"cached_answers"_s, warm.summary.fromCache},
        {u"cached_requests"_s, warm.summary.requests},
        {u"cached_server_requests"_s, warm.serverRequests},
        {u"cached_first_results_ms"_s, warm.firstResultsMs},
        {u"cached_all_results_ms"_s, warm.allResultsMs},
        {u"server_floor_ms"_s, floorMs},
        {u"server_floor_serial_ms"_s, floorSerialMs},
    };
    say(u"BENCH_CAPS_JSON "_s +
        QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));

    if (sandbox.state() != QProcess::NotRunning) {
        sandbox.terminate();
        if (!sandbox.waitForFinished(10000))
            sandbox.kill();
    }
    return 0;
}
