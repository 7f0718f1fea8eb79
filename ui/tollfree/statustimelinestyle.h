#pragma once

#include "widgets/statusbadgedelegate.h"

#include <QColor>
#include <QFont>
#include <QSize>

class QFontMetrics;
class QPainter;
class QPalette;
class QRect;

// What the status timeline's summary and canvas draw alike: the status badges, the rail
// colours, the muted text and the smaller and larger fonts.
namespace StatusTimelineStyle {

using Tone = StatusBadgeDelegate::Tone;

Tone toneOf(const QString &wireStatus);
// The colour `amount` of the way from `from` to `to`.
QColor mix(const QColor &from, const QColor &to, double amount);
// The badge text's hue, brighter: strong enough for a thin line or a bar on the base colour.
QColor railColour(Tone tone);
QColor mutedText(const QPalette &palette);
QFont scaledFont(const QFont &base, double factor, bool bold = false);
QSize badgeSize(const QFontMetrics &metrics, const QString &text);
// A rounded badge with the status label, coloured by its tone.
void drawBadge(QPainter &painter, const QRect &rect, const QString &text, Tone tone,
               const QFont &font);

} // namespace StatusTimelineStyle
