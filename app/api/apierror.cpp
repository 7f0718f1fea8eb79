#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// The texts of this file, under the context ApiError; lupdate reads the context from here.
struct ApiErrorTexts
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

// Codes arrive as strings in the current API and as numbers in older answers.
QString codeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

ApiErrorItem itemFromObject(const QJsonObject &object)
{
    ApiErrorItem item;
    item.code = codeText(object.value(QLatin1StringView("code")));
    item.title = object.value(QLatin1StringView("title")).toString();
    item.detail = object.value(QLatin1StringView("detail")).toString();
    if (item.detail.isEmpty())
        item.detail = object.value(QLatin1StringView("description")).toString();
    if (item.detail.isEmpty())
        item.detail = object.value(QLatin1StringView("message")).toString();
    const QJsonObject source = object.value(QLatin1StringView("source")).toObject();
    item.pointer = source.value(QLatin1StringView("pointer")).toString();
    item.parameter = source.value(QLatin1StringView("parameter")).toString();
    item.meta = object.value(QLatin1StringView("meta")).toObject();
    return item;
}

// "business_zip", "businessZip" and "BusinessZip" all compare as "businesszip".
QString comparableName(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'_' && c != u'-')
            result.append(c.toLower());
    }
    return result;
}

QString knownField(QStringView name, const QStringList &knownFields)
{
    const QString wanted = comparableName(name);
    for (const QString &field : knownFields) {
        if (comparableName(field) == wanted)
            return field;
    }
    return {};
}

// "phoneNumbers[1].phoneNumber", "phone_numbers.1" or "businessZip" → a JSON pointer on the
// known field, or empty.
QString pointerFromPath(const QString &path, const QStringList &knownFields)
{
    static const QRegularExpression separators(QStringLiteral("[\\[\\]./]+"));
    const QStringList parts = path.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString field = knownField(parts.first(), knownFields);
    if (field.isEmpty())
        return {};
    QString pointer = u'/' + field;
    for (qsizetype i = 1; i < parts.size(); ++i)
        pointer += u'/' + parts.at(i);
    return pointer;
}

// The first known field named in a sentence. A name in camelCase or snake_case counts
// anywhere; a plain word ("to") only when quoted or leading the text before a colon, so that
// ordinary prose does not land on a field.
QString pointerFromText(const QString &text, const QStringList &knownFields)
{
    static const QRegularExpression names(QStringLiteral(
        "[A-Za-z][A-Za-z0-9_]*(?:(?:\\[\\d+\\]|[./]\\d+)(?:\\.[A-Za-z][A-Za-z0-9_]*)?)?"));
    static const QRegularExpression pathStart(QStringLiteral("[\\[./]"));
    static const QString quotes = QStringLiteral("'\"`\u2018\u2019\u201C\u201D");
    const QString trimmed = text.trimmed();
    auto it = names.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString path = match.captured(0);
        const qsizetype nameEnd = path.indexOf(pathStart);
        const QString name = nameEnd < 0 ? path : path.left(nameEnd);
        const qsizetype start = match.capturedStart(0);
        const qsizetype end = match.capturedEnd(0);
        const bool quoted = start > 0 && end < trimmed.size() &&
                            quotes.contains(trimmed.at(start - 1)) &&
                            quotes.contains(trimmed.at(end));
        const bool leading = start == 0 && end < trimmed.size() && trimmed.at(end) == u':';
        bool distinctive = name.contains(u'_');
        for (qsizetype i = 1; i < name.size() && !distinctive; ++i)
            distinctive = name.at(i).isUpper();
        if (!quoted && !leading && !distinctive)
            continue;
        const QString pointer = pointerFromPath(path, knownFields);
        if (!pointer.isEmpty())
            return pointer;
    }
    return {};
}

} // namespace

ApiError::ApiError(Kind kind, QString technicalDetail)
    : m_kind(kind)
    , m_technicalDetail(std::move(technicalDetail))
{}

