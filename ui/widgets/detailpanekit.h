#pragma once

#include <QFormLayout>
#include <QPointer>
#include <QString>
#include <QStringView>

#include <functional>

class ApiCall;
class QAction;
class QBoxLayout;
class QDateTime;
class QFrame;
class QHBoxLayout;
class QLabel;
class QMessageBox;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;
class QWidget;

// The pieces every detail pane (toll-free, hosted orders and numbers, RCS agents) is built
// from, so the panes look and behave alike: a header with a title and a status pill, a muted
// line of facts, an inline error, pages of cards with "label  value" rows, Copy buttons and the
// non-blocking delete question. Colours and the pill's and callout's styles: ConsolePalette.
namespace DetailPaneKit {

// --- Values -----------------------------------------------------------------------------

// Characters after which a long URL, address or id may wrap.
inline constexpr QStringView urlSeparators = u"/.-_?=";
inline constexpr QStringView idSeparators = u"-";
// `text` with a zero-width space after each separator, so a narrow label can wrap values that
// have no spaces instead of forcing the pane wider.
QString breakable(const QString &text, QStringView separators = urlSeparators);
// A muted dash for a value that is not set.
QString emptyMark();
// Shows `html` as rich text (escape what it quotes), or the muted dash when it is blank; a null
// label is ignored.
void setHtmlOrEmpty(QLabel *label, const QString &html);
// The list's date format with non-breaking spaces, so a date stays on one line.
QString unbrokenDateTime(const QDateTime &time);
// The facts under a title, e.g. "ID …  ·  created …".
QString factsLine(const QStringList &facts);
void copyToClipboard(const QString &text);

// --- Header and messages ----------------------------------------------------------------

enum class Wrap { Words, None };
// The labels set up below show plain text: what they show comes from the server.

// The pane's big bold title, `scale` times the normal font size.
void setUpTitle(QLabel *title, const QString &objectName, qreal scale, Wrap wrap = Wrap::Words);
void setUpBadge(QLabel *badge, const QString &objectName);
// The title taking the width, the badge at its top right.
QHBoxLayout *titleRow(QLabel *title, QLabel *badge);
// Muted, wrapping, selectable text, e.g. the facts under the title.
void setUpFacts(QLabel *label, const QString &objectName);
// Centred muted text for an empty pane; `padding` in CSS form.
void setUpPlaceholder(QLabel *label, const QString &objectName,
                      const QString &padding = QStringLiteral("24px"));
// Lays out the callout box (see calloutStyle): a bold title over wrapping lines, all
// selectable; `padding` above and below, `spacing` between the lines.
void setUpCallout(QFrame *callout, QLabel *title, const QList<QLabel *> &lines, int padding,
                  int spacing);
// The red inline error under the actions; hidden until showMessage() gives it text.
void setUpErrorLabel(QLabel *label, const QString &objectName);
// Shows `message` in `label`, or hides it when the message is empty.
void showMessage(QLabel *label, const QString &message);
// The text of `label` while it is shown; empty when hidden.
QString shownText(const QLabel *label);
// A red "Delete…" button with the trash icon.
void setUpDeleteButton(QPushButton *button, const QString &objectName);
// The Delete key anywhere in `pane` triggers the returned action.
QAction *addDeleteShortcut(QWidget *pane, const QString &text);

// --- Layout -----------------------------------------------------------------------------

// Turns `page` into the base-coloured page the cards sit on; returns its vertical layout (spacing
// -1: the style's).
QVBoxLayout *setUpCardPage(QWidget *page, const QString &objectName, int spacing = -1);
// A frameless scroll area around `page` that only scrolls vertically.
QScrollArea *verticalScrollArea(QWidget *page, const QString &objectName, QWidget *parent);

enum class FormSpacing {
    Style, // the style's spacing
    Roomy, // 12 px between label and value, 6 between rows
};
// A titled card with a form for "label  value" rows, appended to `pageLayout`.
QFormLayout *addFieldGroup(QBoxLayout *pageLayout, const QString &objectName, const QString &title,
                           QFormLayout::RowWrapPolicy wrap, FormSpacing spacing);
// Adds the row "label  value": the value wraps and takes the spare width; the muted name label
// (returned) has the wire name as tooltip.
QLabel *addFieldRow(QFormLayout *form, QLabel *value, const QString &objectName,
                    const QString &wireName, const QString &label);
// A row whose plain-text value can be selected; markup in it shows literally.
QLabel *addTextField(QFormLayout *form, QLabel *value, const QString &objectName,
                     const QString &wireName, const QString &label);
struct FieldRow
{
    QLabel *name;
    QLabel *value;
};
// A row with a new rich-text value whose links open in the browser.
FieldRow addLinkField(QFormLayout *form, const QString &objectName, const QString &wireName,
                      const QString &label);

// The margins and spacing of the content below a pane's header.
QVBoxLayout *setUpContentLayout(QWidget *content);
// `pane` shows `stack`, edge to edge: page 0 is the empty state, page 1 the content.
void setUpStack(QWidget *pane, QStackedWidget *stack, QWidget *emptyPage, QWidget *content);

// --- Deleting and calls -----------------------------------------------------------------

struct DeleteQuestion
{
    QString objectName;
    QString windowTitle;
    QString text;            // rich text
    QString informativeText; // rich text
    QString confirmText;
};
// Opens the warning (non-blocking, deleted on close) with "confirmDeleteButton" and
// "cancelDeleteButton"; Cancel is the default. `confirmed` runs when the user confirms.
QMessageBox *askToDelete(QWidget *parent, const DeleteQuestion &question,
                         const std::function<void()> &confirmed);
// Cancels the call in `slot` without telling `receiver`, and forgets it.
void cancelCall(QPointer<ApiCall> &slot, const QObject *receiver);

} // namespace DetailPaneKit
