// The RCS deeplink dialog against the in-process sandbox: the link the server makes, its QR
// code drawn in the dialog and read back by zbar, saving as PNG and SVG, the agent list from
// the model, and a bad phone number refused before any request.

#include "consoleenglish.h"
#include "isolatedhome.h"
#include "rcs/rcsdeeplinkdialog.h"
#include "rcsagentsmodel.h"
#include "sandboxtestbed.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>
#include <zbar.h>

using namespace Qt::StringLiterals;

namespace {

const QString deeplinkPath = u"GET /v2/messages/rcs/deeplinks/sandbox_demo_agent"_s;

QList<QByteArray> decodeWithZbar(const QImage &source)
{
    using namespace zbar; // the C API is declared in this namespace under C++
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    const int width = gray.width();
    const int height = gray.height();
    QByteArray pixels(qsizetype(width) * height, '\0'); // Y800: rows without padding
    for (int y = 0; y < height; ++y)
        std::copy_n(gray.constScanLine(y), width, pixels.data() + qsizetype(y) * width);

    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, unsigned(width), unsigned(height));
    zbar_image_set_data(image, pixels.constData(), unsigned(pixels.size()), nullptr);
    QList<QByteArray> found;
    if (zbar_scan_image(scanner, image) > 0) {
        for (const zbar_symbol_t *symbol = zbar_image_first_symbol(image); symbol;
             symbol = zbar_symbol_next(symbol))
            found.append(QByteArray(zbar_symbol_get_data(symbol),
                                    qsizetype(zbar_symbol_get_data_length(symbol))));
    }
    zbar_image_destroy(image);
    zbar_image_scanner_destroy(scanner);
    return found;
}

} // namespace

