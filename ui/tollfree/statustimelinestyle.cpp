#include "statustimelinestyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace StatusTimelineStyle {

namespace {

constexpr int badgePadding = 8;

} // namespace

Tone toneOf(const QString &wireStatus)
{
    return StatusBadgeDelegate::toneForStatus(wireStatus);
}

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto blend = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(blend(from.red(), to.red()), blend(from.green(), to.green()),
                  blend(from.blue(), to.blue()));
}

// Still the badge's colour family (blue for review, amber for "needs you", green, red).
QColor railColour(Tone tone)
{
    const QColor text = StatusBadgeDelegate::foreground(tone).toHsv();
    if (text.hsvSaturation() < 120) // neutral grey stays grey
        return mix(StatusBadgeDelegate::background(tone), text, 0.5);
    return QColor::fromHsv(text.hsvHue(), 170, 225);
}

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

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QSize badgeSize(const QFontMetrics &metrics, const QString &text)
{
    return QSize(metrics.horizontalAdvance(text) + 2 * badgePadding, metrics.height() + 6);
}

void drawBadge(QPainter &painter, const QRect &rect, const QString &text, Tone tone,
               const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
    painter.fillPath(path, StatusBadgeDelegate::background(tone));
    painter.setPen(StatusBadgeDelegate::foreground(tone));
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace StatusTimelineStyle
