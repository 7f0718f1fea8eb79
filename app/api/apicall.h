#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// What a call needs from its client's connection, copied when the call is made: the call then
// owns all of its state and never reaches back into the client.
struct ApiConnection
{
    QPointer<QNetworkAccessManager> network;
    QUrl baseUrl;
    QByteArray authorization; // "Bearer …": memory only
    QSslConfiguration sslConfiguration;
    RetryPolicy retryPolicy;
    int timeoutMs = 30000;
};

// A job object for one API request: made by ApiClient::send(), it sends (and, where safe,
// resends) the request, then emits exactly one of finished() or failed(), then done(), and
// deletes itself. Keep a QPointer to it; cancel() aborts it. ApiCallOf<T> adds the typed
// result.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(ApiRequest request, ApiConnection connection, QObject *parent);
    ~ApiCall() override;

    // Sends the first attempt. ApiClient calls it once the call is wired up.
    void start();

    const ApiRequest &request() const { return m_request; }
    QByteArray method() const { return m_request.method; }
    QString path() const { return m_request.path; }
    QUrl url() const { return m_url; }
    bool isDone() const { return m_done; }
    bool isSucceeded() const { return m_done && m_error.isNull(); }
    int httpStatus() const { return m_httpStatus; }
    int attempts() const { return m_attempts; }
    const ApiError &error() const { return m_error; }
    // The answer's JSON as received (null when it was not read or was blank).
    const QJsonDocument &json() const { return m_json; }
    // The answer's body when the request keeps it (ApiRequest::keepsBody), moved out: the
    // call holds no copy afterwards.
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    // The server's x-request-id of the last answer (empty when none came back): what Telnyx
    // support asks for.
    QString requestId() const { return m_requestId; }

    // Per-call timeout for each attempt; the client's default applies otherwise. It counts
    // from the last byte that moved (sent or received), so only a silent attempt times out.
    // Also shortens or extends the attempt already running.
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_connection.timeoutMs; }

public Q_SLOTS:
    // Aborts the request (and any pending retry) and fails it with Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void finished();
    void failed(const ApiError &error);
    void done();
    void uploadProgressed(qint64 bytesSent, qint64 bytesTotal);
    void downloadProgressed(qint64 bytesReceived, qint64 bytesTotal);
    void retryScheduled(int retryNumber, int delayMs, const ApiError &reason);
    // Each attempt that got an answer or a network error: for the status bar and request log.
    void attemptCompleted(const QByteArray &method, const QString &path, int httpStatus,
                          qint64 elapsedMs);
    // The key was refused (401) and no retry follows.
    void authenticationRefused();

protected:
    enum class RecordReading { NoParser, Record, NoRecord, Unreadable };
    // Reads the record out of a successful answer; ApiCallOf<T> keeps it.
    virtual RecordReading readRecord(const QJsonDocument &document, QString *problem);

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void restartTimeoutOnProgress();
    void succeed(const QByteArray &body);
    void fail(ApiError error);
    void finish();
    RetryContext retryContextFor(QNetworkReply *reply, const ApiError &error) const;
    ApiError cancellationError() const;

    ApiRequest m_request;
    ApiConnection m_connection;
    QUrl m_url;
    qint64 m_maxResponseBytes = 64 * 1024 * 1024;

    QPointer<QNetworkReply> m_reply;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptElapsed;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_bytesSent = false;
    bool m_bodyTaken = false;  // Qt has read the first bytes of a body sent once only
    qint64 m_uploadBytes = -1; // size of a body sent once only, for upload progress
    QString m_tlsProblem;
    bool m_done = false;
    bool m_cancelled = false;

    int m_httpStatus = 0;
    QString m_requestId;
    ApiError m_error;
    QJsonDocument m_json;
    QByteArray m_body; // ApiRequest::keepsBody
};

// A call whose answer is read as a T: the type is in the signature of every endpoint method
// (TollFreeApi::create returns ApiCallOf<TollFreeVerificationRequest>).
template<typename T> class ApiCallOf : public ApiCall
{
public:
    using Result = T;

    ApiCallOf(ApiRequestOf<T> request, ApiConnection connection, QObject *parent)
        : ApiCall(std::move(request.wire), std::move(connection), parent)
        , m_parse(std::move(request.parse))
    {}

    // After finished(): whether the answer carried the record (an optional `data` may be left
    // out of a GET or DELETE answer).
    bool hasRecord() const { return m_record.has_value(); }
    // The record, or an empty T when the answer had none.
    T result() const { return m_record.value_or(T{}); }

    // Calls `receiver(const T &)` with the record when the call succeeds; not after `context`
    // is destroyed.
    template<typename Receiver>
    QMetaObject::Connection onResult(QObject *context, Receiver receiver)
    {
        return QObject::connect(this, &ApiCall::finished, context,
                                [this, receiver = std::move(receiver)] { receiver(result()); });
    }

protected:
    RecordReading readRecord(const QJsonDocument &document, QString *problem) override
    {
        if (!m_parse)
            return RecordReading::NoParser;
        m_record = m_parse(document, problem);
        if (!problem->isEmpty()) {
            m_record.reset();
            return RecordReading::Unreadable;
        }
        return m_record ? RecordReading::Record : RecordReading::NoRecord;
    }

private:
    AnswerParser<T> m_parse;
    std::optional<T> m_record;
};
