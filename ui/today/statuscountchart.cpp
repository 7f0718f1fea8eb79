#include "today/statuscountchart.h"

#include "consolepalette.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

StatusCountChart::StatusCountChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statusCountChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusCountChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    QStringList spoken;
    for (const Bar &bar : bars)
        spoken << tr("%1: %2").arg(bar.label).arg(bar.count);
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

int StatusCountChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int StatusCountChart::labelWidth() const
{
    int widest = 0;
    for (const Bar &bar : m_bars)
        widest = std::max(widest, fontMetrics().horizontalAdvance(bar.label));
    return widest + 12;
}

QSize StatusCountChart::sizeHint() const
{
    return {labelWidth() + 320, rowHeight() * int(std::max<qsizetype>(1, m_bars.size())) + 4};
}

QSize StatusCountChart::minimumSizeHint() const
{
    return {labelWidth() + 120, sizeHint().height()};
}

void StatusCountChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const ConsolePalette colours(palette());
    int largest = 1;
    for (const Bar &bar : m_bars)
        largest = std::max(largest, bar.count);
    const int labels = labelWidth();
    const int countRoom = fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 8;
    const int track = std::max(10, width() - labels - countRoom);
    const int rowHeightPx = rowHeight();
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QRect row(0, 2 + i * rowHeightPx, width(), rowHeightPx);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(row.adjusted(0, 0, -(width() - labels), 0),
                         Qt::AlignVCenter | Qt::AlignLeft, bar.label);
        const int length = bar.count == 0 ? 0 : std::max(3, track * bar.count / largest);
        const QRect barRect(labels, row.top() + 4, length, row.height() - 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.rail(ConsolePalette::toneForStatus(bar.status)));
        painter.drawRoundedRect(barRect, 3, 3);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(labels + length + 6, row.top(), countRoom, row.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, QLocale().toString(bar.count));
    }
}
