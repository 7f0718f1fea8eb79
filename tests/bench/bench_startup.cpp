// bench_startup: time from starting a Qt Widgets program to its first shown window and its
// first painted rows, as the median of several starts (issue #14, goal 6).
//
//   bench_startup --runs 7 [--label console] [--rows-view NAME]
//                 [--baseline PROGRAM --baseline-label bare --baseline-rows-view NAME]
//                 -- PROGRAM [ARGUMENTS...]
//
// Each start: the clock (CLOCK_MONOTONIC) is read just before the program is started with the
// probe library preloaded (libbench_startup_probe.so, see startupprobe.cpp); the probe notes its
// events on the same clock, writes them to a file and quits the program. With --baseline, the
// baseline and the program start in turn (baseline, program, baseline, ...), so both see the
// same load on a shared machine. One start of each first is not counted (disk cache, fontconfig
// cache). Each program runs with a private home (HOME and the XDG folders in a temporary
// directory), the same one for all its starts, so its settings are those it wrote itself the
// start before. Needs a display (run.sh starts Xvfb).
//
// Prints one line per start and a "BENCH_STARTUP_JSON {...}" line per program with the medians.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QJsonArray toJson(const QList<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

// One program under test and what its starts measured.
struct Target
{
    QString label;
    QString program;
    QStringList arguments;
    QString rowsView;
    QTemporaryDir home;
    QList<double> exposes;
    QList<double> windows;
    QList<double> rows;
    int failed = 0;
};

