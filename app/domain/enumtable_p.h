#pragma once

// Internal to app/domain: one table per enum keeps the wire value, the label and any
// explanation of a value in a single row, so the three can never drift apart.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <iterator>

namespace DomainEnums {

template<typename Enum> struct Entry
{
    Enum value;
    const char *wire;
    const char *label;
    const char *explanation = nullptr;
    const char *nextAction = nullptr;
};

// The translation context for every label in the domain layer.
inline constexpr char translationContext[] = "Domain";

inline QString translated(const char *text)
{
    return text ? QCoreApplication::translate(translationContext, text) : QString();
}

// Exact match first, then case-insensitive and trimmed; unknownValue otherwise.
template<typename Enum, std::size_t N>
Enum fromWire(const Entry<Enum> (&table)[N], const QString &text, Enum unknownValue)
{
    for (const Entry<Enum> &entry : table) {
        if (text == QLatin1StringView(entry.wire)) {
            return entry.value;
        }
    }
    const QString trimmed = text.trimmed();
    for (const Entry<Enum> &entry : table) {
        if (trimmed.compare(QLatin1StringView(entry.wire), Qt::CaseInsensitive) == 0) {
            return entry.value;
        }
    }
    return unknownValue;
}

template<typename Enum, std::size_t N>
const Entry<Enum> *find(const Entry<Enum> (&table)[N], Enum value)
{
    for (const Entry<Enum> &entry : table) {
        if (entry.value == value) {
            return &entry;
        }
    }
    return nullptr;
}

template<typename Enum, std::size_t N> QString wire(const Entry<Enum> (&table)[N], Enum value)
{
    const Entry<Enum> *entry = find(table, value);
    return entry ? QString::fromLatin1(entry->wire) : QString();
}

template<typename Enum, std::size_t N>
QString label(const Entry<Enum> (&table)[N], Enum value, const char *unknownLabel)
{
    const Entry<Enum> *entry = find(table, value);
    return translated(entry ? entry->label : unknownLabel);
}

template<typename Enum, std::size_t N>
QString explanation(const Entry<Enum> (&table)[N], Enum value)
{
    const Entry<Enum> *entry = find(table, value);
    return entry ? translated(entry->explanation) : QString();
}

template<typename Enum, std::size_t N> QString nextAction(const Entry<Enum> (&table)[N], Enum value)
{
    const Entry<Enum> *entry = find(table, value);
    return entry ? translated(entry->nextAction) : QString();
}

template<typename Enum, std::size_t N> QStringList wireValues(const Entry<Enum> (&table)[N])
{
    QStringList values;
    values.reserve(qsizetype(N));
    for (const Entry<Enum> &entry : table) {
        values.append(QString::fromLatin1(entry.wire));
    }
    return values;
}

// Label for a raw wire string: the known label, or the raw text itself so an unknown value
// from a newer server still reads as something; unknownLabel only when the text is empty.
template<typename Enum, std::size_t N>
QString labelForRaw(const Entry<Enum> (&table)[N], const QString &raw, Enum unknownValue,
                    const char *unknownLabel)
{
    const Enum value = fromWire(table, raw, unknownValue);
    if (value != unknownValue) {
        return label(table, value, unknownLabel);
    }
    // Bounded, so a hostile value cannot blow up a table cell.
    constexpr qsizetype longestLabel = 64;
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty()) {
        return translated(unknownLabel);
    }
    return trimmed.size() > longestLabel ? trimmed.left(longestLabel - 1) + QChar(0x2026) : trimmed;
}

} // namespace DomainEnums
