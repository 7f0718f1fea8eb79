#include "hostedapi.h"

#include "apiclient.h"
#include "domain/validators.h"
#include "pager.h"

using namespace Qt::StringLiterals;

namespace {

const QString ordersPath = QStringLiteral("/messaging_hosted_number_orders");
const QString numbersPath = QStringLiteral("/messaging_hosted_numbers");

QString orderPath(const QString &orderId)
{
    return ordersPath + u'/' + ApiRequest::segment(orderId);
}

QString numberPath(const QString &numberId)
{
    return numbersPath + u'/' + ApiRequest::segment(numberId);
}

} // namespace

ApiRequestOf<PageOf<HostedOrder>> HostedApi::listOrdersRequest(int page, int pageSize)
{
    return {ApiRequest::get(ordersPath).page(PageShape::DataMeta, page, pageSize),
            ApiParse::page<HostedOrder>(PageShape::DataMeta)};
}

ApiRequestOf<HostedOrder> HostedApi::createOrderRequest(const HostedOrderCreateRequest &request)
{
    ActivityNote note =
        ActivityNote::about(u"Create hosted-number order"_s, ActivityArea::hostedOrder);
    note.phoneNumbers = request.phoneNumbers;
    return {ApiRequest::json("POST", ordersPath, request.toJson()).noted(note),
            ApiParse::dataObject<HostedOrder>()};
}

ApiRequestOf<HostedOrder> HostedApi::retrieveOrderRequest(const QString &orderId)
{
    return {ApiRequest::get(orderPath(orderId)), ApiParse::dataObject<HostedOrder>()};
}

ApiRequestOf<HostedOrder> HostedApi::deleteOrderRequest(const QString &orderId)
{
    return {ApiRequest::remove(orderPath(orderId))
                .noted(ActivityNote::about(u"Delete hosted-number order"_s,
                                           ActivityArea::hostedOrder, orderId)),
            ApiParse::dataObject<HostedOrder>()};
}

ApiRequestOf<QList<EligibilityResult>>
HostedApi::checkEligibilityRequest(const QStringList &phoneNumbers)
{
    EligibilityCheckRequest request;
    request.phoneNumbers = phoneNumbers;
    return {ApiRequest::json("POST", ordersPath + QStringLiteral("/eligibility_numbers_check"),
                             request.toJson()),
            eligibilityParser()};
}

AnswerParser<QList<EligibilityResult>> HostedApi::eligibilityParser()
{
    return [](const QJsonDocument &document,
              QString *error) -> std::optional<QList<EligibilityResult>> {
        // The SDK marks phone_numbers optional: absent or null is an empty answer.
        const QJsonValue numbers = document.object().value(QLatin1StringView("phone_numbers"));
        if ((!document.isObject() && !document.isNull()) ||
            (!numbers.isArray() && !numbers.isUndefined() && !numbers.isNull())) {
            *error = QStringLiteral("expected {\"phone_numbers\": [...]}");
            return std::nullopt;
        }
        return EligibilityResult::listFromResponse(document.object());
    };
}

MultipartPart HostedApi::pdfPart(const QByteArray &fieldName, const QString &fileName,
                                 const QByteArray &bytes)
{
    return {fieldName, fileName, "application/pdf", bytes};
}

ApiRequestOf<HostedOrder> HostedApi::uploadDocumentsRequest(const QString &orderId,
                                                            const MultipartPart &loa,
                                                            const MultipartPart &bill)
{
    ActivityNote note =
        ActivityNote::about(u"Upload hosted-order documents"_s, ActivityArea::hostedOrder, orderId);
    note.detail = QStringList{loa.fileName, bill.fileName}.join(u", "_s);
    return {ApiRequest::multipart(orderPath(orderId) + QStringLiteral("/actions/file_upload"),
                                  {loa, bill})
                .noted(note),
            ApiParse::dataObject<HostedOrder>()};
}

ApiRequestOf<QList<VerificationCodeResult>>
HostedApi::createVerificationCodesRequest(const QString &orderId,
                                          const VerificationCodesRequest &request)
{
    ActivityNote note =
        ActivityNote::about(u"Send verification codes"_s, ActivityArea::hostedOrder, orderId);
    note.phoneNumbers = request.phoneNumbers;
    note.detail = u"by "_s + request.verificationMethod;
    return {ApiRequest::json("POST", orderPath(orderId) + QStringLiteral("/verification_codes"),
                             request.toJson())
                .noted(note),
            ApiParse::dataArray<VerificationCodeResult>()};
}

ApiRequestOf<CodeValidationResult>
HostedApi::validateCodesRequest(const QString &orderId, const ValidationCodesRequest &request)
{
    // The numbers only: the codes themselves are never recorded.
    ActivityNote note =
        ActivityNote::about(u"Validate verification codes"_s, ActivityArea::hostedOrder, orderId);
    for (const VerificationCodeEntry &entry : request.verificationCodes)
        note.phoneNumbers.append(entry.phoneNumber);
    return {ApiRequest::json("POST", orderPath(orderId) + QStringLiteral("/validation_codes"),
                             request.toJson())
                .noted(note),
            ApiParse::dataObject<CodeValidationResult>()};
}

ApiRequestOf<PageOf<MessagingHostedNumber>>
HostedApi::listNumbersRequest(int page, int pageSize, const HostedNumbersFilter &filter)
{
    return {
        ApiRequest::get(numbersPath, filter.toQuery()).page(PageShape::DataMeta, page, pageSize),
        ApiParse::page<MessagingHostedNumber>(PageShape::DataMeta)};
}

