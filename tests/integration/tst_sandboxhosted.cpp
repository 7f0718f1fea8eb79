// The sandbox over HTTP: hosted number orders, hosted numbers and RCS.

#include "sandbox/sandboxrcs.h"
#include "sandbox/sandboxserver.h"
#include "tst_sandboxsupport.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace Qt::StringLiterals;
using SandboxTest::Answer;
using Part = SandboxTest::Client::Part;

class TestSandboxHosted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void eligibility_followsTheDocumentedRule_data();
    void eligibility_followsTheDocumentedRule();
    void eligibility_flagsRepeatsAndNumbersAlreadyOrdered();
    void orders_listPagesWithMetaAndCoversEveryStatus();
    void orders_createWrapsTheOrder();
    void orders_createRejectsNonE164Numbers();
    void orders_ineligibleNumbersFailButTheOrderStays();
    void upload_storesEachPart();
    void upload_refusesNonPdfParts();
    void upload_refusesMalformedMultipart();
    void codes_fullFlowToSuccessful();
    void codes_numberOutsideTheOrderGetsAnError();
    void orders_deleteRemovesTheOrderAndItsNumbers();
    void hostedNumbers_listRetrievePatchDelete();

    void rcs_agentsListRetrieveAndPatch();
    void rcs_patchRefusesNonHttpsUrls();
    void rcs_capabilityRule_data();
    void rcs_capabilityRule();
    void rcs_bulkCapabilitiesLimitsAndPointers();
    void rcs_inviteSendAndDeeplink();

private:
    QJsonObject createOrder(const QStringList &numbers);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTest::Client> m_client;
};

void TestSandboxHosted::initTestCase()
{
    SandboxOptions options;
    options.apiKey = SandboxTest::apiKey;
    options.speed = 0;
    options.seed = 42;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTest::Client>(m_server->baseUrl(), m_server->controlToken());
}

QJsonObject TestSandboxHosted::createOrder(const QStringList &numbers)
{
    const Answer answer = m_client->post(
        u"/messaging_hosted_number_orders"_s,
        QJsonObject{{u"messaging_profile_id"_s, u"16fd2706-8baf-433b-82eb-8c7fada847da"_s},
                    {u"phone_numbers"_s, QJsonArray::fromStringList(numbers)}});
    if (answer.status != 200)
        qWarning() << answer.body;
    return answer.data().toObject();
}

void TestSandboxHosted::eligibility_followsTheDocumentedRule_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("status");
    QTest::newRow("eligible") << u"+13125550123"_s << u"ELIGIBLE"_s;
    QTest::newRow("no plus") << u"13125550123"_s << u"NUMBER_IS_NOT_IN_E164_FORMAT"_s;
    QTest::newRow("dashes") << u"+1-312-555-0123"_s << u"NUMBER_IS_NOT_IN_E164_FORMAT"_s;
    QTest::newRow("uk") << u"+442071234567"_s << u"NUMBER_IS_NOT_A_US_NUMBER"_s;
    QTest::newRow("short") << u"+1312555012"_s << u"NUMBER_IS_NOT_A_VALID_ROUTING_NUMBER"_s;
    QTest::newRow("exchange 1") << u"+13121550123"_s << u"NUMBER_IS_NOT_A_VALID_ROUTING_NUMBER"_s;
    QTest::newRow("wireless") << u"+13129550123"_s << u"NUMBER_CAN_NOT_BE_WIRELESS"_s;
    QTest::newRow("0000") << u"+13125550000"_s << u"NUMBER_CAN_NOT_BE_IN_TELNYX"_s;
    QTest::newRow("0001") << u"+13125550001"_s
                          << u"NUMBER_CAN_NOT_HOSTED_WITH_A_TELNYX_SUBSCRIBER"_s;
    QTest::newRow("0002") << u"+13125550002"_s << u"NUMBER_CAN_NOT_BE_VALIDATED"_s;
    QTest::newRow("0003") << u"+13125550003"_s << u"BILLING_ACCOUNT_CHECK_FAILED"_s;
    QTest::newRow("0004") << u"+13125550004"_s << u"BILLING_ACCOUNT_IS_ABOLISHED"_s;
}

