#include "sandbox/sandboxhosted.h"

#include "sandbox/sandboxeligibility.h"
#include "sandbox/sandboxerrors.h"
#include "sandbox/sandboxformat.h"
#include "sandbox/sandboxjsonbody.h"
#include "sandbox/sandboxmessagingprofiles.h"
#include "sandbox/sandboxmultipart.h"
#include "sandbox/sandboxpage.h"
#include "sandbox/sandboxseeddata.h"
#include "sandbox/sandboxvalidation.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3600LL * 1000;
constexpr qint64 dayMs = 24 * hourMs;

const QStringList &orderStatuses()
{
    static const QStringList statuses{u"carrier_rejected"_s,
                                      u"compliance_review_failed"_s,
                                      u"deleted"_s,
                                      u"failed"_s,
                                      u"incomplete_documentation"_s,
                                      u"incorrect_billing_information"_s,
                                      u"ineligible_carrier"_s,
                                      u"loa_file_invalid"_s,
                                      u"loa_file_successful"_s,
                                      u"pending"_s,
                                      u"provisioning"_s,
                                      u"successful"_s};
    return statuses;
}

QString seededOrderStatus(int index, SandboxRandom &random)
{
    if (index < orderStatuses().size())
        return orderStatuses().at(index);
    const quint32 roll = random.bounded(100);
    struct Weight
    {
        quint32 upTo;
        const char *status;
    };
    static const Weight weights[] = {{30, "successful"},
                                     {45, "pending"},
                                     {55, "loa_file_successful"},
                                     {63, "provisioning"},
                                     {70, "deleted"},
                                     {75, "failed"},
                                     {80, "carrier_rejected"},
                                     {84, "compliance_review_failed"},
                                     {89, "incomplete_documentation"},
                                     {93, "incorrect_billing_information"},
                                     {97, "ineligible_carrier"},
                                     {100, "loa_file_invalid"}};
    for (const Weight &weight : weights) {
        if (roll < weight.upTo)
            return QString::fromLatin1(weight.status);
    }
    return u"successful"_s;
}

QString seededNumberStatus(const QString &orderStatus, qsizetype position, SandboxRandom &random)
{
    if (orderStatus == u"provisioning"_s)
        return u"provisioning"_s;
    if (orderStatus == u"successful"_s) {
        if (position > 0 && random.chance(0.1))
            return random.chance(0.5) ? u"failed_number_already_hosted"_s : u"failed_activation"_s;
        return u"successful"_s;
    }
    if (orderStatus == u"deleted"_s)
        return u"deleted"_s;
    if (orderStatus == u"failed"_s) {
        static const QList<QString> failures{u"failed"_s, u"failed_activation"_s,
                                             u"failed_timeout"_s};
        return random.pick(failures);
    }
    if (orderStatus == u"carrier_rejected"_s)
        return u"failed_carrier_rejected"_s;
    if (orderStatus == u"compliance_review_failed"_s)
        return random.chance(0.5) ? u"failed_ownership_verification"_s : u"failed"_s;
    if (orderStatus == u"ineligible_carrier"_s)
        return random.chance(0.5) ? u"failed_ineligible_carrier"_s : u"failed_number_not_found"_s;
    return u"pending"_s;
}

bool isFailedNumber(const QString &status)
{
    return status.startsWith(u"failed"_s) || status == u"deleted"_s;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

const QString orderResource = u"messaging hosted number order"_s;
const QString numberResource = u"messaging hosted number"_s;

// Where an endpoint on one order or number ends before its own work: the 404 naming the
// resource when it was not found, then (when `request` is given) the 400 for a body that is not
// a JSON object, an empty body counting as {} when emptyIsObject. nullopt: carry on, with the
// parsed body in *body.
std::optional<SandboxResponse> refusal(bool found, const QString &resource, const QString &id,
                                       const SandboxRequest *request = nullptr,
                                       bool emptyIsObject = false, QJsonObject *body = nullptr)
{
    if (!found)
        return SandboxErrors::notFound(resource, id);
    SandboxResponse error;
    if (request && !SandboxJsonBody::parseObject(*request, emptyIsObject, body, &error))
        return error;
    return std::nullopt;
}

} // namespace

SandboxHosted::SandboxHosted(SandboxContext &context)
    : m_context(context)
{}

SandboxHosted::~SandboxHosted() = default;

void SandboxHosted::clear()
{
    m_orders.clear();
    m_byId.clear();
    m_numberById.clear();
    m_numberByPhone.clear();
    m_provisioning.clear();
    m_codes.clear();
    m_numberIndex.clear();
    m_activeNumbers.clear();
    m_numberLists.clear();
    m_indexStale = true;
}

