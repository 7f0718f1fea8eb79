#include "sandbox/sandboxrequestlog.h"

#include "sandbox/sandboxformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

void SandboxRequestLog::record(const SandboxRequest &request, qint64 atMs)
{
    const QString path = request.decodedPath();
    ++m_counts[request.method + QLatin1Char(' ') + path];
    ++m_total;
    const QByteArray contentType = request.header("Content-Type");
    QJsonValue body;
    if (m_keepBodies && (contentType.toLower().contains("json") || contentType.isEmpty())) {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        if (document.isObject())
            body = document.object();
        else if (document.isArray())
            body = document.array();
    }
    m_entries.append(QJsonObject{{u"method"_s, request.method},
                                 {u"path"_s, path},
                                 {u"query"_s, request.query.toString(QUrl::FullyDecoded)},
                                 {u"content_type"_s, QString::fromLatin1(contentType)},
                                 {u"body"_s, body},
                                 {u"body_size"_s, double(request.body.size())},
                                 {u"at"_s, SandboxFormat::isoTime(atMs)},
                                 {u"status"_s, QJsonValue()}});
    if (m_entries.size() > maximumEntries)
        m_entries.removeFirst();
}

void SandboxRequestLog::finish(int status)
{
    if (!m_entries.isEmpty())
        m_entries.last().insert(u"status"_s, status);
}

QJsonObject SandboxRequestLog::toJson() const
{
    QJsonObject counts;
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray log;
    for (const QJsonObject &entry : m_entries)
        log.append(entry);
    return QJsonObject{{u"counts"_s, counts}, {u"total"_s, double(m_total)}, {u"log"_s, log}};
}

void SandboxRequestLog::clear()
{
    m_counts.clear();
    m_entries.clear();
    m_total = 0;
}