void TestSandboxHosted::eligibility_followsTheDocumentedRule()
{
    QFETCH(QString, number);
    QFETCH(QString, status);
    const Answer answer =
        m_client->post(u"/messaging_hosted_number_orders/eligibility_numbers_check"_s,
                       QJsonObject{{u"phone_numbers"_s, QJsonArray{number}}});
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.json().contains(u"data"_s));
    const QJsonObject result = answer.json().value(u"phone_numbers"_s)[0].toObject();
    QCOMPARE(result.value(u"phone_number"_s).toString(), number);
    QCOMPARE(result.value(u"eligible_status"_s).toString(), status);
    QCOMPARE(result.value(u"eligible"_s).toBool(), status == u"ELIGIBLE"_s);
    QVERIFY(!result.value(u"detail"_s).toString().isEmpty());
}

void TestSandboxHosted::eligibility_flagsRepeatsAndNumbersAlreadyOrdered()
{
    // A number of a seeded pending order is already active in the account.
    QString ordered;
    const QJsonArray orders =
        m_client->get(u"/messaging_hosted_number_orders?page[size]=1000"_s).data().toArray();
    for (const QJsonValue &order : orders) {
        if (order[u"status"_s].toString() == u"pending"_s) {
            ordered = order[u"phone_numbers"_s][0][u"phone_number"_s].toString();
            break;
        }
    }
    QVERIFY(!ordered.isEmpty());
    const Answer answer =
        m_client->post(u"/messaging_hosted_number_orders/eligibility_numbers_check"_s,
                       QJsonObject{{u"phone_numbers"_s,
                                    QJsonArray{u"+14155550177"_s, u"+14155550177"_s, ordered}}});
    const QJsonArray results = answer.json().value(u"phone_numbers"_s).toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0][u"eligible_status"_s].toString(), u"ELIGIBLE"_s);
    QCOMPARE(results[1][u"eligible_status"_s].toString(), u"NUMBER_CAN_NOT_BE_REPEATED"_s);
    QCOMPARE(results[2][u"eligible_status"_s].toString(),
             u"NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT"_s);

    const Answer empty =
        m_client->post(u"/messaging_hosted_number_orders/eligibility_numbers_check"_s,
                       QJsonObject{{u"phone_numbers"_s, QJsonArray()}});
    QCOMPARE(empty.status, 422);
    QCOMPARE(empty.pointers(), QStringList{u"/phone_numbers"_s});
}

void TestSandboxHosted::orders_listPagesWithMetaAndCoversEveryStatus()
{
    const Answer page =
        m_client->get(u"/messaging_hosted_number_orders?page[number]=2&page[size]=10"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.data().toArray().size(), 10);
    const QJsonObject meta = page.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"page_number"_s).toInt(), 2);
    QCOMPARE(meta.value(u"page_size"_s).toInt(), 10);
    const int total = meta.value(u"total_results"_s).toInt();
    QVERIFY(total >= 40);
    QCOMPARE(meta.value(u"total_pages"_s).toInt(), (total + 9) / 10);

    const int lastPage = (total + 9) / 10;
    const Answer last = m_client->get(
        u"/messaging_hosted_number_orders?page[number]=%1&page[size]=10"_s.arg(lastPage));
    QCOMPARE(last.data().toArray().size(), total - (lastPage - 1) * 10);
    const Answer beyond = m_client->get(
        u"/messaging_hosted_number_orders?page[number]=%1&page[size]=10"_s.arg(lastPage + 1));
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.data().toArray().isEmpty());

    QSet<QString> statuses;
    const QJsonArray all =
        m_client->get(u"/messaging_hosted_number_orders?page[size]=1000"_s).data().toArray();
    for (const QJsonValue &order : all) {
        statuses.insert(order[u"status"_s].toString());
        const int numbers = order[u"phone_numbers"_s].toArray().size();
        QVERIFY(numbers >= 1 && numbers <= 5);
        QCOMPARE(order[u"record_type"_s].toString(), u"messaging_hosted_number_order"_s);
    }
    QCOMPARE(statuses.size(), 12);
}

