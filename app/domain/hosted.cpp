#include "domain/hosted.h"

#include "domain/enumtable_p.h"
#include "domain/jsonread.h"
#include "domain/jsonwrite.h"
#include "domain/phonenumberlist.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using OrderEntry = DomainEnums::Entry<HostedOrderStatus>;

constexpr OrderEntry orderTable[] = {
    {HostedOrderStatus::Pending, "pending", QT_TRANSLATE_NOOP("Domain", "Pending"),
     QT_TRANSLATE_NOOP("Domain", "The order was created and waits for its documents or review."),
     QT_TRANSLATE_NOOP("Domain",
                       "Upload the signed LOA and the latest bill if you have not done so yet.")},
    {HostedOrderStatus::IncompleteDocumentation, "incomplete_documentation",
     QT_TRANSLATE_NOOP("Domain", "Documents missing"),
     QT_TRANSLATE_NOOP("Domain", "The order lacks the signed LOA or the latest bill."),
     QT_TRANSLATE_NOOP("Domain", "Upload the signed LOA and the latest bill as PDF files.")},
    {HostedOrderStatus::LoaFileInvalid, "loa_file_invalid",
     QT_TRANSLATE_NOOP("Domain", "LOA not accepted"),
     QT_TRANSLATE_NOOP("Domain", "The signed LOA was not accepted."),
     QT_TRANSLATE_NOOP("Domain", "Upload a new signed LOA.")},
    {HostedOrderStatus::LoaFileSuccessful, "loa_file_successful",
     QT_TRANSLATE_NOOP("Domain", "LOA accepted"),
     QT_TRANSLATE_NOOP("Domain", "The signed LOA was accepted."),
     QT_TRANSLATE_NOOP("Domain", "Prove ownership: send verification codes to the numbers and "
                                 "enter the codes you receive.")},
    {HostedOrderStatus::IncorrectBillingInformation, "incorrect_billing_information",
     QT_TRANSLATE_NOOP("Domain", "Billing information incorrect"),
     QT_TRANSLATE_NOOP("Domain", "The bill does not prove ownership of the numbers in the order."),
     QT_TRANSLATE_NOOP("Domain", "Upload last month's bill showing every number in the order.")},
    {HostedOrderStatus::Provisioning, "provisioning", QT_TRANSLATE_NOOP("Domain", "Provisioning"),
     QT_TRANSLATE_NOOP("Domain", "Telnyx is enabling messaging on the numbers."),
     QT_TRANSLATE_NOOP("Domain", "Nothing to do: wait until provisioning finishes.")},
    {HostedOrderStatus::Successful, "successful", QT_TRANSLATE_NOOP("Domain", "Successful"),
     QT_TRANSLATE_NOOP("Domain", "Messaging is enabled on the numbers."),
     QT_TRANSLATE_NOOP("Domain", "Nothing to do: the numbers can send and receive messages.")},
    {HostedOrderStatus::CarrierRejected, "carrier_rejected",
     QT_TRANSLATE_NOOP("Domain", "Rejected by carrier"),
     QT_TRANSLATE_NOOP("Domain", "The carrier that holds the numbers rejected the request."),
     QT_TRANSLATE_NOOP("Domain", "Ask that carrier why, then create a new order.")},
    {HostedOrderStatus::ComplianceReviewFailed, "compliance_review_failed",
     QT_TRANSLATE_NOOP("Domain", "Compliance review failed"),
     QT_TRANSLATE_NOOP("Domain", "The order did not pass the compliance review."),
     QT_TRANSLATE_NOOP(
         "Domain", "Contact Telnyx support to learn what must change, then create a new order.")},
    {HostedOrderStatus::IneligibleCarrier, "ineligible_carrier",
     QT_TRANSLATE_NOOP("Domain", "Carrier not eligible"),
     QT_TRANSLATE_NOOP("Domain", "The numbers' carrier does not allow hosted messaging."),
     QT_TRANSLATE_NOOP("Domain", "These numbers cannot be hosted; contact Telnyx support if you "
                                 "believe this is wrong.")},
    {HostedOrderStatus::Failed, "failed", QT_TRANSLATE_NOOP("Domain", "Failed"),
     QT_TRANSLATE_NOOP("Domain", "The order failed."),
     QT_TRANSLATE_NOOP("Domain", "Check the status of each number; contact Telnyx support if the "
                                 "cause is unclear.")},
    {HostedOrderStatus::Deleted, "deleted", QT_TRANSLATE_NOOP("Domain", "Deleted"),
     QT_TRANSLATE_NOOP("Domain", "The order was deleted."),
     QT_TRANSLATE_NOOP("Domain", "Nothing to do: create a new order to host these numbers.")},
};
constexpr char unknownOrderLabel[] = QT_TRANSLATE_NOOP("Domain", "Unknown status");

