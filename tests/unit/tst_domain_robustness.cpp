// Malformed server JSON must never crash a fromJson, and a value of the wrong type must read
// exactly as if the key were missing. Every domain type is fed a realistic sample in which
// each value, at every depth, is replaced in turn by garbage; plus nulls, removed keys,
// 10 MB strings and deep nesting.

#include "domain/hosted.h"
#include "domain/rcs.h"
#include "domain/rcsmessage.h"
#include "domain/tollfree.h"
#include "domain/urldomain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <variant>

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

// --- Paths into a JSON tree ------------------------------------------------------------------

using Step = std::variant<QString, qsizetype>;
using Path = QList<Step>;

QString describe(const Path &path)
{
    QString text;
    for (const Step &step : path) {
        if (const QString *key = std::get_if<QString>(&step)) {
            text += u'/' + *key;
        } else {
            text += u'[' + QString::number(std::get<qsizetype>(step)) + u']';
        }
    }
    return text;
}

void collectPaths(const QJsonValue &value, const Path &prefix, QList<Path> &paths)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            Path path = prefix;
            path.append(it.key());
            paths.append(path);
            collectPaths(it.value(), path, paths);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Path path = prefix;
            path.append(i);
            paths.append(path);
            collectPaths(array.at(i), path, paths);
        }
    }
}

QJsonValue valueAt(const QJsonValue &root, const Path &path)
{
    QJsonValue current = root;
    for (const Step &step : path) {
        if (const QString *key = std::get_if<QString>(&step)) {
            current = current.toObject().value(*key);
        } else {
            current = current.toArray().at(std::get<qsizetype>(step));
        }
    }
    return current;
}

// Returns root with the value at path replaced, or removed when replacement is nullopt.
QJsonValue edited(const QJsonValue &root, const Path &path, qsizetype depth,
                  const std::optional<QJsonValue> &replacement)
{
    const Step &step = path.at(depth);
    const bool last = depth == path.size() - 1;
    if (const QString *key = std::get_if<QString>(&step)) {
        QJsonObject object = root.toObject();
        if (last && !replacement) {
            object.remove(*key);
        } else {
            object.insert(*key, last ? *replacement
                                     : edited(object.value(*key), path, depth + 1, replacement));
        }
        return object;
    }
    const qsizetype index = std::get<qsizetype>(step);
    QJsonArray array = root.toArray();
    if (last && !replacement) {
        array.removeAt(index);
    } else {
        array.replace(index,
                      last ? *replacement : edited(array.at(index), path, depth + 1, replacement));
    }
    return array;
}

QJsonObject editedObject(const QJsonObject &root, const Path &path,
                         const std::optional<QJsonValue> &replacement)
{
    return edited(root, path, 0, replacement).toObject();
}

// --- The types under test --------------------------------------------------------------------

struct Subject
{
    QString name;
    QJsonObject sample;
    // Parses, serialises and asks every helper of the parsed value: must not crash.
    std::function<void(const QJsonObject &)> exercise;
    // Do two inputs read as the same value?
    std::function<bool(const QJsonObject &, const QJsonObject &)> sameValue;
    // JSON null carries a meaning of its own (PATCH "clear") instead of "not given".
    bool nullIsMeaningful = false;
};

template<typename T>
Subject subject(const QString &name, const QJsonObject &sample,
                std::function<void(const T &)> inspect = {})
{
    Subject s;
    s.name = name;
    s.sample = sample;
    s.exercise = [inspect](const QJsonObject &object) {
        const T value = T::fromJson(object);
        const QJsonObject written = value.toJson();
        const T again = T::fromJson(written);
        if (inspect) {
            inspect(again);
        }
    };
    s.sameValue = [](const QJsonObject &a, const QJsonObject &b) {
        return T::fromJson(a) == T::fromJson(b);
    };
    return s;
}

template<typename T> Subject listSubject(const QString &name, const QJsonObject &sample)
{
    Subject s;
    s.name = name;
    s.sample = sample;
    s.exercise = [](const QJsonObject &object) {
        const QList<T> values = T::listFromResponse(object);
        for (const T &value : values) {
            (void)value.toJson();
        }
    };
    s.sameValue = [](const QJsonObject &a, const QJsonObject &b) {
        return T::listFromResponse(a) == T::listFromResponse(b);
    };
    return s;
}

