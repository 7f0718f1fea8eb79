#include "apirequest.h"

#include "apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

// `form-data; name="loa"; filename="…"; filename*=UTF-8''…` with nothing of the file's name
// able to end the header or add one: the plain name keeps printable ASCII only (quotes and
// backslashes replaced), the RFC 5987 form carries the real name percent-encoded.
QByteArray contentDisposition(const QByteArray &fieldName, const QString &fileName)
{
    QByteArray plain;
    bool onlyAscii = true;
    for (const QChar character : fileName) {
        const char16_t code = character.unicode();
        const bool printable = code >= 0x20 && code < 0x7f && code != u'"' && code != u'\\';
        plain += printable ? char(code) : '_';
        onlyAscii = onlyAscii && printable;
    }
    QByteArray header = "form-data; name=\"" + fieldName + "\"; filename=\"" + plain + '"';
    if (!onlyAscii)
        header += "; filename*=UTF-8''" + fileName.toUtf8().toPercentEncoding();
    return header;
}

// multipart/form-data built here, not by QHttpMultiPart, so it can go out as a body that is
// read once only (see ApiCall).
QByteArray multipartBody(const QList<MultipartPart> &parts, QByteArray *contentType)
{
    const QByteArray boundary =
        "----console-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray body;
    for (const MultipartPart &part : parts) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: " + contentDisposition(part.name, part.fileName) + "\r\n";
        body += "Content-Type: " + part.contentType + "\r\n\r\n";
        body += part.data + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    *contentType = "multipart/form-data; boundary=" + boundary;
    return body;
}

} // namespace

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

ApiRequest ApiRequest::json(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    if (body.isObject())
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    if (!request.body.isEmpty())
        request.contentType = "application/json";
    return request;
}

ApiRequest ApiRequest::remove(const QString &path)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = path;
    return request;
}

ApiRequest ApiRequest::multipart(const QString &path, const QList<MultipartPart> &parts)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.parts = parts;
    return request;
}

ApiRequest ApiRequest::noted(ActivityNote note) const
{
    ApiRequest request = *this;
    request.activity = std::move(note);
    return request;
}

QString ApiRequest::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ApiRequest ApiRequest::page(PageShape shape, int pageNumber, int pageSize) const
{
    ApiRequest paged = *this;
    const QUrlQuery paging = Pagination::pageQuery(shape, pageNumber, pageSize);
    for (const auto &item : paging.queryItems(QUrl::FullyDecoded))
        paged.query.addQueryItem(item.first, item.second);
    return paged;
}

bool ApiRequest::isSentAtMostOnce() const
{
    return ApiError::isSentAtMostOnce(method);
}

QString ApiRequest::encodedQuery() const
{
    QStringList items;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                         QUrl::toPercentEncoding(value)));
    }
    return items.join(u'&');
}

QUrl ApiRequest::url(const QUrl &baseUrl) const
{
    QUrl url = baseUrl;
    url.setPath(baseUrl.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(encodedQuery(), QUrl::StrictMode);
    return url;
}

QByteArray ApiRequest::encodedBody(QByteArray *contentTypeOut) const
{
    if (parts.isEmpty()) {
        *contentTypeOut = contentType;
        return body;
    }
    return multipartBody(parts, contentTypeOut);
}
