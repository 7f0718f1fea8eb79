#pragma once

#include <QPointer>
#include <QWidget>

class StatusHistoryModel;
class StatusTimeline;

// The timeline of a StatusTimeline: a vertical rail (newest first) with one coloured mark per
// status change, its badge, how long it lasted, the reviewers' reason and when it happened.
// Loading, empty and error states are drawn in place of the marks. Hovering or clicking an
// entry highlights it; its tooltip explains the status; the context menu copies the whole
// history (the owner's action) or the one entry.
class StatusTimelineCanvas : public QWidget
{
public:
    // Where one status change is drawn, in canvas coordinates.
    struct Entry
    {
        int row = -1; // of the model
        QRect block;  // the whole entry: hover, selection and tooltip area
        QRect mark;
        QRect badge;
        QRect duration;
        QRect reasonBox;
        QRect date;
        QRect time;
    };

    StatusTimelineCanvas(StatusTimeline *owner, QWidget *parent);

    void setModel(StatusHistoryModel *model);
    // Lays out again after the model changed.
    void modelChanged();

    // What is drawn instead of marks (no request, loading, empty, error); empty when marks are.
    QString placeholder() const;
    // The entries at the current width, newest first.
    const QList<Entry> &entries() const;

    // One change as plain text ("2026-01-02 10:00  In Progress (3 days)", then the reason).
    static QString entryText(const StatusHistoryModel *model, int row);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return QSize(240, 100); }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<Entry> layoutFor(int width, int *totalHeight) const;
    int entryAt(const QPoint &pos) const;
    QString entryTextAt(const QPoint &pos) const;
    // The entries as text (or what is drawn instead), for screen readers.
    void updateAccessibleDescription();
    // Grey stand-ins for the marks while the first answer is on its way.
    void paintSkeleton(QPainter &painter) const;

    StatusTimeline *m_owner;
    QPointer<StatusHistoryModel> m_model;
    mutable QList<Entry> m_entries;
    mutable int m_layoutWidth = -1;
    int m_hovered = -1;
    int m_selected = -1;
};
