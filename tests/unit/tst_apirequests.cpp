// Every endpoint's request, built as a value with no network: method, URL with its encoded
// query, headers, body and how the answer is read. One row per endpoint (the 24 of the SDK
// plus the hosted-number reads), so a change to any of them shows here first.

#include "api/hostedapi.h"
#include "api/messagingprofilesapi.h"
#include "api/rcsapi.h"
#include "api/tollfreeapi.h"
#include "api/urldomainsapi.h"
#include "samplerequests.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QUrl baseUrl(u"https://api.telnyx.com/v2"_s);

// A request with its parser run over one sample answer, summarised as text to compare.
struct Built
{
    ApiRequest wire;
    std::function<QString(const QByteArray &answer)> readAnswer;
};

template<typename T>
Built built(const ApiRequestOf<T> &request, std::function<QString(const T &)> summarise)
{
    return {request.wire, [parse = request.parse, summarise](const QByteArray &answer) -> QString {
                QJsonDocument json;
                QString problem;
                const std::optional<T> record =
                    ApiParse::readAnswer(answer, parse, &json, &problem);
                if (!problem.isEmpty())
                    return u"unreadable: "_s + problem;
                return record ? summarise(*record) : u"no record"_s;
            }};
}

Built unread(const ApiRequest &request)
{
    return {request, [](const QByteArray &) { return u"not read"_s; }};
}

template<typename T> QString pageSummary(const PageOf<T> &page)
{
    return u"%1 of %2"_s.arg(page.items.size()).arg(page.totalItems);
}

RcsMessageRequest sampleMessage()
{
    return sampleRcsTextMessage(u"agent_1"_s, u"+13125550123"_s, u"profile-1"_s);
}

struct EndpointCase
{
    QString name;
    std::function<Built()> build;
    QByteArray method;
    QString url; // after the base URL, query encoded as sent
    bool atMostOnce = false;
    QByteArray accept = "application/json";
    QByteArray contentType;
    QJsonObject bodyMembers; // each must be in the body, with this value
    QByteArray answer;       // a sample 2xx body
    QString answerSummary;   // what the parser makes of it
};

