#include "sandbox/sandboxrcs.h"

#include "sandbox/sandboxerrors.h"
#include "sandbox/sandboxformat.h"
#include "sandbox/sandboxjsonbody.h"
#include "sandbox/sandboxmessagingprofiles.h"
#include "sandbox/sandboxpage.h"
#include "sandbox/sandboxseeddata.h"
#include "sandbox/sandboxvalidation.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

SandboxResponse agentNotFound(const QString &id)
{
    return SandboxErrors::notFound(u"RCS agent"_s, id);
}

SandboxResponse badPathNumber(const QString &number)
{
    SandboxErrors errors;
    errors.addParameter(SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
                        u"%1 is not in E.164 format (+ then country code and number, digits "
                        "only)."_s.arg(quoted(number)),
                        u"phone_number"_s);
    return errors.response(422);
}

} // namespace

SandboxRcs::SandboxRcs(SandboxContext &context)
    : m_context(context)
{}

void SandboxRcs::clear()
{
    m_agents.clear();
    m_invites.clear();
    m_messages = QJsonArray();
}

void SandboxRcs::seed()
{
    SandboxRandom random = SandboxRandom::forStream(m_context.seed, 0, 30);
    const QList<QString> profiles = SandboxSeedData::messagingProfileIds(m_context.seed);
    for (int index = 0; index < 6; ++index) {
        Agent agent;
        if (index == 0) {
            agent.id = u"sandbox_demo_agent"_s;
            agent.name = u"Sandbox Demo"_s;
        } else {
            agent.name = SandboxSeedData::companyName(random);
            agent.id = SandboxSeedData::slugOf(agent.name).left(20) + QLatin1Char('_') +
                       random.uuid().left(6) + u"_agent"_s;
        }
        const QString slug = SandboxSeedData::slugOf(agent.name);
        agent.enabled = index != 5;
        agent.profileId = index % 3 == 2 ? QJsonValue() : QJsonValue(profiles.at(index % 4));
        agent.webhookUrl = index % 2 == 0
                               ? QJsonValue(u"https://hooks."_s + slug + u".com/telnyx/rcs"_s)
                               : QJsonValue();
        agent.webhookFailoverUrl =
            index == 0 ? QJsonValue(u"https://backup."_s + slug + u".com/telnyx/rcs"_s)
                       : QJsonValue();
        agent.createdAtMs = m_context.epochMs - (300 - 40 * index) * dayMs;
        agent.updatedAtMs = agent.createdAtMs + qint64(random.between(1, 30)) * dayMs;
        m_agents.append(agent);
    }
}

QStringList SandboxRcs::featuresFor(const QString &phoneNumber)
{
    if (phoneNumber.size() < 2)
        return {};
    const int last = phoneNumber.at(phoneNumber.size() - 1).digitValue();
    const int previous = phoneNumber.at(phoneNumber.size() - 2).digitValue();
    if (last < 0 || previous < 0 || last % 2 != 0)
        return {};
    QStringList features{u"RICHCARD_STANDALONE"_s, u"ACTION_DIAL"_s, u"ACTION_OPEN_URL"_s};
    if (previous & 1)
        features.append(u"RICHCARD_CAROUSEL"_s);
    if (previous & 2)
        features.append(u"ACTION_CREATE_CALENDAR_EVENT"_s);
    if (previous & 4) {
        features.append(u"ACTION_SHARE_LOCATION"_s);
        features.append(u"ACTION_VIEW_LOCATION"_s);
    }
    if (previous >= 8)
        features.append(u"REVOCATION"_s);
    return features;
}

SandboxRcs::Agent *SandboxRcs::findAgent(const QString &id)
{
    for (Agent &agent : m_agents) {
        if (agent.id == id)
            return &agent;
    }
    return nullptr;
}

