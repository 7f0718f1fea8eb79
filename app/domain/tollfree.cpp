#include "domain/tollfree.h"

#include "domain/enumtable_p.h"
#include "domain/jsonread.h"
#include "domain/jsonwrite.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using StatusEntry = DomainEnums::Entry<TfvStatus>;

// Workflow order: how a request normally travels.
constexpr StatusEntry statusTable[] = {
    {TfvStatus::InProgress, "In Progress", QT_TRANSLATE_NOOP("Domain", "In progress"),
     QT_TRANSLATE_NOOP("Domain", "Telnyx has received the request and the review is under way.")},
    {TfvStatus::WaitingForTelnyx, "Waiting For Telnyx",
     QT_TRANSLATE_NOOP("Domain", "Waiting for Telnyx"),
     QT_TRANSLATE_NOOP("Domain", "Telnyx is checking the request before it goes further.")},
    {TfvStatus::WaitingForVendor, "Waiting For Vendor",
     QT_TRANSLATE_NOOP("Domain", "Waiting for vendor"),
     QT_TRANSLATE_NOOP("Domain", "The toll-free messaging vendor is reviewing the request.")},
    {TfvStatus::WaitingForCustomer, "Waiting For Customer",
     QT_TRANSLATE_NOOP("Domain", "Waiting for you"),
     QT_TRANSLATE_NOOP("Domain", "The reviewers need changes from you: read the reason, then "
                                 "edit and resubmit the request.")},
    {TfvStatus::Verified, "Verified", QT_TRANSLATE_NOOP("Domain", "Verified"),
     QT_TRANSLATE_NOOP("Domain", "The numbers are verified for toll-free messaging.")},
    {TfvStatus::Rejected, "Rejected", QT_TRANSLATE_NOOP("Domain", "Rejected"),
     QT_TRANSLATE_NOOP("Domain", "The request was rejected: read the reason, then edit and "
                                 "resubmit it, or delete it.")},
};
constexpr char unknownStatusLabel[] = QT_TRANSLATE_NOOP("Domain", "Unknown status");

using EntityEntry = DomainEnums::Entry<TfvEntityType>;

constexpr EntityEntry entityTable[] = {
    {TfvEntityType::SoleProprietor, "SOLE_PROPRIETOR",
     QT_TRANSLATE_NOOP("Domain", "Sole proprietor")},
    {TfvEntityType::PrivateProfit, "PRIVATE_PROFIT",
     QT_TRANSLATE_NOOP("Domain", "Private for-profit company")},
    {TfvEntityType::PublicProfit, "PUBLIC_PROFIT",
     QT_TRANSLATE_NOOP("Domain", "Public for-profit company")},
    {TfvEntityType::NonProfit, "NON_PROFIT",
     QT_TRANSLATE_NOOP("Domain", "Non-profit organization")},
    {TfvEntityType::Government, "GOVERNMENT", QT_TRANSLATE_NOOP("Domain", "Government")},
};
constexpr char unknownEntityLabel[] = QT_TRANSLATE_NOOP("Domain", "Unknown entity type");

QStringList latin1List(std::initializer_list<const char *> values)
{
    QStringList list;
    list.reserve(qsizetype(values.size()));
    for (const char *value : values) {
        list.append(QString::fromLatin1(value));
    }
    return list;
}

