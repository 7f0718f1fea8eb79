#include "sandbox/sandboxtollfree.h"

#include "sandbox/sandboxerrors.h"
#include "sandbox/sandboxformat.h"
#include "sandbox/sandboxjsonbody.h"
#include "sandbox/sandboxpage.h"
#include "sandbox/sandboxseeddata.h"
#include "sandbox/sandboxtollfreevalidator.h"
#include "sandbox/sandboxvalidation.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 stepMs = 3600LL * 1000; // one virtual hour between automated steps

// Optional string fields the SDK types declare as plain strings: "" when never given.
const QStringList &plainStringFields()
{
    static const QStringList fields{u"businessAddr2"_s,
                                    u"businessRegistrationCountry"_s,
                                    u"businessRegistrationNumber"_s,
                                    u"businessRegistrationType"_s,
                                    u"doingBusinessAs"_s,
                                    u"helpMessageResponse"_s,
                                    u"isvReseller"_s,
                                    u"optInConfirmationResponse"_s,
                                    u"optInKeywords"_s,
                                    u"privacyPolicyURL"_s,
                                    u"termsAndConditionURL"_s,
                                    u"webhookUrl"_s};
    return fields;
}

QStringList numbersOf(const QJsonObject &body)
{
    QStringList numbers;
    const QJsonArray list = body.value(u"phoneNumbers"_s).toArray();
    for (const QJsonValue &entry : list)
        numbers.append(entry.toObject().value(u"phoneNumber"_s).toString());
    return numbers;
}

} // namespace

SandboxTollFree::SandboxTollFree(SandboxContext &context)
    : m_context(context)
{}

SandboxTollFree::~SandboxTollFree() = default;

void SandboxTollFree::clear()
{
    m_records.clear();
    m_byId.clear();
    m_pending.clear();
    m_filtered.clear();
    m_nextStepDueMs = 0;
    ++m_changes;
}

void SandboxTollFree::seed(int count)
{
    m_records.reserve(m_records.size() + size_t(count));
    m_byId.reserve(m_byId.size() + count);
    for (int index = 0; index < count; ++index) {
        const SandboxSeedData::TollFreeIdentity identity =
            SandboxSeedData::tollFreeIdentity(m_context.seed, index);
        SandboxSeedData::TollFreeTimeline timeline =
            SandboxSeedData::tollFreeTimeline(m_context.seed, index, count, m_context.epochMs);
        auto record = std::make_unique<Record>();
        record->id = identity.id;
        record->seedIndex = index;
        record->businessName = identity.businessName;
        record->phoneNumbers = identity.phoneNumbers;
        record->createdAtMs = timeline.createdAtMs;
        record->updatedAtMs = timeline.history.last().atMs;
        record->history = std::move(timeline.history);
        insert(std::move(record));
    }
}

void SandboxTollFree::insert(std::unique_ptr<Record> record)
{
    m_byId.insert(record->id, record.get());
    if (record->stage != 0) {
        m_pending.insert(record.get());
        m_nextStepDueMs = qMin(m_nextStepDueMs, record->nextStepAtMs);
    }
    m_records.push_back(std::move(record));
    ++m_changes;
}

void SandboxTollFree::recordChanged(Record *record)
{
    record->json.clear();
    ++m_changes;
}

SandboxTollFree::Record *SandboxTollFree::find(const QString &id)
{
    Record *record = m_byId.value(id, nullptr);
    if (record)
        advance(record, m_context.now());
    return record;
}

SandboxTollFree::Outcome SandboxTollFree::outcomeFor(const QString &businessName, const QString &id,
                                                     bool resubmission)
{
    if (businessName.contains(u"[reject]"_s, Qt::CaseInsensitive))
        return Outcome::Rejected;
    if (businessName.contains(u"[customer]"_s, Qt::CaseInsensitive))
        return Outcome::WaitingForCustomer;
    if (businessName.contains(u"[verify]"_s, Qt::CaseInsensitive) || resubmission)
        return Outcome::Verified;
    const quint32 bucket = SandboxFormat::stableHash(id) % 10;
    if (bucket == 0)
        return Outcome::Rejected;
    if (bucket <= 2)
        return Outcome::WaitingForCustomer;
    return Outcome::Verified;
}

