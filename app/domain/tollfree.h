#pragma once

#include "domain/rawjson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Toll-free verification (TFV): /messaging_tollfree/verification/requests.
// The wire format of this area is camelCase and not wrapped in {"data": ...}.

// --- Verification status -------------------------------------------------------------------

enum class TfvStatus {
    InProgress,
    WaitingForVendor,
    WaitingForCustomer,
    WaitingForTelnyx,
    Verified,
    Rejected,
    Unknown,
};

TfvStatus tfvStatusFromString(const QString &text);
QString tfvStatusToString(TfvStatus status); // wire value; empty for Unknown
QString tfvStatusLabel(TfvStatus status);
QString tfvStatusLabel(const QString &rawStatus); // unknown text is shown as it came
QString tfvStatusExplanation(TfvStatus status);   // one sentence: what is happening now
QStringList tfvStatuses();                        // every wire value, in workflow order

// Not final yet (anything but Verified and Rejected; an unknown status counts as open).
bool isOpen(TfvStatus status);
// The server accepts a PATCH: Waiting For Customer or Rejected.
bool canEdit(TfvStatus status);
// The server accepts a DELETE only for Rejected requests (400 otherwise).
bool canDelete(TfvStatus status);

// --- Business entity type ------------------------------------------------------------------

enum class TfvEntityType {
    SoleProprietor,
    PrivateProfit,
    PublicProfit,
    NonProfit,
    Government,
    Unknown,
};

TfvEntityType tfvEntityTypeFromString(const QString &text);
QString tfvEntityTypeToString(TfvEntityType type);
QString tfvEntityTypeLabel(TfvEntityType type);
QString tfvEntityTypeLabel(const QString &rawType);
QStringList tfvEntityTypes(); // wire values

// --- Choice lists for the form ---------------------------------------------------------------

QStringList tfvUseCases();       // the 43 use-case categories, wire values
QStringList tfvMessageVolumes(); // "10" ... "10,000,000+", ascending
// 50 states, District of Columbia and the five inhabited territories (Puerto Rico, Guam, U.S.
// Virgin Islands, American Samoa, Northern Mariana Islands), full names. The one list the
// client uses; the sandbox keeps its own copy with the same set (a unit test compares them).
QStringList usStateNames();
QStringList canadianProvinceNames(); // 10 provinces and 3 territories (full names)
QStringList stateAndProvinceNames(); // both lists, US first

// --- The verification request --------------------------------------------------------------

// One toll-free verification request: the submitted form plus what the server adds.
//
// Optional fields use std::optional: std::nullopt means "not given" (absent or JSON null on the
// wire) and is left out of toJson(); an engaged empty string is sent as "". An edit that
// empties a field lists it in clearedFields: toJson() then sends JSON null where the SDK types
// the field `string | null` (nullableFieldNames()), and "" where it is a plain string.
struct TollFreeVerificationRequest : HasRawJson
{
    // Set by the server; never sent.
    QString id;
    QString verificationRequestId;
    QString verificationStatus; // raw wire text, see status()
    QString reason;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The 18 required fields.
    QString businessName;
    QString corporateWebsite;
    QString businessAddr1;
    QString businessCity;
    QString businessState; // full name, e.g. "Texas"
    QString businessZip;
    QString businessContactFirstName;
    QString businessContactLastName;
    QString businessContactEmail;
    QString businessContactPhone; // E.164
    QString messageVolume;        // one of tfvMessageVolumes()
    QStringList phoneNumbers;     // wire: [{"phoneNumber": "+1..."}]
    QString useCase;              // one of tfvUseCases()
    QString useCaseSummary;
    QString productionMessageContent;
    QString optInWorkflow;
    QStringList optInWorkflowImageURLs; // wire: [{"url": "https://..."}]
    QString additionalInformation;

    // The 15 optional fields.
    std::optional<bool> ageGatedContent;
    std::optional<QString> businessAddr2;
    std::optional<QString> businessRegistrationCountry; // ISO 3166-1 alpha-2
    std::optional<QString> businessRegistrationNumber;
    std::optional<QString> businessRegistrationType;
    std::optional<QString> campaignVerifyAuthorizationToken; // Political use case
    std::optional<QString> doingBusinessAs;
    std::optional<QString> entityType; // raw wire text, see tfvEntityTypeFromString()
    std::optional<QString> helpMessageResponse;
    std::optional<QString> isvReseller;
    std::optional<QString> optInConfirmationResponse;
    std::optional<QString> optInKeywords;
    std::optional<QString> privacyPolicyURL;
    std::optional<QString> termsAndConditionURL;
    std::optional<QString> webhookUrl;

    // Edit (PATCH): optional fields (wire names) that had a value and were emptied. Never
    // read from the wire; a create leaves fields that were never given out instead.
    QStringList clearedFields;

    static TollFreeVerificationRequest fromJson(const QJsonObject &object);

    // The POST/PATCH body: the 18 required fields always, the optional ones when set.
    // Server-side fields (id, status, reason, timestamps) are never emitted.
    QJsonObject toJson() const;

    TfvStatus status() const { return tfvStatusFromString(verificationStatus); }

    // Wire names, e.g. for mapping an error's source.pointer ("/businessZip") to a form field.
    static QStringList requiredFieldNames();
    static QStringList optionalFieldNames();
    // The optional fields the SDK's update params type `string | null`: cleared with null.
    static QStringList nullableFieldNames();
    // For a list field (wire name), the member each entry is wrapped in on the wire
    // ("phoneNumbers" → "phoneNumber"); empty for any other field.
    static QString listEntryMember(const QString &field);

    bool operator==(const TollFreeVerificationRequest &) const = default;
};

// One entry of GET .../requests/{id}/status_history.
struct TfvStatusChange : HasRawJson
{
    QString verificationStatus; // raw wire text
    QString reason;             // null QString when the server sent null or nothing
    QDateTime updatedAt;

    static TfvStatusChange fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    TfvStatus status() const { return tfvStatusFromString(verificationStatus); }

    bool operator==(const TfvStatusChange &) const = default;
};

Q_DECLARE_METATYPE(TfvStatus)
Q_DECLARE_METATYPE(TfvEntityType)
Q_DECLARE_METATYPE(TollFreeVerificationRequest)
Q_DECLARE_METATYPE(TfvStatusChange)
