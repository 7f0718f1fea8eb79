#include "domain/rcs.h"

#include "domain/enumtable_p.h"
#include "domain/jsonread.h"
#include "domain/phonenumberlist.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString kAgentId = u"agent_id"_s;
const QString kAgentName = u"agent_name"_s;
const QString kCreatedAt = u"created_at"_s;
const QString kEnabled = u"enabled"_s;
const QString kProfileId = u"profile_id"_s;
const QString kUpdatedAt = u"updated_at"_s;
const QString kUserId = u"user_id"_s;
const QString kWebhookFailoverUrl = u"webhook_failover_url"_s;
const QString kWebhookUrl = u"webhook_url"_s;
const QString kFeatures = u"features"_s;
const QString kPhoneNumber = u"phone_number"_s;
const QString kPhoneNumbers = u"phone_numbers"_s;
const QString kRecordType = u"record_type"_s;
const QString kStatus = u"status"_s;
const QString kData = u"data"_s;
const QString kUrl = u"url"_s;

QJsonValue nullable(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<QString> applied(const PatchString &patch, const std::optional<QString> &current)
{
    switch (patch.action) {
    case PatchString::Action::Set:
        return patch.value;
    case PatchString::Action::Clear:
        return std::nullopt;
    case PatchString::Action::Keep:
        break;
    }
    return current;
}

// The feature names come from the capabilities documentation (Google RBM names);
// the SDK types them as plain strings.
struct FeatureEntry
{
    const char *feature;
    const char *label;
};

constexpr FeatureEntry featureTable[] = {
    {"RICHCARD_STANDALONE", QT_TRANSLATE_NOOP("Domain", "Rich card")},
    {"RICHCARD_CAROUSEL", QT_TRANSLATE_NOOP("Domain", "Carousel of rich cards")},
    {"ACTION_OPEN_URL", QT_TRANSLATE_NOOP("Domain", "Open URL button")},
    {"ACTION_OPEN_URL_IN_WEBVIEW", QT_TRANSLATE_NOOP("Domain", "Open URL in web view")},
    {"ACTION_DIAL", QT_TRANSLATE_NOOP("Domain", "Dial a number")},
    {"ACTION_VIEW_LOCATION", QT_TRANSLATE_NOOP("Domain", "View a location")},
    {"ACTION_SHARE_LOCATION", QT_TRANSLATE_NOOP("Domain", "Share location")},
    {"ACTION_CREATE_CALENDAR_EVENT", QT_TRANSLATE_NOOP("Domain", "Create calendar event")},
    {"ACTION_COMPOSE", QT_TRANSLATE_NOOP("Domain", "Compose a message")},
    {"REVOCATION", QT_TRANSLATE_NOOP("Domain", "Message revocation")},
    {"GENERIC_RCS_FEATURE", QT_TRANSLATE_NOOP("Domain", "Basic RCS")},
    {"FEATURE_UNSPECIFIED", QT_TRANSLATE_NOOP("Domain", "Unspecified feature")},
};

} // namespace

// --- RcsAgent --------------------------------------------------------------------------------

RcsAgent RcsAgent::fromJson(const QJsonObject &object)
{
    using namespace JsonRead;
    RcsAgent agent;
    agent.raw = object;
    agent.agentId = string(object, kAgentId);
    agent.agentName = string(object, kAgentName);
    agent.createdAt = dateTime(object, kCreatedAt);
    agent.enabled = boolean(object, kEnabled);
    agent.profileId = optionalString(object, kProfileId);
    agent.updatedAt = dateTime(object, kUpdatedAt);
    agent.userId = string(object, kUserId);
    agent.webhookFailoverUrl = optionalString(object, kWebhookFailoverUrl);
    agent.webhookUrl = optionalString(object, kWebhookUrl);
    return agent;
}

QJsonObject RcsAgent::toJson() const
{
    QJsonObject object{
        {kAgentId, agentId},
        {kAgentName, agentName},
        {kEnabled, enabled},
        {kProfileId, nullable(profileId)},
        {kUserId, userId},
        {kWebhookFailoverUrl, nullable(webhookFailoverUrl)},
        {kWebhookUrl, nullable(webhookUrl)},
    };
    JsonWrite::insertDateTime(object, kCreatedAt, createdAt);
    JsonWrite::insertDateTime(object, kUpdatedAt, updatedAt);
    return object;
}

// --- RcsAgentUpdate --------------------------------------------------------------------------

RcsAgentUpdate RcsAgentUpdate::fromJson(const QJsonObject &object)
{
    return {JsonRead::patchString(object, kProfileId), JsonRead::patchString(object, kWebhookUrl),
            JsonRead::patchString(object, kWebhookFailoverUrl)};
}

QJsonObject RcsAgentUpdate::toJson() const
{
    QJsonObject body;
    JsonWrite::insertPatch(body, kProfileId, profileId);
    JsonWrite::insertPatch(body, kWebhookUrl, webhookUrl);
    JsonWrite::insertPatch(body, kWebhookFailoverUrl, webhookFailoverUrl);
    return body;
}

