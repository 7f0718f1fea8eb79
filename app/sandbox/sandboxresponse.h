#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP answer of the sandbox logic; the server turns it into bytes on the socket.
struct SandboxResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Fault injection: wait this long before answering, or close the connection instead.
    int delayMs = 0;
    bool drop = false;

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse json(int status, const QJsonArray &array);
    // {"data": value}
    static SandboxResponse data(const QJsonObject &value, int status = 200);
    static SandboxResponse data(const QJsonArray &value, int status = 200);
    static SandboxResponse empty(int status);
    // A text/plain answer.
    static SandboxResponse text(int status, const QByteArray &body);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    // The body parsed as a JSON object (empty when it is not one); handy in tests.
    QJsonObject object() const;
};
