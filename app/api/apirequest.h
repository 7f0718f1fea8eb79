#pragma once

#include "domain/activity.h"
#include "pagination.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

// One part of a multipart/form-data upload.
struct MultipartPart
{
    QByteArray name;        // form field: "loa", "bill"
    QString fileName;       // shown to the server as the file's name
    QByteArray contentType; // "application/pdf"
    QByteArray data;

    bool operator==(const MultipartPart &) const = default;
};

// One request as plain data: everything that goes on the wire except the connection's own
// headers (Authorization, User-Agent, x-retry-count), which ApiClient adds when it sends it.
// Endpoints build these without any network, so a unit test can read each one whole.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // relative to the base URL, segments already encoded: "/messaging_url_domains"
    QUrlQuery query;
    QByteArray body;            // encoded JSON, or empty
    QByteArray contentType;     // of `body`
    QList<MultipartPart> parts; // multipart/form-data instead of `body`
    // False: sent with Accept: */*, and any 2xx is success whatever its body (the TFV delete).
    bool readsAnswer = true;
    // True: a 2xx answer's body is kept unread for ApiCall::takeBody() (the Pager reads list
    // pages on a worker thread) instead of being parsed on the GUI thread.
    bool keepsBody = false;
    // A write the console records in its activity log (ApiClient::writeStarted): what it is
    // about, filled by the endpoint's request builder. Reads carry none.
    std::optional<ActivityNote> activity;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    // `body` null or undefined: no body at all (the test-number invite PUT).
    static ApiRequest json(const QByteArray &method, const QString &path, const QJsonValue &body);
    static ApiRequest remove(const QString &path);
    static ApiRequest multipart(const QString &path, const QList<MultipartPart> &parts);
    // One path segment, percent-encoded (ids, phone numbers with '+').
    static QString segment(const QString &value);

    // This request, recorded in the activity log as `note` says.
    ApiRequest noted(ActivityNote note) const;

    // This request with the page parameters of `shape` added to its query.
    ApiRequest page(PageShape shape, int pageNumber, int pageSize) const;

    QByteArray accept() const { return readsAnswer ? "application/json" : "*/*"; }
    // Creates, uploads, sends, the invite: never resent blindly (ApiError::isSentAtMostOnce).
    bool isSentAtMostOnce() const;
    // Every character but RFC 3986's unreserved ones percent-encoded, as the official SDK sends
    // queries: QUrlQuery leaves '+' as is, which servers decoding form data read as a space.
    QString encodedQuery() const;
    QUrl url(const QUrl &baseUrl) const;
    // The bytes to send and their Content-Type. Multipart gets a fresh boundary each call.
    QByteArray encodedBody(QByteArray *contentType) const;
};

// Turns the JSON of a successful answer into a domain value. nullopt with a non-empty *error
// makes the call fail with ApiError::Kind::Parse (a GET) or Kind::AcceptedUnreadable (a write,
// which the 2xx says was done). nullopt without an error is an answer without the record (an
// optional `data` left out).
template<typename T>
using AnswerParser = std::function<std::optional<T>(const QJsonDocument &document, QString *error)>;

// A request and how to read its answer: what every endpoint method of the API classes builds.
// ApiClient::send() turns it into an ApiCallOf<T>, whose result is a T.
template<typename T> struct ApiRequestOf
{
    using Result = T;
    ApiRequest wire;
    AnswerParser<T> parse;
};
