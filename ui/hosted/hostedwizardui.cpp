#include "hostedwizardui.h"

#include <QLabel>
#include <QProgressBar>
#include <QTableWidgetItem>

using namespace Qt::StringLiterals;

namespace HostedWizardUi {

QString problemStyle()
{
    return ConsolePalette().textStyle(ConsolePalette::Kind::Warning);
}

QString errorStyle()
{
    return ConsolePalette().textStyle(ConsolePalette::Kind::Error);
}

void tint(QTableWidgetItem *item, ConsolePalette::Tone tone)
{
    const ConsolePalette colours;
    item->setBackground(colours.badgeBackground(tone));
    item->setForeground(colours.badgeText(tone));
}

void untint(QTableWidgetItem *item)
{
    item->setBackground(QBrush());
    item->setForeground(QBrush());
}

QProgressBar *busyBar(const QString &name, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(name);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->hide();
    return bar;
}

QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *problemsLabel(const QString &name, QWidget *parent)
{
    QLabel *label = wrappedLabel(name, parent);
    label->setStyleSheet(problemStyle());
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace HostedWizardUi
