#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// What the Drafts list shows about one draft.
struct DraftInfo
{
    QString id;   // a UUID without braces
    QString kind; // "tollfree"
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString requestId; // the server request this draft edits; empty for a new request
    // The profile (ProfileStore id) it was typed under: a sandbox draft is no production
    // request. Empty for a draft saved before drafts remembered it.
    QString profile;

    bool editsExistingRequest() const { return !requestId.isEmpty(); }
    bool profileUnknown() const { return profile.isEmpty(); }
    bool operator==(const DraftInfo &) const = default;
};

struct Draft
{
    DraftInfo info;
    QJsonObject content; // whatever the form of that kind keeps; opaque to the store
};

// Unfinished forms kept on disk, one JSON file per draft (<directory>/<id>.json), so that a
// form closed, crashed or killed mid-typing comes back. Every write goes through QSaveFile:
// a draft file is either the previous version or the new one, never half of each.
// Drafts are a few KB, so the synchronous write is short; callers debounce their saves.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    static constexpr auto tollFreeKind = "tollfree";
    static constexpr auto hostedOrderKind = "hosted-order"; // requestId = the order, once created

    // <AppDataLocation>/drafts
    explicit DraftStore(QObject *parent = nullptr);
    // Any directory, e.g. a QTemporaryDir in tests; created when missing.
    explicit DraftStore(const QString &directory, QObject *parent = nullptr);
    ~DraftStore() override;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // The profile new drafts are typed under (ProfileStore id); set on every activation.
    void setProfile(const QString &profileKey);
    QString profile() const { return m_profile; }

    // A new draft of the current profile; returns its id, or an empty string when it could
    // not be written.
    QString create(const QString &kind, const QJsonObject &content, const QString &title,
                   const QString &requestId = {});
    // Replaces the content and title of an existing draft; false when the id is unknown
    // (e.g. discarded meanwhile: a discarded draft is never brought back) or the write failed.
    bool save(const QString &id, const QJsonObject &content, const QString &title);
    std::optional<Draft> load(const QString &id) const;
    // A draft file's bytes read as load() reads them; nullopt when they are not a draft.
    static std::optional<Draft> fromFileContents(const QByteArray &contents);
    bool contains(const QString &id) const;
    // Drafts of one kind (every kind when empty), most recently updated first. Files that are
    // not drafts of this store are skipped.
    QList<DraftInfo> list(const QString &kind = {}) const;
    // What to offer under `profileKey`: its drafts, and those whose profile is unknown (saved
    // before drafts remembered it; kept rather than lost). Every list shown goes through here.
    QList<DraftInfo> drafts(const QString &profileKey, const QString &kind = {}) const;
    bool discard(const QString &id);

    // The reason of the last failed create/save/discard, in plain words.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void draftsChanged();

private:
    QString filePath(const QString &id) const;
    bool write(const Draft &draft);
    static bool isValidId(const QString &id);

    QString m_directory;
    QString m_lastError;
    QString m_profile;
};
