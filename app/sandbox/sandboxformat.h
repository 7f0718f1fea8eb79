#pragma once

#include <QDateTime>
#include <QString>

// Small formatting and parsing helpers shared by the sandbox areas.
namespace SandboxFormat {

// "2024-05-01T12:34:56.789Z"
QString isoTime(qint64 msSinceEpoch);
// Parses an ISO 8601 date or date-time (no zone means UTC). For a date alone, endOfDay
// selects 23:59:59.999 instead of midnight. Returns false when the text is not ISO 8601.
bool parseIsoTime(const QString &text, bool endOfDay, qint64 *msSinceEpoch);
// A stable 32-bit hash (FNV-1a over UTF-8), independent of Qt's per-process hash seed.
quint32 stableHash(const QString &text);
// RFC 3986 percent-encoding of everything but unreserved characters.
QString percentEncode(const QString &text);

} // namespace SandboxFormat