using NumberEntry = DomainEnums::Entry<HostedNumberStatus>;

constexpr NumberEntry numberTable[] = {
    {HostedNumberStatus::Pending, "pending", QT_TRANSLATE_NOOP("Domain", "Pending"),
     QT_TRANSLATE_NOOP("Domain", "The number waits for the order to move on.")},
    {HostedNumberStatus::Provisioning, "provisioning", QT_TRANSLATE_NOOP("Domain", "Provisioning"),
     QT_TRANSLATE_NOOP("Domain", "Telnyx is enabling messaging on the number.")},
    {HostedNumberStatus::Successful, "successful", QT_TRANSLATE_NOOP("Domain", "Successful"),
     QT_TRANSLATE_NOOP("Domain", "Messaging is enabled on the number.")},
    {HostedNumberStatus::Failed, "failed", QT_TRANSLATE_NOOP("Domain", "Failed"),
     QT_TRANSLATE_NOOP("Domain", "Hosting the number failed.")},
    {HostedNumberStatus::FailedActivation, "failed_activation",
     QT_TRANSLATE_NOOP("Domain", "Activation failed"),
     QT_TRANSLATE_NOOP("Domain", "Messaging could not be activated on the number.")},
    {HostedNumberStatus::FailedCarrierRejected, "failed_carrier_rejected",
     QT_TRANSLATE_NOOP("Domain", "Rejected by carrier"),
     QT_TRANSLATE_NOOP("Domain", "The number's carrier rejected the request.")},
    {HostedNumberStatus::FailedIneligibleCarrier, "failed_ineligible_carrier",
     QT_TRANSLATE_NOOP("Domain", "Carrier not eligible"),
     QT_TRANSLATE_NOOP("Domain", "The number's carrier does not allow hosted messaging.")},
    {HostedNumberStatus::FailedNumberAlreadyHosted, "failed_number_already_hosted",
     QT_TRANSLATE_NOOP("Domain", "Already hosted"),
     QT_TRANSLATE_NOOP("Domain", "The number is already hosted for messaging elsewhere.")},
    {HostedNumberStatus::FailedNumberNotFound, "failed_number_not_found",
     QT_TRANSLATE_NOOP("Domain", "Number not found"),
     QT_TRANSLATE_NOOP("Domain", "The number could not be found.")},
    {HostedNumberStatus::FailedOwnershipVerification, "failed_ownership_verification",
     QT_TRANSLATE_NOOP("Domain", "Ownership not verified"),
     QT_TRANSLATE_NOOP("Domain", "Ownership of the number could not be verified.")},
    {HostedNumberStatus::FailedTimeout, "failed_timeout", QT_TRANSLATE_NOOP("Domain", "Timed out"),
     QT_TRANSLATE_NOOP("Domain", "The number was not enabled in time.")},
    {HostedNumberStatus::Deleted, "deleted", QT_TRANSLATE_NOOP("Domain", "Deleted"),
     QT_TRANSLATE_NOOP("Domain", "The number was removed from hosted messaging.")},
};

using EligibilityEntry = DomainEnums::Entry<EligibilityStatus>;

