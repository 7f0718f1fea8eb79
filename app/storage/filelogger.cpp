#include "filelogger.h"

#include "privatefiles.h"
#include "redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

struct LoggerState
{
    QMutex mutex;
    bool installed = false;
    QtMessageHandler previous = nullptr;
    QString directory;
    qint64 maxFileSize = FileLogger::defaultMaxFileSize;
    int keptFiles = FileLogger::defaultKeptFiles;
    QFile file;
};

LoggerState &state()
{
    static LoggerState instance;
    return instance;
}

// A message raised while writing a message (QFile warnings, say) must not re-enter the
// handler and dead-lock on the mutex; it goes to the previous handler only.
thread_local bool insideHandler = false;

QLatin1StringView levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug"_L1;
    case QtInfoMsg:
        return "info"_L1;
    case QtWarningMsg:
        return "warning"_L1;
    case QtCriticalMsg:
        return "critical"_L1;
    case QtFatalMsg:
        return "fatal"_L1;
    }
    return "unknown"_L1;
}

// Only the message is redacted: a category name such as "console.keychain" must stay readable.
QString lineFor(QtMsgType type, const char *category, const QString &redactedMessage)
{
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QLatin1StringView categoryName(category ? category : "default");
    return timestamp + u' ' + levelName(type) + u' ' + categoryName + u": "_s + redactedMessage;
}

QString rotatedPath(const QString &directory, int index)
{
    const QString base = directory + u'/' + FileLogger::logFileName();
    return index == 0 ? base : base + u'.' + QString::number(index);
}

// Opens console.log for appending, owner-only: logs describe the account's data.
bool openLogFile(LoggerState &s)
{
    s.file.close();
    s.file.setFileName(rotatedPath(s.directory, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    return PrivateFiles::restrictToOwner(s.file);
}

void rotate(LoggerState &s)
{
    s.file.close();
    QFile::remove(rotatedPath(s.directory, s.keptFiles));
    for (int index = s.keptFiles - 1; index >= 0; --index) {
        const QString from = rotatedPath(s.directory, index);
        if (QFile::exists(from))
            QFile::rename(from, rotatedPath(s.directory, index + 1));
    }
    openLogFile(s);
}

void writeLine(LoggerState &s, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    if (!s.file.isOpen())
        return;
    // Rotate before a line that would cross the limit, so no file grows past it (unless one
    // line alone is bigger).
    if (s.file.size() > 0 && s.file.size() + bytes.size() > s.maxFileSize)
        rotate(s);
    if (!s.file.isOpen())
        return;
    s.file.write(bytes);
    s.file.flush();
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LoggerState &s = state();
    const QString redacted = Redaction::redact(message);
    QtMessageHandler previous = nullptr;
    if (!insideHandler) {
        insideHandler = true;
        QMutexLocker locker(&s.mutex);
        previous = s.previous;
        if (s.installed)
            writeLine(s, lineFor(type, context.category, redacted));
        insideHandler = false;
    } else {
        // This thread already holds the mutex further up the stack.
        previous = s.previous;
    }
    if (previous)
        previous(type, context, redacted);
}

} // namespace

bool FileLogger::install(const QString &directory, qint64 maxFileSize, int keptFiles)
{
    LoggerState &s = state();
    QMutexLocker locker(&s.mutex);
    s.directory = QDir::cleanPath(directory.isEmpty() ? defaultLogDirectory() : directory);
    s.maxFileSize = qMax<qint64>(1, maxFileSize);
    s.keptFiles = qMax(1, keptFiles);
    if (!PrivateFiles::makeDirectory(s.directory) || !openLogFile(s)) {
        s.file.close();
        return false;
    }
    // qInstallMessageHandler never calls a handler itself, so holding the lock here is safe,
    // and no message can see the handler installed without its predecessor known.
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handleMessage);
        s.installed = true;
    }
    return true;
}

void FileLogger::uninstall()
{
    LoggerState &s = state();
    QMutexLocker locker(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.installed = false;
    s.file.close();
    // s.previous stays: a message already inside handleMessage on another thread still
    // reaches it.
}

bool FileLogger::isInstalled()
{
    LoggerState &s = state();
    QMutexLocker locker(&s.mutex);
    return s.installed;
}

QString FileLogger::defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs"_s;
}

QString FileLogger::logDirectory()
{
    LoggerState &s = state();
    QMutexLocker locker(&s.mutex);
    return s.directory.isEmpty() ? defaultLogDirectory() : s.directory;
}

QString FileLogger::logFilePath()
{
    return rotatedPath(logDirectory(), 0);
}

QString FileLogger::formatLine(QtMsgType type, const char *category, const QString &message)
{
    return lineFor(type, category, Redaction::redact(message));
}
