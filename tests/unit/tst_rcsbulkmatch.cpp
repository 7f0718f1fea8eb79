#include "domain/rcs.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RcsCapabilities answer(const QString &phoneNumber, const QStringList &features)
{
    RcsCapabilities capabilities;
    capabilities.agentId = u"agent"_s;
    capabilities.phoneNumber = phoneNumber;
    capabilities.features = features;
    return capabilities;
}

} // namespace

// A bulk capability answer is matched to the numbers asked by number, never by position.
class TestRcsBulkMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkAnswersAreMatchedByNumberNotPosition()
    {
        const QStringList asked{u"+13125550100"_s, u"+13125550101"_s, u"+13125550102"_s,
                                u"+13125550103"_s};
        // Reordered, spelt two other ways, one number missing, one not asked at all.
        const QList<RcsCapabilities> reply{
            answer(u"+1 (312) 555-0102"_s, {u"ACTION_DIAL"_s}),
            answer(u"+19995550199"_s, {u"RICHCARD_CAROUSEL"_s}),
            answer(u"13125550100"_s, {u"RICHCARD_STANDALONE"_s}),
            answer(u"+13125550101"_s, {}),
        };
        const RcsBulkMatch match = matchBulkCapabilities(asked, reply);
        QCOMPARE(match.unanswered, QStringList{u"+13125550103"_s});
        QCOMPARE(match.answers.size(), 3);
        QCOMPARE(match.answers.at(0).phoneNumber, u"+13125550100"_s);
        QCOMPARE(match.answers.at(0).features, QStringList{u"RICHCARD_STANDALONE"_s});
        QCOMPARE(match.answers.at(1).phoneNumber, u"+13125550101"_s);
        QVERIFY(!match.answers.at(1).isRcsCapable());
        QCOMPARE(match.answers.at(2).phoneNumber, u"+13125550102"_s);
        QCOMPARE(match.answers.at(2).features, QStringList{u"ACTION_DIAL"_s});

        // As many answers as numbers, but for other numbers: nothing is given by position.
        const RcsBulkMatch shifted = matchBulkCapabilities(
            {u"+13125550110"_s, u"+13125550111"_s},
            {answer(u"+13125550111"_s, {u"ACTION_DIAL"_s}), answer(u"+13125550112"_s, {})});
        QCOMPARE(shifted.unanswered, QStringList{u"+13125550110"_s});
        QCOMPARE(shifted.answers.size(), 1);
        QCOMPARE(shifted.answers.first().phoneNumber, u"+13125550111"_s);
        QVERIFY(shifted.answers.first().isRcsCapable());
    }
};

QTEST_GUILESS_MAIN(TestRcsBulkMatch)
#include "tst_rcsbulkmatch.moc"
