#include "session/englishplurals.h"

#include <QCoreApplication>
#include <QTest>

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(new EnglishPlurals(this)); }

    void countedTexts_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << 0 << QStringLiteral("0 rows loaded");
        QTest::newRow("one") << 1 << QStringLiteral("1 row loaded");
        QTest::newRow("many") << 25 << QStringLiteral("25 rows loaded");
    }

    void countedTexts()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate("ListPage", "%n row(s) loaded", nullptr, count),
                 expected);
    }

    void everyMarkerInTheText()
    {
        QCOMPARE(QCoreApplication::translate("PhoneNumberList", "%n number(s) in %n file(s)",
                                             nullptr, 2),
                 QStringLiteral("2 numbers in 2 files"));
    }

    void textsWithoutCountAreUntouched()
    {
        QCOMPARE(QCoreApplication::translate("ListPage", "Choose the file(s)"),
                 QStringLiteral("Choose the file(s)"));
        QCOMPARE(QCoreApplication::translate("ListPage", "%n not a phone number", nullptr, 3),
                 QStringLiteral("3 not a phone number"));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