constexpr EligibilityEntry eligibilityTable[] = {
    {EligibilityStatus::Eligible, "ELIGIBLE", QT_TRANSLATE_NOOP("Domain", "Eligible")},
    {EligibilityStatus::NumberCanNotBeRepeated, "NUMBER_CAN_NOT_BE_REPEATED",
     QT_TRANSLATE_NOOP("Domain", "The number appears more than once in the list.")},
    {EligibilityStatus::NumberCanNotBeValidated, "NUMBER_CAN_NOT_BE_VALIDATED",
     QT_TRANSLATE_NOOP("Domain", "The number could not be validated.")},
    {EligibilityStatus::NumberCanNotBeWireless, "NUMBER_CAN_NOT_BE_WIRELESS",
     QT_TRANSLATE_NOOP("Domain", "Wireless (mobile) numbers cannot be hosted.")},
    {EligibilityStatus::NumberCanNotBeActiveInYourAccount,
     "NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT",
     QT_TRANSLATE_NOOP("Domain", "The number is already active in your Telnyx account.")},
    {EligibilityStatus::NumberCanNotHostedWithATelnyxSubscriber,
     "NUMBER_CAN_NOT_HOSTED_WITH_A_TELNYX_SUBSCRIBER",
     QT_TRANSLATE_NOOP("Domain", "The number is already hosted by another Telnyx customer.")},
    {EligibilityStatus::NumberCanNotBeInTelnyx, "NUMBER_CAN_NOT_BE_IN_TELNYX",
     QT_TRANSLATE_NOOP("Domain", "The number is already served by Telnyx.")},
    {EligibilityStatus::NumberIsNotAUsNumber, "NUMBER_IS_NOT_A_US_NUMBER",
     QT_TRANSLATE_NOOP("Domain", "Only US numbers can be hosted.")},
    {EligibilityStatus::NumberIsNotAValidRoutingNumber, "NUMBER_IS_NOT_A_VALID_ROUTING_NUMBER",
     QT_TRANSLATE_NOOP("Domain", "The number is not a valid routable number.")},
    {EligibilityStatus::NumberIsNotInE164Format, "NUMBER_IS_NOT_IN_E164_FORMAT",
     QT_TRANSLATE_NOOP("Domain",
                       "The number is not in E.164 format (+, country code, then the number).")},
    {EligibilityStatus::BillingAccountCheckFailed, "BILLING_ACCOUNT_CHECK_FAILED",
     QT_TRANSLATE_NOOP("Domain", "The billing account check failed.")},
    {EligibilityStatus::BillingAccountIsAbolished, "BILLING_ACCOUNT_IS_ABOLISHED",
     QT_TRANSLATE_NOOP("Domain", "The billing account has been closed.")},
};
constexpr char unknownEligibilityLabel[] =
    QT_TRANSLATE_NOOP("Domain", "Unknown eligibility result");

using MethodEntry = DomainEnums::Entry<VerificationMethod>;

constexpr MethodEntry methodTable[] = {
    {VerificationMethod::Sms, "sms", QT_TRANSLATE_NOOP("Domain", "Text message (SMS)")},
    {VerificationMethod::Call, "call", QT_TRANSLATE_NOOP("Domain", "Phone call")},
};

using ValidationEntry = DomainEnums::Entry<CodeValidationStatus>;

constexpr ValidationEntry validationTable[] = {
    {CodeValidationStatus::Verified, "verified", QT_TRANSLATE_NOOP("Domain", "Verified")},
    {CodeValidationStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Domain", "Code rejected")},
    {CodeValidationStatus::AlreadyVerified, "already_verified",
     QT_TRANSLATE_NOOP("Domain", "Already verified")},
};

const QString kId = u"id"_s;
const QString kPhoneNumber = u"phone_number"_s;
const QString kPhoneNumbers = u"phone_numbers"_s;
const QString kRecordType = u"record_type"_s;
const QString kStatus = u"status"_s;
const QString kMessagingProfileId = u"messaging_profile_id"_s;
const QString kCreatedAt = u"created_at"_s;
const QString kUpdatedAt = u"updated_at"_s;
const QString kEligible = u"eligible"_s;
const QString kEligibleStatus = u"eligible_status"_s;
const QString kDetail = u"detail"_s;
const QString kVerificationMethod = u"verification_method"_s;
const QString kType = u"type"_s;
const QString kVerificationCodeId = u"verification_code_id"_s;
const QString kError = u"error"_s;
const QString kData = u"data"_s;
const QString kVerificationCodes = u"verification_codes"_s;
const QString kCode = u"code"_s;
const QString kOrderId = u"order_id"_s;

} // namespace

// --- Order status ----------------------------------------------------------------------------

HostedOrderStatus hostedOrderStatusFromString(const QString &text)
{
    return DomainEnums::fromWire(orderTable, text, HostedOrderStatus::Unknown);
}

