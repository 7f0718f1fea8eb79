// Domain types of the toll-free verification, hosted messaging and URL domain areas, and the
// tolerant JSON readers under them: wire names, round trips, enums and labels.

#include "domain/hosted.h"
#include "domain/jsonread.h"
#include "domain/jsonwrite.h"
#include "domain/tollfree.h"
#include "domain/urldomain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qFatal("test fixture is not a JSON object: %s", qPrintable(error.errorString()));
    }
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

// URLs in the raw-string JSON fixtures are written "https:\/\/..." (JSON's escaped slash):
// moc reads a literal "//" inside a raw string as a comment and then misses the test class.

// A verification request as GET /messaging_tollfree/verification/requests/{id} returns it,
// using every field the SDK's VerificationRequestStatus lists.
const QByteArray tfvServerSample = R"({
  "id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
  "verificationRequestId": "vr-0042",
  "verificationStatus": "Waiting For Customer",
  "reason": "Opt-in screenshot does not show the consent text",
  "createdAt": "2024-05-01T10:15:30.123Z",
  "updatedAt": "2024-05-03T08:00:00Z",
  "businessName": "Telnyx LLC",
  "corporateWebsite": "http:\/\/example.com",
  "businessAddr1": "600 Congress Avenue",
  "businessAddr2": "14th Floor",
  "businessCity": "Austin",
  "businessState": "Texas",
  "businessZip": "78701",
  "businessContactFirstName": "John",
  "businessContactLastName": "Doe",
  "businessContactEmail": "email@example.com",
  "businessContactPhone": "+18005550100",
  "messageVolume": "100,000",
  "phoneNumbers": [{"phoneNumber": "+18773554398"}, {"phoneNumber": "+18773554399"}],
  "useCase": "2FA",
  "useCaseSummary": "2FA codes for portal sign-in",
  "productionMessageContent": "Your Telnyx OTP is XXXX",
  "optInWorkflow": "User opts in on the portal",
  "optInWorkflowImageURLs": [{"url": "https:\/\/telnyx.com/sign-up"},
                             {"url": "https:\/\/telnyx.com/company/data-privacy"}],
  "additionalInformation": "none",
  "ageGatedContent": false,
  "businessRegistrationCountry": "US",
  "businessRegistrationNumber": "12-3456789",
  "businessRegistrationType": "EIN",
  "campaignVerifyAuthorizationToken": null,
  "doingBusinessAs": "Telnyx",
  "entityType": "PRIVATE_PROFIT",
  "helpMessageResponse": "Reply STOP to opt out",
  "isvReseller": "Acme ISV",
  "optInConfirmationResponse": "You are subscribed",
  "optInKeywords": "START, YES",
  "privacyPolicyURL": "https:\/\/example.com/privacy",
  "termsAndConditionURL": "https:\/\/example.com/terms",
  "webhookUrl": "https:\/\/example.com/hooks/tfv",
  "someFutureField": {"nested": [1, 2, 3]}
})";

TollFreeVerificationRequest completeForm()
{
    TollFreeVerificationRequest form;
    form.businessName = u"Telnyx LLC"_s;
    form.corporateWebsite = u"https://telnyx.com"_s;
    form.businessAddr1 = u"600 Congress Avenue"_s;
    form.businessCity = u"Austin"_s;
    form.businessState = u"Texas"_s;
    form.businessZip = u"78701"_s;
    form.businessContactFirstName = u"Ada"_s;
    form.businessContactLastName = u"Lovelace"_s;
    form.businessContactEmail = u"ada@example.com"_s;
    form.businessContactPhone = u"+13125550001"_s;
    form.messageVolume = u"1,000"_s;
    form.phoneNumbers = {u"+18005550100"_s, u"+18885550101"_s};
    form.useCase = u"Appointments"_s;
    form.useCaseSummary = u"Appointment reminders"_s;
    form.productionMessageContent = u"See you at 10:00 tomorrow"_s;
    form.optInWorkflow = u"Checkbox on the booking page"_s;
    form.optInWorkflowImageURLs = {u"https://example.com/optin.png"_s};
    form.additionalInformation = u"Ünïcödé and \"quotes\" survive"_s;
    form.ageGatedContent = true;
    form.businessAddr2 = u"Suite 1"_s;
    form.businessRegistrationCountry = u"US"_s;
    form.businessRegistrationNumber = u"12-3456789"_s;
    form.businessRegistrationType = u"EIN"_s;
    form.campaignVerifyAuthorizationToken = u"cv-token"_s;
    form.doingBusinessAs = u""_s; // engaged but empty: must be sent as ""
    form.entityType = u"NON_PROFIT"_s;
    form.helpMessageResponse = u"Call us"_s;
    form.isvReseller = u"ISV"_s;
    form.optInConfirmationResponse = u"Subscribed"_s;
    form.optInKeywords = u"JOIN"_s;
    form.privacyPolicyURL = u"https://example.com/p"_s;
    form.termsAndConditionURL = u"https://example.com/t"_s;
    form.webhookUrl = u"https://example.com/w"_s;
    return form;
}

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    // JsonRead / JsonWrite
    void readsDateTimes_data();
    void readsDateTimes();
    void dateTimeIsWrittenAsUtcWithMilliseconds();
    void integerRejectsFractionsAndWrongTypes();
    void wrappedStringListAcceptsObjectsAndStrings();
    void patchStringReadsThreeStates();

    // Toll-free verification
    void tfvParsesServerSample();
    void tfvToJsonIsTheRequestBody();
    void tfvToJsonLeavesOutUnsetOptionals();
    void tfvRoundTrip();
    void tfvNullAndEmptyOptionalsStayDistinct();
    void tfvFieldNameLists();
    void tfvStatusHelpers_data();
    void tfvStatusHelpers();
    void tfvUnknownStatusKeepsText();
    void tfvEntityTypeHelpers();
    void tfvChoiceLists();
    void tfvStatusChange();

    // Hosted messaging
    void hostedOrderParsesServerSample();
    void hostedOrderRoundTrip();
    void hostedOrderStatusTexts();
    void hostedOrderUnknownStatus();
    void hostedNumberStatusHelpers();
    void hostedRequestBodies();
    void hostedRequestRoundTrips();
    void eligibilityResults();
    void eligibilityLabelsCoverEverySdkValue();
    void verificationCodeResults();
    void codeValidationResult();
    void messagingHostedNumber();
    void messagingHostedNumberUpdate();

    // URL domains
    void urlDomain();

    // QVariant
    void typesTravelInQVariant();
};

