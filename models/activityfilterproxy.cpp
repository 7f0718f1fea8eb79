#include "activityfilterproxy.h"

#include "activitymodel.h"

ActivityFilterProxy::ActivityFilterProxy(QObject *parent)
    : ListFilterProxy(parent)
{}

void ActivityFilterProxy::setProfileFilter(const QString &profile)
{
    if (m_profile == profile)
        return;
    m_profile = profile;
    invalidate();
}

void ActivityFilterProxy::setActionFilter(const QString &action)
{
    if (m_action == action)
        return;
    m_action = action;
    invalidate();
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_profile.isEmpty() && index.data(ActivityModel::ProfileRole).toString() != m_profile)
        return false;
    if (!m_action.isEmpty() && index.data(ActivityModel::ActionRole).toString() != m_action)
        return false;
    return ListFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}