bool RcsAgentUpdate::isEmpty() const
{
    return profileId.action == PatchString::Action::Keep &&
           webhookUrl.action == PatchString::Action::Keep &&
           webhookFailoverUrl.action == PatchString::Action::Keep;
}

RcsAgent RcsAgentUpdate::appliedTo(const RcsAgent &agent) const
{
    RcsAgent result = agent;
    result.profileId = applied(profileId, agent.profileId);
    result.webhookUrl = applied(webhookUrl, agent.webhookUrl);
    result.webhookFailoverUrl = applied(webhookFailoverUrl, agent.webhookFailoverUrl);
    return result;
}

// --- Capabilities ----------------------------------------------------------------------------

QString rcsFeatureLabel(const QString &feature)
{
    const QString trimmed = feature.trimmed();
    for (const FeatureEntry &entry : featureTable) {
        if (trimmed.compare(QLatin1StringView(entry.feature), Qt::CaseInsensitive) == 0) {
            return DomainEnums::translated(entry.label);
        }
    }
    // Unknown: "SOME_NEW_FEATURE" reads as "Some new feature", bounded in length.
    constexpr qsizetype longestLabel = 64;
    QString readable = trimmed.left(longestLabel).toLower();
    readable.replace(u'_', u' ');
    if (!readable.isEmpty()) {
        readable[0] = readable.at(0).toUpper();
    }
    return readable;
}

QStringList rcsKnownFeatures()
{
    QStringList features;
    for (const FeatureEntry &entry : featureTable) {
        features.append(QString::fromLatin1(entry.feature));
    }
    return features;
}

RcsCapabilities RcsCapabilities::fromJson(const QJsonObject &object)
{
    RcsCapabilities capabilities;
    capabilities.raw = object;
    capabilities.agentId = JsonRead::string(object, kAgentId);
    capabilities.agentName = JsonRead::string(object, kAgentName);
    capabilities.features = JsonRead::stringList(object, kFeatures);
    capabilities.phoneNumber = JsonRead::string(object, kPhoneNumber);
    capabilities.recordType = JsonRead::string(object, kRecordType);
    return capabilities;
}

QJsonObject RcsCapabilities::toJson() const
{
    return {{kAgentId, agentId},
            {kAgentName, agentName},
            {kFeatures, JsonWrite::stringArray(features)},
            {kPhoneNumber, phoneNumber},
            {kRecordType, recordType}};
}

QList<RcsCapabilities> RcsCapabilities::listFromResponse(const QJsonObject &body)
{
    QList<RcsCapabilities> results;
    const QList<QJsonObject> entries = JsonRead::objectArray(body, kData);
    results.reserve(entries.size());
    for (const QJsonObject &entry : entries) {
        results.append(fromJson(entry));
    }
    return results;
}

RcsBulkMatch matchBulkCapabilities(const QStringList &asked, const QList<RcsCapabilities> &reply)
{
    QHash<QString, qsizetype> byNumber;
    for (qsizetype i = 0; i < reply.size(); ++i) {
        const QString key = PhoneNumberList::normalise(reply.at(i).phoneNumber);
        if (!key.isEmpty() && !byNumber.contains(key))
            byNumber.insert(key, i);
    }
    RcsBulkMatch match;
    for (const QString &number : asked) {
        const auto found = byNumber.constFind(PhoneNumberList::normalise(number));
        if (found == byNumber.cend()) {
            match.unanswered.append(number);
            continue;
        }
        RcsCapabilities answer = reply.at(*found);
        answer.phoneNumber = number; // the row is the number asked about
        match.answers.append(answer);
    }
    return match;
}

bool RcsCapabilities::supports(const QString &feature) const
{
    return features.contains(feature, Qt::CaseInsensitive);
}

RcsBulkCapabilitiesRequest RcsBulkCapabilitiesRequest::fromJson(const QJsonObject &object)
{
    return {JsonRead::string(object, kAgentId), JsonRead::stringList(object, kPhoneNumbers)};
}

QJsonObject RcsBulkCapabilitiesRequest::toJson() const
{
    return {{kAgentId, agentId}, {kPhoneNumbers, JsonWrite::stringArray(phoneNumbers)}};
}

// --- Test number invite, deeplink ------------------------------------------------------------

RcsTestNumberInvite RcsTestNumberInvite::fromJson(const QJsonObject &object)
{
    RcsTestNumberInvite invite;
    invite.raw = object;
    invite.agentId = JsonRead::string(object, kAgentId);
    invite.phoneNumber = JsonRead::string(object, kPhoneNumber);
    invite.recordType = JsonRead::string(object, kRecordType);
    invite.status = JsonRead::string(object, kStatus);
    return invite;
}

QJsonObject RcsTestNumberInvite::toJson() const
{
    return {{kAgentId, agentId},
            {kPhoneNumber, phoneNumber},
            {kRecordType, recordType},
            {kStatus, status}};
}

RcsDeeplink RcsDeeplink::fromJson(const QJsonObject &object)
{
    RcsDeeplink link;
    link.raw = object;
    link.url = JsonRead::string(object, kUrl);
    return link;
}

QJsonObject RcsDeeplink::toJson() const
{
    return {{kUrl, url}};
}