// --- JsonRead / JsonWrite --------------------------------------------------------------------

void TestDomain::readsDateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime base = utc(2024, 5, 1, 10, 15, 30);
    QTest::newRow("Z") << u"2024-05-01T10:15:30Z"_s << base;
    QTest::newRow("ms Z") << u"2024-05-01T10:15:30.123Z"_s << base.addMSecs(123);
    QTest::newRow("microseconds") << u"2024-05-01T10:15:30.123456Z"_s << base.addMSecs(123);
    QTest::newRow("offset") << u"2024-05-01T12:15:30+02:00"_s << base;
    QTest::newRow("no zone is UTC") << u"2024-05-01T10:15:30"_s << base;
    QTest::newRow("space separator") << u"2024-05-01 10:15:30Z"_s << base;
    QTest::newRow("surrounding blanks") << u"  2024-05-01T10:15:30Z "_s << base;
    QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
    QTest::newRow("month 13") << u"2024-13-01T10:15:30Z"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("too long") << (u"2024-05-01T10:15:30Z"_s + QString(100, u' ') + u'x')
                              << QDateTime();
}

void TestDomain::readsDateTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = JsonRead::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }
    QCOMPARE(JsonRead::dateTime(QJsonObject{{u"t"_s, text}}, u"t").isValid(), expected.isValid());
}

void TestDomain::dateTimeIsWrittenAsUtcWithMilliseconds()
{
    const QDateTime local(QDate(2024, 5, 1), QTime(12, 0, 0, 5), Qt::OffsetFromUTC, 7200);
    QCOMPARE(JsonWrite::formatDateTime(local), u"2024-05-01T10:00:00.005Z"_s);
    QJsonObject object;
    JsonWrite::insertDateTime(object, u"t"_s, QDateTime());
    QVERIFY(object.isEmpty());
}

void TestDomain::integerRejectsFractionsAndWrongTypes()
{
    const QJsonObject object = parseObject(
        R"({"whole": 42, "fraction": 1.5, "text": "42", "huge": 1e30, "negative": -7})");
    QCOMPARE(JsonRead::integer(object, u"whole"), 42);
    QCOMPARE(JsonRead::integer(object, u"negative"), -7);
    QCOMPARE(JsonRead::integer(object, u"fraction", -1), -1);
    QCOMPARE(JsonRead::integer(object, u"text", -1), -1);
    QCOMPARE(JsonRead::integer(object, u"huge", -1), -1);
    QCOMPARE(JsonRead::integer(object, u"missing", -1), -1);
    QCOMPARE(JsonRead::number(object, u"fraction"), 1.5);
    QCOMPARE(JsonRead::boolean(object, u"whole", true), true); // a number is not a boolean
    QCOMPARE(JsonRead::string(object, u"whole"), QString());
}

void TestDomain::wrappedStringListAcceptsObjectsAndStrings()
{
    const QJsonObject object = parseObject(
        R"({"list": [{"url": "a"}, "b", {"url": 3}, {"other": "c"}, null, 7, [], {"url": "d"}]})");
    QCOMPARE(JsonRead::wrappedStringList(object, u"list", u"url"),
             QStringList({u"a"_s, u"b"_s, u"d"_s}));
    QCOMPARE(JsonRead::stringList(object, u"list"), QStringList({u"b"_s}));
    QCOMPARE(JsonRead::objectArray(object, u"list").size(), 4);
    QCOMPARE(JsonRead::wrappedStringList(QJsonObject{{u"list"_s, u"text"_s}}, u"list", u"url"),
             QStringList());
}

void TestDomain::patchStringReadsThreeStates()
{
    const QJsonObject object = parseObject(R"({"set": "x", "clear": null, "wrong": 5})");
    QCOMPARE(JsonRead::patchString(object, u"set"), PatchString::set(u"x"_s));
    QCOMPARE(JsonRead::patchString(object, u"clear"), PatchString::clear());
    QCOMPARE(JsonRead::patchString(object, u"wrong"), PatchString::keep());
    QCOMPARE(JsonRead::patchString(object, u"absent"), PatchString::keep());
}

// --- Toll-free verification ------------------------------------------------------------------

