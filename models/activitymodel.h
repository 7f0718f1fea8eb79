#pragma once

#include "domain/activity.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The activity log's entries as rows, newest last (the view sorts): the one writer of its rows
// is whoever follows the log (ActivityLog's entryAdded, entryChanged, entriesReset; the dialog
// connects them). Roles as PagedListModel's, so ListFilterProxy filters and sorts it: StatusRole
// is the outcome's name ("done", "failed", "unknown", "in_progress"), IdRole the entry id.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Profile, User, Action, Target, Outcome, Details, RequestId, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        AreaRole = Qt::UserRole + 96, // ActivityNote::area (past TableExport::ExportTextRole)
        RecordIdRole,                 // the record the row opens
        ProfileRole,                  // the profile's name (the id when it has none)
        ActionRole,
        EntryRole, // QVariant of the ActivityEntry
    };

    explicit ActivityModel(QObject *parent = nullptr);

    void setEntries(const QList<ActivityEntry> &entries);
    // Adds the entry, or changes its row when one has its id.
    void upsertEntry(const ActivityEntry &entry);
    ActivityEntry entryAt(int row) const { return m_entries.value(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // The profiles and actions of the rows, sorted, for the filters' choices.
    QStringList profiles() const;
    QStringList actions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const ActivityEntry &entry, int column) const;
    static QString searchText(const ActivityEntry &entry);

    QList<ActivityEntry> m_entries;
    QStringList m_searchTexts; // by row, lower case
    QHash<QString, int> m_rowById;
};
