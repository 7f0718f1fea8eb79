// bench_lists: how the toll-free list behaves at 100 000 rows.
//
// Starts telnyx-sandbox (or uses one given with --url/--key), fills TollFreeRequestsModel
// through the pager with several pages in flight and ListFilterProxy in front of it (as the list
// page has it), then filters, types a filter letter by letter, sorts every column and exports
// CSV through the proxy, with the stall probe (stallprobe.h) running through each step. Prints
// the times, the client CPU, the RSS per row, and one machine-readable line "BENCH_JSON {...}"
// for tests/bench/run.sh. --load-only stops after the load. A benchmark, not a test: nothing is
// asserted.

#include "api/apiclient.h"
#include "api/pager.h"
#include "benchsupport.h"
#include "csvexportjob.h"
#include "listfilterproxy.h"
#include "stallprobe.h"
#include "tollfreerequestsmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
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
    int peakInFlight = 0; // requests in flight at once, as ApiClient counts them
    benchsupport::StallStats stall;
    bool ok = false;
    QString error;
};

// Fills `model` from scratch: reload() asks for the first page, loadAll() for the rest. With a
// `probe`, the heartbeat runs through the whole load.
LoadResult loadAll(TollFreeRequestsModel *model, SandboxControl *control, int timeoutMs,
                   benchsupport::StallProbe *probe = nullptr)
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
    const auto inFlight =
        QObject::connect(model->client(), &ApiClient::callsInFlightChanged, model, [&](int count) {
            result.peakInFlight = std::max(result.peakInFlight, count);
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (probe)
        probe->start();
    const double cpuBefore = processCpuMs();
    timer.start();
    model->reload();
    model->loadAll();
    if (model->state() == PagedListModel::State::Loading)
        loop.exec();
    result.allRowsMs = double(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = processCpuMs() - cpuBefore;
    if (probe)
        result.stall = probe->stop();
    QObject::disconnect(firstRows);
    QObject::disconnect(done);
    QObject::disconnect(inFlight);
    result.rows = model->rowCount();
    result.ok = model->state() == PagedListModel::State::Loaded;
    result.error =
        model->state() == PagedListModel::State::Failed ? model->errorMessage() : QString();
    result.requests = control->requestCount(u"GET /v2/messaging_tollfree/verification/requests"_s);
    return result;
}

QJsonObject stallJson(const benchsupport::StallStats &stall)
{
    return QJsonObject{
        {u"max_ms"_s, stall.maxGapMs}, {u"p99_ms"_s, stall.p99GapMs}, {u"ticks"_s, stall.ticks}};
}

QString describeStall(const benchsupport::StallStats &stall)
{
    return u"longest gap %1 ms (ending %2 ms in), p99 %3 ms, %4 gaps over 50 ms (%5 heartbeats)"_s
        .arg(stall.maxGapMs, 0, 'f', 1)
        .arg(stall.maxGapAtMs, 0, 'f', 0)
        .arg(stall.p99GapMs, 0, 'f', 1)
        .arg(stall.gapsOver50Ms)
        .arg(stall.ticks);
}

// Runs `step` (synchronous) under the stall probe: the gap it causes is its own duration plus
// whatever the event loop does right after it.
benchsupport::StallStats underProbe(benchsupport::StallProbe *probe,
                                    const std::function<void()> &step)
{
    probe->start();
    step();
    return probe->stop();
}

// The longest word of `text`, lower case.
QString longestWord(const QString &text)
{
    QString best;
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.size() > best.size())
            best = word;
    }
    return best;
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
    parser.setApplicationDescription(
        u"Loads, filters, sorts and exports 100 000 toll-free requests, with a stall probe."_s);
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
    const QCommandLineOption latencyOption(
        u"latency"_s, u"--latency of a started sandbox, in ms (with --url: only reported)."_s,
        u"ms"_s, u"0"_s);
    const QCommandLineOption pageSizeOption(
        u"page-size"_s, u"Rows per page (max 1000; 0: the model's own)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption prefetchOption(
        u"prefetch"_s, u"Pages in flight (0: the model's own)."_s, u"n"_s, u"4"_s);
    const QCommandLineOption loadOnlyOption(
        u"load-only"_s, u"Only the full load (no floor, filter, sort, typing or export)."_s);
    const QCommandLineOption typingOption(
        u"typing-interval"_s, u"Milliseconds between the letters of the typed filter."_s, u"ms"_s,
        u"200"_s);
    const QCommandLineOption sweepOption(
        u"sweep"_s, u"Also time every page size x pages-in-flight combination."_s);
    parser.addOptions({sandboxOption, urlOption, keyOption, recordsOption, latencyOption,
                       pageSizeOption, prefetchOption, loadOnlyOption, typingOption, sweepOption});
    parser.process(app);

    const int pageSizeAsked = parser.value(pageSizeOption).toInt();
    const int prefetchAsked = parser.value(prefetchOption).toInt();
    const int latencyMs = parser.value(latencyOption).toInt();
    const int typingIntervalMs = parser.value(typingOption).toInt();
    const bool loadOnly = parser.isSet(loadOnlyOption);
    const QString key = parser.value(keyOption);
    const int timeoutMs = 600000;

    QProcess sandbox;
    QUrl baseUrl(parser.value(urlOption));
    double sandboxStartMs = 0;
    if (!parser.isSet(urlOption)) {
        QElapsedTimer startTimer;
        startTimer.start();
        baseUrl = benchsupport::startSandbox(sandbox, parser.value(sandboxOption), key,
                                             {u"--records"_s, parser.value(recordsOption),
                                              u"--latency"_s, QString::number(latencyMs)});
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
    benchsupport::StallProbe probe;

    // The model's own settings are those of the list page's "Load all".
    const int modelPageSize = TollFreeRequestsModel(nullptr).pageSize();
    const int pageSize = pageSizeAsked > 0 ? pageSizeAsked : modelPageSize;
    const int prefetch = prefetchAsked > 0 ? prefetchAsked : PagedListModel::defaultPrefetchPages;
    say(u"Qt %1, page size %2, %3 pages in flight (the model's own: page size %4, %5 in "
        "flight), sandbox latency %6 ms"_s.arg(QString::fromLatin1(qVersion()))
            .arg(pageSize)
            .arg(prefetch)
            .arg(modelPageSize)
            .arg(PagedListModel::defaultPrefetchPages)
            .arg(latencyMs));

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
    double browseFirstRowsMs = -1;
    if (!loadOnly) {
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

    // The load as the list page does it: the filter proxy in front of the model all along.
    // Memory is the RSS delta from before the model and proxy exist to after the last page is in,
    // the proxy has mapped every row and the reading worker has given back what it kept
    // between pages (freed page buffers that the allocator still keeps count).
    const qint64 rssBeforeKiB = procStatusKiB("VmRSS"_L1);
    TollFreeRequestsModel model(&client);
    model.setPageSize(pageSize);
    model.setPrefetchPages(prefetch);
    ListFilterProxy proxy;
    proxy.setSourceModel(&model);
    const LoadResult load = loadAll(&model, &control, timeoutMs, &probe);
    if (!load.ok) {
        say(u"load failed after %1 rows: %2"_s.arg(load.rows).arg(load.error));
        return 1;
    }
    const int proxyRows = proxy.rowCount();
    (void)Pager::waitForReadingForTests(10000);
    const qint64 rssLoadedKiB = procStatusKiB("VmRSS"_L1);
    const double rssPerRowBytes =
        load.rows ? double(rssLoadedKiB - rssBeforeKiB) * 1024.0 / load.rows : -1;
    say(u"load all: first rows %1 ms, all %2 rows in %3 ms (%4 requests, peak %5 in flight, "
        "%6 rows/s)"_s.arg(load.firstRowsMs, 0, 'f', 1)
            .arg(load.rows)
            .arg(load.allRowsMs, 0, 'f', 0)
            .arg(load.requests)
            .arg(load.peakInFlight)
            .arg(double(load.rows) / (load.allRowsMs / 1000.0), 0, 'f', 0));
    say(u"console CPU during the load: %1 ms (the rest of the wall time is the server)"_s.arg(
        load.cpuMs, 0, 'f', 0));
    say(u"stall probe during the load: "_s + describeStall(load.stall));
    say(u"memory: %1 MiB before, %2 MiB with the rows loaded and the proxy over them (%3 rows): "
        "%4 bytes a row"_s.arg(mib(rssBeforeKiB), 0, 'f', 1)
            .arg(mib(rssLoadedKiB), 0, 'f', 1)
            .arg(proxyRows)
            .arg(rssPerRowBytes, 0, 'f', 0));

    QJsonObject summary{
        {u"rows"_s, load.rows},
        {u"latency_ms"_s, latencyMs},
        {u"page_size"_s, pageSize},
        {u"pages_in_flight"_s, prefetch},
        {u"default_page_size"_s, modelPageSize},
        {u"default_pages_in_flight"_s, PagedListModel::defaultPrefetchPages},
        {u"requests"_s, load.requests},
        {u"peak_in_flight"_s, load.peakInFlight},
        {u"first_rows_ms"_s, load.firstRowsMs},
        {u"all_rows_ms"_s, load.allRowsMs},
        {u"load_cpu_ms"_s, load.cpuMs},
        {u"load_stall"_s, stallJson(load.stall)},
        {u"rss_before_kib"_s, double(rssBeforeKiB)},
        {u"rss_loaded_kib"_s, double(rssLoadedKiB)},
        {u"rss_per_row_bytes"_s, rssPerRowBytes},
    };

    if (!loadOnly) {
        const double floorMs = serverFloorMs(baseUrl, key, load.rows, pageSize, prefetch);
        say(u"server floor (same pages and pages in flight, bodies discarded unparsed): %1 ms"_s
                .arg(floorMs, 0, 'f', 0));

        // A word from the data (the longest word of the first business name, e.g. "plumbing").
        const QString word =
            longestWord(model.index(0, TollFreeRequestsModel::BusinessColumn).data().toString());
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
        say(u"proxy over %1 rows: text filter \"%2\" (%3 rows kept): %4 ms; clear: %5 ms"_s
                .arg(model.rowCount())
                .arg(word)
                .arg(textRows)
                .arg(textFilterMs, 0, 'f', 1)
                .arg(clearMs, 0, 'f', 1));
        say(u"  status filter Verified (%1 rows kept): %2 ms"_s.arg(statusRows)
                .arg(statusFilterMs, 0, 'f', 1));

        // Typing a 6-letter filter: the filter bar (ListPage) hands the proxy the whole text
        // after each letter once its 150 ms debounce has passed; letters come every
        // `typingIntervalMs` (a typing cadence, so a timer stands for time itself here).
        const QString typed = word.left(6);
        double slowestLetterMs = 0;
        benchsupport::StallStats typingStall;
        {
            QEventLoop loop;
            QTimer typist;
            typist.setInterval(typingIntervalMs);
            int letters = 0;
            QObject::connect(&typist, &QTimer::timeout, &loop, [&] {
                ++letters;
                slowestLetterMs = std::max(slowestLetterMs, timed([&] {
                                               proxy.setFilterText(typed.left(letters));
                                               (void)proxy.rowCount();
                                           }));
                if (letters == typed.size()) {
                    typist.stop();
                    loop.quit();
                }
            });
            probe.start();
            typist.start();
            loop.exec();
            typingStall = probe.stop();
        }
        say(u"typing \"%1\" one letter every %2 ms: slowest letter %3 ms; stall probe: %4"_s
                .arg(typed)
                .arg(typingIntervalMs)
                .arg(slowestLetterMs, 0, 'f', 1)
                .arg(describeStall(typingStall)));
        proxy.setFilterText(QString());

        // Sort by each column in turn (the proxy keeps sort keys for one column at a time).
        QJsonArray sorts;
        for (int column = 0; column < TollFreeRequestsModel::ColumnCount; ++column) {
            const QString name = model.headerData(column, Qt::Horizontal).toString();
            double sortMs = 0;
            const benchsupport::StallStats stall = underProbe(&probe, [&] {
                sortMs = timed([&] {
                    // Until the rows are in order: big lists are ranked on a worker.
                    QEventLoop loop;
                    QObject::connect(&proxy, &ListFilterProxy::sortFinished, &loop,
                                     &QEventLoop::quit);
                    proxy.sort(column, Qt::AscendingOrder);
                    if (proxy.isSortPending())
                        loop.exec();
                    (void)proxy.rowCount();
                });
            });
            say(u"  sort by %1: %2 ms; stall probe: %3"_s.arg(name)
                    .arg(sortMs, 0, 'f', 1)
                    .arg(describeStall(stall)));
            sorts.append(QJsonObject{
                {u"column"_s, name}, {u"ms"_s, sortMs}, {u"stall"_s, stallJson(stall)}});
        }
        const double sortedFilterMs = timed([&] {
            proxy.setFilterText(word);
            (void)proxy.rowCount();
        });
        say(u"  text filter while sorted: %1 ms"_s.arg(sortedFilterMs, 0, 'f', 1));
        proxy.setFilterText(QString());
        (void)proxy.rowCount();
        const qint64 rssSortedKiB = procStatusKiB("VmRSS"_L1);

        // CSV export of every row as Export does it: CsvExportJob reads the cells in slices
        // between events and a worker writes the file.
        QTemporaryDir csvDir;
        const QString csvFile = csvDir.filePath(u"requests.csv"_s);
        bool csvOk = false;
        double csvMs = 0;
        const benchsupport::StallStats csvStall = underProbe(&probe, [&] {
            csvMs = timed([&] {
                CsvExportJob job(&proxy, csvFile);
                QEventLoop loop;
                QObject::connect(&job, &CsvExportJob::finished, &loop, [&](bool ok) {
                    csvOk = ok;
                    loop.quit();
                });
                job.start();
                loop.exec();
            });
        });
        const qint64 csvBytes = QFileInfo(csvFile).size();
        say(u"CSV export of %1 rows (CsvExportJob): %2 MiB in %3 ms%4; stall probe: "
            "%5"_s.arg(proxy.rowCount())
                .arg(double(csvBytes) / 1048576.0, 0, 'f', 1)
                .arg(csvMs, 0, 'f', 0)
                .arg(csvOk ? QString() : u" (FAILED)"_s)
                .arg(describeStall(csvStall)));
        const qint64 peakKiB = procStatusKiB("VmHWM"_L1);
        say(u"RSS after the sorts (sort keys of the last column kept): %1 MiB; peak RSS (VmHWM): "
            "%2 MiB"_s.arg(mib(rssSortedKiB), 0, 'f', 1)
                .arg(mib(peakKiB), 0, 'f', 1));

        summary.insert(u"first_rows_browse_ms"_s, browseFirstRowsMs);
        summary.insert(u"server_floor_ms"_s, floorMs);
        summary.insert(u"text_filter_word"_s, word);
        summary.insert(u"text_filter_ms"_s, textFilterMs);
        summary.insert(u"status_filter_ms"_s, statusFilterMs);
        summary.insert(u"sorted_text_filter_ms"_s, sortedFilterMs);
        summary.insert(u"typing"_s, QJsonObject{{u"text"_s, typed},
                                                {u"interval_ms"_s, typingIntervalMs},
                                                {u"slowest_letter_ms"_s, slowestLetterMs},
                                                {u"stall"_s, stallJson(typingStall)}});
        summary.insert(u"sorts"_s, sorts);
        summary.insert(u"csv"_s, QJsonObject{{u"ok"_s, csvOk},
                                             {u"ms"_s, csvMs},
                                             {u"bytes"_s, double(csvBytes)},
                                             {u"stall"_s, stallJson(csvStall)}});
        summary.insert(u"rss_sorted_kib"_s, double(rssSortedKiB));
        summary.insert(u"peak_rss_kib"_s, double(peakKiB));
    }

    say(u"BENCH_JSON "_s +
        QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));

    if (sandbox.state() != QProcess::NotRunning) {
        sandbox.terminate();
        if (!sandbox.waitForFinished(10000))
            sandbox.kill();
    }
    return 0;
}
