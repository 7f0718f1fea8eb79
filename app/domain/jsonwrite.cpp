#include "domain/jsonwrite.h"

#include <QJsonArray>
#include <QJsonValue>

namespace JsonWrite {

void insertOptional(QJsonObject &object, const QString &key, const std::optional<QString> &value)
{
    if (value) {
        object.insert(key, *value);
    }
}

void insertOptional(QJsonObject &object, const QString &key, const std::optional<bool> &value)
{
    if (value) {
        object.insert(key, *value);
    }
}

void insertOptional(QJsonObject &object, const QString &key, const std::optional<double> &value)
{
    if (value) {
        object.insert(key, *value);
    }
}

void insertNullable(QJsonObject &object, const QString &key, const QString &value)
{
    object.insert(key, value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

void insertPatch(QJsonObject &object, const QString &key, const PatchString &patch)
{
    switch (patch.action) {
    case PatchString::Action::Keep:
        break;
    case PatchString::Action::Set:
        object.insert(key, patch.value);
        break;
    case PatchString::Action::Clear:
        object.insert(key, QJsonValue(QJsonValue::Null));
        break;
    }
}

void insertDateTime(QJsonObject &object, const QString &key, const QDateTime &value)
{
    if (value.isValid()) {
        object.insert(key, formatDateTime(value));
    }
}

QString formatDateTime(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray stringArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonArray wrappedStringArray(const QStringList &values, const QString &field)
{
    QJsonArray array;
    for (const QString &value : values) {
        array.append(QJsonObject{{field, value}});
    }
    return array;
}

} // namespace JsonWrite

namespace JsonRead {

PatchString patchString(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isNull()) {
        return PatchString::clear();
    }
    if (value.isString()) {
        return PatchString::set(value.toString());
    }
    return PatchString::keep();
}

} // namespace JsonRead