void TestSandboxHosted::orders_createWrapsTheOrder()
{
    const QJsonObject order = createOrder({u"+13125551001"_s, u"+13125551002"_s});
    QVERIFY(!order.value(u"id"_s).toString().isEmpty());
    QCOMPARE(order.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(order.value(u"messaging_profile_id"_s).toString(),
             u"16fd2706-8baf-433b-82eb-8c7fada847da"_s);
    const QJsonArray numbers = order.value(u"phone_numbers"_s).toArray();
    QCOMPARE(numbers.size(), 2);
    for (const QJsonValue &number : numbers) {
        QCOMPARE(number[u"status"_s].toString(), u"pending"_s);
        QCOMPARE(number[u"record_type"_s].toString(), u"messaging_hosted_number"_s);
        QVERIFY(!number[u"id"_s].toString().isEmpty());
    }
    const Answer fetched =
        m_client->get(u"/messaging_hosted_number_orders/"_s + order[u"id"_s].toString());
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.data()[u"id"_s], order[u"id"_s]);
    // Newest first: the new order heads the list.
    QCOMPARE(m_client->get(u"/messaging_hosted_number_orders?page[size]=1"_s).data()[0][u"id"_s],
             order[u"id"_s]);

    const Answer noProfile =
        m_client->post(u"/messaging_hosted_number_orders"_s,
                       QJsonObject{{u"phone_numbers"_s, QJsonArray{u"+13125551003"_s}}});
    QVERIFY(noProfile.data()[u"messaging_profile_id"_s].isNull());
}

void TestSandboxHosted::orders_createRejectsNonE164Numbers()
{
    const Answer answer = m_client->post(
        u"/messaging_hosted_number_orders"_s,
        QJsonObject{{u"phone_numbers"_s,
                     QJsonArray{u"+13125551011"_s, u"312-555-1012"_s, u"+13125551011"_s}}});
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.pointers(), (QStringList{u"/phone_numbers/1"_s, u"/phone_numbers/2"_s}));
}

