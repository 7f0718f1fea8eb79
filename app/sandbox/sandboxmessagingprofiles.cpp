#include "sandbox/sandboxmessagingprofiles.h"

#include "sandbox/sandboxformat.h"
#include "sandbox/sandboxpage.h"
#include "sandbox/sandboxseeddata.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

} // namespace

SandboxMessagingProfiles::SandboxMessagingProfiles(SandboxContext &context)
    : m_context(context)
{}

void SandboxMessagingProfiles::seed()
{
    // The first names go to the profiles the seeded records use, in their order; the rest are
    // profiles no record uses yet (somewhere to move a number to).
    static const QStringList names{u"Customer Care"_s,         u"Marketing Campaigns"_s,
                                   u"Appointment Reminders"_s, u"Two-Factor Codes"_s,
                                   u"Billing Notices"_s,       u"Field Technicians"_s};
    QStringList ids = SandboxSeedData::messagingProfileIds(m_context.seed);
    SandboxRandom random = SandboxRandom::forStream(m_context.seed, 0, 21);
    while (ids.size() < names.size())
        ids.append(random.uuid());
    m_profiles = QJsonArray();
    for (qsizetype i = 0; i < names.size(); ++i) {
        m_profiles.append(profileJson(ids.at(i), names.at(i),
                                      m_context.epochMs - (400 - 30 * qint64(i)) * dayMs));
    }
}

QJsonObject SandboxMessagingProfiles::profileJson(const QString &id, const QString &name,
                                                  qint64 createdAtMs) const
{
    // Every field of the SDK's MessagingMessagingProfile, as the API sends a complete record.
    const QString time = SandboxFormat::isoTime(createdAtMs);
    return QJsonObject{{u"id"_s, id},
                       {u"record_type"_s, u"messaging_profile"_s},
                       {u"name"_s, name},
                       {u"enabled"_s, true},
                       {u"ai_assistant_id"_s, QJsonValue()},
                       {u"alpha_sender"_s, QJsonValue()},
                       {u"daily_spend_limit"_s, u"100.00"_s},
                       {u"daily_spend_limit_enabled"_s, false},
                       {u"features"_s, QJsonValue()},
                       {u"health_webhook_url"_s, QJsonValue()},
                       {u"mms_fall_back_to_sms"_s, false},
                       {u"mms_transcoding"_s, false},
                       {u"mobile_only"_s, false},
                       {u"number_pool_settings"_s, QJsonValue()},
                       {u"organization_id"_s, m_context.organizationId},
                       {u"redaction_enabled"_s, false},
                       {u"redaction_level"_s, 0},
                       {u"resource_group_id"_s, QJsonValue()},
                       {u"smart_encoding"_s, false},
                       {u"url_shortener_settings"_s, QJsonValue()},
                       {u"v1_secret"_s, QString(u"sandbox-secret-"_s + id.left(8))},
                       {u"webhook_api_version"_s, u"2"_s},
                       {u"webhook_failover_url"_s, QJsonValue()},
                       {u"webhook_url"_s, QJsonValue()},
                       {u"whitelisted_destinations"_s, QJsonArray{u"US"_s, u"CA"_s}},
                       {u"created_at"_s, time},
                       {u"updated_at"_s, time}};
}

SandboxResponse SandboxMessagingProfiles::list(const SandboxRequest &request) const
{
    return SandboxPage::dataMetaPage(request, m_profiles, m_context.realistic);
}

bool SandboxMessagingProfiles::isKnown(const QString &id) const
{
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&id](const QJsonValue &profile) {
        return profile[u"id"_s].toString() == id;
    });
}

void SandboxMessagingProfiles::ensure(const QString &id)
{
    if (id.isEmpty() || isKnown(id))
        return;
    m_profiles.append(profileJson(id, u"Profile "_s + id.left(8), m_context.now()));
    m_context.touch();
}

QJsonObject SandboxMessagingProfiles::save() const
{
    return QJsonObject{{u"profiles"_s, m_profiles}};
}

void SandboxMessagingProfiles::load(const QJsonObject &saved)
{
    // A state file from before profiles were served: the seeded ones.
    if (!saved.value(u"profiles"_s).isArray()) {
        seed();
        return;
    }
    m_profiles = saved.value(u"profiles"_s).toArray();
}