// URLs in the raw-string JSON fixtures are written "https:\/\/..." (JSON's escaped slash):
// moc reads a literal "//" inside a raw string as a comment and then misses the test class.
const QByteArray tfvSample = R"({
  "id": "182bd5e5", "verificationRequestId": "vr-1", "verificationStatus": "Rejected",
  "reason": "No opt-in", "createdAt": "2024-05-01T10:15:30.123Z",
  "updatedAt": "2024-05-03T08:00:00Z", "businessName": "Telnyx LLC",
  "corporateWebsite": "http:\/\/example.com", "businessAddr1": "600 Congress Avenue",
  "businessAddr2": "Floor 14", "businessCity": "Austin", "businessState": "Texas",
  "businessZip": "78701", "businessContactFirstName": "John", "businessContactLastName": "Doe",
  "businessContactEmail": "email@example.com", "businessContactPhone": "+18005550100",
  "messageVolume": "100,000",
  "phoneNumbers": [{"phoneNumber": "+18773554398"}, {"phoneNumber": "+18773554399"}],
  "useCase": "2FA", "useCaseSummary": "codes", "productionMessageContent": "OTP XXXX",
  "optInWorkflow": "portal", "optInWorkflowImageURLs": [{"url": "https:\/\/telnyx.com/sign-up"}],
  "additionalInformation": "none", "ageGatedContent": true, "businessRegistrationCountry": "US",
  "businessRegistrationNumber": "12-3456789", "businessRegistrationType": "EIN",
  "campaignVerifyAuthorizationToken": "tok", "doingBusinessAs": "Telnyx",
  "entityType": "PRIVATE_PROFIT", "helpMessageResponse": "help", "isvReseller": "isv",
  "optInConfirmationResponse": "ok", "optInKeywords": "START",
  "privacyPolicyURL": "https:\/\/example.com/privacy",
  "termsAndConditionURL": "https:\/\/example.com/terms", "webhookUrl": "https:\/\/example.com/hook"
})";

const QByteArray hostedOrderSample = R"({
  "id": "order-1", "messaging_profile_id": "prof-1", "record_type": "messaging_hosted_number_order",
  "status": "pending", "created_at": "2024-02-02T02:02:02Z", "updated_at": "2024-02-03T00:00:00Z",
  "phone_numbers": [{"id": "n-1", "phone_number": "+13125550001",
                     "record_type": "messaging_hosted_number", "status": "pending"}]
})";

const QByteArray hostedNumberSample = R"({
  "id": "hn-1", "country_code": "US", "created_at": "2024-03-03T03:03:03.300Z",
  "eligible_messaging_products": ["A2P"],
  "features": {"sms": {"domestic_two_way": true, "international_inbound": false,
                       "international_outbound": true},
               "mms": {"domestic_two_way": false, "international_inbound": true,
                       "international_outbound": false}},
  "health": {"inbound_outbound_ratio": 0.5, "message_count": 120, "spam_ratio": 0.01,
             "success_ratio": 0.98},
  "messaging_product": "A2P", "messaging_profile_id": "prof", "organization_id": "org",
  "phone_number": "+13125550001", "record_type": "messaging_phone_number", "tags": ["t"],
  "traffic_type": "A2P", "type": "long-code", "updated_at": "2024-03-04T00:00:00Z"
})";

const QByteArray rcsAgentSample = R"({
  "agent_id": "Agent007", "agent_name": "Acme Bot", "created_at": "2024-01-01T00:00:00Z",
  "enabled": true, "profile_id": "prof", "updated_at": "2024-01-02T00:00:00Z",
  "user_id": "user-1", "webhook_failover_url": "https:\/\/example.com/f",
  "webhook_url": "https:\/\/example.com/rcs"
})";

