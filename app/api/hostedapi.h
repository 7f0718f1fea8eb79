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

// Hosted SMS numbers: endpoints 9–17, plus the hosted-number reads. The static *Request
// functions build each request as a value (no network); the other methods send one.
class HostedApi
{
public:
    static constexpr int defaultPageSize = 100;
    explicit HostedApi(ApiClient *client)
        : m_client(client)
    {}

    static ApiRequestOf<PageOf<HostedOrder>> listOrdersRequest(int page,
                                                               int pageSize = defaultPageSize);
    static ApiRequestOf<HostedOrder> createOrderRequest(const HostedOrderCreateRequest &request);
    static ApiRequestOf<HostedOrder> retrieveOrderRequest(const QString &orderId);
    static ApiRequestOf<HostedOrder> deleteOrderRequest(const QString &orderId);
    static ApiRequestOf<QList<EligibilityResult>>
    checkEligibilityRequest(const QStringList &phoneNumbers);
    // multipart `loa` + `bill` (application/pdf)
    static ApiRequestOf<HostedOrder> uploadDocumentsRequest(const QString &orderId,
                                                            const MultipartPart &loa,
                                                            const MultipartPart &bill);
    static ApiRequestOf<QList<VerificationCodeResult>>
    createVerificationCodesRequest(const QString &orderId, const VerificationCodesRequest &request);
    static ApiRequestOf<CodeValidationResult>
    validateCodesRequest(const QString &orderId, const ValidationCodesRequest &request);
    static ApiRequestOf<PageOf<MessagingHostedNumber>>
    listNumbersRequest(int page, int pageSize = defaultPageSize,
                       const HostedNumbersFilter &filter = {});
    static ApiRequestOf<MessagingHostedNumber> retrieveNumberRequest(const QString &numberId);
    // PATCH: moves the number to another messaging profile, changes its product or tags.
    static ApiRequestOf<MessagingHostedNumber>
    updateNumberRequest(const QString &numberId, const MessagingHostedNumberUpdate &update);
    // The API answers with the order the number belonged to.
    static ApiRequestOf<HostedOrder> deleteNumberRequest(const QString &numberId);

    ApiCallOf<PageOf<HostedOrder>> *listOrders(int page, int pageSize = defaultPageSize);
    Pager *ordersPager(int pageSize = defaultPageSize, QObject *parent = nullptr);
    ApiCallOf<HostedOrder> *createOrder(const HostedOrderCreateRequest &request);
    ApiCallOf<HostedOrder> *retrieveOrder(const QString &orderId);
    ApiCallOf<HostedOrder> *deleteOrder(const QString &orderId);
    ApiCallOf<QList<EligibilityResult>> *checkEligibility(const QStringList &phoneNumbers);
    // Reports upload progress.
    ApiCallOf<HostedOrder> *uploadDocuments(const QString &orderId, const MultipartPart &loa,
                                            const MultipartPart &bill);
    ApiCallOf<QList<VerificationCodeResult>> *
    createVerificationCodes(const QString &orderId, const VerificationCodesRequest &request);
    ApiCallOf<CodeValidationResult> *validateCodes(const QString &orderId,
                                                   const ValidationCodesRequest &request);
    ApiCallOf<PageOf<MessagingHostedNumber>> *listNumbers(int page, int pageSize = defaultPageSize);
    // Filters are sent with every page.
    Pager *numbersPager(int pageSize = defaultPageSize, QObject *parent = nullptr,
                        const HostedNumbersFilter &filter = {});
    ApiCallOf<MessagingHostedNumber> *retrieveNumber(const QString &numberId);
    ApiCallOf<MessagingHostedNumber> *updateNumber(const QString &numberId,
                                                   const MessagingHostedNumberUpdate &update);
    ApiCallOf<HostedOrder> *deleteNumber(const QString &numberId);

    // A PDF document part for uploadDocuments().
    static MultipartPart pdfPart(const QByteArray &fieldName, const QString &fileName,
                                 const QByteArray &bytes);
    // checkEligibility's reading of {"phone_numbers": [...]}; public for the fuzzers.
    static AnswerParser<QList<EligibilityResult>> eligibilityParser();

private:
    ApiClient *m_client;
};