void SandboxTollFree::submit(Record *record, bool resubmission)
{
    const qint64 now = m_context.now();
    record->history.append({TollFreeStatus::InProgress, QString(), now});
    record->updatedAtMs = now;
    record->stage = 1;
    record->nextStepAtMs = now + stepMs;
    record->outcome = outcomeFor(record->businessName, record->id, resubmission);
    const quint32 hash =
        SandboxFormat::stableHash(record->id + QString::number(record->history.size()));
    if (record->outcome == Outcome::WaitingForCustomer) {
        const QStringList &reasons = SandboxSeedData::customerReasons();
        record->outcomeReason = reasons.at(qsizetype(hash % quint32(reasons.size())));
    } else if (record->outcome == Outcome::Rejected) {
        const QStringList &reasons = SandboxSeedData::rejectionReasons();
        record->outcomeReason = reasons.at(qsizetype(hash % quint32(reasons.size())));
    } else {
        record->outcomeReason.clear();
    }
    m_pending.insert(record);
    m_nextStepDueMs = qMin(m_nextStepDueMs, record->nextStepAtMs);
    recordChanged(record);
}

void SandboxTollFree::advance(Record *record, qint64 now)
{
    bool changed = false;
    while (record->stage != 0 && record->nextStepAtMs <= now) {
        const qint64 at = record->nextStepAtMs;
        changed = true;
        if (record->stage == 1) {
            record->history.append({TollFreeStatus::WaitingForTelnyx, QString(), at});
            record->stage = 2;
            record->nextStepAtMs = at + stepMs;
        } else if (record->stage == 2) {
            switch (record->outcome) {
            case Outcome::WaitingForCustomer:
                record->history.append(
                    {TollFreeStatus::WaitingForCustomer, record->outcomeReason, at});
                record->stage = 0;
                break;
            case Outcome::Rejected:
                record->history.append({TollFreeStatus::Rejected, record->outcomeReason, at});
                record->stage = 0;
                break;
            case Outcome::Verified:
                record->history.append({TollFreeStatus::WaitingForVendor, QString(), at});
                record->stage = 3;
                record->nextStepAtMs = at + stepMs;
                break;
            }
        } else {
            record->history.append({TollFreeStatus::Verified, QString(), at});
            record->stage = 0;
        }
        record->updatedAtMs = at;
    }
    if (changed) {
        m_context.touch();
        recordChanged(record);
        if (record->stage == 0)
            m_pending.remove(record);
    }
}

void SandboxTollFree::advanceAll()
{
    const qint64 now = m_context.now();
    if (now < m_nextStepDueMs)
        return;
    const QList<Record *> pending = m_pending.values();
    m_nextStepDueMs = std::numeric_limits<qint64>::max();
    for (Record *record : pending) {
        advance(record, now);
        if (record->stage != 0)
            m_nextStepDueMs = qMin(m_nextStepDueMs, record->nextStepAtMs);
    }
}

QJsonObject SandboxTollFree::bodyOf(const Record &record) const
{
    if (record.seedIndex < 0)
        return record.body;
    const SandboxSeedData::TollFreeIdentity identity =
        SandboxSeedData::tollFreeIdentity(m_context.seed, record.seedIndex);
    return SandboxSeedData::tollFreeBody(m_context.seed, record.seedIndex, identity);
}

SandboxResponse SandboxTollFree::validationFailure(const SandboxErrors &errors) const
{
    if (!m_context.realistic)
        return errors.response(422);
    return errors.responseWithoutSources(
        422, u"https://developers.telnyx.com/docs/messaging/toll-free-verification"_s);
}