void SandboxHosted::seed(int count)
{
    const QList<QString> profiles = SandboxSeedData::messagingProfileIds(m_context.seed);

    const qint64 span = 110 * dayMs;
    const qint64 slot = qMax<qint64>(1, span / qMax(1, count));
    m_orders.reserve(m_orders.size() + size_t(count));
    m_byId.reserve(m_byId.size() + count);
    for (int index = 0; index < count; ++index) {
        SandboxRandom random = SandboxRandom::forStream(m_context.seed, quint64(index), 11);
        auto order = std::make_unique<Order>();
        order->id = random.uuid();
        order->status = seededOrderStatus(index, random);
        order->profileId = random.chance(0.8) ? QJsonValue(random.pick(profiles)) : QJsonValue();
        order->createdAtMs = m_context.epochMs - 120 * dayMs + qint64(index) * slot +
                             qint64(random.next() % quint64(slot));
        order->updatedAtMs =
            order->createdAtMs + hourMs + qint64(random.next() % quint64(5 * dayMs));
        const QString &status = order->status;
        order->hasLoa = status != u"pending"_s && status != u"loa_file_invalid"_s;
        order->hasBill = order->hasLoa && status != u"incomplete_documentation"_s;
        const int numbers = random.between(1, 5);
        order->numbers.reserve(numbers);
        for (int n = 0; n < numbers; ++n) {
            Number number;
            number.id = random.uuid();
            number.phoneNumber = SandboxSeedData::eligibleLongCode(random);
            number.status = seededNumberStatus(status, n, random);
            number.verified =
                number.status == u"provisioning"_s || number.status == u"successful"_s;
            number.profileId = order->profileId;
            number.product = u"A2P"_s;
            static const QList<QString> tags{u"support"_s, u"billing"_s, u"marketing"_s, u"store"_s,
                                             u"alerts"_s};
            if (random.chance(0.3))
                number.tags = QStringList{random.pick(tags)};
            number.createdAtMs = order->createdAtMs;
            number.updatedAtMs = order->updatedAtMs;
            order->numbers.append(std::move(number));
        }
        insert(std::move(order));
    }
}

void SandboxHosted::insert(std::unique_ptr<Order> order)
{
    m_byId.insert(order->id, order.get());
    if (order->provisionedAtMs != 0)
        m_provisioning.insert(order.get());
    m_orders.push_back(std::move(order));
    m_indexStale = true;
}

void SandboxHosted::forget(Order *order)
{
    m_byId.remove(order->id);
    m_provisioning.remove(order);
    const auto position =
        std::find_if(m_orders.begin(), m_orders.end(),
                     [order](const std::unique_ptr<Order> &entry) { return entry.get() == order; });
    if (position != m_orders.end())
        m_orders.erase(position);
    m_indexStale = true;
}

void SandboxHosted::rebuildNumberIndex()
{
    if (!m_indexStale)
        return;
    m_numberIndex.clear();
    m_activeNumbers.clear();
    m_numberById.clear();
    m_numberByPhone.clear();
    for (auto it = m_orders.rbegin(); it != m_orders.rend(); ++it) {
        Order *order = it->get();
        if (order->status == u"deleted"_s)
            continue;
        for (qsizetype i = 0; i < order->numbers.size(); ++i) {
            const Number &number = order->numbers.at(i);
            if (number.status == u"deleted"_s)
                continue;
            m_numberIndex.push_back({order, i});
            m_numberById.insert(number.id, {order, i});
            m_numberByPhone.insert(number.phoneNumber, {order, i});
            if (!isFailedNumber(number.status))
                m_activeNumbers.insert(number.phoneNumber);
        }
    }
    m_indexStale = false;
}

bool SandboxHosted::numberIsActive(const QString &phoneNumber)
{
    rebuildNumberIndex();
    return m_activeNumbers.contains(phoneNumber);
}

bool SandboxHosted::isActiveStatus(const QString &status) const
{
    return status == u"pending"_s || status == u"loa_file_successful"_s ||
           status == u"incomplete_documentation"_s || status == u"loa_file_invalid"_s;
}

SandboxHosted::Order *SandboxHosted::findOrder(const QString &id)
{
    Order *order = m_byId.value(id, nullptr);
    if (order)
        advance(order, m_context.now());
    return order;
}

void SandboxHosted::advance(Order *order, qint64 now)
{
    if (order->provisionedAtMs == 0 || order->provisionedAtMs > now)
        return;
    order->status = u"successful"_s;
    for (Number &number : order->numbers) {
        if (number.status == u"provisioning"_s) {
            number.status = u"successful"_s;
            number.updatedAtMs = order->provisionedAtMs;
        }
    }
    order->updatedAtMs = order->provisionedAtMs;
    order->provisionedAtMs = 0;
    m_provisioning.remove(order);
    m_indexStale = true;
    m_context.touch();
}

void SandboxHosted::advanceAll()
{
    const qint64 now = m_context.now();
    const QList<Order *> pending = m_provisioning.values();
    for (Order *order : pending)
        advance(order, now);
}

void SandboxHosted::progress(Order *order)
{
    if (!isActiveStatus(order->status))
        return;
    const qint64 now = m_context.now();
    if (order->hasLoa && order->hasBill && order->status != u"loa_file_successful"_s) {
        order->status = u"loa_file_successful"_s;
        order->updatedAtMs = now;
    }
    if (order->status != u"loa_file_successful"_s)
        return;
    bool anyPending = false;
    for (const Number &number : std::as_const(order->numbers)) {
        if (number.status != u"pending"_s)
            continue;
        anyPending = true;
        if (!number.verified)
            return;
    }
    if (!anyPending)
        return;
    order->status = u"provisioning"_s;
    for (Number &number : order->numbers) {
        if (number.status == u"pending"_s) {
            number.status = u"provisioning"_s;
            number.updatedAtMs = now;
        }
    }
    order->updatedAtMs = now;
    order->provisionedAtMs = now + hourMs;
    m_provisioning.insert(order);
}

