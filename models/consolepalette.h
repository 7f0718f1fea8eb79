#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The console's own colours, in one place: status badges, messages (error, warning, success,
// info) as coloured text, as banners and as callouts, muted text, and the style sheets made of
// them. No other file names a colour.
//
// The colours are derived from a QPalette, by default the application's: when its window colour
// is dark (Fusion with a dark palette, a dark desktop theme) every colour has a dark-theme
// counterpart, so that text keeps a contrast of at least 4.5:1 (WCAG AA) against what it is
// drawn on, which tests/gui/tst_palettecontrast checks for both themes. Style sheets are made
// when a widget is set up: a palette changed afterwards reaches widgets made afterwards.
//
// QtGui only (QPalette, QGuiApplication), so the item models use it too.
class ConsolePalette
{
public:
    // The colour family of a status badge.
    enum class Tone { Neutral, Progress, ActionNeeded, Success, Failure };
    // What a message says.
    enum class Kind { Error, Warning, Success, Info };
    // The text of a callout: the badge's text colour, or a stronger one for longer text.
    enum class CalloutText { Accent, Strong };

    // From the application's palette (QGuiApplication::palette()).
    ConsolePalette();
    explicit ConsolePalette(const QPalette &base);

    const QPalette &base() const { return m_base; }
    // Decided by the lightness of the window colour.
    bool isDark() const { return m_dark; }

    // --- Statuses -----------------------------------------------------------------------
    // The tone of a wire status of any area (TFV, hosted orders and numbers, eligibility,
    // verification codes, RCS test numbers and agents).
    static Tone toneForStatus(const QString &wireStatus);
    static QList<Tone> tones();
    QColor badgeBackground(Tone tone) const;
    QColor badgeText(Tone tone) const;
    // A thin line or bar in the badge's colour family, strong enough on the base colour.
    QColor rail(Tone tone) const;
    // The text of a callout, which sits on badgeBackground(tone).
    QColor calloutText(Tone tone, CalloutText text) const;

    // --- Messages -----------------------------------------------------------------------
    static QList<Kind> kinds();
    // Coloured text on the window or base colour: field problems, status lines, ✓ and ✗.
    QColor text(Kind kind) const;
    // A banner: its fill, its border and the text on it.
    QColor messageBackground(Kind kind) const;
    QColor messageBorder(Kind kind) const;
    QColor messageText(Kind kind) const;
    // Secondary text (notes, labels of values, "not set") on the window or base colour.
    QColor muted() const;
    // A thin neutral border (cards, boxes).
    QColor frame() const;
    // The status bar's toast: a dark box in a light theme, a light one in a dark theme.
    QColor toastBackground() const;
    QColor toastText() const;
    // The "SANDBOX" badge: amber, loud in both themes.
    QColor sandboxBackground() const;
    QColor sandboxText() const;

    // The colour `amount` of the way from `from` to `to`.
    static QColor mix(const QColor &from, const QColor &to, double amount);

    // --- Style sheets -------------------------------------------------------------------
    // "color: …;"
    QString textStyle(Kind kind) const;
    QString mutedStyle() const;
    // "<selector> { background: …; color: …; border: …; border-radius: 4px; padding: … }"
    QString bannerStyle(Kind kind, const QString &selector,
                        const QString &padding = QStringLiteral("6px 8px")) const;
    // The frame `selector` as a banner, with every QLabel in it in the banner's text colour (a
    // banner with buttons or fields in it).
    QString frameBannerStyle(Kind kind, const QString &selector) const;
    // The rounded pill of a status, e.g. beside a detail pane's title.
    QString badgeStyle(Tone tone) const;
    QString statusBadgeStyle(const QString &wireStatus) const;
    // The box named `objectName` tinted like the status badge, with an accent bar on the left.
    QString calloutStyle(const QString &objectName, Tone tone, CalloutText text) const;
    QString sandboxBadgeStyle() const;
    // `selector` as the status bar's toast.
    QString toastStyle(const QString &selector) const;
    // `selector` as the paper a QR code is shown on: white in both themes (readers expect dark
    // modules on a light quiet zone), with grey text for when there is no code yet.
    QString qrPaperStyle(const QString &selector) const;

private:
    QPalette m_base;
    bool m_dark = false;
};
