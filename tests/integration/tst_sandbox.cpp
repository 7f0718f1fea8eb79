// The sandbox over HTTP: authentication, routing errors, toll-free verification and URL domains.

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxtollfree.h"
#include "tst_sandboxsupport.h"

#include <QDateTime>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using SandboxTest::Answer;

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listen_bindsLoopbackAndReportsV2BaseUrl();
    void auth_missingOrWrongKeyIs401_data();
    void auth_missingOrWrongKeyIs401();
    void routing_unknownPathIs404();
    void routing_unknownIdIs404_data();
    void routing_unknownIdIs404();
    void routing_wrongMethodIs405WithAllow();
    void body_malformedJsonIs400();

    void tollFree_createReturnsEveryEgressField();
    void tollFree_validationNamesTheField_data();
    void tollFree_validationNamesTheField();
    void tollFree_validationReportsEveryBadFieldAtOnce();
    void tollFree_listPagesAndPastTheEndIsEmpty();
    void tollFree_listFiltersByNameStatusNumberAndDate();
    void tollFree_invalidFilterIs422();
    void tollFree_statusAdvancesAndHistoryGrows();
    void tollFree_deleteOnlyWhenRejected();
    void tollFree_statusHistoryPages();
    void tollFree_outcomeRule_data();
    void tollFree_outcomeRule();
    void tollFree_seededDataCoversEveryStatus();

    void urlDomains_listIsWrappedWithMeta();

private:
    QString createTollFree(const QString &name);
    QString statusOf(const QString &id);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTest::Client> m_client;
};

void TestSandbox::initTestCase()
{
    SandboxOptions options;
    options.apiKey = SandboxTest::apiKey;
    options.speed = 0; // time moves only through /_sandbox/advance
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTest::Client>(m_server->baseUrl(), m_server->controlToken());
}

void TestSandbox::init()
{
    m_client->control("DELETE", u"/_sandbox/faults"_s);
}

QString TestSandbox::createTollFree(const QString &name)
{
    const Answer answer = m_client->post(u"/messaging_tollfree/verification/requests"_s,
                                         SandboxTest::tollFreeBody(name));
    if (answer.status != 200)
        qWarning() << answer.body;
    return answer.json().value(u"id"_s).toString();
}

QString TestSandbox::statusOf(const QString &id)
{
    return m_client->get(u"/messaging_tollfree/verification/requests/"_s + id)
        .json()
        .value(u"verificationStatus"_s)
        .toString();
}

void TestSandbox::listen_bindsLoopbackAndReportsV2BaseUrl()
{
    const QUrl base = m_server->baseUrl();
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QCOMPARE(base.port(), int(m_server->port()));
    QCOMPARE(base.path(), u"/v2"_s);
    const auto servers = m_server->servers();
    QVERIFY(!servers.isEmpty());
    for (const QTcpServer *server : servers)
        QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
}

void TestSandbox::auth_missingOrWrongKeyIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong key") << QByteArray("Bearer not-the-key");
    QTest::newRow("wrong scheme") << QByteArray("Basic dGVzdDp0ZXN0");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void TestSandbox::auth_missingOrWrongKeyIs401()
{
    QFETCH(QByteArray, authorization);
    QNetworkRequest request(m_client->url(u"/messaging_url_domains"_s));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(m_client->nam().get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    const QJsonObject error =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"errors"_s)[0].toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"10009"_s);
    QCOMPARE(error.value(u"title"_s).toString(), u"Authentication failed"_s);
    QVERIFY(!error.value(u"detail"_s).toString().isEmpty());
}

void TestSandbox::routing_unknownPathIs404()
{
    const Answer answer = m_client->get(u"/messaging_nothing_here"_s);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json().value(u"errors"_s)[0][u"code"_s].toString(), u"10005"_s);
    QCOMPARE(m_client->get(u"/v1/messaging_url_domains"_s).status, 404);
}

void TestSandbox::routing_unknownIdIs404_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("toll-free") << u"/messaging_tollfree/verification/requests/no-such-id"_s;
    QTest::newRow("history") << u"/messaging_tollfree/verification/requests/nope/status_history"_s;
    QTest::newRow("order") << u"/messaging_hosted_number_orders/no-such-order"_s;
    QTest::newRow("hosted number") << u"/messaging_hosted_numbers/no-such-number"_s;
    QTest::newRow("agent") << u"/messaging/rcs/agents/no_such_agent"_s;
    QTest::newRow("deeplink") << u"/messages/rcs/deeplinks/no_such_agent"_s;
}