QList<ApiErrorItem> ApiError::parseItems(const QByteArray &body)
{
    QList<ApiErrorItem> items;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return items;
    const QJsonObject root = document.object();
    const QJsonValue errors = root.value(QLatin1StringView("errors"));
    if (errors.isArray()) {
        const QJsonArray array = errors.toArray();
        for (const QJsonValue &entry : array) {
            if (entry.isObject())
                items.append(itemFromObject(entry.toObject()));
            else if (entry.isString())
                items.append({{}, entry.toString(), {}, {}, {}, {}});
        }
    } else if (errors.isObject()) {
        items.append(itemFromObject(errors.toObject()));
    } else if (root.value(QLatin1StringView("error")).isObject()) {
        items.append(itemFromObject(root.value(QLatin1StringView("error")).toObject()));
    } else if (root.contains(QLatin1StringView("message"))) {
        items.append(itemFromObject(root));
    }
    return items;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError error(Kind::Http);
    error.m_httpStatus = httpStatus;
    error.m_items = parseItems(body);
    if (error.m_items.isEmpty() && !body.isEmpty())
        error.m_technicalDetail = QString::fromUtf8(body.left(300));
    return error;
}

ApiError ApiError::redirect(int httpStatus, const QString &target)
{
    ApiError error(Kind::Http, target);
    error.m_httpStatus = httpStatus;
    return error;
}

void ApiError::setRequest(const QByteArray &method, const QString &path)
{
    m_method = method;
    m_path = path;
}

QList<ApiErrorItem> ApiError::fieldItems() const
{
    QList<ApiErrorItem> fields;
    for (const ApiErrorItem &item : m_items) {
        if (!item.pointer.isEmpty() || !item.parameter.isEmpty())
            fields.append(item);
    }
    return fields;
}

QString ApiError::resolvePointer(const ApiErrorItem &item, const QStringList &knownFields)
{
    if (!item.pointer.isEmpty())
        return item.pointer; // the server said exactly where
    if (!item.parameter.isEmpty()) {
        if (QString pointer = pointerFromPath(item.parameter, knownFields); !pointer.isEmpty())
            return pointer;
    }
    // The public TFV docs do not promise `source`: the field may only be named in words.
    if (QString pointer = pointerFromText(item.detail, knownFields); !pointer.isEmpty())
        return pointer;
    return pointerFromText(item.title, knownFields);
}

QList<ApiErrorItem> ApiError::fieldItems(const QStringList &knownFields) const
{
    QList<ApiErrorItem> fields;
    for (ApiErrorItem item : m_items) {
        item.pointer = resolvePointer(item, knownFields);
        if (!item.pointer.isEmpty())
            fields.append(item);
    }
    return fields;
}

QList<ApiErrorItem> ApiError::unplacedItems(const QStringList &knownFields) const
{
    QList<ApiErrorItem> unplaced;
    for (const ApiErrorItem &item : m_items) {
        if (resolvePointer(item, knownFields).isEmpty())
            unplaced.append(item);
    }
    return unplaced;
}

QString ApiError::detailForPointer(const QString &pointer) const
{
    for (const ApiErrorItem &item : m_items) {
        if (item.pointer == pointer || item.parameter == pointer)
            return item.detail.isEmpty() ? item.title : item.detail;
    }
    return {};
}

