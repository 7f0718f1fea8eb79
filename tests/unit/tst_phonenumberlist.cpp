#include "consoleenglish.h"
#include "domain/phonenumberlist.h"

#include <QTest>

class TestPhoneNumberList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The summary as users read it: "1 number", "2 numbers" (main.cpp installs the same).
    void initTestCase() { installEnglish(); }

    void normalisesUsNumbersAndKeepsOrder()
    {
        const PhoneNumberList list = PhoneNumberList::parse(
            QStringLiteral("(312) 555-0101\n+1 312 555 0102\n13125550103\n+44 20 7946 0958"));
        QCOMPARE(list.numbers,
                 (QStringList{QStringLiteral("+13125550101"), QStringLiteral("+13125550102"),
                              QStringLiteral("+13125550103"), QStringLiteral("+442079460958")}));
        QVERIFY(list.invalid.isEmpty());
        QVERIFY(list.duplicates.isEmpty());
    }

    void reportsDuplicatesOnce()
    {
        const PhoneNumberList list = PhoneNumberList::parse(
            QStringLiteral("3125550101, +13125550101; 312.555.0101\n3125550102"));
        QCOMPARE(list.numbers.size(), 2);
        QCOMPARE(list.duplicates, QStringList{QStringLiteral("+13125550101")});
        QCOMPARE(list.summary(), QStringLiteral("2 numbers, 1 duplicate dropped"));
    }

    void reportsInvalidEntriesWithTheirLine()
    {
        const PhoneNumberList list =
            PhoneNumberList::parse(QStringLiteral("3125550101\n\n12345\nhello 3\n0012025550199"));
        QCOMPARE(list.numbers,
                 (QStringList{QStringLiteral("+13125550101"), QStringLiteral("+12025550199")}));
        QCOMPARE(list.invalid.size(), 2);
        QCOMPARE(list.invalid.at(0).line, 3);
        QCOMPARE(list.invalid.at(0).text, QStringLiteral("12345"));
        QCOMPARE(list.invalid.at(1).line, 4);
        QVERIFY(!list.invalid.at(0).reason.isEmpty());
    }

    void csvFileWithHeaderBomAndQuotes()
    {
        const QByteArray file = "\xEF\xBB\xBFphone_number,label\r\n\"+13125550101\",office\r\n"
                                "3125550102,home\r\n";
        const PhoneNumberList list = PhoneNumberList::parse(file);
        QCOMPARE(list.numbers,
                 (QStringList{QStringLiteral("+13125550101"), QStringLiteral("+13125550102")}));
        // "label", "office" and "home" are words in other columns: reported, not numbers.
        QCOMPARE(list.invalid.size(), 2);
        QCOMPARE(list.invalid.at(0).text, QStringLiteral("office"));
    }

    void emptyInput()
    {
        const PhoneNumberList list = PhoneNumberList::parse(QString());
        QVERIFY(list.numbers.isEmpty());
        QCOMPARE(list.summary(), QStringLiteral("0 numbers"));
    }

    void thousandsOfNumbers()
    {
        QString text;
        for (int i = 0; i < 5000; ++i)
            text += QStringLiteral("+1312%1\n").arg(5550000 + i % 2500);
        const PhoneNumberList list = PhoneNumberList::parse(text);
        QCOMPARE(list.numbers.size(), 2500);
        QCOMPARE(list.duplicates.size(), 2500);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberList)
#include "tst_phonenumberlist.moc"
