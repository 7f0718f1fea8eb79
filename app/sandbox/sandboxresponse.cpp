#include "sandbox/sandboxresponse.h"

#include <QJsonDocument>

namespace {
const QByteArray jsonContentType = QByteArrayLiteral("application/json");
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.setHeader(QByteArrayLiteral("Content-Type"), jsonContentType);
    return response;
}

SandboxResponse SandboxResponse::json(int status, const QJsonArray &array)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    response.setHeader(QByteArrayLiteral("Content-Type"), jsonContentType);
    return response;
}

SandboxResponse SandboxResponse::serialisedJson(int status, const QByteArray &json)
{
    SandboxResponse response;
    response.status = status;
    response.body = json;
    response.setHeader(QByteArrayLiteral("Content-Type"), jsonContentType);
    return response;
}

SandboxResponse SandboxResponse::jsonList(QByteArrayView listKey, const QList<QByteArray> &items,
                                          QByteArrayView restKey, const QByteArray &rest)
{
    Q_ASSERT(listKey < restKey);
    qsizetype size = listKey.size() + restKey.size() + rest.size() + 16;
    for (const QByteArray &item : items)
        size += item.size() + 1;
    SandboxResponse response = serialisedJson(200, QByteArray());
    response.body.reserve(size);
    response.body.append("{\"").append(listKey).append("\":[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            response.body.append(',');
        response.body.append(items.at(i));
    }
    response.body.append("],\"").append(restKey).append("\":").append(rest).append('}');
    return response;
}

SandboxResponse SandboxResponse::data(const QJsonObject &value, int status)
{
    return json(status, QJsonObject{{QStringLiteral("data"), value}});
}

SandboxResponse SandboxResponse::data(const QJsonArray &value, int status)
{
    return json(status, QJsonObject{{QStringLiteral("data"), value}});
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse response;
    response.status = status;
    return response;
}

SandboxResponse SandboxResponse::text(int status, const QByteArray &body)
{
    SandboxResponse response;
    response.status = status;
    response.body = body;
    response.setHeader(QByteArrayLiteral("Content-Type"),
                       QByteArrayLiteral("text/plain; charset=utf-8"));
    return response;
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QJsonObject SandboxResponse::object() const
{
    return QJsonDocument::fromJson(body).object();
}
