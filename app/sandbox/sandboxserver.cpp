#include "sandbox/sandboxserver.h"

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxServer, "console.sandbox.server")

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest result;
    result.method = methodName(request.method());
    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyEncoded);
    result.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    result.headers = request.headers();
    result.body = request.body();
    return result;
}

void writeResponse(QHttpServerResponder &responder, const SandboxResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    // The headers' end, then the body handed to the socket as a QByteArray: QIODevice keeps a
    // large one shared in its write buffer instead of copying it (writeBody(QByteArray) copies;
    // a list page of 1000 toll-free requests is 2 MB).
    responder.writeBody("", 0);
    responder.socket()->write(response.body);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_state(std::make_unique<SandboxState>(options))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveState(); });
    if (!m_options.stateFile.isEmpty() && m_state->takeDirty())
        scheduleSave();
}

SandboxServer::~SandboxServer()
{
    if (m_saveTimer.isActive() || m_state->takeDirty())
        saveState();
}

quint16 SandboxServer::listen(quint16 port)
{
    if (m_port != 0)
        return m_port;
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    if (m_port == 0)
        return {};
    return QUrl(u"http://127.0.0.1:%1/v2"_s.arg(m_port));
}

QString SandboxServer::controlToken() const
{
    return m_state->controlToken();
}

bool SandboxServer::saveState(QString *error)
{
    m_saveTimer.stop();
    if (m_options.stateFile.isEmpty())
        return true;
    m_state->takeDirty();
    QString problem;
    if (!m_state->saveToFile(m_options.stateFile, &problem)) {
        qCWarning(lcSandboxServer).noquote()
            << "could not save" << m_options.stateFile << "-" << problem;
        if (error)
            *error = problem;
        return false;
    }
    return true;
}

void SandboxServer::scheduleSave()
{
    if (!m_options.stateFile.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request);
    SandboxResponse response = m_state->handle(sandboxRequest);
    // Every API answer names itself, as Telnyx's do: what support asks for.
    if (sandboxRequest.path.startsWith(u"/v2/"_s) && response.header("x-request-id").isEmpty())
        response.setHeader("x-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (sandboxRequest.path.startsWith(u"/v2/"_s) && m_options.latencyMs > 0) {
        const int jitter = m_options.latencyMs / 4;
        response.delayMs +=
            m_options.latencyMs +
            (jitter > 0 ? QRandomGenerator::global()->bounded(-jitter, jitter + 1) : 0);
    }
    if (m_state->takeDirty())
        scheduleSave();
    Q_EMIT requestHandled(sandboxRequest.method, sandboxRequest.decodedPath(),
                          response.drop ? 0 : response.status);

    if (response.drop) {
        // Closing from inside the handler would pull the socket from under the server.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    if (response.delayMs <= 0) {
        writeResponse(responder, response);
        return true;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.delayMs, this, [pending, guard, response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writeResponse(*pending, response);
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, SandboxResponse::empty(404));
}
