#include "api/hostedapi.h"
#include "api/messagingprofilesapi.h"
#include "api/rcsapi.h"
#include "api/tollfreeapi.h"
#include "api/urldomainsapi.h"
#include "sandboxtestbed.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

// The request-recording check: the recording scenario of tests/conformance (README section
// "Recording scenario", recording.mjs) replayed through the console's typed APIs must reach
// the sandbox as the same requests the official SDK sends: same method, path, query and JSON
// body. The SDK's normalised request log is read from $CONFORMANCE_RECORDING_FILE (written by
// conformance.sdk with CONFORMANCE_RECORDING_OUT); ours is normalised the same way here.

namespace {

constexpr int recordingSeed = 7;
constexpr int recordingRecords = 25;
constexpr int stepCount = 26;

const QString agentId = u"sandbox_demo_agent"_s;
const QString profileId = u"4001f3a1-6c1e-4b7a-9f3e-0c5d2a7b8e91"_s;
const QStringList hostedNumbers{u"+13125550160"_s, u"+13125550161"_s};

// --- The scenario's fixed inputs ------------------------------------------------------------

TollFreeVerificationRequest recordingTollFreeRequest()
{
    TollFreeVerificationRequest request;
    request.businessName = u"Conformance Bakery LLC"_s;
    request.corporateWebsite = u"https://conformance-bakery.example.com"_s;
    request.businessAddr1 = u"600 Congress Avenue"_s;
    request.businessAddr2 = u"Suite 1400"_s;
    request.businessCity = u"Austin"_s;
    request.businessState = u"Texas"_s;
    request.businessZip = u"78701"_s;
    request.businessContactFirstName = u"Ada"_s;
    request.businessContactLastName = u"Lovelace"_s;
    request.businessContactEmail = u"ada@conformance-bakery.example.com"_s;
    request.businessContactPhone = u"+15125550100"_s;
    request.messageVolume = u"1,000"_s;
    request.phoneNumbers = {u"+18885550100"_s};
    request.useCase = u"2FA"_s;
    request.useCaseSummary =
        u"One-time passcodes sent when customers sign in to their bakery account."_s;
    request.productionMessageContent =
        u"Your Conformance Bakery code is 123456. Reply STOP to opt out."_s;
    request.optInWorkflow =
        u"Customers enter their number on the sign-in page and tick an unchecked consent box."_s;
    request.optInWorkflowImageURLs = {u"https://conformance-bakery.example.com/opt-in.png"_s};
    request.additionalInformation = u"Created by the SDK conformance test."_s;
    request.ageGatedContent = false;
    request.businessRegistrationCountry = u"US"_s;
    request.businessRegistrationNumber = u"12-3456789"_s;
    request.businessRegistrationType = u"EIN"_s;
    request.doingBusinessAs = u"Conformance Bakery"_s;
    request.entityType = u"PRIVATE_PROFIT"_s;
    request.helpMessageResponse =
        u"Conformance Bakery: help at conformance-bakery.example.com. Reply STOP to opt out."_s;
    request.isvReseller = u"Conformance Console"_s;
    request.optInConfirmationResponse =
        u"Conformance Bakery: you will get sign-in codes. Reply STOP to opt out."_s;
    request.optInKeywords = u"START"_s;
    request.privacyPolicyURL = u"https://conformance-bakery.example.com/privacy"_s;
    request.termsAndConditionURL = u"https://conformance-bakery.example.com/terms"_s;
    request.webhookUrl = u"https://hooks.conformance-bakery.example.com/tfv"_s;
    return request;
}

// A one-page PDF with a correct cross-reference table (the sandbox only checks "%PDF-").
QByteArray onePagePdf(const QByteArray &title)
{
    const QByteArray stream = "BT /F1 12 Tf 72 720 Td (" + title + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream +
            "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// --- Normalisation, as recording.mjs does it -------------------------------------------------

QString withIds(QString text)
{
    static const QRegularExpression uuid(
        u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s,
        QRegularExpression::CaseInsensitiveOption);
    return text.replace(uuid, u"{id}"_s);
}

// UUIDs inside strings → "{id}", string values of "code" keys → "{code}". Object keys need no
// sorting: a QJsonObject keeps its keys ordered.
QJsonValue canonical(const QJsonValue &value, QStringView key = {})
{
    if (value.isArray()) {
        QJsonArray result;
        for (const QJsonValue &entry : value.toArray())
            result.append(canonical(entry));
        return result;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            result.insert(it.key(), canonical(it.value(), it.key()));
        return result;
    }
    if (value.isString())
        return key == u"code" ? u"{code}"_s : withIds(value.toString());
    return value;
}

using QueryPair = std::pair<QString, QString>;

// Sorted by key, then value. recording.mjs sorts with localeCompare; both sides are sorted
// here by UTF-16 code units, so a collation detail cannot make two equal queries differ.
QJsonArray sortedQuery(QList<QueryPair> pairs)
{
    std::sort(pairs.begin(), pairs.end());
    QJsonArray result;
    for (const auto &[name, value] : std::as_const(pairs))
        result.append(QJsonArray{name, withIds(value)});
    return result;
}

QJsonArray resortedQuery(const QJsonArray &query)
{
    QList<QueryPair> pairs;
    for (const QJsonValue &pair : query)
        pairs.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return sortedQuery(pairs);
}

// The log keeps the decoded query as one string; the scenario has no '&' or '=' in values.
QList<QueryPair> splitLoggedQuery(const QString &query)
{
    QList<QueryPair> pairs;
    if (query.isEmpty())
        return pairs;
    for (const QString &item : query.split(u'&')) {
        const qsizetype at = item.indexOf(u'=');
        pairs.append(at < 0 ? QueryPair{item, QString()}
                            : QueryPair{item.left(at), item.mid(at + 1)});
    }
    return pairs;
}

// How an application/x-www-form-urlencoded parser (most HTTP servers) reads a raw query:
// '+' is a space there, so a literal plus must travel as %2B.
QList<QueryPair> formDecodedQuery(const QString &encodedQuery)
{
    const auto decode = [](QString text) {
        text.replace(u'+', u' ');
        return QUrl::fromPercentEncoding(text.toUtf8());
    };
    QList<QueryPair> pairs;
    if (encodedQuery.isEmpty())
        return pairs;
    for (const QString &item : encodedQuery.split(u'&')) {
        const qsizetype at = item.indexOf(u'=');
        pairs.append(at < 0 ? QueryPair{decode(item), QString()}
                            : QueryPair{decode(item.left(at)), decode(item.mid(at + 1))});
    }
    return pairs;
}

// `uploadsByOrder`: the parts /_sandbox/uploads/{order} reported right after the upload.
QJsonObject normalise(const QJsonObject &entry, const QHash<QString, QJsonArray> &uploadsByOrder)
{
    const QString path = entry.value("path"_L1).toString();
    const QString mediaType =
        entry.value("content_type"_L1).toString().section(u';', 0, 0).trimmed().toLower();
    QJsonValue body = entry.value("body"_L1);
    if (body.isUndefined())
        body = QJsonValue::Null;
    if (mediaType == "multipart/form-data"_L1) {
        // The boundary differs per run; the parts the sandbox received stand in for the body.
        QList<QJsonObject> parts;
        for (const QJsonValue &part : uploadsByOrder.value(path.section(u'/', 3, 3))) {
            const QJsonObject received = part.toObject();
            parts.append(QJsonObject{{u"name"_s, received.value("name"_L1)},
                                     {u"filename"_s, received.value("filename"_L1)},
                                     {u"content_type"_s, received.value("content_type"_L1)}});
        }
        std::sort(parts.begin(), parts.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("name"_L1).toString() < b.value("name"_L1).toString();
        });
        QJsonArray multipart;
        for (const QJsonObject &part : std::as_const(parts))
            multipart.append(part);
        body = QJsonObject{{u"multipart"_s, multipart}};
    }
    return QJsonObject{
        {u"method"_s, entry.value("method"_L1)},
        {u"path"_s, withIds(path)},
        {u"query"_s, sortedQuery(splitLoggedQuery(entry.value("query"_L1).toString()))},
        {u"body"_s, canonical(body)},
        {u"status"_s, entry.value("status"_L1)},
    };
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrap it so that strings come out quoted and null as null.
    const QString wrapped =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

// The first place two JSON values differ, e.g. "body/businessZip: ours "78701", SDK "78702"";
// empty when they are equal. Tells JSON null from an absent key.
QString firstDifference(const QJsonValue &ours, const QJsonValue &sdk, const QString &where)
{
    if (ours.isObject() && sdk.isObject()) {
        const QJsonObject a = ours.toObject();
        const QJsonObject b = sdk.toObject();
        QStringList keys = a.keys() + b.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const QString here = where + u'/' + key;
            if (!a.contains(key))
                return here + u": absent from ours, SDK sends "_s + compact(b.value(key));
            if (!b.contains(key))
                return here + u": ours sends "_s + compact(a.value(key)) + u", absent from SDK"_s;
            const QString difference = firstDifference(a.value(key), b.value(key), here);
            if (!difference.isEmpty())
                return difference;
        }
        return {};
    }
    if (ours.isArray() && sdk.isArray()) {
        const QJsonArray a = ours.toArray();
        const QJsonArray b = sdk.toArray();
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            const QString difference =
                firstDifference(a.at(i), b.at(i), where + u'[' + QString::number(i) + u']');
            if (!difference.isEmpty())
                return difference;
        }
        if (a.size() != b.size())
            return where + u": ours has %1 entries, SDK %2"_s.arg(a.size()).arg(b.size());
        return {};
    }
    if (ours == sdk)
        return {};
    return where + u": ours "_s + compact(ours) + u", SDK "_s + compact(sdk);
}

