#include "statustimelinestyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace StatusTimelineStyle {

namespace {

constexpr int badgePadding = 8;

} // namespace

QFont scaledFont(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qMax(8, int(base.pixelSize() * factor)));
    font.setBold(bold);
    return font;
}

QSize badgeSize(const QFontMetrics &metrics, const QString &text)
{
    return QSize(metrics.horizontalAdvance(text) + 2 * badgePadding, metrics.height() + 6);
}

void drawBadge(QPainter &painter, const QRect &rect, const QString &text, Tone tone,
               const QFont &font, const ConsolePalette &colours)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
    painter.fillPath(path, colours.badgeBackground(tone));
    painter.setPen(colours.badgeText(tone));
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace StatusTimelineStyle