void TestDomain::tfvParsesServerSample()
{
    const QJsonObject json = parseObject(tfvServerSample);
    const TollFreeVerificationRequest request = TollFreeVerificationRequest::fromJson(json);

    QCOMPARE(request.id, u"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"_s);
    QCOMPARE(request.verificationRequestId, u"vr-0042"_s);
    QCOMPARE(request.status(), TfvStatus::WaitingForCustomer);
    QCOMPARE(request.reason, u"Opt-in screenshot does not show the consent text"_s);
    QCOMPARE(request.createdAt, utc(2024, 5, 1, 10, 15, 30, 123));
    QCOMPARE(request.updatedAt, utc(2024, 5, 3, 8, 0, 0));
    QCOMPARE(request.businessName, u"Telnyx LLC"_s);
    QCOMPARE(request.corporateWebsite, u"http://example.com"_s);
    QCOMPARE(request.businessAddr1, u"600 Congress Avenue"_s);
    QCOMPARE(request.businessCity, u"Austin"_s);
    QCOMPARE(request.businessState, u"Texas"_s);
    QCOMPARE(request.businessZip, u"78701"_s);
    QCOMPARE(request.businessContactFirstName, u"John"_s);
    QCOMPARE(request.businessContactLastName, u"Doe"_s);
    QCOMPARE(request.businessContactEmail, u"email@example.com"_s);
    QCOMPARE(request.businessContactPhone, u"+18005550100"_s);
    QCOMPARE(request.messageVolume, u"100,000"_s);
    QCOMPARE(request.phoneNumbers, QStringList({u"+18773554398"_s, u"+18773554399"_s}));
    QCOMPARE(request.useCase, u"2FA"_s);
    QCOMPARE(request.useCaseSummary, u"2FA codes for portal sign-in"_s);
    QCOMPARE(request.productionMessageContent, u"Your Telnyx OTP is XXXX"_s);
    QCOMPARE(request.optInWorkflow, u"User opts in on the portal"_s);
    QCOMPARE(request.optInWorkflowImageURLs,
             QStringList(
                 {u"https://telnyx.com/sign-up"_s, u"https://telnyx.com/company/data-privacy"_s}));
    QCOMPARE(request.additionalInformation, u"none"_s);
    QCOMPARE(request.ageGatedContent, std::optional<bool>(false));
    QCOMPARE(request.businessAddr2, std::optional<QString>(u"14th Floor"_s));
    QCOMPARE(request.businessRegistrationCountry, std::optional<QString>(u"US"_s));
    QCOMPARE(request.businessRegistrationNumber, std::optional<QString>(u"12-3456789"_s));
    QCOMPARE(request.businessRegistrationType, std::optional<QString>(u"EIN"_s));
    QVERIFY(!request.campaignVerifyAuthorizationToken.has_value()); // null on the wire
    QCOMPARE(request.doingBusinessAs, std::optional<QString>(u"Telnyx"_s));
    QCOMPARE(request.entityType, std::optional<QString>(u"PRIVATE_PROFIT"_s));
    QCOMPARE(tfvEntityTypeFromString(*request.entityType), TfvEntityType::PrivateProfit);
    QCOMPARE(request.helpMessageResponse, std::optional<QString>(u"Reply STOP to opt out"_s));
    QCOMPARE(request.isvReseller, std::optional<QString>(u"Acme ISV"_s));
    QCOMPARE(request.optInConfirmationResponse, std::optional<QString>(u"You are subscribed"_s));
    QCOMPARE(request.optInKeywords, std::optional<QString>(u"START, YES"_s));
    QCOMPARE(request.privacyPolicyURL, std::optional<QString>(u"https://example.com/privacy"_s));
    QCOMPARE(request.termsAndConditionURL, std::optional<QString>(u"https://example.com/terms"_s));
    QCOMPARE(request.webhookUrl, std::optional<QString>(u"https://example.com/hooks/tfv"_s));

    // The untouched original is kept, unknown fields included.
    QCOMPARE(request.raw, json);
    QVERIFY(request.raw.value(u"someFutureField").isObject());
}

void TestDomain::tfvToJsonIsTheRequestBody()
{
    const TollFreeVerificationRequest request =
        TollFreeVerificationRequest::fromJson(parseObject(tfvServerSample));
    const QJsonObject body = request.toJson();

    // Server-side fields are never sent back.
    for (const char *key : {"id", "verificationRequestId", "verificationStatus", "reason",
                            "createdAt", "updatedAt", "someFutureField"}) {
        QVERIFY2(!body.contains(QLatin1StringView(key)), key);
    }
    // The list wrappers are the SDK's shapes exactly.
    QCOMPARE(body.value(u"phoneNumbers").toArray(),
             parseObject(R"({"a": [{"phoneNumber": "+18773554398"},
                                   {"phoneNumber": "+18773554399"}]})")
                 .value(u"a")
                 .toArray());
    QCOMPARE(body.value(u"optInWorkflowImageURLs").toArray().at(0).toObject(),
             QJsonObject({{u"url"_s, u"https://telnyx.com/sign-up"_s}}));
    QCOMPARE(body.value(u"messageVolume").toString(), u"100,000"_s);
    QCOMPARE(body.value(u"ageGatedContent"), QJsonValue(false));
    QVERIFY(!body.contains(u"campaignVerifyAuthorizationToken")); // was null: not sent
    QCOMPARE(body.size(), 18 + 14);
}

void TestDomain::tfvToJsonLeavesOutUnsetOptionals()
{
    TollFreeVerificationRequest form = completeForm();
    form.ageGatedContent.reset();
    form.businessAddr2.reset();
    form.businessRegistrationCountry.reset();
    form.businessRegistrationNumber.reset();
    form.businessRegistrationType.reset();
    form.campaignVerifyAuthorizationToken.reset();
    form.doingBusinessAs.reset();
    form.entityType.reset();
    form.helpMessageResponse.reset();
    form.isvReseller.reset();
    form.optInConfirmationResponse.reset();
    form.optInKeywords.reset();
    form.privacyPolicyURL.reset();
    form.termsAndConditionURL.reset();
    form.webhookUrl.reset();

    QStringList keys = form.toJson().keys();
    QStringList required = TollFreeVerificationRequest::requiredFieldNames();
    keys.sort();
    required.sort();
    QCOMPARE(keys, required);

    // Required fields are sent even when empty, so the server reports them as missing.
    const QJsonObject empty = TollFreeVerificationRequest().toJson();
    QCOMPARE(empty.size(), 18);
    QCOMPARE(empty.value(u"businessName"), QJsonValue(u""_s));
    QCOMPARE(empty.value(u"phoneNumbers"), QJsonValue(QJsonArray()));
}