void TestSandboxHosted::orders_ineligibleNumbersFailButTheOrderStays()
{
    const QJsonObject mixed = createOrder({u"+13125551021"_s, u"+13129551022"_s});
    QCOMPARE(mixed.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(mixed.value(u"phone_numbers"_s)[1][u"status"_s].toString(),
             u"failed_ineligible_carrier"_s);
    const QJsonObject hopeless = createOrder({u"+13129551023"_s});
    QCOMPARE(hopeless.value(u"status"_s).toString(), u"ineligible_carrier"_s);
}

void TestSandboxHosted::upload_storesEachPart()
{
    const QJsonObject order = createOrder({u"+13125551031"_s});
    const QString id = order.value(u"id"_s).toString();
    const QByteArray loa = SandboxTest::pdfBytes("letter of authorization");
    const QByteArray bill = SandboxTest::pdfBytes("phone bill");

    const Answer first =
        m_client->upload(u"/messaging_hosted_number_orders/%1/actions/file_upload"_s.arg(id),
                         {Part{"loa", "loa.pdf", "application/pdf", loa}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.data()[u"status"_s].toString(), u"incomplete_documentation"_s);
    const Answer second =
        m_client->upload(u"/messaging_hosted_number_orders/%1/actions/file_upload"_s.arg(id),
                         {Part{"bill", "bill march.pdf", "application/pdf", bill}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data()[u"status"_s].toString(), u"loa_file_successful"_s);

    const Answer stored = m_client->control("GET", u"/_sandbox/uploads/"_s + id);
    QCOMPARE(stored.status, 200);
    const QJsonArray parts = stored.data()[u"parts"_s].toArray();
    QCOMPARE(parts.size(), 2);
    for (const QJsonValue &part : parts) {
        const QByteArray bytes = part[u"name"_s].toString() == u"loa"_s ? loa : bill;
        QCOMPARE(QByteArray::fromBase64(part[u"base64"_s].toString().toLatin1()), bytes);
        QCOMPARE(part[u"size"_s].toInt(), bytes.size());
        QCOMPARE(part[u"sha256"_s].toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(part[u"content_type"_s].toString(), u"application/pdf"_s);
    }
    QCOMPARE(parts[1][u"filename"_s].toString(), u"bill march.pdf"_s);
    QCOMPARE(m_client->control("GET", u"/_sandbox/uploads/unknown"_s).status, 404);
}

void TestSandboxHosted::upload_refusesNonPdfParts()
{
    const QString id = createOrder({u"+13125551041"_s}).value(u"id"_s).toString();
    const Answer answer = m_client->upload(
        u"/messaging_hosted_number_orders/%1/actions/file_upload"_s.arg(id),
        {Part{"loa", "loa.pdf", "application/pdf", SandboxTest::pdfBytes("ok")},
         Part{"bill", "bill.png", "image/png", QByteArray("\x89PNG\r\n\x1a\n....", 12)}});
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.pointers(), QStringList{u"/bill"_s});
    // Nothing was stored and the order did not move.
    QVERIFY(m_client->control("GET", u"/_sandbox/uploads/"_s + id)
                .data()[u"parts"_s]
                .toArray()
                .isEmpty());
    QCOMPARE(
        m_client->get(u"/messaging_hosted_number_orders/"_s + id).data()[u"status"_s].toString(),
        u"pending"_s);

    const Answer none =
        m_client->upload(u"/messaging_hosted_number_orders/%1/actions/file_upload"_s.arg(id),
                         {Part{"other", "x.pdf", "application/pdf", SandboxTest::pdfBytes("x")}});
    QCOMPARE(none.status, 422);
}

void TestSandboxHosted::upload_refusesMalformedMultipart()
{
    const QString id = createOrder({u"+13125551051"_s}).value(u"id"_s).toString();
    const QString target = u"/messaging_hosted_number_orders/%1/actions/file_upload"_s.arg(id);
    const Answer noBoundary = m_client->send("POST", target, "--x\r\n", "multipart/form-data");
    QCOMPARE(noBoundary.status, 400);
    const Answer truncated = m_client->send(
        "POST", target,
        "--abc\r\nContent-Disposition: form-data; name=\"loa\"\r\n\r\n%PDF-1.4 never ends",
        "multipart/form-data; boundary=abc");
    QCOMPARE(truncated.status, 400);
    const Answer json = m_client->send("POST", target, "{}", "application/json");
    QCOMPARE(json.status, 400);
}

void TestSandboxHosted::codes_fullFlowToSuccessful()
{
    const QStringList numbers{u"+13125551061"_s, u"+13125551062"_s};
    const QString id = createOrder(numbers).value(u"id"_s).toString();
    const QString orderPath = u"/messaging_hosted_number_orders/"_s + id;
    QCOMPARE(m_client
                 ->upload(orderPath + u"/actions/file_upload"_s,
                          {Part{"loa", "loa.pdf", "application/pdf", SandboxTest::pdfBytes("a")},
                           Part{"bill", "bill.pdf", "application/pdf", SandboxTest::pdfBytes("b")}})
                 .status,
             200);

    const Answer sent =
        m_client->post(orderPath + u"/verification_codes"_s,
                       QJsonObject{{u"phone_numbers"_s, QJsonArray::fromStringList(numbers)},
                                   {u"verification_method"_s, u"call"_s}});
    QCOMPARE(sent.status, 200);
    const QJsonArray sentData = sent.data().toArray();
    QCOMPARE(sentData.size(), 2);
    for (const QJsonValue &entry : sentData) {
        QCOMPARE(entry[u"type"_s].toString(), u"call"_s);
        QVERIFY(!entry[u"verification_code_id"_s].toString().isEmpty());
        QVERIFY(!entry.toObject().contains(u"error"_s));
    }

    const QJsonArray codes =
        m_client->control("GET", u"/_sandbox/verification_codes?order_id="_s + id).data().toArray();
    QCOMPARE(codes.size(), 2);
    QHash<QString, QString> codeFor;
    for (const QJsonValue &code : codes) {
        QCOMPARE(code[u"method"_s].toString(), u"call"_s);
        QCOMPARE(code[u"order_id"_s].toString(), id);
        QCOMPARE(code[u"code"_s].toString().size(), 6);
        QVERIFY(!code[u"sent_at"_s].toString().isEmpty());
        codeFor.insert(code[u"phone_number"_s].toString(), code[u"code"_s].toString());
    }

    QString wrong = codeFor.value(numbers[0]);
    wrong[0] = wrong[0] == QLatin1Char('9') ? QLatin1Char('1') : QChar(wrong[0].unicode() + 1);
    const Answer rejected = m_client->post(
        orderPath + u"/validation_codes"_s,
        QJsonObject{
            {u"verification_codes"_s,
             QJsonArray{QJsonObject{{u"phone_number"_s, numbers[0]}, {u"code"_s, wrong}}}}});
    QCOMPARE(rejected.status, 200);
    QCOMPARE(rejected.data()[u"order_id"_s].toString(), id);
    QCOMPARE(rejected.data()[u"phone_numbers"_s][0][u"status"_s].toString(), u"rejected"_s);

    const Answer verified = m_client->post(
        orderPath + u"/validation_codes"_s,
        QJsonObject{{u"verification_codes"_s,
                     QJsonArray{QJsonObject{{u"phone_number"_s, numbers[0]},
                                            {u"code"_s, codeFor.value(numbers[0])}},
                                QJsonObject{{u"phone_number"_s, numbers[1]},
                                            {u"code"_s, codeFor.value(numbers[1])}}}}});
    QCOMPARE(verified.data()[u"phone_numbers"_s][0][u"status"_s].toString(), u"verified"_s);
    QCOMPARE(verified.data()[u"phone_numbers"_s][1][u"status"_s].toString(), u"verified"_s);

    const Answer again = m_client->post(
        orderPath + u"/validation_codes"_s,
        QJsonObject{{u"verification_codes"_s,
                     QJsonArray{QJsonObject{{u"phone_number"_s, numbers[1]},
                                            {u"code"_s, codeFor.value(numbers[1])}}}}});
    QCOMPARE(again.data()[u"phone_numbers"_s][0][u"status"_s].toString(), u"already_verified"_s);

    QJsonObject order = m_client->get(orderPath).data().toObject();
    QCOMPARE(order.value(u"status"_s).toString(), u"provisioning"_s);
    QCOMPARE(order.value(u"phone_numbers"_s)[0][u"status"_s].toString(), u"provisioning"_s);
    m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 3600}});
    order = m_client->get(orderPath).data().toObject();
    QCOMPARE(order.value(u"status"_s).toString(), u"successful"_s);
    QCOMPARE(order.value(u"phone_numbers"_s)[1][u"status"_s].toString(), u"successful"_s);

    const Answer badMethod =
        m_client->post(orderPath + u"/verification_codes"_s,
                       QJsonObject{{u"phone_numbers"_s, QJsonArray{numbers[0]}},
                                   {u"verification_method"_s, u"email"_s}});
    QCOMPARE(badMethod.status, 422);
    QCOMPARE(badMethod.pointers(), QStringList{u"/verification_method"_s});
}

