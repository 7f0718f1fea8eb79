#pragma once

#include "sandbox/sandboxerrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A misbehaviour the next matching /v2 request(s) will meet.
struct SandboxFault
{
    enum class Kind {
        Delay,
        Status,
        Malformed,
        Drop,
        RepeatPage, // a list answers an earlier page again (records shift while paging)
        Totals,     // a list answers its page with inflated totals
    };

    int id = 0;
    QString method; // "GET", ... or "*"
    QString path;   // exact, or a prefix when it ends with '*'
    Kind kind = Kind::Status;
    int status = 500;
    double retryAfterSeconds = -1; // Retry-After header when >= 0
    qint64 retryAfterMs = -1;      // retry-after-ms header when >= 0
    int delayMs = 1000;
    QJsonObject headers; // extra response headers
    QJsonObject body;    // status: this JSON object as the answer, instead of an errors body
    int count = 1;       // times to fire; 0 = until cleared
    int skip = 0;        // matching requests to let through before the first firing
    int fired = 0;
    bool afterProcessing = false; // drop: handle the request first, then close
    int pageShift = 1;            // repeat_page: how many pages back
    double total = 2e9;           // totals: total_pages, total_results and total_records

    bool matches(const QString &requestMethod, const QString &requestPath) const;
    QJsonObject toJson() const;
};

// The list of armed faults (control surface: /_sandbox/faults).
class SandboxFaults
{
public:
    // Arms a fault described as in app/sandbox/README.md; false (and errors) on bad input.
    bool add(const QJsonObject &description, SandboxFault *added, SandboxErrors *errors);
    // The first armed fault matching the request, counted as fired (and disarmed when spent).
    std::optional<SandboxFault> take(const QString &method, const QString &path);
    QJsonArray toJson() const;
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }

private:
    QList<SandboxFault> m_faults;
    int m_nextId = 1;
};
