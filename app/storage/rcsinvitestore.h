#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// One test number invited to an RCS agent from this console, as last seen.
struct RcsInviteRecord
{
    QString agentId;
    QString phoneNumber;
    QString status; // the API's free text: "pending", "accepted", ...
    QDateTime invitedAt;
    QDateTime checkedAt; // the last answer to a (re-)invite

    bool operator==(const RcsInviteRecord &) const = default;
};

// The test numbers this console invited, per agent. The API has no "list invites" endpoint,
// so the console remembers them itself: one small JSON file (<directory>/rcs-test-invites.json),
// rewritten through QSaveFile on every change. A file that cannot be read as ours is set aside
// (renamed *.corrupt) on the next write instead of being overwritten unseen.
class RcsInviteStore : public QObject
{
    Q_OBJECT

public:
    // <AppDataLocation>
    explicit RcsInviteStore(QObject *parent = nullptr);
    // Any directory, e.g. a QTemporaryDir in tests; created on the first write.
    explicit RcsInviteStore(const QString &directory, QObject *parent = nullptr);

    static QString defaultDirectory();
    static QString fileName();
    QString directory() const { return m_directory; }
    QString filePath() const;

    // One agent's invites, the most recent invite first.
    QList<RcsInviteRecord> invites(const QString &agentId) const;
    QList<RcsInviteRecord> allInvites() const { return m_invites; }
    std::optional<RcsInviteRecord> find(const QString &agentId, const QString &phoneNumber) const;

    // Records an invite (or a re-invite) and the status it answered. A number invited before
    // keeps its first invite time; checkedAt becomes `when` either way.
    bool recordInvite(const QString &agentId, const QString &phoneNumber, const QString &status,
                      const QDateTime &when = QDateTime::currentDateTimeUtc());
    // Forgets one number of one agent; false when it was not there or the write failed.
    bool remove(const QString &agentId, const QString &phoneNumber);

    // Reads the file again (another window may have written it).
    void reload();
    // True when the file existed but was not a valid invite list (it was ignored).
    bool loadedCorruptFile() const { return m_corrupt; }
    // The reason of the last failed write, in plain words.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void invitesChanged(const QString &agentId);

private:
    qsizetype indexOf(const QString &agentId, const QString &phoneNumber) const;
    bool write();

    QString m_directory;
    QList<RcsInviteRecord> m_invites;
    bool m_corrupt = false;
    QString m_lastError;
};