QJsonObject SandboxRcs::agentJson(const Agent &agent) const
{
    return QJsonObject{{u"agent_id"_s, agent.id},
                       {u"agent_name"_s, agent.name},
                       {u"created_at"_s, SandboxFormat::isoTime(agent.createdAtMs)},
                       {u"enabled"_s, agent.enabled},
                       {u"profile_id"_s, agent.profileId},
                       {u"updated_at"_s, SandboxFormat::isoTime(agent.updatedAtMs)},
                       {u"user_id"_s, m_context.userId},
                       {u"webhook_failover_url"_s, agent.webhookFailoverUrl},
                       {u"webhook_url"_s, agent.webhookUrl}};
}

QJsonObject SandboxRcs::capabilityJson(const Agent &agent, const QString &phoneNumber) const
{
    return QJsonObject{{u"agent_id"_s, agent.id},
                       {u"agent_name"_s, agent.name},
                       {u"features"_s, QJsonArray::fromStringList(featuresFor(phoneNumber))},
                       {u"phone_number"_s, phoneNumber},
                       {u"record_type"_s, u"rcs.capabilities"_s}};
}

SandboxResponse SandboxRcs::listAgents(const SandboxRequest &request)
{
    SandboxPage page;
    SandboxResponse error;
    if (!SandboxPage::parse(request, u"page[number]"_s, u"page[size]"_s, &page, &error,
                            m_context.realistic))
        return error;
    QJsonArray data;
    const qint64 total = m_agents.size();
    for (qint64 i = page.offset(); i < total && i < page.offset() + page.size; ++i)
        data.append(agentJson(m_agents.at(qsizetype(i))));
    return SandboxResponse::json(200,
                                 QJsonObject{{u"data"_s, data}, {u"meta"_s, page.meta(total)}});
}

SandboxResponse SandboxRcs::retrieveAgent(const QString &id)
{
    const Agent *agent = findAgent(id);
    if (!agent)
        return agentNotFound(id);
    return SandboxResponse::data(agentJson(*agent));
}

SandboxResponse SandboxRcs::updateAgent(const QString &id, const SandboxRequest &request)
{
    Agent *agent = findAgent(id);
    if (!agent)
        return agentNotFound(id);
    QJsonObject body;
    SandboxResponse error;
    if (!SandboxJsonBody::parseObject(request, true, &body, &error))
        return error;
    SandboxErrors errors;
    const QJsonValue profile = body.value(u"profile_id"_s);
    if (!profile.isUndefined() && !profile.isNull() &&
        (!profile.isString() || profile.toString().trimmed().isEmpty()))
        errors.invalid(u"/profile_id"_s,
                       u"profile_id must be a messaging profile ID, or null to clear it."_s);
    for (const QString &field : {u"webhook_url"_s, u"webhook_failover_url"_s}) {
        const QJsonValue url = body.value(field);
        if (url.isUndefined() || url.isNull())
            continue;
        if (!url.isString() || !SandboxValidation::isHttpsUrl(url.toString()))
            errors.invalid(QLatin1Char('/') + field,
                           u"%1 must be an https:// URL, or null to clear it; got %2."_s.arg(
                               field, quoted(url.toVariant().toString())));
    }
    if (!errors.isEmpty())
        return errors.response(422);
    if (body.contains(u"profile_id"_s))
        agent->profileId = profile.isNull() ? QJsonValue() : profile;
    m_context.profiles->ensure(profile.toString());
    if (body.contains(u"webhook_url"_s))
        agent->webhookUrl = body.value(u"webhook_url"_s);
    if (body.contains(u"webhook_failover_url"_s))
        agent->webhookFailoverUrl = body.value(u"webhook_failover_url"_s);
    agent->updatedAtMs = m_context.now();
    m_context.touch();
    return SandboxResponse::data(agentJson(*agent));
}