QJsonObject SandboxHosted::orderJson(const Order &order) const
{
    QJsonArray numbers;
    for (const Number &number : order.numbers) {
        numbers.append(QJsonObject{{u"id"_s, number.id},
                                   {u"phone_number"_s, number.phoneNumber},
                                   {u"record_type"_s, u"messaging_hosted_number"_s},
                                   {u"status"_s, number.status}});
    }
    QJsonObject json{{u"id"_s, order.id},
                     {u"messaging_profile_id"_s, order.profileId},
                     {u"phone_numbers"_s, numbers},
                     {u"record_type"_s, u"messaging_hosted_number_order"_s},
                     {u"status"_s, order.status}};
    // Not in the SDK's MessagingHostedNumberOrder: the default mode adds them, realistic mode
    // sends only what the SDK declares.
    if (!m_context.realistic) {
        json.insert(u"created_at"_s, SandboxFormat::isoTime(order.createdAtMs));
        json.insert(u"updated_at"_s, SandboxFormat::isoTime(order.updatedAtMs));
    }
    return json;
}

QJsonObject SandboxHosted::numberJson(const Order &order, const Number &number) const
{
    Q_UNUSED(order)
    const quint32 hash = SandboxFormat::stableHash(number.phoneNumber);
    const bool live = number.status == u"successful"_s;
    const QJsonObject fullFeatures{{u"domestic_two_way"_s, true},
                                   {u"international_inbound"_s, true},
                                   {u"international_outbound"_s, true}};
    const QJsonObject domesticOnly{{u"domestic_two_way"_s, true},
                                   {u"international_inbound"_s, false},
                                   {u"international_outbound"_s, false}};
    QJsonArray tags;
    for (const QString &tag : number.tags)
        tags.append(tag);
    // Some carriers do not carry MMS for hosted numbers: features.mms is then null.
    const QJsonValue mms = hash % 5 == 0 ? QJsonValue() : QJsonValue(domesticOnly);
    return QJsonObject{
        {u"id"_s, number.id},
        {u"country_code"_s, u"US"_s},
        {u"created_at"_s, SandboxFormat::isoTime(number.createdAtMs)},
        {u"eligible_messaging_products"_s, QJsonArray{u"A2P"_s}},
        {u"features"_s, QJsonObject{{u"sms"_s, fullFeatures}, {u"mms"_s, mms}}},
        {u"health"_s,
         QJsonObject{{u"inbound_outbound_ratio"_s, live ? double(hash % 80) / 100.0 : 0.0},
                     {u"message_count"_s, live ? double(hash % 5000) : 0.0},
                     {u"spam_ratio"_s, live ? double(hash % 20) / 1000.0 : 0.0},
                     {u"success_ratio"_s, live ? 0.9 + double(hash % 100) / 1000.0 : 0.0}}},
        {u"messaging_product"_s, number.product},
        {u"messaging_profile_id"_s, number.profileId},
        {u"organization_id"_s, m_context.organizationId},
        {u"phone_number"_s, number.phoneNumber},
        {u"record_type"_s, u"messaging_phone_number"_s},
        {u"tags"_s, tags},
        {u"traffic_type"_s, u"A2P"_s},
        {u"type"_s, u"long-code"_s},
        {u"updated_at"_s, SandboxFormat::isoTime(number.updatedAtMs)}};
}

SandboxResponse SandboxHosted::listOrders(const SandboxRequest &request)
{
    SandboxPage page;
    SandboxResponse error;
    if (!SandboxPage::parse(request, u"page[number]"_s, u"page[size]"_s, &page, &error,
                            m_context.realistic))
        return error;
    advanceAll();
    const qint64 total = qint64(m_orders.size());
    const quint64 stamp = m_context.stamp();
    QList<QByteArray> data;
    for (qint64 i = page.offset(); i < total && i < page.offset() + page.size; ++i) {
        Order &order = *m_orders[size_t(total - 1 - i)];
        data.append(order.json.bytes(stamp, [&] { return orderJson(order); }));
    }
    return page.dataMetaAnswer(data, total);
}

