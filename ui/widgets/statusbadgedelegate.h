#pragma once

#include <QStyledItemDelegate>

// Draws a status cell as a coloured, rounded badge with the status label; the colours are
// ConsolePalette's badge colours for the row's wire status (PagedListModel::StatusRole), the
// text is DisplayRole.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
