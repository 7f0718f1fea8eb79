#pragma once

#include "domain/rcs.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

// The capability answers of this session, per agent and phone number, so that asking again
// about a number (one at a time or in a bulk check) does not call the API again unless the
// user asks for a fresh answer. Memory only: capabilities change when people switch phones.
//
// The session owns one (ConsoleSession::rcsCapabilities()); the answers of another account
// (another base URL) are dropped when the session points its client elsewhere.
class RcsCapabilityCache : public QObject
{
    Q_OBJECT

public:
    explicit RcsCapabilityCache(QObject *parent = nullptr);

    std::optional<RcsCapabilities> find(const QString &agentId, const QString &phoneNumber) const;
    bool contains(const QString &agentId, const QString &phoneNumber) const;
    // Keyed by the answer's agent_id and phone_number, or the ones asked for when given (the
    // server may spell them differently).
    void insert(const RcsCapabilities &capabilities, const QString &agentId = {},
                const QString &phoneNumber = {});
    void clear();
    int size() const { return int(m_entries.size()); }

    // Forgets everything when the answers came from another server than `baseUrl`.
    void useServer(const QUrl &baseUrl);

private:
    static QString keyOf(const QString &agentId, const QString &phoneNumber);

    QHash<QString, RcsCapabilities> m_entries;
    QUrl m_server;
};
