#include "api/tollfreeapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "session/numberlookup.h"
#include "session/rcscapabilitycache.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
// In the sample toll-free request; its last digit is even, so the sandbox calls it RCS-capable.
const QString sharedNumber = u"+18775550102"_s;
const QString demoAgent = u"sandbox_demo_agent"_s;
const QString tollFreeList = u"GET /v2/messaging_tollfree/verification/requests"_s;
const QString hostedNumbersList = u"GET /v2/messaging_hosted_numbers"_s;
const QString ordersList = u"GET /v2/messaging_hosted_number_orders"_s;
const QString capabilities = u"GET /v2/messaging/rcs/capabilities/"_s;
} // namespace

// Find a number against the in-process sandbox over HTTP: every area asked at once, results
// per area, only exact matches kept, failures kept to their area.
class TestNumberLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;
    std::unique_ptr<QTemporaryDir> m_inviteDir;
    std::unique_ptr<RcsInviteStore> m_invites;
    std::unique_ptr<RcsCapabilityCache> m_cache;

    std::unique_ptr<NumberLookup> newLookup()
    {
        return std::make_unique<NumberLookup>(&m_bed->client, m_cache.get(), m_invites.get());
    }
    static bool runToEnd(NumberLookup *lookup, const QString &typed, const QString &agent = {})
    {
        QSignalSpy finished(lookup, &NumberLookup::finished);
        if (!lookup->start(typed, agent))
            return false;
        return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000);
    }
    TollFreeVerificationRequest createTollFree(const QString &businessName)
    {
        auto *call = TollFreeApi(&m_bed->client).create(sampleTollFreeRequest(businessName));
        TollFreeVerificationRequest created;
        call->onResult(this, [&](const TollFreeVerificationRequest &r) { created = r; });
        SandboxTestbed::wait(call);
        return created;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<NumberLookup::Area>(); }
    void init()
    {
        m_bed = std::make_unique<SandboxTestbed>();
        QVERIFY(m_bed->isListening());
        m_inviteDir = std::make_unique<QTemporaryDir>();
        m_invites = std::make_unique<RcsInviteStore>(m_inviteDir->path());
        m_cache = std::make_unique<RcsCapabilityCache>();
    }
    void cleanup()
    {
        m_cache.reset();
        m_invites.reset();
        m_inviteDir.reset();
        m_bed.reset();
    }

    void aNumberInEveryAreaIsFoundInEach()
    {
        const TollFreeVerificationRequest request = createTollFree(u"Everywhere Dental"_s);
        QVERIFY(!request.id.isEmpty());
        const HostedOrder order = m_bed->createHostedOrder({sharedNumber});
        QVERIFY(!order.id.isEmpty());
        QVERIFY(m_invites->recordInvite(demoAgent, sharedNumber, u"pending"_s));
        m_bed->resetRequests();

        auto lookup = newLookup();
        QSignalSpy areas(lookup.get(), &NumberLookup::areaFinished);
        // Typed as people write it.
        QVERIFY(runToEnd(lookup.get(), u"(877) 555-0102"_s, demoAgent));
        QCOMPARE(lookup->phoneNumber(), sharedNumber);
        QCOMPARE(areas.size(), 3);
        for (auto area :
             {NumberLookup::Area::TollFree, NumberLookup::Area::Hosted, NumberLookup::Area::Rcs})
            QCOMPARE(lookup->state(area), NumberLookup::AreaState::Found);

        QCOMPARE(lookup->tollFreeRequests().size(), 1);
        QCOMPARE(lookup->tollFreeRequests().first().id, request.id);
        QCOMPARE(lookup->hostedNumbers().size(), 1);
        QCOMPARE(lookup->hostedNumbers().first().phoneNumber, sharedNumber);
        QCOMPARE(lookup->hostedOrders().size(), 1);
        QCOMPARE(lookup->hostedOrders().first().id, order.id);
        QVERIFY(lookup->searchedAllOrders());
        QVERIFY(lookup->rcsCapabilities().has_value());
        QVERIFY(lookup->rcsCapabilities()->isRcsCapable());
        QCOMPARE(lookup->rcsInvites().size(), 1);
        QCOMPARE(lookup->rcsInvites().first().agentId, demoAgent);

        // One request per source: the toll-free list, the hosted numbers, the orders (one page
        // holds the sandbox's 49) and the capabilities.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(m_bed->requestCountStartingWith(tollFreeList), 1);
        QCOMPARE(m_bed->requestCountStartingWith(hostedNumbersList), 1);
        QCOMPARE(m_bed->requestCountStartingWith(ordersList), 1);
        QCOMPARE(m_bed->requestCountStartingWith(capabilities), 1);
        QCOMPARE(m_bed->requests().value(u"total"_s).toInt(), 4);
        QVERIFY(lookup->firstResultMs() >= 0);
        QVERIFY(lookup->elapsedMs() >= lookup->firstResultMs());
        qInfo("lookup: first result after %lld ms, all after %lld ms, 4 requests",
              lookup->firstResultMs(), lookup->elapsedMs());

        // Again: the capability answer comes from the session's cache, without a request.
        m_bed->resetRequests();
        QVERIFY(runToEnd(lookup.get(), sharedNumber, demoAgent));
        QVERIFY(lookup->rcsCapabilitiesFromCache());
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(m_bed->requestCountStartingWith(capabilities), 0);
        QCOMPARE(m_bed->requests().value(u"total"_s).toInt(), 3);
    }

    void anUnknownNumberSaysNothingWasFoundAndAsksNoAgent()
    {
        m_bed->resetRequests();
        auto lookup = newLookup();
        QVERIFY(runToEnd(lookup.get(), u"+1 312 555 0188"_s));
        for (auto area :
             {NumberLookup::Area::TollFree, NumberLookup::Area::Hosted, NumberLookup::Area::Rcs}) {
            QCOMPARE(lookup->state(area), NumberLookup::AreaState::NothingFound);
            QVERIFY(!NumberLookup::whereLooked(area).isEmpty());
        }
        QCOMPARE(lookup->firstResultMs(), -1);
        QVERIFY(m_bed->waitUntilIdle());
        // No agent picked: no capability request.
        QCOMPARE(m_bed->requestCountStartingWith(capabilities), 0);
    }

    void somethingThatIsNotANumberSendsNothing()
    {
        m_bed->resetRequests();
        auto lookup = newLookup();
        QSignalSpy started(lookup.get(), &NumberLookup::started);
        QVERIFY(!lookup->start(u"Acme Dental"_s));
        QVERIFY(!lookup->start(u""_s));
        QVERIFY(!lookup->isRunning());
        QCOMPARE(started.size(), 0);
        QCOMPARE(m_bed->requests().value(u"total"_s).toInt(), 0);
    }

    void onlyRequestsHoldingTheWholeNumberAreKept()
    {
        // The list filter matches part of a number: +1877555010 is in +18775550102.
        QVERIFY(!createTollFree(u"Partial Match Dental"_s).id.isEmpty());
        auto lookup = newLookup();
        QVERIFY(runToEnd(lookup.get(), u"+1877555010"_s));
        QCOMPARE(lookup->phoneNumber(), u"+1877555010"_s);
        QCOMPARE(lookup->state(NumberLookup::Area::TollFree),
                 NumberLookup::AreaState::NothingFound);
        QVERIFY(lookup->tollFreeRequests().isEmpty());
    }

    void aFailingAreaDoesNotHideTheOthers()
    {
        QVERIFY(!createTollFree(u"Failing Area Dental"_s).id.isEmpty());
        m_bed->createHostedOrder({sharedNumber});
        // Refused for good (403 is not retried): the toll-free area fails, the others answer.
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, u"/v2/messaging_tollfree/verification/requests"_s},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 403},
                         {u"count"_s, 0}});
        auto lookup = newLookup();
        QVERIFY(runToEnd(lookup.get(), sharedNumber));
        QCOMPARE(lookup->state(NumberLookup::Area::TollFree), NumberLookup::AreaState::Failed);
        QVERIFY(!lookup->errorMessage(NumberLookup::Area::TollFree).isEmpty());
        QCOMPARE(lookup->state(NumberLookup::Area::Hosted), NumberLookup::AreaState::Found);
    }

    void resultsArriveAreaByArea()
    {
        m_bed->createHostedOrder({sharedNumber});
        // The hosted numbers answer late: the toll-free area is reported before them.
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, u"/v2/messaging_hosted_numbers"_s},
                         {u"kind"_s, u"delay"_s},
                         {u"delay_ms"_s, 600}});
        auto lookup = newLookup();
        QSignalSpy areas(lookup.get(), &NumberLookup::areaFinished);
        QVERIFY(runToEnd(lookup.get(), sharedNumber));
        QCOMPARE(areas.size(), 3);
        QCOMPARE(areas.last().first().value<NumberLookup::Area>(), NumberLookup::Area::Hosted);
        QCOMPARE(lookup->state(NumberLookup::Area::Hosted), NumberLookup::AreaState::Found);
    }

    void cancelStopsEveryRequest()
    {
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, u"/v2/*"_s},
                         {u"kind"_s, u"delay"_s},
                         {u"delay_ms"_s, 2000},
                         {u"count"_s, 0}});
        auto lookup = newLookup();
        QSignalSpy areas(lookup.get(), &NumberLookup::areaFinished);
        QVERIFY(lookup->start(sharedNumber, demoAgent));
        QTRY_VERIFY(m_bed->client.callsInFlight() >= 3);
        lookup->cancel();
        QVERIFY(!lookup->isRunning());
        QTRY_COMPARE(m_bed->client.callsInFlight(), 0);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(areas.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNumberLookup)
#include "tst_numberlookup.moc"