QString hostedOrderStatusToString(HostedOrderStatus status)
{
    return DomainEnums::wire(orderTable, status);
}

QString hostedOrderStatusLabel(HostedOrderStatus status)
{
    return DomainEnums::label(orderTable, status, unknownOrderLabel);
}

QString hostedOrderStatusLabel(const QString &rawStatus)
{
    return DomainEnums::labelForRaw(orderTable, rawStatus, HostedOrderStatus::Unknown,
                                    unknownOrderLabel);
}

QString hostedOrderStatusExplanation(HostedOrderStatus status)
{
    if (status == HostedOrderStatus::Unknown) {
        return DomainEnums::translated(QT_TRANSLATE_NOOP(
            "Domain", "The server reported a status this console does not know."));
    }
    return DomainEnums::explanation(orderTable, status);
}

QString hostedOrderStatusNextAction(HostedOrderStatus status)
{
    if (status == HostedOrderStatus::Unknown) {
        return DomainEnums::translated(
            QT_TRANSLATE_NOOP("Domain", "Open the order details or contact Telnyx support."));
    }
    return DomainEnums::nextAction(orderTable, status);
}

QStringList hostedOrderStatuses()
{
    return DomainEnums::wireValues(orderTable);
}

bool hostedOrderNeedsCustomerAction(HostedOrderStatus status)
{
    return status == HostedOrderStatus::IncompleteDocumentation ||
           status == HostedOrderStatus::IncorrectBillingInformation ||
           status == HostedOrderStatus::LoaFileInvalid;
}

bool hostedOrderIsFinal(HostedOrderStatus status)
{
    switch (status) {
    case HostedOrderStatus::CarrierRejected:
    case HostedOrderStatus::ComplianceReviewFailed:
    case HostedOrderStatus::Deleted:
    case HostedOrderStatus::Failed:
    case HostedOrderStatus::IneligibleCarrier:
    case HostedOrderStatus::Successful:
        return true;
    default:
        return false;
    }
}

// --- Number status ---------------------------------------------------------------------------

HostedNumberStatus hostedNumberStatusFromString(const QString &text)
{
    return DomainEnums::fromWire(numberTable, text, HostedNumberStatus::Unknown);
}

QString hostedNumberStatusToString(HostedNumberStatus status)
{
    return DomainEnums::wire(numberTable, status);
}

QString hostedNumberStatusLabel(HostedNumberStatus status)
{
    return DomainEnums::label(numberTable, status, unknownOrderLabel);
}

QString hostedNumberStatusLabel(const QString &rawStatus)
{
    return DomainEnums::labelForRaw(numberTable, rawStatus, HostedNumberStatus::Unknown,
                                    unknownOrderLabel);
}

QString hostedNumberStatusExplanation(HostedNumberStatus status)
{
    return DomainEnums::explanation(numberTable, status);
}

QStringList hostedNumberStatuses()
{
    return DomainEnums::wireValues(numberTable);
}

// --- HostedNumber / HostedOrder --------------------------------------------------------------

HostedNumber HostedNumber::fromJson(const QJsonObject &object)
{
    HostedNumber number;
    number.raw = object;
    number.id = JsonRead::string(object, kId);
    number.phoneNumber = JsonRead::string(object, kPhoneNumber);
    number.recordType = JsonRead::string(object, kRecordType);
    number.status = JsonRead::string(object, kStatus);
    return number;
}

QJsonObject HostedNumber::toJson() const
{
    return {{kId, id}, {kPhoneNumber, phoneNumber}, {kRecordType, recordType}, {kStatus, status}};
}

HostedOrder HostedOrder::fromJson(const QJsonObject &object)
{
    HostedOrder order;
    order.raw = object;
    order.id = JsonRead::string(object, kId);
    order.messagingProfileId = JsonRead::optionalString(object, kMessagingProfileId);
    const QList<QJsonObject> numbers = JsonRead::objectArray(object, kPhoneNumbers);
    order.phoneNumbers.reserve(numbers.size());
    for (const QJsonObject &number : numbers) {
        order.phoneNumbers.append(HostedNumber::fromJson(number));
    }
    order.recordType = JsonRead::string(object, kRecordType);
    order.status = JsonRead::string(object, kStatus);
    order.createdAt = JsonRead::dateTime(object, kCreatedAt);
    order.updatedAt = JsonRead::dateTime(object, kUpdatedAt);
    return order;
}

