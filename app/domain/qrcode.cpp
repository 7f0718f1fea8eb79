#include "qrcode.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <qrencode.h>

#include <cerrno>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The texts of this file, under the context QrCode; lupdate reads the context from here.
struct QrCodeTexts
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)
};

QRecLevel toLibraryLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCode QrCode::encode(const QByteArray &data, ErrorCorrection level)
{
    QrCode result;
    if (data.isEmpty()) {
        result.m_error = QrCodeTexts::tr("There is nothing to encode.");
        return result;
    }
    errno = 0;
    const std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeData(
        int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
        toLibraryLevel(level)));
    if (!code) {
        result.m_error =
            errno == ERANGE
                ? QrCodeTexts::tr("The text is too long for a QR code (%1 bytes).").arg(data.size())
                : QrCodeTexts::tr("The QR code could not be made.");
        return result;
    }
    result.m_size = code->width;
    result.m_version = code->version;
    const qsizetype count = qsizetype(code->width) * code->width;
    result.m_modules.resize(count);
    // Bit 0 of each byte is the colour; the other bits describe the module's role.
    for (qsizetype i = 0; i < count; ++i)
        result.m_modules[i] = (code->data[i] & 1) != 0;
    return result;
}

QrCode QrCode::encode(const QString &text, ErrorCorrection level)
{
    return encode(text.toUtf8(), level);
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

int QrCode::darkModuleCount() const
{
    return int(m_modules.count(true));
}

QImage QrCode::toImage(int scale, int margin) const
{
    if (isNull() || scale < 1)
        return {};
    margin = std::max(0, margin);
    const int side = (m_size + 2 * margin) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + margin) * scale;
            const int top = (y + margin) * scale;
            for (int row = top; row < top + scale; ++row)
                std::fill_n(image.scanLine(row) + left, scale, uchar(0));
        }
    }
    return image;
}

QImage QrCode::toImage(int scale, int margin, const QColor &dark, const QColor &light) const
{
    if (isNull() || scale < 1)
        return {};
    margin = std::max(0, margin);
    const int side = (m_size + 2 * margin) * scale;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(light);
    const QRgb darkPixel = dark.rgb();
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + margin) * scale;
            const int top = (y + margin) * scale;
            for (int row = top; row < top + scale; ++row) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
                std::fill_n(line + left, scale, darkPixel);
            }
        }
    }
    return image;
}

QString QrCode::toSvg(int margin) const
{
    if (isNull())
        return {};
    margin = std::max(0, margin);
    const int side = m_size + 2 * margin;
    QString path;
    path.reserve(darkModuleCount() * 20);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                path += u'M' + QString::number(x + margin) + u' ' + QString::number(y + margin) +
                        u"h1v1h-1z"_s;
        }
    }

    QString svg;
    QXmlStreamWriter xml(&svg);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"svg"_s);
    xml.writeDefaultNamespace(u"http://www.w3.org/2000/svg"_s);
    xml.writeAttribute(u"version"_s, u"1.1"_s);
    const QString sideText = QString::number(side);
    xml.writeAttribute(u"viewBox"_s, u"0 0 "_s + sideText + u' ' + sideText);
    // Eight pixels per module by default; the picture scales without blurring.
    xml.writeAttribute(u"width"_s, QString::number(side * 8));
    xml.writeAttribute(u"height"_s, QString::number(side * 8));
    xml.writeAttribute(u"shape-rendering"_s, u"crispEdges"_s);
    xml.writeStartElement(u"rect"_s);
    xml.writeAttribute(u"width"_s, sideText);
    xml.writeAttribute(u"height"_s, sideText);
    // Black modules on white, whatever the console's theme: readers expect dark on light.
    xml.writeAttribute(u"fill"_s, QColor(Qt::white).name());
    xml.writeEndElement();
    xml.writeStartElement(u"path"_s);
    xml.writeAttribute(u"fill"_s, QColor(Qt::black).name());
    xml.writeAttribute(u"d"_s, path);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return svg;
}
