#include "consolepalette.h"

#include <QGuiApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using Tone = ConsolePalette::Tone;
using Kind = ConsolePalette::Kind;

// One colour for the light theme, one for the dark theme.
struct Pair
{
    QRgb light;
    QRgb dark;
    QColor pick(bool inDark) const { return QColor::fromRgb(inDark ? dark : light); }
};

// A status badge: a pale fill with dark text in the light theme, a deep fill with pale text in
// the dark one. Every pair is above 6:1.
struct ToneColours
{
    Pair background;
    Pair text;
};

ToneColours toneColours(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        break; // grey, below
    case Tone::Progress:
        return {{0xdbeafe, 0x1e3a8a}, {0x1e40af, 0xbfdbfe}};
    case Tone::ActionNeeded:
        return {{0xfef3c7, 0x78350f}, {0x92400e, 0xfde68a}};
    case Tone::Success:
        return {{0xd1fae5, 0x064e3b}, {0x065f46, 0xa7f3d0}};
    case Tone::Failure:
        return {{0xfee2e2, 0x7f1d1d}, {0x991b1b, 0xfecaca}};
    }
    return {{0xe5e7eb, 0x374151}, {0x374151, 0xe5e7eb}};
}

// A message: its colour as text on the window or base colour (light: #efefef to white; dark:
// #1e1e1e to #3c3c3c; at least 4.5:1 against all of them), and as a banner.
struct KindColours
{
    Pair text;       // on the window or base colour
    Pair background; // of a banner
    Pair border;
    Pair bannerText;
};

KindColours kindColours(Kind kind)
{
    switch (kind) {
    case Kind::Error:
        break; // red, below
    case Kind::Warning:
        return {
            {0x8a4b00, 0xfbbf24}, {0xfff4e5, 0x451a03}, {0xf0b36b, 0xb45309}, {0x5c3b00, 0xfde68a}};
    case Kind::Success:
        return {
            {0x047857, 0x4ade80}, {0xf0fdf4, 0x052e16}, {0x86efac, 0x15803d}, {0x14532d, 0xbbf7d0}};
    case Kind::Info:
        return {
            {0x1d4ed8, 0x93c5fd}, {0xeff6ff, 0x172554}, {0xbfdbfe, 0x1d4ed8}, {0x1e3a8a, 0xbfdbfe}};
    }
    return {{0xc62828, 0xfca5a5}, {0xfef2f2, 0x450a0a}, {0xfca5a5, 0xb91c1c}, {0x7f1d1d, 0xfecaca}};
}

constexpr Pair toastBackgrounds{0x1f2937, 0xe5e7eb};
constexpr Pair toastTexts{0xf9fafb, 0x111827};
constexpr QRgb sandboxAmber = 0xf59e0b;
constexpr QRgb paperText = 0x5f5f5f; // 6.4:1 on white
constexpr QRgb paperBorder = 0xd0d0d0;

