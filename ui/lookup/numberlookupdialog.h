#pragma once

#include "domain/hosted.h"
#include "domain/tollfree.h"
#include "session/numberlookup.h"
#include "widgets/recordlink.h"

#include <QDialog>

class ConsoleSession;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class RcsAgentsModel;

// Find a number (Ctrl+K): one phone number, typed or pasted in any usual spelling, looked up in
// every area at once (NumberLookup). Results appear as each area answers, grouped by area; each
// record has an Open button that shows it in its page. An area that found nothing says where it
// looked; one that failed says why. Recent lookups and the RCS agent are remembered per profile.
class NumberLookupDialog : public QDialog
{
    Q_OBJECT

public:
    NumberLookupDialog(ConsoleSession *session, RcsAgentsModel *agents, QWidget *parent = nullptr);

    // Puts `typed` in the box and looks it up (empty: just focuses the box).
    void lookUp(const QString &typed);
    NumberLookup *lookup() const { return m_lookup; }
    QTreeWidget *resultsTree() const { return m_results; }
    // The group of an area: its header text says what was found.
    QTreeWidgetItem *areaItem(NumberLookup::Area area) const;

Q_SIGNALS:
    void openRecordRequested(const RecordLink &link);

private:
    void startLookup();
    void showArea(NumberLookup::Area area);
    void showTollFree(QTreeWidgetItem *group);
    void showHosted(QTreeWidgetItem *group);
    void showRcs(QTreeWidgetItem *group);
    QTreeWidgetItem *addRecord(QTreeWidgetItem *group, const RecordLink &link,
                               const QStringList &columns);
    void openItem(QTreeWidgetItem *item);
    void copySelection() const;
    void updateSummary();
    void fillRecent();
    QString profileId() const;

    ConsoleSession *m_session;
    RcsAgentsModel *m_agents;
    NumberLookup *m_lookup;
    // Made in reading order, the order Tab visits them in.
    QComboBox *m_numberCombo;
    QPushButton *m_findButton;
    QComboBox *m_agentCombo;
    QLabel *m_summary;
    QTreeWidget *m_results;
    QHash<NumberLookup::Area, QTreeWidgetItem *> m_groups;
};
