#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// One HTTP request as the sandbox logic sees it, independent of any socket.
struct SandboxRequest
{
    QString method;  // upper case: GET, POST, ...
    QString path;    // as sent on the wire (percent-encoded), without the query
    QUrlQuery query; // the query string
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Builds a request from a target such as "/v2/things?page=2" (for tests and tools).
    static SandboxRequest make(const QString &method, const QString &target,
                               const QByteArray &body = {},
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // The path with percent-encoding removed, e.g. "/v2/x/+13125550100".
    QString decodedPath() const;
    // The path split on '/', each segment decoded; the leading empty segment dropped.
    QStringList segments() const;
    // Decoded query value for a decoded key such as "page[number]".
    QString queryValue(const QString &key) const;
    bool hasQueryItem(const QString &key) const;
    // Like queryValue(), but reads a literal '+' as a space (form encoding, as Python's
    // urlencode sends "Waiting+For+Customer"); for text filters, never for phone numbers.
    QString formValue(const QString &key) const;
};