void TestDomain::tfvRoundTrip()
{
    const TollFreeVerificationRequest form = completeForm();
    const QJsonObject body = form.toJson();
    QCOMPARE(body.size(), 33);
    QCOMPARE(body.value(u"doingBusinessAs"), QJsonValue(u""_s));

    const TollFreeVerificationRequest back = TollFreeVerificationRequest::fromJson(body);
    QVERIFY2(back == form, compact(back.toJson()).constData());
    QCOMPARE(back.raw, body);

    // Changing any one field breaks equality: the operator really compares fields.
    TollFreeVerificationRequest changed = back;
    changed.webhookUrl = u"https://example.com/other"_s;
    QVERIFY(!(changed == form));
    changed = back;
    changed.doingBusinessAs.reset();
    QVERIFY(!(changed == form));
}

void TestDomain::tfvNullAndEmptyOptionalsStayDistinct()
{
    const TollFreeVerificationRequest request = TollFreeVerificationRequest::fromJson(
        parseObject(R"({"isvReseller": null, "optInKeywords": "", "businessAddr2": 7})"));
    QVERIFY(!request.isvReseller.has_value());
    QVERIFY(request.optInKeywords.has_value());
    QCOMPARE(*request.optInKeywords, u""_s);
    QVERIFY(!request.businessAddr2.has_value()); // wrong type: treated as not given
    QVERIFY(!request.webhookUrl.has_value());    // absent
    const QJsonObject body = request.toJson();
    QVERIFY(!body.contains(u"isvReseller"));
    QVERIFY(body.contains(u"optInKeywords"));
    QVERIFY(!body.contains(u"businessAddr2"));
}

void TestDomain::tfvFieldNameLists()
{
    const QStringList required = TollFreeVerificationRequest::requiredFieldNames();
    const QStringList optional = TollFreeVerificationRequest::optionalFieldNames();
    QCOMPARE(required.size(), 18);
    QCOMPARE(optional.size(), 15);
    QCOMPARE(QSet<QString>(required.begin(), required.end()).size(), 18);
    for (const QString &name : optional) {
        QVERIFY2(!required.contains(name), qPrintable(name));
    }
    QVERIFY(required.contains(u"optInWorkflowImageURLs"_s));
    QVERIFY(optional.contains(u"campaignVerifyAuthorizationToken"_s));

    // Every name is what toJson writes for a fully filled form.
    QStringList all = required + optional;
    all.sort();
    QStringList written = completeForm().toJson().keys();
    written.sort();
    QCOMPARE(written, all);
}

void TestDomain::tfvStatusHelpers_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<TfvStatus>("status");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<bool>("deletable");

    QTest::newRow("in progress") << u"In Progress"_s << TfvStatus::InProgress << true << false
                                 << false;
    QTest::newRow("vendor") << u"Waiting For Vendor"_s << TfvStatus::WaitingForVendor << true
                            << false << false;
    QTest::newRow("customer") << u"Waiting For Customer"_s << TfvStatus::WaitingForCustomer << true
                              << true << false;
    QTest::newRow("telnyx") << u"Waiting For Telnyx"_s << TfvStatus::WaitingForTelnyx << true
                            << false << false;
    QTest::newRow("verified") << u"Verified"_s << TfvStatus::Verified << false << false << false;
    QTest::newRow("rejected") << u"Rejected"_s << TfvStatus::Rejected << false << true << true;
    QTest::newRow("lower case") << u"rejected"_s << TfvStatus::Rejected << false << true << true;
    QTest::newRow("unknown") << u"Escalated"_s << TfvStatus::Unknown << true << false << false;
    QTest::newRow("empty") << QString() << TfvStatus::Unknown << true << false << false;
}

void TestDomain::tfvStatusHelpers()
{
    QFETCH(QString, wire);
    QFETCH(TfvStatus, status);
    QFETCH(bool, open);
    QFETCH(bool, editable);
    QFETCH(bool, deletable);

    QCOMPARE(tfvStatusFromString(wire), status);
    QCOMPARE(isOpen(status), open);
    QCOMPARE(canEdit(status), editable);
    QCOMPARE(canDelete(status), deletable);
    QVERIFY(!tfvStatusLabel(status).isEmpty());
    QVERIFY(!tfvStatusExplanation(status).isEmpty());
    if (status != TfvStatus::Unknown) {
        QCOMPARE(tfvStatusToString(status).compare(wire, Qt::CaseInsensitive), 0);
    }
}

void TestDomain::tfvUnknownStatusKeepsText()
{
    const TollFreeVerificationRequest request = TollFreeVerificationRequest::fromJson(
        parseObject(R"({"verificationStatus": "Escalated To Carrier"})"));
    QCOMPARE(request.status(), TfvStatus::Unknown);
    QCOMPARE(request.verificationStatus, u"Escalated To Carrier"_s);
    QCOMPARE(tfvStatusLabel(request.verificationStatus), u"Escalated To Carrier"_s);
    QCOMPARE(tfvStatusLabel(u"Waiting For Customer"_s),
             tfvStatusLabel(TfvStatus::WaitingForCustomer));
    QCOMPARE(tfvStatusToString(TfvStatus::Unknown), QString());
    QVERIFY(!tfvStatusLabel(QString()).isEmpty());

    // A hostile status cannot blow up a table cell.
    QVERIFY(tfvStatusLabel(QString(100000, u'x')).size() <= 64);

    const QStringList statuses = tfvStatuses();
    QCOMPARE(statuses.size(), 6);
    for (const QString &wire : statuses) {
        QVERIFY(tfvStatusFromString(wire) != TfvStatus::Unknown);
    }
}

void TestDomain::tfvEntityTypeHelpers()
{
    QCOMPARE(tfvEntityTypes(), QStringList({u"SOLE_PROPRIETOR"_s, u"PRIVATE_PROFIT"_s,
                                            u"PUBLIC_PROFIT"_s, u"NON_PROFIT"_s, u"GOVERNMENT"_s}));
    QSet<QString> labels;
    for (const QString &wire : tfvEntityTypes()) {
        const TfvEntityType type = tfvEntityTypeFromString(wire);
        QVERIFY(type != TfvEntityType::Unknown);
        QCOMPARE(tfvEntityTypeToString(type), wire);
        labels.insert(tfvEntityTypeLabel(type));
    }
    QCOMPARE(labels.size(), 5);
    QCOMPARE(tfvEntityTypeFromString(u"LLC"_s), TfvEntityType::Unknown);
    QCOMPARE(tfvEntityTypeLabel(u"LLC"_s), u"LLC"_s);
}