SandboxResponse SandboxRcs::bulkCapabilities(const SandboxRequest &request)
{
    QJsonObject body;
    SandboxResponse error;
    if (!SandboxJsonBody::parseObject(request, false, &body, &error))
        return error;
    SandboxErrors errors;
    const QJsonValue agentValue = body.value(u"agent_id"_s);
    const Agent *agent = nullptr;
    if (!agentValue.isString() || agentValue.toString().isEmpty()) {
        errors.missing(u"/agent_id"_s, u"agent_id"_s);
    } else {
        agent = findAgent(agentValue.toString());
        if (!agent)
            errors.invalid(u"/agent_id"_s,
                           u"No RCS agent %1 exists."_s.arg(quoted(agentValue.toString())));
    }
    const QJsonValue numbersValue = body.value(u"phone_numbers"_s);
    const QJsonArray numbers = numbersValue.toArray();
    if (!numbersValue.isArray() || numbers.isEmpty()) {
        errors.missing(u"/phone_numbers"_s, u"phone_numbers"_s);
    } else if (numbers.size() > maximumBulkNumbers) {
        errors.invalid(u"/phone_numbers"_s,
                       u"At most %1 phone numbers can be checked in one request; got %2."_s.arg(
                           QString::number(maximumBulkNumbers), QString::number(numbers.size())));
    } else {
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            if (!numbers.at(i).isString() || !SandboxValidation::isE164(numbers.at(i).toString()))
                errors.add(SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
                           u"%1 is not in E.164 format."_s.arg(
                               quoted(numbers.at(i).toVariant().toString())),
                           u"/phone_numbers/%1"_s.arg(i));
        }
    }
    if (!errors.isEmpty())
        return errors.response(422);
    QStringList asked;
    for (const QJsonValue &number : numbers)
        asked.append(number.toString());
    if (m_context.realistic) {
        // Like RBM's batch check, which lists only the reachable users, in an order of its
        // own: numbers that cannot receive RCS are left out, the rest sorted by number.
        asked.removeIf([](const QString &number) { return featuresFor(number).isEmpty(); });
        asked.sort();
        asked.removeDuplicates();
    }
    QJsonArray data;
    for (const QString &number : std::as_const(asked))
        data.append(capabilityJson(*agent, number));
    return SandboxResponse::data(data);
}

SandboxResponse SandboxRcs::capabilities(const QString &agentId, const QString &phoneNumber)
{
    const Agent *agent = findAgent(agentId);
    if (!agent)
        return agentNotFound(agentId);
    if (!SandboxValidation::isE164(phoneNumber))
        return badPathNumber(phoneNumber);
    if (m_context.realistic && featuresFor(phoneNumber).isEmpty()) {
        // Google's RBM answers 404 for a user without RCS; the error names the number (and
        // never the agent, which a 404 for an unknown agent does).
        SandboxErrors errors;
        errors.addParameter(SandboxErrors::NotFound, u"Resource not found"_s,
                            u"Phone number %1 not found: it cannot receive RCS messages."_s.arg(
                                quoted(phoneNumber)),
                            u"phone_number"_s);
        return errors.response(404);
    }
    return SandboxResponse::data(capabilityJson(*agent, phoneNumber));
}

SandboxResponse SandboxRcs::inviteTestNumber(const QString &agentId, const QString &phoneNumber)
{
    const Agent *agent = findAgent(agentId);
    if (!agent)
        return agentNotFound(agentId);
    if (!SandboxValidation::isE164(phoneNumber))
        return badPathNumber(phoneNumber);
    const qint64 now = m_context.now();
    QString status = u"pending"_s;
    bool known = false;
    for (const Invite &invite : std::as_const(m_invites)) {
        if (invite.agentId != agentId || invite.phoneNumber != phoneNumber)
            continue;
        known = true;
        if (now - invite.invitedAtMs >= inviteAcceptMs && !featuresFor(phoneNumber).isEmpty())
            status = u"accepted"_s;
    }
    if (!known) {
        m_invites.append({agentId, phoneNumber, now});
        m_context.touch();
    }
    return SandboxResponse::data(QJsonObject{{u"agent_id"_s, agent->id},
                                             {u"phone_number"_s, phoneNumber},
                                             {u"record_type"_s, u"rcs.test_number_invite"_s},
                                             {u"status"_s, status}});
}

