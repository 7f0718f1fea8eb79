#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

// A QR code symbol as a square matrix of modules, made by libqrencode, with renderers that
// need only QtGui: a QImage for the screen and PNG files, and SVG text for print. Used for
// RCS deeplinks, which phones open by scanning.
class QrCode
{
public:
    enum class ErrorCorrection {
        Low,      // ~7 % of the symbol can be damaged
        Medium,   // ~15 %
        Quartile, // ~25 %
        High,     // ~30 %
    };

    // The quiet zone the QR standard asks for around the symbol, in modules.
    static constexpr int standardMargin = 4;

    QrCode() = default;

    // Encodes the bytes as they are (8-bit mode). Empty or too long data gives a null code
    // whose errorString() says why.
    static QrCode encode(const QByteArray &data, ErrorCorrection level = ErrorCorrection::Medium);
    // Encodes the text as UTF-8.
    static QrCode encode(const QString &text, ErrorCorrection level = ErrorCorrection::Medium);

    bool isNull() const { return m_size == 0; }
    QString errorString() const { return m_error; }

    // Modules per side (21 for version 1, +4 per version); 0 when null.
    int size() const { return m_size; }
    int version() const { return m_version; }
    // False outside the matrix.
    bool isDark(int x, int y) const;
    int darkModuleCount() const;

    // Black on white, `scale` pixels per module and `margin` light modules around the
    // symbol; Format_Grayscale8 (0 dark, 255 light). Null when the code is null or scale < 1.
    QImage toImage(int scale = 8, int margin = standardMargin) const;
    // The same picture drawn in the given colours (Format_RGB32).
    QImage toImage(int scale, int margin, const QColor &dark, const QColor &light) const;

    // A standalone SVG document: one user unit per module, a light background covering the
    // margin, and one path with a unit square per dark module ("M x y h1 v1 h-1 z").
    // Empty when the code is null.
    QString toSvg(int margin = standardMargin) const;

private:
    int m_size = 0;
    int m_version = 0;
    QList<bool> m_modules; // row by row, true = dark
    QString m_error;
};