void TestSandboxHosted::codes_numberOutsideTheOrderGetsAnError()
{
    const QString id = createOrder({u"+13125551071"_s}).value(u"id"_s).toString();
    const Answer sent = m_client->post(
        u"/messaging_hosted_number_orders/%1/verification_codes"_s.arg(id),
        QJsonObject{{u"phone_numbers"_s, QJsonArray{u"+13125551071"_s, u"+13125551079"_s}},
                    {u"verification_method"_s, u"sms"_s}});
    const QJsonArray data = sent.data().toArray();
    QVERIFY(!data[0].toObject().contains(u"error"_s));
    QVERIFY(!data[1][u"error"_s].toString().isEmpty());
    QCOMPARE(m_client->control("GET", u"/_sandbox/verification_codes?order_id="_s + id)
                 .data()
                 .toArray()
                 .size(),
             1);

    const Answer badNumber =
        m_client->post(u"/messaging_hosted_number_orders/%1/validation_codes"_s.arg(id),
                       QJsonObject{{u"verification_codes"_s,
                                    QJsonArray{QJsonObject{{u"phone_number"_s, u"3125551071"_s},
                                                           {u"code"_s, u"123456"_s}}}}});
    QCOMPARE(badNumber.status, 422);
    QCOMPARE(badNumber.pointers(), QStringList{u"/verification_codes/0/phone_number"_s});
}

void TestSandboxHosted::orders_deleteRemovesTheOrderAndItsNumbers()
{
    const QJsonObject order = createOrder({u"+13125551081"_s, u"+13125551082"_s});
    const QString path = u"/messaging_hosted_number_orders/"_s + order[u"id"_s].toString();
    const Answer deleted = m_client->remove(path);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.data()[u"status"_s].toString(), u"deleted"_s);
    for (const QJsonValue &number : deleted.data()[u"phone_numbers"_s].toArray())
        QCOMPARE(number[u"status"_s].toString(), u"deleted"_s);
    QCOMPARE(m_client->get(path).status, 404);
    QCOMPARE(m_client
                 ->get(u"/messaging_hosted_numbers/"_s +
                       order[u"phone_numbers"_s][0][u"id"_s].toString())
                 .status,
             404);
}

