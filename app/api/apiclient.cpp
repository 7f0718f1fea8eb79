#include "apiclient.h"

#include "domain/apibaseurl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApi, "console.api")

namespace {

// Every character but the RFC 3986 unreserved ones percent-encoded, as the official SDK sends
// queries. QUrlQuery leaves a literal '+' as is, which servers that decode queries as form
// data read as a space ("+1312..." would arrive as " 1312...").
QString encodedQuery(const QUrlQuery &query)
{
    QStringList items;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                         QUrl::toPercentEncoding(value)));
    }
    return items.join(u'&');
}

} // namespace

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
    // Calls waiting for deleteLater() are deleted with us, after our members are gone.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->m_client = nullptr;
}

QUrl ApiClient::productionBaseUrl()
{
    return ApiBaseUrl::production();
}

bool ApiClient::isAllowedBaseUrl(const QUrl &url)
{
    return ApiBaseUrl::isAllowed(url);
}

QString ApiClient::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
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

QByteArray ApiClient::authorizationHeader() const
{
    return "Bearer " + m_apiKey.toUtf8();
}

ApiCall *ApiClient::createCall(const QByteArray &method, const QString &path,
                               const QUrlQuery &query)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(encodedQuery(query), QUrl::StrictMode);
    auto *call = new ApiCall(this, method, path, url, this);
    call->m_retryPolicy = m_retryPolicy;
    call->m_timeoutMs = m_defaultTimeoutMs;
    m_inFlight.insert(call);
    Q_EMIT callsInFlightChanged(callsInFlight());
    return call;
}

void ApiClient::callDone(ApiCall *call)
{
    if (m_inFlight.remove(call))
        Q_EMIT callsInFlightChanged(callsInFlight());
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query, ApiCall::Parser parser)
{
    ApiCall *call = createCall("GET", path, query);
    call->m_parser = std::move(parser);
    call->start();
    return call;
}

ApiCall *ApiClient::sendJson(const QByteArray &method, const QString &path, const QJsonValue &body,
                             ApiCall::Parser parser, const QUrlQuery &query)
{
    ApiCall *call = createCall(method, path, query);
    call->m_parser = std::move(parser);
    if (body.isObject())
        call->m_body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        call->m_body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    if (!call->m_body.isEmpty())
        call->m_contentType = "application/json";
    call->start();
    return call;
}

ApiCall *ApiClient::deleteResource(const QString &path, ApiCall::Parser parser)
{
    ApiCall *call = createCall("DELETE", path, {});
    call->m_parser = std::move(parser);
    call->start();
    return call;
}

ApiCall *ApiClient::deleteIgnoringAnswer(const QString &path)
{
    ApiCall *call = createCall("DELETE", path, {});
    call->m_ignoreAnswerBody = true;
    call->start();
    return call;
}

ApiCall *ApiClient::uploadMultipart(const QString &path, const QList<MultipartPart> &parts,
                                    ApiCall::Parser parser)
{
    ApiCall *call = createCall("POST", path, {});
    call->m_parser = std::move(parser);
    call->m_parts = parts;
    call->start();
    return call;
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
