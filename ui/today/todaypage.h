#pragma once

#include "domain/hosted.h"
#include "domain/tollfree.h"
#include "session/todaysummary.h"
#include "widgets/recordlink.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class RcsAgentsModel;
class StatusCountChart;

// The home page ("Today"), first in the navigation: what needs action now in each area, oldest
// first, with counts (TodaySummary), and how the toll-free requests are spread over the
// statuses (a bar chart and the same numbers as a table). Every row opens its record. It loads
// when first shown, on refresh() (F5) and when the status watcher sees a change; an area that
// fails says so above what it still shows.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    TodayPage(TodaySummary *summary, RcsAgentsModel *agents, QWidget *parent = nullptr);

    TodaySummary *summary() const { return m_summary; }
    QTreeWidget *tollFreeList() const { return m_tollFree; }
    QTreeWidget *hostedList() const { return m_hosted; }
    QTreeWidget *rcsList() const { return m_rcs; }
    QTableWidget *statusTable() const { return m_statusTable; }
    StatusCountChart *chart() const { return m_chart; }

    // Whether the session can be asked (a profile is active). Becoming ready marks what is
    // shown as stale: it loads now when visible, else when next shown.
    void setReady(bool ready);
    bool isStale() const { return m_stale; }

public Q_SLOTS:
    void refresh();
    // Something changed elsewhere (a status the watcher saw): load again soon when visible,
    // else when next shown. Several changes close together make one load.
    void markStale();

Q_SIGNALS:
    void openRecordRequested(const RecordLink &link);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showArea(TodaySummary::Area area);
    void showTollFree();
    void showHosted();
    void showRcs();
    void updateHeader();
    QTreeWidgetItem *addGroup(QTreeWidget *tree, const QString &title, int count);
    QLabel *noteLabel(const QString &objectName);
    void setNote(QLabel *label, TodaySummary::Area area, const QString &extra = {});

    TodaySummary *m_summary;
    RcsAgentsModel *m_agents;
    QLabel *m_header;
    QTreeWidget *m_tollFree;
    QTreeWidget *m_hosted;
    QTreeWidget *m_rcs;
    QLabel *m_tollFreeNote;
    QLabel *m_hostedNote;
    QLabel *m_rcsNote;
    StatusCountChart *m_chart;
    QTableWidget *m_statusTable;
    QTimer *m_staleTimer;
    bool m_ready = false;
    bool m_stale = true;
};
