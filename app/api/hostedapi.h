#pragma once

#include "apiparse.h"
#include "domain/hosted.h"

#include <QUrlQuery>

class ApiClient;
class Pager;

// Server-side filters of GET /messaging_hosted_numbers (SDK: MessagingHostedNumberListParams);
// empty members are not sent.
struct HostedNumbersFilter
{
    QString phoneNumber;         // filter[phone_number]: exact, E.164
    QString phoneNumberContains; // filter[phone_number][contains]: a substring
    QString messagingProfileId;  // filter[messaging_profile_id]
    QString sortPhoneNumber;     // sort[phone_number]: "asc" or "desc"

    // What someone typed in a search box: a whole number (a NANP number written any usual
    // way, or any E.164 number of 11 or more digits) is looked up exactly, in E.164; anything
    // shorter is a substring of its digits (a leading + kept). Separators are dropped.
    void setSearch(const QString &typed);
    bool isEmpty() const;
    QUrlQuery toQuery() const;
    bool operator==(const HostedNumbersFilter &) const = default;
};

// Hosted SMS numbers: endpoints 9–17, plus the hosted-number reads.
class HostedApi
{
public:
    static constexpr int defaultPageSize = 100;
    explicit HostedApi(ApiClient *client)
        : m_client(client)
    {}

    // → PageOf<HostedOrder>
    ApiCall *listOrders(int page, int pageSize = defaultPageSize);
    Pager *ordersPager(int pageSize = defaultPageSize, QObject *parent = nullptr);
    // → HostedOrder
    ApiCall *createOrder(const HostedOrderCreateRequest &request);
    ApiCall *retrieveOrder(const QString &orderId);
    ApiCall *deleteOrder(const QString &orderId);
    // → QList<EligibilityResult>
    ApiCall *checkEligibility(const QStringList &phoneNumbers);
    // multipart `loa` + `bill` (application/pdf) → HostedOrder; reports upload progress
    ApiCall *uploadDocuments(const QString &orderId, const MultipartPart &loa,
                             const MultipartPart &bill);
    // → QList<VerificationCodeResult>
    ApiCall *createVerificationCodes(const QString &orderId,
                                     const VerificationCodesRequest &request);
    // → CodeValidationResult
    ApiCall *validateCodes(const QString &orderId, const ValidationCodesRequest &request);

    // → PageOf<MessagingHostedNumber>
    ApiCall *listNumbers(int page, int pageSize = defaultPageSize);
    // Filters are sent with every page.
    Pager *numbersPager(int pageSize = defaultPageSize, QObject *parent = nullptr,
                        const HostedNumbersFilter &filter = {});
    // → MessagingHostedNumber
    ApiCall *retrieveNumber(const QString &numberId);
    // → HostedOrder (the API answers with the order the number belonged to)
    ApiCall *deleteNumber(const QString &numberId);

    // A PDF document part for uploadDocuments().
    static MultipartPart pdfPart(const QByteArray &fieldName, const QString &fileName,
                                 const QByteArray &bytes);
    // checkEligibility's reading of {"phone_numbers": [...]}; public for the fuzzers.
    static ApiCall::Parser eligibilityParser();

private:
    ApiClient *m_client;
};
