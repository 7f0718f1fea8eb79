#include "api/hostedapi.h"
#include "api/tollfreeapi.h"
#include "domain/tollfree.h"
#include "isolatedhome.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "session/consolelanguage.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// What is sent to the API is the same in every language: enum wire values, status names and
// field names come from the domain's tables, never from a translation. The same requests are
// sent once in English and once in German, and the sandbox's request log must not differ.
class TestWireLanguage : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxTestbed> m_bed;

    // A TFV submit, a status-filtered list of each status and a filtered hosted-number list,
    // as the sandbox received them (method, path, query, body).
    QJsonArray requestsSentIn(const QLocale &locale)
    {
        ConsoleLanguage::install(QCoreApplication::instance(), locale);
        m_bed = std::make_unique<SandboxTestbed>(); // a fresh sandbox: the same submit is new

        TollFreeVerificationRequest request = sampleTollFreeRequest();
        request.entityType = tfvEntityTypes().constFirst();
        request.useCase = tfvUseCases().constLast();
        if (!SandboxTestbed::wait(TollFreeApi(&m_bed->client).create(request)))
            return {};
        for (const QString &status : tfvStatuses()) {
            TollFreeListFilter filter;
            filter.status = status;
            if (!SandboxTestbed::wait(TollFreeApi(&m_bed->client).list(filter, 1)))
                return {};
        }
        HostedNumbersFilter numbers;
        numbers.setSearch(u"312"_s);
        numbers.sortPhoneNumber = u"desc"_s;
        if (!SandboxTestbed::wait(
                m_bed->client.send(HostedApi::listNumbersRequest(1, 20, numbers))))
            return {};
        QJsonArray sent;
        for (const QJsonValue &entry : m_bed->requestLog()) {
            const QJsonObject logged = entry.toObject();
            sent.append(QJsonObject{{u"method"_s, logged.value("method"_L1)},
                                    {u"path"_s, logged.value("path"_L1)},
                                    {u"query"_s, logged.value("query"_L1)},
                                    {u"body"_s, logged.value("body"_L1)}});
        }
        return sent;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(isolateUserFiles(m_home, u"integration-wirelanguage"_s)); }

    void germanSendsWhatEnglishSends()
    {
        const QJsonArray english = requestsSentIn(QLocale(QLocale::English, QLocale::UnitedStates));
        const QJsonArray german = requestsSentIn(QLocale(QLocale::German, QLocale::Germany));
        // The submit, one list per status and the hosted-number list.
        QCOMPARE(english.size(), 2 + int(tfvStatuses().size()));
        const QByteArray englishText = QJsonDocument(english).toJson();
        const QByteArray germanText = QJsonDocument(german).toJson();
        QCOMPARE(germanText, englishText);
        // And they are the wire's words, whatever the labels say.
        QVERIFY(germanText.contains("Waiting For Customer"));
        QVERIFY(germanText.contains(tfvEntityTypes().constFirst().toUtf8()));
        QVERIFY(germanText.contains("businessName"));
    }

    void theGermanCatalogueIsTheOneInstalled()
    {
        // Without this, the comparison above would pass with no German at all.
        ConsoleLanguage::install(QCoreApplication::instance(),
                                 QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), u"&Weiter >"_s);
        QCOMPARE(QLocale().toString(1234), u"1.234"_s);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestWireLanguage)
#include "tst_wirelanguage.moc"
