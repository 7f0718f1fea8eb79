#include "draftstore.h"

#include "privatefiles.h"
#include "storagelogging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString formatName = u"telnyx-console-draft"_s;
constexpr int formatVersion = 1;
const QString fileSuffix = u".json"_s;

// A draft file is small; anything far larger is not ours and is not read into memory.
constexpr qint64 maximumFileBytes = 16 * 1024 * 1024;

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const Draft &draft)
{
    QJsonObject object{{u"format"_s, formatName},
                       {u"version"_s, formatVersion},
                       {u"id"_s, draft.info.id},
                       {u"kind"_s, draft.info.kind},
                       {u"title"_s, draft.info.title},
                       {u"createdAt"_s, timestamp(draft.info.createdAt)},
                       {u"updatedAt"_s, timestamp(draft.info.updatedAt)},
                       {u"content"_s, draft.content}};
    if (!draft.info.requestId.isEmpty())
        object.insert(u"requestId"_s, draft.info.requestId);
    if (!draft.info.profile.isEmpty())
        object.insert(u"profile"_s, draft.info.profile);
    return object;
}

std::optional<Draft> fromJson(const QJsonObject &object)
{
    if (object.value(u"format"_s).toString() != formatName ||
        object.value(u"version"_s).toInt() != formatVersion)
        return std::nullopt;
    Draft draft;
    draft.info.id = object.value(u"id"_s).toString();
    draft.info.kind = object.value(u"kind"_s).toString();
    draft.info.title = object.value(u"title"_s).toString();
    draft.info.createdAt =
        QDateTime::fromString(object.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    draft.info.updatedAt =
        QDateTime::fromString(object.value(u"updatedAt"_s).toString(), Qt::ISODateWithMs);
    draft.info.requestId = object.value(u"requestId"_s).toString();
    draft.info.profile = object.value(u"profile"_s).toString(); // absent in older drafts
    draft.content = object.value(u"content"_s).toObject();
    if (draft.info.id.isEmpty() || draft.info.kind.isEmpty())
        return std::nullopt;
    return draft;
}

std::optional<Draft> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maximumFileBytes)
        return std::nullopt;
    return DraftStore::fromFileContents(file.readAll());
}

} // namespace

std::optional<Draft> DraftStore::fromFileContents(const QByteArray &contents)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

DraftStore::DraftStore(QObject *parent)
    : DraftStore(defaultDirectory(), parent)
{}

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    if (!PrivateFiles::makeDirectory(m_directory))
        qCWarning(lcStorage) << "cannot create the drafts directory" << m_directory;
}

DraftStore::~DraftStore() = default;

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s;
}

bool DraftStore::isValidId(const QString &id)
{
    // Ids become file names: only our own UUIDs, so no path can be smuggled in.
    return !QUuid::fromString(id).isNull() && !id.contains(u'/') && !id.contains(u'\\');
}

QString DraftStore::filePath(const QString &id) const
{
    return m_directory + u'/' + id + fileSuffix;
}

bool DraftStore::write(const Draft &draft)
{
    if (!PrivateFiles::makeDirectory(m_directory)) {
        m_lastError = tr("The drafts folder %1 cannot be created.").arg(m_directory);
        return false;
    }
    QSaveFile file(filePath(draft.info.id));
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)) {
        m_lastError = tr("The draft cannot be written: %1").arg(file.errorString());
        qCWarning(lcStorage) << "draft write failed:" << file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson(draft)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_lastError = tr("The draft cannot be written: %1").arg(file.errorString());
        qCWarning(lcStorage) << "draft commit failed:" << file.errorString();
        return false;
    }
    m_lastError.clear();
    return true;
}

void DraftStore::setProfile(const QString &profileKey)
{
    if (profileKey == m_profile)
        return;
    m_profile = profileKey;
    Q_EMIT draftsChanged(); // another profile: other drafts to offer
}

QString DraftStore::create(const QString &kind, const QJsonObject &content, const QString &title,
                           const QString &requestId)
{
    Draft draft;
    draft.info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.info.kind = kind;
    draft.info.title = title;
    draft.info.createdAt = QDateTime::currentDateTimeUtc();
    draft.info.updatedAt = draft.info.createdAt;
    draft.info.requestId = requestId;
    draft.info.profile = m_profile;
    draft.content = content;
    if (!write(draft))
        return {};
    Q_EMIT draftsChanged();
    return draft.info.id;
}

bool DraftStore::save(const QString &id, const QJsonObject &content, const QString &title)
{
    std::optional<Draft> draft = load(id);
    if (!draft) {
        m_lastError = tr("The draft no longer exists.");
        return false;
    }
    if (draft->content == content && draft->info.title == title)
        return true; // nothing new: spare the disk and the listeners
    draft->content = content;
    draft->info.title = title;
    // Never earlier than the last save, even if the wall clock stepped back.
    draft->info.updatedAt = std::max(QDateTime::currentDateTimeUtc(), draft->info.updatedAt);
    if (!write(*draft))
        return false;
    Q_EMIT draftsChanged();
    return true;
}

std::optional<Draft> DraftStore::load(const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    std::optional<Draft> draft = readFile(filePath(id));
    if (draft && draft->info.id != id)
        return std::nullopt; // a copied or renamed file: not the draft asked for
    return draft;
}

bool DraftStore::contains(const QString &id) const
{
    return isValidId(id) && QFile::exists(filePath(id));
}

QList<DraftInfo> DraftStore::list(const QString &kind) const
{
    QList<DraftInfo> drafts;
    const QDir directory(m_directory);
    const QStringList names =
        directory.entryList({u"*"_s + fileSuffix}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const QString id = name.chopped(fileSuffix.size());
        if (!isValidId(id))
            continue;
        const std::optional<Draft> draft = load(id);
        if (!draft || (!kind.isEmpty() && draft->info.kind != kind))
            continue;
        drafts.append(draft->info);
    }
    std::stable_sort(drafts.begin(), drafts.end(), [](const DraftInfo &a, const DraftInfo &b) {
        return a.updatedAt > b.updatedAt;
    });
    return drafts;
}

QList<DraftInfo> DraftStore::drafts(const QString &profileKey, const QString &kind) const
{
    QList<DraftInfo> offered = list(kind);
    offered.removeIf([&profileKey](const DraftInfo &info) {
        return !info.profileUnknown() && info.profile != profileKey;
    });
    return offered;
}

bool DraftStore::discard(const QString &id)
{
    if (!contains(id)) {
        m_lastError = tr("The draft no longer exists.");
        return false;
    }
    if (!QFile::remove(filePath(id))) {
        m_lastError = tr("The draft file %1 cannot be removed.").arg(filePath(id));
        return false;
    }
    m_lastError.clear();
    Q_EMIT draftsChanged();
    return true;
}