void TestSandbox::routing_unknownIdIs404()
{
    QFETCH(QString, target);
    const Answer answer = m_client->get(target);
    QCOMPARE(answer.status, 404);
    const QJsonObject error = answer.json().value(u"errors"_s)[0].toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"10005"_s);
    QVERIFY(error.value(u"detail"_s).toString().contains(u"no"_s, Qt::CaseInsensitive));
}

void TestSandbox::routing_wrongMethodIs405WithAllow()
{
    const Answer answer = m_client->send("PUT", u"/messaging_url_domains"_s, "{}");
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.header("Allow"), QByteArray("GET"));
    const Answer orders = m_client->send("PATCH", u"/messaging_hosted_number_orders"_s, "{}");
    QCOMPARE(orders.status, 405);
    QVERIFY(orders.header("Allow").contains("POST"));
}

void TestSandbox::body_malformedJsonIs400()
{
    const Answer answer = m_client->send("POST", u"/messaging_tollfree/verification/requests"_s,
                                         "{\"businessName\":");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(u"errors"_s).toArray().size(), 1);
    const Answer array = m_client->send("POST", u"/messaging_hosted_number_orders"_s, "[1,2]");
    QCOMPARE(array.status, 400);
}

void TestSandbox::tollFree_createReturnsEveryEgressField()
{
    const Answer answer = m_client->post(u"/messaging_tollfree/verification/requests"_s,
                                         SandboxTest::tollFreeBody(u"Fields Check"_s));
    QCOMPARE(answer.status, 200);
    const QJsonObject created = answer.json();
    QVERIFY(!created.contains(u"data"_s)); // TFV objects are not wrapped
    const QStringList strings{u"id"_s,
                              u"verificationRequestId"_s,
                              u"additionalInformation"_s,
                              u"businessAddr1"_s,
                              u"businessCity"_s,
                              u"businessContactEmail"_s,
                              u"businessContactFirstName"_s,
                              u"businessContactLastName"_s,
                              u"businessContactPhone"_s,
                              u"businessName"_s,
                              u"businessState"_s,
                              u"businessZip"_s,
                              u"corporateWebsite"_s,
                              u"messageVolume"_s,
                              u"optInWorkflow"_s,
                              u"productionMessageContent"_s,
                              u"useCase"_s,
                              u"useCaseSummary"_s,
                              u"businessAddr2"_s,
                              u"businessRegistrationCountry"_s,
                              u"businessRegistrationNumber"_s,
                              u"businessRegistrationType"_s,
                              u"doingBusinessAs"_s,
                              u"entityType"_s,
                              u"helpMessageResponse"_s,
                              u"isvReseller"_s,
                              u"optInConfirmationResponse"_s,
                              u"optInKeywords"_s,
                              u"privacyPolicyURL"_s,
                              u"termsAndConditionURL"_s,
                              u"webhookUrl"_s,
                              u"verificationStatus"_s,
                              u"reason"_s,
                              u"createdAt"_s,
                              u"updatedAt"_s};
    for (const QString &field : strings)
        QVERIFY2(created.value(field).isString(), qPrintable(field));
    QVERIFY(created.value(u"ageGatedContent"_s).isBool());
    QVERIFY(created.value(u"campaignVerifyAuthorizationToken"_s).isNull());
    QCOMPARE(created.value(u"phoneNumbers"_s)[1][u"phoneNumber"_s].toString(), u"+18335550102"_s);
    QCOMPARE(created.value(u"verificationStatus"_s).toString(), u"In Progress"_s);
    QCOMPARE(created.value(u"verificationRequestId"_s), created.value(u"id"_s));
    QVERIFY(QDateTime::fromString(created.value(u"createdAt"_s).toString(), Qt::ISODateWithMs)
                .isValid());

    const Answer fetched = m_client->get(u"/messaging_tollfree/verification/requests/"_s +
                                         created[u"id"_s].toString());
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().value(u"businessName"_s).toString(), u"Fields Check"_s);
}