const QByteArray agentMessageSample = R"({
  "content_message": {
    "text": "Shipped",
    "suggestions": [
      {"reply": {"text": "Thanks", "postback_data": "t"}},
      {"action": {"text": "Call", "postback_data": "c", "fallback_url": "https:\/\/example.com",
                  "dial_action": {"phone_number": "+18005550100"},
                  "open_url_action": {"url": "https:\/\/example.com", "application": "BROWSER",
                                      "webview_view_mode": "FULL", "description": "d"},
                  "view_location_action": {"label": "Depot", "query": "q",
                                           "lat_long": {"latitude": 1.5, "longitude": -2.5}},
                  "share_location_action": {},
                  "create_calendar_event_action": {"title": "T", "description": "D",
                      "start_time": "2024-07-01T09:00:00Z", "end_time": "2024-07-01T10:00:00Z"}}}
    ],
    "rich_card": {
      "standalone_card": {"card_orientation": "VERTICAL", "thumbnail_image_alignment": "LEFT",
        "card_content": {"title": "One", "description": "First",
          "media": {"height": "TALL", "content_info": {"file_url": "https:\/\/example.com/a.png",
                    "force_refresh": false, "thumbnail_url": "https:\/\/example.com/t.png"}},
          "suggestions": [{"reply": {"text": "Buy"}}]}},
      "carousel_card": {"card_width": "SMALL", "card_contents": [
        {"title": "A", "suggestions": [{"action": {"text": "Go",
                         "open_url_action": {"url": "https:\/\/example.com/a",
                         "application": "WEBVIEW", "webview_view_mode": "HALF"}}}]},
        {"title": "B", "media": {"content_info": {"file_url": "https:\/\/example.com/b.png"}}}]}
    },
    "content_info": {"file_url": "https:\/\/example.com/f.pdf", "force_refresh": true}
  },
  "event": {"event_type": "IS_TYPING"},
  "expire_time": "2024-07-02T00:00:00Z",
  "ttl": "60s"
})";

const QByteArray rcsMessageRequestFields = R"({
  "agent_id": "Agent007", "to": "+13125551234", "messaging_profile_id": "prof",
  "sms_fallback": {"from": "+13125550000", "text": "Shipped"},
  "mms_fallback": {"from": "+13125550000", "subject": "S", "text": "T",
                   "media_urls": ["https:\/\/example.com/p.jpg"]},
  "type": "RCS", "webhook_url": "https:\/\/example.com/hook"})";

const QByteArray rcsAgentUpdateSample = R"({"profile_id": "p",
  "webhook_url": "https:\/\/example.com/a", "webhook_failover_url": "https:\/\/example.com/b"})";

QJsonObject rcsMessageRequestSample()
{
    QJsonObject object = parseObject(rcsMessageRequestFields);
    object.insert(u"agent_message"_s, parseObject(agentMessageSample));
    return object;
}

QJsonObject rcsMessageResponseSample()
{
    QJsonObject object = parseObject(R"({
      "id": "msg-1", "direction": "outbound", "encoding": "utf-8",
      "from": {"agent_id": "Agent007", "agent_name": "Acme Bot", "carrier": "Google"},
      "messaging_profile_id": "prof", "organization_id": "org",
      "received_at": "2024-07-01T12:00:00.250Z", "record_type": "message",
      "to": [{"phone_number": "+13125551234", "carrier": "T-Mobile", "line_type": "Wireless",
              "status": "queued"}],
      "type": "RCS", "wait_seconds": 1.5})");
    object.insert(u"body"_s, parseObject(agentMessageSample));
    return object;
}