QJsonObject HostedOrder::toJson() const
{
    QJsonArray numbers;
    for (const HostedNumber &number : phoneNumbers) {
        numbers.append(number.toJson());
    }
    QJsonObject object{
        {kId, id}, {kPhoneNumbers, numbers}, {kRecordType, recordType}, {kStatus, status}};
    object.insert(kMessagingProfileId, messagingProfileId ? QJsonValue(*messagingProfileId)
                                                          : QJsonValue(QJsonValue::Null));
    JsonWrite::insertDateTime(object, kCreatedAt, createdAt);
    JsonWrite::insertDateTime(object, kUpdatedAt, updatedAt);
    return object;
}

QStringList HostedOrder::phoneNumberList() const
{
    QStringList numbers;
    numbers.reserve(phoneNumbers.size());
    for (const HostedNumber &number : phoneNumbers) {
        numbers.append(number.phoneNumber);
    }
    return numbers;
}

// --- HostedNumberLinks -----------------------------------------------------------------------

namespace {

// Higher wins when two orders list the same phone number.
int linkRank(const QString &status)
{
    switch (hostedNumberStatusFromString(status)) {
    case HostedNumberStatus::Successful:
    case HostedNumberStatus::Provisioning:
    case HostedNumberStatus::Pending:
        return 3;
    case HostedNumberStatus::Deleted:
        return 1;
    case HostedNumberStatus::Unknown:
        return 0;
    default:
        return 2; // the failed variants
    }
}

} // namespace

QString HostedNumberLinks::phoneKey(const QString &phoneNumber)
{
    const QString normalized = PhoneNumberList::normalise(phoneNumber);
    return normalized.isEmpty() ? phoneNumber.trimmed() : normalized;
}

void HostedNumberLinks::addOrder(const QString &orderId, const QList<HostedNumber> &numbers)
{
    if (orderId.isEmpty())
        return;
    for (const HostedNumber &number : numbers) {
        const HostedNumberLink link{orderId, number.status};
        if (!number.id.isEmpty() && !m_byId.contains(number.id))
            m_byId.insert(number.id, link);
        const QString key = phoneKey(number.phoneNumber);
        if (key.isEmpty())
            continue;
        const auto known = m_byPhone.constFind(key);
        if (known == m_byPhone.cend() || linkRank(number.status) > linkRank(known->status))
            m_byPhone.insert(key, link);
    }
}

HostedNumberLink HostedNumberLinks::find(const QString &numberId, const QString &phoneNumber) const
{
    if (!numberId.isEmpty()) {
        if (const auto byId = m_byId.constFind(numberId); byId != m_byId.cend())
            return *byId;
    }
    const QString key = phoneKey(phoneNumber);
    return key.isEmpty() ? HostedNumberLink{} : m_byPhone.value(key);
}

HostedOrderCreateRequest HostedOrderCreateRequest::fromJson(const QJsonObject &object)
{
    HostedOrderCreateRequest request;
    request.messagingProfileId = JsonRead::optionalString(object, kMessagingProfileId);
    request.phoneNumbers = JsonRead::stringList(object, kPhoneNumbers);
    return request;
}

QJsonObject HostedOrderCreateRequest::toJson() const
{
    QJsonObject body{{kPhoneNumbers, JsonWrite::stringArray(phoneNumbers)}};
    JsonWrite::insertOptional(body, kMessagingProfileId, messagingProfileId);
    return body;
}

// --- Eligibility -----------------------------------------------------------------------------

EligibilityStatus eligibilityStatusFromString(const QString &text)
{
    return DomainEnums::fromWire(eligibilityTable, text, EligibilityStatus::Unknown);
}

QString eligibilityStatusToString(EligibilityStatus status)
{
    return DomainEnums::wire(eligibilityTable, status);
}

QString eligibilityStatusLabel(EligibilityStatus status)
{
    return DomainEnums::label(eligibilityTable, status, unknownEligibilityLabel);
}

