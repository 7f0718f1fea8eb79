#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace simdjson::dom {
class element;
}

// A record kept for RecordRole in a third of its JSON text: a compact binary form of the JSON
// value in which keys and the values that repeat across records (a status, a use case, a
// canned message) are kept once, in a table shared by every list, and referred to by number.
// Whether a key's values are shared is decided from the first values seen: a key whose values
// mostly differ (an id, a timestamp) keeps them inline and is never looked up again. Encoding
// is thread-safe (the page reader encodes on a worker); decoding gives the QJsonObject back.
class CompactRecord
{
public:
    CompactRecord() = default;
    static CompactRecord fromJson(const QJsonObject &object);
    static CompactRecord fromElement(const simdjson::dom::element &object);

    bool isNull() const { return m_bytes.isEmpty(); }
    QJsonObject toJson() const;
    qsizetype byteSize() const { return m_bytes.size(); }

    // One shared copy of a short, often repeated text (a status, a use case): rows keep
    // 24 bytes for it instead of a copy each. Thread-safe.
    static QString sharedText(const QString &text);

private:
    QByteArray m_bytes;
};
