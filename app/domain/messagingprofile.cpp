#include "domain/messagingprofile.h"

#include "domain/jsonread.h"
#include "domain/jsonwrite.h"

using namespace Qt::StringLiterals;

namespace {
const QString kId = u"id"_s;
const QString kName = u"name"_s;
const QString kEnabled = u"enabled"_s;
const QString kRecordType = u"record_type"_s;
const QString kOrganizationId = u"organization_id"_s;
const QString kWebhookUrl = u"webhook_url"_s;
const QString kWhitelistedDestinations = u"whitelisted_destinations"_s;
const QString kCreatedAt = u"created_at"_s;
const QString kUpdatedAt = u"updated_at"_s;
} // namespace

MessagingProfile MessagingProfile::fromJson(const QJsonObject &object)
{
    MessagingProfile profile;
    profile.raw = object;
    profile.id = JsonRead::string(object, kId);
    profile.name = JsonRead::string(object, kName);
    profile.enabled = JsonRead::boolean(object, kEnabled, true);
    profile.recordType = JsonRead::string(object, kRecordType);
    profile.organizationId = JsonRead::string(object, kOrganizationId);
    profile.webhookUrl = JsonRead::string(object, kWebhookUrl);
    profile.whitelistedDestinations = JsonRead::stringList(object, kWhitelistedDestinations);
    profile.createdAt = JsonRead::dateTime(object, kCreatedAt);
    profile.updatedAt = JsonRead::dateTime(object, kUpdatedAt);
    return profile;
}

QJsonObject MessagingProfile::toJson() const
{
    QJsonObject object{
        {kId, id},
        {kName, name},
        {kEnabled, enabled},
        {kRecordType, recordType},
        {kOrganizationId, organizationId},
        {kWebhookUrl, webhookUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(webhookUrl)},
        {kWhitelistedDestinations, JsonWrite::stringArray(whitelistedDestinations)},
    };
    JsonWrite::insertDateTime(object, kCreatedAt, createdAt);
    JsonWrite::insertDateTime(object, kUpdatedAt, updatedAt);
    return object;
}

QString MessagingProfile::label() const
{
    const QString shownName = name.trimmed();
    return shownName.isEmpty() ? id : shownName + u" — "_s + id;
}
