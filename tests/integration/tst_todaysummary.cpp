#include "api/tollfreeapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "session/todaysummary.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The home page's numbers against the sandbox's own counters (/_sandbox/stats), with the clock
// frozen and moved by hand.
class TestTodaySummary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;
    std::unique_ptr<QTemporaryDir> m_inviteDir;
    std::unique_ptr<RcsInviteStore> m_invites;

    bool load(TodaySummary *summary)
    {
        QSignalSpy finished(summary, &TodaySummary::finished);
        summary->refresh();
        return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 20000);
    }
    QJsonObject stats()
    {
        return m_bed->control("GET", u"/_sandbox/stats"_s).object()[u"data"_s].toObject();
    }
    static int sum(const QJsonObject &counts, const QStringList &keys)
    {
        int total = 0;
        for (const QString &key : keys)
            total += counts.value(key).toInt();
        return total;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<TodaySummary::Area>(); }
    void init()
    {
        SandboxOptions options;
        options.speed = 0;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
        m_inviteDir = std::make_unique<QTemporaryDir>();
        m_invites = std::make_unique<RcsInviteStore>(m_inviteDir->path());
    }
    void cleanup()
    {
        m_invites.reset();
        m_inviteDir.reset();
        m_bed.reset();
    }

    void countsEqualTheSandboxsOwnAfterAStatusAdvance()
    {
        // A new request that the reviewers send back to the customer once the clock moves.
        auto *call =
            TollFreeApi(&m_bed->client).create(sampleTollFreeRequest(u"Today Dental [customer]"_s));
        TollFreeVerificationRequest created;
        call->onResult(this, [&](const TollFreeVerificationRequest &r) { created = r; });
        QVERIFY(SandboxTestbed::wait(call));
        m_bed->control("POST", u"/_sandbox/advance"_s, {{u"seconds"_s, 7200}});
        m_bed->resetRequests();

        TodaySummary summary(&m_bed->client, m_invites.get());
        QVERIFY(load(&summary));
        QCOMPARE(summary.state(TodaySummary::Area::TollFree), TodaySummary::State::Loaded);
        QCOMPARE(summary.state(TodaySummary::Area::Hosted), TodaySummary::State::Loaded);

        const QJsonObject server = stats();
        const QJsonObject byStatus = server[u"tollfree_by_status"_s].toObject();
        QCOMPARE(summary.tollFreeStatuses().size(), 6);
        int listed = 0;
        for (const TodaySummary::StatusCount &count : summary.tollFreeStatuses()) {
            QVERIFY2(byStatus.contains(count.status), qPrintable(count.status));
            QCOMPARE(count.count, byStatus.value(count.status).toInt());
            QCOMPARE(count.open, count.status != u"Verified"_s && count.status != u"Rejected"_s);
            if (count.open && count.count > 0) {
                QVERIFY(count.longestWaitSeconds >= count.medianWaitSeconds);
                QVERIFY(count.medianWaitSeconds >= 0);
            }
            listed += count.count;
        }
        QCOMPARE(listed, server[u"tollfree_requests"_s].toInt());
        QCOMPARE(summary.waitingForCustomer().size(), byStatus[u"Waiting For Customer"_s].toInt());
        QCOMPARE(summary.rejected().size(), byStatus[u"Rejected"_s].toInt());

        // The new request is among those waiting for the customer, with its reason.
        const auto waiting = summary.waitingForCustomer();
        const auto it = std::find_if(waiting.cbegin(), waiting.cend(),
                                     [&](const auto &r) { return r.id == created.id; });
        QVERIFY(it != waiting.cend());
        QVERIFY(!it->reason.isEmpty());
        // Oldest first.
        for (int i = 1; i < waiting.size(); ++i)
            QVERIFY(waiting.at(i - 1).updatedAt <= waiting.at(i).updatedAt);

        const QJsonObject orders = server[u"hosted_by_status"_s].toObject();
        QCOMPARE(summary.ordersNeedingDocuments().size(),
                 sum(orders, {u"pending"_s, u"incomplete_documentation"_s, u"loa_file_invalid"_s,
                              u"incorrect_billing_information"_s}));
        QCOMPARE(summary.failedOrders().size(),
                 sum(orders, {u"carrier_rejected"_s, u"compliance_review_failed"_s, u"failed"_s,
                              u"ineligible_carrier"_s}));
        QVERIFY(summary.ordersNeedingCodes().size() <= orders[u"loa_file_successful"_s].toInt());
        QVERIFY(summary.readAllOrders());

        // Only what it needs: one page per toll-free status (a one-row page for Verified, which
        // is only counted) and the orders list.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(
            m_bed->requestCountStartingWith(u"GET /v2/messaging_tollfree/verification/requests"_s),
            6);
        QCOMPARE(m_bed->requestCountStartingWith(u"GET /v2/messaging_hosted_number_orders"_s), 1);
        QCOMPARE(m_bed->requests().value(u"total"_s).toInt(), 7);
        bool verifiedCounted = false;
        for (const QJsonValue &entry : m_bed->requestLog()) {
            const QString query = entry[u"query"_s].toString();
            if (query.contains(u"status=Verified"_s))
                verifiedCounted = query.contains(u"page_size=1"_s);
        }
        QVERIFY(verifiedCounted);
    }

    void aFailedAreaKeepsTheOthers()
    {
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, u"/v2/messaging_hosted_number_orders"_s},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 403},
                         {u"count"_s, 0}});
        TodaySummary summary(&m_bed->client, m_invites.get());
        QVERIFY(load(&summary));
        QCOMPARE(summary.state(TodaySummary::Area::Hosted), TodaySummary::State::Failed);
        QVERIFY(!summary.errorMessage(TodaySummary::Area::Hosted).isEmpty());
        QVERIFY(summary.ordersNeedingDocuments().isEmpty());
        QCOMPARE(summary.state(TodaySummary::Area::TollFree), TodaySummary::State::Loaded);
        QVERIFY(summary.tollFreeCount(TfvStatus::Verified) > 0);
    }

    void pendingInvitesComeFromTheStoreOldestFirst()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_invites->recordInvite(u"agent_b"_s, u"+13125550102"_s, u"pending"_s, now));
        QVERIFY(m_invites->recordInvite(u"agent_a"_s, u"+13125550104"_s, u"pending"_s,
                                        now.addDays(-2)));
        QVERIFY(m_invites->recordInvite(u"agent_a"_s, u"+13125550106"_s, u"accepted"_s, now));
        TodaySummary summary(&m_bed->client, m_invites.get());
        QVERIFY(load(&summary));
        QCOMPARE(summary.pendingInvites().size(), 2);
        QCOMPARE(summary.pendingInvites().first().phoneNumber, u"+13125550104"_s);
    }

    void refreshCancelsTheLoadBefore()
    {
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, u"/v2/*"_s},
                         {u"kind"_s, u"delay"_s},
                         {u"delay_ms"_s, 1500},
                         {u"count"_s, 0}});
        TodaySummary summary(&m_bed->client, m_invites.get());
        QSignalSpy areas(&summary, &TodaySummary::areaLoaded);
        summary.refresh();
        QVERIFY(summary.isLoading());
        QTRY_VERIFY(m_bed->client.callsInFlight() >= 7);
        summary.cancel();
        QVERIFY(!summary.isLoading());
        QTRY_COMPARE(m_bed->client.callsInFlight(), 0);
        QVERIFY(m_bed->waitUntilIdle());
        // Only RCS (read from disk at once) reported; the network areas never did.
        QCOMPARE(areas.size(), 1);
        QCOMPARE(areas.first().first().value<TodaySummary::Area>(), TodaySummary::Area::Rcs);
    }
};

QTEST_GUILESS_MAIN(TestTodaySummary)
#include "tst_todaysummary.moc"