void TestDomain::tfvChoiceLists()
{
    const QStringList useCases = tfvUseCases();
    QCOMPARE(useCases.size(), 43);
    QCOMPARE(QSet<QString>(useCases.begin(), useCases.end()).size(), 43);
    QCOMPARE(useCases.first(), u"2FA"_s);
    QVERIFY(useCases.contains(u"Courier Services & Deliveries"_s));
    QVERIFY(useCases.contains(u"Political"_s));
    QCOMPARE(useCases.last(), u"Workshop Alerts"_s);

    QCOMPARE(tfvMessageVolumes(),
             QStringList({u"10"_s, u"100"_s, u"1,000"_s, u"10,000"_s, u"100,000"_s, u"250,000"_s,
                          u"500,000"_s, u"750,000"_s, u"1,000,000"_s, u"5,000,000"_s,
                          u"10,000,000+"_s}));

    const QStringList states = usStateNames();
    const QStringList provinces = canadianProvinceNames();
    QCOMPARE(states.size(), 56); // 50 states, DC, five inhabited territories
    QCOMPARE(provinces.size(), 13);
    QVERIFY(states.contains(u"Texas"_s));
    QVERIFY(states.contains(u"District of Columbia"_s));
    QVERIFY(!states.contains(u"TX"_s));
    QVERIFY(provinces.contains(u"Quebec"_s));
    QVERIFY(provinces.contains(u"Newfoundland and Labrador"_s));
    const QStringList both = stateAndProvinceNames();
    QCOMPARE(both.size(), 69);
    QCOMPARE(QSet<QString>(both.begin(), both.end()).size(), 69);
}

void TestDomain::tfvStatusChange()
{
    const QJsonObject json = parseObject(
        R"({"verificationStatus": "Rejected", "reason": null, "updatedAt": "2024-06-01T00:00:00Z"})");
    const TfvStatusChange change = TfvStatusChange::fromJson(json);
    QCOMPARE(change.status(), TfvStatus::Rejected);
    QVERIFY(change.reason.isNull());
    QCOMPARE(change.updatedAt, utc(2024, 6, 1, 0, 0, 0));
    QCOMPARE(change.raw, json);
    QCOMPARE(change.toJson().value(u"reason"), QJsonValue(QJsonValue::Null));
    QCOMPARE(TfvStatusChange::fromJson(change.toJson()), change);

    TfvStatusChange withReason = change;
    withReason.reason = u"Missing opt-in proof"_s;
    QCOMPARE(TfvStatusChange::fromJson(withReason.toJson()), withReason);
    QVERIFY(!(withReason == change));
}

// --- Hosted messaging ------------------------------------------------------------------------

namespace {
const QByteArray hostedOrderSample = R"({
  "id": "6c9e2a8e-3b0f-4a47-9a0e-0d8a6f3e5c11",
  "messaging_profile_id": null,
  "record_type": "messaging_hosted_number_order",
  "status": "loa_file_invalid",
  "phone_numbers": [
    {"id": "n-1", "phone_number": "+13125550001", "record_type": "messaging_hosted_number",
     "status": "pending"},
    {"id": "n-2", "phone_number": "+13125550002", "record_type": "messaging_hosted_number",
     "status": "failed_ownership_verification"},
    "not an object",
    null
  ],
  "created_at": "2024-02-02T02:02:02Z"
})";
} // namespace

void TestDomain::hostedOrderParsesServerSample()
{
    const QJsonObject json = parseObject(hostedOrderSample);
    const HostedOrder order = HostedOrder::fromJson(json);
    QCOMPARE(order.id, u"6c9e2a8e-3b0f-4a47-9a0e-0d8a6f3e5c11"_s);
    QVERIFY(!order.messagingProfileId.has_value());
    QCOMPARE(order.recordType, u"messaging_hosted_number_order"_s);
    QCOMPARE(order.statusValue(), HostedOrderStatus::LoaFileInvalid);
    QCOMPARE(order.phoneNumbers.size(), 2); // non-objects skipped
    QCOMPARE(order.phoneNumbers.at(1).phoneNumber, u"+13125550002"_s);
    QCOMPARE(order.phoneNumbers.at(1).statusValue(),
             HostedNumberStatus::FailedOwnershipVerification);
    QCOMPARE(order.phoneNumbers.at(0).raw.value(u"id").toString(), u"n-1"_s);
    QCOMPARE(order.phoneNumberList(), QStringList({u"+13125550001"_s, u"+13125550002"_s}));
    QCOMPARE(order.createdAt, utc(2024, 2, 2, 2, 2, 2));
    QVERIFY(!order.updatedAt.isValid());
    QCOMPARE(order.raw, json);

    const HostedOrder withProfile =
        HostedOrder::fromJson(parseObject(R"({"messaging_profile_id": "prof-1"})"));
    QCOMPARE(withProfile.messagingProfileId, std::optional<QString>(u"prof-1"_s));
}