void TestSandbox::tollFree_validationNamesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("pointer");

    QTest::newRow("zip") << u"businessZip"_s << QJsonValue(u"7870"_s) << u"/businessZip"_s;
    QTest::newRow("zip missing") << u"businessZip"_s << QJsonValue() << u"/businessZip"_s;
    QTest::newRow("blank name") << u"businessName"_s << QJsonValue(u"   "_s) << u"/businessName"_s;
    QTest::newRow("state code") << u"businessState"_s << QJsonValue(u"TX"_s) << u"/businessState"_s;
    QTest::newRow("website scheme")
        << u"corporateWebsite"_s << QJsonValue(u"www.acmedental.com"_s) << u"/corporateWebsite"_s;
    QTest::newRow("email") << u"businessContactEmail"_s << QJsonValue(u"dana.at.acme"_s)
                           << u"/businessContactEmail"_s;
    QTest::newRow("contact phone") << u"businessContactPhone"_s << QJsonValue(u"(512) 555-0143"_s)
                                   << u"/businessContactPhone"_s;
    QTest::newRow("volume") << u"messageVolume"_s << QJsonValue(u"1000"_s) << u"/messageVolume"_s;
    QTest::newRow("volume number") << u"messageVolume"_s << QJsonValue(1000) << u"/messageVolume"_s;
    QTest::newRow("use case") << u"useCase"_s << QJsonValue(u"Spam"_s) << u"/useCase"_s;
    QTest::newRow("second number not E.164")
        << u"phoneNumbers"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"phoneNumber"_s, u"+18885550101"_s}},
                                 QJsonObject{{u"phoneNumber"_s, u"8885550102"_s}}})
        << u"/phoneNumbers/1/phoneNumber"_s;
    QTest::newRow("not toll-free")
        << u"phoneNumbers"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"phoneNumber"_s, u"+13125550101"_s}}})
        << u"/phoneNumbers/0/phoneNumber"_s;
    QTest::newRow("repeated number")
        << u"phoneNumbers"_s
        << QJsonValue(QJsonArray{QJsonObject{{u"phoneNumber"_s, u"+18885550101"_s}},
                                 QJsonObject{{u"phoneNumber"_s, u"+18885550101"_s}}})
        << u"/phoneNumbers/1/phoneNumber"_s;
    QTest::newRow("no numbers") << u"phoneNumbers"_s << QJsonValue(QJsonArray())
                                << u"/phoneNumbers"_s;
    QTest::newRow("image url") << u"optInWorkflowImageURLs"_s
                               << QJsonValue(QJsonArray{QJsonObject{{u"url"_s, u"consent.png"_s}}})
                               << u"/optInWorkflowImageURLs/0/url"_s;
    QTest::newRow("country") << u"businessRegistrationCountry"_s << QJsonValue(u"USA"_s)
                             << u"/businessRegistrationCountry"_s;
    QTest::newRow("entity type") << u"entityType"_s << QJsonValue(u"LLC"_s) << u"/entityType"_s;
    QTest::newRow("webhook") << u"webhookUrl"_s << QJsonValue(u"hooks.example.com"_s)
                             << u"/webhookUrl"_s;
    QTest::newRow("political without token")
        << u"useCase"_s << QJsonValue(u"Political"_s) << u"/campaignVerifyAuthorizationToken"_s;
}

void TestSandbox::tollFree_validationNamesTheField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, pointer);
    QJsonObject body = SandboxTest::tollFreeBody();
    if (value.isNull())
        body.remove(field);
    else
        body.insert(field, value);

    for (const QByteArray &method : {QByteArray("POST"), QByteArray("PATCH")}) {
        QString target = u"/messaging_tollfree/verification/requests"_s;
        if (method == "PATCH")
            target += u"/"_s + createTollFree(u"Patch Target"_s);
        const Answer answer =
            m_client->send(method, target, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.pointers(), QStringList{pointer});
        const QJsonObject error = answer.json().value(u"errors"_s)[0].toObject();
        QVERIFY(error.value(u"code"_s).isString());
        QVERIFY(!error.value(u"title"_s).toString().isEmpty());
        QVERIFY(!error.value(u"detail"_s).toString().isEmpty());
    }
}

void TestSandbox::tollFree_validationReportsEveryBadFieldAtOnce()
{
    QJsonObject body = SandboxTest::tollFreeBody();
    body.remove(u"additionalInformation"_s);
    body.insert(u"businessZip"_s, u"ABC"_s);
    body.insert(u"businessContactPhone"_s, u"555-0143"_s);
    const Answer answer = m_client->post(u"/messaging_tollfree/verification/requests"_s, body);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.pointers(), (QStringList{u"/businessZip"_s, u"/businessContactPhone"_s,
                                             u"/additionalInformation"_s}));
    // The phone number error has its own code, as a string.
    QCOMPARE(answer.json().value(u"errors"_s)[1][u"code"_s].toString(), u"10016"_s);
}