// Wire keys, spelled once.
const QString kId = u"id"_s;
const QString kVerificationRequestId = u"verificationRequestId"_s;
const QString kVerificationStatus = u"verificationStatus"_s;
const QString kReason = u"reason"_s;
const QString kCreatedAt = u"createdAt"_s;
const QString kUpdatedAt = u"updatedAt"_s;
const QString kBusinessName = u"businessName"_s;
const QString kCorporateWebsite = u"corporateWebsite"_s;
const QString kBusinessAddr1 = u"businessAddr1"_s;
const QString kBusinessCity = u"businessCity"_s;
const QString kBusinessState = u"businessState"_s;
const QString kBusinessZip = u"businessZip"_s;
const QString kContactFirstName = u"businessContactFirstName"_s;
const QString kContactLastName = u"businessContactLastName"_s;
const QString kContactEmail = u"businessContactEmail"_s;
const QString kContactPhone = u"businessContactPhone"_s;
const QString kMessageVolume = u"messageVolume"_s;
const QString kPhoneNumbers = u"phoneNumbers"_s;
const QString kUseCase = u"useCase"_s;
const QString kUseCaseSummary = u"useCaseSummary"_s;
const QString kProductionMessageContent = u"productionMessageContent"_s;
const QString kOptInWorkflow = u"optInWorkflow"_s;
const QString kOptInWorkflowImageUrls = u"optInWorkflowImageURLs"_s;
const QString kAdditionalInformation = u"additionalInformation"_s;
const QString kAgeGatedContent = u"ageGatedContent"_s;
const QString kBusinessAddr2 = u"businessAddr2"_s;
const QString kRegistrationCountry = u"businessRegistrationCountry"_s;
const QString kRegistrationNumber = u"businessRegistrationNumber"_s;
const QString kRegistrationType = u"businessRegistrationType"_s;
const QString kCampaignVerifyToken = u"campaignVerifyAuthorizationToken"_s;
const QString kDoingBusinessAs = u"doingBusinessAs"_s;
const QString kEntityType = u"entityType"_s;
const QString kHelpMessageResponse = u"helpMessageResponse"_s;
const QString kIsvReseller = u"isvReseller"_s;
const QString kOptInConfirmationResponse = u"optInConfirmationResponse"_s;
const QString kOptInKeywords = u"optInKeywords"_s;
const QString kPrivacyPolicyUrl = u"privacyPolicyURL"_s;
const QString kTermsAndConditionUrl = u"termsAndConditionURL"_s;
const QString kWebhookUrl = u"webhookUrl"_s;
const QString kPhoneNumberField = u"phoneNumber"_s;
const QString kUrlField = u"url"_s;

} // namespace

// --- Status ----------------------------------------------------------------------------------

TfvStatus tfvStatusFromString(const QString &text)
{
    return DomainEnums::fromWire(statusTable, text, TfvStatus::Unknown);
}

QString tfvStatusToString(TfvStatus status)
{
    return DomainEnums::wire(statusTable, status);
}

QString tfvStatusLabel(TfvStatus status)
{
    return DomainEnums::label(statusTable, status, unknownStatusLabel);
}

QString tfvStatusLabel(const QString &rawStatus)
{
    return DomainEnums::labelForRaw(statusTable, rawStatus, TfvStatus::Unknown, unknownStatusLabel);
}

QString tfvStatusExplanation(TfvStatus status)
{
    if (status == TfvStatus::Unknown) {
        return DomainEnums::translated(QT_TRANSLATE_NOOP(
            "Domain", "The server reported a status this console does not know."));
    }
    return DomainEnums::explanation(statusTable, status);
}

QStringList tfvStatuses()
{
    return DomainEnums::wireValues(statusTable);
}

bool isOpen(TfvStatus status)
{
    return status != TfvStatus::Verified && status != TfvStatus::Rejected;
}

bool canEdit(TfvStatus status)
{
    return status == TfvStatus::WaitingForCustomer || status == TfvStatus::Rejected;
}

bool canDelete(TfvStatus status)
{
    return status == TfvStatus::Rejected;
}

// --- Entity type -----------------------------------------------------------------------------

TfvEntityType tfvEntityTypeFromString(const QString &text)
{
    return DomainEnums::fromWire(entityTable, text, TfvEntityType::Unknown);
}

QString tfvEntityTypeToString(TfvEntityType type)
{
    return DomainEnums::wire(entityTable, type);
}

QString tfvEntityTypeLabel(TfvEntityType type)
{
    return DomainEnums::label(entityTable, type, unknownEntityLabel);
}