ApiRequestOf<MessagingHostedNumber> HostedApi::retrieveNumberRequest(const QString &numberId)
{
    return {ApiRequest::get(numberPath(numberId)), ApiParse::dataObject<MessagingHostedNumber>()};
}

ApiRequestOf<MessagingHostedNumber>
HostedApi::updateNumberRequest(const QString &numberId, const MessagingHostedNumberUpdate &update)
{
    ActivityNote note =
        ActivityNote::about(u"Update hosted number"_s, ActivityArea::hostedNumber, numberId);
    // What changed, in words (tags and ids only: nothing secret).
    QStringList changes;
    if (update.messagingProfileId)
        changes << u"profile %1"_s.arg(
            update.messagingProfileId->isEmpty() ? u"none"_s : *update.messagingProfileId);
    if (update.messagingProduct)
        changes << u"product %1"_s.arg(*update.messagingProduct);
    if (update.tags)
        changes << u"tags %1"_s.arg(update.tags->join(u", "_s));
    note.detail = ActivityNote::excerpt(changes.join(u"; "_s));
    return {ApiRequest::json("PATCH", numberPath(numberId), update.toJson()).noted(note),
            ApiParse::dataObject<MessagingHostedNumber>()};
}

ApiRequestOf<HostedOrder> HostedApi::deleteNumberRequest(const QString &numberId)
{
    return {ApiRequest::remove(numberPath(numberId))
                .noted(ActivityNote::about(u"Delete hosted number"_s, ActivityArea::hostedNumber,
                                           numberId)),
            ApiParse::dataObject<HostedOrder>()};
}

ApiCallOf<PageOf<HostedOrder>> *HostedApi::listOrders(int page, int pageSize)
{
    return m_client->send(listOrdersRequest(page, pageSize));
}

Pager *HostedApi::ordersPager(int pageSize, QObject *parent)
{
    return new Pager(m_client, ApiRequest::get(ordersPath), PageShape::DataMeta, pageSize, parent);
}

ApiCallOf<HostedOrder> *HostedApi::createOrder(const HostedOrderCreateRequest &request)
{
    return m_client->send(createOrderRequest(request));
}

ApiCallOf<HostedOrder> *HostedApi::retrieveOrder(const QString &orderId)
{
    return m_client->send(retrieveOrderRequest(orderId));
}

ApiCallOf<HostedOrder> *HostedApi::deleteOrder(const QString &orderId)
{
    return m_client->send(deleteOrderRequest(orderId));
}

ApiCallOf<QList<EligibilityResult>> *HostedApi::checkEligibility(const QStringList &phoneNumbers)
{
    return m_client->send(checkEligibilityRequest(phoneNumbers));
}

ApiCallOf<HostedOrder> *HostedApi::uploadDocuments(const QString &orderId, const MultipartPart &loa,
                                                   const MultipartPart &bill)
{
    return m_client->send(uploadDocumentsRequest(orderId, loa, bill));
}

ApiCallOf<QList<VerificationCodeResult>> *
HostedApi::createVerificationCodes(const QString &orderId, const VerificationCodesRequest &request)
{
    return m_client->send(createVerificationCodesRequest(orderId, request));
}

ApiCallOf<CodeValidationResult> *HostedApi::validateCodes(const QString &orderId,
                                                          const ValidationCodesRequest &request)
{
    return m_client->send(validateCodesRequest(orderId, request));
}

ApiCallOf<PageOf<MessagingHostedNumber>> *HostedApi::listNumbers(int page, int pageSize)
{
    return m_client->send(listNumbersRequest(page, pageSize));
}

Pager *HostedApi::numbersPager(int pageSize, QObject *parent, const HostedNumbersFilter &filter)
{
    return new Pager(m_client, ApiRequest::get(numbersPath, filter.toQuery()), PageShape::DataMeta,
                     pageSize, parent);
}

ApiCallOf<MessagingHostedNumber> *HostedApi::retrieveNumber(const QString &numberId)
{
    return m_client->send(retrieveNumberRequest(numberId));
}

ApiCallOf<MessagingHostedNumber> *HostedApi::updateNumber(const QString &numberId,
                                                          const MessagingHostedNumberUpdate &update)
{
    return m_client->send(updateNumberRequest(numberId, update));
}

ApiCallOf<HostedOrder> *HostedApi::deleteNumber(const QString &numberId)
{
    return m_client->send(deleteNumberRequest(numberId));
}

void HostedNumbersFilter::setSearch(const QString &typed)
{
    phoneNumber.clear();
    phoneNumberContains.clear();
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return;
    // An E.164 number has at most 15 digits; NANP numbers have 11 with the country code.
    constexpr qsizetype wholeNumberDigits = 11;
    const QString whole = Validators::normalizeUsNumber(text);
    if (!whole.isEmpty() && whole.size() - 1 >= wholeNumberDigits) {
        phoneNumber = whole;
        return;
    }
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    phoneNumberContains = digits == u"+" ? QString() : digits;
}

bool HostedNumbersFilter::isEmpty() const
{
    return toQuery().isEmpty();
}

QUrlQuery HostedNumbersFilter::toQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        if (!value.isEmpty())
            query.addQueryItem(key, value);
    };
    add(QStringLiteral("filter[phone_number]"), phoneNumber);
    add(QStringLiteral("filter[phone_number][contains]"), phoneNumberContains);
    add(QStringLiteral("filter[messaging_profile_id]"), messagingProfileId);
    add(QStringLiteral("sort[phone_number]"), sortPhoneNumber);
    return query;
}