bool ApiError::isSafeToRetry() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::InsecureUrl:
    case Kind::Parse:
    case Kind::AcceptedUnreadable: // it was done: again would do it twice
        return false;
    case Kind::Cancelled:
        return !m_outcomeUnknown; // cancelled after its body went out: it may have been done
    case Kind::Tls:
        return true; // nothing reached the server's application layer
    case Kind::Network:
    case Kind::Timeout:
        // The server may have acted on a create before the answer was lost.
        return !isSentAtMostOnce(m_method);
    case Kind::Http:
        if (m_httpStatus == 429)
            return true;
        if (m_httpStatus >= 500)
            return !isSentAtMostOnce(m_method);
        return m_httpStatus == 408;
    }
    return false;
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (m_outcomeUnknown)
            return ApiErrorTexts::tr(
                "The connection was lost after the request was sent, so it is not known "
                "whether it was carried out. Check before sending it again.");
        return ApiErrorTexts::tr(
            "Could not reach the Telnyx API. Check the network connection and try again.");
    case Kind::Timeout:
        if (m_outcomeUnknown)
            return ApiErrorTexts::tr(
                "The Telnyx API did not answer in time after the request was sent, so it "
                "is not known whether it was carried out. Check before sending it again.");
        return ApiErrorTexts::tr("The Telnyx API did not answer in time. Try again in a moment.");
    case Kind::Tls:
        return ApiErrorTexts::tr(
                   "The secure connection to the server could not be verified (%1). The request "
                   "was not sent.")
            .arg(m_technicalDetail);
    case Kind::InsecureUrl:
        return ApiErrorTexts::tr(
            "Refusing to send the API key over plain HTTP to a remote host. Use an https:// "
            "base URL.");
    case Kind::Parse:
        return ApiErrorTexts::tr("The server sent an answer the console could not read (%1).")
            .arg(m_technicalDetail);
    case Kind::Cancelled:
        if (m_outcomeUnknown)
            return ApiErrorTexts::tr(
                "The request was cancelled after it was sent, so it is not known whether "
                "it was carried out. Check before sending it again.");
        return ApiErrorTexts::tr("The request was cancelled.");
    case Kind::AcceptedUnreadable:
        return ApiErrorTexts::tr(
                   "Telnyx accepted the request, but the console could not read the answer "
                   "(%1). It was done: do not send it again; reload the list to see the result.")
            .arg(m_technicalDetail);
    case Kind::Http:
        break;
    }

    const auto firstDetail = [this]() -> QString {
        for (const ApiErrorItem &item : m_items) {
            if (!item.detail.isEmpty())
                return item.detail;
            if (!item.title.isEmpty())
                return item.title;
        }
        return {};
    };
    const QString detail = firstDetail();
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);

    switch (m_httpStatus) {
    case 300:
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        return ApiErrorTexts::tr(
                   "The server sent the request elsewhere (HTTP %1 to %2). The console does not "
                   "follow redirects, so nothing was sent there; check the profile's base URL.")
            .arg(m_httpStatus)
            .arg(m_technicalDetail.isEmpty() ? ApiErrorTexts::tr("an address it did not give")
                                             : m_technicalDetail);
    case 400:
        return ApiErrorTexts::tr("The request was not accepted") + suffix + QLatin1Char('.');
    case 401:
        return ApiErrorTexts::tr(
            "The API key was not accepted. Check that it is correct and has not been "
            "revoked.");
    case 403:
        return ApiErrorTexts::tr(
            "This API key is not allowed to do that. Ask an account administrator for "
            "access.");
    case 404:
        return ApiErrorTexts::tr("Not found: it may have been deleted, or the ID is wrong.");
    case 408:
        return ApiErrorTexts::tr("The server timed out waiting for the request. Try again.");
    case 413:
        return ApiErrorTexts::tr("The upload is too large for the server.");
    case 422: {
        QStringList fields;
        for (const ApiErrorItem &item : m_items) {
            const QString where = !item.pointer.isEmpty() ? item.pointer : item.parameter;
            const QString what = item.detail.isEmpty() ? item.title : item.detail;
            if (!where.isEmpty())
                fields.append(
                    QStringLiteral("%1: %2").arg(where.mid(where.startsWith(u'/') ? 1 : 0), what));
            else if (!what.isEmpty())
                fields.append(what);
        }
        if (fields.isEmpty())
            return ApiErrorTexts::tr("Some fields are not valid. Check the form and try again.");
        return ApiErrorTexts::tr("Some fields need fixing: %1.")
            .arg(fields.join(QStringLiteral("; ")));
    }
    case 429:
        return ApiErrorTexts::tr(
            "Too many requests: the API is rate limiting this key. The console waits and "
            "tries again.");
    default:
        break;
    }
    if (m_httpStatus >= 500 && isSentAtMostOnce(m_method))
        // Not "try again": it may have been done before the problem (see resendAdviceFor).
        return ApiErrorTexts::tr(
                   "The Telnyx API had a problem (HTTP %1) after it received the request")
                   .arg(m_httpStatus) +
               suffix + QLatin1Char('.');
    if (m_httpStatus >= 500)
        return ApiErrorTexts::tr("The Telnyx API had a problem (HTTP %1). Try again in a moment.")
                   .arg(m_httpStatus) +
               suffix;
    return ApiErrorTexts::tr("The request failed with HTTP %1").arg(m_httpStatus) + suffix +
           QLatin1Char('.');
}