QString tfvEntityTypeLabel(const QString &rawType)
{
    return DomainEnums::labelForRaw(entityTable, rawType, TfvEntityType::Unknown,
                                    unknownEntityLabel);
}

QStringList tfvEntityTypes()
{
    return DomainEnums::wireValues(entityTable);
}

// --- Choice lists ----------------------------------------------------------------------------

QStringList tfvUseCases()
{
    return latin1List({"2FA",
                       "App Notifications",
                       "Appointments",
                       "Auctions",
                       "Auto Repair Services",
                       "Bank Transfers",
                       "Billing",
                       "Booking Confirmations",
                       "Business Updates",
                       "COVID-19 Alerts",
                       "Career Training",
                       "Chatbot",
                       "Conversational / Alerts",
                       "Courier Services & Deliveries",
                       "Emergency Alerts",
                       "Events & Planning",
                       "Financial Services",
                       "Fraud Alerts",
                       "Fundraising",
                       "General Marketing",
                       "General School Updates",
                       "HR / Staffing",
                       "Healthcare Alerts",
                       "Housing Community Updates",
                       "Insurance Services",
                       "Job Dispatch",
                       "Legal Services",
                       "Mixed",
                       "Motivational Reminders",
                       "Notary Notifications",
                       "Order Notifications",
                       "Political",
                       "Public Works",
                       "Real Estate Services",
                       "Religious Services",
                       "Repair and Diagnostics Alerts",
                       "Rewards Program",
                       "Surveys",
                       "System Alerts",
                       "Voting Reminders",
                       "Waitlist Alerts",
                       "Webinar Reminders",
                       "Workshop Alerts"});
}

QStringList tfvMessageVolumes()
{
    return latin1List({"10", "100", "1,000", "10,000", "100,000", "250,000", "500,000", "750,000",
                       "1,000,000", "5,000,000", "10,000,000+"});
}

QStringList usStateNames()
{
    return latin1List({"Alabama",
                       "Alaska",
                       "Arizona",
                       "Arkansas",
                       "California",
                       "Colorado",
                       "Connecticut",
                       "Delaware",
                       "District of Columbia",
                       "Florida",
                       "Georgia",
                       "Hawaii",
                       "Idaho",
                       "Illinois",
                       "Indiana",
                       "Iowa",
                       "Kansas",
                       "Kentucky",
                       "Louisiana",
                       "Maine",
                       "Maryland",
                       "Massachusetts",
                       "Michigan",
                       "Minnesota",
                       "Mississippi",
                       "Missouri",
                       "Montana",
                       "Nebraska",
                       "Nevada",
                       "New Hampshire",
                       "New Jersey",
                       "New Mexico",
                       "New York",
                       "North Carolina",
                       "North Dakota",
                       "Ohio",
                       "Oklahoma",
                       "Oregon",
                       "Pennsylvania",
                       "Puerto Rico",
                       "Rhode Island",
                       "South Carolina",
                       "South Dakota",
                       "Tennessee",
                       "Texas",
                       "Utah",
                       "Vermont",
                       "Virginia",
                       "Washington",
                       "West Virginia",
                       "Wisconsin",
                       "Wyoming",
                       "Guam",
                       "U.S. Virgin Islands",
                       "American Samoa",
                       "Northern Mariana Islands"});
}

QStringList canadianProvinceNames()
{
    return latin1List({"Alberta", "British Columbia", "Manitoba", "New Brunswick",
                       "Newfoundland and Labrador", "Northwest Territories", "Nova Scotia",
                       "Nunavut", "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan",
                       "Yukon"});
}

QStringList stateAndProvinceNames()
{
    return usStateNames() + canadianProvinceNames();
}

// --- TollFreeVerificationRequest -------------------------------------------------------------