QString css(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace

ConsolePalette::ConsolePalette()
    : ConsolePalette(QGuiApplication::palette())
{}

ConsolePalette::ConsolePalette(const QPalette &base)
    : m_base(base)
    , m_dark(base.color(QPalette::Window).lightness() < 128)
{}

ConsolePalette::Tone ConsolePalette::toneForStatus(const QString &wireStatus)
{
    const QString status = wireStatus.trimmed().toLower();
    if (status.isEmpty() || status == u"deleted")
        return Tone::Neutral;
    static const QStringList success{u"verified"_s,         u"successful"_s, u"eligible"_s,
                                     u"already_verified"_s, u"accepted"_s,   u"active"_s};
    static const QStringList action{u"waiting for customer"_s, u"incomplete_documentation"_s,
                                    u"incorrect_billing_information"_s, u"loa_file_invalid"_s};
    static const QStringList progress{u"in progress"_s,        u"waiting for telnyx"_s,
                                      u"waiting for vendor"_s, u"pending"_s,
                                      u"provisioning"_s,       u"loa_file_successful"_s};
    if (success.contains(status))
        return Tone::Success;
    if (action.contains(status))
        return Tone::ActionNeeded;
    if (progress.contains(status))
        return Tone::Progress;
    if (status.contains(u"reject") || status.contains(u"fail") || status.contains(u"ineligible") ||
        status.startsWith(u"number_"))
        return Tone::Failure;
    return Tone::Neutral;
}

QList<ConsolePalette::Tone> ConsolePalette::tones()
{
    return {Tone::Neutral, Tone::Progress, Tone::ActionNeeded, Tone::Success, Tone::Failure};
}

QList<ConsolePalette::Kind> ConsolePalette::kinds()
{
    return {Kind::Error, Kind::Warning, Kind::Success, Kind::Info};
}

QColor ConsolePalette::badgeBackground(Tone tone) const
{
    return toneColours(tone).background.pick(m_dark);
}

QColor ConsolePalette::badgeText(Tone tone) const
{
    return toneColours(tone).text.pick(m_dark);
}

QColor ConsolePalette::rail(Tone tone) const
{
    // The hue of the light theme's badge text (blue for review, amber for "needs you", green,
    // red), brighter; a neutral grey stays grey.
    const QColor hue = toneColours(tone).text.pick(false).toHsv();
    if (hue.hsvSaturation() < 120)
        return mix(badgeBackground(tone), badgeText(tone), 0.5);
    return QColor::fromHsv(hue.hsvHue(), 170, m_dark ? 205 : 225);
}

QColor ConsolePalette::calloutText(Tone tone, CalloutText text) const
{
    const QColor accent = badgeText(tone);
    if (text == CalloutText::Accent)
        return accent;
    return m_dark ? accent.lighter(110) : accent.darker(130);
}

QColor ConsolePalette::text(Kind kind) const
{
    return kindColours(kind).text.pick(m_dark);
}

QColor ConsolePalette::messageBackground(Kind kind) const
{
    return kindColours(kind).background.pick(m_dark);
}

QColor ConsolePalette::messageBorder(Kind kind) const
{
    return kindColours(kind).border.pick(m_dark);
}

QColor ConsolePalette::messageText(Kind kind) const
{
    return kindColours(kind).bannerText.pick(m_dark);
}

QColor ConsolePalette::muted() const
{
    return mix(m_base.color(QPalette::Text), m_base.color(QPalette::Base), 0.4);
}

QColor ConsolePalette::frame() const
{
    return mix(m_base.color(QPalette::Text), m_base.color(QPalette::Base), 0.85);
}

QColor ConsolePalette::toastBackground() const
{
    return toastBackgrounds.pick(m_dark);
}

QColor ConsolePalette::toastText() const
{
    return toastTexts.pick(m_dark);
}

QColor ConsolePalette::sandboxBackground() const
{
    return QColor::fromRgb(sandboxAmber);
}

QColor ConsolePalette::sandboxText() const
{
    return QColor(Qt::black);
}

QColor ConsolePalette::mix(const QColor &from, const QColor &to, double amount)
{
    const auto blend = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(blend(from.red(), to.red()), blend(from.green(), to.green()),
                  blend(from.blue(), to.blue()));
}

QString ConsolePalette::textStyle(Kind kind) const
{
    return u"color: %1;"_s.arg(css(text(kind)));
}

QString ConsolePalette::mutedStyle() const
{
    return u"color: %1;"_s.arg(css(muted()));
}

QString ConsolePalette::bannerStyle(Kind kind, const QString &selector,
                                    const QString &padding) const
{
    return u"%1 { background: %2; color: %3; border: 1px solid %4; border-radius: 4px; "
           "padding: %5; }"_s.arg(selector, css(messageBackground(kind)), css(messageText(kind)),
                                  css(messageBorder(kind)), padding);
}

QString ConsolePalette::frameBannerStyle(Kind kind, const QString &selector) const
{
    return u"%1 { background: %2; border: 1px solid %3; border-radius: 4px; } "
           "%1 QLabel { color: %4; background: transparent; border: none; }"_s.arg(
               selector, css(messageBackground(kind)), css(messageBorder(kind)),
               css(messageText(kind)));
}

QString ConsolePalette::badgeStyle(Tone tone) const
{
    return u"QLabel { background: %1; color: %2; border-radius: 10px; padding: 2px 10px; "
           "font-weight: 600; }"_s.arg(css(badgeBackground(tone)), css(badgeText(tone)));
}

QString ConsolePalette::statusBadgeStyle(const QString &wireStatus) const
{
    return badgeStyle(toneForStatus(wireStatus));
}

QString ConsolePalette::calloutStyle(const QString &objectName, Tone tone, CalloutText text) const
{
    const QColor background = badgeBackground(tone);
    const QColor border = m_dark ? background.lighter(140) : background.darker(115);
    return u"#%1 { background: %2; border: 1px solid %3; border-left: 4px solid %4; "
           "border-radius: 4px; } #%1 QLabel { color: %5; background: transparent; "
           "border: none; }"_s.arg(objectName, css(background), css(border), css(badgeText(tone)),
                                   css(calloutText(tone, text)));
}

QString ConsolePalette::sandboxBadgeStyle() const
{
    return u"QLabel { background: %1; color: %2; font-weight: bold; padding: 1px 6px; "
           "border-radius: 3px; }"_s.arg(css(sandboxBackground()), css(sandboxText()));
}

QString ConsolePalette::toastStyle(const QString &selector) const
{
    return u"%1 { background: %2; color: %3; border-radius: 4px; padding: 2px 10px; }"_s.arg(
        selector, css(toastBackground()), css(toastText()));
}

QString ConsolePalette::qrPaperStyle(const QString &selector) const
{
    return u"%1 { background: %2; color: %3; border: 1px solid %4; border-radius: 4px; }"_s.arg(
        selector, css(QColor(Qt::white)), css(QColor::fromRgb(paperText)),
        css(QColor::fromRgb(paperBorder)));
}
