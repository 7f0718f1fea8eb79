#include "detailpanekit.h"

#include "api/apicall.h"
#include "consolepalette.h"
#include "pagedlistmodel.h"
#include "widgets/plaintext.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace DetailPaneKit {

QString breakable(const QString &text, QStringView separators)
{
    QString result;
    result.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        result.append(c);
        if (separators.contains(c))
            result.append(QChar(0x200B));
    }
    return result;
}

QString emptyMark()
{
    return u"<span style=\"color:%1\">—</span>"_s.arg(ConsolePalette().muted().name());
}

void setHtmlOrEmpty(QLabel *label, const QString &html)
{
    if (!label)
        return;
    label->setTextFormat(Qt::RichText); // not guessed: the caller escaped what it quotes
    label->setText(html.trimmed().isEmpty() ? emptyMark() : html);
}

QString unbrokenDateTime(const QDateTime &time)
{
    return PagedListModel::displayDateTime(time).replace(u' ', QChar::Nbsp);
}

QString factsLine(const QStringList &facts)
{
    return facts.join(u"  ·  "_s);
}

void copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

void setUpTitle(QLabel *title, const QString &objectName, qreal scale, Wrap wrap)
{
    title->setObjectName(objectName);
    PlainText::setUp(title); // a business or agent name, as the server has it
    if (wrap == Wrap::Words)
        title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    title->setFont(font);
}

void setUpBadge(QLabel *badge, const QString &objectName)
{
    badge->setObjectName(objectName);
    PlainText::setUp(badge); // an unknown status shows as the server spells it
    badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QHBoxLayout *titleRow(QLabel *title, QLabel *badge)
{
    auto *row = new QHBoxLayout;
    row->addWidget(title, 1);
    row->addWidget(badge, 0, Qt::AlignTop);
    return row;
}

void setUpFacts(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    PlainText::setUp(label); // ids and dates from the server
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(ConsolePalette().mutedStyle());
}

void setUpPlaceholder(QLabel *label, const QString &objectName, const QString &padding)
{
    label->setObjectName(objectName);
    PlainText::setUp(label); // may name what was just deleted
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(ConsolePalette().mutedStyle() + u" padding: %1;"_s.arg(padding));
}

void setUpCallout(QFrame *callout, QLabel *title, const QList<QLabel *> &lines, int padding,
                  int spacing)
{
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *layout = new QVBoxLayout(callout);
    layout->setContentsMargins(14, padding, 12, padding);
    layout->setSpacing(spacing);
    for (QLabel *label : QList<QLabel *>{title} + lines) {
        PlainText::setUp(label); // e.g. the reviewers' reason
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
}

void setUpErrorLabel(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    PlainText::setUp(label); // quotes the server's error
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(ConsolePalette().bannerStyle(ConsolePalette::Kind::Error, u"QLabel"_s));
    label->hide();
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString shownText(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

void setUpDeleteButton(QPushButton *button, const QString &objectName)
{
    button->setObjectName(objectName);
    button->setIcon(button->style()->standardIcon(QStyle::SP_TrashIcon));
    button->setStyleSheet(u"QPushButton:enabled { %1 }"_s.arg(
        ConsolePalette().textStyle(ConsolePalette::Kind::Error)));
}

QAction *addDeleteShortcut(QWidget *pane, const QString &text)
{
    auto *action = new QAction(text, pane);
    action->setShortcut(QKeySequence::Delete);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane->addAction(action);
    return action;
}

QVBoxLayout *setUpCardPage(QWidget *page, const QString &objectName, int spacing)
{
    page->setObjectName(objectName);
    page->setAutoFillBackground(true);
    page->setBackgroundRole(QPalette::Base);
    const ConsolePalette colours;
    page->setStyleSheet(
        u"QGroupBox { border: 1px solid %1; border-radius: 6px; margin-top: 1.4em; "
        "padding-top: 4px; } QGroupBox::title { subcontrol-origin: margin; left: 10px; "
        "padding: 0 4px; color: %2; }"_s.arg(colours.frame().name(),
                                             colours.base().color(QPalette::Text).name()));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 0, 6, 6);
    layout->setSpacing(spacing);
    return layout;
}

QScrollArea *verticalScrollArea(QWidget *page, const QString &objectName, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the focused one scrolls in
    return scroll;
}

QFormLayout *addFieldGroup(QBoxLayout *pageLayout, const QString &objectName, const QString &title,
                           QFormLayout::RowWrapPolicy wrap, FormSpacing spacing)
{
    auto *box = new QGroupBox(title, pageLayout->parentWidget());
    box->setObjectName(objectName);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(wrap);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (spacing == FormSpacing::Roomy) {
        form->setHorizontalSpacing(12);
        form->setVerticalSpacing(6);
    }
    pageLayout->addWidget(box);
    return form;
}

QLabel *addFieldRow(QFormLayout *form, QLabel *value, const QString &objectName,
                    const QString &wireName, const QString &label)
{
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *name = new QLabel(label, form->parentWidget());
    name->setStyleSheet(ConsolePalette().mutedStyle());
    name->setToolTip(wireName);
    form->addRow(name, value);
    return name;
}

QLabel *addTextField(QFormLayout *form, QLabel *value, const QString &objectName,
                     const QString &wireName, const QString &label)
{
    PlainText::setUp(value);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return addFieldRow(form, value, objectName, wireName, label);
}

FieldRow addLinkField(QFormLayout *form, const QString &objectName, const QString &wireName,
                      const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setTextFormat(Qt::RichText);
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    value->setOpenExternalLinks(true);
    QLabel *name = addFieldRow(form, value, objectName, wireName, label);
    return {name, value};
}

QVBoxLayout *setUpContentLayout(QWidget *content)
{
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    return layout;
}

void setUpStack(QWidget *pane, QStackedWidget *stack, QWidget *emptyPage, QWidget *content)
{
    stack->addWidget(emptyPage);
    stack->addWidget(content);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack);
}

QMessageBox *askToDelete(QWidget *parent, const DeleteQuestion &question,
                         const std::function<void()> &confirmed)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(question.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(question.windowTitle);
    box->setTextFormat(Qt::RichText);
    box->setText(question.text);
    box->setInformativeText(question.informativeText);
    QPushButton *confirm = box->addButton(question.confirmText, QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDeleteButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelDeleteButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, parent,
                     [confirm, confirmed](QAbstractButton *button) {
                         if (button == confirm)
                             confirmed();
                     });
    box->open();
    return box;
}

void cancelCall(QPointer<ApiCall> &slot, const QObject *receiver)
{
    if (ApiCall *call = slot) {
        slot = nullptr;
        call->disconnect(receiver);
        call->cancel();
    }
}

} // namespace DetailPaneKit