void TestSandboxHosted::hostedNumbers_listRetrievePatchDelete()
{
    const QJsonObject order = createOrder({u"+13125551091"_s, u"+13125551092"_s});
    const QString numberId = order[u"phone_numbers"_s][0][u"id"_s].toString();

    const Answer page = m_client->get(u"/messaging_hosted_numbers?page[number]=1&page[size]=5"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.data().toArray().size(), 5);
    QVERIFY(page.json().value(u"meta"_s)[u"total_results"_s].toInt() > 40);

    const Answer filtered = m_client->get(
        u"/messaging_hosted_numbers?filter[phone_number][contains]=55510&sort[phone_number]=desc"_s);
    const QJsonArray matches = filtered.data().toArray();
    QVERIFY(matches.size() >= 2);
    QCOMPARE(matches[0][u"phone_number"_s].toString(), u"+13125551092"_s);

    const Answer byId = m_client->get(u"/messaging_hosted_numbers/"_s + numberId);
    QCOMPARE(byId.status, 200);
    const QJsonObject number = byId.data().toObject();
    QCOMPARE(number.value(u"phone_number"_s).toString(), u"+13125551091"_s);
    QCOMPARE(number.value(u"record_type"_s).toString(), u"messaging_phone_number"_s);
    QVERIFY(number.value(u"features"_s)[u"sms"_s][u"domestic_two_way"_s].isBool());
    QVERIFY(number.value(u"health"_s)[u"message_count"_s].isDouble());
    QCOMPARE(
        m_client->get(u"/messaging_hosted_numbers/%2B13125551091"_s).data()[u"id"_s].toString(),
        numberId);

    const Answer patched = m_client->patch(
        u"/messaging_hosted_numbers/"_s + numberId,
        QJsonObject{{u"messaging_profile_id"_s, u""_s}, {u"tags"_s, QJsonArray{u"front-desk"_s}}});
    QCOMPARE(patched.status, 200);
    QVERIFY(patched.data()[u"messaging_profile_id"_s].isNull());
    QCOMPARE(patched.data()[u"tags"_s].toArray(), QJsonArray{u"front-desk"_s});
    QCOMPARE(m_client
                 ->patch(u"/messaging_hosted_numbers/"_s + numberId,
                         QJsonObject{{u"tags"_s, u"front-desk"_s}})
                 .pointers(),
             QStringList{u"/tags"_s});

    const Answer deleted = m_client->remove(u"/messaging_hosted_numbers/"_s + numberId);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.data()[u"id"_s], order[u"id"_s]);
    QCOMPARE(deleted.data()[u"phone_numbers"_s][0][u"status"_s].toString(), u"deleted"_s);
    QCOMPARE(deleted.data()[u"status"_s].toString(), u"pending"_s);
    QCOMPARE(m_client->get(u"/messaging_hosted_numbers/"_s + numberId).status, 404);
}