void TestSandbox::tollFree_listPagesAndPastTheEndIsEmpty()
{
    const Answer first =
        m_client->get(u"/messaging_tollfree/verification/requests?page=1&page_size=50"_s);
    QCOMPARE(first.status, 200);
    const int total = first.json().value(u"total_records"_s).toInt();
    QVERIFY(total >= 300);
    QCOMPARE(first.json().value(u"records"_s).toArray().size(), 50);

    const int lastPage = (total + 49) / 50;
    const Answer last = m_client->get(
        u"/messaging_tollfree/verification/requests?page=%1&page_size=50"_s.arg(lastPage));
    QCOMPARE(last.json().value(u"records"_s).toArray().size(), total - (lastPage - 1) * 50);
    QCOMPARE(last.json().value(u"total_records"_s).toInt(), total);

    const Answer beyond = m_client->get(
        u"/messaging_tollfree/verification/requests?page=%1&page_size=50"_s.arg(lastPage + 1));
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.json().value(u"records"_s).toArray().isEmpty());
    QCOMPARE(beyond.json().value(u"total_records"_s).toInt(), total);

    // Newest first, and pages do not overlap.
    const QJsonArray records = first.json().value(u"records"_s).toArray();
    QVERIFY(records[0][u"createdAt"_s].toString() >= records[49][u"createdAt"_s].toString());
    const Answer second =
        m_client->get(u"/messaging_tollfree/verification/requests?page=2&page_size=50"_s);
    QVERIFY(records[49][u"id"_s] != second.json().value(u"records"_s)[0][u"id"_s]);

    QCOMPARE(m_client->get(u"/messaging_tollfree/verification/requests?page=0"_s).status, 422);
    QCOMPARE(m_client->get(u"/messaging_tollfree/verification/requests?page_size=5000"_s).status,
             422);
}

void TestSandbox::tollFree_listFiltersByNameStatusNumberAndDate()
{
    const QString base = u"/messaging_tollfree/verification/requests?page=1&page_size=1000"_s;

    const QString id = createTollFree(u"Quillfeather Stationers"_s);
    const Answer byName = m_client->get(base + u"&business_name=QUILLFEATHER"_s);
    QCOMPARE(byName.json().value(u"total_records"_s).toInt(), 1);
    QCOMPARE(byName.json().value(u"records"_s)[0][u"id"_s].toString(), id);

    const Answer dental = m_client->get(base + u"&business_name=dental"_s);
    const QJsonArray dentalRecords = dental.json().value(u"records"_s).toArray();
    QVERIFY(!dentalRecords.isEmpty());
    for (const QJsonValue &record : dentalRecords)
        QVERIFY(record[u"businessName"_s].toString().contains(u"Dental"_s, Qt::CaseInsensitive));

    const Answer rejected = m_client->get(base + u"&status=Rejected"_s);
    const QJsonArray rejectedRecords = rejected.json().value(u"records"_s).toArray();
    QVERIFY(!rejectedRecords.isEmpty());
    QCOMPARE(rejected.json().value(u"total_records"_s).toInt(), rejectedRecords.size());
    for (const QJsonValue &record : rejectedRecords)
        QCOMPARE(record[u"verificationStatus"_s].toString(), u"Rejected"_s);

    // Form-encoded spaces ("+", as Python's urlencode sends them) and any letter case.
    const Answer formEncoded = m_client->get(base + u"&status=waiting+for+CUSTOMER"_s);
    QCOMPARE(formEncoded.status, 200);
    QVERIFY(formEncoded.json().value(u"total_records"_s).toInt() > 0);
    QCOMPARE(formEncoded.json().value(u"records"_s)[0][u"verificationStatus"_s].toString(),
             u"Waiting For Customer"_s);

    const Answer byNumber = m_client->get(base + u"&phone_number=%2B18335550102"_s);
    QVERIFY(byNumber.json().value(u"total_records"_s).toInt() >= 1);
    for (const QJsonValue &record : byNumber.json().value(u"records"_s).toArray()) {
        const QJsonArray numbers = record[u"phoneNumbers"_s].toArray();
        QVERIFY(std::any_of(numbers.begin(), numbers.end(), [](const QJsonValue &number) {
            return number[u"phoneNumber"_s].toString() == u"+18335550102"_s;
        }));
    }

    // A date window around one seeded record includes it and only records inside the window.
    const QJsonObject sample =
        m_client->get(u"/messaging_tollfree/verification/requests?page=3&page_size=20"_s)
            .json()
            .value(u"records"_s)[0]
            .toObject();
    const QString day = sample[u"createdAt"_s].toString().left(10);
    const Answer byDate = m_client->get(base + u"&date_start="_s + day + u"&date_end="_s + day);
    const QJsonArray dated = byDate.json().value(u"records"_s).toArray();
    QVERIFY(std::any_of(dated.begin(), dated.end(), [&sample](const QJsonValue &record) {
        return record[u"id"_s] == sample[u"id"_s];
    }));
    for (const QJsonValue &record : dated)
        QCOMPARE(record[u"createdAt"_s].toString().left(10), day);
    QVERIFY(dated.size() < 50);
}

