#include "api/apiclient.h"
#include "coreversion.h"
#include "mainwindow.h"
#include "sandbox/sandboxhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QUuid>

#include <memory>

namespace {

QString throwawaySandboxKey()
{
    return QStringLiteral("KEYSANDBOX") + QUuid::createUuid().toString(QUuid::Id128).toUpper();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("telnyx-hosted-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Telnyx Hosted Messaging Console"));
    QApplication::setOrganizationName(QStringLiteral("TelnyxHostedConsole"));
    QApplication::setApplicationVersion(CoreVersion::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Toll-free verification, hosted SMS numbers and RCS for Telnyx accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("Run against the built-in sandbox (a local "
                                                  "simulation of the Telnyx API)."));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           QStringLiteral("API base URL (https only, except "
                                                          "loopback)."),
                                           QStringLiteral("url"));
    const QCommandLineOption recordsOption(QStringLiteral("sandbox-records"),
                                           QStringLiteral("Number of seeded records in the "
                                                          "sandbox lists."),
                                           QStringLiteral("count"));
    parser.addOptions({sandboxOption, baseUrlOption, recordsOption});
    parser.process(app);

    ApiClient client;
    std::unique_ptr<MainWindow> window;
    const auto showWindow = [&](bool sandbox) {
        window = std::make_unique<MainWindow>(&client, sandbox);
        window->show();
    };

    if (parser.isSet(sandboxOption)) {
        SandboxOptions options;
        options.apiKey = throwawaySandboxKey();
        options.records = parser.value(recordsOption).toInt();
        auto *host = new SandboxHost(options, &app);
        QObject::connect(host, &SandboxHost::ready, &app, [&, options](const QUrl &baseUrl) {
            client.setBaseUrl(baseUrl);
            client.setApiKey(options.apiKey);
            showWindow(true);
        });
        QObject::connect(host, &SandboxHost::failed, &app, [](const QString &reason) {
            QMessageBox::critical(
                nullptr, QApplication::applicationDisplayName(),
                QObject::tr("The built-in sandbox could not start: %1").arg(reason));
            QApplication::exit(1);
        });
        host->start();
    } else {
        if (parser.isSet(baseUrlOption))
            client.setBaseUrl(QUrl(parser.value(baseUrlOption)));
        // Until profiles with the OS keychain exist, the key comes from the environment only.
        client.setApiKey(qEnvironmentVariable("TELNYX_API_KEY"));
        showWindow(false);
    }
    return app.exec();
}
