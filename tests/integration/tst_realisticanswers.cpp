// Answers parsed as the SDK types them, no stricter, against the real sandbox over HTTP: the
// TFV delete whatever its body (empty, or plain text in realistic mode), a write whose 2xx
// answer cannot be read ("done, but unreadable", never safe to retry), optional envelopes
// (`data`, the eligibility answer's `phone_numbers`), and realistic TFV errors and records.

#include "api/hostedapi.h"
#include "api/tollfreeapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString requestsPath = u"/v2/messaging_tollfree/verification/requests"_s;

} // namespace

class TestRealisticAnswers : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SandboxTestbed> bed(bool realistic)
    {
        SandboxOptions options;
        options.records = 4;
        options.speed = 0;
        options.realistic = realistic;
        return std::make_unique<SandboxTestbed>(options);
    }

    // A request the reviewers rejected: the only state a DELETE accepts.
    static QString rejectedRequest(SandboxTestbed &sandbox)
    {
        TollFreeApi api(&sandbox.client);
        auto *create = api.create(sampleTollFreeRequest(u"Gone Soon LLC [reject]"_s));
        QString id;
        QObject::connect(create, &ApiCall::finished, create, [&] { id = create->result().id; });
        if (!SandboxTestbed::wait(create))
            return {};
        sandbox.control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 3 * 3600}});
        return id;
    }

    // The error a call failed with (Kind::None when it succeeded).
    static ApiError outcome(ApiCall *call, bool *succeeded = nullptr)
    {
        ApiError error;
        QObject::connect(call, &ApiCall::failed, call, [&](const ApiError &e) { error = e; });
        const bool ok = SandboxTestbed::wait(call);
        if (succeeded)
            *succeeded = ok;
        return error;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(bed(false)->isListening()); }

    void tollFreeDeleteSucceedsWhateverTheBody_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::newRow("default: empty body") << false;
        QTest::newRow("realistic: plain text") << true;
    }
    void tollFreeDeleteSucceedsWhateverTheBody()
    {
        QFETCH(bool, realistic);
        auto sandbox = bed(realistic);
        const QString id = rejectedRequest(*sandbox);
        QVERIFY(!id.isEmpty());

        bool succeeded = false;
        const ApiError error = outcome(TollFreeApi(&sandbox->client).remove(id), &succeeded);
        QVERIFY2(succeeded, qPrintable(error.message()));
        QCOMPARE(sandbox->requestCount(u"DELETE "_s + requestsPath + u'/' + id), 1);

        // Gone: a second look finds nothing.
        const ApiError missing = outcome(TollFreeApi(&sandbox->client).retrieve(id));
        QCOMPARE(missing.httpStatus(), 404);
    }

    void malformedAnswerToACreateIsDoneButUnreadable()
    {
        auto sandbox = bed(false);
        sandbox->addFault(u"POST"_s, requestsPath, u"malformed"_s, QJsonObject{{u"status"_s, 200}});
        bool succeeded = true;
        const ApiError error =
            outcome(TollFreeApi(&sandbox->client).create(sampleTollFreeRequest()), &succeeded);
        QVERIFY(!succeeded);
        QCOMPARE(error.kind(), ApiError::Kind::AcceptedUnreadable);
        QVERIFY(error.wasAccepted());
        QVERIFY(!error.isSafeToRetry());
        QVERIFY2(error.message().contains(u"accepted"_s), qPrintable(error.message()));
        QCOMPARE(sandbox->requestCount(u"POST "_s + requestsPath), 1); // never sent again
    }

    void hostedCreateWithoutDataIsDoneButUnreadable()
    {
        auto sandbox = bed(false);
        sandbox->addFault(u"POST"_s, u"/v2/messaging_hosted_number_orders"_s, u"status"_s,
                          QJsonObject{{u"status"_s, 200}, {u"body"_s, QJsonObject{}}});
        HostedOrderCreateRequest request;
        request.phoneNumbers = {u"+13125550123"_s};
        const ApiError error = outcome(HostedApi(&sandbox->client).createOrder(request));
        QCOMPARE(error.kind(), ApiError::Kind::AcceptedUnreadable);
        QVERIFY(!error.isSafeToRetry());
    }

    void readAnswerWithoutDataIsNotAFailure()
    {
        auto sandbox = bed(false);
        sandbox->addFault(u"GET"_s, u"/v2/messaging_hosted_number_orders/*"_s, u"status"_s,
                          QJsonObject{{u"status"_s, 200}, {u"body"_s, QJsonObject{}}});
        bool succeeded = false;
        const ApiError error =
            outcome(HostedApi(&sandbox->client).retrieveOrder(u"some-order"_s), &succeeded);
        QVERIFY2(succeeded, qPrintable(error.message()));
    }

    void eligibilityWithoutPhoneNumbersParses()
    {
        auto sandbox = bed(false);
        const QString path = u"/v2/messaging_hosted_number_orders/eligibility_numbers_check"_s;
        sandbox->addFault(u"POST"_s, path, u"status"_s,
                          QJsonObject{{u"status"_s, 200}, {u"body"_s, QJsonObject{}}});
        auto *call = HostedApi(&sandbox->client).checkEligibility({u"+13125550123"_s});
        QList<EligibilityResult> results{EligibilityResult{}};
        connect(call, &ApiCall::finished, this, [&] { results = call->result(); });
        bool succeeded = false;
        const ApiError error = outcome(call, &succeeded);
        QVERIFY2(succeeded, qPrintable(error.message()));
        QVERIFY(results.isEmpty());
    }

    void realisticValidationErrorsNameTheFieldInWords()
    {
        auto sandbox = bed(true);
        TollFreeVerificationRequest request = sampleTollFreeRequest();
        request.businessZip = u"ABCDE"_s;
        const ApiError error = outcome(TollFreeApi(&sandbox->client).create(request));
        QCOMPARE(error.httpStatus(), 422);
        QCOMPARE(error.items().size(), 1);
        const ApiErrorItem &item = error.items().constFirst();
        QVERIFY(item.pointer.isEmpty());
        QVERIFY(item.parameter.isEmpty());
        QVERIFY(!item.meta.value(u"url"_s).toString().isEmpty());
        const QStringList known = TollFreeVerificationRequest::requiredFieldNames();
        QCOMPARE(ApiError::resolvePointer(item, known), u"/businessZip"_s);
    }

    void realisticRecordsCarryOnlyTheSdkFields()
    {
        auto sandbox = bed(true);
        TollFreeApi api(&sandbox->client);
        auto *create = api.create(sampleTollFreeRequest());
        QJsonObject created;
        connect(create, &ApiCall::finished, this, [&] { created = create->json().object(); });
        QVERIFY(SandboxTestbed::wait(create));
        // VerificationRequestEgress: no timestamps, no reason.
        QVERIFY(created.contains(u"verificationRequestId"_s));
        QVERIFY(!created.contains(u"createdAt"_s));
        QVERIFY(!created.contains(u"reason"_s));

        auto *retrieve = api.retrieve(created.value(u"id"_s).toString());
        QJsonObject status;
        connect(retrieve, &ApiCall::finished, this, [&] { status = retrieve->json().object(); });
        QVERIFY(SandboxTestbed::wait(retrieve));
        // VerificationRequestStatus: timestamps, no verificationRequestId.
        QVERIFY(status.contains(u"createdAt"_s));
        QVERIFY(!status.contains(u"verificationRequestId"_s));
    }
};

QTEST_GUILESS_MAIN(TestRealisticAnswers)
#include "tst_realisticanswers.moc"
