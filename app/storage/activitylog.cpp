#include "activitylog.h"

#include "privatefiles.h"
#include "storagelogging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The line written before the request goes out.
QJsonObject beginLine(const ActivityEntry &entry)
{
    return {{u"id"_s, entry.id},
            {u"started_at"_s, timestamp(entry.startedAt)},
            {u"profile_id"_s, entry.profileId},
            {u"profile_name"_s, entry.profileName},
            {u"os_user"_s, entry.osUser},
            {u"method"_s, QString::fromLatin1(entry.method)},
            {u"path"_s, entry.path},
            {u"action"_s, entry.note.action},
            {u"area"_s, entry.note.area},
            {u"record_id"_s, entry.note.recordId},
            {u"ids"_s, toArray(entry.note.ids)},
            {u"phone_numbers"_s, toArray(entry.note.phoneNumbers)},
            {u"detail"_s, entry.note.detail},
            // What a reader finds when no completion follows: the console stopped first.
            {u"outcome"_s, activityOutcomeName(ActivityOutcome::Unknown)}};
}

// The line written when it ended: the same id, what is new.
QJsonObject endLine(const ActivityEntry &entry)
{
    QJsonObject line{{u"id"_s, entry.id},
                     {u"ended_at"_s, timestamp(entry.endedAt)},
                     {u"outcome"_s, activityOutcomeName(entry.outcome)},
                     {u"error"_s, entry.error},
                     {u"http_status"_s, entry.httpStatus},
                     {u"request_id"_s, entry.requestId}};
    if (!entry.note.recordId.isEmpty())
        line.insert(u"record_id"_s, entry.note.recordId);
    return line;
}

ActivityEntry fromBeginLine(const QJsonObject &line)
{
    ActivityEntry entry;
    entry.id = line.value(u"id"_s).toString();
    entry.startedAt = parseTime(line.value(u"started_at"_s));
    entry.profileId = line.value(u"profile_id"_s).toString();
    entry.profileName = line.value(u"profile_name"_s).toString();
    entry.osUser = line.value(u"os_user"_s).toString();
    entry.method = line.value(u"method"_s).toString().toLatin1();
    entry.path = line.value(u"path"_s).toString();
    entry.note.action = line.value(u"action"_s).toString();
    entry.note.area = line.value(u"area"_s).toString();
    entry.note.recordId = line.value(u"record_id"_s).toString();
    entry.note.ids = toStringList(line.value(u"ids"_s));
    entry.note.phoneNumbers = toStringList(line.value(u"phone_numbers"_s));
    entry.note.detail = line.value(u"detail"_s).toString();
    entry.outcome = ActivityOutcome::Unknown;
    return entry;
}

void applyEndLine(ActivityEntry &entry, const QJsonObject &line)
{
    entry.endedAt = parseTime(line.value(u"ended_at"_s));
    entry.outcome = activityOutcomeFromName(line.value(u"outcome"_s).toString());
    entry.error = line.value(u"error"_s).toString();
    entry.httpStatus = line.value(u"http_status"_s).toInt();
    entry.requestId = line.value(u"request_id"_s).toString();
    if (const QString recordId = line.value(u"record_id"_s).toString(); !recordId.isEmpty())
        entry.note.recordId = recordId;
}

} // namespace

ActivityLog::ActivityLog(QObject *parent)
    : ActivityLog(defaultDirectory(), parent)
{}

ActivityLog::ActivityLog(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    const int stored = QSettings().value(retentionSettingsKey(), defaultRetentionDays).toInt();
    m_retentionDays = stored >= 1 ? qMin(stored, maximumRetentionDays) : defaultRetentionDays;
    reload();
}

QString ActivityLog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ActivityLog::fileName()
{
    return u"activity.jsonl"_s;
}

QString ActivityLog::retentionSettingsKey()
{
    return u"activity/retentionDays"_s;
}

QString ActivityLog::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

void ActivityLog::setRetentionDays(int days)
{
    m_retentionDays = qBound(1, days, maximumRetentionDays);
    QSettings().setValue(retentionSettingsKey(), m_retentionDays);
    prune(QDateTime::currentDateTimeUtc());
}