void TestSandbox::tollFree_invalidFilterIs422()
{
    const Answer status = m_client->get(
        u"/messaging_tollfree/verification/requests?page=1&page_size=5&status=Done"_s);
    QCOMPARE(status.status, 422);
    QCOMPARE(status.pointers(), QStringList{u"status"_s});
    const Answer date = m_client->get(
        u"/messaging_tollfree/verification/requests?page=1&page_size=5&date_start=yesterday"_s);
    QCOMPARE(date.status, 422);
    QCOMPARE(date.pointers(), QStringList{u"date_start"_s});
}

void TestSandbox::tollFree_statusAdvancesAndHistoryGrows()
{
    const QString id = createTollFree(u"Brightside Clinic [customer]"_s);
    QVERIFY(!id.isEmpty());
    const QString history =
        u"/messaging_tollfree/verification/requests/%1/status_history?page[number]=1&page[size]=50"_s
            .arg(id);
    QCOMPARE(statusOf(id), u"In Progress"_s);

    m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 3600}});
    QCOMPARE(statusOf(id), u"Waiting For Telnyx"_s);
    m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 3600}});
    const QJsonObject waiting =
        m_client->get(u"/messaging_tollfree/verification/requests/"_s + id).json();
    QCOMPARE(waiting.value(u"verificationStatus"_s).toString(), u"Waiting For Customer"_s);
    QVERIFY(!waiting.value(u"reason"_s).toString().isEmpty());

    Answer steps = m_client->get(history);
    QCOMPARE(steps.json().value(u"total_records"_s).toInt(), 3);
    QJsonArray records = steps.json().value(u"records"_s).toArray();
    QCOMPARE(records[0][u"verificationStatus"_s].toString(), u"In Progress"_s);
    QVERIFY(records[0][u"reason"_s].isNull());
    QCOMPARE(records[2][u"reason"_s].toString(), waiting.value(u"reason"_s).toString());
    QVERIFY(records[1][u"updatedAt"_s].toString() > records[0][u"updatedAt"_s].toString());

    // Fixing the request sends it back to In Progress; a resubmission ends Verified.
    const Answer patched = m_client->patch(u"/messaging_tollfree/verification/requests/"_s + id,
                                           SandboxTest::tollFreeBody(u"Brightside Clinic"_s));
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(u"verificationStatus"_s).toString(), u"In Progress"_s);
    QCOMPARE(patched.json().value(u"businessName"_s).toString(), u"Brightside Clinic"_s);
    m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 7200}});
    QCOMPARE(statusOf(id), u"Waiting For Vendor"_s);
    m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 3600}});
    QCOMPARE(statusOf(id), u"Verified"_s);

    steps = m_client->get(history);
    records = steps.json().value(u"records"_s).toArray();
    QStringList statuses;
    for (const QJsonValue &record : records)
        statuses.append(record[u"verificationStatus"_s].toString());
    QCOMPARE(statuses,
             (QStringList{u"In Progress"_s, u"Waiting For Telnyx"_s, u"Waiting For Customer"_s,
                          u"In Progress"_s, u"Waiting For Telnyx"_s, u"Waiting For Vendor"_s,
                          u"Verified"_s}));
}

void TestSandbox::tollFree_deleteOnlyWhenRejected()
{
    const QString id = createTollFree(u"Shady Deals [reject]"_s);
    const QString target = u"/messaging_tollfree/verification/requests/"_s + id;
    const Answer early = m_client->remove(target);
    QCOMPARE(early.status, 400);
    QCOMPARE(early.json().value(u"errors"_s).toArray().size(), 1);

    m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 7200}});
    QCOMPARE(statusOf(id), u"Rejected"_s);
    const Answer deleted = m_client->remove(target);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(m_client->get(target).status, 404);
    QCOMPARE(m_client->remove(target).status, 404);
}