SandboxResponse SandboxHosted::createOrder(const SandboxRequest &request)
{
    QJsonObject body;
    SandboxResponse error;
    if (!SandboxJsonBody::parseObject(request, true, &body, &error))
        return error;
    SandboxErrors errors;
    const QJsonValue profile = body.value(u"messaging_profile_id"_s);
    if (!profile.isUndefined() && !profile.isNull() && !profile.isString())
        errors.invalid(u"/messaging_profile_id"_s, u"messaging_profile_id must be a string."_s);
    const QJsonValue numbersValue = body.value(u"phone_numbers"_s);
    QStringList numbers;
    if (!numbersValue.isUndefined() && !numbersValue.isNull() && !numbersValue.isArray()) {
        errors.invalid(u"/phone_numbers"_s, u"phone_numbers must be a list of E.164 numbers."_s);
    } else {
        const QJsonArray list = numbersValue.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString pointer = u"/phone_numbers/%1"_s.arg(i);
            const QString number = list.at(i).toString();
            if (!list.at(i).isString() || !SandboxValidation::isE164(number)) {
                errors.add(
                    SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
                    u"%1 is not in E.164 format (+ then country code and number, digits "
                    "only, e.g. +13125550100)."_s.arg(quoted(list.at(i).toVariant().toString())),
                    pointer);
            } else if (numbers.contains(number)) {
                errors.invalid(pointer, u"%1 is listed more than once."_s.arg(quoted(number)));
            } else {
                numbers.append(number);
            }
        }
    }
    if (!errors.isEmpty())
        return errors.response(422);

    const qint64 now = m_context.now();
    auto order = std::make_unique<Order>();
    order->id = m_context.random.uuid();
    order->profileId = profile.isString() ? profile : QJsonValue();
    m_context.profiles->ensure(profile.toString());
    order->createdAtMs = now;
    order->updatedAtMs = now;
    bool anyViable = numbers.isEmpty();
    for (const QString &phoneNumber : std::as_const(numbers)) {
        Number number;
        number.id = m_context.random.uuid();
        number.phoneNumber = phoneNumber;
        const SandboxEligibility::Result eligibility =
            SandboxEligibility::check(phoneNumber, false, numberIsActive(phoneNumber));
        number.status = eligibility.eligible
                            ? u"pending"_s
                            : SandboxEligibility::failedNumberStatus(eligibility.status);
        anyViable = anyViable || eligibility.eligible;
        number.profileId = order->profileId;
        number.product = u"A2P"_s;
        number.createdAtMs = now;
        number.updatedAtMs = now;
        order->numbers.append(number);
    }
    order->status = anyViable ? u"pending"_s : u"ineligible_carrier"_s;
    Order *raw = order.get();
    insert(std::move(order));
    m_context.touch();
    return SandboxResponse::data(orderJson(*raw));
}

SandboxResponse SandboxHosted::checkEligibility(const SandboxRequest &request)
{
    QJsonObject body;
    SandboxResponse error;
    if (!SandboxJsonBody::parseObject(request, false, &body, &error))
        return error;
    const QJsonValue numbersValue = body.value(u"phone_numbers"_s);
    if (!numbersValue.isArray() || numbersValue.toArray().isEmpty()) {
        SandboxErrors errors;
        errors.missing(u"/phone_numbers"_s, u"phone_numbers"_s);
        return errors.response(422);
    }
    advanceAll();
    QJsonArray results;
    QSet<QString> seen;
    const QJsonArray list = numbersValue.toArray();
    for (const QJsonValue &value : list) {
        const QString number = value.isString() ? value.toString() : value.toVariant().toString();
        const bool repeated = seen.contains(number);
        seen.insert(number);
        const SandboxEligibility::Result result =
            SandboxEligibility::check(number, repeated, numberIsActive(number));
        results.append(QJsonObject{{u"phone_number"_s, number},
                                   {u"eligible"_s, result.eligible},
                                   {u"eligible_status"_s, result.status},
                                   {u"detail"_s, result.detail}});
    }
    return SandboxResponse::json(200, QJsonObject{{u"phone_numbers"_s, results}});
}

SandboxResponse SandboxHosted::retrieveOrder(const QString &id)
{
    Order *order = findOrder(id);
    if (const auto refused = refusal(order != nullptr, orderResource, id))
        return *refused;
    return SandboxResponse::data(orderJson(*order));
}

SandboxResponse SandboxHosted::deleteOrder(const QString &id)
{
    Order *order = findOrder(id);
    if (const auto refused = refusal(order != nullptr, orderResource, id))
        return *refused;
    const qint64 now = m_context.now();
    order->status = u"deleted"_s;
    order->updatedAtMs = now;
    for (Number &number : order->numbers) {
        number.status = u"deleted"_s;
        number.updatedAtMs = now;
    }
    const QJsonObject snapshot = orderJson(*order);
    forget(order);
    m_context.touch();
    return SandboxResponse::data(snapshot);
}

SandboxResponse SandboxHosted::uploadFiles(const QString &id, const SandboxRequest &request)
{
    Order *order = findOrder(id);
    if (const auto refused = refusal(order != nullptr, orderResource, id))
        return *refused;
    QList<SandboxMultipartPart> parts;
    QString problem;
    if (!SandboxMultipart::parse(request.header("Content-Type"), request.body, &parts, &problem)) {
        return SandboxErrors::single(
            400, SandboxErrors::BadRequest, u"Bad request"_s,
            problem + u" Send multipart/form-data with the parts 'loa' and 'bill' (PDF files)."_s);
    }
    if (!isActiveStatus(order->status)) {
        return SandboxErrors::single(
            422, SandboxErrors::InvalidState, u"Order cannot take documents"_s,
            u"Documents can only be uploaded while the order is pending; this order is '%1'."_s.arg(
                order->status));
    }
    SandboxErrors errors;
    QList<Upload> accepted;
    const qint64 now = m_context.now();
    for (const SandboxMultipartPart &part : std::as_const(parts)) {
        if (part.name != u"loa"_s && part.name != u"bill"_s)
            continue;
        const QString label =
            part.name == u"loa"_s ? u"letter of authorization (loa)"_s : u"bill"_s;
        if (!part.data.startsWith("%PDF-")) {
            errors.invalid(QLatin1Char('/') + part.name,
                           u"The %1 must be a PDF document; '%2' is not a PDF file."_s.arg(
                               label, part.filename.isEmpty() ? part.name : part.filename));
            continue;
        }
        Upload upload;
        upload.name = part.name;
        upload.filename = part.filename;
        upload.contentType = part.contentType;
        upload.data = part.data;
        upload.size = part.data.size();
        upload.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(part.data, QCryptographicHash::Sha256).toHex());
        upload.uploadedAtMs = now;
        accepted.append(upload);
    }
    if (errors.isEmpty() && accepted.isEmpty()) {
        errors.add(SandboxErrors::MissingParameter, u"Missing required field"_s,
                   u"Attach the documents as the multipart parts 'loa' and 'bill'."_s, u"/loa"_s);
    }
    if (!errors.isEmpty())
        return errors.response(422);
    for (const Upload &upload : std::as_const(accepted)) {
        order->uploads.removeIf([&upload](const Upload &old) { return old.name == upload.name; });
        order->uploads.append(upload);
        if (upload.name == u"loa"_s)
            order->hasLoa = true;
        else
            order->hasBill = true;
    }
    order->updatedAtMs = now;
    if (order->hasLoa != order->hasBill)
        order->status = u"incomplete_documentation"_s;
    progress(order);
    m_indexStale = true;
    m_context.touch();
    return SandboxResponse::data(orderJson(*order));
}