std::optional<ActivityEntry> ActivityLog::entry(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.cend())
        return std::nullopt;
    return m_entries.at(*found);
}

QString ActivityLog::begin(ActivityEntry entry)
{
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.startedAt.isValid())
        entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.startedAt = entry.startedAt.toUTC();
    entry.outcome = ActivityOutcome::InProgress;
    append(beginLine(entry));
    m_indexById.insert(entry.id, m_entries.size());
    m_entries.append(entry);
    Q_EMIT entryAdded(entry);
    return entry.id;
}

void ActivityLog::finish(const QString &id, ActivityOutcome outcome, const QString &error,
                         int httpStatus, const QString &requestId, const QString &recordId)
{
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.cend())
        return;
    ActivityEntry &entry = m_entries[*found];
    entry.endedAt = QDateTime::currentDateTimeUtc();
    entry.outcome = outcome;
    entry.error = error;
    entry.httpStatus = httpStatus;
    entry.requestId = requestId;
    if (!recordId.isEmpty())
        entry.note.recordId = recordId;
    append(endLine(entry));
    Q_EMIT entryChanged(entry);
}

void ActivityLog::reload(const QDateTime &now)
{
    m_entries.clear();
    m_indexById.clear();
    QFile file(filePath());
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray bytes = file.readLine().trimmed();
            if (bytes.isEmpty())
                continue;
            // A damaged line (a crash mid-write) costs that line only.
            const QJsonObject line = QJsonDocument::fromJson(bytes).object();
            const QString id = line.value(u"id"_s).toString();
            if (id.isEmpty())
                continue;
            const auto found = m_indexById.constFind(id);
            if (line.contains(u"started_at"_s) && found == m_indexById.cend()) {
                m_indexById.insert(id, m_entries.size());
                m_entries.append(fromBeginLine(line));
            } else if (line.contains(u"ended_at"_s) && found != m_indexById.cend()) {
                applyEndLine(m_entries[*found], line);
            }
        }
    }
    prune(now);
    Q_EMIT entriesReset();
}

void ActivityLog::prune(const QDateTime &now)
{
    const QDateTime oldest = now.addDays(-m_retentionDays);
    const qsizetype before = m_entries.size();
    m_entries.removeIf([&](const ActivityEntry &entry) {
        // An entry in flight is kept whatever its age: its completion is still to come.
        return entry.outcome != ActivityOutcome::InProgress && entry.startedAt.isValid() &&
               entry.startedAt < oldest;
    });
    if (m_entries.size() == before)
        return;
    m_indexById.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_indexById.insert(m_entries.at(i).id, i);
    rewrite();
    Q_EMIT entriesReset();
}

bool ActivityLog::append(const QJsonObject &line)
{
    if (!PrivateFiles::makeDirectory(m_directory)) {
        m_lastError = tr("Could not create the folder %1.").arg(m_directory);
        qCWarning(lcStorage) << "activity log:" << m_lastError;
        return false;
    }
    QFile file(filePath());
    const bool isNew = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) ||
        (isNew && !PrivateFiles::restrictToOwner(file))) {
        m_lastError = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        qCWarning(lcStorage) << "activity log:" << m_lastError;
        return false;
    }
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    if (!file.flush()) {
        m_lastError = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    m_lastError.clear();
    return true;
}

bool ActivityLog::rewrite()
{
    if (!PrivateFiles::makeDirectory(m_directory))
        return false;
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)) {
        m_lastError = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    for (const ActivityEntry &entry : std::as_const(m_entries)) {
        file.write(QJsonDocument(beginLine(entry)).toJson(QJsonDocument::Compact) + '\n');
        if (entry.outcome != ActivityOutcome::InProgress && entry.endedAt.isValid())
            file.write(QJsonDocument(endLine(entry)).toJson(QJsonDocument::Compact) + '\n');
    }
    if (!file.commit()) {
        m_lastError = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}
