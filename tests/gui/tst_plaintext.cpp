#include "api/hostedapi.h"
#include "api/tollfreeapi.h"
#include "consoleenglish.h"
#include "hosted/hostedorderdetailpane.h"
#include "hostedrecords.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "sandboxtestbed.h"
#include "tollfree/tollfreedetailpane.h"
#include "tollfreerecords.h"
#include "tollfreerequestsmodel.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue #11, "input from outside is data, never markup": whatever the server says is shown as
// it says it. A label left at Qt::AutoText would render the markup below: bold text, a link to
// click, an image fetched.
class TestPlainText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;

    static QString markup()
    {
        return u"<b>bold</b> <a href=\"http://example.com\">link</a> <img src=\"x.png\">"_s;
    }

    // A 400 whose detail is the markup, once, on METHOD PATH.
    void armMarkupError(const QString &method, const QString &path)
    {
        const QJsonObject item{
            {u"code"_s, u"10001"_s}, {u"title"_s, u"Bad request"_s}, {u"detail"_s, markup()}};
        m_bed->addFault(
            method, path, u"status"_s,
            {{u"status"_s, 400}, {u"body"_s, QJsonObject{{u"errors"_s, QJsonArray{item}}}}});
    }

    // `label` shows the markup character for character: plain text that contains it.
    static void verifyShownLiterally(const QLabel *label)
    {
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"<b>bold</b>"_s), qPrintable(label->text()));
        QVERIFY(label->text().contains(u"<img src=\"x.png\">"_s));
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    // A rich-text `label` shows the markup escaped, so it reads as typed.
    static void verifyEscaped(const QLabel *label)
    {
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::RichText);
        QVERIFY2(label->text().contains(u"&lt;b&gt;bold&lt;/b&gt;"_s), qPrintable(label->text()));
        QVERIFY(!label->text().contains(u"<b>"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, QStringLiteral("plaintext-test")));
        // What users see: "1 row", "3 rows" (main.cpp installs the same).
        installEnglish();
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
    }

    void init() { QVERIFY(m_bed->startAfresh()); }

    void cleanupTestCase() { m_bed.reset(); }

    // A list that could not load says why in its banner.
    void listErrorBannerShowsTheServersMarkupAsText()
    {
        armMarkupError(u"GET"_s, u"/v2/messaging_tollfree/verification/requests"_s);
        auto *model = new TollFreeRequestsModel(&m_bed->client);
        ListPage page(ListPage::Options{u"tollFree"_s,
                                        u"Toll-free verification"_s,
                                        u"verification requests"_s,
                                        model,
                                        TollFreeRequestsModel::StatusColumn,
                                        {}});
        model->setParent(&page);
        page.show();
        model->reload();

        QTRY_VERIFY(page.lastError().contains(u"<b>bold</b>"_s));
        auto *banner = page.findChild<QWidget *>(u"tollFreeErrorBanner"_s);
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        verifyShownLiterally(banner->findChild<QLabel *>(u"errorBannerText"_s));
    }

    // A hosted order whose refresh failed keeps showing, with the server's words above it.
    void hostedOrderRefreshErrorShowsTheServersMarkupAsText()
    {
        armMarkupError(u"GET"_s, u"/v2/messaging_hosted_number_orders/*"_s);
        HostedRecords records(&m_bed->client);
        HostedOrderDetailPane pane(&records);
        pane.show();
        HostedOrder order;
        order.id = u"0f8a1e2c-0000-4000-8000-000000000001"_s;
        order.status = u"pending"_s;
        pane.setOrder(order);

        QTRY_VERIFY(pane.errorText().contains(u"<b>bold</b>"_s));
        verifyShownLiterally(pane.findChild<QLabel *>(u"detailErrorLabel"_s));
    }

    // A refused delete says why under the toll-free request's actions.
    void tollFreeDeleteErrorShowsTheServersMarkupAsText()
    {
        const TollFreeVerificationRequest request = m_bed->firstTollFreeWithStatus(u"Rejected"_s);
        QVERIFY(!request.id.isEmpty());
        armMarkupError(u"DELETE"_s,
                       u"/v2/messaging_tollfree/verification/requests/"_s + request.id);
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(request);

        QTest::mouseClick(pane.findChild<QPushButton *>(u"deleteRequestButton"_s), Qt::LeftButton);
        auto *dialog = pane.findChild<QMessageBox *>(u"confirmDeleteDialog"_s);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmDeleteButton"_s),
                          Qt::LeftButton);

        QTRY_VERIFY(pane.errorText().contains(u"<b>bold</b>"_s));
        verifyShownLiterally(pane.findChild<QLabel *>(u"detailErrorLabel"_s));
        QVERIFY(pane.hasRequest());
    }

    // The record's own fields, as the server sends them: the business name in the title and
    // its row, the reviewers' reason in the callout.
    void tollFreeRecordFieldsShowTheServersMarkupAsText()
    {
        const TollFreeVerificationRequest seeded =
            m_bed->firstTollFreeWithStatus(u"Waiting For Customer"_s);
        QVERIFY(!seeded.id.isEmpty());
        QJsonObject record = seeded.raw;
        QVERIFY(!record.isEmpty());
        record.insert(u"businessName"_s, markup());
        record.insert(u"reason"_s, markup());
        m_bed->addFault(u"GET"_s, u"/v2/messaging_tollfree/verification/requests/"_s + seeded.id,
                        u"status"_s, {{u"status"_s, 200}, {u"body"_s, record}});
        auto *call = TollFreeApi(&m_bed->client).retrieve(seeded.id);
        TollFreeVerificationRequest request;
        connect(call, &ApiCall::finished, this, [&] { request = call->result(); });
        QVERIFY(SandboxTestbed::wait(call));
        QCOMPARE(request.reason, markup());

        TollFreeRecords records(&m_bed->client);

        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(request);

        verifyShownLiterally(pane.findChild<QLabel *>(u"detailTitle"_s));
        verifyShownLiterally(pane.findChild<QLabel *>(u"reasonLabel"_s));
        verifyEscaped(pane.findChild<QLabel *>(u"field_businessName"_s));
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
