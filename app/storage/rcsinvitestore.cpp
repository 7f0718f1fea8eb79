#include "rcsinvitestore.h"

#include "privatefiles.h"
#include "storagelogging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString formatName = u"telnyx-console-rcs-invites"_s;
constexpr int formatVersion = 1;

// The list holds a few numbers per agent; a file far larger than that is not ours.
constexpr qint64 maximumFileBytes = 4 * 1024 * 1024;

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject toJson(const RcsInviteRecord &invite)
{
    return {{u"agent_id"_s, invite.agentId},
            {u"phone_number"_s, invite.phoneNumber},
            {u"status"_s, invite.status},
            {u"invited_at"_s, timestamp(invite.invitedAt)},
            {u"checked_at"_s, timestamp(invite.checkedAt)}};
}

std::optional<RcsInviteRecord> fromJson(const QJsonObject &object)
{
    RcsInviteRecord invite;
    invite.agentId = object.value(u"agent_id"_s).toString();
    invite.phoneNumber = object.value(u"phone_number"_s).toString();
    invite.status = object.value(u"status"_s).toString();
    invite.invitedAt = parseTime(object.value(u"invited_at"_s));
    invite.checkedAt = parseTime(object.value(u"checked_at"_s));
    if (invite.agentId.isEmpty() || invite.phoneNumber.isEmpty())
        return std::nullopt;
    return invite;
}

} // namespace

RcsInviteStore::RcsInviteStore(QObject *parent)
    : RcsInviteStore(defaultDirectory(), parent)
{}

RcsInviteStore::RcsInviteStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    reload();
}

QString RcsInviteStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString RcsInviteStore::fileName()
{
    return u"rcs-test-invites.json"_s;
}

QString RcsInviteStore::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

void RcsInviteStore::reload()
{
    m_invites.clear();
    m_corrupt = false;
    QFile file(filePath());
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly) || file.size() > maximumFileBytes) {
        m_corrupt = true;
        qCWarning(lcStorage) << "RCS invite list unreadable or too large:" << file.fileName();
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(u"format"_s).toString() != formatName ||
        root.value(u"version"_s).toInt() != formatVersion) {
        m_corrupt = true;
        qCWarning(lcStorage) << "RCS invite list is not valid, ignoring it:" << file.fileName();
        return;
    }
    const QJsonArray invites = root.value(u"invites"_s).toArray();
    for (const QJsonValue &value : invites) {
        // A damaged entry costs that entry only.
        if (const auto invite = fromJson(value.toObject()))
            m_invites.append(*invite);
    }
}

QList<RcsInviteRecord> RcsInviteStore::invites(const QString &agentId) const
{
    QList<RcsInviteRecord> result;
    for (const RcsInviteRecord &invite : m_invites) {
        if (invite.agentId == agentId)
            result.append(invite);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const RcsInviteRecord &a, const RcsInviteRecord &b) {
                         return a.invitedAt > b.invitedAt;
                     });
    return result;
}

std::optional<RcsInviteRecord> RcsInviteStore::find(const QString &agentId,
                                                    const QString &phoneNumber) const
{
    const qsizetype index = indexOf(agentId, phoneNumber);
    if (index < 0)
        return std::nullopt;
    return m_invites.at(index);
}

qsizetype RcsInviteStore::indexOf(const QString &agentId, const QString &phoneNumber) const
{
    for (qsizetype i = 0; i < m_invites.size(); ++i) {
        const RcsInviteRecord &invite = m_invites.at(i);
        if (invite.agentId == agentId && invite.phoneNumber == phoneNumber)
            return i;
    }
    return -1;
}

bool RcsInviteStore::recordInvite(const QString &agentId, const QString &phoneNumber,
                                  const QString &status, const QDateTime &when)
{
    if (agentId.isEmpty() || phoneNumber.isEmpty()) {
        m_lastError = tr("An invite needs an agent and a phone number.");
        return false;
    }
    const QDateTime time = when.toUTC();
    const qsizetype index = indexOf(agentId, phoneNumber);
    if (index < 0) {
        m_invites.append({agentId, phoneNumber, status, time, time});
    } else {
        RcsInviteRecord &invite = m_invites[index];
        invite.status = status;
        invite.checkedAt = time;
        if (!invite.invitedAt.isValid())
            invite.invitedAt = time;
    }
    const bool written = write();
    Q_EMIT invitesChanged(agentId);
    return written;
}

bool RcsInviteStore::remove(const QString &agentId, const QString &phoneNumber)
{
    const qsizetype index = indexOf(agentId, phoneNumber);
    if (index < 0)
        return false;
    m_invites.removeAt(index);
    const bool written = write();
    Q_EMIT invitesChanged(agentId);
    return written;
}

bool RcsInviteStore::write()
{
    if (!PrivateFiles::makeDirectory(m_directory)) {
        m_lastError = tr("Could not create the folder %1.").arg(m_directory);
        return false;
    }
    const QString path = filePath();
    if (m_corrupt) {
        // Keep what was there for a person to look at; our list starts afresh.
        const QString aside = path + u".corrupt"_s;
        QFile::remove(aside);
        QFile::rename(path, aside);
        m_corrupt = false;
    }
    QJsonArray invites;
    for (const RcsInviteRecord &invite : std::as_const(m_invites))
        invites.append(toJson(invite));
    const QJsonObject root{
        {u"format"_s, formatName}, {u"version"_s, formatVersion}, {u"invites"_s, invites}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)) {
        m_lastError = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_lastError = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_lastError.clear();
    return true;
}
