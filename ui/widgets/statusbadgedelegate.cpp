#include "statusbadgedelegate.h"

#include "pagedlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

StatusBadgeDelegate::Tone StatusBadgeDelegate::toneForStatus(const QString &wireStatus)
{
    const QString status = wireStatus.trimmed().toLower();
    if (status.isEmpty() || status == u"deleted")
        return Tone::Neutral;
    static const QStringList success{QStringLiteral("verified"), QStringLiteral("successful"),
                                     QStringLiteral("eligible"), QStringLiteral("already_verified"),
                                     QStringLiteral("accepted"), QStringLiteral("active")};
    static const QStringList action{
        QStringLiteral("waiting for customer"), QStringLiteral("incomplete_documentation"),
        QStringLiteral("incorrect_billing_information"), QStringLiteral("loa_file_invalid")};
    static const QStringList progress{
        QStringLiteral("in progress"),        QStringLiteral("waiting for telnyx"),
        QStringLiteral("waiting for vendor"), QStringLiteral("pending"),
        QStringLiteral("provisioning"),       QStringLiteral("loa_file_successful")};
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

QColor StatusBadgeDelegate::background(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QColor(0xe5, 0xe7, 0xeb);
    case Tone::Progress:
        return QColor(0xdb, 0xea, 0xfe);
    case Tone::ActionNeeded:
        return QColor(0xfe, 0xf3, 0xc7);
    case Tone::Success:
        return QColor(0xd1, 0xfa, 0xe5);
    case Tone::Failure:
        return QColor(0xfe, 0xe2, 0xe2);
    }
    return {};
}

QColor StatusBadgeDelegate::foreground(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return QColor(0x37, 0x41, 0x51);
    case Tone::Progress:
        return QColor(0x1e, 0x40, 0xaf);
    case Tone::ActionNeeded:
        return QColor(0x92, 0x40, 0x0e);
    case Tone::Success:
        return QColor(0x06, 0x5f, 0x46);
    case Tone::Failure:
        return QColor(0x99, 0x1b, 0x1b);
    }
    return {};
}

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

    const Tone tone = toneForStatus(status.isEmpty() ? text : status);
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
    painter->fillPath(path, background(tone));
    painter->setPen(foreground(tone));
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
