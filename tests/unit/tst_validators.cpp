// Field validators: tables of accepted and rejected input, the wording of the messages, and
// the PDF checks against real files in a temporary directory.

#include "domain/validators.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Writes a file and returns its path; content is written as is.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qFatal("cannot write test file %s", qPrintable(path));
    }
    return path;
}

QByteArray pdfBytes(qint64 size)
{
    QByteArray bytes = "%PDF-1.7\n";
    bytes.append(QByteArray(size - bytes.size(), 'a'));
    return bytes;
}

} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void e164_data();
    void e164();
    void tollFree_data();
    void tollFree();
    void normalizeUsNumber_data();
    void normalizeUsNumber();
    void httpUrl_data();
    void httpUrl();
    void httpsUrl_data();
    void httpsUrl();
    void email_data();
    void email();
    void countryCode_data();
    void countryCode();
    void countryList();
    void required_data();
    void required();
    void pdfFile();
    void pdfFileUnreadable();
    void pdfFileReadFails();
};

// Each table: input, whether it is valid, and a word the message must contain when not.

void TestValidators::e164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problemContains"); // empty: valid

    QTest::newRow("US") << u"+13125550001"_s << QString();
    QTest::newRow("UK") << u"+442079460958"_s << QString();
    QTest::newRow("one digit") << u"+1"_s << QString();
    QTest::newRow("15 digits") << u"+123456789012345"_s << QString();
    QTest::newRow("16 digits") << u"+1234567890123456"_s << u"15 digits"_s;
    QTest::newRow("no plus") << u"13125550001"_s << u"start with +"_s;
    QTest::newRow("leading zero") << u"+0123456"_s << u"0"_s;
    QTest::newRow("spaces") << u"+1 312 555 0001"_s << u"digits"_s;
    QTest::newRow("dashes") << u"+1-312-555-0001"_s << u"digits"_s;
    QTest::newRow("letters") << u"+1312CALLNOW"_s << u"digits"_s;
    QTest::newRow("arabic-indic digits") << u"+\u0661\u0662\u0663"_s << u"digits"_s;
    QTest::newRow("plus only") << u"+"_s << u"after the +"_s;
    QTest::newRow("double plus") << u"++13125550001"_s << u"digits"_s;
    QTest::newRow("trailing space") << u"+13125550001 "_s << u"digits"_s;
    QTest::newRow("empty") << QString() << u"Enter"_s;
    QTest::newRow("blank") << u"   "_s << u"Enter"_s;
}

void TestValidators::e164()
{
    QFETCH(QString, input);
    QFETCH(QString, problemContains);
    const QString problem = Validators::isE164(input);
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(problemContains, Qt::CaseInsensitive), qPrintable(problem));
    }
}

void TestValidators::tollFree_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problemContains");

    for (const QString &prefix : Validators::tollFreePrefixes()) {
        QTest::newRow(qPrintable(prefix)) << (u"+1"_s + prefix + u"5550100"_s) << QString();
    }
    QTest::newRow("822 not toll-free") << u"+18225550100"_s << u"not a toll-free"_s;
    QTest::newRow("local") << u"+13125550100"_s << u"not a toll-free"_s;
    QTest::newRow("UK freephone") << u"+448005550100"_s << u"+1"_s;
    QTest::newRow("too short") << u"+1800555010"_s << u"10 digits"_s;
    QTest::newRow("too long") << u"+180055501000"_s << u"10 digits"_s;
    QTest::newRow("not E.164") << u"1-800-555-0100"_s << u"start with +"_s;
    QTest::newRow("empty") << QString() << u"Enter"_s;
}

void TestValidators::tollFree()
{
    QFETCH(QString, input);
    QFETCH(QString, problemContains);
    const QString problem = Validators::tollFreeNumber(input);
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(problemContains, Qt::CaseInsensitive), qPrintable(problem));
    }
}

void TestValidators::normalizeUsNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: garbage

    QTest::newRow("10 digits") << u"3125550001"_s << u"+13125550001"_s;
    QTest::newRow("11 digits") << u"13125550001"_s << u"+13125550001"_s;
    QTest::newRow("formatted") << u"(312) 555-0001"_s << u"+13125550001"_s;
    QTest::newRow("dots") << u"312.555.0001"_s << u"+13125550001"_s;
    QTest::newRow("1 and dashes") << u"1-800-555-0100"_s << u"+18005550100"_s;
    QTest::newRow("blanks around") << u"  312 555 0001 "_s << u"+13125550001"_s;
    QTest::newRow("E.164 kept") << u"+13125550001"_s << u"+13125550001"_s;
    QTest::newRow("E.164 other country kept") << u"+442079460958"_s << u"+442079460958"_s;
    QTest::newRow("E.164 with spaces") << u"+1 312 555 0001"_s << u"+13125550001"_s;
    QTest::newRow("9 digits") << u"312555000"_s << QString();
    QTest::newRow("12 digits") << u"131255500011"_s << QString();
    QTest::newRow("11 digits not 1") << u"23125550001"_s << QString();
    QTest::newRow("area code 0") << u"0125550001"_s << QString();
    QTest::newRow("area code 1") << u"1125550001"_s << QString();
    QTest::newRow("letters") << u"312-555-CALL"_s << QString();
    QTest::newRow("plus in middle") << u"312+5550001"_s << QString();
    QTest::newRow("bad E.164") << u"+0123"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("huge") << QString(100000, u'1') << QString();
}

