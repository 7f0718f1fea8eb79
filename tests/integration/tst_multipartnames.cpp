#include "api/hostedapi.h"
#include "sandboxtestbed.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;

// A file's name is data, never part of the multipart headers: names with CR, LF, quotes or
// letters beyond ASCII reach the server as the same two parts, with the name intact.
class TestMultipartNames : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;
    int m_orders = 0;

    QString createOrder()
    {
        HostedOrderCreateRequest request;
        // A number of its own per order: one already in an active order is not hosted again.
        request.phoneNumbers = {u"+1312555%1"_s.arg(172 + m_orders++, 4, 10, QLatin1Char('0'))};
        auto *call = HostedApi(&m_bed->client).createOrder(request);
        QString id;
        connect(call, &ApiCall::finished, this, [&id, call] { id = call->result().id; });
        return SandboxTestbed::wait(call) ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
    }

    void namesCannotInjectHeaders_data()
    {
        QTest::addColumn<QString>("loaName");
        QTest::addColumn<QString>("billName");
        QTest::newRow("CR LF and a header")
            << u"loa.pdf\r\nContent-Type: text/html\r\n\r\n<script>.pdf"_s
            << u"bill\".pdf; name=\"loa\""_s;
        QTest::newRow("beyond ASCII")
            << u"Lettre d’autorisation — signée.pdf"_s << u"Facture 2026 №7 账单.pdf"_s;
        QTest::newRow("backslash and quotes") << u"C:\\scans\\\"loa\".pdf"_s << u"bill.pdf"_s;
    }
    void namesCannotInjectHeaders()
    {
        QFETCH(QString, loaName);
        QFETCH(QString, billName);
        const QString orderId = createOrder();
        QVERIFY(!orderId.isEmpty());
        const QByteArray loa = "%PDF-1.4\n% letter of authorisation\n%%EOF\n";
        const QByteArray bill = "%PDF-1.4\n% last bill\n%%EOF\n";
        auto *upload = HostedApi(&m_bed->client)
                           .uploadDocuments(orderId, HostedApi::pdfPart("loa", loaName, loa),
                                            HostedApi::pdfPart("bill", billName, bill));
        QVERIFY(SandboxTestbed::wait(upload));

        const QJsonObject uploads = m_bed->control("GET", u"/_sandbox/uploads/"_s + orderId)
                                        .object()
                                        .value(u"data"_s)
                                        .toObject();
        const QJsonArray parts = uploads.value(u"parts"_s).toArray();
        QCOMPARE(parts.size(), 2);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &part : parts)
            byName.insert(part[u"name"_s].toString(), part.toObject());
        QCOMPARE(byName.keys().size(), 2);
        QVERIFY(byName.contains(u"loa"_s) && byName.contains(u"bill"_s));
        for (const auto &[name, bytes, fileName] :
             {std::tuple{u"loa"_s, loa, loaName}, std::tuple{u"bill"_s, bill, billName}}) {
            const QJsonObject part = byName.value(name);
            QCOMPARE(part[u"content_type"_s].toString(), u"application/pdf"_s);
            QCOMPARE(part[u"filename"_s].toString(), fileName);
            QCOMPARE(part[u"sha256"_s].toString(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        }
    }

    void cleanupTestCase() { m_bed.reset(); }
};

QTEST_GUILESS_MAIN(TestMultipartNames)
#include "tst_multipartnames.moc"