SandboxResponse SandboxHosted::createVerificationCodes(const QString &id,
                                                       const SandboxRequest &request)
{
    Order *order = findOrder(id);
    QJsonObject body;
    if (const auto refused = refusal(order != nullptr, orderResource, id, &request, false, &body))
        return *refused;
    SandboxErrors errors;
    const QJsonValue numbersValue = body.value(u"phone_numbers"_s);
    QStringList numbers;
    if (!numbersValue.isArray() || numbersValue.toArray().isEmpty()) {
        errors.missing(u"/phone_numbers"_s, u"phone_numbers"_s);
    } else {
        const QJsonArray list = numbersValue.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString() || !SandboxValidation::isE164(list.at(i).toString()))
                errors.add(
                    SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
                    u"%1 is not in E.164 format."_s.arg(quoted(list.at(i).toVariant().toString())),
                    u"/phone_numbers/%1"_s.arg(i));
            else
                numbers.append(list.at(i).toString());
        }
    }
    const QString method = body.value(u"verification_method"_s).toString();
    if (method != u"sms"_s && method != u"call"_s) {
        if (body.value(u"verification_method"_s).isUndefined())
            errors.missing(u"/verification_method"_s, u"verification_method"_s);
        else
            errors.invalid(u"/verification_method"_s,
                           u"verification_method must be 'sms' or 'call'."_s);
    }
    if (!errors.isEmpty())
        return errors.response(422);
    if (!isActiveStatus(order->status)) {
        return SandboxErrors::single(
            422, SandboxErrors::InvalidState, u"Order cannot be verified"_s,
            u"Verification codes can only be sent while the order is pending; this order is "
            "'%1'."_s.arg(order->status));
    }

    const qint64 now = m_context.now();
    QJsonArray data;
    for (const QString &phoneNumber : std::as_const(numbers)) {
        QJsonObject entry{{u"phone_number"_s, phoneNumber}, {u"type"_s, method}};
        Number *target = nullptr;
        for (Number &number : order->numbers) {
            if (number.phoneNumber == phoneNumber)
                target = &number;
        }
        if (!target) {
            entry.insert(u"verification_code_id"_s, QString());
            entry.insert(u"error"_s, u"The phone number is not part of this order."_s);
        } else if (isFailedNumber(target->status)) {
            entry.insert(u"verification_code_id"_s, QString());
            entry.insert(
                u"error"_s,
                u"The phone number cannot be verified: its status is '%1'."_s.arg(target->status));
        } else {
            target->code = QString::number(100000 + m_context.random.bounded(900000));
            entry.insert(u"verification_code_id"_s, m_context.random.uuid());
            m_codes.append({order->id, phoneNumber, target->code, method, now});
        }
        data.append(entry);
    }
    m_context.touch();
    return SandboxResponse::data(data);
}