void TestValidators::normalizeUsNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString normalized = Validators::normalizeUsNumber(input);
    QCOMPARE(normalized, expected);
    if (!normalized.isEmpty()) {
        QVERIFY(Validators::isE164(normalized).isEmpty());
    }
}

void TestValidators::httpUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("http") << u"http://example.com"_s << QString();
    QTest::newRow("https path query") << u"https://example.com/a/b?c=d#e"_s << QString();
    QTest::newRow("port") << u"http://127.0.0.1:8080/hook"_s << QString();
    QTest::newRow("upper-case scheme") << u"HTTPS://EXAMPLE.COM"_s << QString();
    QTest::newRow("no scheme") << u"example.com"_s << u"http://"_s;
    QTest::newRow("ftp") << u"ftp://example.com"_s << u"http://"_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"http://"_s;
    QTest::newRow("one slash") << u"http:/example.com"_s << u"http://"_s;
    QTest::newRow("no host") << u"http://"_s << u"host"_s;
    QTest::newRow("no host path") << u"https:///path"_s << u"host"_s;
    QTest::newRow("space") << u"http://exa mple.com"_s << u"spaces"_s;
    QTest::newRow("empty") << QString() << u"Enter"_s;
}

void TestValidators::httpUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, problemContains);
    const QString problem = Validators::httpUrl(input);
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(problemContains, Qt::CaseInsensitive), qPrintable(problem));
    }
}

void TestValidators::httpsUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("https") << u"https://example.com/privacy"_s << QString();
    QTest::newRow("http") << u"http://example.com"_s << u"https://"_s;
    QTest::newRow("no scheme") << u"example.com"_s << u"https://"_s;
    QTest::newRow("no host") << u"https://"_s << u"host"_s;
    QTest::newRow("empty") << QString() << u"Enter"_s;
}

void TestValidators::httpsUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, problemContains);
    const QString problem = Validators::httpsUrl(input);
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(problemContains, Qt::CaseInsensitive), qPrintable(problem));
    }
}

void TestValidators::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("simple") << u"email@example.com"_s << QString();
    QTest::newRow("plus and dots") << u"first.last+tag@mail.example.co.uk"_s << QString();
    QTest::newRow("hyphen domain") << u"a@my-company.io"_s << QString();
    QTest::newRow("unicode") << u"j\u00f6rg@b\u00fccher.de"_s << QString();
    QTest::newRow("blanks around") << u" a@example.com "_s << QString();
    QTest::newRow("no at") << u"example.com"_s << u"@"_s;
    QTest::newRow("two ats") << u"a@b@example.com"_s << u"@"_s;
    QTest::newRow("no local") << u"@example.com"_s << u"before the @"_s;
    QTest::newRow("no domain") << u"a@"_s << u"after the @"_s;
    QTest::newRow("no dot") << u"a@localhost"_s << u"domain"_s;
    QTest::newRow("leading dot") << u".a@example.com"_s << u"before the @"_s;
    QTest::newRow("double dot") << u"a..b@example.com"_s << u"before the @"_s;
    QTest::newRow("bad char") << u"a(b)@example.com"_s << u"before the @"_s;
    QTest::newRow("empty label") << u"a@example..com"_s << u"domain"_s;
    QTest::newRow("label dash") << u"a@-example.com"_s << u"domain"_s;
    QTest::newRow("numeric tld") << u"a@example.123"_s << u"top-level"_s;
    QTest::newRow("one-letter tld") << u"a@example.c"_s << u"top-level"_s;
    QTest::newRow("space") << u"a b@example.com"_s << u"spaces"_s;
    QTest::newRow("too long") << (QString(250, u'a') + u"@example.com"_s) << u"too long"_s;
    QTest::newRow("empty") << QString() << u"Enter"_s;
}

void TestValidators::email()
{
    QFETCH(QString, input);
    QFETCH(QString, problemContains);
    const QString problem = Validators::email(input);
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(problemContains, Qt::CaseInsensitive), qPrintable(problem));
    }
}

