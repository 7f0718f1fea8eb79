#include "compactrecord.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMutex>
#include <QReadWriteLock>
#include <QSet>

#include <cmath>
#include <cstring>
#include <simdjson.h>

namespace dom = simdjson::dom;

namespace {

enum Tag : char {
    NullTag,
    FalseTag,
    TrueTag,
    NumberTag,     // 8 bytes of a double
    IntegerTag,    // zigzag varint: a whole number as Qt's JSON keeps it (64 bits exact)
    TextTag,       // varint length, UTF-8
    SharedTextTag, // varint index into the shared table
    ArrayTag,      // varint count, values
    ObjectTag,     // varint count, (key, value) pairs; a key is a text or shared text
};

// Texts longer than this are never shared: long texts that repeat are rare.
constexpr qsizetype longestShared = 1024;
// A key's first values decide whether its values are shared: after this many, a key whose
// values repeated less than one time in `rarestRepeat` (ids, timestamps, e-mail addresses)
// keeps them inline. Values drawn from a few thousand (business names, canned messages) repeat
// more often than that even among the first ones.
constexpr quint32 valuesToDecide = 2048;
constexpr quint32 rarestRepeat = 32;

// The table of shared texts (keys and repeated values), for the whole process. Entries are
// never removed: the adaptive rule keeps it to the values that do repeat.
class SharedTexts
{
public:
    // Never destroyed: page readers on worker threads use it, and none may find it gone while
    // the program exits.
    static SharedTexts &instance()
    {
        static auto *texts = new SharedTexts;
        return *texts;
    }

    QReadWriteLock lock;

    // Under the write lock.
    quint32 indexOf(const char *data, qsizetype size)
    {
        const QByteArray key = QByteArray::fromRawData(data, size);
        if (const auto found = m_index.constFind(key); found != m_index.cend())
            return found.value();
        const auto index = quint32(m_texts.size());
        m_texts.append(QByteArray(data, size));
        m_index.insert(m_texts.last(), index);
        return index;
    }
    // Under the write lock: whether the values of the key at `keyIndex` are worth sharing,
    // given the one at hand is; counts a lookup when they are still being decided.
    bool shares(quint32 keyIndex, const char *data, qsizetype size, quint32 *index)
    {
        Stats &stats = m_stats[keyIndex];
        if (stats.inline_ || size > longestShared)
            return false;
        const QByteArray key = QByteArray::fromRawData(data, size);
        const auto found = m_index.constFind(key);
        ++stats.seen;
        if (found != m_index.cend())
            ++stats.hits;
        if (stats.seen >= valuesToDecide && stats.hits * rarestRepeat < stats.seen) {
            stats.inline_ = true; // ... and a key whose values mostly differ keeps them inline
            if (found == m_index.cend())
                return false;
        }
        *index = found != m_index.cend() ? found.value() : indexOf(data, size);
        return true;
    }
    // Under the read lock.
    const QByteArray &text(quint32 index) const { return m_texts.at(index); }
    qsizetype size() const { return m_texts.size(); }

private:
    struct Stats
    {
        quint32 seen = 0;
        quint32 hits = 0;
        bool inline_ = false;
    };
    QList<QByteArray> m_texts;
    QHash<QByteArray, quint32> m_index;
    QHash<quint32, Stats> m_stats;
};

class Writer
{
public:
    Writer()
        : m_texts(SharedTexts::instance())
        , m_locker(&m_texts.lock)
    {
        m_out.reserve(1024);
    }

    void count(quint64 value)
    {
        while (value >= 0x80) {
            m_out.append(char(value | 0x80));
            value >>= 7;
        }
        m_out.append(char(value));
    }
    void number(double value)
    {
        m_out.append(NumberTag);
        char bytes[sizeof value];
        std::memcpy(bytes, &value, sizeof value);
        m_out.append(bytes, sizeof value);
    }
    void integer(qint64 value)
    {
        m_out.append(IntegerTag);
        count((quint64(value) << 1) ^ quint64(value >> 63));
    }
    void key(const char *data, qsizetype size)
    {
        m_out.append(SharedTextTag);
        count(m_keyIndex = m_texts.indexOf(data, size));
    }
    void text(const char *data, qsizetype size, bool isValueOfKey)
    {
        quint32 index = 0;
        if (isValueOfKey && m_texts.shares(m_keyIndex, data, size, &index)) {
            m_out.append(SharedTextTag);
            count(index);
            return;
        }
        m_out.append(TextTag);
        count(quint64(size));
        m_out.append(data, size);
    }
    void tag(Tag value) { m_out.append(value); }

    void element(const dom::element &value, bool isValueOfKey)
    {
        switch (value.type()) {
        case dom::element_type::ARRAY: {
            const dom::array array = value.get_array().value_unsafe();
            tag(ArrayTag);
            count(array.size());
            for (const dom::element item : array)
                element(item, false);
            break;
        }
        case dom::element_type::OBJECT: {
            const dom::object object = value.get_object().value_unsafe();
            tag(ObjectTag);
            count(object.size());
            for (const dom::key_value_pair field : object) {
                key(field.key.data(), qsizetype(field.key.size()));
                element(field.value, true);
            }
            break;
        }
        case dom::element_type::INT64:
            integer(value.get_int64().value_unsafe());
            break;
        case dom::element_type::UINT64: // above 2^63: Qt keeps a double
            number(double(value.get_uint64().value_unsafe()));
            break;
        case dom::element_type::DOUBLE:
            number(value.get_double().value_unsafe());
            break;
        case dom::element_type::STRING: {
            const std::string_view view = value.get_string().value_unsafe();
            text(view.data(), qsizetype(view.size()), isValueOfKey);
            break;
        }
        case dom::element_type::BOOL:
            tag(value.get_bool().value_unsafe() ? TrueTag : FalseTag);
            break;
        case dom::element_type::NULL_VALUE:
            tag(NullTag);
            break;
        }
    }

