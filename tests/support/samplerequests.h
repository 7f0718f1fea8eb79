#pragma once

#include "domain/rcsmessage.h"
#include "domain/tollfree.h"

// A complete, valid toll-free verification request, as a support agent would submit it.
inline TollFreeVerificationRequest
sampleTollFreeRequest(const QString &businessName = QStringLiteral("Acme Dental LLC"))
{
    TollFreeVerificationRequest request;
    request.businessName = businessName;
    request.corporateWebsite = QStringLiteral("https://acmedental.example");
    request.businessAddr1 = QStringLiteral("600 Congress Avenue");
    request.businessCity = QStringLiteral("Austin");
    request.businessState = QStringLiteral("Texas");
    request.businessZip = QStringLiteral("78701");
    request.businessContactFirstName = QStringLiteral("Jane");
    request.businessContactLastName = QStringLiteral("Doe");
    request.businessContactEmail = QStringLiteral("jane.doe@acmedental.example");
    request.businessContactPhone = QStringLiteral("+15125550100");
    request.messageVolume = QStringLiteral("10,000");
    request.phoneNumbers = {QStringLiteral("+18885550101"), QStringLiteral("+18775550102")};
    request.useCase = QStringLiteral("Appointments");
    request.useCaseSummary =
        QStringLiteral("Appointment reminders for patients who booked online or by phone.");
    request.productionMessageContent = QStringLiteral(
        "Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out.");
    request.optInWorkflow = QStringLiteral(
        "Patients tick an unchecked SMS consent box on the booking form; the form states the "
        "message frequency and that STOP opts out.");
    request.optInWorkflowImageURLs = {QStringLiteral("https://acmedental.example/optin.png")};
    request.additionalInformation = QStringLiteral("Reminders only; no marketing.");
    request.privacyPolicyURL = QStringLiteral("https://acmedental.example/privacy");
    request.entityType = QStringLiteral("PRIVATE_PROFIT");
    request.businessRegistrationCountry = QStringLiteral("US");
    request.businessRegistrationNumber = QStringLiteral("12-3456789");
    request.businessRegistrationType = QStringLiteral("EIN");
    return request;
}

// A plain RCS text message (no suggestions, no fallback).
inline RcsMessageRequest sampleRcsTextMessage(const QString &agentId, const QString &to,
                                              const QString &messagingProfileId,
                                              const QString &text = QStringLiteral("Hello"))
{
    RcsMessageRequest message;
    message.agentId = agentId;
    message.to = to;
    message.messagingProfileId = messagingProfileId;
    RcsContentMessage content;
    content.text = text;
    message.agentMessage.contentMessage = content;
    return message;
}