TollFreeVerificationRequest TollFreeVerificationRequest::fromJson(const QJsonObject &object)
{
    using namespace JsonRead;
    TollFreeVerificationRequest request;
    request.raw = object;

    request.id = string(object, kId);
    request.verificationRequestId = string(object, kVerificationRequestId);
    request.verificationStatus = string(object, kVerificationStatus);
    request.reason = string(object, kReason);
    request.createdAt = dateTime(object, kCreatedAt);
    request.updatedAt = dateTime(object, kUpdatedAt);

    request.businessName = string(object, kBusinessName);
    request.corporateWebsite = string(object, kCorporateWebsite);
    request.businessAddr1 = string(object, kBusinessAddr1);
    request.businessCity = string(object, kBusinessCity);
    request.businessState = string(object, kBusinessState);
    request.businessZip = string(object, kBusinessZip);
    request.businessContactFirstName = string(object, kContactFirstName);
    request.businessContactLastName = string(object, kContactLastName);
    request.businessContactEmail = string(object, kContactEmail);
    request.businessContactPhone = string(object, kContactPhone);
    request.messageVolume = string(object, kMessageVolume);
    request.phoneNumbers = wrappedStringList(object, kPhoneNumbers, kPhoneNumberField);
    request.useCase = string(object, kUseCase);
    request.useCaseSummary = string(object, kUseCaseSummary);
    request.productionMessageContent = string(object, kProductionMessageContent);
    request.optInWorkflow = string(object, kOptInWorkflow);
    request.optInWorkflowImageURLs = wrappedStringList(object, kOptInWorkflowImageUrls, kUrlField);
    request.additionalInformation = string(object, kAdditionalInformation);

    request.ageGatedContent = optionalBoolean(object, kAgeGatedContent);
    request.businessAddr2 = optionalString(object, kBusinessAddr2);
    request.businessRegistrationCountry = optionalString(object, kRegistrationCountry);
    request.businessRegistrationNumber = optionalString(object, kRegistrationNumber);
    request.businessRegistrationType = optionalString(object, kRegistrationType);
    request.campaignVerifyAuthorizationToken = optionalString(object, kCampaignVerifyToken);
    request.doingBusinessAs = optionalString(object, kDoingBusinessAs);
    request.entityType = optionalString(object, kEntityType);
    request.helpMessageResponse = optionalString(object, kHelpMessageResponse);
    request.isvReseller = optionalString(object, kIsvReseller);
    request.optInConfirmationResponse = optionalString(object, kOptInConfirmationResponse);
    request.optInKeywords = optionalString(object, kOptInKeywords);
    request.privacyPolicyURL = optionalString(object, kPrivacyPolicyUrl);
    request.termsAndConditionURL = optionalString(object, kTermsAndConditionUrl);
    request.webhookUrl = optionalString(object, kWebhookUrl);
    return request;
}