void TestSandboxHosted::rcs_agentsListRetrieveAndPatch()
{
    const Answer list = m_client->get(u"/messaging/rcs/agents"_s);
    QCOMPARE(list.status, 200);
    const QJsonArray agents = list.data().toArray();
    QVERIFY(agents.size() >= 6);
    QCOMPARE(list.json().value(u"meta"_s)[u"total_results"_s].toInt(), agents.size());
    const QJsonObject demo = agents[0].toObject();
    QCOMPARE(demo.value(u"agent_id"_s).toString(), u"sandbox_demo_agent"_s);
    for (const QString &field : {u"agent_name"_s, u"created_at"_s, u"updated_at"_s, u"user_id"_s})
        QVERIFY(demo.value(field).isString());
    QVERIFY(demo.value(u"enabled"_s).isBool());

    const Answer patched =
        m_client->patch(u"/messaging/rcs/agents/sandbox_demo_agent"_s,
                        QJsonObject{{u"webhook_url"_s, u"https://hooks.example.com/rcs"_s},
                                    {u"webhook_failover_url"_s, QJsonValue()},
                                    {u"profile_id"_s, u"4001767e-ce0f-4cae-9d5f-0d5e636e7809"_s}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.data()[u"webhook_url"_s].toString(), u"https://hooks.example.com/rcs"_s);
    QVERIFY(patched.data()[u"webhook_failover_url"_s].isNull());

    // An absent key leaves the field; null clears it.
    const Answer untouched =
        m_client->patch(u"/messaging/rcs/agents/sandbox_demo_agent"_s,
                        QJsonObject{{u"webhook_failover_url"_s, QJsonValue()}});
    QCOMPARE(untouched.data()[u"webhook_url"_s].toString(), u"https://hooks.example.com/rcs"_s);
    const Answer cleared = m_client->patch(u"/messaging/rcs/agents/sandbox_demo_agent"_s,
                                           QJsonObject{{u"profile_id"_s, QJsonValue()}});
    QVERIFY(cleared.data()[u"profile_id"_s].isNull());
    const Answer fetched = m_client->get(u"/messaging/rcs/agents/sandbox_demo_agent"_s);
    QVERIFY(fetched.data()[u"profile_id"_s].isNull());
    QCOMPARE(fetched.data()[u"webhook_url"_s].toString(), u"https://hooks.example.com/rcs"_s);
}

void TestSandboxHosted::rcs_patchRefusesNonHttpsUrls()
{
    const Answer answer =
        m_client->patch(u"/messaging/rcs/agents/sandbox_demo_agent"_s,
                        QJsonObject{{u"webhook_url"_s, u"http://hooks.example.com"_s},
                                    {u"webhook_failover_url"_s, u"not a url"_s}});
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.pointers(), (QStringList{u"/webhook_url"_s, u"/webhook_failover_url"_s}));
}

void TestSandboxHosted::rcs_capabilityRule_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("features");
    const QStringList base{u"RICHCARD_STANDALONE"_s, u"ACTION_DIAL"_s, u"ACTION_OPEN_URL"_s};
    QTest::newRow("odd last digit") << u"+13125550101"_s << QStringList();
    QTest::newRow("d=0") << u"+13125550102"_s << base;
    QTest::newRow("d=3") << u"+13125550132"_s
                         << base + QStringList{u"RICHCARD_CAROUSEL"_s,
                                               u"ACTION_CREATE_CALENDAR_EVENT"_s};
    QTest::newRow("d=4") << u"+13125550144"_s
                         << base +
                                QStringList{u"ACTION_SHARE_LOCATION"_s, u"ACTION_VIEW_LOCATION"_s};
    QTest::newRow("d=8") << u"+13125550186"_s << base + QStringList{u"REVOCATION"_s};
}

void TestSandboxHosted::rcs_capabilityRule()
{
    QFETCH(QString, number);
    QFETCH(QStringList, features);
    const Answer answer =
        m_client->get(u"/messaging/rcs/capabilities/sandbox_demo_agent/"_s + number);
    QCOMPARE(answer.status, 200);
    const QJsonObject data = answer.data().toObject();
    QCOMPARE(data.value(u"record_type"_s).toString(), u"rcs.capabilities"_s);
    QCOMPARE(data.value(u"phone_number"_s).toString(), number);
    QCOMPARE(data.value(u"agent_id"_s).toString(), u"sandbox_demo_agent"_s);
    QStringList got;
    for (const QJsonValue &feature : data.value(u"features"_s).toArray())
        got.append(feature.toString());
    QCOMPARE(got, features);
    QCOMPARE(SandboxRcs::featuresFor(number), features);
}

