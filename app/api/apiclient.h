#pragma once

#include "apicall.h"
#include "retrypolicy.h"

#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;

// The one gateway to the Telnyx API: one QNetworkAccessManager, the base URL, the bearer key
// (memory only), the default timeout and retry policy. It sends requests built elsewhere (the
// endpoint classes build ApiRequestOf<T> values) and counts the calls in flight; each call owns
// its own state.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    static QUrl productionBaseUrl();
    // https for every host; plain http only for loopback (the sandbox).
    static bool isAllowedBaseUrl(const QUrl &url);

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

    // Sends `request` and returns its call at once; the call's result is the endpoint's type.
    template<typename T> ApiCallOf<T> *send(ApiRequestOf<T> request)
    {
        auto *call = new ApiCallOf<T>(std::move(request), connection(), this);
        track(call);
        return call;
    }
    // A request whose answer is read as JSON only (ApiCall::json()), or not at all.
    ApiCall *send(ApiRequest request);

    int callsInFlight() const { return int(m_inFlight.size()); }
    // The calls in flight that must reach the server at most once (creates, uploads, sends,
    // the test-number invite): cancelling one leaves its outcome unknown.
    QList<ApiCall *> atMostOnceCallsInFlight() const;
    void cancelAll();

    QNetworkAccessManager *network() const { return m_network; }
    // What a call made now is sent with: the network, base URL, key, TLS, retry and timeout.
    ApiConnection connection() const;

Q_SIGNALS:
    void callsInFlightChanged(int count);
    // One line per completed request: for the status bar and the request log.
    void requestCompleted(const QByteArray &method, const QString &path, int httpStatus,
                          qint64 elapsedMs);
    // A request carrying an activity note (a write) is about to be sent: emitted before its
    // first byte goes out, so whoever records it can connect to the call's done().
    void writeStarted(ApiCall *call);
    // The key was refused (401): the shell offers to re-enter it.
    void authenticationFailed();

private:
    // Counts the call in flight until it is done or destroyed, relays its signals, starts it.
    void track(ApiCall *call);
    void forget(ApiCall *call);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_defaultTimeoutMs = 30000;
    RetryPolicy m_retryPolicy;
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    QSet<ApiCall *> m_inFlight;
};
