#pragma once

#include "domain/rawjson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One entry of GET /messaging_profiles (the SDK's MessagingMessagingProfile): the fields the
// console shows or picks by. Every field is optional on the wire; anything else stays in `raw`.
struct MessagingProfile : HasRawJson
{
    QString id;
    QString name;
    bool enabled = true; // absent: taken as enabled
    QString recordType;
    QString organizationId;
    QString webhookUrl; // empty when null or absent
    QStringList whitelistedDestinations;
    QDateTime createdAt;
    QDateTime updatedAt;

    static MessagingProfile fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // "Name — id", or the id alone when the profile has no name: what a picker lists.
    QString label() const;

    bool operator==(const MessagingProfile &) const = default;
};

Q_DECLARE_METATYPE(MessagingProfile)
