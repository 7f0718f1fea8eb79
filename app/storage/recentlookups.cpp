#include "recentlookups.h"

#include <QSettings>

RecentLookups::RecentLookups(const QString &profileId)
    : m_profileId(profileId)
{}

QString RecentLookups::key(const char *name) const
{
    // Profile ids are UUIDs or "sandbox": safe as a settings group name.
    return QStringLiteral("lookup/%1/%2").arg(m_profileId, QLatin1String(name));
}

QStringList RecentLookups::numbers() const
{
    QStringList numbers = QSettings().value(key("recent")).toStringList();
    numbers.removeAll(QString());
    return numbers.mid(0, maxNumbers);
}

void RecentLookups::add(const QString &number)
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList numbers = this->numbers();
    numbers.removeAll(trimmed);
    numbers.prepend(trimmed);
    QSettings().setValue(key("recent"), numbers.mid(0, maxNumbers));
}

void RecentLookups::clear()
{
    QSettings().remove(key("recent"));
}

QString RecentLookups::rcsAgentId() const
{
    return QSettings().value(key("rcsAgent")).toString();
}

void RecentLookups::setRcsAgentId(const QString &agentId)
{
    QSettings().setValue(key("rcsAgent"), agentId);
}