    void json(const QJsonValue &value, bool isValueOfKey)
    {
        switch (value.type()) {
        case QJsonValue::Array: {
            const QJsonArray array = value.toArray();
            tag(ArrayTag);
            count(quint64(array.size()));
            for (const QJsonValue &item : array)
                json(item, false);
            break;
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            tag(ObjectTag);
            count(quint64(object.size()));
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QByteArray name = it.key().toUtf8();
                key(name.constData(), name.size());
                json(it.value(), true);
            }
            break;
        }
        case QJsonValue::Double:
            if (const double asDouble = value.toDouble();
                value.toInteger(0) != 0 || (asDouble == 0 && !std::signbit(asDouble)))
                integer(value.toInteger());
            else
                number(asDouble);
            break;
        case QJsonValue::String: {
            const QByteArray utf8 = value.toString().toUtf8();
            text(utf8.constData(), utf8.size(), isValueOfKey);
            break;
        }
        case QJsonValue::Bool:
            tag(value.toBool() ? TrueTag : FalseTag);
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            tag(NullTag);
            break;
        }
    }

    QByteArray take()
    {
        m_out.squeeze();
        return std::move(m_out);
    }

private:
    SharedTexts &m_texts;
    QWriteLocker m_locker;
    QByteArray m_out;
    quint32 m_keyIndex = 0;
};

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_texts(SharedTexts::instance())
        , m_locker(&m_texts.lock)
        , m_at(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {}

    QJsonValue value()
    {
        if (m_at >= m_end)
            return {};
        switch (Tag(*m_at++)) {
        case NullTag:
            return QJsonValue(QJsonValue::Null);
        case FalseTag:
            return false;
        case TrueTag:
            return true;
        case NumberTag: {
            double number = 0;
            if (m_end - m_at < qsizetype(sizeof number))
                return {};
            std::memcpy(&number, m_at, sizeof number);
            m_at += sizeof number;
            return number;
        }
        case IntegerTag: {
            const quint64 zigzag = count();
            return qint64((zigzag >> 1) ^ (~(zigzag & 1) + 1));
        }
        case TextTag:
        case SharedTextTag:
            --m_at;
            return text();
        case ArrayTag: {
            QJsonArray array;
            for (quint64 items = count(); items > 0 && m_at < m_end; --items)
                array.append(value());
            return array;
        }
        case ObjectTag: {
            QJsonObject object;
            for (quint64 fields = count(); fields > 0 && m_at < m_end; --fields) {
                const QString name = text();
                object.insert(name, value());
            }
            return object;
        }
        }
        return {};
    }

private:
    quint64 count()
    {
        quint64 value = 0;
        for (int shift = 0; m_at < m_end && shift < 64; shift += 7) {
            const auto byte = quint8(*m_at++);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
        }
        return value;
    }
    QString text()
    {
        if (m_at >= m_end)
            return {};
        if (Tag(*m_at++) == SharedTextTag) {
            const quint64 index = count();
            return index < quint64(m_texts.size()) ? QString::fromUtf8(m_texts.text(quint32(index)))
                                                   : QString();
        }
        const auto size = qsizetype(qMin<quint64>(count(), quint64(m_end - m_at)));
        const QString result = QString::fromUtf8(m_at, size);
        m_at += size;
        return result;
    }

    SharedTexts &m_texts;
    QReadLocker m_locker;
    const char *m_at;
    const char *m_end;
};

} // namespace

CompactRecord CompactRecord::fromJson(const QJsonObject &object)
{
    Writer writer;
    writer.json(object, false);
    CompactRecord record;
    record.m_bytes = writer.take();
    return record;
}

CompactRecord CompactRecord::fromElement(const dom::element &object)
{
    Writer writer;
    writer.element(object, false);
    CompactRecord record;
    record.m_bytes = writer.take();
    return record;
}

QJsonObject CompactRecord::toJson() const
{
    if (m_bytes.isEmpty())
        return {};
    return Reader(m_bytes).value().toObject();
}

QString CompactRecord::sharedText(const QString &text)
{
    // Bounded: a server that never repeats itself does not grow it for ever.
    constexpr qsizetype mostTexts = 4096;
    // Never destroyed: page readers on worker threads call this, and none may find it gone
    // while the program exits.
    static auto *mutex = new QMutex;
    static auto *texts = new QSet<QString>;
    if (text.isEmpty() || text.size() > 64)
        return text;
    const QMutexLocker locker(mutex);
    if (const auto found = texts->constFind(text); found != texts->cend())
        return *found;
    if (texts->size() < mostTexts)
        texts->insert(text);
    return text;
}