QJsonObject SandboxTollFree::toJson(const Record &record, Shape shape) const
{
    const QJsonObject body = bodyOf(record);
    QJsonObject json;
    json.insert(u"id"_s, record.id);
    json.insert(u"verificationRequestId"_s, record.id);
    for (const QString &field : SandboxTollFreeValidator::requiredFields())
        json.insert(field, body.value(field));
    for (const QString &field : plainStringFields()) {
        const QJsonValue value = body.value(field);
        json.insert(field, value.isString() ? value : QJsonValue(QString()));
    }
    const QJsonValue ageGated = body.value(u"ageGatedContent"_s);
    json.insert(u"ageGatedContent"_s, ageGated.isBool() ? ageGated.toBool() : false);
    const QJsonValue token = body.value(u"campaignVerifyAuthorizationToken"_s);
    json.insert(u"campaignVerifyAuthorizationToken"_s,
                token.isString() && !token.toString().isEmpty() ? token : QJsonValue());
    // The SDK types declare entityType as a plain enum; when the submitter left it out the
    // sandbox reports the most common classification.
    const QJsonValue entity = body.value(u"entityType"_s);
    json.insert(u"entityType"_s, entity.isString() && !entity.toString().isEmpty()
                                     ? entity
                                     : QJsonValue(u"PRIVATE_PROFIT"_s));
    const TollFreeStatusChange &current = record.history.last();
    json.insert(u"verificationStatus"_s, TollFreeStatusNames::name(current.status));
    json.insert(u"reason"_s, current.reason);
    json.insert(u"createdAt"_s, SandboxFormat::isoTime(record.createdAtMs));
    json.insert(u"updatedAt"_s, SandboxFormat::isoTime(record.updatedAtMs));
    if (m_context.realistic) {
        // Only what the SDK type of this answer declares.
        if (shape == Shape::Egress) {
            json.remove(u"reason"_s);
            json.remove(u"createdAt"_s);
            json.remove(u"updatedAt"_s);
        } else {
            json.remove(u"verificationRequestId"_s);
        }
    }
    return json;
}

const QByteArray &SandboxTollFree::statusJson(Record &record)
{
    // The record's JSON changes with the record (recordChanged clears it) and with the mode.
    return record.json.bytes(m_context.realistic ? 2 : 1, [&] { return toJson(record); });
}

SandboxResponse SandboxTollFree::list(const SandboxRequest &request)
{
    SandboxPage page;
    SandboxResponse error;
    if (!SandboxPage::parse(request, u"page"_s, u"page_size"_s, &page, &error, m_context.realistic))
        return error;

    SandboxErrors errors;
    const QString nameFilter = request.formValue(u"business_name"_s).trimmed();
    const QString phoneFilter = request.queryValue(u"phone_number"_s).trimmed();
    const QString statusText = request.formValue(u"status"_s).trimmed();
    TollFreeStatus statusFilter = TollFreeStatus::InProgress;
    const bool byStatus = !statusText.isEmpty();
    if (byStatus && !TollFreeStatusNames::parse(statusText, &statusFilter)) {
        errors.addParameter(SandboxErrors::InvalidValue, u"Invalid value"_s,
                            u"'%1' is not a verification status."_s.arg(statusText), u"status"_s);
    }
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    const std::pair<QString, bool> dateKeys[] = {{u"date_start"_s, false}, {u"date_end"_s, true}};
    for (const auto &[key, endOfDay] : dateKeys) {
        const QString text = request.queryValue(key).trimmed();
        if (text.isEmpty())
            continue;
        qint64 ms = 0;
        if (!SandboxFormat::parseIsoTime(text, endOfDay, &ms))
            errors.addParameter(SandboxErrors::InvalidValue, u"Invalid value"_s,
                                u"'%1' is not an ISO 8601 date or date-time."_s.arg(text), key);
        else if (endOfDay)
            to = ms;
        else
            from = ms;
    }
    if (!errors.isEmpty())
        return validationFailure(errors);

    advanceAll();
    const bool filtered = !nameFilter.isEmpty() || !phoneFilter.isEmpty() || byStatus ||
                          from != std::numeric_limits<qint64>::min() ||
                          to != std::numeric_limits<qint64>::max();
    const qint64 total = qint64(m_records.size());
    const qint64 first = page.offset();
    QList<QByteArray> records;
    qint64 matches = total;
    if (!filtered) {
        for (qint64 i = first; i < total && i < first + page.size; ++i)
            records.append(statusJson(*m_records[size_t(total - 1 - i)]));
    } else {
        const QString key =
            QStringList{byStatus ? TollFreeStatusNames::name(statusFilter) : QString(),
                        QString::number(from), QString::number(to), nameFilter, phoneFilter}
                .join(QChar(0x1f));
        const std::vector<Record *> &list = m_filtered.matches(key, m_changes, [&] {
            std::vector<Record *> found;
            for (auto it = m_records.rbegin(); it != m_records.rend(); ++it) {
                Record *record = it->get();
                if (byStatus && record->status() != statusFilter)
                    continue;
                if (record->createdAtMs < from || record->createdAtMs > to)
                    continue;
                if (!nameFilter.isEmpty() &&
                    !record->businessName.contains(nameFilter, Qt::CaseInsensitive))
                    continue;
                if (!phoneFilter.isEmpty() &&
                    std::none_of(
                        record->phoneNumbers.cbegin(), record->phoneNumbers.cend(),
                        [&](const QString &number) { return number.contains(phoneFilter); }))
                    continue;
                found.push_back(record);
            }
            return found;
        });
        matches = qint64(list.size());
        for (qint64 i = first; i < matches && i < first + page.size; ++i)
            records.append(statusJson(*list[size_t(i)]));
    }
    return SandboxResponse::jsonList("records", records, "total_records",
                                     QByteArray::number(matches));
}

