#pragma once

#include "statushistorymodel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QToolButton;
class StatusTimelineCanvas;
class StatusTimelineSummary;

// The status history of one toll-free verification request as a picture: at the top the current
// status, how long the request has been in it and its total age, with a strip showing the share
// of time spent in each status; below, a vertical timeline (newest first) with one coloured mark
// per change, its status, the reviewers' reason, when it happened and how long it lasted.
// Loading, empty and error states are drawn in place. "Copy as text" (and Ctrl+C) puts a
// plain-text rendering of the whole history on the clipboard, ready to paste into a ticket.
class StatusTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit StatusTimeline(QWidget *parent = nullptr);
    ~StatusTimeline() override;

    // The history to draw (not owned); nullptr shows the "no request" state.
    void setModel(StatusHistoryModel *model);
    StatusHistoryModel *model() const { return m_model; }
    // Names the request in the copied text, e.g. "Acme Dental LLC (4b1c…)".
    void setSubject(const QString &subject);
    QString subject() const { return m_subject; }

    // The whole history as plain text: header, then one entry per change, newest first.
    QString plainText() const;
    // What the canvas shows instead of marks (loading, empty, error); empty when it draws marks.
    QString placeholderText() const;
    // Marks drawn on the canvas: one per status change.
    int markCount() const;
    // Where the mark of a model row is drawn, in canvas coordinates; null when not drawn.
    QRect markRect(int row) const;
    QWidget *canvas() const;
    QAction *copyAction() const { return m_copyAction; }

public Q_SLOTS:
    void copyToClipboard();

Q_SIGNALS:
    void copied(const QString &text);

private:
    void onModelChanged();

    QPointer<StatusHistoryModel> m_model;
    QString m_subject;
    QLabel *m_title;
    QToolButton *m_copyButton;
    QToolButton *m_retryButton;
    StatusTimelineSummary *m_summary;
    QScrollArea *m_scroll;
    StatusTimelineCanvas *m_canvas;
    QAction *m_copyAction;
    QList<QMetaObject::Connection> m_modelConnections;
};
