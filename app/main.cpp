#include "builtin/builtinsandbox.h"
#include "coreversion.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "session/consolelanguage.h"
#include "session/consolesession.h"
#include "storage/credentialstore.h"
#include "storage/filelogger.h"
#include "storage/profilestore.h"
#include "tollfree/tollfreewizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <memory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("telnyx-hosted-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("TelnyxHostedConsole"));
    QCoreApplication::setApplicationVersion(CoreVersion::version());
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Toll-free verification, hosted SMS numbers and RCS for Telnyx accounts."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QStringLiteral("Start on the built-in sandbox (a local simulation of the Telnyx API)."));
    const QCommandLineOption recordsOption(
        QStringLiteral("sandbox-records"),
        QStringLiteral("Number of seeded records in the sandbox's lists."),
        QStringLiteral("count"));
    const QCommandLineOption realisticOption(
        QStringLiteral("sandbox-realistic"),
        QStringLiteral("Start on the built-in sandbox in realistic mode (behaves like the real API "
                       "where the SDK leaves it open; see app/sandbox/README.md)."));
    // The desktop file's actions (packaging/): start on one task.
    const QCommandLineOption newTollFreeOption(
        QStringLiteral("new-tollfree-request"),
        QStringLiteral("Open the wizard for a new toll-free verification request."));
    const QCommandLineOption findNumberOption(QStringLiteral("find-number"),
                                              QStringLiteral("Open Find a number."));
    parser.addOptions(
        {sandboxOption, recordsOption, realisticOption, newTollFreeOption, findNumberOption});

    // --help and --version answer before the GUI starts, so they work with no display at all
    // (a terminal over SSH, help2man at packaging time). The arguments are read again once
    // QApplication has taken its own (-platform, -style), which this first look does not know.
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments.append(QString::fromLocal8Bit(argv[index]));
    parser.parse(arguments);
    if (parser.isSet(helpOption) || parser.isSet(versionOption) ||
        parser.isSet(QStringLiteral("help-all"))) {
        QCoreApplication textOnly(argc, argv);
        setApplicationNames();
        parser.process(textOnly); // prints, then exits
        return 0;
    }

    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources); // icons, from a static library
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Telnyx Hosted Messaging Console"));
    // The desktop file's name (packaging/): docks and Wayland match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("com.telnyx.HostedMessagingConsole"));
    ConsoleLanguage::install(&app, ConsoleLanguage::preferredLocale()); // after the names: settings
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    parser.process(app);

    FileLogger::install();

    ProfileStore profiles;
    CredentialStore credentials;
    ConsoleSession session(&profiles, &credentials);
    SandboxOptions sandboxOptions;
    sandboxOptions.records = parser.value(recordsOption).toInt();
    sandboxOptions.realistic = parser.isSet(realisticOption);
    session.setSandboxFactory(BuiltInSandbox::factory(sandboxOptions));

    MainWindow window(&session);
    // The task asked for on the command line, once a profile is active (after the welcome
    // dialog on a first run).
    const auto openRequestedTask = [&window, &parser, &newTollFreeOption, &findNumberOption] {
        if (parser.isSet(newTollFreeOption)) {
            window.showArea(QStringLiteral("tollFree"));
            window.openTollFreeWizard()->startNew();
        } else if (parser.isSet(findNumberOption)) {
            window.openNumberLookup();
        }
    };

    if (parser.isSet(sandboxOption) || sandboxOptions.realistic) {
        session.activate(Profile::sandboxId());
        QTimer::singleShot(0, &window, openRequestedTask);
    } else if (profiles.isFirstRun()) {
        auto *welcome = new FirstRunDialog(&session, &window);
        welcome->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(welcome, &QDialog::accepted, &session, [welcome, &session] {
            if (!welcome->sessionOnlyKey().isEmpty())
                session.activateWithKey(welcome->chosenProfileId(), welcome->sessionOnlyKey());
            else
                session.activate(welcome->chosenProfileId());
        });
        QObject::connect(welcome, &QDialog::rejected, &session,
                         [&session] { session.activate(Profile::sandboxId()); });
        QObject::connect(welcome, &QDialog::finished, &window, openRequestedTask);
        welcome->open();
    } else {
        const QString current = profiles.currentProfileId();
        session.activate(profiles.contains(current) ? current : Profile::sandboxId());
        QTimer::singleShot(0, &window, openRequestedTask);
    }
    window.show();
    const int status = QApplication::exec();
    FileLogger::uninstall();
    return status;
}
