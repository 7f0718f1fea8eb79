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
    // An answer whose JSON is already serialised (SandboxCachedJson).
    static SandboxResponse serialisedJson(int status, const QByteArray &json);
    // A 200 list answer written from records already serialised (SandboxCachedJson):
    // {"<listKey>":[item,...],"<restKey>":rest}, where rest is serialised JSON too. The members
    // come in the order QJsonDocument writes them, so listKey must sort before restKey
    // ("records" / "total_records", "data" / "meta").
    static SandboxResponse jsonList(QByteArrayView listKey, const QList<QByteArray> &items,
                                    QByteArrayView restKey, const QByteArray &rest);
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