QList<Subject> allSubjects()
{
    QList<Subject> subjects;
    subjects << subject<TollFreeVerificationRequest>(
        u"TollFreeVerificationRequest"_s, parseObject(tfvSample),
        [](const TollFreeVerificationRequest &r) {
            (void)tfvStatusLabel(r.verificationStatus);
            (void)tfvStatusExplanation(r.status());
            (void)isOpen(r.status());
            (void)tfvEntityTypeLabel(r.entityType.value_or(QString()));
        });
    subjects << subject<TfvStatusChange>(
        u"TfvStatusChange"_s, parseObject(R"({"verificationStatus": "Verified", "reason": "ok",
                        "updatedAt": "2024-06-01T00:00:00Z"})"),
        [](const TfvStatusChange &c) { (void)tfvStatusLabel(c.verificationStatus); });
    subjects << subject<HostedOrder>(u"HostedOrder"_s, parseObject(hostedOrderSample),
                                     [](const HostedOrder &o) {
                                         (void)hostedOrderStatusLabel(o.status);
                                         (void)hostedOrderStatusNextAction(o.statusValue());
                                         for (const HostedNumber &n : o.phoneNumbers) {
                                             (void)hostedNumberStatusLabel(n.status);
                                         }
                                     });
    subjects << subject<HostedNumber>(
        u"HostedNumber"_s,
        parseObject(
            R"({"id": "n", "phone_number": "+1", "record_type": "r", "status": "failed"})"));
    subjects << subject<HostedOrderCreateRequest>(
        u"HostedOrderCreateRequest"_s,
        parseObject(R"({"messaging_profile_id": "p", "phone_numbers": ["+13125550001"]})"));
    subjects << subject<EligibilityCheckRequest>(
        u"EligibilityCheckRequest"_s, parseObject(R"({"phone_numbers": ["+13125550001", "+2"]})"));
    subjects << subject<EligibilityResult>(
        u"EligibilityResult"_s,
        parseObject(R"({"phone_number": "+1", "eligible": true, "eligible_status": "ELIGIBLE",
                        "detail": "d"})"),
        [](const EligibilityResult &r) { (void)eligibilityStatusLabel(r.eligibleStatus); });
    subjects << listSubject<EligibilityResult>(
        u"EligibilityResult list"_s,
        parseObject(R"({"phone_numbers": [{"phone_number": "+1", "eligible": false,
                        "eligible_status": "NUMBER_CAN_NOT_BE_WIRELESS", "detail": "d"}]})"));
    subjects << subject<VerificationCodesRequest>(
        u"VerificationCodesRequest"_s,
        parseObject(R"({"phone_numbers": ["+1"], "verification_method": "call"})"));
    subjects << subject<VerificationCodeResult>(
        u"VerificationCodeResult"_s,
        parseObject(R"({"phone_number": "+1", "type": "sms", "verification_code_id": "v",
                        "error": "e"})"));
    subjects << listSubject<VerificationCodeResult>(
        u"VerificationCodeResult list"_s,
        parseObject(R"({"data": [{"phone_number": "+1", "type": "call"}]})"));
    subjects << subject<ValidationCodesRequest>(
        u"ValidationCodesRequest"_s,
        parseObject(R"({"verification_codes": [{"phone_number": "+1", "code": "123"}]})"));
    subjects << subject<CodeValidationResult>(
        u"CodeValidationResult"_s,
        parseObject(R"({"order_id": "o", "phone_numbers": [{"phone_number": "+1",
                        "status": "already_verified"}]})"),
        [](const CodeValidationResult &r) {
            for (const CodeValidationNumber &n : r.numbers) {
                (void)codeValidationStatusLabel(n.status);
            }
        });
    subjects << subject<MessagingHostedNumber>(u"MessagingHostedNumber"_s,
                                               parseObject(hostedNumberSample));
    subjects << subject<MessagingHostedNumberUpdate>(
        u"MessagingHostedNumberUpdate"_s,
        parseObject(R"({"messaging_product": "P2P", "messaging_profile_id": "",
                        "tags": ["a", "b"]})"));
    subjects << subject<RcsAgent>(u"RcsAgent"_s, parseObject(rcsAgentSample));
    Subject update =
        subject<RcsAgentUpdate>(u"RcsAgentUpdate"_s, parseObject(rcsAgentUpdateSample));
    update.nullIsMeaningful = true;
    subjects << update;
    subjects << subject<RcsCapabilities>(
        u"RcsCapabilities"_s,
        parseObject(R"({"agent_id": "a", "agent_name": "n", "features": ["ACTION_DIAL"],
                        "phone_number": "+1", "record_type": "rcs.capabilities"})"),
        [](const RcsCapabilities &c) {
            for (const QString &feature : c.features) {
                (void)rcsFeatureLabel(feature);
            }
        });
    subjects << listSubject<RcsCapabilities>(
        u"RcsCapabilities list"_s,
        parseObject(R"({"data": [{"agent_id": "a", "features": ["RICHCARD_CAROUSEL"]}]})"));
    subjects << subject<RcsBulkCapabilitiesRequest>(
        u"RcsBulkCapabilitiesRequest"_s,
        parseObject(R"({"agent_id": "a", "phone_numbers": ["+1"]})"));
    subjects << subject<RcsTestNumberInvite>(u"RcsTestNumberInvite"_s,
                                             parseObject(R"({"agent_id": "a", "phone_number": "+1",
                        "record_type": "rcs.test_number_invite", "status": "s"})"));
    subjects << subject<RcsDeeplink>(u"RcsDeeplink"_s, parseObject(R"({"url": "sms:+1"})"));
    subjects << subject<RcsMessageRequest>(
        u"RcsMessageRequest"_s, rcsMessageRequestSample(),
        [](const RcsMessageRequest &r) { (void)r.firstProblem(); });
    subjects << subject<RcsMessageResponse>(u"RcsMessageResponse"_s, rcsMessageResponseSample());
    subjects << subject<UrlDomain>(
        u"UrlDomain"_s,
        parseObject(R"({"id": "u", "record_type": "r", "url_domain": "d", "use_case": "c"})"));
    return subjects;
}

