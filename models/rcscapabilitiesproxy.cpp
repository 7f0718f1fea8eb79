#include "rcscapabilitiesproxy.h"

#include "rcscapabilitiesmodel.h"

RcsCapabilitiesProxy::RcsCapabilitiesProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RcsCapabilitiesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RcsCapabilitiesProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void RcsCapabilitiesProxy::setOutcomeFilter(OutcomeFilter filter)
{
    if (filter == m_outcome)
        return;
    m_outcome = filter;
    invalidateFilter();
}

bool RcsCapabilitiesProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_outcome != OutcomeFilter::All) {
        using Outcome = RcsCapabilitiesModel::Outcome;
        const auto outcome = Outcome(index.data(RcsCapabilitiesModel::OutcomeRole).toInt());
        const Outcome wanted = m_outcome == OutcomeFilter::RcsOnly  ? Outcome::Capable
                               : m_outcome == OutcomeFilter::NotRcs ? Outcome::NotCapable
                                                                    : Outcome::Failed;
        if (outcome != wanted)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(RcsCapabilitiesModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}
