#pragma once

// What both benchmarks need: printing, the process's CPU time, and the sandbox's request
// counter. Blocking waits are fine here: a benchmark has no window to keep alive.

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace benchsupport {

using namespace Qt::StringLiterals;

inline void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// CPU time used by this process so far (user + system, every thread), in milliseconds.
inline double processCpuMs()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// The sandbox's request counter: how many requests a run really sent.
class SandboxControl
{
public:
    // Given to telnyx-sandbox with --control-token by startSandbox() and run.sh.
    static constexpr const char *controlToken = "bench-control-token";

    explicit SandboxControl(QUrl apiBase)
        : m_base(std::move(apiBase))
    {}

    void resetRequests() { send("DELETE", u"/_sandbox/requests"_s); }
    int requestCount(const QString &methodAndPath)
    {
        const QJsonObject answer = send("GET", u"/_sandbox/requests"_s).object();
        return answer.value(u"counts"_s).toObject().value(methodAndPath).toInt();
    }

private:
    QJsonDocument send(const QByteArray &method, const QString &path)
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("X-Sandbox-Token", controlToken);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        // Only the counts are read; the log itself is not needed.
        const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return answer;
    }

    QUrl m_base;
    QNetworkAccessManager m_network;
};

// Starts telnyx-sandbox (the given binary, else $TELNYX_SANDBOX_BIN, else the one built with
// the benchmark) on a free port and waits for "listening on <url>". Returns the API base URL,
// or an empty URL after printing why.
inline QUrl startSandbox(QProcess &sandbox, QString binary, const QString &key,
                         const QStringList &extraArguments = {})
{
    if (binary.isEmpty())
        binary = qEnvironmentVariable("TELNYX_SANDBOX_BIN");
    if (binary.isEmpty())
        binary = QStringLiteral(TELNYX_SANDBOX_DEFAULT);
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(binary,
                  QStringList{u"--port"_s, u"0"_s, u"--api-key"_s, key, u"--control-token"_s,
                              QString::fromLatin1(SandboxControl::controlToken)} +
                      extraArguments);
    if (!sandbox.waitForStarted(10000)) {
        say(u"cannot start %1: %2"_s.arg(binary, sandbox.errorString()));
        return {};
    }
    static const QRegularExpression listening(u"listening on (\\S+)"_s);
    while (!sandbox.canReadLine() && sandbox.waitForReadyRead(120000)) {
    }
    const QString first = QString::fromUtf8(sandbox.readLine()).trimmed();
    const QRegularExpressionMatch match = listening.match(first);
    if (!match.hasMatch()) {
        say(u"unexpected first line from the sandbox: %1"_s.arg(first));
        return {};
    }
    return QUrl(match.captured(1));
}

} // namespace benchsupport
