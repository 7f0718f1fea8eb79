// QrCode: the matrix libqrencode makes, read back by zbar from the rendered image; the SVG
// text as XML with one square per dark module; empty and oversized input.

#include "domain/qrcode.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <zbar.h>

using namespace Qt::StringLiterals;

namespace {

// Every QR symbol zbar finds in the image, as raw bytes.
QList<QByteArray> decodeWithZbar(const QImage &source)
{
    using namespace zbar; // the C API is declared in this namespace under C++
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    const int width = gray.width();
    const int height = gray.height();
    // Y800 wants tightly packed rows; QImage pads each line to 4 bytes.
    QByteArray pixels(qsizetype(width) * height, '\0');
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
             symbol = zbar_symbol_next(symbol)) {
            found.append(QByteArray(zbar_symbol_get_data(symbol),
                                    qsizetype(zbar_symbol_get_data_length(symbol))));
        }
    }
    zbar_image_destroy(image);
    zbar_image_scanner_destroy(scanner);
    return found;
}

const QString deeplink =
    u"sms:+13125551234?service_id=sandbox_demo_agent%40rbm.goog&body=Hello%20there"_s;

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesAMatrix()
    {
        const QrCode code = QrCode::encode(deeplink);
        QVERIFY2(!code.isNull(), qPrintable(code.errorString()));
        QVERIFY(code.errorString().isEmpty());
        QVERIFY(code.version() >= 1);
        QCOMPARE(code.size(), 17 + 4 * code.version());
        // The finder pattern's corner modules are dark, its separator light.
        QVERIFY(code.isDark(0, 0));
        QVERIFY(code.isDark(6, 6));
        QVERIFY(!code.isDark(7, 7));
        QVERIFY(code.isDark(code.size() - 1, 0));
        QVERIFY(code.isDark(0, code.size() - 1));
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(code.size(), 0));
        const int dark = code.darkModuleCount();
        QVERIFY(dark > code.size() * code.size() / 4);
        QVERIFY(dark < code.size() * code.size() * 3 / 4);
    }

    void higherCorrectionNeedsALargerSymbol()
    {
        const QrCode low = QrCode::encode(deeplink, QrCode::ErrorCorrection::Low);
        const QrCode high = QrCode::encode(deeplink, QrCode::ErrorCorrection::High);
        QVERIFY(!low.isNull() && !high.isNull());
        QVERIFY(high.version() > low.version());
    }

    void imageDecodesBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("margin");
        QTest::newRow("deeplink") << deeplink << 4 << 4;
        QTest::newRow("large modules") << deeplink << 10 << 4;
        QTest::newRow("no body") << u"sms:?service_id=agent_2%40rbm.goog"_s << 3 << 4;
        QTest::newRow("long body")
            << u"sms:+447700900123?service_id=acme%40rbm.goog&body="_s + u"Hello%20"_s.repeated(40)
            << 3 << 4;
    }

    void imageDecodesBack()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(int, margin);
        const QrCode code = QrCode::encode(text);
        QVERIFY2(!code.isNull(), qPrintable(code.errorString()));
        const QImage image = code.toImage(scale, margin);
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(image.width(), (code.size() + 2 * margin) * scale);
        QCOMPARE(image.height(), image.width());
        // The quiet zone is light, the top-left finder corner dark.
        QCOMPARE(qGray(image.pixel(0, 0)), 255);
        QCOMPARE(qGray(image.pixel(margin * scale, margin * scale)), 0);
        const QList<QByteArray> decoded = decodeWithZbar(image);
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(QString::fromUtf8(decoded.first()), text);
    }

    void colouredImageDecodesBack()
    {
        const QrCode code = QrCode::encode(deeplink);
        const QImage image = code.toImage(5, 4, QColor(0x1a, 0x23, 0x7e), Qt::white);
        QCOMPARE(image.format(), QImage::Format_RGB32);
        QCOMPARE(image.pixel(4 * 5, 4 * 5), QColor(0x1a, 0x23, 0x7e).rgb());
        const QList<QByteArray> decoded = decodeWithZbar(image);
        QCOMPARE(decoded, QList<QByteArray>{deeplink.toUtf8()});
    }

    void nonAsciiTextRoundTrips()
    {
        const QString text = u"sms:+13125551234?body=Caf\u00e9%20\u2615"_s;
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        const QList<QByteArray> decoded = decodeWithZbar(code.toImage(4));
        QCOMPARE(decoded.size(), 1);
        QCOMPARE(QString::fromUtf8(decoded.first()), text);
    }

    void svgIsXmlWithOneSquarePerDarkModule()
    {
        const QrCode code = QrCode::encode(deeplink);
        const int margin = 4;
        const QString svg = code.toSvg(margin);
        QVERIFY(!svg.isEmpty());

        QXmlStreamReader xml(svg);
        QString rootName;
        QString viewBox;
        QString pathData;
        int rects = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (rootName.isEmpty()) {
                rootName = xml.name().toString();
                QCOMPARE(xml.namespaceUri().toString(), u"http://www.w3.org/2000/svg"_s);
                viewBox = xml.attributes().value(u"viewBox"_s).toString();
            } else if (xml.name() == u"path"_s) {
                pathData = xml.attributes().value(u"d"_s).toString();
            } else if (xml.name() == u"rect"_s) {
                ++rects;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(rootName, u"svg"_s);
        const int side = code.size() + 2 * margin;
        QCOMPARE(viewBox, u"0 0 %1 %1"_s.arg(side));
        QCOMPARE(rects, 1); // the light background

        // Rebuild the matrix from the path: every square lands on a dark module, once.
        static const QRegularExpression square(u"M(\\d+) (\\d+)h1v1h-1z"_s);
        QList<bool> seen(qsizetype(code.size()) * code.size(), false);
        int squares = 0;
        qsizetype consumed = 0;
        auto it = square.globalMatch(pathData);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            QCOMPARE(match.capturedStart(), consumed); // nothing but squares in the path
            consumed = match.capturedEnd();
            const int x = match.captured(1).toInt() - margin;
            const int y = match.captured(2).toInt() - margin;
            QVERIFY2(code.isDark(x, y), qPrintable(u"%1,%2"_s.arg(x).arg(y)));
            QVERIFY(!seen.at(qsizetype(y) * code.size() + x));
            seen[qsizetype(y) * code.size() + x] = true;
            ++squares;
        }
        QCOMPARE(consumed, pathData.size());
        QCOMPARE(squares, code.darkModuleCount());
    }

    void svgWithoutMargin()
    {
        const QrCode code = QrCode::encode(deeplink);
        const QString svg = code.toSvg(0);
        QVERIFY(svg.contains(u"viewBox=\"0 0 %1 %1\""_s.arg(code.size())));
        QVERIFY(svg.contains(u"M0 0h1v1h-1z"_s)); // the finder corner
    }

    void emptyInputGivesANullCode()
    {
        const QrCode fromText = QrCode::encode(QString());
        QVERIFY(fromText.isNull());
        QCOMPARE(fromText.size(), 0);
        QVERIFY(!fromText.errorString().isEmpty());
        QVERIFY(fromText.toImage().isNull());
        QVERIFY(fromText.toSvg().isEmpty());
        QCOMPARE(fromText.darkModuleCount(), 0);
        QVERIFY(!fromText.isDark(0, 0));

        const QrCode fromBytes = QrCode::encode(QByteArray());
        QVERIFY(fromBytes.isNull());
        QVERIFY(QrCode().isNull());
        QVERIFY(QrCode().toImage(4).isNull());
    }

    void tooLongInputIsRefused()
    {
        const QrCode code = QrCode::encode(QByteArray(5000, 'a'));
        QVERIFY(code.isNull());
        QVERIFY2(code.errorString().contains(u"too long"_s), qPrintable(code.errorString()));
    }

    void badScaleGivesNoImage()
    {
        const QrCode code = QrCode::encode(deeplink);
        QVERIFY(code.toImage(0).isNull());
        QVERIFY(!code.toImage(1, -3).isNull()); // a negative margin counts as none
        QCOMPARE(code.toImage(1, -3).width(), code.size());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