SandboxResponse SandboxRcs::send(const SandboxRequest &request)
{
    QJsonObject body;
    SandboxResponse error;
    if (!SandboxJsonBody::parseObject(request, false, &body, &error))
        return error;
    SandboxErrors errors;
    const Agent *agent = nullptr;
    const QJsonValue agentValue = body.value(u"agent_id"_s);
    if (!agentValue.isString() || agentValue.toString().isEmpty()) {
        errors.missing(u"/agent_id"_s, u"agent_id"_s);
    } else {
        agent = findAgent(agentValue.toString());
        if (!agent)
            errors.invalid(u"/agent_id"_s,
                           u"No RCS agent %1 exists."_s.arg(quoted(agentValue.toString())));
        else if (!agent->enabled)
            errors.invalid(u"/agent_id"_s,
                           u"The RCS agent %1 is disabled."_s.arg(quoted(agent->id)));
    }
    const QJsonValue to = body.value(u"to"_s);
    if (!to.isString() || to.toString().isEmpty())
        errors.missing(u"/to"_s, u"to"_s);
    else if (!SandboxValidation::isE164(to.toString()))
        errors.add(
            SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
            u"%1 is not in E.164 format (+ then country code and number, digits only)."_s.arg(
                quoted(to.toString())),
            u"/to"_s);
    const QJsonValue profile = body.value(u"messaging_profile_id"_s);
    if (!profile.isString() || profile.toString().trimmed().isEmpty())
        errors.missing(u"/messaging_profile_id"_s, u"messaging_profile_id"_s);
    const QJsonValue message = body.value(u"agent_message"_s);
    if (!message.isObject()) {
        if (message.isUndefined() || message.isNull())
            errors.missing(u"/agent_message"_s, u"agent_message"_s);
        else
            errors.invalid(u"/agent_message"_s, u"agent_message must be an object."_s);
    } else {
        const QJsonValue text =
            message.toObject().value(u"content_message"_s).toObject().value(u"text"_s);
        if (text.isString() && text.toString().size() > 3072)
            errors.invalid(u"/agent_message/content_message/text"_s,
                           u"The text may be at most 3072 characters long."_s);
    }
    const QJsonValue type = body.value(u"type"_s);
    if (!type.isUndefined() && !type.isNull() && type.toString() != u"RCS"_s)
        errors.invalid(u"/type"_s, u"type must be \"RCS\"."_s);
    const QJsonValue webhook = body.value(u"webhook_url"_s);
    if (!webhook.isUndefined() && !webhook.isNull() &&
        (!webhook.isString() || !SandboxValidation::isWebUrl(webhook.toString())))
        errors.invalid(u"/webhook_url"_s, u"webhook_url must be a full URL with its scheme."_s);
    for (const QString &fallback : {u"sms_fallback"_s, u"mms_fallback"_s}) {
        const QJsonValue from = body.value(fallback).toObject().value(u"from"_s);
        if (!from.isUndefined() && !from.isNull() &&
            (!from.isString() || !SandboxValidation::isE164(from.toString())))
            errors.add(SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
                       u"%1 is not in E.164 format."_s.arg(quoted(from.toVariant().toString())),
                       QLatin1Char('/') + fallback + u"/from"_s);
    }
    if (!errors.isEmpty())
        return errors.response(422);

    static const QStringList carriers{u"T-Mobile USA"_s, u"Verizon Wireless"_s, u"AT&T Mobility"_s};
    const QString recipient = to.toString();
    const QString carrier =
        carriers.at(qsizetype(SandboxFormat::stableHash(recipient) % quint32(carriers.size())));
    const QJsonObject data{{u"id"_s, m_context.random.uuid()},
                           {u"body"_s, message.toObject()},
                           {u"direction"_s, u"outbound"_s},
                           {u"encoding"_s, u"utf-8"_s},
                           {u"from"_s, QJsonObject{{u"agent_id"_s, agent->id},
                                                   {u"agent_name"_s, agent->name},
                                                   {u"carrier"_s, u"Google"_s}}},
                           {u"messaging_profile_id"_s, profile.toString()},
                           {u"organization_id"_s, m_context.organizationId},
                           {u"received_at"_s, SandboxFormat::isoTime(m_context.now())},
                           {u"record_type"_s, u"message"_s},
                           {u"to"_s, QJsonArray{QJsonObject{{u"carrier"_s, carrier},
                                                            {u"line_type"_s, u"Wireless"_s},
                                                            {u"phone_number"_s, recipient},
                                                            {u"status"_s, u"queued"_s}}}},
                           {u"type"_s, u"RCS"_s},
                           {u"wait_seconds"_s, 0.0}};
    m_messages.append(data);
    while (m_messages.size() > 1000)
        m_messages.removeFirst();
    m_context.touch();
    return SandboxResponse::data(data);
}

