#pragma once

#include <QString>
#include <QStringList>

// What "Find a number" remembers per profile, in the settings file: the numbers looked up
// (most recent first, at most maxNumbers, E.164) and the RCS agent last picked for it.
// Phone numbers are not secrets; the key is never here.
class RecentLookups
{
public:
    static constexpr int maxNumbers = 20;

    explicit RecentLookups(const QString &profileId);

    QStringList numbers() const;
    // Puts `number` first (moving it up when it was there) and drops the oldest past
    // maxNumbers. An empty number is ignored.
    void add(const QString &number);
    void clear();

    QString rcsAgentId() const;
    void setRcsAgentId(const QString &agentId);

private:
    QString key(const char *name) const;

    QString m_profileId;
};
