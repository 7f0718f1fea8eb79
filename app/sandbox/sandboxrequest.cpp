#include "sandbox/sandboxrequest.h"

#include <QUrl>

SandboxRequest SandboxRequest::make(const QString &method, const QString &target,
                                    const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    SandboxRequest request;
    request.method = method.toUpper();
    const qsizetype queryStart = target.indexOf(QLatin1Char('?'));
    request.path = queryStart < 0 ? target : target.left(queryStart);
    if (queryStart >= 0)
        request.query = QUrlQuery(target.mid(queryStart + 1));
    request.body = body;
    request.headers = headers;
    return request;
}

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QString SandboxRequest::decodedPath() const
{
    return QUrl::fromPercentEncoding(path.toUtf8());
}

QStringList SandboxRequest::segments() const
{
    QStringList result;
    const QStringList raw = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (i == 0 && raw.at(i).isEmpty())
            continue;
        result.append(QUrl::fromPercentEncoding(raw.at(i).toUtf8()));
    }
    // A trailing slash is tolerated: "/v2/x/" routes like "/v2/x".
    if (result.size() > 1 && result.last().isEmpty())
        result.removeLast();
    return result;
}

QString SandboxRequest::queryValue(const QString &key) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

bool SandboxRequest::hasQueryItem(const QString &key) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString SandboxRequest::formValue(const QString &key) const
{
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (QUrl::fromPercentEncoding(item.first.toUtf8()) != key)
            continue;
        QByteArray encoded = item.second.toUtf8();
        encoded.replace('+', "%20");
        return QUrl::fromPercentEncoding(encoded);
    }
    return {};
}
