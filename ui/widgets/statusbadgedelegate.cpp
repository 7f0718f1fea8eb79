#include "statusbadgedelegate.h"

#include "consolepalette.h"
#include "pagedlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString status = index.data(PagedListModel::StatusRole).toString();
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, then the badge on top.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);

    const ConsolePalette colours(option.palette);
    const auto tone = ConsolePalette::toneForStatus(status.isEmpty() ? text : status);
    const QFontMetrics metrics(option.font);
    const int padding = 8;
    const int height = qMin(option.rect.height() - 4, metrics.height() + 4);
    const int width =
        qMin(option.rect.width() - 8, metrics.horizontalAdvance(text) + 2 * padding + 4);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width,
                      height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, colours.badgeBackground(tone));
    painter->setPen(colours.badgeText(tone));
    painter->drawText(badge.adjusted(padding, 0, -padding, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * padding + 2));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}
