#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One field of a partial update (PATCH) body. The wire has three meanings: the key is absent
// (leave the stored value alone), the key is null (clear it), or the key holds a value.
struct PatchString
{
    enum class Action { Keep, Set, Clear };

    Action action = Action::Keep;
    QString value; // meaningful only when action == Set

    static PatchString keep() { return {}; }
    static PatchString set(const QString &text) { return {Action::Set, text}; }
    static PatchString clear() { return {Action::Clear, {}}; }

    bool operator==(const PatchString &) const = default;
};

// Writers that mirror JsonRead, so optional and tri-state fields are emitted one way.
namespace JsonWrite {

// Inserts the value when set; leaves the key out otherwise.
void insertOptional(QJsonObject &object, const QString &key, const std::optional<QString> &value);
void insertOptional(QJsonObject &object, const QString &key, const std::optional<bool> &value);
void insertOptional(QJsonObject &object, const QString &key, const std::optional<double> &value);

// Inserts a string when it is not null, JSON null when it is (for `string | null` fields).
void insertNullable(QJsonObject &object, const QString &key, const QString &value);

// Inserts only when the string is not empty.
void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value);

// Keep: key left out; Clear: JSON null; Set: the string.
void insertPatch(QJsonObject &object, const QString &key, const PatchString &patch);

// ISO-8601 UTC with milliseconds and "Z"; leaves the key out for an invalid date-time.
void insertDateTime(QJsonObject &object, const QString &key, const QDateTime &value);
QString formatDateTime(const QDateTime &value);

QJsonArray stringArray(const QStringList &values);

// `["a", "b"]` -> `[{"<field>": "a"}, {"<field>": "b"}]`
QJsonArray wrappedStringArray(const QStringList &values, const QString &field);

} // namespace JsonWrite

namespace JsonRead {
// Absent or wrong type: Keep; null: Clear; string: Set.
PatchString patchString(const QJsonObject &object, QStringView key);
} // namespace JsonRead

Q_DECLARE_METATYPE(PatchString)
