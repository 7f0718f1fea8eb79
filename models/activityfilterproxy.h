#pragma once

#include "listfilterproxy.h"

// The activity list's filters: ListFilterProxy's words (any text of the row: numbers, ids,
// errors) and outcomes (setStatusFilter with outcome names), plus one profile and one action.
class ActivityFilterProxy : public ListFilterProxy
{
    Q_OBJECT

public:
    explicit ActivityFilterProxy(QObject *parent = nullptr);

    // Empty: every profile.
    void setProfileFilter(const QString &profile);
    QString profileFilter() const { return m_profile; }
    // Empty: every action.
    void setActionFilter(const QString &action);
    QString actionFilter() const { return m_action; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_profile;
    QString m_action;
};
