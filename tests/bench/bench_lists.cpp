// bench_lists: how the toll-free list behaves at 100 000 rows.
//
// Starts telnyx-sandbox (or uses one given with --url/--key), fills TollFreeRequestsModel
// through the pager with several pages in flight, then filters and sorts through
// ListFilterProxy. Prints the times, the peak RSS, and one machine-readable line
// "BENCH_JSON {...}" for tests/bench/run.sh. A benchmark, not a test: nothing is asserted.

#include "api/apiclient.h"
#include "benchsupport.h"
#include "listfilterproxy.h"
#include "tableexport.h"
#include "tollfreerequestsmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using benchsupport::processCpuMs;
using benchsupport::SandboxControl;
using benchsupport::say;

namespace {

// "VmHWM" (peak) or "VmRSS" (now) from /proc/self/status, in KiB; -1 when unavailable.
qint64 procStatusKiB(QLatin1StringView key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key.data(), key.size()).append(':');
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

// Runs `step` and returns its wall time in milliseconds (with a fraction).
double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct LoadResult
{
    double firstRowsMs = -1;
    double allRowsMs = -1;
    double cpuMs = -1;
    int rows = 0;
    int requests = 0;
    bool ok = false;
    QString error;
};

// Fills `model` from scratch: reload() asks for the first page, loadAll() for the rest.
LoadResult loadAll(TollFreeRequestsModel *model, SandboxControl *control, int timeoutMs)
{
    LoadResult result;
    control->resetRequests();
    QElapsedTimer timer;
    QEventLoop loop;
    const auto firstRows = QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&] {
        if (result.firstRowsMs < 0)
            result.firstRowsMs = double(timer.nsecsElapsed()) / 1e6;
    });
    const auto done = QObject::connect(
        model, &PagedListModel::stateChanged, model, [&](PagedListModel::State state) {
            if (state == PagedListModel::State::Loaded || state == PagedListModel::State::Failed)
                loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    const double cpuBefore = processCpuMs();
    timer.start();
    model->reload();
    model->loadAll();
    if (model->state() == PagedListModel::State::Loading)
        loop.exec();
    result.allRowsMs = double(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = processCpuMs() - cpuBefore;
    QObject::disconnect(firstRows);
    QObject::disconnect(done);
    result.rows = model->rowCount();
    result.ok = model->state() == PagedListModel::State::Loaded;
    result.error =
        model->state() == PagedListModel::State::Failed ? model->errorMessage() : QString();
    result.requests = control->requestCount(u"GET /v2/messaging_tollfree/verification/requests"_s);
    return result;
}

// The server alone: every page fetched with `inFlight` requests in flight and the bodies thrown
// away unread. No client can load the list faster than this.
double serverFloorMs(const QUrl &baseUrl, const QString &key, int rows, int pageSize, int inFlight)
{
    QNetworkAccessManager network;
    const int pages = (rows + pageSize - 1) / pageSize;
    int nextPage = 1;
    int running = 0;
    QEventLoop loop;
    std::function<void()> startNext = [&] {
        while (running < inFlight && nextPage <= pages) {
            QUrl url = baseUrl;
            url.setPath(url.path() + u"/messaging_tollfree/verification/requests"_s);
            url.setQuery(u"page=%1&page_size=%2"_s.arg(nextPage++).arg(pageSize));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
            QNetworkReply *reply = network.get(request);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                --running;
                if (running == 0 && nextPage > pages)
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
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"console.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Loads, filters and sorts 100 000 toll-free requests."_s);
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s, u"telnyx-sandbox binary (default: $TELNYX_SANDBOX_BIN, then the build's)."_s,
        u"path"_s);
    const QCommandLineOption urlOption(
        u"url"_s, u"Use this running sandbox (http://127.0.0.1:N/v2) instead of starting one."_s,
        u"url"_s);
    const QCommandLineOption keyOption(u"key"_s, u"API key of --url."_s, u"key"_s,
                                       u"KEYBENCH0123456789"_s);
    const QCommandLineOption recordsOption(u"records"_s, u"Records of a started sandbox."_s, u"n"_s,
                                           u"100000"_s);
    const QCommandLineOption pageSizeOption(u"page-size"_s, u"Rows per page (max 1000)."_s, u"n"_s,
                                            u"1000"_s);
    const QCommandLineOption prefetchOption(u"prefetch"_s, u"Pages in flight."_s, u"n"_s, u"3"_s);
    const QCommandLineOption sweepOption(
        u"sweep"_s, u"Also time every page size x pages-in-flight combination."_s);
    parser.addOptions({sandboxOption, urlOption, keyOption, recordsOption, pageSizeOption,
                       prefetchOption, sweepOption});
    parser.process(app);

    const int pageSize = parser.value(pageSizeOption).toInt();
    const int prefetch = parser.value(prefetchOption).toInt();
    const QString key = parser.value(keyOption);
    const int timeoutMs = 600000;

    QProcess sandbox;
    QUrl baseUrl(parser.value(urlOption));
    double sandboxStartMs = 0;
    if (!parser.isSet(urlOption)) {
        QElapsedTimer startTimer;
        startTimer.start();
        baseUrl = benchsupport::startSandbox(sandbox, parser.value(sandboxOption), key,
                                             {u"--records"_s, parser.value(recordsOption)});
        if (baseUrl.isEmpty())
            return 2;
        sandboxStartMs = double(startTimer.nsecsElapsed()) / 1e6;
        say(u"sandbox %1 (%2 records) ready in %3 ms"_s
                .arg(baseUrl.toString(), parser.value(recordsOption))
                .arg(sandboxStartMs, 0, 'f', 0));
    }

    ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setApiKey(key);
    client.setDefaultTimeoutMs(120000);
    SandboxControl control(baseUrl);

    say(u"Qt %1, page size %2, %3 pages in flight"_s.arg(QString::fromLatin1(qVersion()))
            .arg(pageSize)
            .arg(prefetch));
    const qint64 rssBeforeKiB = procStatusKiB("VmRSS"_L1);

    if (parser.isSet(sweepOption)) {
        for (const int size : {100, 250, 500, 1000}) {
            for (const int inFlight : {1, 2, 3, 4}) {
                TollFreeRequestsModel model(&client);
                model.setPageSize(size);
                model.setPrefetchPages(inFlight);
                const LoadResult run = loadAll(&model, &control, timeoutMs);
                say(u"  sweep: page size %1, %2 in flight: first rows %3 ms, all %4 rows %5 ms"_s
                        .arg(size)
                        .arg(inFlight)
                        .arg(run.firstRowsMs, 0, 'f', 0)
                        .arg(run.rows)
                        .arg(run.allRowsMs, 0, 'f', 0));
            }
        }
    }

    // What the list view shows first: one page at the size it browses with.
    double browseFirstRowsMs = 0;
    {
        TollFreeRequestsModel model(&client);
        QEventLoop loop;
        QElapsedTimer timer;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, &QEventLoop::quit);
        timer.start();
        model.reload();
        loop.exec();
        browseFirstRowsMs = double(timer.nsecsElapsed()) / 1e6;
        say(u"first rows while browsing (%1-row page): %2 ms"_s.arg(model.rowCount())
                .arg(browseFirstRowsMs, 0, 'f', 1));
    }

    TollFreeRequestsModel model(&client);
    model.setPageSize(pageSize);
    model.setPrefetchPages(prefetch);
    const LoadResult load = loadAll(&model, &control, timeoutMs);
    if (!load.ok) {
        say(u"load failed after %1 rows: %2"_s.arg(load.rows).arg(load.error));
        return 1;
    }
    const qint64 rssLoadedKiB = procStatusKiB("VmRSS"_L1);
    const double floorMs = serverFloorMs(baseUrl, key, load.rows, pageSize, prefetch);
    say(u"load all: first rows %1 ms, all %2 rows in %3 ms (%4 requests, %5 rows/s)"_s
            .arg(load.firstRowsMs, 0, 'f', 1)
            .arg(load.rows)
            .arg(load.allRowsMs, 0, 'f', 0)
            .arg(load.requests)
            .arg(double(load.rows) / (load.allRowsMs / 1000.0), 0, 'f', 0));
    say(u"server floor (same pages and pages in flight, bodies discarded unparsed): %1 ms"_s.arg(
        floorMs, 0, 'f', 0));
    say(u"console CPU during the load: %1 ms (the rest of the wall time is the server)"_s.arg(
        load.cpuMs, 0, 'f', 0));
    say(u"memory: %1 MiB before, %2 MiB with the rows loaded"_s.arg(mib(rssBeforeKiB), 0, 'f', 1)
            .arg(mib(rssLoadedKiB), 0, 'f', 1));

    // Filter and sort through the proxy, as the list page does.
    ListFilterProxy proxy;
    const double attachMs = timed([&] {
        proxy.setSourceModel(&model);
        (void)proxy.rowCount();
    });
    // A word from the data (the last word of the first business name, e.g. "plumbing").
    const QString word = model.index(0, TollFreeRequestsModel::BusinessColumn)
                             .data()
                             .toString()
                             .section(u' ', -1)
                             .toLower();
    int textRows = 0;
    const double textFilterMs = timed([&] {
        proxy.setFilterText(word);
        textRows = proxy.rowCount();
    });
    const double clearMs = timed([&] {
        proxy.setFilterText(QString());
        (void)proxy.rowCount();
    });
    int statusRows = 0;
    const double statusFilterMs = timed([&] {
        proxy.setStatusFilter({u"Verified"_s});
        statusRows = proxy.rowCount();
    });
    proxy.setStatusFilter({});
    const double sortBusinessMs = timed([&] {
        proxy.sort(TollFreeRequestsModel::BusinessColumn, Qt::AscendingOrder);
        (void)proxy.rowCount();
    });
    const double sortCreatedMs = timed([&] {
        proxy.sort(TollFreeRequestsModel::CreatedColumn, Qt::DescendingOrder);
        (void)proxy.rowCount();
    });
    const double sortedFilterMs = timed([&] {
        proxy.setFilterText(word);
        (void)proxy.rowCount();
    });
    proxy.setFilterText(QString());
    (void)proxy.rowCount();
    qsizetype csvBytes = 0;
    const double csvMs = timed([&] { csvBytes = TableExport::toCsv(&proxy).size(); });

    say(u"proxy over %1 rows: attach %2 ms"_s.arg(model.rowCount()).arg(attachMs, 0, 'f', 1));
    say(u"  text filter \"%1\" (%2 rows kept): %3 ms; clear: %4 ms"_s.arg(word)
            .arg(textRows)
            .arg(textFilterMs, 0, 'f', 1)
            .arg(clearMs, 0, 'f', 1));
    say(u"  status filter Verified (%1 rows kept): %2 ms"_s.arg(statusRows)
            .arg(statusFilterMs, 0, 'f', 1));
    say(u"  sort by business: %1 ms; by created date: %2 ms; text filter while sorted: %3 ms"_s
            .arg(sortBusinessMs, 0, 'f', 1)
            .arg(sortCreatedMs, 0, 'f', 1)
            .arg(sortedFilterMs, 0, 'f', 1));
    say(u"  CSV of all rows: %1 MiB in %2 ms"_s.arg(double(csvBytes) / 1048576.0, 0, 'f', 1)
            .arg(csvMs, 0, 'f', 0));
    const qint64 peakKiB = procStatusKiB("VmHWM"_L1);
    say(u"peak RSS (VmHWM): %1 MiB"_s.arg(mib(peakKiB), 0, 'f', 1));

    const QJsonObject summary{
        {u"rows"_s, load.rows},
        {u"page_size"_s, pageSize},
        {u"pages_in_flight"_s, prefetch},
        {u"requests"_s, load.requests},
        {u"first_rows_browse_ms"_s, browseFirstRowsMs},
        {u"first_rows_ms"_s, load.firstRowsMs},
        {u"all_rows_ms"_s, load.allRowsMs},
        {u"load_cpu_ms"_s, load.cpuMs},
        {u"server_floor_ms"_s, floorMs},
        {u"text_filter_ms"_s, textFilterMs},
        {u"status_filter_ms"_s, statusFilterMs},
        {u"sort_business_ms"_s, sortBusinessMs},
        {u"sort_created_ms"_s, sortCreatedMs},
        {u"csv_ms"_s, csvMs},
        {u"rss_loaded_kib"_s, double(rssLoadedKiB)},
        {u"peak_rss_kib"_s, double(peakKiB)},
    };
    say(u"BENCH_JSON "_s +
        QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));

    if (sandbox.state() != QProcess::NotRunning) {
        sandbox.terminate();
        if (!sandbox.waitForFinished(10000))
            sandbox.kill();
    }
    return 0;
}
