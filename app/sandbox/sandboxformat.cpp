#include "sandbox/sandboxformat.h"

#include <QUrl>

namespace SandboxFormat {

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool parseIsoTime(const QString &text, bool endOfDay, qint64 *msSinceEpoch)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return false;
        QDateTime moment(date, endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0), Qt::UTC);
        *msSinceEpoch = moment.toMSecsSinceEpoch();
        return true;
    }
    QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!moment.isValid())
        return false;
    if (moment.timeSpec() == Qt::LocalTime)
        moment = QDateTime(moment.date(), moment.time(), Qt::UTC);
    *msSinceEpoch = moment.toMSecsSinceEpoch();
    return true;
}

quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    const QByteArray bytes = text.toUtf8();
    for (const char byte : bytes) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 16777619u;
    }
    return hash;
}

QString percentEncode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace SandboxFormat