// Starts `target` once and notes what the probe saw; `counted` false for the warm-up.
void startOnce(Target &target, int run, const QString &probe, int timeoutMs)
{
    const bool counted = run > 0;
    const QString outFile = target.home.filePath(u"probe.json"_s);
    const QString logFile = target.home.filePath(u"program.log"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, target.home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, target.home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, target.home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, target.home.filePath(u"cache"_s));
    environment.insert(u"XDG_STATE_HOME"_s, target.home.filePath(u"state"_s));
    environment.insert(u"LD_PRELOAD"_s, probe);
    environment.insert(u"BENCH_STARTUP_OUT"_s, outFile);
    environment.insert(u"BENCH_STARTUP_TIMEOUT_MS"_s, QString::number(timeoutMs));
    if (!target.rowsView.isEmpty())
        environment.insert(u"BENCH_STARTUP_ROWS_VIEW"_s, target.rowsView);

    QFile::remove(outFile);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(logFile);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    const double startMs = monotonicMs();
    process.start(target.program, target.arguments);
    const bool finished =
        process.waitForStarted(timeoutMs) && process.waitForFinished(timeoutMs + 10000);
    if (!finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    QFile out(outFile);
    const QJsonObject result = out.open(QIODevice::ReadOnly)
                                   ? QJsonDocument::fromJson(out.readAll()).object()
                                   : QJsonObject();
    const auto since = [&](const QString &key) {
        return result.contains(key) ? result.value(key).toDouble() - startMs : -1.0;
    };
    const double expose = since(u"expose"_s);
    const double window = since(u"first_window"_s);
    const double firstRows = since(u"first_rows"_s);
    const bool ok =
        finished && window >= 0 && firstRows >= 0 && !result.value(u"timed_out"_s).toBool();
    say(u"%1 start %2%3: app constructed %4 ms, exposed %5 ms, first window %6 ms, first "
        "rows %7 ms (%8)%9"_s.arg(target.label)
            .arg(run)
            .arg(counted ? QString() : u" (warm-up, not counted)"_s)
            .arg(since(u"app_constructed"_s), 0, 'f', 1)
            .arg(expose, 0, 'f', 1)
            .arg(window, 0, 'f', 1)
            .arg(firstRows, 0, 'f', 1)
            .arg(result.value(u"rows_view"_s).toString())
            .arg(ok ? QString() : u"  << FAILED"_s));
    if (!ok) {
        QFile log(logFile);
        if (log.open(QIODevice::ReadOnly))
            say(QString::fromUtf8(log.readAll().right(2000)));
    }
    if (!counted)
        return;
    if (!ok) {
        ++target.failed;
        return;
    }
    target.exposes.append(expose);
    target.windows.append(window);
    target.rows.append(firstRows);
}

void report(const Target &target, int runs)
{
    const QJsonObject summary{
        {u"label"_s, target.label},
        {u"runs"_s, runs},
        {u"failed"_s, target.failed},
        {u"expose_ms_median"_s, median(target.exposes)},
        {u"first_window_ms_median"_s, median(target.windows)},
        {u"first_rows_ms_median"_s, median(target.rows)},
        {u"first_window_ms"_s, toJson(target.windows)},
        {u"first_rows_ms"_s, toJson(target.rows)},
    };
    say(u"%1: median of %2 starts: first window %3 ms, first rows %4 ms"_s.arg(target.label)
            .arg(target.windows.size())
            .arg(median(target.windows), 0, 'f', 1)
            .arg(median(target.rows), 0, 'f', 1));
    say(u"BENCH_STARTUP_JSON "_s +
        QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Starts a program several times and reports its first window and first rows."_s);
    parser.addHelpOption();
    const QCommandLineOption labelOption(u"label"_s, u"Name in the output."_s, u"name"_s,
                                         u"program"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Counted starts."_s, u"n"_s, u"7"_s);
    const QCommandLineOption rowsViewOption(
        u"rows-view"_s, u"objectName of the item view whose rows count (default: any)."_s,
        u"name"_s);
    const QCommandLineOption baselineOption(
        u"baseline"_s, u"A program (no arguments) started in turn with the measured one."_s,
        u"path"_s);
    const QCommandLineOption baselineLabelOption(u"baseline-label"_s, u"Its name."_s, u"name"_s,
                                                 u"baseline"_s);
    const QCommandLineOption baselineRowsViewOption(u"baseline-rows-view"_s, u"Its --rows-view."_s,
                                                    u"name"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Per start, in ms."_s, u"ms"_s,
                                           u"30000"_s);
    const QCommandLineOption probeOption(u"probe"_s, u"The probe library."_s, u"path"_s,
                                         QStringLiteral(BENCH_STARTUP_PROBE_DEFAULT));
    parser.addOptions({labelOption, runsOption, rowsViewOption, baselineOption, baselineLabelOption,
                       baselineRowsViewOption, timeoutOption, probeOption});
    parser.addPositionalArgument(u"program"_s, u"The program and its arguments, after --."_s);
    parser.process(app);

    QStringList command = parser.positionalArguments();
    if (command.isEmpty()) {
        say(u"bench_startup: no program given"_s);
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int timeoutMs = parser.value(timeoutOption).toInt();
    const QString probe = parser.value(probeOption);

    std::vector<std::unique_ptr<Target>> targets;
    if (parser.isSet(baselineOption)) {
        auto baseline = std::make_unique<Target>();
        baseline->label = parser.value(baselineLabelOption);
        baseline->program = parser.value(baselineOption);
        baseline->rowsView = parser.value(baselineRowsViewOption);
        targets.push_back(std::move(baseline));
    }
    auto measured = std::make_unique<Target>();
    measured->label = parser.value(labelOption);
    measured->program = command.takeFirst();
    measured->arguments = command;
    measured->rowsView = parser.value(rowsViewOption);
    targets.push_back(std::move(measured));
    for (const auto &target : targets) {
        if (!target->home.isValid()) {
            say(u"bench_startup: no temporary directory"_s);
            return 2;
        }
    }

    for (int run = 0; run <= runs; ++run) {
        for (const auto &target : targets)
            startOnce(*target, run, probe, timeoutMs);
    }
    bool allMeasured = true;
    for (const auto &target : targets) {
        report(*target, runs);
        allMeasured = allMeasured && !target->windows.isEmpty();
    }
    return allMeasured ? 0 : 1;
}