void TestDomain::hostedOrderRoundTrip()
{
    HostedOrder order;
    order.id = u"order-1"_s;
    order.messagingProfileId = u"profile-1"_s;
    order.recordType = u"messaging_hosted_number_order"_s;
    order.status = u"provisioning"_s;
    order.phoneNumbers = {HostedNumber::fromJson(parseObject(
                              R"({"id": "a", "phone_number": "+13125550001", "status": "pending",
                                  "record_type": "messaging_hosted_number"})")),
                          HostedNumber()};
    order.createdAt = utc(2024, 1, 1, 0, 0, 0, 1);
    order.updatedAt = utc(2024, 1, 2, 0, 0, 0);

    const QJsonObject json = order.toJson();
    QCOMPARE(json.value(u"phone_numbers").toArray().size(), 2);
    QCOMPARE(json.value(u"messaging_profile_id").toString(), u"profile-1"_s);
    QCOMPARE(HostedOrder::fromJson(json), order);

    order.messagingProfileId.reset();
    QCOMPARE(order.toJson().value(u"messaging_profile_id"), QJsonValue(QJsonValue::Null));
    QCOMPARE(HostedOrder::fromJson(order.toJson()), order);

    HostedOrder other = order;
    other.phoneNumbers[0].status = u"successful"_s;
    QVERIFY(!(other == order)); // nested numbers take part in equality
}

void TestDomain::hostedOrderStatusTexts()
{
    const QStringList statuses = hostedOrderStatuses();
    QCOMPARE(statuses.size(), 12);
    QSet<QString> labels;
    for (const char *wire :
         {"carrier_rejected", "compliance_review_failed", "deleted", "failed",
          "incomplete_documentation", "incorrect_billing_information", "ineligible_carrier",
          "loa_file_invalid", "loa_file_successful", "pending", "provisioning", "successful"}) {
        const QString text = QString::fromLatin1(wire);
        QVERIFY2(statuses.contains(text), wire);
        const HostedOrderStatus status = hostedOrderStatusFromString(text);
        QVERIFY2(status != HostedOrderStatus::Unknown, wire);
        QCOMPARE(hostedOrderStatusToString(status), text);
        QVERIFY2(!hostedOrderStatusExplanation(status).isEmpty(), wire);
        QVERIFY2(!hostedOrderStatusNextAction(status).isEmpty(), wire);
        labels.insert(hostedOrderStatusLabel(status));
    }
    QCOMPARE(labels.size(), 12);

    QCOMPARE(hostedOrderStatusExplanation(HostedOrderStatus::LoaFileInvalid) + u' ' +
                 hostedOrderStatusNextAction(HostedOrderStatus::LoaFileInvalid),
             u"The signed LOA was not accepted. Upload a new signed LOA."_s);
    QVERIFY(
        hostedOrderStatusNextAction(HostedOrderStatus::IncompleteDocumentation).contains(u"LOA"_s));

    QVERIFY(hostedOrderNeedsCustomerAction(HostedOrderStatus::LoaFileInvalid));
    QVERIFY(hostedOrderNeedsCustomerAction(HostedOrderStatus::IncompleteDocumentation));
    QVERIFY(!hostedOrderNeedsCustomerAction(HostedOrderStatus::Provisioning));
    QVERIFY(hostedOrderIsFinal(HostedOrderStatus::Successful));
    QVERIFY(hostedOrderIsFinal(HostedOrderStatus::CarrierRejected));
    QVERIFY(!hostedOrderIsFinal(HostedOrderStatus::Pending));
    QVERIFY(!hostedOrderIsFinal(HostedOrderStatus::Unknown));
}

void TestDomain::hostedOrderUnknownStatus()
{
    const HostedOrder order =
        HostedOrder::fromJson(parseObject(R"({"status": "awaiting_port_out"})"));
    QCOMPARE(order.statusValue(), HostedOrderStatus::Unknown);
    QCOMPARE(order.status, u"awaiting_port_out"_s);
    QCOMPARE(hostedOrderStatusLabel(order.status), u"awaiting_port_out"_s);
    QVERIFY(!hostedOrderStatusExplanation(HostedOrderStatus::Unknown).isEmpty());
    QVERIFY(!hostedOrderStatusNextAction(HostedOrderStatus::Unknown).isEmpty());
    QCOMPARE(order.toJson().value(u"status").toString(), u"awaiting_port_out"_s);
}

void TestDomain::hostedNumberStatusHelpers()
{
    const QStringList statuses = hostedNumberStatuses();
    QCOMPARE(statuses.size(), 12);
    QSet<QString> labels;
    for (const QString &wire : statuses) {
        const HostedNumberStatus status = hostedNumberStatusFromString(wire);
        QVERIFY(status != HostedNumberStatus::Unknown);
        QVERIFY(!hostedNumberStatusExplanation(status).isEmpty());
        labels.insert(hostedNumberStatusLabel(status));
    }
    QCOMPARE(labels.size(), 12);
    QVERIFY(statuses.contains(u"failed_number_already_hosted"_s));
    QCOMPARE(hostedNumberStatusLabel(u"failed_mystery"_s), u"failed_mystery"_s);
}

void TestDomain::hostedRequestBodies()
{
    HostedOrderCreateRequest create;
    create.phoneNumbers = {u"+13125550001"_s, u"+13125550002"_s};
    QCOMPARE(compact(create.toJson()),
             QByteArray(R"({"phone_numbers":["+13125550001","+13125550002"]})"));
    create.messagingProfileId = u"prof"_s;
    QCOMPARE(
        compact(create.toJson()),
        QByteArray(
            R"({"messaging_profile_id":"prof","phone_numbers":["+13125550001","+13125550002"]})"));

    QCOMPARE(compact(EligibilityCheckRequest{{u"+13125550001"_s}}.toJson()),
             QByteArray(R"({"phone_numbers":["+13125550001"]})"));

    VerificationCodesRequest codes;
    codes.phoneNumbers = {u"+13125550001"_s};
    QCOMPARE(compact(codes.toJson()),
             QByteArray(R"({"phone_numbers":["+13125550001"],"verification_method":"sms"})"));
    codes.verificationMethod = verificationMethodToString(VerificationMethod::Call);
    QCOMPARE(codes.toJson().value(u"verification_method").toString(), u"call"_s);

    ValidationCodesRequest validation;
    validation.verificationCodes = {{u"+13125550001"_s, u"123456"_s},
                                    {u"+13125550002"_s, u"654321"_s}};
    QCOMPARE(compact(validation.toJson()),
             QByteArray(R"({"verification_codes":[{"code":"123456","phone_number":"+13125550001"},)"
                        R"({"code":"654321","phone_number":"+13125550002"}]})"));

    QCOMPARE(verificationMethods(), QStringList({u"sms"_s, u"call"_s}));
    QCOMPARE(verificationMethodFromString(u"fax"_s), VerificationMethod::Unknown);
    QVERIFY(verificationMethodLabel(VerificationMethod::Sms) !=
            verificationMethodLabel(VerificationMethod::Call));
}