SandboxResponse SandboxHosted::validateCodes(const QString &id, const SandboxRequest &request)
{
    Order *order = findOrder(id);
    QJsonObject body;
    if (const auto refused = refusal(order != nullptr, orderResource, id, &request, false, &body))
        return *refused;
    SandboxErrors errors;
    const QJsonValue codesValue = body.value(u"verification_codes"_s);
    if (!codesValue.isArray() || codesValue.toArray().isEmpty()) {
        errors.missing(u"/verification_codes"_s, u"verification_codes"_s);
        return errors.response(422);
    }
    const QJsonArray codes = codesValue.toArray();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject entry = codes.at(i).toObject();
        const QString base = u"/verification_codes/%1"_s.arg(i);
        const QJsonValue number = entry.value(u"phone_number"_s);
        if (!number.isString() || number.toString().isEmpty())
            errors.missing(base + u"/phone_number"_s, u"phone_number"_s);
        else if (!SandboxValidation::isE164(number.toString()))
            errors.add(SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
                       u"%1 is not in E.164 format."_s.arg(quoted(number.toString())),
                       base + u"/phone_number"_s);
        const QJsonValue code = entry.value(u"code"_s);
        if (!code.isString() || code.toString().trimmed().isEmpty())
            errors.missing(base + u"/code"_s, u"code"_s);
    }
    if (!errors.isEmpty())
        return errors.response(422);

    QJsonArray results;
    for (const QJsonValue &value : codes) {
        const QJsonObject entry = value.toObject();
        const QString phoneNumber = entry.value(u"phone_number"_s).toString();
        const QString code = entry.value(u"code"_s).toString().trimmed();
        QString status = u"rejected"_s;
        for (Number &number : order->numbers) {
            if (number.phoneNumber != phoneNumber || isFailedNumber(number.status))
                continue;
            if (number.verified) {
                status = u"already_verified"_s;
            } else if (!number.code.isEmpty() && number.code == code) {
                number.verified = true;
                number.updatedAtMs = m_context.now();
                status = u"verified"_s;
            }
        }
        results.append(QJsonObject{{u"phone_number"_s, phoneNumber}, {u"status"_s, status}});
    }
    progress(order);
    m_indexStale = true;
    m_context.touch();
    return SandboxResponse::data(
        QJsonObject{{u"order_id"_s, order->id}, {u"phone_numbers"_s, results}});
}

bool SandboxHosted::findNumber(const QString &idOrNumber, Order **order, qsizetype *index)
{
    advanceAll();
    rebuildNumberIndex();
    auto found = m_numberById.constFind(idOrNumber);
    if (found == m_numberById.cend()) {
        found = m_numberByPhone.constFind(idOrNumber);
        if (found == m_numberByPhone.cend())
            return false;
    }
    *order = found->first;
    *index = found->second;
    return true;
}

SandboxResponse SandboxHosted::listNumbers(const SandboxRequest &request)
{
    SandboxPage page;
    SandboxResponse error;
    if (!SandboxPage::parse(request, u"page[number]"_s, u"page[size]"_s, &page, &error,
                            m_context.realistic))
        return error;
    const QString sort = request.queryValue(u"sort[phone_number]"_s);
    if (!sort.isEmpty() && sort != u"asc"_s && sort != u"desc"_s) {
        SandboxErrors errors;
        errors.addParameter(SandboxErrors::InvalidValue, u"Invalid value"_s,
                            u"sort[phone_number] must be 'asc' or 'desc'."_s,
                            u"sort[phone_number]"_s);
        return errors.response(422);
    }
    const QString profile = request.queryValue(u"filter[messaging_profile_id]"_s);
    const QString exact = request.queryValue(u"filter[phone_number]"_s);
    const QString contains = request.queryValue(u"filter[phone_number][contains]"_s);
    advanceAll();
    rebuildNumberIndex();

    const bool filtered = !profile.isEmpty() || !exact.isEmpty() || !contains.isEmpty();
    const quint64 stamp = m_context.stamp();
    const auto serialised = [&](const QPair<Order *, qsizetype> &entry) -> const QByteArray & {
        Number &number = entry.first->numbers[entry.second];
        return number.json.bytes(stamp, [&] { return numberJson(*entry.first, number); });
    };
    const auto collect = [&] {
        std::vector<QPair<Order *, qsizetype>> matches;
        for (const auto &entry : m_numberIndex) {
            const Number &number = entry.first->numbers.at(entry.second);
            if (!profile.isEmpty() && number.profileId.toString() != profile)
                continue;
            if (!exact.isEmpty() && number.phoneNumber != exact)
                continue;
            if (!contains.isEmpty() && !number.phoneNumber.contains(contains))
                continue;
            matches.push_back(entry);
        }
        if (!sort.isEmpty()) {
            const bool ascending = sort == u"asc"_s;
            std::stable_sort(
                matches.begin(), matches.end(), [ascending](const auto &left, const auto &right) {
                    const QString &a = left.first->numbers.at(left.second).phoneNumber;
                    const QString &b = right.first->numbers.at(right.second).phoneNumber;
                    return ascending ? a < b : b < a;
                });
        }
        return matches;
    };
    const std::vector<QPair<Order *, qsizetype>> &list =
        !filtered && sort.isEmpty()
            ? m_numberIndex
            : m_numberLists.matches(QStringList{profile, exact, contains, sort}.join(QChar(0x1f)),
                                    stamp, collect);
    const qint64 total = qint64(list.size());
    QList<QByteArray> data;
    for (qint64 i = page.offset(); i < total && i < page.offset() + page.size; ++i)
        data.append(serialised(list[size_t(i)]));
    return page.dataMetaAnswer(data, total);
}

SandboxResponse SandboxHosted::retrieveNumber(const QString &idOrNumber)
{
    Order *order = nullptr;
    qsizetype index = 0;
    if (const auto refused =
            refusal(findNumber(idOrNumber, &order, &index), numberResource, idOrNumber))
        return *refused;
    return SandboxResponse::data(numberJson(*order, order->numbers.at(index)));
}

