#pragma once

#include <QAbstractButton>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <algorithm>

// What a keyboard and screen-reader user meets in one window part (a page, a wizard page, a
// dialog): its tab stops, their accessible names, the tab chain and the mnemonics.
namespace AccessibilityWalker {

// What a screen reader says for the widget (its buddy label's text when it has one).
inline QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// The widget that speaks for a tab stop: an editable combo box or a spin box hands its focus
// to an inner line edit, which the screen reader announces as the outer widget.
inline QWidget *speakerFor(QWidget *stop)
{
    QWidget *speaker = stop;
    for (QWidget *outer = stop->parentWidget(); outer; outer = outer->parentWidget()) {
        // A button box hands its focus to its default button, which speaks for itself.
        if (outer->focusProxy() != speaker || qobject_cast<QDialogButtonBox *>(outer))
            break;
        speaker = outer;
    }
    return speaker;
}

inline QString describe(QWidget *widget)
{
    const QString name = widget->objectName();
    return QString::fromLatin1(widget->metaObject()->className()) +
           (name.isEmpty() ? QString() : u'#' + name);
}

inline bool isTabStop(QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && !widget->focusProxy() &&
           (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// Every widget under `root` (root included) that Tab can reach, in no particular order.
inline QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    if (isTabStop(root))
        stops.append(root);
    const auto children = root->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->window() == root->window() && isTabStop(child))
            stops.append(child);
    }
    return stops;
}

inline bool holdsStop(QWidget *widget, const QSet<QWidget *> &stops)
{
    for (QWidget *stop : stops) {
        if (widget->isAncestorOf(stop))
            return true;
    }
    return false;
}

// Reading order: the children of `container` in rows from top to bottom (a child joins a row
// when its top is above the middle of the row's first child), each row from left to right; a
// child holding several stops is read through before the next child.
inline void appendInReadingOrder(QWidget *container, const QSet<QWidget *> &stops,
                                 QList<QWidget *> &order)
{
    QList<QWidget *> children;
    for (QObject *object : container->children()) {
        auto *child = qobject_cast<QWidget *>(object);
        if (child && !child->isWindow() && child->isVisible() &&
            (stops.contains(child) || holdsStop(child, stops)))
            children.append(child);
    }
    std::stable_sort(children.begin(), children.end(), [](QWidget *a, QWidget *b) {
        return a->geometry().top() < b->geometry().top();
    });
    qsizetype rowStart = 0;
    while (rowStart < children.size()) {
        const QRect leader = children.at(rowStart)->geometry();
        qsizetype rowEnd = rowStart + 1;
        while (rowEnd < children.size() &&
               children.at(rowEnd)->geometry().top() < leader.center().y())
            ++rowEnd;
        std::stable_sort(
            children.begin() + rowStart, children.begin() + rowEnd,
            [](QWidget *a, QWidget *b) { return a->geometry().left() < b->geometry().left(); });
        for (qsizetype i = rowStart; i < rowEnd; ++i) {
            QWidget *child = children.at(i);
            if (stops.contains(child))
                order.append(child);
            appendInReadingOrder(child, stops, order);
        }
        rowStart = rowEnd;
    }
}

inline QList<QWidget *> readingOrder(QWidget *root)
{
    const QList<QWidget *> stops = tabStops(root);
    const QSet<QWidget *> set(stops.begin(), stops.end());
    QList<QWidget *> order;
    if (set.contains(root))
        order.append(root);
    appendInReadingOrder(root, set, order);
    return order;
}

// The stops of `order` in the order Tab visits them, from the first one on.
inline QList<QWidget *> tabChain(const QList<QWidget *> &order)
{
    if (order.isEmpty())
        return {};
    const QSet<QWidget *> stops(order.begin(), order.end());
    QList<QWidget *> chain{order.constFirst()};
    for (QWidget *next = order.constFirst()->nextInFocusChain(); next != order.constFirst();
         next = next->nextInFocusChain()) {
        if (stops.contains(next) && !chain.contains(next))
            chain.append(next);
    }
    return chain;
}

// The letter Alt+letter goes to, lower case; null when the text has none.
inline QChar mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    return QChar(key[0].key()).toLower();
}

// Problems of the part under `root` as readable lines (none: all good):
// - a tab stop without an accessible name;
// - a tab chain that skips a stop or visits the stops out of reading order;
// - a label with a buddy but no mnemonic, or two mnemonics on one letter (with `reserved`, the
//   texts around the part that hold mnemonics too: the menu bar, the wizard's buttons).
inline QStringList problems(QWidget *root, const QString &part, const QStringList &reserved = {})
{
    QStringList found;
    const QList<QWidget *> order = readingOrder(root);
    for (QWidget *stop : order) {
        if (accessibleName(speakerFor(stop)).isEmpty())
            found << part + u": no accessible name: " + describe(speakerFor(stop));
    }

    const QList<QWidget *> chain = tabChain(order);
    if (chain != order) {
        QStringList expected;
        QStringList actual;
        for (QWidget *stop : order)
            expected << describe(stop);
        for (QWidget *stop : chain)
            actual << describe(stop);
        found << part + u": tab chain\n    " + actual.join(u", ") + u"\n  reading order\n    " +
                     expected.join(u", ");
    }

    QHash<QChar, QString> owners;
    const auto claim = [&](const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            return;
        if (owners.contains(letter))
            found << part + u": Alt+" + letter + u" is both \"" + owners.value(letter) +
                         u"\" and \"" + text + u'"';
        else
            owners.insert(letter, text);
    };
    for (const QString &text : reserved)
        claim(text);
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible() || label->window() != root->window())
            continue;
        if (label->buddy() && mnemonicOf(label->text()).isNull())
            found << part + u": label without a mnemonic: \"" + label->text() + u'"';
        if (label->buddy())
            claim(label->text());
    }
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisible() && button->window() == root->window())
            claim(button->text());
    }
    const auto boxes = root->findChildren<QGroupBox *>();
    for (QGroupBox *box : boxes) {
        if (box->isVisible() && box->isCheckable() && box->window() == root->window())
            claim(box->title());
    }
    return found;
}

} // namespace AccessibilityWalker
