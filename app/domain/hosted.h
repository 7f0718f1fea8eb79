#pragma once

#include "domain/rawjson.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Hosted messaging: /messaging_hosted_number_orders and /messaging_hosted_numbers.
// Wire format is snake_case; resources arrive wrapped in {"data": ...}, which the API layer
// unwraps before calling fromJson. Request bodies are sent unwrapped.

// --- Order status ----------------------------------------------------------------------------

enum class HostedOrderStatus {
    CarrierRejected,
    ComplianceReviewFailed,
    Deleted,
    Failed,
    IncompleteDocumentation,
    IncorrectBillingInformation,
    IneligibleCarrier,
    LoaFileInvalid,
    LoaFileSuccessful,
    Pending,
    Provisioning,
    Successful,
    Unknown,
};

HostedOrderStatus hostedOrderStatusFromString(const QString &text);
QString hostedOrderStatusToString(HostedOrderStatus status);
QString hostedOrderStatusLabel(HostedOrderStatus status);
QString hostedOrderStatusLabel(const QString &rawStatus);
QString hostedOrderStatusExplanation(HostedOrderStatus status); // what happened, plain English
QString hostedOrderStatusNextAction(HostedOrderStatus status);  // what to do next, never empty
QStringList hostedOrderStatuses();
// The customer has to act (upload documents, fix billing) before the order can move on.
bool hostedOrderNeedsCustomerAction(HostedOrderStatus status);
// Nothing will change any more without a new order: stop polling.
bool hostedOrderIsFinal(HostedOrderStatus status);

// --- Per-number status inside an order ------------------------------------------------------

enum class HostedNumberStatus {
    Deleted,
    Failed,
    FailedActivation,
    FailedCarrierRejected,
    FailedIneligibleCarrier,
    FailedNumberAlreadyHosted,
    FailedNumberNotFound,
    FailedOwnershipVerification,
    FailedTimeout,
    Pending,
    Provisioning,
    Successful,
    Unknown,
};

HostedNumberStatus hostedNumberStatusFromString(const QString &text);
QString hostedNumberStatusToString(HostedNumberStatus status);
QString hostedNumberStatusLabel(HostedNumberStatus status);
QString hostedNumberStatusLabel(const QString &rawStatus);
QString hostedNumberStatusExplanation(HostedNumberStatus status);
QStringList hostedNumberStatuses();

// A number inside an order (SDK: HostedNumber).
struct HostedNumber : HasRawJson
{
    QString id;
    QString phoneNumber; // E.164
    QString recordType;
    QString status; // raw wire text, see statusValue()

    static HostedNumber fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    HostedNumberStatus statusValue() const { return hostedNumberStatusFromString(status); }

    bool operator==(const HostedNumber &) const = default;
};

// A hosted number order (SDK: MessagingHostedNumberOrder).
struct HostedOrder : HasRawJson
{
    QString id;
    std::optional<QString> messagingProfileId; // nullopt: null or absent on the wire
    QList<HostedNumber> phoneNumbers;
    QString recordType;
    QString status; // raw wire text, see statusValue()
    // Not in the SDK's type; read when the server sends them (invalid otherwise).
    QDateTime createdAt;
    QDateTime updatedAt;

    static HostedOrder fromJson(const QJsonObject &object);
    QJsonObject toJson() const; // the resource shape

    HostedOrderStatus statusValue() const { return hostedOrderStatusFromString(status); }
    QStringList phoneNumberList() const;

    bool operator==(const HostedOrder &) const = default;
};

// Which order holds a hosted number, and the number's status in it. The hosted-number
// resource (PhoneNumberWithMessagingSettings) carries no hosting status and no order: both come
// from the order whose phone_numbers[] lists the number (SDK: HostedNumber.status).
struct HostedNumberLink
{
    QString orderId;
    QString status; // the order's phone_numbers[].status, raw wire text

    bool isKnown() const { return !orderId.isEmpty(); }
    bool operator==(const HostedNumberLink &) const = default;
};

