#pragma once

#include <QString>
#include <QtGlobal>

// Writes every Qt log message (all QLoggingCategory output) to a rotating file,
// <AppDataLocation>/logs/console.log by default: console.log is the newest, console.log.1 the
// one before it, up to console.log.<keptFiles>. Each line is
// "<UTC timestamp> <level> <category>: <message>" and passes Redaction::redact() first; the
// previously installed message handler still runs, with the redacted text too.
// One logger per process (a Qt message handler is process-wide); all functions are
// thread-safe.
class FileLogger
{
public:
    FileLogger() = delete;

    static constexpr qint64 defaultMaxFileSize = 1024 * 1024;
    static constexpr int defaultKeptFiles = 5;

    // An empty directory means <AppDataLocation>/logs (set the application and organization
    // names first). Returns false when the log file cannot be opened: a first install then
    // installs nothing; a repeated install (which switches directory and limits) leaves the
    // handler in place but writing nowhere until an install succeeds.
    static bool install(const QString &directory = QString(),
                        qint64 maxFileSize = defaultMaxFileSize, int keptFiles = defaultKeptFiles);
    // Restores the handler that was there before install().
    static void uninstall();
    static bool isInstalled();

    // For the About box: where the logs are (the default location when not installed).
    static QString logDirectory();
    static QString logFilePath();
    static QString defaultLogDirectory();
    static QString logFileName() { return QStringLiteral("console.log"); }

    // The exact line written for one message (no trailing newline), redacted.
    static QString formatLine(QtMsgType type, const char *category, const QString &message);
};
