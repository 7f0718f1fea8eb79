// bench_watcher: what one pass of the toll-free status watcher costs at a big account's scale.
//
// Starts telnyx-sandbox (or uses one given with --url/--key), reads the whole toll-free list,
// watches every open request, runs passes and prints the requests each one sent (list pages and
// single fetches), its time, and "BENCH_WATCHER_JSON {...}" for tests/bench/run.sh. A
// benchmark, not a test: nothing is asserted (tst_tollfreewatcher checks the counts).

#include "api/apiclient.h"
#include "api/pager.h"
#include "api/tollfreeapi.h"
#include "benchsupport.h"
#include "session/tollfreewatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;
using benchsupport::SandboxControl;
using benchsupport::say;

namespace {

QList<TollFreeVerificationRequest> readEverything(ApiClient *client)
{
    QList<TollFreeVerificationRequest> all;
    Pager *pager = TollFreeApi(client).listPager({}, 1000);
    pager->setMaxInFlight(4);
    QObject::connect(pager, &Pager::pageLoaded, [&all](int, const QJsonArray &items) {
        for (const QJsonValue &item : items)
            all.append(TollFreeVerificationRequest::fromJson(item.toObject()));
    });
    QEventLoop loop;
    QObject::connect(pager, &Pager::completed, &loop, &QEventLoop::quit);
    QObject::connect(pager, &Pager::failed, &loop, &QEventLoop::quit);
    pager->fetchAll();
    loop.exec();
    delete pager;
    return all;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"console.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"One status-watcher pass over every open request."_s);
    parser.addHelpOption();
    const QCommandLineOption urlOption(u"url"_s, u"Use this running sandbox."_s, u"url"_s);
    const QCommandLineOption keyOption(u"key"_s, u"API key of --url."_s, u"key"_s,
                                       u"KEYBENCH0123456789"_s);
    const QCommandLineOption recordsOption(u"records"_s, u"Records of a started sandbox."_s, u"n"_s,
                                           u"100000"_s);
    const QCommandLineOption passesOption(u"passes"_s, u"Passes to time."_s, u"n"_s, u"3"_s);
    parser.addOptions({urlOption, keyOption, recordsOption, passesOption});
    parser.process(app);

    QProcess sandbox;
    QUrl baseUrl(parser.value(urlOption));
    const QString key = parser.value(keyOption);
    if (!parser.isSet(urlOption)) {
        baseUrl = benchsupport::startSandbox(sandbox, {}, key,
                                             {u"--records"_s, parser.value(recordsOption)});
        if (baseUrl.isEmpty())
            return 2;
    }

    ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setApiKey(key);
    SandboxControl control(baseUrl);

    const QList<TollFreeVerificationRequest> all = readEverything(&client);
    TollFreeWatcher watcher(&client);
    watcher.stop(); // passes are started here, not by the timer
    watcher.watchOpenRequests(all);
    watcher.start();
    watcher.setIntervalMs(24 * 3600 * 1000);
    say(u"%1 requests listed, %2 open and watched"_s.arg(all.size()).arg(watcher.watchedCount()));
    // The bound: one pass over each open status's list, at the page size asked for.
    QHash<QString, int> openByStatus;
    for (const TollFreeVerificationRequest &request : all) {
        if (isOpen(request.status()))
            ++openByStatus[request.verificationStatus];
    }
    int onePassPages = 0;
    for (const int count : std::as_const(openByStatus))
        onePassPages += (count + watcher.pageSize() - 1) / watcher.pageSize();

    const int passes = qMax(1, parser.value(passesOption).toInt());
    QList<double> times;
    QList<double> cpuTimes;
    TollFreeWatcher::PassCost cost;
    int serverRequests = 0;
    for (int pass = 0; pass < passes; ++pass) {
        control.resetRequests();
        QEventLoop loop;
        QObject::connect(&watcher, &TollFreeWatcher::passFinished, &loop, &QEventLoop::quit);
        const double cpuBefore = benchsupport::processCpuMs();
        watcher.checkNow();
        loop.exec();
        cpuTimes.append(benchsupport::processCpuMs() - cpuBefore);
        cost = watcher.lastPassCost();
        serverRequests =
            control.requestCount(u"GET /v2/messaging_tollfree/verification/requests"_s);
        times.append(double(cost.elapsedMs));
        say(u"pass %1: %2 list pages, %3 single fetches, %4 ms (sandbox counted %5 list GETs)"_s
                .arg(pass + 1)
                .arg(cost.listPages)
                .arg(cost.retrievals)
                .arg(cost.elapsedMs)
                .arg(serverRequests));
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    const QJsonObject json{{u"open_requests"_s, cost.watched},
                           {u"requests_per_interval"_s, cost.listPages + cost.retrievals},
                           {u"goal_requests"_s, onePassPages},
                           {u"list_pages"_s, cost.listPages},
                           {u"retrievals"_s, cost.retrievals},
                           {u"median_pass_ms"_s, times.at(times.size() / 2)},
                           {u"median_pass_cpu_ms"_s, cpuTimes.at(cpuTimes.size() / 2)},
                           {u"page_size"_s, watcher.pageSize()}};
    say(u"BENCH_WATCHER_JSON "_s +
        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (sandbox.state() != QProcess::NotRunning) {
        sandbox.terminate();
        if (!sandbox.waitForFinished(10000))
            sandbox.kill();
    }
    return 0;
}