QString eligibilityStatusLabel(const QString &rawStatus)
{
    return DomainEnums::labelForRaw(eligibilityTable, rawStatus, EligibilityStatus::Unknown,
                                    unknownEligibilityLabel);
}

QStringList eligibilityStatuses()
{
    return DomainEnums::wireValues(eligibilityTable);
}

EligibilityCheckRequest EligibilityCheckRequest::fromJson(const QJsonObject &object)
{
    return {JsonRead::stringList(object, kPhoneNumbers)};
}

QJsonObject EligibilityCheckRequest::toJson() const
{
    return {{kPhoneNumbers, JsonWrite::stringArray(phoneNumbers)}};
}

EligibilityResult EligibilityResult::fromJson(const QJsonObject &object)
{
    EligibilityResult result;
    result.raw = object;
    result.phoneNumber = JsonRead::string(object, kPhoneNumber);
    result.eligible = JsonRead::boolean(object, kEligible);
    result.eligibleStatus = JsonRead::string(object, kEligibleStatus);
    result.detail = JsonRead::string(object, kDetail);
    return result;
}

QJsonObject EligibilityResult::toJson() const
{
    return {{kPhoneNumber, phoneNumber},
            {kEligible, eligible},
            {kEligibleStatus, eligibleStatus},
            {kDetail, detail}};
}

QList<EligibilityResult> EligibilityResult::listFromResponse(const QJsonObject &body)
{
    QList<EligibilityResult> results;
    const QList<QJsonObject> entries = JsonRead::objectArray(body, kPhoneNumbers);
    results.reserve(entries.size());
    for (const QJsonObject &entry : entries) {
        results.append(fromJson(entry));
    }
    return results;
}

QJsonObject EligibilityResult::listToResponse(const QList<EligibilityResult> &results)
{
    QJsonArray entries;
    for (const EligibilityResult &result : results) {
        entries.append(result.toJson());
    }
    return {{kPhoneNumbers, entries}};
}

// --- Verification codes ----------------------------------------------------------------------

VerificationMethod verificationMethodFromString(const QString &text)
{
    return DomainEnums::fromWire(methodTable, text, VerificationMethod::Unknown);
}

QString verificationMethodToString(VerificationMethod method)
{
    return DomainEnums::wire(methodTable, method);
}

QString verificationMethodLabel(VerificationMethod method)
{
    return DomainEnums::label(methodTable, method,
                              QT_TRANSLATE_NOOP("Domain", "Unknown verification method"));
}

QStringList verificationMethods()
{
    return DomainEnums::wireValues(methodTable);
}

VerificationCodesRequest VerificationCodesRequest::fromJson(const QJsonObject &object)
{
    VerificationCodesRequest request;
    request.phoneNumbers = JsonRead::stringList(object, kPhoneNumbers);
    request.verificationMethod = JsonRead::string(object, kVerificationMethod);
    return request;
}

QJsonObject VerificationCodesRequest::toJson() const
{
    return {{kPhoneNumbers, JsonWrite::stringArray(phoneNumbers)},
            {kVerificationMethod, verificationMethod}};
}

VerificationCodeResult VerificationCodeResult::fromJson(const QJsonObject &object)
{
    VerificationCodeResult result;
    result.raw = object;
    result.phoneNumber = JsonRead::string(object, kPhoneNumber);
    result.type = JsonRead::string(object, kType);
    result.verificationCodeId = JsonRead::string(object, kVerificationCodeId);
    result.error = JsonRead::string(object, kError);
    return result;
}

QJsonObject VerificationCodeResult::toJson() const
{
    QJsonObject object{{kPhoneNumber, phoneNumber}};
    JsonWrite::insertIfNotEmpty(object, kType, type);
    JsonWrite::insertIfNotEmpty(object, kVerificationCodeId, verificationCodeId);
    JsonWrite::insertIfNotEmpty(object, kError, error);
    return object;
}

QList<VerificationCodeResult> VerificationCodeResult::listFromResponse(const QJsonObject &body)
{
    QList<VerificationCodeResult> results;
    const QList<QJsonObject> entries = JsonRead::objectArray(body, kData);
    results.reserve(entries.size());
    for (const QJsonObject &entry : entries) {
        results.append(fromJson(entry));
    }
    return results;
}

// --- Validation codes ------------------------------------------------------------------------

