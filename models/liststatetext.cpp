#include "liststatetext.h"

QString ListStateText::text() const
{
    if (phase == Phase::Failed)
        return noun.isEmpty() ? error : tr("Could not load %1.\n%2").arg(noun, error);
    const int shown = shownRows < 0 ? rows : shownRows;
    if (shown > 0)
        return {};
    if (phase == Phase::Working) {
        if (!workingText.isEmpty())
            return workingText;
        return noun.isEmpty() ? tr("Loading…") : tr("Loading %1…").arg(noun);
    }
    if (rows > 0) {
        const QString what = noun.isEmpty() ? tr("records") : noun;
        return filterText.isEmpty() ? tr("No %1 match this filter.").arg(what)
                                    : tr("No %1 match “%2”.").arg(what, filterText);
    }
    if (phase == Phase::Done)
        return noun.isEmpty() ? tr("No records.") : tr("There are no %1 yet.").arg(noun);
    return idleText;
}