bool loadSdkRecording(QJsonArray *recording, QString *problem)
{
    const QString fileName = qEnvironmentVariable("CONFORMANCE_RECORDING_FILE");
    const QString howTo =
        u"Run tests/conformance/run.sh <telnyx-sandbox> with CONFORMANCE_RECORDING_OUT=<file> "
        "(ctest does it in conformance.sdk) and set CONFORMANCE_RECORDING_FILE=<file>."_s;
    if (fileName.isEmpty()) {
        *problem = u"CONFORMANCE_RECORDING_FILE is not set, so there is no SDK recording to "
                   "compare with. "_s +
                   howTo;
        return false;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem =
            u"cannot read the SDK recording %1 (%2). "_s.arg(fileName, file.errorString()) + howTo;
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isArray()) {
        *problem =
            u"the SDK recording %1 is not a JSON array (%2)"_s.arg(fileName, error.errorString());
        return false;
    }
    *recording = document.array();
    return true;
}

// --- Running the steps ------------------------------------------------------------------------

struct CallOutcome
{
    bool ended = false;
    bool succeeded = false;
    int httpStatus = 0;
    QString error;
    QVariant result;
};

QVariant resultOf(ApiCall *)
{
    return {};
}

template<typename T> QVariant resultOf(ApiCallOf<T> *call)
{
    return QVariant::fromValue(call->result());
}