// The links of every loaded order's numbers. Numbers are matched by phone number (E.164,
// compared after normalising); the order's number id is used first when it equals the hosted
// number's id (the sandbox uses one id for both; the real API need not). When several orders
// list the same phone number (a failed attempt, then a successful one), an active entry
// (pending, provisioning, successful) wins over a failed one, and a failed one over a deleted
// one; among equals the order added first (lists are newest first) wins.
class HostedNumberLinks
{
public:
    // Orders newest first (as lists come).
    void addOrder(const QString &orderId, const QList<HostedNumber> &numbers);
    void addOrder(const HostedOrder &order) { addOrder(order.id, order.phoneNumbers); }
    HostedNumberLink find(const QString &numberId, const QString &phoneNumber) const;
    bool isEmpty() const { return m_byPhone.isEmpty() && m_byId.isEmpty(); }
    // The spelling numbers are matched by: E.164 when the text reads as a number.
    static QString phoneKey(const QString &phoneNumber);

    bool operator==(const HostedNumberLinks &) const = default;

private:
    QHash<QString, HostedNumberLink> m_byId;
    QHash<QString, HostedNumberLink> m_byPhone;
};

// POST /messaging_hosted_number_orders
struct HostedOrderCreateRequest
{
    std::optional<QString> messagingProfileId; // left out when nullopt
    QStringList phoneNumbers;

    static HostedOrderCreateRequest fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const HostedOrderCreateRequest &) const = default;
};

// --- Eligibility check -----------------------------------------------------------------------

enum class EligibilityStatus {
    Eligible,
    NumberCanNotBeRepeated,
    NumberCanNotBeValidated,
    NumberCanNotBeWireless,
    NumberCanNotBeActiveInYourAccount,
    NumberCanNotHostedWithATelnyxSubscriber,
    NumberCanNotBeInTelnyx,
    NumberIsNotAUsNumber,
    NumberIsNotAValidRoutingNumber,
    NumberIsNotInE164Format,
    BillingAccountCheckFailed,
    BillingAccountIsAbolished,
    Unknown,
};

EligibilityStatus eligibilityStatusFromString(const QString &text);
QString eligibilityStatusToString(EligibilityStatus status);
QString eligibilityStatusLabel(EligibilityStatus status);
QString eligibilityStatusLabel(const QString &rawStatus);
QStringList eligibilityStatuses();

// POST /messaging_hosted_number_orders/eligibility_numbers_check
struct EligibilityCheckRequest
{
    QStringList phoneNumbers;

    static EligibilityCheckRequest fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const EligibilityCheckRequest &) const = default;
};

// One entry of the eligibility reply.
struct EligibilityResult : HasRawJson
{
    QString phoneNumber;
    bool eligible = false;
    QString eligibleStatus; // raw wire text, see status()
    QString detail;

    static EligibilityResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The reply is {"phone_numbers": [...]} (not wrapped in "data").
    static QList<EligibilityResult> listFromResponse(const QJsonObject &body);
    static QJsonObject listToResponse(const QList<EligibilityResult> &results);

    EligibilityStatus status() const { return eligibilityStatusFromString(eligibleStatus); }

    bool operator==(const EligibilityResult &) const = default;
};

// --- Verification codes ----------------------------------------------------------------------

enum class VerificationMethod { Sms, Call, Unknown };

VerificationMethod verificationMethodFromString(const QString &text);
QString verificationMethodToString(VerificationMethod method);
QString verificationMethodLabel(VerificationMethod method);
QStringList verificationMethods();

// POST /messaging_hosted_number_orders/{id}/verification_codes
struct VerificationCodesRequest
{
    QStringList phoneNumbers;
    QString verificationMethod = QStringLiteral("sms"); // "sms" or "call"

    static VerificationCodesRequest fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const VerificationCodesRequest &) const = default;
};

// One entry of the verification-codes reply ({"data": [...]}).
struct VerificationCodeResult : HasRawJson
{
    QString phoneNumber;
    QString type; // "sms" or "call"
    QString verificationCodeId;
    QString error; // empty when the code was sent

    static VerificationCodeResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    static QList<VerificationCodeResult> listFromResponse(const QJsonObject &body);

    bool succeeded() const { return error.isEmpty(); }

    bool operator==(const VerificationCodeResult &) const = default;
};

// --- Validation codes ------------------------------------------------------------------------

struct VerificationCodeEntry
{
    QString phoneNumber;
    QString code;

