#pragma once

#include "apicall.h"
#include "pagination.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// A page of typed records, with the totals the server reported (-1 when it did not).
template<typename T> struct PageOf
{
    QList<T> items;
    int totalItems = -1;
    int totalPages = -1;
};

// Parsers that turn an answer's envelope into domain values. A wrong envelope (not an object,
// "data" of the wrong type) is a Parse error; wrong types inside a record are tolerated by the
// domain types' fromJson. The SDK marks `data` optional: absent or null, an object answer is
// nullopt (see AnswerParser) and a list answer is empty.
namespace ApiParse {

// A successful answer's body as ApiCall reads it: blank is a null document (parsers take that
// as an answer without `data`), malformed JSON sets *problem.
QJsonDocument readDocument(const QByteArray &body, QString *problem);

// readDocument, then `parser`: what ApiCallOf<T> runs. Pure, so the fuzzers run the very code
// the client runs.
template<typename T>
std::optional<T> readAnswer(const QByteArray &body, const AnswerParser<T> &parser,
                            QJsonDocument *json, QString *problem)
{
    *json = readDocument(body, problem);
    if (!problem->isEmpty() || !parser)
        return std::nullopt;
    return parser(*json, problem);
}

template<typename T> QList<T> listOf(const QJsonArray &array)
{
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isObject())
            items.append(T::fromJson(value.toObject()));
    }
    return items;
}

// The whole body is the record (toll-free verification).
template<typename T> AnswerParser<T> object()
{
    return [](const QJsonDocument &document, QString *error) -> std::optional<T> {
        if (!document.isObject()) {
            *error = QStringLiteral("expected a JSON object");
            return {};
        }
        return T::fromJson(document.object());
    };
}

// {"data": {...}}
template<typename T> AnswerParser<T> dataObject()
{
    return [](const QJsonDocument &document, QString *error) -> std::optional<T> {
        if (!document.isObject() && !document.isNull()) { // null: an empty body
            *error = QStringLiteral("expected a JSON object");
            return {};
        }
        const QJsonValue data = document.object().value(QLatin1StringView("data"));
        if (data.isUndefined() || data.isNull())
            return {};
        if (!data.isObject()) {
            *error = QStringLiteral("expected {\"data\": {...}}");
            return {};
        }
        return T::fromJson(data.toObject());
    };
}

// {"data": [...]}
template<typename T> AnswerParser<QList<T>> dataArray()
{
    return [](const QJsonDocument &document, QString *error) -> std::optional<QList<T>> {
        if (!document.isObject() && !document.isNull()) { // null: an empty body
            *error = QStringLiteral("expected a JSON object");
            return {};
        }
        const QJsonValue data = document.object().value(QLatin1StringView("data"));
        if (data.isUndefined() || data.isNull())
            return QList<T>();
        if (!data.isArray()) {
            *error = QStringLiteral("expected {\"data\": [...]}");
            return {};
        }
        return listOf<T>(data.toArray());
    };
}

// One page of any of the three list shapes.
template<typename T> AnswerParser<PageOf<T>> page(PageShape shape)
{
    return [shape](const QJsonDocument &document, QString *error) -> std::optional<PageOf<T>> {
        PageContent content;
        if (!Pagination::parsePage(shape, document, &content, error))
            return {};
        PageOf<T> page;
        page.items = listOf<T>(content.items);
        page.totalItems = content.totalItems;
        page.totalPages = content.totalPages;
        return page;
    };
}

} // namespace ApiParse
