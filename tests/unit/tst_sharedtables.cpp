#include "domain/tollfree.h"
#include "domain/tollfreereadiness.h"
#include "domain/validators.h"
#include "sandbox/sandboxvalidation.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

// Tables the client and the sandbox each keep once (they share no code) and must agree on:
// the US states and territories (with the Canadian provinces), and the toll-free prefixes.
class TestSharedTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientAndSandboxAcceptTheSameStates()
    {
        const QSet<QString> client = setOf(stateAndProvinceNames());
        const QSet<QString> sandbox = setOf(SandboxValidation::stateAndProvinceNames());
        QCOMPARE(client.size(), int(stateAndProvinceNames().size())); // no repeats
        QCOMPARE(client, sandbox);
        for (const QString &name : SandboxValidation::stateAndProvinceNames())
            QVERIFY2(SandboxValidation::isStateOrProvinceName(name), qPrintable(name));
    }

    void territoriesAreAcceptedByTheClientValidator_data()
    {
        QTest::addColumn<QString>("state");
        for (const char *name : {"Guam", "U.S. Virgin Islands", "American Samoa",
                                 "Northern Mariana Islands", "Puerto Rico", "Texas"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void territoriesAreAcceptedByTheClientValidator()
    {
        QFETCH(QString, state);
        QVERIFY(usStateNames().contains(state));
        TollFreeVerificationRequest request;
        request.businessState = state;
        QCOMPARE(tollFreeFieldProblem(u"businessState"_s, request), QString());
        request.businessState = state.toLower();
        QCOMPARE(normalizedTollFreeRequest(request).businessState, state);
        QVERIFY(SandboxValidation::isStateOrProvinceName(state));
    }

    void tollFreePrefixesAreOneTable()
    {
        const QStringList expected{u"800"_s, u"833"_s, u"844"_s, u"855"_s,
                                   u"866"_s, u"877"_s, u"888"_s};
        QCOMPARE(Validators::tollFreePrefixes(), expected);
        QCOMPARE(setOf(SandboxValidation::tollFreePrefixes()), setOf(expected));
        QCOMPARE(Validators::tollFreePrefixList(), u"800, 833, 844, 855, 866, 877 or 888"_s);
        for (const QString &prefix : expected) {
            const QString number = u"+1"_s + prefix + u"5550100"_s;
            QCOMPARE(Validators::tollFreeNumber(number), QString());
            QVERIFY(SandboxValidation::isTollFree(number));
        }
        // Area codes in the 8XX range that are not toll-free, on both sides.
        for (const QString &prefix : {u"811"_s, u"822"_s, u"899"_s, u"312"_s}) {
            const QString number = u"+1"_s + prefix + u"5550100"_s;
            QVERIFY(!Validators::tollFreeNumber(number).isEmpty());
            QVERIFY(!SandboxValidation::isTollFree(number));
            QVERIFY(Validators::tollFreeNumber(number).contains(Validators::tollFreePrefixList()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSharedTables)
#include "tst_sharedtables.moc"