ValidationCodesRequest ValidationCodesRequest::fromJson(const QJsonObject &object)
{
    ValidationCodesRequest request;
    const QList<QJsonObject> entries = JsonRead::objectArray(object, kVerificationCodes);
    request.verificationCodes.reserve(entries.size());
    for (const QJsonObject &entry : entries) {
        request.verificationCodes.append(
            {JsonRead::string(entry, kPhoneNumber), JsonRead::string(entry, kCode)});
    }
    return request;
}

QJsonObject ValidationCodesRequest::toJson() const
{
    QJsonArray codes;
    for (const VerificationCodeEntry &entry : verificationCodes) {
        codes.append(QJsonObject{{kPhoneNumber, entry.phoneNumber}, {kCode, entry.code}});
    }
    return {{kVerificationCodes, codes}};
}

CodeValidationStatus codeValidationStatusFromString(const QString &text)
{
    return DomainEnums::fromWire(validationTable, text, CodeValidationStatus::Unknown);
}

QString codeValidationStatusToString(CodeValidationStatus status)
{
    return DomainEnums::wire(validationTable, status);
}

QString codeValidationStatusLabel(CodeValidationStatus status)
{
    return DomainEnums::label(validationTable, status, unknownOrderLabel);
}

QString codeValidationStatusLabel(const QString &rawStatus)
{
    return DomainEnums::labelForRaw(validationTable, rawStatus, CodeValidationStatus::Unknown,
                                    unknownOrderLabel);
}

CodeValidationNumber CodeValidationNumber::fromJson(const QJsonObject &object)
{
    CodeValidationNumber number;
    number.raw = object;
    number.phoneNumber = JsonRead::string(object, kPhoneNumber);
    number.status = JsonRead::string(object, kStatus);
    return number;
}

QJsonObject CodeValidationNumber::toJson() const
{
    return {{kPhoneNumber, phoneNumber}, {kStatus, status}};
}

CodeValidationResult CodeValidationResult::fromJson(const QJsonObject &object)
{
    CodeValidationResult result;
    result.raw = object;
    result.orderId = JsonRead::string(object, kOrderId);
    const QList<QJsonObject> entries = JsonRead::objectArray(object, kPhoneNumbers);
    result.numbers.reserve(entries.size());
    for (const QJsonObject &entry : entries) {
        result.numbers.append(CodeValidationNumber::fromJson(entry));
    }
    return result;
}

QJsonObject CodeValidationResult::toJson() const
{
    QJsonArray entries;
    for (const CodeValidationNumber &number : numbers) {
        entries.append(number.toJson());
    }
    return {{kOrderId, orderId}, {kPhoneNumbers, entries}};
}

// --- /messaging_hosted_numbers ---------------------------------------------------------------

namespace {
const QString kDomesticTwoWay = u"domestic_two_way"_s;
const QString kInternationalInbound = u"international_inbound"_s;
const QString kInternationalOutbound = u"international_outbound"_s;
const QString kInboundOutboundRatio = u"inbound_outbound_ratio"_s;
const QString kMessageCount = u"message_count"_s;
const QString kSpamRatio = u"spam_ratio"_s;
const QString kSuccessRatio = u"success_ratio"_s;
const QString kCountryCode = u"country_code"_s;
const QString kEligibleMessagingProducts = u"eligible_messaging_products"_s;
const QString kFeatures = u"features"_s;
const QString kSms = u"sms"_s;
const QString kMms = u"mms"_s;
const QString kHealth = u"health"_s;
const QString kMessagingProduct = u"messaging_product"_s;
const QString kOrganizationId = u"organization_id"_s;
const QString kTags = u"tags"_s;
const QString kTrafficType = u"traffic_type"_s;

std::optional<MessagingFeatureSet> readFeatureSet(const QJsonObject &features, const QString &key)
{
    const QJsonValue value = features.value(key);
    if (!value.isObject()) {
        return std::nullopt;
    }
    return MessagingFeatureSet::fromJson(value.toObject());
}

QJsonValue writeFeatureSet(const std::optional<MessagingFeatureSet> &features)
{
    return features ? QJsonValue(features->toJson()) : QJsonValue(QJsonValue::Null);
}
} // namespace

