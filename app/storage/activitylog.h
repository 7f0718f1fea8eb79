#pragma once

#include "domain/activity.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// What the console wrote to the API, kept on this computer: one JSON line per event in
// <directory>/activity.jsonl (0600, folder 0700). An entry is appended when its request is about
// to go out (outcome "in_progress") and completed by a second line with the same id when it
// ended; reading merges them, so an entry whose request never ended (the console stopped) reads
// as "unknown". Lines are appended, never rewritten, except when old entries are pruned: each
// append opens, writes one line and closes the file, which costs well under a millisecond.
//
// Entries older than retentionDays() (QSettings "activity/retentionDays", default 180) are
// pruned when the log is opened and when the retention changes.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultRetentionDays = 180;
    static constexpr int maximumRetentionDays = 3650;

    // <AppDataLocation>
    explicit ActivityLog(QObject *parent = nullptr);
    // Any directory, e.g. a QTemporaryDir in tests; created on the first write.
    explicit ActivityLog(const QString &directory, QObject *parent = nullptr);

    static QString defaultDirectory();
    static QString fileName();
    static QString retentionSettingsKey();
    QString filePath() const;

    int retentionDays() const { return m_retentionDays; }
    // Saves the retention (1 to maximumRetentionDays) and prunes what is older now.
    void setRetentionDays(int days);

    // Every entry, oldest first.
    QList<ActivityEntry> entries() const { return m_entries; }
    std::optional<ActivityEntry> entry(const QString &id) const;

    // Records a write about to be sent: `entry` gets an id and its start time (when it has
    // none) and outcome InProgress. Returns the id.
    QString begin(ActivityEntry entry);
    // Completes the entry `id`. `recordId`, when not empty, names the record a create made.
    void finish(const QString &id, ActivityOutcome outcome, const QString &error, int httpStatus,
                const QString &requestId, const QString &recordId = {});

    // Reads the file again, pruning entries older than the retention at `now`.
    void reload(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The reason of the last failed write, in plain words; empty when all went well.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void entryAdded(const ActivityEntry &entry);
    void entryChanged(const ActivityEntry &entry);
    // The whole list changed (reloaded, pruned).
    void entriesReset();

private:
    bool append(const QJsonObject &line);
    bool rewrite();
    void prune(const QDateTime &now);

    QString m_directory;
    int m_retentionDays = defaultRetentionDays;
    QList<ActivityEntry> m_entries;
    QHash<QString, qsizetype> m_indexById;
    QString m_lastError;
};
