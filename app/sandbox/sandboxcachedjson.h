#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

// One record's answer JSON, serialised once (compact, exactly as QJsonDocument writes it) and
// served again until the record or what its JSON depends on changes. A list page is then the
// concatenation of these bytes (SandboxResponse::jsonList) instead of a QJsonObject per record
// serialised on every request.
//
// `stamp` (any value but 0) names what the bytes were made under, e.g. the mode and the change
// count of SandboxContext::stamp(): bytes made under another stamp are made again. clear()
// drops them when the record itself changes.
class SandboxCachedJson
{
public:
    template<typename Make> const QByteArray &bytes(quint64 stamp, Make &&make)
    {
        if (m_stamp != stamp) {
            m_bytes = QJsonDocument(make()).toJson(QJsonDocument::Compact);
            m_bytes.squeeze(); // kept for long: without the growth reserve (half as much again)
            m_stamp = stamp;
        }
        return m_bytes;
    }

    void clear()
    {
        m_bytes = QByteArray();
        m_stamp = 0;
    }

private:
    QByteArray m_bytes;
    quint64 m_stamp = 0;
};
