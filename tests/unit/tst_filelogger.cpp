#include "storage/filelogger.h"
#include "storage/redaction.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLoggerTest, "console.test")

namespace {

// Stands in for the handler that was installed before FileLogger (Qt's default one in the
// app): records what FileLogger passes on, and keeps bulk output off the test log.
QMutex capturedMutex;
QStringList captured;

void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker locker(&capturedMutex);
    captured.append(message);
}

} // namespace

// FileLogger and Redaction: secrets never reach the log file, rotation keeps the sizes and the
// file count, and lines from several threads do not mix.
class TestFileLogger : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QtMessageHandler m_testHandler = nullptr;

    // console.log and every rotated file, oldest first.
    QStringList logFiles() const
    {
        QStringList files;
        for (int index = 9; index >= 1; --index) {
            const QString path = FileLogger::logFilePath() + u'.' + QString::number(index);
            if (QFile::exists(path))
                files.append(path);
        }
        if (QFile::exists(FileLogger::logFilePath()))
            files.append(FileLogger::logFilePath());
        return files;
    }

    QByteArray allLogBytes() const
    {
        QByteArray bytes;
        for (const QString &path : logFiles()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    QStringList allLogLines() const
    {
        QStringList lines;
        for (const QByteArray &line : allLogBytes().split('\n')) {
            if (!line.isEmpty())
                lines.append(QString::fromUtf8(line));
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TelnyxHostedConsoleTest"_s);
        QCoreApplication::setApplicationName(u"tst_filelogger"_s);
        m_testHandler = qInstallMessageHandler(captureHandler);
    }

    void cleanupTestCase()
    {
        FileLogger::uninstall();
        qInstallMessageHandler(m_testHandler);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Redaction::clearSecrets();
        QMutexLocker locker(&capturedMutex);
        captured.clear();
    }

    void cleanup()
    {
        FileLogger::uninstall();
        Redaction::clearSecrets();
    }

    void defaults()
    {
        QCOMPARE(FileLogger::defaultMaxFileSize, qint64(1024 * 1024));
        QCOMPARE(FileLogger::defaultKeptFiles, 5);
        QVERIFY(!FileLogger::isInstalled());
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(FileLogger::logDirectory(), appData + u"/logs"_s);
        QCOMPARE(FileLogger::logFilePath(), appData + u"/logs/console.log"_s);
    }

    void redacts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept"); // text that must survive

        QTest::newRow("authorization header")
            << u"Authorization: Bearer abc.def-123"_s << u"abc.def-123"_s << u"Authorization:"_s;
        QTest::newRow("authorization any case")
            << u"aUtHoRiZaTiOn: Basic dXNlcjpwYXNz"_s << u"dXNlcjpwYXNz"_s << u"aUtHoRiZaTiOn"_s;
        QTest::newRow("authorization in a header dump")
            << u"GET /v2/x\r\nauthorization: Token s3cr3tvalue\r\nAccept: */*"_s << u"s3cr3tvalue"_s
            << u"Accept: */*"_s;
        QTest::newRow("bearer alone") << u"sending with bearer eyJhbGciOi.JIUzI1NiJ9.sig"_s
                                      << u"eyJhbGciOi.JIUzI1NiJ9.sig"_s << u"sending with"_s;
        QTest::newRow("json api_key") << u"{\"api_key\": \"abc123def456\", \"name\": \"x\"}"_s
                                      << u"abc123def456"_s << u"\"name\": \"x\""_s;
        QTest::newRow("json apiKey no space")
            << u"{\"apiKey\":\"zzTopSecretzz\"}"_s << u"zzTopSecretzz"_s << u"apiKey"_s;
        QTest::newRow("json escaped quote")
            << u"{\"password\": \"pa\\\"ss-word-1\"}"_s << u"ss-word-1"_s << u"password"_s;
        QTest::newRow("json client_secret") << u"{\"client_secret\":\"cs_live_998877\"}"_s
                                            << u"cs_live_998877"_s << u"client_secret"_s;
        QTest::newRow("query apiKey")
            << u"GET /v2/items?apiKey=q1w2e3r4&page=2"_s << u"q1w2e3r4"_s << u"page=2"_s;
        QTest::newRow("query token")
            << u"/callback?token=tok_5566&x=1"_s << u"tok_5566"_s << u"x=1"_s;
        QTest::newRow("query access_token")
            << u"/cb?access_token=at-7788"_s << u"at-7788"_s << u"/cb?"_s;
        QTest::newRow("x-api-key header")
            << u"X-Api-Key: hk_112233445566"_s << u"hk_112233445566"_s << u"X-Api-Key"_s;
        QTest::newRow("telnyx key alone")
            << u"key is KEY0199A5F3E2B84C6D9F0123456789_abcdef, done"_s
            << u"KEY0199A5F3E2B84C6D9F0123456789_abcdef"_s << u", done"_s;
        QTest::newRow("telnyx key in a url") << u"https://x.test/KEY01234567890123456789AB/path"_s
                                             << u"KEY01234567890123456789AB"_s << u"/path"_s;
    }

    void redacts()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString output = Redaction::redact(input);
        QVERIFY2(!output.contains(secret), qPrintable(output));
        QVERIFY2(output.contains(Redaction::mask()), qPrintable(output));
        QVERIFY2(output.contains(kept), qPrintable(output));
        // Redacting twice changes nothing more.
        QCOMPARE(Redaction::redact(output), output);
    }

    void leavesOrdinaryLinesAlone_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("request") << u"GET /v2/messaging_tollfree/verification/requests 200 35 ms"_s;
        QTest::newRow("paged request")
            << u"GET /v2/messaging_url_domains?page[number]=2 200 8 ms"_s;
        QTest::newRow("short KEY") << u"KEY123 is not a key"_s;
        QTest::newRow("word keyboard") << u"keyboard shortcut Ctrl+F"_s;
        QTest::newRow("phone") << u"POST /v2/messaging_hosted_number_orders +18005550100 201"_s;
    }

    void leavesOrdinaryLinesAlone()
    {
        QFETCH(QString, line);
        QCOMPARE(Redaction::redact(line), line);
    }

    void registeredSecretIsMaskedWhateverItsShape()
    {
        const QString odd = u"my key/with+odd=shape"_s;
        QCOMPARE(Redaction::redact(u"x "_s + odd + u" y"_s), u"x "_s + odd + u" y"_s);
        Redaction::registerSecret(odd);
        QCOMPARE(Redaction::redact(u"x "_s + odd + u" y"_s), u"x [REDACTED] y"_s);
        // Percent-encoded, as it would appear in a URL.
        QCOMPARE(Redaction::redact(u"q=my%20key%2Fwith%2Bodd%3Dshape&z"_s), u"q=[REDACTED]&z"_s);
        Redaction::unregisterSecret(odd);
        QCOMPARE(Redaction::redact(odd), odd);
        Redaction::registerSecret(u"abc"_s); // too short to be a key: ignored
        QCOMPARE(Redaction::registeredSecretCount(), 0);
    }

    void formatRedactsOnlyTheMessage()
    {
        const QString line =
            FileLogger::formatLine(QtWarningMsg, "console.token", u"token=abc123456"_s);
        QVERIFY2(line.endsWith(u" warning console.token: token=[REDACTED]"_s), qPrintable(line));
        QVERIFY(FileLogger::formatLine(QtInfoMsg, nullptr, u"x"_s).endsWith(u" info default: x"_s));
    }

    void logFileNeverHoldsTheKey()
    {
        QVERIFY(FileLogger::install(m_dir->path()));
        QVERIFY(FileLogger::isInstalled());
        QCOMPARE(FileLogger::logDirectory(), m_dir->path());
        QCOMPARE(FileLogger::logFilePath(), m_dir->filePath(u"console.log"_s));

        const QString key = u"odd~shaped.key-VALUE-42"_s;
        Redaction::registerSecret(key);
        const QString telnyxKey = u"KEY0199A5F3E2B84C6D9F0123456789_abcdef"_s;

        qCInfo(lcLoggerTest).noquote() << "GET /v2/messaging_url_domains 200 12 ms";
        qCInfo(lcLoggerTest).noquote() << "loaded the key" << key << "for profile Production";
        qCDebug(lcLoggerTest).noquote()
            << "request headers:\nAuthorization: Bearer" << key << "\nAccept: application/json";
        qCWarning(lcLoggerTest).noquote() << "retrying with Bearer" << telnyxKey;
        qCInfo(lcLoggerTest).noquote() << u"body {\"api_key\": \""_s + telnyxKey + u"\"}"_s;
        qCCritical(lcLoggerTest).noquote() << u"url https://x.test/a?apiKey="_s + key;
        qInfo() << "default category" << key;

        const QByteArray bytes = allLogBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(key.toUtf8()));
        QVERIFY(!bytes.contains(telnyxKey.toUtf8()));
        QVERIFY(!bytes.contains("0199A5F3E2B84C6D9F0123456789"));
        QVERIFY(bytes.contains("[REDACTED]"));

        const QStringList lines = allLogLines();
        QCOMPARE(lines.size(), 9); // the header dump spans three lines
        // timestamp, level, category, message.
        static const QRegularExpression shape(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (debug|info|warning|critical) [a-z.]+: "_s);
        QVERIFY2(shape.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
        QVERIFY2(
            lines.at(0).endsWith(u" info console.test: GET /v2/messaging_url_domains 200 12 ms"_s),
            qPrintable(lines.at(0)));
        QVERIFY(lines.at(2).contains(u" debug console.test: request headers:"_s));
        QVERIFY(lines.at(4).contains(u"Accept: application/json"_s));
        QVERIFY(lines.at(5).contains(u" warning console.test: retrying with Bearer [REDACTED]"_s));
        QVERIFY(lines.at(8).contains(u" info default: default category"_s));

        // The previous handler still gets every message, redacted as well.
        QMutexLocker locker(&capturedMutex);
        QCOMPARE(captured.size(), 7);
        for (const QString &message : std::as_const(captured)) {
            QVERIFY2(!message.contains(key), qPrintable(message));
            QVERIFY2(!message.contains(telnyxKey), qPrintable(message));
        }
        QCOMPARE(captured.first(), u"GET /v2/messaging_url_domains 200 12 ms"_s);
    }

    void logFileIsOwnerOnly()
    {
        QVERIFY(FileLogger::install(m_dir->path()));
        qCInfo(lcLoggerTest) << "hello";
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(FileLogger::logFilePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }

    void rotatesAtTheSizeLimit()
    {
        const qint64 limit = 4096;
        QVERIFY(FileLogger::install(m_dir->path(), limit, 3));
        const QString key = u"rotating-secret-0123456789"_s;
        Redaction::registerSecret(key);
        const int count = 400; // about 90 bytes a line: 36 000 bytes, far more than 4 files
        for (int i = 0; i < count; ++i)
            qCInfo(lcLoggerTest).noquote()
                << u"line %1 key %2"_s.arg(i, 5, 10, QChar(u'0')).arg(key);

        const QString base = FileLogger::logFilePath();
        for (const QString &suffix : {u""_s, u".1"_s, u".2"_s, u".3"_s}) {
            QFileInfo info(base + suffix);
            QVERIFY2(info.exists(), qPrintable(info.filePath()));
            QVERIFY2(info.size() <= limit, qPrintable(info.filePath()));
        }
        QVERIFY(QFileInfo(base + u".2"_s).size() > limit - 200); // rotated only when full
        QVERIFY(!QFile::exists(base + u".4"_s));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 4);

        // The kept lines are the newest ones, in order, with no gap; the key is in none.
        const QStringList lines = allLogLines();
        QVERIFY(lines.size() > 100 && lines.size() < count);
        const int first = count - int(lines.size());
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(
                         u"line %1 key [REDACTED]"_s.arg(first + i, 5, 10, QChar(u'0'))),
                     qPrintable(lines.at(i)));
        QVERIFY(!allLogBytes().contains(key.toUtf8()));
    }

    void rotatesAtOneMebibyteByDefault()
    {
        QVERIFY(FileLogger::install(m_dir->path()));
        const QString filler(200, u'x');
        const int lines = 6000; // about 1.4 MiB in all
        for (int i = 0; i < lines; ++i)
            qCInfo(lcLoggerTest).noquote() << filler;
        const QFileInfo current(FileLogger::logFilePath());
        const QFileInfo rotated(FileLogger::logFilePath() + u".1"_s);
        QVERIFY(rotated.exists());
        QVERIFY(rotated.size() <= FileLogger::defaultMaxFileSize);
        QVERIFY(rotated.size() > FileLogger::defaultMaxFileSize - 300);
        QVERIFY(current.size() > 0);
        QVERIFY(!QFile::exists(FileLogger::logFilePath() + u".2"_s));
        QCOMPARE(allLogLines().size(), lines);
    }

    void linesFromSeveralThreadsDoNotMix()
    {
        QVERIFY(FileLogger::install(m_dir->path()));
        const int threads = 4;
        const int perThread = 300;
        QList<QThread *> workers;
        for (int t = 0; t < threads; ++t) {
            workers.append(QThread::create([t] {
                for (int i = 0; i < perThread; ++i)
                    qCInfo(lcLoggerTest).noquote() << u"thread %1 line %2 end"_s.arg(t).arg(i);
            }));
        }
        for (QThread *worker : std::as_const(workers))
            worker->start();
        for (QThread *worker : std::as_const(workers)) {
            QVERIFY(worker->wait(20000));
            delete worker;
        }
        const QStringList lines = allLogLines();
        QCOMPARE(lines.size(), threads * perThread);
        static const QRegularExpression whole(u"console\\.test: thread \\d line \\d+ end$"_s);
        for (const QString &line : lines)
            QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
    }

    void uninstallRestoresThePreviousHandler()
    {
        QVERIFY(FileLogger::install(m_dir->path()));
        qCInfo(lcLoggerTest) << "while installed";
        FileLogger::uninstall();
        QVERIFY(!FileLogger::isInstalled());
        qCInfo(lcLoggerTest) << "after uninstall";
        QCOMPARE(allLogLines().size(), 1);
        QMutexLocker locker(&capturedMutex);
        QCOMPARE(captured.size(), 2); // the capture handler is back in charge
    }

    void installFailsWhereNoFileCanBeMade()
    {
        QFile blocker(m_dir->filePath(u"not-a-directory"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!FileLogger::install(blocker.fileName() + u"/logs"_s));
        QVERIFY(!FileLogger::isInstalled());
    }
};

QTEST_GUILESS_MAIN(TestFileLogger)
#include "tst_filelogger.moc"
