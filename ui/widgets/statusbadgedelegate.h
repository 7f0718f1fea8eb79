#pragma once

#include <QColor>
#include <QStyledItemDelegate>

// Draws a status cell as a coloured, rounded badge with the status label; the colour comes from
// the row's wire status (PagedListModel::StatusRole), the text from DisplayRole.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Progress, ActionNeeded, Success, Failure };

    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    // Wire statuses of every area (TFV, hosted orders and numbers, eligibility, codes).
    static Tone toneForStatus(const QString &wireStatus);
    static QColor background(Tone tone);
    static QColor foreground(Tone tone);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