void TestSandboxHosted::rcs_bulkCapabilitiesLimitsAndPointers()
{
    QJsonArray hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(u"+1312555%1"_s.arg(1000 + i));
    const Answer ok = m_client->post(
        u"/messaging/rcs/bulk_capabilities"_s,
        QJsonObject{{u"agent_id"_s, u"sandbox_demo_agent"_s}, {u"phone_numbers"_s, hundred}});
    QCOMPARE(ok.status, 200);
    const QJsonArray data = ok.data().toArray();
    QCOMPARE(data.size(), 100);
    QVERIFY(!data[0][u"features"_s].toArray().isEmpty()); // ...1000: even
    QVERIFY(data[1][u"features"_s].toArray().isEmpty());  // ...1001: odd

    QJsonArray tooMany = hundred;
    tooMany.append(u"+13125552000"_s);
    const Answer over = m_client->post(
        u"/messaging/rcs/bulk_capabilities"_s,
        QJsonObject{{u"agent_id"_s, u"sandbox_demo_agent"_s}, {u"phone_numbers"_s, tooMany}});
    QCOMPARE(over.status, 422);
    QCOMPARE(over.pointers(), QStringList{u"/phone_numbers"_s});

    const Answer bad = m_client->post(
        u"/messaging/rcs/bulk_capabilities"_s,
        QJsonObject{{u"agent_id"_s, u"nobody"_s},
                    {u"phone_numbers"_s, QJsonArray{u"+13125550100"_s, u"555 0101"_s}}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.pointers(), (QStringList{u"/agent_id"_s, u"/phone_numbers/1"_s}));

    QCOMPARE(m_client->get(u"/messaging/rcs/capabilities/sandbox_demo_agent/5550101"_s).status,
             422);
    QCOMPARE(m_client->get(u"/messaging/rcs/capabilities/nobody/+13125550102"_s).status, 404);
}

void TestSandboxHosted::rcs_inviteSendAndDeeplink()
{
    const Answer invite =
        m_client->put(u"/messaging/rcs/test_number_invite/sandbox_demo_agent/%2B13125550102"_s);
    QCOMPARE(invite.status, 200);
    QCOMPARE(invite.data()[u"record_type"_s].toString(), u"rcs.test_number_invite"_s);
    QCOMPARE(invite.data()[u"phone_number"_s].toString(), u"+13125550102"_s);
    QCOMPARE(invite.data()[u"status"_s].toString(), u"pending"_s);
    m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 600}});
    QCOMPARE(m_client->put(u"/messaging/rcs/test_number_invite/sandbox_demo_agent/%2B13125550102"_s)
                 .data()[u"status"_s]
                 .toString(),
             u"accepted"_s);

    const QJsonObject message{
        {u"content_message"_s, QJsonObject{{u"text"_s, u"Your order shipped"_s}}}};
    const Answer sent =
        m_client->post(u"/messages/rcs"_s, QJsonObject{{u"agent_id"_s, u"sandbox_demo_agent"_s},
                                                       {u"to"_s, u"+13125550102"_s},
                                                       {u"messaging_profile_id"_s, u"profile-1"_s},
                                                       {u"agent_message"_s, message},
                                                       {u"type"_s, u"RCS"_s}});
    QCOMPARE(sent.status, 200);
    const QJsonObject data = sent.data().toObject();
    QVERIFY(!data.value(u"id"_s).toString().isEmpty());
    QCOMPARE(data.value(u"body"_s).toObject(), message);
    QCOMPARE(data.value(u"to"_s)[0][u"phone_number"_s].toString(), u"+13125550102"_s);
    QCOMPARE(data.value(u"from"_s)[u"agent_id"_s].toString(), u"sandbox_demo_agent"_s);
    QVERIFY(data.value(u"wait_seconds"_s).isDouble());
    QCOMPARE(data.value(u"type"_s).toString(), u"RCS"_s);
    QCOMPARE(m_client->control("GET", u"/_sandbox/messages"_s).data().toArray().last()[u"id"_s],
             data.value(u"id"_s));

    const Answer invalid =
        m_client->post(u"/messages/rcs"_s, QJsonObject{{u"agent_id"_s, u"sandbox_demo_agent"_s},
                                                       {u"to"_s, u"3125550102"_s},
                                                       {u"agent_message"_s, u"hello"_s}});
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.pointers(),
             (QStringList{u"/to"_s, u"/messaging_profile_id"_s, u"/agent_message"_s}));

    const Answer link = m_client->get(
        u"/messages/rcs/deeplinks/sandbox_demo_agent?phone_number=%2B13125550102&body=Hi%20there"_s);
    QCOMPARE(link.status, 200);
    QCOMPARE(link.data()[u"url"_s].toString(),
             u"sms:+13125550102?service_id=sandbox_demo_agent%40rbm.goog&body=Hi%20there"_s);
    QCOMPARE(m_client->get(u"/messages/rcs/deeplinks/sandbox_demo_agent?phone_number=12"_s).status,
             422);
}

QTEST_GUILESS_MAIN(TestSandboxHosted)
#include "tst_sandboxhosted.moc"