template<typename Call> CallOutcome runCall(Call *call)
{
    CallOutcome outcome;
    QObject::connect(call, &ApiCall::done, call, [&outcome, call] {
        outcome.ended = true;
        outcome.succeeded = call->isSucceeded();
        outcome.httpStatus = call->httpStatus();
        outcome.result = resultOf(call);
        outcome.error = call->error().message();
    });
    (void)QTest::qWaitFor([&outcome] { return outcome.ended; }, 15000);
    return outcome;
}

// One operation of the scenario: what the sandbox must log for it and what happened.
struct Step
{
    QString method;
    QString path; // as normalised: with /v2 and {id}
    int expectedStatus = 200;
    CallOutcome outcome;
};

} // namespace

class TestRecording : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;
    QList<Step> m_steps;
    QJsonArray m_recording; // our normalised request log
    QList<QUrl> m_wireUrls; // what our client put on the wire, in order
    QHash<QString, QJsonArray> m_uploadsByOrder;

    template<typename Call>
    CallOutcome &run(const char *method, const QString &path, int expectedStatus, Call *call)
    {
        m_steps.append({QString::fromLatin1(method), path, expectedStatus, runCall(call)});
        return m_steps.last().outcome;
    }

    void replayScenario()
    {
        ApiClient *client = &m_bed->client;
        UrlDomainsApi domains(client);
        RcsApi rcs(client);
        TollFreeApi tollFree(client);
        HostedApi hosted(client);
        const QString tfvPath = u"/v2/messaging_tollfree/verification/requests"_s;
        const QString ordersPath = u"/v2/messaging_hosted_number_orders"_s;

        run("GET", u"/v2/messaging_url_domains"_s, 200, domains.list(2, 5));
        run("GET", u"/v2/messaging/rcs/agents"_s, 200, rcs.listAgents(1, 5));
        run("GET", u"/v2/messaging/rcs/agents/"_s + agentId, 200, rcs.retrieveAgent(agentId));

        RcsAgentUpdate update;
        update.profileId = PatchString::set(profileId);
        update.webhookUrl = PatchString::set(u"https://hooks.recording.example.com/rcs"_s);
        update.webhookFailoverUrl =
            PatchString::set(u"https://failover.recording.example.com/rcs"_s);
        run("PATCH", u"/v2/messaging/rcs/agents/"_s + agentId, 200,
            rcs.updateAgent(agentId, update));

        run("GET", u"/v2/messaging/rcs/capabilities/"_s + agentId + u"/+13125550100"_s, 200,
            rcs.capabilities(agentId, u"+13125550100"_s));
        run("POST", u"/v2/messaging/rcs/bulk_capabilities"_s, 200,
            rcs.bulkCapabilities(agentId, {u"+13125550100"_s, u"+13125550113"_s}));
        run("PUT", u"/v2/messaging/rcs/test_number_invite/"_s + agentId + u"/+13125550102"_s, 200,
            rcs.inviteTestNumber(agentId, u"+13125550102"_s));

        RcsMessageRequest message;
        message.agentId = agentId;
        message.messagingProfileId = profileId;
        message.to = u"+13125550100"_s;
        message.type = u"RCS"_s;
        RcsContentMessage content;
        content.text = u"Your order has shipped."_s;
        message.agentMessage.contentMessage = content;
        RcsSmsFallback fallback;
        fallback.text = u"Your order has shipped (SMS)."_s;
        message.smsFallback = fallback;
        run("POST", u"/v2/messages/rcs"_s, 200, rcs.send(message));

        run("GET", u"/v2/messages/rcs/deeplinks/"_s + agentId, 200,
            rcs.deeplink(agentId, u"+13125550100"_s, u"Hello from the console"_s));

        const TollFreeVerificationRequest tfvBody = recordingTollFreeRequest();
        const QString tfvId = run("POST", tfvPath, 200, tollFree.create(tfvBody))
                                  .result.value<TollFreeVerificationRequest>()
                                  .id;
        TollFreeVerificationRequest tfvUpdate = tfvBody;
        tfvUpdate.businessZip = u"78702"_s;
        tfvUpdate.messageVolume = u"10,000"_s;
        run("PATCH", tfvPath + u"/{id}"_s, 200, tollFree.update(tfvId, tfvUpdate));

        TollFreeListFilter filter;
        filter.businessName = u"Conformance Bakery"_s;
        filter.phoneNumber = u"+18885550100"_s;
        filter.status = u"In Progress"_s;
        filter.createdFrom = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        filter.createdTo = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        run("GET", tfvPath, 200, tollFree.list(filter, 1, 10));
        run("GET", tfvPath + u"/{id}"_s, 200, tollFree.retrieve(tfvId));
        run("GET", tfvPath + u"/{id}/status_history"_s, 200, tollFree.statusHistory(tfvId, 1, 10));
        // Not Rejected: the sandbox refuses, as the API does.
        run("DELETE", tfvPath + u"/{id}"_s, 400, tollFree.remove(tfvId));

        run("POST", ordersPath + u"/eligibility_numbers_check"_s, 200,
            hosted.checkEligibility(hostedNumbers));
        HostedOrderCreateRequest order;
        order.messagingProfileId = profileId;
        order.phoneNumbers = hostedNumbers;
        const QString orderId =
            run("POST", ordersPath, 200, hosted.createOrder(order)).result.value<HostedOrder>().id;
        run("GET", ordersPath, 200, hosted.listOrders(1, 5));
        run("GET", ordersPath + u"/{id}"_s, 200, hosted.retrieveOrder(orderId));
        run("POST", ordersPath + u"/{id}/actions/file_upload"_s, 200,
            hosted.uploadDocuments(
                orderId,
                HostedApi::pdfPart("loa", u"loa.pdf"_s, onePagePdf("Letter of authorization")),
                HostedApi::pdfPart("bill", u"bill.pdf"_s, onePagePdf("Invoice"))));
        // The order is deleted at the end; keep what the sandbox received now.
        m_uploadsByOrder.insert(orderId, m_bed->control("GET", u"/_sandbox/uploads/"_s + orderId)
                                             .object()
                                             .value("data"_L1)
                                             .toObject()
                                             .value("parts"_L1)
                                             .toArray());

        VerificationCodesRequest codesRequest;
        codesRequest.phoneNumbers = hostedNumbers;
        codesRequest.verificationMethod = u"sms"_s;
        run("POST", ordersPath + u"/{id}/verification_codes"_s, 200,
            hosted.createVerificationCodes(orderId, codesRequest));

        // The codes the sandbox "sent"; the latest one per number wins.
        QHash<QString, QString> codeByNumber;
        const QJsonArray codesSent =
            m_bed->control("GET", u"/_sandbox/verification_codes?order_id="_s + orderId)
                .object()
                .value("data"_L1)
                .toArray();
        for (const QJsonValue &sent : codesSent) {
            codeByNumber.insert(sent.toObject().value("phone_number"_L1).toString(),
                                sent.toObject().value("code"_L1).toString());
        }
        ValidationCodesRequest validation;
        for (const QString &number : hostedNumbers)
            validation.verificationCodes.append({number, codeByNumber.value(number)});
        run("POST", ordersPath + u"/{id}/validation_codes"_s, 200,
            hosted.validateCodes(orderId, validation));

        MessagingHostedNumberUpdate numberUpdate;
        numberUpdate.messagingProfileId = profileId;
        numberUpdate.messagingProduct = u"A2P"_s;
        numberUpdate.tags = QStringList{u"recording"_s};
        run("PATCH", u"/v2/messaging_hosted_numbers/"_s + hostedNumbers.at(0), 200,
            hosted.updateNumber(hostedNumbers.at(0), numberUpdate));
        run("DELETE", u"/v2/messaging_hosted_numbers/"_s + hostedNumbers.at(1), 200,
            hosted.deleteNumber(hostedNumbers.at(1)));
        run("DELETE", ordersPath + u"/{id}"_s, 200, hosted.deleteOrder(orderId));
        run("GET", u"/v2/messaging_profiles"_s, 200, MessagingProfilesApi(client).list(1, 5));
    }

    static QString stepTag(int index, const QString &method, const QString &path)
    {
        return u"%1 %2 %3"_s.arg(index + 1, 2, 10, QLatin1Char('0')).arg(method, path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.seed = recordingSeed;
        options.records = recordingRecords;
        // ctest runs this twice: against the default sandbox and against its realistic mode.
        options.realistic = qEnvironmentVariable("CONFORMANCE_SANDBOX_MODE") == u"realistic"_s;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
        // One wire request per step: a retry would show up as an extra logged request.
        RetryPolicy noRetries;
        noRetries.maxRetries = 0;
        m_bed->client.setRetryPolicy(noRetries);
        connect(m_bed->client.network(), &QNetworkAccessManager::finished, this,
                [this](QNetworkReply *reply) { m_wireUrls.append(reply->url()); });

        // The scenario's preconditions, through the control surface (not logged).
        int status = 0;
        m_bed->control("POST", u"/_sandbox/reset"_s,
                       {{u"seed"_s, recordingSeed}, {u"records"_s, recordingRecords}}, &status);
        QCOMPARE(status, 200);
        m_bed->control("POST", u"/_sandbox/clock"_s, {{u"speed"_s, 0}}, &status);
        QCOMPARE(status, 200);
        m_bed->control("DELETE", u"/_sandbox/requests"_s, {}, &status);
        QCOMPARE(status, 200);

        replayScenario();
        QCOMPARE(int(m_steps.size()), stepCount);

        for (const QJsonValue &entry : m_bed->requestLog())
            m_recording.append(normalise(entry.toObject(), m_uploadsByOrder));
    }

    // Every step answered with its expected status and was logged as the scenario says.
    void stepLoggedAsExpected_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_steps.size(); ++i) {
            const Step &step = m_steps.at(i);
            QTest::newRow(qPrintable(stepTag(i, step.method, step.path))) << i;
        }
    }
    void stepLoggedAsExpected()
    {
        QFETCH(int, index);
        const Step &step = m_steps.at(index);
        QVERIFY2(step.outcome.ended, "the call did not end");
        QVERIFY2(step.outcome.succeeded == (step.expectedStatus < 300),
                 qPrintable(u"the call %1: %2"_s.arg(
                     step.outcome.succeeded ? u"succeeded"_s : u"failed"_s, step.outcome.error)));
        QCOMPARE(step.outcome.httpStatus, step.expectedStatus);

        QVERIFY2(index < m_recording.size(), "the sandbox logged fewer requests than steps");
        const QJsonObject logged = m_recording.at(index).toObject();
        QCOMPARE(logged.value("method"_L1).toString(), step.method);
        QCOMPARE(logged.value("path"_L1).toString(), step.path);
        QCOMPARE(logged.value("status"_L1).toInt(), step.expectedStatus);
    }

    void oneLoggedRequestPerStep()
    {
        QCOMPARE(int(m_recording.size()), stepCount);
        QCOMPARE(int(m_wireUrls.size()), stepCount);
    }

    // The log holds the query as the sandbox decoded it (RFC 3986: '+' stays '+'). A server
    // that decodes queries as form data reads a raw '+' as a space, so what we send must read
    // the same both ways, as the SDK's query (qs, RFC 3986 encoding: '+' → %2B) does.
    void wireQueryReadsTheSameAsFormData_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < std::min(m_steps.size(), m_wireUrls.size()); ++i) {
            if (!m_wireUrls.at(i).hasQuery())
                continue;
            QTest::newRow(qPrintable(stepTag(i, m_steps.at(i).method, m_steps.at(i).path))) << i;
        }
    }
    void wireQueryReadsTheSameAsFormData()
    {
        QFETCH(int, index);
        const QString encoded = m_wireUrls.at(index).query(QUrl::FullyEncoded);
        const QJsonArray formRead = sortedQuery(formDecodedQuery(encoded));
        const QJsonArray logged = m_recording.at(index).toObject().value("query"_L1).toArray();
        QVERIFY2(
            formRead == logged,
            qPrintable(u"sent \"%1\": a form-data parser reads %2, the sandbox logged %3"_s.arg(
                encoded, compact(formRead), compact(logged))));
    }

    void sameRequestCountAsSdk()
    {
        QJsonArray sdk;
        QString problem;
        if (!loadSdkRecording(&sdk, &problem))
            QFAIL(qPrintable(problem));
        QCOMPARE(m_recording.size(), sdk.size());
    }

    // Entry by entry: method, path, query, body and status as the SDK's recording has them.
    void matchesSdkRecording_data()
    {
        QTest::addColumn<QJsonObject>("ours");
        QTest::addColumn<QJsonObject>("sdk");
        QTest::addColumn<QString>("problem");
        QJsonArray sdk;
        QString problem;
        if (!loadSdkRecording(&sdk, &problem)) {
            QTest::newRow("no SDK recording") << QJsonObject() << QJsonObject() << problem;
            return;
        }
        for (qsizetype i = 0; i < std::max(m_recording.size(), sdk.size()); ++i) {
            const QJsonObject sdkEntry = sdk.at(i).toObject();
            const QJsonObject ourEntry = m_recording.at(i).toObject();
            const QJsonObject named = sdkEntry.isEmpty() ? ourEntry : sdkEntry;
            QTest::newRow(qPrintable(stepTag(int(i), named.value("method"_L1).toString(),
                                             named.value("path"_L1).toString())))
                << ourEntry << sdkEntry << QString();
        }
    }
    void matchesSdkRecording()
    {
        QFETCH(QJsonObject, ours);
        QFETCH(QJsonObject, sdk);
        QFETCH(QString, problem);
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY2(!ours.isEmpty(), "the SDK sent this request, the console's replay did not");
        QVERIFY2(!sdk.isEmpty(), "the console's replay sent this request, the SDK did not");

        QCOMPARE(ours.value("method"_L1).toString(), sdk.value("method"_L1).toString());
        QCOMPARE(ours.value("path"_L1).toString(), sdk.value("path"_L1).toString());
        QCOMPARE(compact(ours.value("query"_L1)),
                 compact(resortedQuery(sdk.value("query"_L1).toArray())));
        const QString bodyDifference =
            firstDifference(ours.value("body"_L1), sdk.value("body"_L1), u"body"_s);
        QVERIFY2(bodyDifference.isEmpty(), qPrintable(bodyDifference));
        QCOMPARE(ours.value("status"_L1).toInt(), sdk.value("status"_L1).toInt());
    }

    void cleanupTestCase() { m_bed.reset(); }
};

QTEST_GUILESS_MAIN(TestRecording)
#include "tst_recording.moc"