MessagingFeatureSet MessagingFeatureSet::fromJson(const QJsonObject &object)
{
    return {JsonRead::boolean(object, kDomesticTwoWay),
            JsonRead::boolean(object, kInternationalInbound),
            JsonRead::boolean(object, kInternationalOutbound)};
}

QJsonObject MessagingFeatureSet::toJson() const
{
    return {{kDomesticTwoWay, domesticTwoWay},
            {kInternationalInbound, internationalInbound},
            {kInternationalOutbound, internationalOutbound}};
}

NumberHealthMetrics NumberHealthMetrics::fromJson(const QJsonObject &object)
{
    return {JsonRead::number(object, kInboundOutboundRatio),
            JsonRead::integer(object, kMessageCount), JsonRead::number(object, kSpamRatio),
            JsonRead::number(object, kSuccessRatio)};
}

QJsonObject NumberHealthMetrics::toJson() const
{
    return {{kInboundOutboundRatio, inboundOutboundRatio},
            {kMessageCount, messageCount},
            {kSpamRatio, spamRatio},
            {kSuccessRatio, successRatio}};
}

MessagingHostedNumber MessagingHostedNumber::fromJson(const QJsonObject &object)
{
    using namespace JsonRead;
    MessagingHostedNumber number;
    number.raw = object;
    number.id = string(object, kId);
    number.countryCode = string(object, kCountryCode);
    number.createdAt = dateTime(object, kCreatedAt);
    number.eligibleMessagingProducts = stringList(object, kEligibleMessagingProducts);
    const QJsonObject features = JsonRead::object(object, kFeatures);
    number.smsFeatures = readFeatureSet(features, kSms);
    number.mmsFeatures = readFeatureSet(features, kMms);
    if (object.value(kHealth).isObject()) {
        number.health = NumberHealthMetrics::fromJson(JsonRead::object(object, kHealth));
    }
    number.messagingProduct = string(object, kMessagingProduct);
    number.messagingProfileId = optionalString(object, kMessagingProfileId);
    number.organizationId = string(object, kOrganizationId);
    number.phoneNumber = string(object, kPhoneNumber);
    number.recordType = string(object, kRecordType);
    number.tags = stringList(object, kTags);
    number.trafficType = string(object, kTrafficType);
    number.type = string(object, kType);
    number.updatedAt = dateTime(object, kUpdatedAt);
    return number;
}

QJsonObject MessagingHostedNumber::toJson() const
{
    QJsonObject object{
        {kId, id},
        {kCountryCode, countryCode},
        {kEligibleMessagingProducts, JsonWrite::stringArray(eligibleMessagingProducts)},
        {kFeatures,
         QJsonObject{{kSms, writeFeatureSet(smsFeatures)}, {kMms, writeFeatureSet(mmsFeatures)}}},
        {kMessagingProduct, messagingProduct},
        {kMessagingProfileId,
         messagingProfileId ? QJsonValue(*messagingProfileId) : QJsonValue(QJsonValue::Null)},
        {kOrganizationId, organizationId},
        {kPhoneNumber, phoneNumber},
        {kRecordType, recordType},
        {kTags, JsonWrite::stringArray(tags)},
        {kTrafficType, trafficType},
        {kType, type},
    };
    if (health) {
        object.insert(kHealth, health->toJson());
    }
    JsonWrite::insertDateTime(object, kCreatedAt, createdAt);
    JsonWrite::insertDateTime(object, kUpdatedAt, updatedAt);
    return object;
}

MessagingHostedNumberUpdate MessagingHostedNumberUpdate::fromJson(const QJsonObject &object)
{
    MessagingHostedNumberUpdate update;
    update.messagingProduct = JsonRead::optionalString(object, kMessagingProduct);
    update.messagingProfileId = JsonRead::optionalString(object, kMessagingProfileId);
    if (object.value(kTags).isArray()) {
        update.tags = JsonRead::stringList(object, kTags);
    }
    return update;
}

QJsonObject MessagingHostedNumberUpdate::toJson() const
{
    QJsonObject body;
    JsonWrite::insertOptional(body, kMessagingProduct, messagingProduct);
    JsonWrite::insertOptional(body, kMessagingProfileId, messagingProfileId);
    if (tags) {
        body.insert(kTags, JsonWrite::stringArray(*tags));
    }
    return body;
}