SandboxResponse SandboxTollFree::create(const SandboxRequest &request)
{
    QJsonObject body;
    SandboxResponse error;
    if (!SandboxJsonBody::parseObject(request, false, &body, &error))
        return error;
    QJsonObject normalized;
    const SandboxErrors errors = SandboxTollFreeValidator::validate(body, &normalized);
    if (!errors.isEmpty())
        return validationFailure(errors);

    auto record = std::make_unique<Record>();
    record->id = m_context.random.uuid();
    record->body = normalized;
    record->businessName = normalized.value(u"businessName"_s).toString();
    record->phoneNumbers = numbersOf(normalized);
    record->createdAtMs = m_context.now();
    Record *raw = record.get();
    insert(std::move(record));
    submit(raw, false);
    m_context.touch();
    return SandboxResponse::json(200, toJson(*raw, Shape::Egress));
}

SandboxResponse SandboxTollFree::retrieve(const QString &id)
{
    Record *record = find(id);
    if (!record)
        return SandboxErrors::notFound(u"verification request"_s, id);
    return SandboxResponse::serialisedJson(200, statusJson(*record));
}

SandboxResponse SandboxTollFree::update(const QString &id, const SandboxRequest &request)
{
    Record *record = find(id);
    if (!record)
        return SandboxErrors::notFound(u"verification request"_s, id);
    QJsonObject body;
    SandboxResponse error;
    if (!SandboxJsonBody::parseObject(request, false, &body, &error))
        return error;
    QJsonObject normalized;
    const SandboxErrors errors = SandboxTollFreeValidator::validate(body, &normalized);
    if (!errors.isEmpty())
        return validationFailure(errors);

    record->seedIndex = -1;
    record->body = normalized;
    record->businessName = normalized.value(u"businessName"_s).toString();
    record->phoneNumbers = numbersOf(normalized);
    record->updatedAtMs = m_context.now();
    const TollFreeStatus status = record->status();
    if (status == TollFreeStatus::WaitingForCustomer || status == TollFreeStatus::Rejected)
        submit(record, true);
    recordChanged(record);
    m_context.touch();
    return SandboxResponse::json(200, toJson(*record, Shape::Egress));
}

SandboxResponse SandboxTollFree::remove(const QString &id)
{
    Record *record = find(id);
    if (!record)
        return SandboxErrors::notFound(u"verification request"_s, id);
    if (record->status() != TollFreeStatus::Rejected) {
        return SandboxErrors::single(
            400, SandboxErrors::InvalidState, u"Request cannot be deleted"_s,
            u"Only requests in the Rejected state can be deleted; this one is '%1'."_s.arg(
                TollFreeStatusNames::name(record->status())));
    }
    m_pending.remove(record);
    m_byId.remove(id);
    const auto position = std::find_if(
        m_records.begin(), m_records.end(),
        [record](const std::unique_ptr<Record> &entry) { return entry.get() == record; });
    if (position != m_records.end())
        m_records.erase(position);
    ++m_changes;
    m_context.touch();
    // The SDK does not read this answer; the real API's body is not documented.
    if (m_context.realistic)
        return SandboxResponse::text(200, "Verification request deleted");
    return SandboxResponse::empty(200);
}

SandboxResponse SandboxTollFree::statusHistory(const QString &id, const SandboxRequest &request)
{
    SandboxPage page;
    SandboxResponse error;
    if (!SandboxPage::parse(request, u"page[number]"_s, u"page[size]"_s, &page, &error,
                            m_context.realistic))
        return error;
    Record *record = find(id);
    if (!record)
        return SandboxErrors::notFound(u"verification request"_s, id);
    QJsonArray records;
    const qint64 total = record->history.size();
    for (qint64 i = page.offset(); i < total && i < page.offset() + page.size; ++i) {
        const TollFreeStatusChange &change = record->history.at(qsizetype(i));
        records.append(QJsonObject{
            {u"verificationStatus"_s, TollFreeStatusNames::name(change.status)},
            {u"reason"_s, change.reason.isEmpty() ? QJsonValue() : QJsonValue(change.reason)},
            {u"updatedAt"_s, SandboxFormat::isoTime(change.atMs)}});
    }
    return SandboxResponse::json(
        200, QJsonObject{{u"records"_s, records}, {u"total_records"_s, double(total)}});
}

