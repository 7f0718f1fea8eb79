#include "activitymodel.h"

#include "pagedlistmodel.h"
#include "plaintooltip.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString profileOf(const ActivityEntry &entry)
{
    return entry.profileName.isEmpty() ? entry.profileId : entry.profileName;
}

QStringList sortedUnique(QStringList list)
{
    list.removeAll(QString());
    list.removeDuplicates();
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ActivityModel::searchText(const ActivityEntry &entry)
{
    return QStringList{
        profileOf(entry),  entry.osUser, entry.note.action, entry.targetText(),
        entry.note.detail, entry.error,  entry.requestId,   activityOutcomeLabel(entry.outcome)}
        .join(u' ')
        .toLower();
}

void ActivityModel::setEntries(const QList<ActivityEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_searchTexts.clear();
    m_rowById.clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        m_searchTexts.append(searchText(m_entries.at(row)));
        m_rowById.insert(m_entries.at(row).id, row);
    }
    endResetModel();
}

void ActivityModel::upsertEntry(const ActivityEntry &entry)
{
    const int row = rowOf(entry.id);
    if (row >= 0) {
        m_entries[row] = entry;
        m_searchTexts[row] = searchText(entry);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int last = int(m_entries.size());
    beginInsertRows({}, last, last);
    m_entries.append(entry);
    m_searchTexts.append(searchText(entry));
    m_rowById.insert(entry.id, last);
    endInsertRows();
}

QStringList ActivityModel::profiles() const
{
    QStringList list;
    for (const ActivityEntry &entry : m_entries)
        list.append(profileOf(entry));
    return sortedUnique(list);
}

QStringList ActivityModel::actions() const
{
    QStringList list;
    for (const ActivityEntry &entry : m_entries)
        list.append(entry.note.action);
    return sortedUnique(list);
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::displayText(const ActivityEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return QLocale().toString(entry.startedAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case Profile:
        return profileOf(entry);
    case User:
        return entry.osUser;
    case Action:
        return entry.note.action;
    case Target:
        return entry.targetText();
    case Outcome:
        return activityOutcomeLabel(entry.outcome);
    case Details:
        return entry.error.isEmpty() ? entry.note.detail : entry.error;
    case RequestId:
        return entry.requestId;
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        return PlainText::toolTip(displayText(entry, index.column()));
    case PagedListModel::RawValueRole:
        if (index.column() == Time)
            return entry.startedAt;
        return displayText(entry, index.column());
    case PagedListModel::StatusRole:
        return activityOutcomeName(entry.outcome);
    case PagedListModel::IdRole:
        return entry.id;
    case PagedListModel::SearchTextRole:
        return m_searchTexts.at(index.row());
    case AreaRole:
        return entry.note.area;
    case RecordIdRole:
        return entry.note.recordId;
    case ProfileRole:
        return profileOf(entry);
    case ActionRole:
        return entry.note.action;
    case EntryRole:
        return QVariant::fromValue(entry);
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Outcome");
    case Details:
        return tr("Details");
    case RequestId:
        return tr("Request id");
    default:
        return {};
    }
}
