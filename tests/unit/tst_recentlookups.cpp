#include "isolatedhome.h"
#include "storage/recentlookups.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What Find a number remembers: per profile, most recent first, no repeats, at most 20.
class TestRecentLookups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { QVERIFY(isolateUserFiles(m_home, u"recent-lookups-test"_s)); }

    void keepsTheLatestTwentyWithoutRepeats()
    {
        RecentLookups recent(u"profile-a"_s);
        recent.clear();
        for (int i = 0; i < 25; ++i)
            recent.add(u"+1312555%1"_s.arg(i, 4, 10, QChar(u'0')));
        QStringList numbers = recent.numbers();
        QCOMPARE(numbers.size(), RecentLookups::maxNumbers);
        QCOMPARE(numbers.first(), u"+13125550024"_s);
        QCOMPARE(numbers.last(), u"+13125550005"_s);

        // Looked up again: moved to the top, not listed twice.
        recent.add(u"+13125550010"_s);
        numbers = recent.numbers();
        QCOMPARE(numbers.size(), RecentLookups::maxNumbers);
        QCOMPARE(numbers.first(), u"+13125550010"_s);
        QCOMPARE(numbers.count(u"+13125550010"_s), 1);
        recent.add(u"  "_s); // nothing typed: ignored
        QCOMPARE(recent.numbers(), numbers);
    }

    void eachProfileHasItsOwn()
    {
        RecentLookups a(u"profile-a"_s);
        RecentLookups b(u"profile-b"_s);
        a.clear();
        b.clear();
        a.add(u"+18005550100"_s);
        a.setRcsAgentId(u"agent_a"_s);
        QVERIFY(b.numbers().isEmpty());
        QVERIFY(b.rcsAgentId().isEmpty());
        // Read again from the settings file, as a new window would.
        QCOMPARE(RecentLookups(u"profile-a"_s).numbers(), QStringList{u"+18005550100"_s});
        QCOMPARE(RecentLookups(u"profile-a"_s).rcsAgentId(), u"agent_a"_s);
    }
};

QTEST_GUILESS_MAIN(TestRecentLookups)
#include "tst_recentlookups.moc"
