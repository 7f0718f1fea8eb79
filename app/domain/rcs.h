#pragma once

#include "domain/jsonwrite.h"
#include "domain/rawjson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// RCS agents, capabilities, test numbers and deeplinks (/messaging/rcs/..., /messages/rcs/
// deeplinks). Snake_case; resources arrive wrapped in {"data": ...}, unwrapped by the API
// layer. The message itself (POST /messages/rcs) lives in rcsmessage.h.

// GET/PATCH /messaging/rcs/agents/{id}
struct RcsAgent : HasRawJson
{
    QString agentId;
    QString agentName;
    QDateTime createdAt;
    bool enabled = false;
    std::optional<QString> profileId; // messaging profile; nullopt when null or absent
    QDateTime updatedAt;
    QString userId;
    std::optional<QString> webhookFailoverUrl;
    std::optional<QString> webhookUrl;

    static RcsAgent fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsAgent &) const = default;
};

// PATCH /messaging/rcs/agents/{id}: each field is left unchanged (absent from the body),
// set, or cleared (JSON null).
struct RcsAgentUpdate
{
    PatchString profileId;
    PatchString webhookUrl;
    PatchString webhookFailoverUrl;

    static RcsAgentUpdate fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // True when the body would be {} (nothing to send).
    bool isEmpty() const;
    // Applies the update to an agent locally (the sandbox and optimistic UI updates use it).
    RcsAgent appliedTo(const RcsAgent &agent) const;

    bool operator==(const RcsAgentUpdate &) const = default;
};

// RCS feature strings reported by the capabilities endpoints (e.g. "RICHCARD_CAROUSEL").
QString rcsFeatureLabel(const QString &feature); // unknown: the text made readable
QStringList rcsKnownFeatures();

// GET /messaging/rcs/capabilities/{agent_id}/{phone_number}, and each entry of the bulk reply.
struct RcsCapabilities : HasRawJson
{
    QString agentId;
    QString agentName;
    QStringList features;
    QString phoneNumber;
    QString recordType; // "rcs.capabilities"

    static RcsCapabilities fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The bulk reply: {"data": [...]}.
    static QList<RcsCapabilities> listFromResponse(const QJsonObject &body);

    // A device with no features cannot receive RCS.
    bool isRcsCapable() const { return !features.isEmpty(); }
    bool supports(const QString &feature) const;

    bool operator==(const RcsCapabilities &) const = default;
};

// A bulk answer matched to the numbers asked: by phone number only, both sides normalised to
// E.164 (PhoneNumberList::normalise), never by position (the server may answer in another
// order, spell the numbers another way, or leave some out). Each answer carries the number as
// asked; the first answer for a number counts; answers for numbers not asked are ignored.
struct RcsBulkMatch
{
    QList<RcsCapabilities> answers; // in the order asked
    QStringList unanswered;         // asked, but the reply has nothing for them

    bool operator==(const RcsBulkMatch &) const = default;
};
RcsBulkMatch matchBulkCapabilities(const QStringList &asked, const QList<RcsCapabilities> &reply);

// POST /messaging/rcs/bulk_capabilities
struct RcsBulkCapabilitiesRequest
{
    QString agentId;
    QStringList phoneNumbers;

    static RcsBulkCapabilitiesRequest fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsBulkCapabilitiesRequest &) const = default;
};

// PUT /messaging/rcs/test_number_invite/{id}/{phone_number}
struct RcsTestNumberInvite : HasRawJson
{
    QString agentId;
    QString phoneNumber;
    QString recordType; // "rcs.test_number_invite"
    QString status;     // free text in the SDK

    static RcsTestNumberInvite fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsTestNumberInvite &) const = default;
};

// GET /messages/rcs/deeplinks/{agent_id}
struct RcsDeeplink : HasRawJson
{
    QString url;

    static RcsDeeplink fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsDeeplink &) const = default;
};

Q_DECLARE_METATYPE(RcsAgent)
Q_DECLARE_METATYPE(RcsAgentUpdate)
Q_DECLARE_METATYPE(RcsCapabilities)
Q_DECLARE_METATYPE(RcsBulkCapabilitiesRequest)
Q_DECLARE_METATYPE(RcsTestNumberInvite)
Q_DECLARE_METATYPE(RcsDeeplink)