QJsonValue deeplyNested(int depth)
{
    QJsonValue value = u"bottom"_s;
    for (int i = 0; i < depth; ++i) {
        value = (i % 2) ? QJsonValue(QJsonArray{value}) : QJsonValue(QJsonObject{{u"x"_s, value}});
    }
    return value;
}

} // namespace

class TestDomainRobustness : public QObject
{
    Q_OBJECT

private slots:
    void samplesAreRich_data();
    void samplesAreRich();
    void wrongTypeReadsAsMissing_data();
    void wrongTypeReadsAsMissing();
    void nullAndEmptyInputs_data();
    void nullAndEmptyInputs();
    void hugeStrings();
    void wrongTypesGiveDefaults();
    void mutationCheckIsNotVacuous();
};

void TestDomainRobustness::samplesAreRich_data()
{
    QTest::addColumn<int>("index");
    const QList<Subject> subjects = allSubjects();
    for (int i = 0; i < subjects.size(); ++i) {
        QTest::newRow(qPrintable(subjects.at(i).name)) << i;
    }
}

// Each sample must fill its type: parsing it differs from parsing {} (else the mutation
// checks below would compare empty values and prove nothing).
void TestDomainRobustness::samplesAreRich()
{
    QFETCH(int, index);
    const Subject s = allSubjects().at(index);
    QVERIFY(!s.sameValue(s.sample, QJsonObject()));
    // And every top-level key matters: removing it changes the value.
    for (const QString &key : s.sample.keys()) {
        QJsonObject without = s.sample;
        without.remove(key);
        QVERIFY2(!s.sameValue(s.sample, without), qPrintable(s.name + u": " + key));
    }
}

void TestDomainRobustness::wrongTypeReadsAsMissing_data()
{
    samplesAreRich_data();
}

void TestDomainRobustness::wrongTypeReadsAsMissing()
{
    QFETCH(int, index);
    const Subject s = allSubjects().at(index);

    const QList<QJsonValue> garbage = {
        QJsonValue(QJsonValue::Null),
        QJsonValue(true),
        QJsonValue(false),
        QJsonValue(0),
        QJsonValue(-42),
        QJsonValue(1.5),
        QJsonValue(1e308),
        QJsonValue(u""_s),
        QJsonValue(u"garbage \u0000 \u00e9\u4e2d"_s),
        QJsonValue(QJsonArray()),
        QJsonValue(QJsonArray{QJsonValue::Null, 1, u"x"_s, QJsonObject(), QJsonArray()}),
        QJsonValue(QJsonObject()),
        QJsonValue(QJsonObject{{u"unexpected"_s, QJsonObject{{u"deeper"_s, QJsonArray{1}}}}}),
        deeplyNested(400),
    };

    QList<Path> paths;
    collectPaths(s.sample, {}, paths);
    QVERIFY(!paths.isEmpty());
    int compared = 0;
    for (const Path &path : paths) {
        const QJsonValue original = valueAt(s.sample, path);
        const QJsonObject removed = editedObject(s.sample, path, std::nullopt);
        s.exercise(removed);
        for (const QJsonValue &value : garbage) {
            const QJsonObject mutated = editedObject(s.sample, path, value);
            s.exercise(mutated); // never crashes
            if (value.isString() || value.type() == original.type()) {
                continue; // a value of the right type is simply read
            }
            if (value.isNull() && s.nullIsMeaningful) {
                continue;
            }
            ++compared;
            QVERIFY2(
                s.sameValue(mutated, removed),
                qPrintable(
                    s.name + u": " + describe(path) + u" = " +
                    QString::fromUtf8(
                        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).left(80))));
        }
    }
    QVERIFY(compared > 0);
}

void TestDomainRobustness::nullAndEmptyInputs_data()
{
    samplesAreRich_data();
}