void TestValidators::countryCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("US") << u"US"_s << QString();
    QTest::newRow("CA") << u"CA"_s << QString();
    QTest::newRow("GB") << u"GB"_s << QString();
    QTest::newRow("lower case") << u"de"_s << QString();
    QTest::newRow("Aland") << u"AX"_s << QString();
    QTest::newRow("South Sudan") << u"SS"_s << QString();
    QTest::newRow("UK is not a code") << u"UK"_s << u"not an ISO"_s;
    QTest::newRow("XX") << u"XX"_s << u"not an ISO"_s;
    QTest::newRow("alpha-3") << u"USA"_s << u"two letters"_s;
    QTest::newRow("one letter") << u"U"_s << u"two letters"_s;
    QTest::newRow("digits") << u"12"_s << u"two letters"_s;
    QTest::newRow("non-ASCII letters") << u"\u00c4\u00d6"_s << u"two letters"_s;
    QTest::newRow("empty") << QString() << u"Enter"_s;
}

void TestValidators::countryCode()
{
    QFETCH(QString, input);
    QFETCH(QString, problemContains);
    const QString problem = Validators::isoCountryAlpha2(input);
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(problemContains, Qt::CaseInsensitive), qPrintable(problem));
    }
}

void TestValidators::countryList()
{
    const QStringList codes = Validators::isoCountryAlpha2Codes();
    QCOMPARE(codes.size(), 249);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 249);
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    for (const QString &code : codes) {
        QVERIFY2(Validators::isoCountryAlpha2(code).isEmpty(), qPrintable(code));
    }
}

void TestValidators::required_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text") << u"Telnyx"_s << QString() << QString();
    QTest::newRow("single char") << u"x"_s << u"Business name"_s << QString();
    QTest::newRow("empty") << QString() << QString() << u"This field is required."_s;
    QTest::newRow("blank named") << u" \t\n"_s << u"Business name"_s
                                 << u"Business name is required."_s;
}

void TestValidators::required()
{
    QFETCH(QString, input);
    QFETCH(QString, fieldName);
    QFETCH(QString, expected);
    QCOMPARE(Validators::required(input, fieldName), expected);
}

void TestValidators::pdfFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString good = writeFile(dir, u"loa.pdf"_s, pdfBytes(1024));
    QCOMPARE(Validators::pdfFile(good), QString());

    // Content decides, not the extension.
    QCOMPARE(Validators::pdfFile(writeFile(dir, u"scan.bin"_s, pdfBytes(100))), QString());
    QVERIFY(Validators::pdfFile(writeFile(dir, u"fake.pdf"_s, "<html>not a pdf</html>"))
                .contains(u"not a PDF"_s));
    QVERIFY(
        Validators::pdfFile(writeFile(dir, u"empty.pdf"_s, QByteArray())).contains(u"not a PDF"_s));
    QVERIFY(Validators::pdfFile(writeFile(dir, u"short.pdf"_s, "%PD")).contains(u"not a PDF"_s));

    // Size limit: 5 MB exactly passes, one byte more fails.
    QCOMPARE(Validators::pdfFile(writeFile(dir, u"limit.pdf"_s, pdfBytes(Validators::maxPdfSize))),
             QString());
    QVERIFY(Validators::pdfFile(writeFile(dir, u"big.pdf"_s, pdfBytes(Validators::maxPdfSize + 1)))
                .contains(u"5 MB"_s));

    // Each forbidden character in the name.
    for (const QChar c : u"#$%&@"_s) {
        const QString name = u"bill"_s + c + u"1.pdf"_s;
        const QString problem = Validators::pdfFile(writeFile(dir, name, pdfBytes(100)));
        QVERIFY2(problem.contains(u"file name"_s), qPrintable(name + u": " + problem));
    }
    // A forbidden character in a folder name does not matter; only the file name is sent.
    QVERIFY(QDir(dir.path()).mkdir(u"a#b"_s));
    QCOMPARE(Validators::pdfFile(writeFile(dir, u"a#b/ok.pdf"_s, pdfBytes(100))), QString());

    // The first problem wins: a non-PDF with a bad name reports the content.
    QVERIFY(
        Validators::pdfFile(writeFile(dir, u"bad#name.pdf"_s, "text")).contains(u"not a PDF"_s));

    QVERIFY(Validators::pdfFile(dir.filePath(u"missing.pdf"_s)).contains(u"does not exist"_s));
    QVERIFY(Validators::pdfFile(dir.path()).contains(u"folder"_s));
    QVERIFY(Validators::pdfFile(QString()).contains(u"Choose"_s));
}

void TestValidators::pdfFileUnreadable()
{
    if (::geteuid() == 0) {
        QSKIP("root can read files without read permission");
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"locked.pdf"_s, pdfBytes(100));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QVERIFY(Validators::pdfFile(path).contains(u"cannot be read"_s));
}

// Testable as root too (where permissions do not stop reading): /proc/self/mem opens, but
// reading its first bytes (an unmapped address) fails with EIO.
void TestValidators::pdfFileReadFails()
{
    if (!QFile::exists(u"/proc/self/mem"_s)) {
        QSKIP("needs /proc/self/mem");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scan.pdf"_s);
    QVERIFY(QFile::link(u"/proc/self/mem"_s, path));
    const QString problem = Validators::pdfFile(path);
    QVERIFY2(problem.startsWith(u"The file cannot be read"_s), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
