#include "api/hostedapi.h"
#include "api/rcsapi.h"
#include "api/resendadvice.h"
#include "api/tollfreeapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "session/createdrecordlookup.h"

using namespace Qt::StringLiterals;

namespace {
const QString tollFreeCreate = u"POST /v2/messaging_tollfree/verification/requests"_s;
const QString tollFreePath = u"/v2/messaging_tollfree/verification/requests"_s;
const QString orderCreate = u"POST /v2/messaging_hosted_number_orders"_s;
} // namespace

// A create whose answer is lost is looked for before it is offered again: over real HTTP
// against the sandbox, which does the create and then drops the connection.
class TestCreatedRecordLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;

    static ApiError failureOf(ApiCall *call)
    {
        ApiError error;
        QObject::connect(call, &ApiCall::failed, [&](const ApiError &e) { error = e; });
        SandboxTestbed::wait(call);
        return error;
    }
    // Runs the lookup to its end; -1 when it failed.
    static int matchesOf(CreatedRecordLookup *lookup)
    {
        QSignalSpy finished(lookup, &CreatedRecordLookup::finished);
        QSignalSpy failed(lookup, &CreatedRecordLookup::failed);
        lookup->start();
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 15000))
            return -2;
        return failed.isEmpty() ? finished.first().first().toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<SandboxTestbed>();
        QVERIFY(m_bed->isListening());
    }
    void cleanup() { m_bed.reset(); }

    void aTollFreeRequestCreatedBeforeTheConnectionDroppedIsFound()
    {
        TollFreeVerificationRequest sent = sampleTollFreeRequest(u"Dropped Answer Dental"_s);
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        m_bed->addFault(u"POST"_s, tollFreePath, u"drop"_s, {{u"after_processing"_s, true}});
        const ApiError error = failureOf(TollFreeApi(&m_bed->client).create(sent));
        QVERIFY(error.isOutcomeUnknown());
        QCOMPARE(resendAdviceFor(error), ResendAdvice::LookFirst);
        QCOMPARE(m_bed->requestCount(tollFreeCreate), 1);

        auto *lookup = CreatedRecordLookup::forTollFree(&m_bed->client, sent, sentAt, this);
        QCOMPARE(matchesOf(lookup), 1);
        QCOMPARE(lookup->tollFreeMatches().first().businessName, sent.businessName);
        QVERIFY(!lookup->tollFreeMatches().first().id.isEmpty());
        QVERIFY(lookup->searchedEverything());
        QCOMPARE(m_bed->requestCount(tollFreeCreate), 1); // looking sends no create

        // The same business with other numbers is another request.
        sent.phoneNumbers = {u"+18885550199"_s};
        auto *other = CreatedRecordLookup::forTollFree(&m_bed->client, sent, sentAt, this);
        QCOMPARE(matchesOf(other), 0);
    }

    void aCreateCancelledAfterItWasSentHasAnUnknownOutcome()
    {
        const TollFreeVerificationRequest sent = sampleTollFreeRequest(u"Cancelled Dental"_s);
        // The sandbox does the create, then holds the answer back.
        m_bed->addFault(u"POST"_s, tollFreePath, u"delay"_s, {{u"delay_ms"_s, 30000}});
        auto *call = TollFreeApi(&m_bed->client).create(sent);
        QSignalSpy failed(call, &ApiCall::failed);
        QTRY_COMPARE_WITH_TIMEOUT(m_bed->requestCount(tollFreeCreate), 1, 10000);
        call->cancel();
        QCOMPARE(failed.size(), 1);
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
        QVERIFY(error.isOutcomeUnknown());
        QVERIFY(!error.isSafeToRetry());
        QCOMPARE(resendAdviceFor(error), ResendAdvice::LookFirst);
        auto *lookup = CreatedRecordLookup::forTollFree(&m_bed->client, sent,
                                                        QDateTime::currentDateTimeUtc(), this);
        QCOMPARE(matchesOf(lookup), 1);
    }

    void aCreateCancelledBeforeItWasSentIsSafeToSendAgain()
    {
        auto *call =
            TollFreeApi(&m_bed->client).create(sampleTollFreeRequest(u"Never Sent Dental"_s));
        QSignalSpy failed(call, &ApiCall::failed);
        call->cancel(); // before the event loop ran: no byte of the body was taken
        QCOMPARE(failed.size(), 1);
        const auto error = failed.first().first().value<ApiError>();
        QVERIFY(!error.isOutcomeUnknown());
        QCOMPARE(resendAdviceFor(error), ResendAdvice::SendAgain);
        // Nothing arrives: a request sent afterwards is served, and the create never was.
        QVERIFY(SandboxTestbed::wait(TollFreeApi(&m_bed->client).list({}, 1, 1)));
        QCOMPARE(m_bed->requestCount(u"GET /v2/messaging_tollfree/verification/requests"_s), 1);
        QCOMPARE(m_bed->requestCount(tollFreeCreate), 0);
    }

    void aHostedOrderCreatedBeforeTheConnectionDroppedIsFound()
    {
        HostedOrderCreateRequest request;
        request.phoneNumbers = {u"+13125557001"_s, u"+13125557002"_s};
        m_bed->addFault(u"POST"_s, u"/v2/messaging_hosted_number_orders"_s, u"drop"_s,
                        {{u"after_processing"_s, true}});
        const ApiError error = failureOf(HostedApi(&m_bed->client).createOrder(request));
        QVERIFY(error.isOutcomeUnknown());
        QCOMPARE(m_bed->requestCount(orderCreate), 1);

        auto *lookup =
            CreatedRecordLookup::forHostedOrder(&m_bed->client, request.phoneNumbers, this);
        QCOMPARE(matchesOf(lookup), 1);
        QCOMPARE(lookup->orderMatches().first().phoneNumberList(), request.phoneNumbers);
        auto *none = CreatedRecordLookup::forHostedOrder(&m_bed->client, {u"+13125557999"_s}, this);
        QCOMPARE(matchesOf(none), 0);
        QVERIFY(none->searchedEverything());
        QCOMPARE(m_bed->requestCount(orderCreate), 1);
    }

    // The test-number invite is a PUT that sends an invitation: sent at most once, like a create.
    void aTestNumberInviteIsNeverSentTwice()
    {
        RcsApi api(&m_bed->client);
        auto *agents = api.listAgents(1, 1);
        QString agentId;
        connect(agents, &ApiCall::finished, this,
                [&] { agentId = agents->result().items.value(0).agentId; });
        QVERIFY(SandboxTestbed::wait(agents));
        QVERIFY(!agentId.isEmpty());
        const QString path = u"/v2/messaging/rcs/test_number_invite/%1/+13125550003"_s.arg(agentId);
        m_bed->addFault(u"PUT"_s, path, u"status"_s, {{u"status"_s, 503}});
        const ApiError refused = failureOf(api.inviteTestNumber(agentId, u"+13125550003"_s));
        QCOMPARE(refused.httpStatus(), 503);
        QCOMPARE(m_bed->requestCount(u"PUT "_s + path), 1); // not retried on a server error
        QCOMPARE(resendAdviceFor(refused), ResendAdvice::LookFirst);

        m_bed->clearFaults();
        m_bed->addFault(u"PUT"_s, path, u"drop"_s, {{u"after_processing"_s, true}});
        const ApiError lost = failureOf(api.inviteTestNumber(agentId, u"+13125550003"_s));
        QVERIFY(lost.isOutcomeUnknown());
        QCOMPARE(m_bed->requestCount(u"PUT "_s + path), 2); // one more arrival, not two
    }

    void aFailedLookIsReported()
    {
        m_bed->addFault(u"GET"_s, u"/v2/messaging_hosted_number_orders"_s, u"status"_s,
                        {{u"status"_s, 403}});
        auto *lookup =
            CreatedRecordLookup::forHostedOrder(&m_bed->client, {u"+13125557001"_s}, this);
        QCOMPARE(matchesOf(lookup), -1);
        QVERIFY(!lookup->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestCreatedRecordLookup)
#include "tst_createdrecordlookup.moc"
