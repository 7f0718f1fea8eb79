#include "activity.h"

#include "domain/enumtable_p.h"

using namespace Qt::StringLiterals;

QString ActivityNote::excerpt(const QString &text, qsizetype limit)
{
    const QString line = text.simplified();
    if (line.size() <= limit)
        return line;
    return line.left(limit) + u'…';
}

namespace {

using DomainEnums::Entry;

constexpr Entry<ActivityOutcome> outcomes[] = {
    {ActivityOutcome::InProgress, "in_progress", QT_TRANSLATE_NOOP("Domain", "In progress")},
    {ActivityOutcome::Done, "done", QT_TRANSLATE_NOOP("Domain", "Done")},
    {ActivityOutcome::Failed, "failed", QT_TRANSLATE_NOOP("Domain", "Failed")},
    {ActivityOutcome::Unknown, "unknown",
     QT_TRANSLATE_NOOP("Domain", "Unknown: may have been done")},
};

} // namespace

QString activityOutcomeName(ActivityOutcome outcome)
{
    return DomainEnums::wire(outcomes, outcome);
}

ActivityOutcome activityOutcomeFromName(const QString &name)
{
    return DomainEnums::fromWire(outcomes, name, ActivityOutcome::Unknown);
}

QString activityOutcomeLabel(ActivityOutcome outcome)
{
    return DomainEnums::label(outcomes, outcome, "Unknown: may have been done");
}

QString ActivityEntry::targetText() const
{
    QStringList parts = note.phoneNumbers;
    if (!note.recordId.isEmpty())
        parts.append(note.recordId);
    for (const QString &other : note.ids) {
        if (!parts.contains(other))
            parts.append(other);
    }
    return parts.join(u", "_s);
}