SandboxResponse SandboxRcs::deeplink(const QString &agentId, const SandboxRequest &request)
{
    const Agent *agent = findAgent(agentId);
    if (!agent)
        return agentNotFound(agentId);
    const QString phoneNumber = request.queryValue(u"phone_number"_s).trimmed();
    if (!phoneNumber.isEmpty() && !SandboxValidation::isE164(phoneNumber))
        return badPathNumber(phoneNumber);
    QString url = u"sms:"_s + phoneNumber + u"?service_id="_s +
                  SandboxFormat::percentEncode(agent->id + u"@rbm.goog"_s);
    const QString text = request.formValue(u"body"_s);
    if (!text.isEmpty())
        url += u"&body="_s + SandboxFormat::percentEncode(text);
    return SandboxResponse::data(QJsonObject{{u"url"_s, url}});
}

QJsonObject SandboxRcs::save() const
{
    QJsonArray agents;
    for (const Agent &agent : m_agents) {
        agents.append(QJsonObject{{u"id"_s, agent.id},
                                  {u"name"_s, agent.name},
                                  {u"enabled"_s, agent.enabled},
                                  {u"profile_id"_s, agent.profileId},
                                  {u"webhook_url"_s, agent.webhookUrl},
                                  {u"webhook_failover_url"_s, agent.webhookFailoverUrl},
                                  {u"created_at"_s, double(agent.createdAtMs)},
                                  {u"updated_at"_s, double(agent.updatedAtMs)}});
    }
    QJsonArray invites;
    for (const Invite &invite : m_invites) {
        invites.append(QJsonObject{{u"agent_id"_s, invite.agentId},
                                   {u"phone_number"_s, invite.phoneNumber},
                                   {u"invited_at"_s, double(invite.invitedAtMs)}});
    }
    return QJsonObject{{u"agents"_s, agents}, {u"invites"_s, invites}, {u"messages"_s, m_messages}};
}

bool SandboxRcs::load(const QJsonObject &saved, QString *error)
{
    clear();
    const auto nullIfMissing = [](const QJsonValue &value) {
        return value.isUndefined() ? QJsonValue() : value;
    };
    const QJsonArray agents = saved.value(u"agents"_s).toArray();
    for (const QJsonValue &value : agents) {
        const QJsonObject entry = value.toObject();
        Agent agent;
        agent.id = entry.value(u"id"_s).toString();
        if (agent.id.isEmpty()) {
            *error = u"RCS agent without id"_s;
            return false;
        }
        agent.name = entry.value(u"name"_s).toString();
        agent.enabled = entry.value(u"enabled"_s).toBool(true);
        agent.profileId = nullIfMissing(entry.value(u"profile_id"_s));
        agent.webhookUrl = nullIfMissing(entry.value(u"webhook_url"_s));
        agent.webhookFailoverUrl = nullIfMissing(entry.value(u"webhook_failover_url"_s));
        agent.createdAtMs = qint64(entry.value(u"created_at"_s).toDouble());
        agent.updatedAtMs = qint64(entry.value(u"updated_at"_s).toDouble());
        m_agents.append(agent);
    }
    const QJsonArray invites = saved.value(u"invites"_s).toArray();
    for (const QJsonValue &value : invites) {
        const QJsonObject entry = value.toObject();
        m_invites.append({entry.value(u"agent_id"_s).toString(),
                          entry.value(u"phone_number"_s).toString(),
                          qint64(entry.value(u"invited_at"_s).toDouble())});
    }
    m_messages = saved.value(u"messages"_s).toArray();
    return true;
}
