#pragma once

#include "apicall.h"
#include "retrypolicy.h"

#include <QJsonValue>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// The one gateway to the Telnyx API: one QNetworkAccessManager, the base URL, the bearer key
// (memory only), the default timeout and retry policy. Every method returns an ApiCall at once.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    static QUrl productionBaseUrl();
    // https for every host; plain http only for loopback (the sandbox).
    static bool isAllowedBaseUrl(const QUrl &url);
    // One path segment, percent-encoded (ids, phone numbers with '+').
    static QString segment(const QString &value);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setDefaultTimeoutMs(int milliseconds) { m_defaultTimeoutMs = milliseconds; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // Certificate authorities trusted besides the system's (a company's own CA). Certificates
    // are still verified in full: this adds trust, it never skips a check.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    const QSslConfiguration &sslConfiguration() const { return m_sslConfiguration; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // `path` is relative to the base URL and already segment-encoded: "/messaging_url_domains".
    ApiCall *get(const QString &path, const QUrlQuery &query = {}, ApiCall::Parser parser = {});
    ApiCall *sendJson(const QByteArray &method, const QString &path, const QJsonValue &body,
                      ApiCall::Parser parser = {}, const QUrlQuery &query = {});
    ApiCall *deleteResource(const QString &path, ApiCall::Parser parser = {});
    // A DELETE whose answer is not parsed (sent with Accept: */*): any 2xx is success,
    // whatever the body (empty, JSON or text), as the SDK treats the TFV delete.
    ApiCall *deleteIgnoringAnswer(const QString &path);
    ApiCall *uploadMultipart(const QString &path, const QList<MultipartPart> &parts,
                             ApiCall::Parser parser = {});

    int callsInFlight() const { return int(m_inFlight.size()); }
    // The calls in flight that must reach the server at most once (creates, uploads, sends,
    // the test-number invite): cancelling one leaves its outcome unknown.
    QList<ApiCall *> atMostOnceCallsInFlight() const;
    void cancelAll();

    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    void callsInFlightChanged(int count);
    // One line per completed request: for the status bar and the request log.
    void requestCompleted(const QByteArray &method, const QString &path, int httpStatus,
                          qint64 elapsedMs);
    // The key was refused (401): the shell offers to re-enter it.
    void authenticationFailed();

private:
    friend class ApiCall;
    ApiCall *createCall(const QByteArray &method, const QString &path, const QUrlQuery &query);
    QByteArray authorizationHeader() const;
    void callDone(ApiCall *call);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_defaultTimeoutMs = 30000;
    RetryPolicy m_retryPolicy;
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    QSet<ApiCall *> m_inFlight;
};