QJsonObject TollFreeVerificationRequest::toJson() const
{
    using JsonWrite::insertOptional;
    QJsonObject body{
        {kBusinessName, businessName},
        {kCorporateWebsite, corporateWebsite},
        {kBusinessAddr1, businessAddr1},
        {kBusinessCity, businessCity},
        {kBusinessState, businessState},
        {kBusinessZip, businessZip},
        {kContactFirstName, businessContactFirstName},
        {kContactLastName, businessContactLastName},
        {kContactEmail, businessContactEmail},
        {kContactPhone, businessContactPhone},
        {kMessageVolume, messageVolume},
        {kPhoneNumbers, JsonWrite::wrappedStringArray(phoneNumbers, kPhoneNumberField)},
        {kUseCase, useCase},
        {kUseCaseSummary, useCaseSummary},
        {kProductionMessageContent, productionMessageContent},
        {kOptInWorkflow, optInWorkflow},
        {kOptInWorkflowImageUrls, JsonWrite::wrappedStringArray(optInWorkflowImageURLs, kUrlField)},
        {kAdditionalInformation, additionalInformation},
    };
    insertOptional(body, kAgeGatedContent, ageGatedContent);
    insertOptional(body, kBusinessAddr2, businessAddr2);
    insertOptional(body, kRegistrationCountry, businessRegistrationCountry);
    insertOptional(body, kRegistrationNumber, businessRegistrationNumber);
    insertOptional(body, kRegistrationType, businessRegistrationType);
    insertOptional(body, kCampaignVerifyToken, campaignVerifyAuthorizationToken);
    insertOptional(body, kDoingBusinessAs, doingBusinessAs);
    insertOptional(body, kEntityType, entityType);
    insertOptional(body, kHelpMessageResponse, helpMessageResponse);
    insertOptional(body, kIsvReseller, isvReseller);
    insertOptional(body, kOptInConfirmationResponse, optInConfirmationResponse);
    insertOptional(body, kOptInKeywords, optInKeywords);
    insertOptional(body, kPrivacyPolicyUrl, privacyPolicyURL);
    insertOptional(body, kTermsAndConditionUrl, termsAndConditionURL);
    insertOptional(body, kWebhookUrl, webhookUrl);
    const QStringList nullable = nullableFieldNames();
    for (const QString &field : clearedFields) {
        if (body.contains(field) && !body.value(field).toString().isEmpty())
            continue; // given again after all
        if (nullable.contains(field))
            body.insert(field, QJsonValue::Null);
        else if (field != kAgeGatedContent)
            body.insert(field, QString());
    }
    return body;
}

QStringList TollFreeVerificationRequest::requiredFieldNames()
{
    return {kBusinessName,     kCorporateWebsite,       kBusinessAddr1,
            kBusinessCity,     kBusinessState,          kBusinessZip,
            kContactFirstName, kContactLastName,        kContactEmail,
            kContactPhone,     kMessageVolume,          kPhoneNumbers,
            kUseCase,          kUseCaseSummary,         kProductionMessageContent,
            kOptInWorkflow,    kOptInWorkflowImageUrls, kAdditionalInformation};
}

QStringList TollFreeVerificationRequest::optionalFieldNames()
{
    return {kAgeGatedContent,
            kBusinessAddr2,
            kRegistrationCountry,
            kRegistrationNumber,
            kRegistrationType,
            kCampaignVerifyToken,
            kDoingBusinessAs,
            kEntityType,
            kHelpMessageResponse,
            kIsvReseller,
            kOptInConfirmationResponse,
            kOptInKeywords,
            kPrivacyPolicyUrl,
            kTermsAndConditionUrl,
            kWebhookUrl};
}

QStringList TollFreeVerificationRequest::nullableFieldNames()
{
    // businessAddr2 and webhookUrl are plain `string` in RequestUpdateParams: cleared with "".
    return {kRegistrationCountry, kRegistrationNumber, kRegistrationType,
            kCampaignVerifyToken, kDoingBusinessAs,    kEntityType,
            kHelpMessageResponse, kIsvReseller,        kOptInConfirmationResponse,
            kOptInKeywords,       kPrivacyPolicyUrl,   kTermsAndConditionUrl};
}

// --- TfvStatusChange -------------------------------------------------------------------------

TfvStatusChange TfvStatusChange::fromJson(const QJsonObject &object)
{
    TfvStatusChange change;
    change.raw = object;
    change.verificationStatus = JsonRead::string(object, kVerificationStatus);
    change.reason = JsonRead::string(object, kReason);
    change.updatedAt = JsonRead::dateTime(object, kUpdatedAt);
    return change;
}

QJsonObject TfvStatusChange::toJson() const
{
    QJsonObject object{{kVerificationStatus, verificationStatus}};
    JsonWrite::insertNullable(object, kReason, reason);
    JsonWrite::insertDateTime(object, kUpdatedAt, updatedAt);
    return object;
}

QString TollFreeVerificationRequest::listEntryMember(const QString &field)
{
    if (field == kPhoneNumbers)
        return kPhoneNumberField;
    if (field == kOptInWorkflowImageUrls)
        return kUrlField;
    return {};
}
