#pragma once

#include "consolepalette.h"

#include <QFont>
#include <QSize>

class QFontMetrics;
class QPainter;
class QRect;

// What the status timeline's summary and canvas draw alike: the status badges and the smaller
// and larger fonts. The colours are ConsolePalette's.
namespace StatusTimelineStyle {

using Tone = ConsolePalette::Tone;

inline Tone toneOf(const QString &wireStatus)
{
    return ConsolePalette::toneForStatus(wireStatus);
}
QFont scaledFont(const QFont &base, double factor, bool bold = false);
QSize badgeSize(const QFontMetrics &metrics, const QString &text);
// A rounded badge with the status label, coloured by its tone.
void drawBadge(QPainter &painter, const QRect &rect, const QString &text, Tone tone,
               const QFont &font, const ConsolePalette &colours);

} // namespace StatusTimelineStyle