void TestDomainRobustness::nullAndEmptyInputs()
{
    QFETCH(int, index);
    const Subject s = allSubjects().at(index);
    s.exercise(QJsonObject());
    s.exercise(QJsonObject{{u"data"_s, s.sample}}); // forgot to unwrap: no crash
    QJsonObject allNull;
    QJsonObject allArrays;
    for (const QString &key : s.sample.keys()) {
        allNull.insert(key, QJsonValue::Null);
        allArrays.insert(key, QJsonArray{deeplyNested(50)});
    }
    s.exercise(allNull);
    s.exercise(allArrays);
    if (!s.nullIsMeaningful) {
        QVERIFY(s.sameValue(allNull, QJsonObject()));
    }
}

void TestDomainRobustness::hugeStrings()
{
    const QString huge(10 * 1024 * 1024, u'x');
    const QString large(64 * 1024, u'y');
    // Every type: its first string field holds 10 MB, every other string field 64 KB.
    for (const Subject &s : allSubjects()) {
        QJsonObject object = s.sample;
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString()) {
                it.value() = first ? huge : large;
                first = false;
            }
        }
        s.exercise(object);
    }

    // A huge value of the right type is kept intact, not cut.
    QJsonObject tfv = parseObject(tfvSample);
    tfv.insert(u"businessName"_s, huge);
    tfv.insert(u"verificationStatus"_s, huge);
    const TollFreeVerificationRequest request = TollFreeVerificationRequest::fromJson(tfv);
    QCOMPARE(request.businessName.size(), huge.size());
    QCOMPARE(request.status(), TfvStatus::Unknown);
    QVERIFY(tfvStatusLabel(request.verificationStatus).size() <= 64);
    QVERIFY(!TollFreeVerificationRequest::fromJson(QJsonObject{{u"createdAt"_s, huge}})
                 .createdAt.isValid());
    QVERIFY(rcsFeatureLabel(huge).size() <= 64);
    // No time limit here (it failed on a loaded machine): quadratic work on 10 MB would take
    // hours, which the test's ctest timeout stops; the speed itself belongs to the benchmarks.
}

void TestDomainRobustness::wrongTypesGiveDefaults()
{
    // Spot checks of what the generic test implies, on the biggest type.
    QJsonObject object;
    for (const QString &key : parseObject(tfvSample).keys()) {
        object.insert(key, 42);
    }
    const TollFreeVerificationRequest request = TollFreeVerificationRequest::fromJson(object);
    QVERIFY(request.businessName.isEmpty());
    QVERIFY(request.phoneNumbers.isEmpty());
    QVERIFY(request.optInWorkflowImageURLs.isEmpty());
    QVERIFY(!request.ageGatedContent.has_value());
    QVERIFY(!request.entityType.has_value());
    QVERIFY(!request.createdAt.isValid());
    QCOMPARE(request.status(), TfvStatus::Unknown);
    QCOMPARE(request.raw, object);

    const HostedOrder order = HostedOrder::fromJson(
        parseObject(R"({"phone_numbers": {"id": "not an array"}, "status": ["pending"]})"));
    QVERIFY(order.phoneNumbers.isEmpty());
    QCOMPARE(order.statusValue(), HostedOrderStatus::Unknown);

    const RcsAgent agent = RcsAgent::fromJson(parseObject(R"({"enabled": "true"})"));
    QVERIFY(!agent.enabled);
}

// Guards the guard: the path editing really edits, so the comparisons above are meaningful.
void TestDomainRobustness::mutationCheckIsNotVacuous()
{
    const QJsonObject sample = parseObject(hostedOrderSample);
    const Path path = {u"phone_numbers"_s, qsizetype(0), u"phone_number"_s};
    QCOMPARE(valueAt(sample, path).toString(), u"+13125550001"_s);
    const QJsonObject mutated = editedObject(sample, path, QJsonValue(u"+19999999999"_s));
    QCOMPARE(HostedOrder::fromJson(mutated).phoneNumbers.at(0).phoneNumber, u"+19999999999"_s);
    QVERIFY(!(HostedOrder::fromJson(mutated) == HostedOrder::fromJson(sample)));
    const QJsonObject removed = editedObject(sample, path, std::nullopt);
    QVERIFY(!valueAt(removed, path).isString());
    QCOMPARE(HostedOrder::fromJson(removed).phoneNumbers.size(), 1);
}

QTEST_GUILESS_MAIN(TestDomainRobustness)
#include "tst_domain_robustness.moc"
