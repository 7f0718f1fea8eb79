#include "isolatedhome.h"
#include "session/consolelanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString counted(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

// The catalogues as the console installs them: the real .qm files built from
// resources/translations, and Qt's own German texts from the system's Qt.
class TestConsoleLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(isolateUserFiles(m_home, QStringLiteral("unit-language"))); }

    void bothCataloguesAreEmbedded()
    {
        const QStringList languages = ConsoleLanguage::availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("en")), qPrintable(languages.join(u' ')));
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u' ')));
    }

    void englishCountedTexts_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << 0 << QStringLiteral("0 writes");
        QTest::newRow("one") << 1 << QStringLiteral("1 write");
        QTest::newRow("many") << 25 << QStringLiteral("25 writes");
    }

    void englishCountedTexts()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        ConsoleLanguage::install(QCoreApplication::instance(), QLocale(QLocale::English));
        QCOMPARE(counted("ActivityDialog", "%Ln write(s)", count), expected);
    }

    void englishSingularsAgreeWithTheirVerb()
    {
        ConsoleLanguage::install(QCoreApplication::instance(), QLocale(QLocale::English));
        const char *source = "%Ln ineligible number(s) are left out.";
        QCOMPARE(counted("HostedCreatePage", source, 1),
                 QStringLiteral("1 ineligible number is left out."));
        QCOMPARE(counted("HostedCreatePage", source, 2),
                 QStringLiteral("2 ineligible numbers are left out."));
    }

    void textsWithoutAnEntryAreShownAsWritten()
    {
        ConsoleLanguage::install(QCoreApplication::instance(), QLocale(QLocale::English));
        QCOMPARE(QCoreApplication::translate("NoSuchContext", "Choose the file(s)"),
                 QStringLiteral("Choose the file(s)"));
        QCOMPARE(counted("NoSuchContext", "%n not a phone number", 3),
                 QStringLiteral("3 not a phone number"));
    }

    void germanFormatsNumbersAndDatesAndTakesQtsOwnTexts()
    {
        ConsoleLanguage::install(QCoreApplication::instance(),
                                 QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QLocale().toString(1234), QStringLiteral("1.234"));
        QCOMPARE(QLocale().toString(QDate(2026, 12, 5), QLocale::ShortFormat),
                 QStringLiteral("05.12.26"));
        // A wizard's buttons come from Qt's catalogue (Debian's qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Weiter >"));
    }

    void germanCountedTextsNeverShowTheMarkerAndGroupTheirDigits()
    {
        // Translated or not yet, a counted text reads as German or as English, never "(s)";
        // its count is written the German way.
        ConsoleLanguage::install(QCoreApplication::instance(),
                                 QLocale(QLocale::German, QLocale::Germany));
        for (const int count : {1, 3}) {
            const QString text = counted("ActivityDialog", "%Ln write(s)", count);
            QVERIFY2(!text.contains(QStringLiteral("(s)")), qPrintable(text));
        }
        const QString thousands = counted("ActivityDialog", "%Ln write(s)", 1234);
        QVERIFY2(thousands.startsWith(QStringLiteral("1.234 ")), qPrintable(thousands));
    }

    void anotherInstallReplacesTheLanguage()
    {
        ConsoleLanguage::install(QCoreApplication::instance(),
                                 QLocale(QLocale::German, QLocale::Germany));
        ConsoleLanguage::install(QCoreApplication::instance(),
                                 QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Next >"));
        QCOMPARE(QLocale().toString(1234), QStringLiteral("1,234"));
        QCOMPARE(counted("ActivityDialog", "%Ln write(s)", 1), QStringLiteral("1 write"));
    }

    void thePreferenceIsKeptAndOnlyKnownLanguagesAreTaken()
    {
        QCOMPARE(ConsoleLanguage::preferredLanguage(), QString());
        QCOMPARE(ConsoleLanguage::preferredLocale(), QLocale::system());
        ConsoleLanguage::setPreferredLanguage(QStringLiteral("de"));
        QCOMPARE(ConsoleLanguage::preferredLanguage(), QStringLiteral("de"));
        QCOMPARE(ConsoleLanguage::preferredLocale().language(), QLocale::German);
        ConsoleLanguage::setPreferredLanguage(QStringLiteral("xx"));
        QCOMPARE(ConsoleLanguage::preferredLocale(), QLocale::system());
        ConsoleLanguage::setPreferredLanguage(QString());
        QCOMPARE(ConsoleLanguage::preferredLanguage(), QString());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestConsoleLanguage)
#include "tst_consolelanguage.moc"
