#pragma once

#include "sandbox/sandboxrequest.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

// Counts and remembers the /v2 requests the sandbox received (control: /_sandbox/requests).
class SandboxRequestLog
{
public:
    static constexpr qsizetype maximumEntries = 2000;

    // Bodies are kept only when asked (--log-bodies): they hold what users typed.
    void setKeepBodies(bool keep) { m_keepBodies = keep; }
    // Records a request; the status is filled in by finish() once it is known.
    void record(const SandboxRequest &request, qint64 atMs);
    void finish(int status);
    // {"counts": {"GET /v2/...": n}, "total": n, "log": [...]} (log oldest first).
    QJsonObject toJson() const;
    void clear();
    qint64 total() const { return m_total; }
    int count(const QString &key) const { return m_counts.value(key); }

private:
    QMap<QString, int> m_counts;
    QList<QJsonObject> m_entries;
    qint64 m_total = 0;
    bool m_keepBodies = false;
};
