#include "domain/jsonread.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace JsonRead {

QString string(const QJsonObject &object, QStringView key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : fallback;
}

std::optional<QString> optionalString(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return std::nullopt;
    }
    return value.toString();
}

bool boolean(const QJsonObject &object, QStringView key, bool fallback)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

std::optional<bool> optionalBoolean(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        return std::nullopt;
    }
    return value.toBool();
}

qint64 integer(const QJsonObject &object, QStringView key, qint64 fallback)
{
    const QJsonValue value = object.value(key);
    // toInteger() already gives the fallback for fractions and out-of-range values.
    return value.isDouble() ? value.toInteger(fallback) : fallback;
}

double number(const QJsonObject &object, QStringView key, double fallback)
{
    return optionalNumber(object, key).value_or(fallback);
}

std::optional<double> optionalNumber(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        return std::nullopt;
    }
    return value.toDouble();
}

QJsonObject object(const QJsonObject &object, QStringView key)
{
    return object.value(key).toObject();
}

QStringList stringList(const QJsonObject &object, QStringView key)
{
    QStringList result;
    const QJsonArray array = object.value(key).toArray();
    for (const QJsonValue &element : array) {
        if (element.isString()) {
            result.append(element.toString());
        }
    }
    return result;
}

QList<QJsonObject> objectArray(const QJsonObject &object, QStringView key)
{
    QList<QJsonObject> result;
    const QJsonArray array = object.value(key).toArray();
    for (const QJsonValue &element : array) {
        if (element.isObject()) {
            result.append(element.toObject());
        }
    }
    return result;
}

QStringList wrappedStringList(const QJsonObject &object, QStringView key, QStringView field)
{
    QStringList result;
    const QJsonArray array = object.value(key).toArray();
    for (const QJsonValue &element : array) {
        if (element.isString()) {
            result.append(element.toString());
        } else if (element.isObject()) {
            const QJsonValue inner = element.toObject().value(field);
            if (inner.isString()) {
                result.append(inner.toString());
            }
        }
    }
    return result;
}

QDateTime dateTime(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? parseDateTime(value.toString()) : QDateTime();
}

QDateTime parseDateTime(const QString &text)
{
    // Real timestamps are short; refusing long input keeps a hostile value cheap.
    constexpr qsizetype longestTimestamp = 64;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > longestTimestamp) {
        return {};
    }
    QString normalized = trimmed;
    if (normalized.size() > 10 && normalized.at(10) == u' ') {
        normalized[10] = u'T';
    }
    const QDateTime parsed = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return {};
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    }
    return parsed;
}

} // namespace JsonRead
