#pragma once

#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QString>

// Writes a real PDF with QPdfWriter: a title and, for a larger file, an image of noise (which
// does not compress). Returns the bytes written.
inline QByteArray writePdf(const QString &path, const QString &title, int noiseSide = 0)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setResolution(300); // high enough that the noise image keeps its size
        writer.setTitle(title);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(24);
        painter.setFont(font);
        painter.drawText(QRect(200, 200, 2150, 300), Qt::AlignLeft, title);
        font.setPointSize(11);
        painter.setFont(font);
        for (int line = 0; line < 12; ++line)
            painter.drawText(QRect(200, 560 + line * 70, 2150, 60), Qt::AlignLeft,
                             QStringLiteral("The undersigned authorizes the transfer of messaging "
                                            "for the numbers listed below (line %1).")
                                 .arg(line + 1));
        painter.drawRect(QRect(200, 1480, 2150, 1500));
        if (noiseSide > 0) {
            QImage noise(noiseSide, noiseSide, QImage::Format_RGB32);
            QRandomGenerator random(7);
            for (int y = 0; y < noiseSide; ++y) {
                auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
                for (int x = 0; x < noiseSide; ++x)
                    line[x] = 0xff000000u | (random.generate() & 0xffffffu);
            }
            painter.drawImage(QRect(300, 1530, 1400, 1400), noise);
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read back %s", qPrintable(path));
    return file.readAll();
}
