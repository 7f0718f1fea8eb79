// telnyx-sandbox: the built-in Telnyx messaging API simulation as a standalone server.
// Prints "listening on http://127.0.0.1:N/v2" as its first line and "control token: T" (the
// X-Sandbox-Token the /_sandbox requests need) as its second, then serves until
// SIGTERM or SIGINT, when it saves the state file (if any) and exits 0.

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// Turns SIGTERM/SIGINT into a clean QCoreApplication::quit() on the event loop.
bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"telnyx-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local, stateful simulation of the Telnyx messaging API on 127.0.0.1. "
        "See app/sandbox/README.md for the endpoints and the /_sandbox control surface."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1 (0: any free port)."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption keyOption(
        u"api-key"_s, u"API key the /v2 API accepts (empty: any bearer key)."_s, u"KEY"_s);
    const QCommandLineOption recordsOption(
        u"records"_s, u"Number of toll-free requests and of hosted orders (0: defaults)."_s, u"N"_s,
        u"0"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated data."_s, u"S"_s,
                                        u"1"_s);
    const QCommandLineOption stateOption(
        u"state"_s, u"JSON file to load the state from and save it to."_s, u"FILE"_s);
    const QCommandLineOption speedOption(
        u"speed"_s, u"Virtual seconds per real second (default 60)."_s, u"X"_s, u"60"_s);
    const QCommandLineOption realisticOption(
        u"realistic"_s,
        u"Realistic mode: where the SDK leaves the API open, behave the other way round "
        "(clamped page sizes, plain-text deletes, 404 for non-RCS numbers, errors without "
        "source)."_s);
    const QCommandLineOption logBodiesOption(
        u"log-bodies"_s, u"Keep request bodies in the request log (/_sandbox/requests)."_s);
    const QCommandLineOption tokenOption(
        u"control-token"_s,
        u"Token the /_sandbox control requests must send as X-Sandbox-Token (default: random, "
        "printed on the second line)."_s,
        u"TOKEN"_s);
    const QCommandLineOption latencyOption(
        u"latency"_s,
        u"Answer every /v2 request this many milliseconds late, give or take a quarter "
        "(default 0); other requests are served meanwhile."_s,
        u"MS"_s, u"0"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Log every request to standard error."_s);
    parser.addOptions({portOption, keyOption, recordsOption, seedOption, stateOption, speedOption,
                       realisticOption, logBodiesOption, tokenOption, latencyOption,
                       verboseOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    bool recordsOk = false;
    const int records = parser.value(recordsOption).toInt(&recordsOk);
    bool seedOk = false;
    const uint seed = parser.value(seedOption).toUInt(&seedOk);
    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    bool latencyOk = false;
    const int latency = parser.value(latencyOption).toInt(&latencyOk);
    if (!portOk || port > 65535 || !recordsOk || records < 0 || records > 1000000 || !seedOk ||
        !speedOk || speed < 0 || !latencyOk || latency < 0 || latency > 60000) {
        std::fprintf(stderr,
                     "telnyx-sandbox: invalid --port, --records, --seed, --speed or --latency\n");
        return 2;
    }

    SandboxOptions options;
    options.apiKey = parser.value(keyOption);
    options.records = records;
    options.seed = seed;
    options.stateFile = parser.value(stateOption);
    options.speed = speed;
    options.realistic = parser.isSet(realisticOption);
    options.logBodies = parser.isSet(logBodiesOption);
    options.controlToken = parser.value(tokenOption);
    options.latencyMs = latency;

    if (!installSignalHandlers(app)) {
        std::fprintf(stderr, "telnyx-sandbox: could not install signal handlers\n");
        return 1;
    }

    SandboxServer server(options);
    if (server.listen(quint16(port)) == 0) {
        std::fprintf(stderr, "telnyx-sandbox: could not listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    if (parser.isSet(verboseOption)) {
        QObject::connect(&server, &SandboxServer::requestHandled,
                         [](const QString &method, const QString &path, int status) {
                             std::fprintf(stderr, "%s %s %d\n", qPrintable(method),
                                          qPrintable(path), status);
                         });
    }
    std::printf("listening on %s\n", server.baseUrl().toString().toUtf8().constData());
    std::printf("control token: %s\n", server.controlToken().toUtf8().constData());
    std::fflush(stdout);

    const int code = app.exec();
    QString error;
    if (!server.saveState(&error)) {
        std::fprintf(stderr, "telnyx-sandbox: could not save state: %s\n", qPrintable(error));
        return 1;
    }
    return code;
}