void TestSandbox::tollFree_statusHistoryPages()
{
    const QString id = createTollFree(u"History Paging [verify]"_s);
    m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 4 * 3600}});
    const QString base = u"/messaging_tollfree/verification/requests/%1/status_history"_s.arg(id);
    const Answer page2 = m_client->get(base + u"?page[number]=2&page[size]=3"_s);
    QCOMPARE(page2.status, 200);
    QCOMPARE(page2.json().value(u"total_records"_s).toInt(), 4);
    const QJsonArray records = page2.json().value(u"records"_s).toArray();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0][u"verificationStatus"_s].toString(), u"Verified"_s);
    // The SDK sends the brackets percent-encoded.
    const Answer encoded = m_client->get(base + u"?page%5Bnumber%5D=3&page%5Bsize%5D=3"_s);
    QVERIFY(encoded.json().value(u"records"_s).toArray().isEmpty());
    QCOMPARE(encoded.json().value(u"total_records"_s).toInt(), 4);
}

void TestSandbox::tollFree_outcomeRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("resubmission");
    QTest::addColumn<int>("outcome");
    using O = SandboxTollFree::Outcome;
    QTest::newRow("reject marker") << u"Acme [REJECT]"_s << true << int(O::Rejected);
    QTest::newRow("customer marker") << u"Acme [customer]"_s << false << int(O::WaitingForCustomer);
    QTest::newRow("verify marker") << u"[verify] Acme"_s << false << int(O::Verified);
    QTest::newRow("resubmission") << u"Acme"_s << true << int(O::Verified);
}

void TestSandbox::tollFree_outcomeRule()
{
    QFETCH(QString, name);
    QFETCH(bool, resubmission);
    QFETCH(int, outcome);
    QCOMPARE(int(SandboxTollFree::outcomeFor(name, u"any-id"_s, resubmission)), outcome);
}

void TestSandbox::tollFree_seededDataCoversEveryStatus()
{
    const QJsonObject counts =
        m_client->control("GET", u"/_sandbox/stats"_s).data()[u"tollfree_by_status"_s].toObject();
    for (const QString &status :
         {u"In Progress"_s, u"Waiting For Telnyx"_s, u"Waiting For Vendor"_s,
          u"Waiting For Customer"_s, u"Verified"_s, u"Rejected"_s})
        QVERIFY2(counts.value(status).toInt() > 0, qPrintable(status));

    // Seeded Waiting For Customer requests carry a reason and a multi-step history.
    const Answer waiting = m_client->get(
        u"/messaging_tollfree/verification/requests?page=1&page_size=5&status=Waiting%20For%20Customer"_s);
    const QJsonObject record = waiting.json().value(u"records"_s)[0].toObject();
    QVERIFY(!record.value(u"reason"_s).toString().isEmpty());
    const Answer history = m_client->get(
        u"/messaging_tollfree/verification/requests/%1/status_history?page[number]=1&page[size]=10"_s
            .arg(record.value(u"id"_s).toString()));
    const int steps = history.json().value(u"total_records"_s).toInt();
    QVERIFY(steps >= 2 && steps <= 6);
}

void TestSandbox::urlDomains_listIsWrappedWithMeta()
{
    const Answer answer = m_client->get(u"/messaging_url_domains?page[number]=1&page[size]=3"_s);
    QCOMPARE(answer.status, 200);
    const QJsonArray data = answer.data().toArray();
    QCOMPARE(data.size(), 3);
    for (const QString &field : {u"id"_s, u"record_type"_s, u"url_domain"_s, u"use_case"_s})
        QVERIFY(data[0][field].isString());
    const QJsonObject meta = answer.json().value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"page_number"_s).toInt(), 1);
    QCOMPARE(meta.value(u"page_size"_s).toInt(), 3);
    QCOMPARE(meta.value(u"total_results"_s).toInt(), 4);
    QCOMPARE(meta.value(u"total_pages"_s).toInt(), 2);
    const Answer past = m_client->get(u"/messaging_url_domains?page[number]=9&page[size]=3"_s);
    QCOMPARE(past.status, 200);
    QVERIFY(past.data().toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