SandboxResponse SandboxHosted::updateNumber(const QString &idOrNumber,
                                            const SandboxRequest &request)
{
    Order *order = nullptr;
    qsizetype index = 0;
    const bool found = findNumber(idOrNumber, &order, &index);
    QJsonObject body;
    if (const auto refused = refusal(found, numberResource, idOrNumber, &request, true, &body))
        return *refused;
    SandboxErrors errors;
    const QJsonValue product = body.value(u"messaging_product"_s);
    if (!product.isUndefined() && !product.isNull() &&
        (!product.isString() || product.toString().trimmed().isEmpty()))
        errors.invalid(u"/messaging_product"_s, u"messaging_product must be a product name."_s);
    const QJsonValue profile = body.value(u"messaging_profile_id"_s);
    if (!profile.isUndefined() && !profile.isNull() && !profile.isString())
        errors.invalid(u"/messaging_profile_id"_s,
                       u"messaging_profile_id must be a string (\"\" unassigns the number)."_s);
    else if (profile.isString() && !profile.toString().isEmpty() &&
             !m_context.profiles->isKnown(profile.toString()))
        errors.invalid(
            u"/messaging_profile_id"_s,
            u"No messaging profile %1 in this account."_s.arg(quoted(profile.toString())));
    const QJsonValue tags = body.value(u"tags"_s);
    if (!tags.isUndefined() && !tags.isNull()) {
        if (!tags.isArray()) {
            errors.invalid(u"/tags"_s, u"tags must be a list of strings."_s);
        } else {
            const QJsonArray list = tags.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString())
                    errors.invalid(u"/tags/%1"_s.arg(i), u"Each tag must be a string."_s);
            }
        }
    }
    if (!errors.isEmpty())
        return errors.response(422);

    Number &number = order->numbers[index];
    if (product.isString())
        number.product = product.toString();
    if (profile.isString())
        number.profileId = profile.toString().isEmpty() ? QJsonValue() : profile;
    if (tags.isArray()) {
        number.tags.clear();
        const QJsonArray list = tags.toArray();
        for (const QJsonValue &tag : list)
            number.tags.append(tag.toString());
    }
    number.updatedAtMs = m_context.now();
    m_context.touch();
    return SandboxResponse::data(numberJson(*order, number));
}

SandboxResponse SandboxHosted::deleteNumber(const QString &idOrNumber)
{
    Order *order = nullptr;
    qsizetype index = 0;
    if (const auto refused =
            refusal(findNumber(idOrNumber, &order, &index), numberResource, idOrNumber))
        return *refused;
    const qint64 now = m_context.now();
    Number &number = order->numbers[index];
    number.status = u"deleted"_s;
    number.updatedAtMs = now;
    const bool allDeleted =
        std::all_of(order->numbers.cbegin(), order->numbers.cend(),
                    [](const Number &entry) { return entry.status == u"deleted"_s; });
    if (allDeleted) {
        order->status = u"deleted"_s;
        order->provisionedAtMs = 0;
        m_provisioning.remove(order);
    }
    order->updatedAtMs = now;
    m_indexStale = true;
    m_context.touch();
    return SandboxResponse::data(orderJson(*order));
}

QList<SandboxHosted::CodeSent> SandboxHosted::codesSent(const QString &orderId) const
{
    if (orderId.isEmpty())
        return m_codes;
    QList<CodeSent> result;
    for (const CodeSent &code : m_codes) {
        if (code.orderId == orderId)
            result.append(code);
    }
    return result;
}

bool SandboxHosted::uploads(const QString &orderId, QJsonObject *result) const
{
    const Order *order = m_byId.value(orderId, nullptr);
    if (!order)
        return false;
    QJsonArray parts;
    for (const Upload &upload : order->uploads) {
        parts.append(QJsonObject{{u"name"_s, upload.name},
                                 {u"filename"_s, upload.filename},
                                 {u"content_type"_s, upload.contentType},
                                 {u"size"_s, double(upload.size)},
                                 {u"sha256"_s, upload.sha256},
                                 {u"base64"_s, QString::fromLatin1(upload.data.toBase64())},
                                 {u"uploaded_at"_s, SandboxFormat::isoTime(upload.uploadedAtMs)}});
    }
    *result = QJsonObject{{u"order_id"_s, order->id},
                          {u"status"_s, order->status},
                          {u"has_loa"_s, order->hasLoa},
                          {u"has_bill"_s, order->hasBill},
                          {u"parts"_s, parts}};
    return true;
}

