#include "apicall.h"

#include "apiclient.h"
#include "apiparse.h"
#include "coreversion.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

#include <functional>

Q_LOGGING_CATEGORY(lcApi, "console.api")

namespace {

// Connection failures after which the request provably never reached the server.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

// A request body that can be read once only. Qt 6.4's HTTP/1 channel sends a request again by
// itself when a reused connection closes before any answer, POST included, by rewinding the
// body; this one cannot be rewound, so the request reaches the server at most once and the
// reply fails instead (QNetworkReply::ContentReSendError).
class SingleUseBody : public QIODevice
{
public:
    // `onFirstRead` runs when Qt takes the first bytes: from then on the request may have
    // reached the server.
    SingleUseBody(QByteArray data, std::function<void()> onFirstRead, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
        , m_onFirstRead(std::move(onFirstRead))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return qint64(m_data.size()) - m_position + QIODevice::bytesAvailable();
    }
    // The whole body, not what is left (QIODevice's default for a sequential device): upload
    // progress is sent / size().
    qint64 size() const override { return qint64(m_data.size()); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        // In pieces, so upload progress moves in steps a user can see.
        constexpr qint64 piece = 64 * 1024;
        const qint64 count = qMin(qMin(maxSize, piece), qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        if (m_position == 0 && m_onFirstRead)
            m_onFirstRead();
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    std::function<void()> m_onFirstRead;
    qint64 m_position = 0;
};

} // namespace

ApiCall::ApiCall(ApiRequest request, ApiConnection connection, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_connection(std::move(connection))
    , m_url(m_request.url(m_connection.baseUrl))
{
    m_attemptTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    m_elapsed.start();
    if (!ApiClient::isAllowedBaseUrl(m_url)) {
        // Fail on the next event-loop turn so the caller can connect to failed() first.
        QTimer::singleShot(0, this,
                           [this] { fail(ApiError(ApiError::Kind::InsecureUrl, m_url.host())); });
        return;
    }
    sendAttempt();
}

void ApiCall::sendAttempt()
{
    if (m_done)
        return;
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_bytesSent = false;
    m_bodyTaken = false;
    m_tlsProblem.clear();

    QNetworkAccessManager *network = m_connection.network;
    if (!network)
        return fail(ApiError(ApiError::Kind::Cancelled));

    QNetworkRequest request(m_url);
    request.setSslConfiguration(m_connection.sslConfiguration);
    request.setRawHeader("Authorization", m_connection.authorization);
    request.setRawHeader("Accept", m_request.accept());
    request.setHeader(QNetworkRequest::UserAgentHeader, CoreVersion::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_attempts > 1)
        request.setRawHeader("x-retry-count", QByteArray::number(m_attempts - 1));

    QNetworkReply *reply = nullptr;
    QByteArray contentType;
    m_uploadBytes = -1;
    const QByteArray body = m_request.encodedBody(&contentType);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (m_request.isSentAtMostOnce()) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new SingleUseBody(
            body,
            [call = QPointer<ApiCall>(this)] {
                if (call)
                    call->m_bodyTaken = true;
            },
            nullptr);
        m_uploadBytes = body.size(); // Qt cannot tell the total of a sequential body
        // An empty body is never read: nothing shows when the request went out, so from now on
        // it may have.
        m_bodyTaken = body.isEmpty();
        reply = network->sendCustomRequest(request, m_request.method, device);
        device->setParent(reply);
    } else {
        reply = body.isEmpty() && m_request.method == "GET"
                    ? network->get(request)
                    : network->sendCustomRequest(request, m_request.method, body);
    }
    m_reply = reply;

    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent > 0) {
            m_bytesSent = true;
            restartTimeoutOnProgress();
        }
        Q_EMIT uploadProgressed(sent, m_uploadBytes > 0 ? m_uploadBytes : total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_maxResponseBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
            return;
        }
        if (received > 0)
            restartTimeoutOnProgress();
        Q_EMIT downloadProgressed(received, total);
    });
    // TLS errors are recorded and never ignored: the reply then fails on its own.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_tlsProblem = texts.join(QStringLiteral("; "));
    });
    m_attemptElapsed.start();
    m_attemptTimer.start(m_connection.timeoutMs);
}

void ApiCall::restartTimeoutOnProgress()
{
    // The timeout measures silence, not total time: a 10 MB upload over a slow link that keeps
    // moving is not cut off, a transfer that stalls is.
    if (!m_attemptTimer.isActive())
        return;
    m_attemptElapsed.restart();
    m_attemptTimer.start(m_connection.timeoutMs);
}

