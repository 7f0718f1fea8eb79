#pragma once

#include "apierror.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <functional>

class ApiClient;
class QNetworkReply;

// One part of a multipart/form-data upload.
struct MultipartPart
{
    QByteArray name;        // form field: "loa", "bill"
    QString fileName;       // shown to the server as the file's name
    QByteArray contentType; // "application/pdf"
    QByteArray data;
};

// A job object for one API request: returned at once by ApiClient, it sends (and, where safe,
// resends) the request, then emits exactly one of finished() or failed(), then done(), and
// deletes itself. Keep a QPointer to it; cancel() aborts it.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    // Turns the JSON of a successful answer into a domain value. Returning a null QVariant
    // with a non-empty *error makes the call fail with ApiError::Kind::Parse (a GET) or
    // Kind::AcceptedUnreadable (a write, which the 2xx says was done). A null QVariant without
    // an error is an answer without the record (an optional `data` left out).
    using Parser = std::function<QVariant(const QJsonDocument &document, QString *error)>;

    ~ApiCall() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    bool isDone() const { return m_done; }
    bool isSucceeded() const { return m_done && m_error.isNull(); }
    int httpStatus() const { return m_httpStatus; }
    int attempts() const { return m_attempts; }
    const ApiError &error() const { return m_error; }
    const QJsonDocument &json() const { return m_json; }
    const QVariant &result() const { return m_result; }
    template<typename T> T resultAs() const { return m_result.value<T>(); }

    // Per-call timeout for each attempt; the client's default applies otherwise. It counts
    // from the last byte that moved (sent or received), so only a silent attempt times out.
    // Also shortens or extends the attempt already running.
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timeoutMs; }

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

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, QByteArray method, QString path, QUrl url, QObject *parent);

    void start();
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void restartTimeoutOnProgress();
    void succeed(const QByteArray &body);
    void fail(ApiError error);
    void finish();
    RetryContext retryContextFor(QNetworkReply *reply, const ApiError &error) const;
    ApiError cancellationError() const;

    ApiClient *m_client;
    QByteArray m_method;
    QString m_path;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_contentType;
    QList<MultipartPart> m_parts;
    Parser m_parser;
    // The answer's body is not read at all (sent with Accept: */*): the TFV delete.
    bool m_ignoreAnswerBody = false;
    RetryPolicy m_retryPolicy;
    int m_timeoutMs = 30000;
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
    ApiError m_error;
    QJsonDocument m_json;
    QVariant m_result;
};
