#include "apiclient.h"

#include "domain/apibaseurl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(productionBaseUrl())
{
    // Redirects are not followed: a redirect could carry the bearer key to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.addCaCertificates(certificates);
}

ApiClient::~ApiClient()
{
    cancelAll();
}

QUrl ApiClient::productionBaseUrl()
{
    return ApiBaseUrl::production();
}

bool ApiClient::isAllowedBaseUrl(const QUrl &url)
{
    return ApiBaseUrl::isAllowed(url);
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    if (m_baseUrl.path().endsWith(u'/'))
        m_baseUrl.setPath(m_baseUrl.path().chopped(1));
}

void ApiClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
}

ApiConnection ApiClient::connection() const
{
    ApiConnection connection;
    connection.network = m_network;
    connection.baseUrl = m_baseUrl;
    connection.authorization = "Bearer " + m_apiKey.toUtf8();
    connection.sslConfiguration = m_sslConfiguration;
    connection.retryPolicy = m_retryPolicy;
    connection.timeoutMs = m_defaultTimeoutMs;
    return connection;
}

ApiCall *ApiClient::send(ApiRequest request)
{
    auto *call = new ApiCall(std::move(request), connection(), this);
    track(call);
    return call;
}

void ApiClient::track(ApiCall *call)
{
    m_inFlight.insert(call);
    // The pointer is only a key: forget() never touches the call, which may be half destroyed.
    connect(call, &ApiCall::done, this, [this, call] { forget(call); });
    connect(call, &QObject::destroyed, this, [this, call] { forget(call); });
    connect(call, &ApiCall::attemptCompleted, this, &ApiClient::requestCompleted);
    connect(call, &ApiCall::authenticationRefused, this, &ApiClient::authenticationFailed);
    Q_EMIT callsInFlightChanged(callsInFlight());
    if (call->request().activity)
        Q_EMIT writeStarted(call);
    call->start();
}

void ApiClient::forget(ApiCall *call)
{
    if (m_inFlight.remove(call))
        Q_EMIT callsInFlightChanged(callsInFlight());
}

QList<ApiCall *> ApiClient::atMostOnceCallsInFlight() const
{
    QList<ApiCall *> calls;
    for (ApiCall *call : m_inFlight) {
        if (ApiError::isSentAtMostOnce(call->method()))
            calls.append(call);
    }
    return calls;
}

void ApiClient::cancelAll()
{
    const QSet<ApiCall *> calls = m_inFlight;
    for (ApiCall *call : calls)
        call->cancel();
}
