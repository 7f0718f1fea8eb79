#include "sandboxtestbed.h"
#include "session/rcscapabilitycache.h"
#include "session/rcscapabilitychecker.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString agent = u"sandbox_demo_agent"_s;

} // namespace

// RCS capability checks where the SDK leaves the API open, against the in-process sandbox in
// both modes: a 404 for a number without RCS, a 404 for an unknown agent, a bulk answer that
// leaves numbers out.
class TestRcsNotCapable : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;
    RcsCapabilityCache m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
    }

    void init()
    {
        QVERIFY(m_bed->startAfresh());
        m_cache.clear();
    }

    void cleanupTestCase() { m_bed.reset(); }

    void singleCheckOfANumberWithoutRcs_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::newRow("default: 200, no features") << false;
        QTest::newRow("realistic: 404") << true;
    }

    void singleCheckOfANumberWithoutRcs()
    {
        QFETCH(bool, realistic);
        QVERIFY(m_bed->setRealistic(realistic));
        RcsCapabilityChecker checker(&m_bed->client, &m_cache);
        QSignalSpy checked(&checker, &RcsCapabilityChecker::singleChecked);
        QSignalSpy failed(&checker, &RcsCapabilityChecker::singleFailed);
        checker.checkOne(agent, u"+13125550125"_s);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size() + failed.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        const auto answer = checked.first().at(0).value<RcsCapabilities>();
        QVERIFY(!answer.isRcsCapable());
        QCOMPARE(answer.phoneNumber, u"+13125550125"_s);
        QCOMPARE(answer.agentId, agent);
        const QJsonArray log = m_bed->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().toObject().value("status"_L1).toInt(), realistic ? 404 : 200);
        // Kept as an answer: asked again, no request.
        checker.checkOne(agent, u"+13125550125"_s);
        QCOMPARE(checked.size(), 2);
        QCOMPARE(checked.last().at(1).toBool(), true);
        QCOMPARE(m_bed->requestLog().size(), 1);
    }

    void singleCheckWithAnUnknownAgent_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::newRow("default") << false;
        QTest::newRow("realistic") << true;
    }

    void singleCheckWithAnUnknownAgent()
    {
        QFETCH(bool, realistic);
        QVERIFY(m_bed->setRealistic(realistic));
        RcsCapabilityChecker checker(&m_bed->client, &m_cache);
        QSignalSpy checked(&checker, &RcsCapabilityChecker::singleChecked);
        QSignalSpy failed(&checker, &RcsCapabilityChecker::singleFailed);
        // Odd last digit: in realistic mode this number would be a 404 too.
        checker.checkOne(u"no_such_agent"_s, u"+13125550125"_s);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size() + failed.size(), 1, 10000);
        QCOMPARE(checked.size(), 0);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(u"agent"_s) && message.contains(u"not found"_s),
                 qPrintable(message));
        QVERIFY(message.contains(u"no_such_agent"_s));
        QVERIFY(message.contains(u"check the agent ID"_s));
        QCOMPARE(failed.first().at(2).value<ApiError>().httpStatus(), 404);
    }

    void notFoundBodiesAreToldApart()
    {
        const auto classify = [](const char *body) {
            return RcsCapabilityChecker::classifyNotFound(ApiError::fromHttp(404, body));
        };
        QCOMPARE(classify(""), RcsNotFound::NoRcs);
        QCOMPARE(classify(R"({"errors": [{"code": "10005", "title": "Not found",
                  "detail": "Requested entity was not found."}]})"),
                 RcsNotFound::NoRcs);
        QCOMPARE(classify(R"({"errors": [{"code": "10005", "title": "Resource not found",
                  "detail": "Phone number not found: it cannot receive RCS.",
                  "source": {"parameter": "phone_number"}}]})"),
                 RcsNotFound::NoRcs);
        QCOMPARE(classify(R"({"errors": [{"code": "10005", "title": "Resource not found",
                  "detail": "No RCS agent with id 'x' exists."}]})"),
                 RcsNotFound::UnknownAgent);
        QCOMPARE(classify(R"({"errors": [{"code": "10005", "title": "Not found",
                  "source": {"parameter": "agent_id"}}]})"),
                 RcsNotFound::UnknownAgent);
    }

    void realisticBulkAnswerLeavesNumbersOut()
    {
        QVERIFY(m_bed->setRealistic(true));
        RcsCapabilityChecker checker(&m_bed->client, &m_cache);
        QSignalSpy finished(&checker, &RcsCapabilityChecker::finished);
        QSignalSpy failed(&checker, &RcsCapabilityChecker::batchFailed);
        const QStringList asked{u"+13125550105"_s, u"+13125550104"_s, u"+13125550102"_s,
                                u"+13125550103"_s};
        checker.check(agent, asked);
        QVERIFY(finished.wait(15000));
        // The sandbox answered the capable ones only, sorted: matched by number, the others
        // have no answer.
        QCOMPARE(checker.summary().checked, 2);
        QCOMPARE(checker.summary().capable, 2);
        QCOMPARE(checker.summary().failed, 2);
        QSet<QString> answered;
        for (const RcsCapabilities &answer : checker.results()) {
            QVERIFY(answer.isRcsCapable());
            answered.insert(answer.phoneNumber);
        }
        QCOMPARE(answered, (QSet<QString>{u"+13125550104"_s, u"+13125550102"_s}));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toStringList(),
                 (QStringList{u"+13125550105"_s, u"+13125550103"_s}));
        QCOMPARE(failed.first().at(1).toString(), RcsCapabilityChecker::noAnswerMessage());
    }
};

QTEST_MAIN(TestRcsNotCapable)
#include "tst_rcsnotcapable.moc"