    bool operator==(const VerificationCodeEntry &) const = default;
};

// POST /messaging_hosted_number_orders/{id}/validation_codes
struct ValidationCodesRequest
{
    QList<VerificationCodeEntry> verificationCodes;

    static ValidationCodesRequest fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const ValidationCodesRequest &) const = default;
};

enum class CodeValidationStatus { Verified, Rejected, AlreadyVerified, Unknown };

CodeValidationStatus codeValidationStatusFromString(const QString &text);
QString codeValidationStatusToString(CodeValidationStatus status);
QString codeValidationStatusLabel(CodeValidationStatus status);
QString codeValidationStatusLabel(const QString &rawStatus);

struct CodeValidationNumber : HasRawJson
{
    QString phoneNumber;
    QString status; // raw wire text: verified, rejected, already_verified

    static CodeValidationNumber fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    CodeValidationStatus statusValue() const { return codeValidationStatusFromString(status); }

    bool operator==(const CodeValidationNumber &) const = default;
};

// The validation-codes reply's "data" object.
struct CodeValidationResult : HasRawJson
{
    QString orderId;
    QList<CodeValidationNumber> numbers; // wire: phone_numbers

    static CodeValidationResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const CodeValidationResult &) const = default;
};

// --- /messaging_hosted_numbers (SDK: PhoneNumberWithMessagingSettings) -----------------------

struct MessagingFeatureSet
{
    bool domesticTwoWay = false;
    bool internationalInbound = false;
    bool internationalOutbound = false;

    static MessagingFeatureSet fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MessagingFeatureSet &) const = default;
};

struct NumberHealthMetrics
{
    double inboundOutboundRatio = 0.0;
    qint64 messageCount = 0;
    double spamRatio = 0.0;
    double successRatio = 0.0;

    static NumberHealthMetrics fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const NumberHealthMetrics &) const = default;
};

struct MessagingHostedNumber : HasRawJson
{
    QString id;
    QString countryCode;
    QDateTime createdAt;
    QStringList eligibleMessagingProducts;
    std::optional<MessagingFeatureSet> smsFeatures; // features.sms; nullopt when null/absent
    std::optional<MessagingFeatureSet> mmsFeatures; // features.mms
    std::optional<NumberHealthMetrics> health;
    QString messagingProduct;
    std::optional<QString> messagingProfileId;
    QString organizationId;
    QString phoneNumber;
    QString recordType; // messaging_phone_number or messaging_settings
    QStringList tags;
    QString trafficType;
    QString type; // long-code, toll-free, short-code (also longcode, tollfree, shortcode)
    QDateTime updatedAt;

    static MessagingHostedNumber fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MessagingHostedNumber &) const = default;
};

// PATCH /messaging_hosted_numbers/{id}. nullopt: leave the field out (server keeps the value).
// messagingProfileId set to "" unassigns the number from its profile.
struct MessagingHostedNumberUpdate
{
    std::optional<QString> messagingProduct;
    std::optional<QString> messagingProfileId;
    std::optional<QStringList> tags;

    static MessagingHostedNumberUpdate fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const MessagingHostedNumberUpdate &) const = default;
};

Q_DECLARE_METATYPE(HostedOrderStatus)
Q_DECLARE_METATYPE(HostedNumberStatus)
Q_DECLARE_METATYPE(EligibilityStatus)
Q_DECLARE_METATYPE(VerificationMethod)
Q_DECLARE_METATYPE(CodeValidationStatus)
Q_DECLARE_METATYPE(HostedNumber)
Q_DECLARE_METATYPE(HostedOrder)
Q_DECLARE_METATYPE(HostedOrderCreateRequest)
Q_DECLARE_METATYPE(EligibilityCheckRequest)
Q_DECLARE_METATYPE(EligibilityResult)
Q_DECLARE_METATYPE(VerificationCodesRequest)
Q_DECLARE_METATYPE(VerificationCodeResult)
Q_DECLARE_METATYPE(ValidationCodesRequest)
Q_DECLARE_METATYPE(CodeValidationNumber)
Q_DECLARE_METATYPE(CodeValidationResult)
Q_DECLARE_METATYPE(MessagingHostedNumber)
Q_DECLARE_METATYPE(MessagingHostedNumberUpdate)