void ApiCall::setTimeoutMs(int milliseconds)
{
    m_connection.timeoutMs = milliseconds;
    if (m_attemptTimer.isActive())
        m_attemptTimer.start(int(qMax<qint64>(0, milliseconds - m_attemptElapsed.elapsed())));
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

RetryContext ApiCall::retryContextFor(QNetworkReply *reply, const ApiError &error) const
{
    RetryContext context;
    context.method = m_request.method;
    context.atMostOnce = m_request.isSentAtMostOnce();
    context.retriesDone = m_attempts - 1;
    context.httpStatus = error.kind() == ApiError::Kind::Http ? error.httpStatus() : 0;
    context.timedOut = error.kind() == ApiError::Kind::Timeout;
    context.connectionError = error.kind() == ApiError::Kind::Network;
    context.bytesSent = m_bytesSent || !failedBeforeSending(reply->error());
    context.retryAfterMs = reply->rawHeader("retry-after-ms");
    context.retryAfter = reply->rawHeader("Retry-After");
    context.shouldRetry = reply->rawHeader("x-should-retry");
    return context;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_attemptTimer.stop();
    m_reply = nullptr;
    reply->deleteLater();

    if (m_cancelled)
        return fail(cancellationError());

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = m_tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
    m_httpStatus = status;
    if (const QByteArray requestId = reply->rawHeader("x-request-id"); !requestId.isEmpty())
        m_requestId = QString::fromLatin1(requestId.left(200));

    ApiError error;
    if (m_tooLarge) {
        error = ApiError(ApiError::Kind::Parse, QStringLiteral("the answer is larger than %1 MB")
                                                    .arg(m_maxResponseBytes / (1024 * 1024)));
    } else if (m_timedOut) {
        error =
            ApiError(ApiError::Kind::Timeout,
                     QStringLiteral("no answer within %1 s").arg(m_connection.timeoutMs / 1000.0));
    } else if (!m_tlsProblem.isEmpty() ||
               reply->error() == QNetworkReply::SslHandshakeFailedError) {
        error = ApiError(ApiError::Kind::Tls,
                         m_tlsProblem.isEmpty() ? reply->errorString() : m_tlsProblem);
    } else if (status >= 300 && status < 400) {
        error = ApiError::redirect(
            status, reply->header(QNetworkRequest::LocationHeader).toUrl().toString());
    } else if (status >= 300) {
        error = ApiError::fromHttp(status, body);
    } else if (status == 0) {
        error = ApiError(ApiError::Kind::Network, reply->errorString());
    }

    qCInfo(lcApi).noquote() << QString::fromLatin1(m_request.method) << m_request.path
                            << (status ? QString::number(status) : reply->errorString())
                            << QStringLiteral("%1 ms").arg(m_elapsed.elapsed());
    Q_EMIT attemptCompleted(m_request.method, m_request.path, status, m_elapsed.elapsed());

    if (error.isNull())
        return succeed(body);

    error.setRequest(m_request.method, m_request.path);
    const bool lostInFlight =
        error.kind() == ApiError::Kind::Timeout ||
        (error.kind() == ApiError::Kind::Network && !failedBeforeSending(reply->error()));
    error.setOutcomeUnknown(m_request.isSentAtMostOnce() && m_bodyTaken && lostInFlight);
    if (const auto delay =
            m_connection.retryPolicy.delayBeforeRetry(retryContextFor(reply, error))) {
        Q_EMIT retryScheduled(m_attempts, *delay, error);
        m_retryTimer.start(*delay);
        return;
    }
    if (error.kind() == ApiError::Kind::Http && status == 401)
        Q_EMIT authenticationRefused();
    fail(error);
}

void ApiCall::succeed(const QByteArray &body)
{
    // A 2xx on a write means it was done: an answer that cannot be read must not look like a
    // failure that invites sending it again.
    const bool isWrite = m_request.method != "GET" && m_request.method != "HEAD";
    const auto unreadable = [this, isWrite](const QString &problem) {
        ApiError error(isWrite ? ApiError::Kind::AcceptedUnreadable : ApiError::Kind::Parse,
                       problem);
        error.setRequest(m_request.method, m_request.path);
        fail(error);
    };
    if (m_request.keepsBody) {
        m_body = body;
    } else if (m_request.readsAnswer) {
        QString problem;
        m_json = ApiParse::readDocument(body, &problem);
        if (!problem.isEmpty())
            return unreadable(problem);
        const RecordReading reading = readRecord(m_json, &problem);
        if (reading == RecordReading::Unreadable)
            return unreadable(problem);
        // The SDK leaves `data` optional: a GET without it is an empty answer, a DELETE is
        // done; a create or update without the record cannot say what was made.
        if (reading == RecordReading::NoRecord && m_request.method != "GET" &&
            m_request.method != "DELETE")
            return unreadable(QStringLiteral("the answer does not include the record"));
    }
    m_done = true;
    Q_EMIT finished();
    finish();
}

ApiCall::RecordReading ApiCall::readRecord(const QJsonDocument &, QString *)
{
    return RecordReading::NoParser;
}

void ApiCall::fail(ApiError error)
{
    if (m_done)
        return;
    if (error.method().isEmpty())
        error.setRequest(m_request.method, m_request.path);
    m_done = true;
    m_error = std::move(error);
    Q_EMIT failed(m_error);
    finish();
}

void ApiCall::finish()
{
    m_attemptTimer.stop();
    m_retryTimer.stop();
    Q_EMIT done();
    deleteLater();
}

void ApiCall::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // finished() arrives and reports the cancellation
        if (!m_done && m_reply) {
            QNetworkReply *reply = m_reply;
            m_reply = nullptr;
            reply->deleteLater();
        }
    }
    fail(cancellationError());
}

ApiError ApiCall::cancellationError() const
{
    // Cancelled once its body was on the way, a create may have been done all the same.
    ApiError error(ApiError::Kind::Cancelled);
    error.setRequest(m_request.method, m_request.path);
    error.setOutcomeUnknown(m_request.isSentAtMostOnce() && m_bodyTaken);
    return error;
}