QList<EndpointCase> endpointCases()
{
    const QByteArray pageDataMeta =
        R"({"data":[{"id":"a","agent_id":"a"},{"id":"b","agent_id":"b"}],)"
        R"("meta":{"page_number":1,"page_size":2,"total_pages":3,"total_results":5}})";
    const QByteArray pageRecords = R"({"records":[{"id":"a"},{},{"id":"c"}],"total_records":9})";

    HostedNumbersFilter numbersFilter;
    numbersFilter.setSearch(u"(312) 555-0123"_s);
    VerificationCodesRequest codes;
    codes.phoneNumbers = {u"+13125550123"_s};
    codes.verificationMethod = u"call"_s;
    ValidationCodesRequest validation;
    validation.verificationCodes = {{u"+13125550123"_s, u"12345"_s}};
    HostedOrderCreateRequest order;
    order.messagingProfileId = u"profile-1"_s;
    order.phoneNumbers = {u"+13125550123"_s};
    RcsAgentUpdate agentUpdate;
    agentUpdate.webhookUrl = PatchString::set(u"https://example.com/hook"_s);
    agentUpdate.webhookFailoverUrl = PatchString::clear();
    TollFreeListFilter tollFreeFilter;
    tollFreeFilter.status = u"Waiting For Customer"_s;
    tollFreeFilter.phoneNumber = u"+18335550100"_s;

    const auto id = [](const auto &record) { return record.id; };
    return {
        // RCS: 1–8
        {u"1 send RCS message"_s,
         [] {
             return built<RcsMessageResponse>(RcsApi::sendRequest(sampleMessage()),
                                              [](auto &r) { return r.id; });
         },
         "POST", u"/messages/rcs"_s, true, "application/json", "application/json",
         QJsonObject{{u"agent_id"_s, u"agent_1"_s},
                     {u"to"_s, u"+13125550123"_s},
                     {u"messaging_profile_id"_s, u"profile-1"_s},
                     {u"type"_s, u"RCS"_s}},
         R"({"data":{"id":"msg-1"}})", u"msg-1"_s},
        {u"2 deeplink"_s,
         [] {
             return built<RcsDeeplink>(
                 RcsApi::deeplinkRequest(u"agent 1"_s, u"+13125550123"_s, u"Hi there"_s),
                 [](auto &r) { return r.url; });
         },
         "GET",
         u"/messages/rcs/deeplinks/agent%201?phone_number=%2B13125550123&body=Hi%20there"_s,
         false,
         "application/json",
         {},
         {},
         R"({"data":{"url":"sms:+1?body=x"}})",
         u"sms:+1?body=x"_s},
        {u"3 list agents"_s,
         [] {
             return built<PageOf<RcsAgent>>(RcsApi::listAgentsRequest(2, 25),
                                            pageSummary<RcsAgent>);
         },
         "GET",
         u"/messaging/rcs/agents?page%5Bnumber%5D=2&page%5Bsize%5D=25"_s,
         false,
         "application/json",
         {},
         {},
         pageDataMeta,
         u"2 of 5"_s},
        {u"4 retrieve agent"_s,
         [] {
             return built<RcsAgent>(RcsApi::retrieveAgentRequest(u"agent/1"_s),
                                    [](auto &r) { return r.agentId; });
         },
         "GET",
         u"/messaging/rcs/agents/agent%2F1"_s,
         false,
         "application/json",
         {},
         {},
         R"({"data":{"agent_id":"agent/1"}})",
         u"agent/1"_s},
        {u"5 update agent"_s,
         [agentUpdate] {
             return built<RcsAgent>(RcsApi::updateAgentRequest(u"agent_1"_s, agentUpdate),
                                    [](auto &r) { return r.agentId; });
         },
         "PATCH", u"/messaging/rcs/agents/agent_1"_s, false, "application/json", "application/json",
         QJsonObject{{u"webhook_url"_s, u"https://example.com/hook"_s},
                     {u"webhook_failover_url"_s, QJsonValue::Null}},
         R"({"data":{"agent_id":"agent_1"}})", u"agent_1"_s},
        {u"6 bulk capabilities"_s,
         [] {
             return built<QList<RcsCapabilities>>(
                 RcsApi::bulkCapabilitiesRequest(u"agent_1"_s,
                                                 {u"+13125550123"_s, u"+13125550124"_s}),
                 [](auto &r) { return QString::number(r.size()); });
         },
         "POST", u"/messaging/rcs/bulk_capabilities"_s, true, "application/json",
         "application/json",
         QJsonObject{{u"agent_id"_s, u"agent_1"_s},
                     {u"phone_numbers"_s, QJsonArray{u"+13125550123"_s, u"+13125550124"_s}}},
         R"({"data":[{"phone_number":"+13125550123"},{"phone_number":"+13125550124"}]})", u"2"_s},
        {u"7 capabilities"_s,
         [] {
             return built<RcsCapabilities>(
                 RcsApi::capabilitiesRequest(u"agent_1"_s, u"+13125550123"_s),
                 [](auto &r) { return r.phoneNumber; });
         },
         "GET",
         u"/messaging/rcs/capabilities/agent_1/%2B13125550123"_s,
         false,
         "application/json",
         {},
         {},
         R"({"data":{"phone_number":"+13125550123"}})",
         u"+13125550123"_s},
        {u"8 invite test number"_s,
         [] {
             return built<RcsTestNumberInvite>(
                 RcsApi::inviteTestNumberRequest(u"agent_1"_s, u"+13125550123"_s),
                 [](auto &r) { return r.status; });
         },
         "PUT",
         u"/messaging/rcs/test_number_invite/agent_1/%2B13125550123"_s,
         true,
         "application/json",
         {},
         {},
         R"({"data":{"status":"pending"}})",
         u"pending"_s},
        // Hosted: 9–17
        {u"9 list orders"_s,
         [] {
             return built<PageOf<HostedOrder>>(HostedApi::listOrdersRequest(1, 50),
                                               pageSummary<HostedOrder>);
         },
         "GET",
         u"/messaging_hosted_number_orders?page%5Bnumber%5D=1&page%5Bsize%5D=50"_s,
         false,
         "application/json",
         {},
         {},
         pageDataMeta,
         u"2 of 5"_s},
        {u"10 create order"_s,
         [order, id] { return built<HostedOrder>(HostedApi::createOrderRequest(order), id); },
         "POST", u"/messaging_hosted_number_orders"_s, true, "application/json", "application/json",
         QJsonObject{{u"messaging_profile_id"_s, u"profile-1"_s},
                     {u"phone_numbers"_s, QJsonArray{u"+13125550123"_s}}},
         R"({"data":{"id":"order-1"}})", u"order-1"_s},
        {u"11 eligibility check"_s,
         [] {
             return built<QList<EligibilityResult>>(
                 HostedApi::checkEligibilityRequest({u"+13125550123"_s}),
                 [](auto &r) { return r.value(0).phoneNumber; });
         },
         "POST", u"/messaging_hosted_number_orders/eligibility_numbers_check"_s, true,
         "application/json", "application/json",
         QJsonObject{{u"phone_numbers"_s, QJsonArray{u"+13125550123"_s}}},
         R"({"phone_numbers":[{"phone_number":"+13125550123","eligible":true}]})",
         u"+13125550123"_s},
        {u"12 retrieve order"_s,
         [id] { return built<HostedOrder>(HostedApi::retrieveOrderRequest(u"order-1"_s), id); },
         "GET",
         u"/messaging_hosted_number_orders/order-1"_s,
         false,
         "application/json",
         {},
         {},
         R"({"data":{"id":"order-1"}})",
         u"order-1"_s},
        {u"13 delete order"_s,
         [id] { return built<HostedOrder>(HostedApi::deleteOrderRequest(u"order-1"_s), id); },
         "DELETE",
         u"/messaging_hosted_number_orders/order-1"_s,
         false,
         "application/json",
         {},
         {},
         R"({"data":{"id":"order-1","status":"deleted"}})",
         u"order-1"_s},
        {u"14 upload documents"_s,
         [id] {
             return built<HostedOrder>(HostedApi::uploadDocumentsRequest(
                                           u"order-1"_s,
                                           HostedApi::pdfPart("loa", u"loa.pdf"_s, "%PDF-1"),
                                           HostedApi::pdfPart("bill", u"bill.pdf"_s, "%PDF-2")),
                                       id);
         },
         "POST",
         u"/messaging_hosted_number_orders/order-1/actions/file_upload"_s,
         true,
         "application/json",
         "multipart/form-data",
         {},
         R"({"data":{"id":"order-1"}})",
         u"order-1"_s},
        {u"15 validation codes"_s,
         [validation] {
             return built<CodeValidationResult>(
                 HostedApi::validateCodesRequest(u"order-1"_s, validation),
                 [](auto &r) { return r.orderId; });
         },
         "POST", u"/messaging_hosted_number_orders/order-1/validation_codes"_s, true,
         "application/json", "application/json",
         QJsonObject{{u"verification_codes"_s,
                      QJsonArray{QJsonObject{{u"phone_number"_s, u"+13125550123"_s},
                                             {u"code"_s, u"12345"_s}}}}},
         R"({"data":{"order_id":"order-1","phone_numbers":[]}})", u"order-1"_s},
        {u"16 verification codes"_s,
         [codes] {
             return built<QList<VerificationCodeResult>>(
                 HostedApi::createVerificationCodesRequest(u"order-1"_s, codes),
                 [](auto &r) { return r.value(0).type; });
         },
         "POST", u"/messaging_hosted_number_orders/order-1/verification_codes"_s, true,
         "application/json", "application/json",
         QJsonObject{{u"phone_numbers"_s, QJsonArray{u"+13125550123"_s}},
                     {u"verification_method"_s, u"call"_s}},
         R"({"data":[{"phone_number":"+13125550123","type":"call"}]})", u"call"_s},
        {u"17 delete hosted number"_s,
         [id] { return built<HostedOrder>(HostedApi::deleteNumberRequest(u"number-1"_s), id); },
         "DELETE",
         u"/messaging_hosted_numbers/number-1"_s,
         false,
         "application/json",
         {},
         {},
         R"({"data":{"id":"order-1"}})",
         u"order-1"_s},
        // TFV: 18–23
        {u"18 list verification requests"_s,
         [tollFreeFilter] {
             return built<PageOf<TollFreeVerificationRequest>>(
                 TollFreeApi::listRequest(tollFreeFilter, 3, 20),
                 pageSummary<TollFreeVerificationRequest>);
         },
         "GET",
         u"/messaging_tollfree/verification/requests?status=Waiting%20For%20Customer"
         u"&phone_number=%2B18335550100&page=3&page_size=20"_s,
         false,
         "application/json",
         {},
         {},
         pageRecords,
         u"3 of 9"_s},
        {u"19 create verification request"_s,
         [id] {
             return built<TollFreeVerificationRequest>(
                 TollFreeApi::createRequest(sampleTollFreeRequest()), id);
         },
         "POST", u"/messaging_tollfree/verification/requests"_s, true, "application/json",
         "application/json",
         QJsonObject{
             {u"businessName"_s, u"Acme Dental LLC"_s},
             {u"phoneNumbers"_s, QJsonArray{QJsonObject{{u"phoneNumber"_s, u"+18885550101"_s}},
                                            QJsonObject{{u"phoneNumber"_s, u"+18775550102"_s}}}},
             {u"useCase"_s, u"Appointments"_s}},
         R"({"id":"tfv-1","businessName":"Acme Dental LLC"})", u"tfv-1"_s},
        {u"20 retrieve verification request"_s,
         [id] {
             return built<TollFreeVerificationRequest>(TollFreeApi::retrieveRequest(u"tfv-1"_s),
                                                       id);
         },
         "GET",
         u"/messaging_tollfree/verification/requests/tfv-1"_s,
         false,
         "application/json",
         {},
         {},
         R"({"id":"tfv-1"})",
         u"tfv-1"_s},
        {u"21 update verification request"_s,
         [id] {
             return built<TollFreeVerificationRequest>(
                 TollFreeApi::updateRequest(u"tfv-1"_s, sampleTollFreeRequest()), id);
         },
         "PATCH", u"/messaging_tollfree/verification/requests/tfv-1"_s, false, "application/json",
         "application/json", QJsonObject{{u"businessName"_s, u"Acme Dental LLC"_s}},
         R"({"id":"tfv-1"})", u"tfv-1"_s},
        {u"22 delete verification request"_s,
         [] { return unread(TollFreeApi::removeRequest(u"tfv-1"_s)); },
         "DELETE",
         u"/messaging_tollfree/verification/requests/tfv-1"_s,
         false,
         "*/*",
         {},
         {},
         "Deleted",
         u"not read"_s},
        {u"23 status history"_s,
         [] {
             return built<PageOf<TfvStatusChange>>(
                 TollFreeApi::statusHistoryRequest(u"tfv-1"_s, 2, 10),
                 pageSummary<TfvStatusChange>);
         },
         "GET",
         u"/messaging_tollfree/verification/requests/tfv-1/status_history"
         u"?page%5Bnumber%5D=2&page%5Bsize%5D=10"_s,
         false,
         "application/json",
         {},
         {},
         pageRecords,
         u"3 of 9"_s},
        // URL domains: 24
        {u"24 list URL domains"_s,
         [] {
             return built<PageOf<UrlDomain>>(UrlDomainsApi::listRequest(1, 100),
                                             pageSummary<UrlDomain>);
         },
         "GET",
         u"/messaging_url_domains?page%5Bnumber%5D=1&page%5Bsize%5D=100"_s,
         false,
         "application/json",
         {},
         {},
         pageDataMeta,
         u"2 of 5"_s},
        // The hosted-number reads
        {u"hosted numbers list"_s,
         [numbersFilter] {
             return built<PageOf<MessagingHostedNumber>>(
                 HostedApi::listNumbersRequest(1, 100, numbersFilter),
                 pageSummary<MessagingHostedNumber>);
         },
         "GET",
         u"/messaging_hosted_numbers?filter%5Bphone_number%5D=%2B13125550123"
         u"&page%5Bnumber%5D=1&page%5Bsize%5D=100"_s,
         false,
         "application/json",
         {},
         {},
         pageDataMeta,
         u"2 of 5"_s},
        {u"hosted number retrieve"_s,
         [id] {
             return built<MessagingHostedNumber>(HostedApi::retrieveNumberRequest(u"number-1"_s),
                                                 id);
         },
         "GET",
         u"/messaging_hosted_numbers/number-1"_s,
         false,
         "application/json",
         {},
         {},
         R"({"data":{"id":"number-1"}})",
         u"number-1"_s},
        {u"hosted number update"_s,
         [] {
             MessagingHostedNumberUpdate update;
             update.messagingProfileId = u"profile-2"_s;
             update.messagingProduct = u"P2P"_s;
             update.tags = QStringList{u"vip"_s, u"east"_s};
             return built<MessagingHostedNumber>(
                 HostedApi::updateNumberRequest(u"number-1"_s, update),
                 [](auto &r) { return r.messagingProfileId.value_or(u"none"_s); });
         },
         "PATCH", u"/messaging_hosted_numbers/number-1"_s, false, "application/json",
         "application/json",
         QJsonObject{{u"messaging_profile_id"_s, u"profile-2"_s},
                     {u"messaging_product"_s, u"P2P"_s},
                     {u"tags"_s, QJsonArray{u"vip"_s, u"east"_s}}},
         R"({"data":{"id":"number-1","messaging_profile_id":"profile-2"}})", u"profile-2"_s},
        // Messaging profiles, read for their names
        {u"messaging profiles list"_s,
         [] {
             return built<PageOf<MessagingProfile>>(MessagingProfilesApi::listRequest(2, 50),
                                                    pageSummary<MessagingProfile>);
         },
         "GET",
         u"/messaging_profiles?page%5Bnumber%5D=2&page%5Bsize%5D=50"_s,
         false,
         "application/json",
         {},
         {},
         pageDataMeta,
         u"2 of 5"_s},
    };
}

} // namespace

class TestApiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEndpointHasARow()
    {
        QSet<QString> numbered;
        for (const EndpointCase &endpoint : endpointCases()) {
            const QString number = endpoint.name.section(u' ', 0, 0);
            if (number.toInt() > 0)
                numbered.insert(number);
        }
        QCOMPARE(numbered.size(), 24);
    }

    void request_data()
    {
        QTest::addColumn<int>("row");
        const QList<EndpointCase> cases = endpointCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).name)) << i;
    }

    void request()
    {
        QFETCH(int, row);
        const EndpointCase expected = endpointCases().at(row);
        const Built request = expected.build();
        const ApiRequest &wire = request.wire;

        QCOMPARE(wire.method, expected.method);
        QCOMPARE(wire.url(baseUrl).toString(QUrl::FullyEncoded), baseUrl.toString() + expected.url);
        QCOMPARE(wire.isSentAtMostOnce(), expected.atMostOnce);
        QCOMPARE(wire.accept(), expected.accept);

        QByteArray contentType;
        const QByteArray body = wire.encodedBody(&contentType);
        QCOMPARE(contentType.split(';').first(), expected.contentType);
        if (expected.contentType == "application/json") {
            const QJsonObject sent = QJsonDocument::fromJson(body).object();
            for (auto it = expected.bodyMembers.begin(); it != expected.bodyMembers.end(); ++it)
                QCOMPARE(sent.value(it.key()), it.value());
        } else if (expected.contentType.isEmpty()) {
            QVERIFY2(body.isEmpty(), body.constData());
        }
        QCOMPARE(request.readAnswer(expected.answer), expected.answerSummary);

        // Every write carries what the activity log records for it; no read does (the two
        // POST checks read).
        const bool isRead = wire.method == "GET" ||
                            expected.name.endsWith(u"eligibility check"_s) ||
                            expected.name.endsWith(u"bulk capabilities"_s);
        QCOMPARE(wire.activity.has_value(), !isRead);
        if (wire.activity) {
            QVERIFY(!wire.activity->action.isEmpty());
            QVERIFY(!wire.activity->area.isEmpty());
        }
    }

    // The upload's two parts, named as the SDK names them, with a boundary of their own.
    void uploadIsMultipart()
    {
        const ApiRequest wire = HostedApi::uploadDocumentsRequest(
                                    u"order-1"_s, HostedApi::pdfPart("loa", u"loa.pdf"_s, "%PDF-1"),
                                    HostedApi::pdfPart("bill", u"bill.pdf"_s, "%PDF-2"))
                                    .wire;
        QByteArray contentType;
        const QByteArray body = wire.encodedBody(&contentType);
        const QByteArray boundary = contentType.mid(contentType.indexOf("boundary=") + 9);
        QVERIFY(!boundary.isEmpty());
        QVERIFY(body.startsWith(QByteArray("--" + boundary + "\r\n")));
        QVERIFY(body.contains(R"(Content-Disposition: form-data; name="loa"; filename="loa.pdf")"));
        QVERIFY(
            body.contains(R"(Content-Disposition: form-data; name="bill"; filename="bill.pdf")"));
        QCOMPARE(body.count("Content-Type: application/pdf\r\n"), 2);
        QVERIFY(body.endsWith(QByteArray("--" + boundary + "--\r\n")));
    }

    // Answers without the record, or of the wrong shape, are read the same way for every
    // endpoint of a kind: no record, or a problem, never a made-up value.
    void answersWithoutTheRecord()
    {
        const Built retrieve = built<HostedOrder>(HostedApi::retrieveOrderRequest(u"o"_s),
                                                  [](auto &r) { return r.id; });
        QCOMPARE(retrieve.readAnswer("{}"), u"no record"_s);
        QCOMPARE(retrieve.readAnswer(""), u"no record"_s);
        QVERIFY(retrieve.readAnswer(R"({"data":[1]})").startsWith(u"unreadable"_s));
        QVERIFY(retrieve.readAnswer("{oops").startsWith(u"unreadable"_s));
        const Built list =
            built<PageOf<RcsAgent>>(RcsApi::listAgentsRequest(1), pageSummary<RcsAgent>);
        QCOMPARE(list.readAnswer(R"({"meta":{}})"), u"0 of -1"_s);
        QVERIFY(list.readAnswer(R"({"data":{}})").startsWith(u"unreadable"_s));
    }
};

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
