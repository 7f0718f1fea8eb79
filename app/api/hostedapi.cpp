#include "hostedapi.h"

#include "apiclient.h"
#include "domain/validators.h"
#include "pager.h"

namespace {

const QString ordersPath = QStringLiteral("/messaging_hosted_number_orders");
const QString numbersPath = QStringLiteral("/messaging_hosted_numbers");

QString orderPath(const QString &orderId)
{
    return ordersPath + u'/' + ApiClient::segment(orderId);
}

} // namespace

ApiCall *HostedApi::listOrders(int page, int pageSize)
{
    return m_client->get(ordersPath, Pagination::pageQuery(PageShape::DataMeta, page, pageSize),
                         ApiParse::page<HostedOrder>(PageShape::DataMeta));
}

Pager *HostedApi::ordersPager(int pageSize, QObject *parent)
{
    return new Pager(m_client, ordersPath, PageShape::DataMeta, pageSize, {}, parent);
}

ApiCall *HostedApi::createOrder(const HostedOrderCreateRequest &request)
{
    return m_client->sendJson("POST", ordersPath, request.toJson(),
                              ApiParse::dataObject<HostedOrder>());
}

ApiCall *HostedApi::retrieveOrder(const QString &orderId)
{
    return m_client->get(orderPath(orderId), {}, ApiParse::dataObject<HostedOrder>());
}

ApiCall *HostedApi::deleteOrder(const QString &orderId)
{
    return m_client->deleteResource(orderPath(orderId), ApiParse::dataObject<HostedOrder>());
}

ApiCall *HostedApi::checkEligibility(const QStringList &phoneNumbers)
{
    EligibilityCheckRequest request;
    request.phoneNumbers = phoneNumbers;
    return m_client->sendJson("POST", ordersPath + QStringLiteral("/eligibility_numbers_check"),
                              request.toJson(), eligibilityParser());
}

ApiCall::Parser HostedApi::eligibilityParser()
{
    return [](const QJsonDocument &document, QString *error) -> QVariant {
        // The SDK marks phone_numbers optional: absent or null is an empty answer.
        const QJsonValue numbers = document.object().value(QLatin1StringView("phone_numbers"));
        if ((!document.isObject() && !document.isNull()) ||
            (!numbers.isArray() && !numbers.isUndefined() && !numbers.isNull())) {
            *error = QStringLiteral("expected {\"phone_numbers\": [...]}");
            return {};
        }
        return QVariant::fromValue(EligibilityResult::listFromResponse(document.object()));
    };
}

MultipartPart HostedApi::pdfPart(const QByteArray &fieldName, const QString &fileName,
                                 const QByteArray &bytes)
{
    return {fieldName, fileName, "application/pdf", bytes};
}

ApiCall *HostedApi::uploadDocuments(const QString &orderId, const MultipartPart &loa,
                                    const MultipartPart &bill)
{
    return m_client->uploadMultipart(orderPath(orderId) + QStringLiteral("/actions/file_upload"),
                                     {loa, bill}, ApiParse::dataObject<HostedOrder>());
}

ApiCall *HostedApi::createVerificationCodes(const QString &orderId,
                                            const VerificationCodesRequest &request)
{
    return m_client->sendJson("POST", orderPath(orderId) + QStringLiteral("/verification_codes"),
                              request.toJson(), ApiParse::dataArray<VerificationCodeResult>());
}

ApiCall *HostedApi::validateCodes(const QString &orderId, const ValidationCodesRequest &request)
{
    return m_client->sendJson("POST", orderPath(orderId) + QStringLiteral("/validation_codes"),
                              request.toJson(), ApiParse::dataObject<CodeValidationResult>());
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

ApiCall *HostedApi::listNumbers(int page, int pageSize)
{
    return m_client->get(numbersPath, Pagination::pageQuery(PageShape::DataMeta, page, pageSize),
                         ApiParse::page<MessagingHostedNumber>(PageShape::DataMeta));
}

Pager *HostedApi::numbersPager(int pageSize, QObject *parent, const HostedNumbersFilter &filter)
{
    return new Pager(m_client, numbersPath, PageShape::DataMeta, pageSize, filter.toQuery(),
                     parent);
}

ApiCall *HostedApi::retrieveNumber(const QString &numberId)
{
    return m_client->get(numbersPath + u'/' + ApiClient::segment(numberId), {},
                         ApiParse::dataObject<MessagingHostedNumber>());
}

ApiCall *HostedApi::deleteNumber(const QString &numberId)
{
    return m_client->deleteResource(numbersPath + u'/' + ApiClient::segment(numberId),
                                    ApiParse::dataObject<HostedOrder>());
}
