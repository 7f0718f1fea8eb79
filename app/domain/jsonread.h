#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Tolerant readers for server JSON. Every function accepts any object and any key: a missing
// key, a null or a value of the wrong type yields the fallback, never an assertion. The
// domain types use nothing else to read JSON, so a malformed reply degrades to empty fields.
namespace JsonRead {

// A string value; anything else (number, bool, null, array, object, missing) gives fallback.
QString string(const QJsonObject &object, QStringView key, const QString &fallback = {});

// A string value, or std::nullopt when the key is missing, null or not a string. Used where
// the wire format says `string | null` and "not given" must stay distinct from "".
std::optional<QString> optionalString(const QJsonObject &object, QStringView key);

// A JSON boolean; anything else gives fallback (no "true" strings, no 0/1 numbers).
bool boolean(const QJsonObject &object, QStringView key, bool fallback = false);
std::optional<bool> optionalBoolean(const QJsonObject &object, QStringView key);

// A JSON number holding a whole value that fits in 64 bits; anything else gives fallback.
qint64 integer(const QJsonObject &object, QStringView key, qint64 fallback = 0);

// Any finite JSON number.
double number(const QJsonObject &object, QStringView key, double fallback = 0.0);
std::optional<double> optionalNumber(const QJsonObject &object, QStringView key);

// The object stored under key, or an empty object.
QJsonObject object(const QJsonObject &object, QStringView key);

// The string elements of an array; non-string elements are skipped.
QStringList stringList(const QJsonObject &object, QStringView key);

// The object elements of an array; non-object elements are skipped.
QList<QJsonObject> objectArray(const QJsonObject &object, QStringView key);

// Reads `[{"<field>": "..."}, ...]` into the list of field values. Plain string elements are
// accepted too, so a hand-written or older payload still reads.
QStringList wrappedStringList(const QJsonObject &object, QStringView key, QStringView field);

// ISO-8601 date-time under key (see parseDateTime); invalid QDateTime when absent or bad.
QDateTime dateTime(const QJsonObject &object, QStringView key);

// Parses ISO-8601 with or without milliseconds (extra fraction digits are truncated), with
// "Z", a numeric offset, or none; a missing offset is read as UTC because server timestamps
// are UTC. A space instead of "T" is accepted. Returns an invalid QDateTime on failure.
QDateTime parseDateTime(const QString &text);

} // namespace JsonRead