void TestDomain::hostedRequestRoundTrips()
{
    HostedOrderCreateRequest create{u"prof"_s, {u"+13125550001"_s}};
    QCOMPARE(HostedOrderCreateRequest::fromJson(create.toJson()), create);
    create.messagingProfileId.reset();
    QCOMPARE(HostedOrderCreateRequest::fromJson(create.toJson()), create);

    const EligibilityCheckRequest eligibility{{u"+1"_s, u"+2"_s}};
    QCOMPARE(EligibilityCheckRequest::fromJson(eligibility.toJson()), eligibility);

    const VerificationCodesRequest codes{{u"+13125550001"_s}, u"call"_s};
    QCOMPARE(VerificationCodesRequest::fromJson(codes.toJson()), codes);

    const ValidationCodesRequest validation{{{u"+13125550001"_s, u"1"_s}}};
    QCOMPARE(ValidationCodesRequest::fromJson(validation.toJson()), validation);
    QVERIFY(!(ValidationCodesRequest{{{u"+13125550001"_s, u"2"_s}}} == validation));
}

void TestDomain::eligibilityResults()
{
    // The reply is not wrapped in "data".
    const QJsonObject body = parseObject(R"({"phone_numbers": [
        {"phone_number": "+13125550001", "eligible": true, "eligible_status": "ELIGIBLE",
         "detail": "ok"},
        {"phone_number": "+4420", "eligible": false,
         "eligible_status": "NUMBER_IS_NOT_A_US_NUMBER", "detail": "UK number"},
        {"phone_number": "+13125550003", "eligible": "yes",
         "eligible_status": "NUMBER_IS_HAUNTED"}
    ]})");
    const QList<EligibilityResult> results = EligibilityResult::listFromResponse(body);
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).eligible);
    QCOMPARE(results.at(0).status(), EligibilityStatus::Eligible);
    QCOMPARE(results.at(0).detail, u"ok"_s);
    QVERIFY(!results.at(1).eligible);
    QCOMPARE(results.at(1).status(), EligibilityStatus::NumberIsNotAUsNumber);
    QVERIFY(!results.at(2).eligible); // "yes" is not a boolean
    QCOMPARE(results.at(2).status(), EligibilityStatus::Unknown);
    QCOMPARE(eligibilityStatusLabel(results.at(2).eligibleStatus), u"NUMBER_IS_HAUNTED"_s);

    QCOMPARE(EligibilityResult::listFromResponse(EligibilityResult::listToResponse(results)),
             results);
    QCOMPARE(EligibilityResult::listFromResponse(parseObject(R"({"data": []})")).size(), 0);
}

void TestDomain::eligibilityLabelsCoverEverySdkValue()
{
    const QStringList sdkValues = {u"NUMBER_CAN_NOT_BE_REPEATED"_s,
                                   u"NUMBER_CAN_NOT_BE_VALIDATED"_s,
                                   u"NUMBER_CAN_NOT_BE_WIRELESS"_s,
                                   u"NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT"_s,
                                   u"NUMBER_CAN_NOT_HOSTED_WITH_A_TELNYX_SUBSCRIBER"_s,
                                   u"NUMBER_CAN_NOT_BE_IN_TELNYX"_s,
                                   u"NUMBER_IS_NOT_A_US_NUMBER"_s,
                                   u"NUMBER_IS_NOT_A_VALID_ROUTING_NUMBER"_s,
                                   u"NUMBER_IS_NOT_IN_E164_FORMAT"_s,
                                   u"BILLING_ACCOUNT_CHECK_FAILED"_s,
                                   u"BILLING_ACCOUNT_IS_ABOLISHED"_s,
                                   u"ELIGIBLE"_s};
    QSet<QString> labels;
    for (const QString &wire : sdkValues) {
        const EligibilityStatus status = eligibilityStatusFromString(wire);
        QVERIFY2(status != EligibilityStatus::Unknown, qPrintable(wire));
        QCOMPARE(eligibilityStatusToString(status), wire);
        const QString label = eligibilityStatusLabel(status);
        QVERIFY(!label.isEmpty());
        QVERIFY2(label != wire, qPrintable(wire)); // readable, not the code
        labels.insert(label);
    }
    QCOMPARE(labels.size(), sdkValues.size());
    QCOMPARE(eligibilityStatuses().size(), sdkValues.size());
}

void TestDomain::verificationCodeResults()
{
    const QJsonObject body = parseObject(R"({"data": [
        {"phone_number": "+13125550001", "type": "sms", "verification_code_id": "vc-1"},
        {"phone_number": "+13125550002", "error": "Number is not in the order"}
    ]})");
    const QList<VerificationCodeResult> results = VerificationCodeResult::listFromResponse(body);
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).succeeded());
    QCOMPARE(results.at(0).type, u"sms"_s);
    QCOMPARE(results.at(0).verificationCodeId, u"vc-1"_s);
    QVERIFY(!results.at(1).succeeded());
    QCOMPARE(results.at(1).error, u"Number is not in the order"_s);
    for (const VerificationCodeResult &result : results) {
        QCOMPARE(VerificationCodeResult::fromJson(result.toJson()), result);
    }
}