QJsonObject SandboxTollFree::statusCounts()
{
    advanceAll();
    QHash<TollFreeStatus, int> counts;
    for (const auto &record : m_records)
        ++counts[record->status()];
    QJsonObject result;
    for (const TollFreeStatus status : TollFreeStatusNames::all())
        result.insert(TollFreeStatusNames::name(status), counts.value(status));
    return result;
}

QJsonObject SandboxTollFree::save() const
{
    QJsonArray records;
    for (const auto &record : m_records) {
        QJsonArray history;
        for (const TollFreeStatusChange &change : record->history)
            history.append(QJsonArray{TollFreeStatusNames::name(change.status), change.reason,
                                      double(change.atMs)});
        QJsonObject entry{{u"id"_s, record->id},
                          {u"created_at"_s, double(record->createdAtMs)},
                          {u"updated_at"_s, double(record->updatedAtMs)},
                          {u"history"_s, history}};
        if (record->seedIndex >= 0)
            entry.insert(u"seed_index"_s, record->seedIndex);
        else
            entry.insert(u"body"_s, record->body);
        if (record->stage != 0) {
            entry.insert(u"stage"_s, record->stage);
            entry.insert(u"next_step_at"_s, double(record->nextStepAtMs));
            entry.insert(u"outcome"_s, int(record->outcome));
            entry.insert(u"outcome_reason"_s, record->outcomeReason);
        }
        records.append(entry);
    }
    return QJsonObject{{u"records"_s, records}};
}

bool SandboxTollFree::load(const QJsonObject &saved, QString *error)
{
    clear();
    const QJsonArray records = saved.value(u"records"_s).toArray();
    std::vector<std::unique_ptr<Record>> loaded;
    loaded.reserve(size_t(records.size()));
    for (const QJsonValue &value : records) {
        const QJsonObject entry = value.toObject();
        auto record = std::make_unique<Record>();
        record->id = entry.value(u"id"_s).toString();
        record->createdAtMs = qint64(entry.value(u"created_at"_s).toDouble());
        record->updatedAtMs = qint64(entry.value(u"updated_at"_s).toDouble());
        const QJsonArray history = entry.value(u"history"_s).toArray();
        for (const QJsonValue &step : history) {
            const QJsonArray fields = step.toArray();
            TollFreeStatusChange change;
            if (!TollFreeStatusNames::parse(fields.at(0).toString(), &change.status)) {
                *error = u"unknown status in toll-free record %1"_s.arg(record->id);
                return false;
            }
            change.reason = fields.at(1).toString();
            change.atMs = qint64(fields.at(2).toDouble());
            record->history.append(change);
        }
        if (record->id.isEmpty() || record->history.isEmpty()) {
            *error = u"toll-free record without id or history"_s;
            return false;
        }
        if (entry.contains(u"seed_index"_s)) {
            record->seedIndex = entry.value(u"seed_index"_s).toInt();
            const SandboxSeedData::TollFreeIdentity identity =
                SandboxSeedData::tollFreeIdentity(m_context.seed, record->seedIndex);
            record->businessName = identity.businessName;
            record->phoneNumbers = identity.phoneNumbers;
        } else {
            record->body = entry.value(u"body"_s).toObject();
            record->businessName = record->body.value(u"businessName"_s).toString();
            record->phoneNumbers = numbersOf(record->body);
        }
        record->stage = entry.value(u"stage"_s).toInt();
        record->nextStepAtMs = qint64(entry.value(u"next_step_at"_s).toDouble());
        record->outcome = Outcome(qBound(0, entry.value(u"outcome"_s).toInt(), 2));
        record->outcomeReason = entry.value(u"outcome_reason"_s).toString();
        loaded.push_back(std::move(record));
    }
    std::stable_sort(loaded.begin(), loaded.end(), [](const auto &left, const auto &right) {
        return left->createdAtMs < right->createdAtMs;
    });
    for (auto &record : loaded)
        insert(std::move(record));
    return true;
}