QJsonObject SandboxHosted::save() const
{
    QJsonArray orders;
    for (const auto &order : m_orders) {
        QJsonArray numbers;
        for (const Number &number : order->numbers) {
            numbers.append(QJsonObject{{u"id"_s, number.id},
                                       {u"phone_number"_s, number.phoneNumber},
                                       {u"status"_s, number.status},
                                       {u"verified"_s, number.verified},
                                       {u"code"_s, number.code},
                                       {u"profile_id"_s, number.profileId},
                                       {u"tags"_s, QJsonArray::fromStringList(number.tags)},
                                       {u"product"_s, number.product},
                                       {u"created_at"_s, double(number.createdAtMs)},
                                       {u"updated_at"_s, double(number.updatedAtMs)}});
        }
        QJsonArray uploads;
        for (const Upload &upload : order->uploads) {
            uploads.append(QJsonObject{{u"name"_s, upload.name},
                                       {u"filename"_s, upload.filename},
                                       {u"content_type"_s, upload.contentType},
                                       {u"base64"_s, QString::fromLatin1(upload.data.toBase64())},
                                       {u"uploaded_at"_s, double(upload.uploadedAtMs)}});
        }
        orders.append(QJsonObject{{u"id"_s, order->id},
                                  {u"profile_id"_s, order->profileId},
                                  {u"status"_s, order->status},
                                  {u"numbers"_s, numbers},
                                  {u"uploads"_s, uploads},
                                  {u"has_loa"_s, order->hasLoa},
                                  {u"has_bill"_s, order->hasBill},
                                  {u"created_at"_s, double(order->createdAtMs)},
                                  {u"updated_at"_s, double(order->updatedAtMs)},
                                  {u"provisioned_at"_s, double(order->provisionedAtMs)}});
    }
    QJsonArray codes;
    for (const CodeSent &code : m_codes) {
        codes.append(QJsonObject{{u"order_id"_s, code.orderId},
                                 {u"phone_number"_s, code.phoneNumber},
                                 {u"code"_s, code.code},
                                 {u"method"_s, code.method},
                                 {u"sent_at"_s, double(code.sentAtMs)}});
    }
    return QJsonObject{{u"orders"_s, orders}, {u"codes"_s, codes}};
}

bool SandboxHosted::load(const QJsonObject &saved, QString *error)
{
    clear();
    const QJsonArray orders = saved.value(u"orders"_s).toArray();
    std::vector<std::unique_ptr<Order>> loaded;
    for (const QJsonValue &value : orders) {
        const QJsonObject entry = value.toObject();
        auto order = std::make_unique<Order>();
        order->id = entry.value(u"id"_s).toString();
        order->profileId = entry.value(u"profile_id"_s);
        if (order->profileId.isUndefined())
            order->profileId = QJsonValue();
        order->status = entry.value(u"status"_s).toString();
        if (order->id.isEmpty() || !orderStatuses().contains(order->status)) {
            *error = u"hosted order without id or with an unknown status"_s;
            return false;
        }
        order->hasLoa = entry.value(u"has_loa"_s).toBool();
        order->hasBill = entry.value(u"has_bill"_s).toBool();
        order->createdAtMs = qint64(entry.value(u"created_at"_s).toDouble());
        order->updatedAtMs = qint64(entry.value(u"updated_at"_s).toDouble());
        order->provisionedAtMs = qint64(entry.value(u"provisioned_at"_s).toDouble());
        const QJsonArray numbers = entry.value(u"numbers"_s).toArray();
        for (const QJsonValue &numberValue : numbers) {
            const QJsonObject savedNumber = numberValue.toObject();
            Number number;
            number.id = savedNumber.value(u"id"_s).toString();
            number.phoneNumber = savedNumber.value(u"phone_number"_s).toString();
            number.status = savedNumber.value(u"status"_s).toString();
            number.verified = savedNumber.value(u"verified"_s).toBool();
            number.code = savedNumber.value(u"code"_s).toString();
            number.profileId = savedNumber.value(u"profile_id"_s);
            if (number.profileId.isUndefined())
                number.profileId = QJsonValue();
            const QJsonArray tags = savedNumber.value(u"tags"_s).toArray();
            for (const QJsonValue &tag : tags)
                number.tags.append(tag.toString());
            number.product = savedNumber.value(u"product"_s).toString(u"A2P"_s);
            number.createdAtMs = qint64(savedNumber.value(u"created_at"_s).toDouble());
            number.updatedAtMs = qint64(savedNumber.value(u"updated_at"_s).toDouble());
            order->numbers.append(number);
        }
        const QJsonArray uploads = entry.value(u"uploads"_s).toArray();
        for (const QJsonValue &uploadValue : uploads) {
            const QJsonObject savedUpload = uploadValue.toObject();
            Upload upload;
            upload.name = savedUpload.value(u"name"_s).toString();
            upload.filename = savedUpload.value(u"filename"_s).toString();
            upload.contentType = savedUpload.value(u"content_type"_s).toString();
            upload.data =
                QByteArray::fromBase64(savedUpload.value(u"base64"_s).toString().toLatin1());
            upload.size = upload.data.size();
            upload.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(upload.data, QCryptographicHash::Sha256).toHex());
            upload.uploadedAtMs = qint64(savedUpload.value(u"uploaded_at"_s).toDouble());
            order->uploads.append(upload);
        }
        loaded.push_back(std::move(order));
    }
    std::stable_sort(loaded.begin(), loaded.end(), [](const auto &left, const auto &right) {
        return left->createdAtMs < right->createdAtMs;
    });
    for (auto &order : loaded)
        insert(std::move(order));
    const QJsonArray codes = saved.value(u"codes"_s).toArray();
    for (const QJsonValue &value : codes) {
        const QJsonObject entry = value.toObject();
        m_codes.append({entry.value(u"order_id"_s).toString(),
                        entry.value(u"phone_number"_s).toString(),
                        entry.value(u"code"_s).toString(), entry.value(u"method"_s).toString(),
                        qint64(entry.value(u"sent_at"_s).toDouble())});
    }
    return true;
}

QJsonObject SandboxHosted::statusCounts()
{
    advanceAll();
    QJsonObject counts;
    for (const auto &order : m_orders)
        counts.insert(order->status, counts.value(order->status).toInt() + 1);
    return counts;
}