void TestDomain::codeValidationResult()
{
    const QJsonObject json = parseObject(R"({"order_id": "order-9", "phone_numbers": [
        {"phone_number": "+13125550001", "status": "verified"},
        {"phone_number": "+13125550002", "status": "rejected"},
        {"phone_number": "+13125550003", "status": "already_verified"},
        {"phone_number": "+13125550004", "status": "expired"}
    ]})");
    const CodeValidationResult result = CodeValidationResult::fromJson(json);
    QCOMPARE(result.orderId, u"order-9"_s);
    QCOMPARE(result.numbers.size(), 4);
    QCOMPARE(result.numbers.at(0).statusValue(), CodeValidationStatus::Verified);
    QCOMPARE(result.numbers.at(1).statusValue(), CodeValidationStatus::Rejected);
    QCOMPARE(result.numbers.at(2).statusValue(), CodeValidationStatus::AlreadyVerified);
    QCOMPARE(result.numbers.at(3).statusValue(), CodeValidationStatus::Unknown);
    QCOMPARE(codeValidationStatusLabel(result.numbers.at(3).status), u"expired"_s);
    QCOMPARE(codeValidationStatusToString(CodeValidationStatus::AlreadyVerified),
             u"already_verified"_s);
    QCOMPARE(result.raw, json);
    QCOMPARE(CodeValidationResult::fromJson(result.toJson()), result);
}

void TestDomain::messagingHostedNumber()
{
    const QJsonObject json = parseObject(R"({
        "id": "hn-1", "country_code": "US", "created_at": "2024-03-03T03:03:03.300Z",
        "eligible_messaging_products": ["A2P", "P2P"],
        "features": {"sms": {"domestic_two_way": true, "international_inbound": false,
                             "international_outbound": true}, "mms": null},
        "health": {"inbound_outbound_ratio": 0.5, "message_count": 120, "spam_ratio": 0.01,
                   "success_ratio": 0.98},
        "messaging_product": "A2P", "messaging_profile_id": null, "organization_id": "org-1",
        "phone_number": "+13125550001", "record_type": "messaging_phone_number",
        "tags": ["hosted", 5], "traffic_type": "A2P", "type": "long-code",
        "updated_at": "2024-03-04T00:00:00Z"})");
    const MessagingHostedNumber number = MessagingHostedNumber::fromJson(json);
    QCOMPARE(number.id, u"hn-1"_s);
    QCOMPARE(number.countryCode, u"US"_s);
    QCOMPARE(number.createdAt, utc(2024, 3, 3, 3, 3, 3, 300));
    QCOMPARE(number.eligibleMessagingProducts, QStringList({u"A2P"_s, u"P2P"_s}));
    QVERIFY(number.smsFeatures.has_value());
    QVERIFY(number.smsFeatures->domesticTwoWay);
    QVERIFY(!number.smsFeatures->internationalInbound);
    QVERIFY(number.smsFeatures->internationalOutbound);
    QVERIFY(!number.mmsFeatures.has_value());
    QVERIFY(number.health.has_value());
    QCOMPARE(number.health->messageCount, 120);
    QCOMPARE(number.health->successRatio, 0.98);
    QVERIFY(!number.messagingProfileId.has_value());
    QCOMPARE(number.tags, QStringList({u"hosted"_s}));
    QCOMPARE(number.type, u"long-code"_s);
    QCOMPARE(number.raw, json);
    QCOMPARE(MessagingHostedNumber::fromJson(number.toJson()), number);

    MessagingHostedNumber bare;
    bare.phoneNumber = u"+13125550009"_s;
    QCOMPARE(MessagingHostedNumber::fromJson(bare.toJson()), bare);
}

void TestDomain::messagingHostedNumberUpdate()
{
    MessagingHostedNumberUpdate update;
    QCOMPARE(update.toJson(), QJsonObject());
    update.messagingProfileId = u""_s; // unassign
    QCOMPARE(compact(update.toJson()), QByteArray(R"({"messaging_profile_id":""})"));
    update.tags = QStringList{u"a"_s};
    update.messagingProduct = u"P2P"_s;
    QCOMPARE(MessagingHostedNumberUpdate::fromJson(update.toJson()), update);
    const MessagingHostedNumberUpdate nulls = MessagingHostedNumberUpdate::fromJson(
        parseObject(R"({"messaging_profile_id": null, "tags": "x"})"));
    QVERIFY(!nulls.messagingProfileId.has_value());
    QVERIFY(!nulls.tags.has_value());
}

// --- URL domains -----------------------------------------------------------------------------

void TestDomain::urlDomain()
{
    const QJsonObject json = parseObject(R"({"id": "ud-1", "record_type": "messaging_url_domain",
        "url_domain": "acme.link", "use_case": "marketing", "extra": true})");
    const UrlDomain domain = UrlDomain::fromJson(json);
    QCOMPARE(domain.id, u"ud-1"_s);
    QCOMPARE(domain.recordType, u"messaging_url_domain"_s);
    QCOMPARE(domain.urlDomain, u"acme.link"_s);
    QCOMPARE(domain.useCase, u"marketing"_s);
    QCOMPARE(domain.raw, json);
    QCOMPARE(UrlDomain::fromJson(domain.toJson()), domain);
    QVERIFY(!domain.toJson().contains(u"extra"));
}

// --- QVariant --------------------------------------------------------------------------------

void TestDomain::typesTravelInQVariant()
{
    const TollFreeVerificationRequest form = completeForm();
    const QVariant variant = QVariant::fromValue(form);
    QVERIFY(variant.canConvert<TollFreeVerificationRequest>());
    QCOMPARE(variant.value<TollFreeVerificationRequest>(), form);

    const HostedOrder order = HostedOrder::fromJson(parseObject(hostedOrderSample));
    QCOMPARE(QVariant::fromValue(order).value<HostedOrder>(), order);
    QCOMPARE(QVariant::fromValue(QList<HostedOrder>{order}).value<QList<HostedOrder>>().size(), 1);
    QCOMPARE(QVariant::fromValue(TfvStatus::Rejected).value<TfvStatus>(), TfvStatus::Rejected);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
