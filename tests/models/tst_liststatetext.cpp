#include "liststatetext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The one wording of a list's empty, loading, failed and filtered-out states.
class TestListStateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void says_data()
    {
        using Phase = ListStateText::Phase;
        QTest::addColumn<int>("phase");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("shownRows");
        QTest::addColumn<QString>("noun");
        QTest::addColumn<QString>("filterText");
        QTest::addColumn<QString>("expected");
        const QString noun = u"URL domains"_s;
        const auto row = [](const char *name, Phase phase, int rows, int shown, const QString &n,
                            const QString &filter, const QString &expected) {
            QTest::newRow(name) << int(phase) << rows << shown << n << filter << expected;
        };
        row("not asked", Phase::Idle, 0, -1, noun, {}, {});
        row("loading", Phase::Working, 0, -1, noun, {}, u"Loading URL domains…"_s);
        row("loading, model", Phase::Working, 0, -1, {}, {}, u"Loading…"_s);
        row("loading more, rows shown", Phase::Working, 5, 5, noun, {}, {});
        row("loading more, all filtered", Phase::Working, 5, 0, noun, u"x"_s,
            u"Loading URL domains…"_s);
        row("empty", Phase::Done, 0, 0, noun, {}, u"There are no URL domains yet."_s);
        row("empty, model", Phase::Done, 0, -1, {}, {}, u"No records."_s);
        row("rows", Phase::Done, 4, -1, noun, {}, {});
        row("filtered out", Phase::Done, 4, 0, noun, u"zzz"_s, u"No URL domains match “zzz”."_s);
        row("filtered out by a choice", Phase::Idle, 4, 0, noun, {},
            u"No URL domains match this filter."_s);
        row("failed", Phase::Failed, 0, 0, noun, {},
            u"Could not load URL domains.\nThe server did not answer."_s);
        row("failed, rows kept", Phase::Failed, 3, 3, noun, {},
            u"Could not load URL domains.\nThe server did not answer."_s);
        row("failed, model", Phase::Failed, 0, -1, {}, {}, u"The server did not answer."_s);
    }
    void says()
    {
        QFETCH(int, phase);
        QFETCH(int, rows);
        QFETCH(int, shownRows);
        QFETCH(QString, noun);
        QFETCH(QString, filterText);
        QFETCH(QString, expected);
        ListStateText state;
        state.phase = ListStateText::Phase(phase);
        state.rows = rows;
        state.shownRows = shownRows;
        state.noun = noun;
        state.filterText = filterText;
        state.error = u"The server did not answer."_s;
        QCOMPARE(state.text(), expected);
    }

    // A list with its own words for working and for not started (the capability results).
    void ownWordsForWorkingAndIdle()
    {
        ListStateText state;
        state.noun = u"numbers"_s;
        state.workingText = u"Checking…"_s;
        state.idleText = u"No results yet."_s;
        QCOMPARE(state.text(), u"No results yet."_s);
        state.phase = ListStateText::Phase::Working;
        QCOMPARE(state.text(), u"Checking…"_s);
        state.phase = ListStateText::Phase::Done;
        state.rows = 3;
        state.shownRows = 0;
        QCOMPARE(state.text(), u"No numbers match this filter."_s);
    }
};

QTEST_GUILESS_MAIN(TestListStateText)
#include "tst_liststatetext.moc"