class TestRcsDeeplink : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_sandbox;

    template<typename T> static T *find(QWidget *root, const QString &name)
    {
        T *child = root->findChild<T *>(name);
        if (!child)
            qWarning("no widget %s", qPrintable(name));
        return child;
    }
    static void typeInto(QWidget *target, const QString &text)
    {
        target->setFocus(Qt::MouseFocusReason);
        if (auto *combo = qobject_cast<QComboBox *>(target))
            target = combo->lineEdit();
        QTest::keyClicks(target, text);
    }
    // Clicks Generate and waits for the answer; the link the dialog shows.
    static QString generate(RcsDeeplinkDialog &dialog)
    {
        QSignalSpy generated(&dialog, &RcsDeeplinkDialog::generated);
        QSignalSpy failed(&dialog, &RcsDeeplinkDialog::generateFailed);
        QTest::mouseClick(find<QPushButton>(&dialog, u"generateButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return generated.size() + failed.size() > 0; }, 10000))
            return {};
        return generated.isEmpty() ? QString() : generated.first().first().toString();
    }
    QString expectedUrl(const QString &agent, const QString &phone, const QString &body)
    {
        QString path = u"/v2/messages/rcs/deeplinks/"_s + agent;
        QUrlQuery query;
        if (!phone.isEmpty())
            query.addQueryItem(u"phone_number"_s,
                               QString::fromLatin1(QUrl::toPercentEncoding(phone)));
        if (!body.isEmpty())
            query.addQueryItem(u"body"_s, QString::fromLatin1(QUrl::toPercentEncoding(body)));
        // Asked outside the dialog, straight from the sandbox, to compare with.
        ApiCall *call =
            m_sandbox->client.send(ApiRequest::get(u"/messages/rcs/deeplinks/"_s + agent, query));
        QJsonObject answer;
        QObject::connect(call, &ApiCall::finished, call,
                         [&answer, call] { answer = call->json().object(); });
        if (!SandboxTestbed::wait(call))
            return {};
        Q_UNUSED(path);
        return answer.value(u"data"_s).toObject().value(u"url"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"rcs-deeplink-test"_s));
        // What users see: "1 row", "3 rows" (main.cpp installs the same).
        installEnglish();
    }
    void init()
    {
        m_sandbox = std::make_unique<SandboxTestbed>();
        QVERIFY(m_sandbox->isListening());
    }
    void cleanup() { m_sandbox.reset(); }

    void generatesTheLinkAndItsQrCode()
    {
        RcsDeeplinkDialog dialog(&m_sandbox->client, nullptr);
        dialog.setAgentId(u"sandbox_demo_agent"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(find<QLineEdit>(&dialog, u"phoneEdit"_s), u"+13125551234"_s);
        typeInto(find<QLineEdit>(&dialog, u"bodyEdit"_s), u"Hello there & welcome"_s);

        const QString url = generate(dialog);
        QVERIFY(!url.isEmpty());
        const QString expected =
            expectedUrl(u"sandbox_demo_agent"_s, u"+13125551234"_s, u"Hello there & welcome"_s);
        QCOMPARE(url, expected);
        QVERIFY(url.startsWith(u"sms:+13125551234?service_id=sandbox_demo_agent%40rbm.goog"_s));
        QCOMPARE(dialog.url(), url);
        QCOMPARE(find<QLineEdit>(&dialog, u"urlEdit"_s)->text(), url);
        QVERIFY(find<QLineEdit>(&dialog, u"urlEdit"_s)->isReadOnly());
        QCOMPARE(m_sandbox->requestCount(deeplinkPath), 2); // the dialog's and ours

        // The code drawn in the dialog scans to exactly the link.
        auto *qrLabel = find<QLabel>(&dialog, u"qrLabel"_s);
        const QPixmap shown = qrLabel->pixmap();
        QVERIFY(!shown.isNull());
        QVERIFY(shown.width() >= dialog.qrCode().size() * 2);
        QCOMPARE(decodeWithZbar(shown.toImage()), QList<QByteArray>{url.toUtf8()});
        // The whole dialog as a user sees it scans too.
        QCOMPARE(decodeWithZbar(dialog.grab().toImage()), QList<QByteArray>{url.toUtf8()});

        QTest::mouseClick(find<QPushButton>(&dialog, u"copyButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), url);

        const QString screenshotDir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            dialog.resize(600, 600);
            QCoreApplication::processEvents(); // let the layouts follow the new size
            QVERIFY(dialog.grab().save(QDir(screenshotDir).filePath(u"rcs-deeplink-qr.png"_s)));
        }
    }

    void savesPngAndSvg()
    {
        RcsDeeplinkDialog dialog(&m_sandbox->client, nullptr);
        dialog.setAgentId(u"sandbox_demo_agent"_s);
        dialog.show();
        QVERIFY(!find<QPushButton>(&dialog, u"savePngButton"_s)->isEnabled());
        QTemporaryDir dir;
        QString error;
        QVERIFY(!dialog.savePng(dir.filePath(u"early.png"_s), &error)); // nothing to save yet
        QVERIFY(!error.isEmpty());

        typeInto(find<QLineEdit>(&dialog, u"bodyEdit"_s), u"Order status"_s);
        const QString url = generate(dialog);
        QVERIFY(!url.isEmpty());
        QVERIFY(url.contains(u"body=Order%20status"_s));
        QVERIFY(find<QPushButton>(&dialog, u"savePngButton"_s)->isEnabled());
        QVERIFY(find<QPushButton>(&dialog, u"saveSvgButton"_s)->isEnabled());

        const QString pngPath = dir.filePath(u"link.png"_s);
        QVERIFY2(dialog.savePng(pngPath, &error), qPrintable(error));
        QImageReader reader(pngPath);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage png = reader.read();
        QCOMPARE(png.width(), (dialog.qrCode().size() + 2 * QrCode::standardMargin) *
                                  RcsDeeplinkDialog::pngScale);
        QCOMPARE(decodeWithZbar(png), QList<QByteArray>{url.toUtf8()});

        const QString svgPath = dir.filePath(u"link.svg"_s);
        QVERIFY2(dialog.saveSvg(svgPath, &error), qPrintable(error));
        QFile svgFile(svgPath);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        QString root;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && root.isEmpty())
                root = xml.name().toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, u"svg"_s);
        svgFile.seek(0);
        QCOMPARE(QString::fromUtf8(svgFile.readAll()), dialog.qrCode().toSvg());

        // Through the button: a non-blocking file dialog, then the file.
        QTest::mouseClick(find<QPushButton>(&dialog, u"savePngButton"_s), Qt::LeftButton);
        auto *fileDialog = find<QFileDialog>(&dialog, u"saveQrDialog"_s);
        QVERIFY(fileDialog);
        QVERIFY(fileDialog->isVisible());
        QCOMPARE(fileDialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(fileDialog->selectedFiles().value(0).endsWith(
            u"rcs-deeplink-sandbox_demo_agent.png"_s));
        const QString chosenPath = dir.filePath(u"chosen.png"_s);
        fileDialog->selectFile(chosenPath);
        QVERIFY(QMetaObject::invokeMethod(fileDialog, "accept")); // as pressing Save
        QVERIFY(QFileInfo::exists(chosenPath));
        QCOMPARE(decodeWithZbar(QImage(chosenPath)), QList<QByteArray>{url.toUtf8()});
        QVERIFY(find<QLabel>(&dialog, u"statusLabel"_s)->text().startsWith(u"Saved"_s));

        // A folder that does not exist: refused with a reason, nothing half-written.
        QVERIFY(!dialog.savePng(dir.filePath(u"missing/link.png"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void refusesABadPhoneNumberBeforeAnyRequest()
    {
        RcsDeeplinkDialog dialog(&m_sandbox->client, nullptr);
        dialog.setAgentId(u"sandbox_demo_agent"_s);
        dialog.show();
        auto *phone = find<QLineEdit>(&dialog, u"phoneEdit"_s);
        typeInto(phone, u"+1312abc"_s);
        QSignalSpy generated(&dialog, &RcsDeeplinkDialog::generated);
        QTest::mouseClick(find<QPushButton>(&dialog, u"generateButton"_s), Qt::LeftButton);
        QVERIFY(!dialog.isGenerating());
        QVERIFY(m_sandbox->waitUntilIdle()); // a request, had one been sent, is answered
        QCOMPARE(generated.size(), 0);
        QCOMPARE(m_sandbox->requestCount(deeplinkPath), 0);
        auto *problem = find<QLabel>(&dialog, u"phoneEditProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(dialog.url().isEmpty());

        // A US number typed loosely is turned into E.164 and accepted.
        phone->clear();
        typeInto(phone, u"(312) 555-1234"_s);
        const QString url = generate(dialog);
        QVERIFY(url.startsWith(u"sms:+13125551234?"_s));
        QCOMPARE(phone->text(), u"+13125551234"_s);
        QVERIFY(!problem->isVisible());
    }

    void refusesAMissingAgent()
    {
        RcsDeeplinkDialog dialog(&m_sandbox->client, nullptr);
        dialog.show();
        QTest::mouseClick(find<QPushButton>(&dialog, u"generateButton"_s), Qt::LeftButton);
        QVERIFY(find<QLabel>(&dialog, u"agentComboProblem"_s)->isVisible());
        QCOMPARE(m_sandbox->requestCount(deeplinkPath), 0);
    }

    void unknownAgentIsReported()
    {
        RcsDeeplinkDialog dialog(&m_sandbox->client, nullptr);
        dialog.show();
        typeInto(find<QComboBox>(&dialog, u"agentCombo"_s), u"no_such_agent"_s);
        QSignalSpy failed(&dialog, &RcsDeeplinkDialog::generateFailed);
        QTest::mouseClick(find<QPushButton>(&dialog, u"generateButton"_s), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(dialog.url().isEmpty());
        QVERIFY(find<QLabel>(&dialog, u"agentComboProblem"_s)->isVisible());
        QVERIFY(find<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"no_such_agent"_s));
        QVERIFY(find<QPushButton>(&dialog, u"generateButton"_s)->isEnabled());
    }

    void listsTheAgentsOfTheModel()
    {
        RcsAgentsModel agents(&m_sandbox->client);
        RcsDeeplinkDialog dialog(&m_sandbox->client, &agents);
        auto *combo = find<QComboBox>(&dialog, u"agentCombo"_s);
        QVERIFY(!combo->isEditable());
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 6, 10000);
        QCOMPARE(combo->currentData().toString(), u"sandbox_demo_agent"_s);
        QVERIFY(combo->currentText().contains(u"Sandbox Demo"_s));
        const QString second = agents.rowAt(1).id;
        dialog.setAgentId(second);
        QCOMPARE(dialog.agentId(), second);
        dialog.show();
        const QString url = generate(dialog);
        QVERIFY(url.contains(u"service_id="_s + second + u"%40rbm.goog"_s));
    }

    void oneRequestAtATime()
    {
        m_sandbox->addFault(u"GET"_s, u"/v2/messages/rcs/deeplinks/*"_s, u"delay"_s,
                            {{u"delay_ms"_s, 400}});
        RcsDeeplinkDialog dialog(&m_sandbox->client, nullptr);
        dialog.setAgentId(u"sandbox_demo_agent"_s);
        dialog.show();
        auto *button = find<QPushButton>(&dialog, u"generateButton"_s);
        QSignalSpy generated(&dialog, &RcsDeeplinkDialog::generated);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(dialog.isGenerating());
        QVERIFY(!button->isEnabled());
        QVERIFY(find<QWidget>(&dialog, u"busyBar"_s)->isVisible());
        dialog.generate(); // Enter pressed again
        QVERIFY(generated.wait(10000));
        QVERIFY(m_sandbox->waitUntilIdle()); // a second request, had one been sent, is answered
        QCOMPARE(generated.size(), 1);
        QCOMPARE(m_sandbox->requestCount(deeplinkPath), 1);
        QVERIFY(button->isEnabled());
        QVERIFY(!find<QWidget>(&dialog, u"busyBar"_s)->isVisible());
    }

    void closingCancelsTheRequest()
    {
        m_sandbox->addFault(u"GET"_s, u"/v2/messages/rcs/deeplinks/*"_s, u"delay"_s,
                            {{u"delay_ms"_s, 2000}});
        RcsDeeplinkDialog dialog(&m_sandbox->client, nullptr);
        dialog.setAgentId(u"sandbox_demo_agent"_s);
        dialog.show();
        QSignalSpy generated(&dialog, &RcsDeeplinkDialog::generated);
        dialog.generate();
        QVERIFY(dialog.isGenerating());
        dialog.reject();
        QVERIFY(!dialog.isGenerating());
        QCOMPARE(m_sandbox->client.callsInFlight(), 0);
        // Nothing is left to answer: a call that was not cancelled would still be in flight
        // (until its late answer landed). Let whatever the closing queued run first.
        QVERIFY(m_sandbox->waitUntilIdle());
        QCOMPARE(generated.size(), 0);
    }
};

QTEST_MAIN(TestRcsDeeplink)
#include "tst_rcsdeeplink.moc"
