#pragma once

#include "apiparse.h"
#include "domain/hosted.h"

class ApiClient;
class Pager;

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
    Pager *numbersPager(int pageSize = defaultPageSize, QObject *parent = nullptr);
    // → MessagingHostedNumber
    ApiCall *retrieveNumber(const QString &numberId);
    // → HostedOrder (the API answers with the order the number belonged to)
    ApiCall *deleteNumber(const QString &numberId);

    // A PDF document part for uploadDocuments().
    static MultipartPart pdfPart(const QByteArray &fieldName, const QString &fileName,
                                 const QByteArray &bytes);

private:
    ApiClient *m_client;
};
