#pragma once

#include <QDialog>

class ActivityFilterProxy;
class ActivityLog;
class ActivityModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class StateTableView;
class TableRowActions;

// View ▸ Activity: every write this console made (ActivityLog), newest first, filtered by
// profile, action, outcome and any text (a number, an id, an error); a row opens its record
// (recordRequested, which the main window follows); Export CSV of the rows shown; the
// retention in days. The list follows the log as writes start and end.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityDialog(ActivityLog *log, QWidget *parent = nullptr);
    ~ActivityDialog() override;

    ActivityModel *model() const { return m_model; }
    ActivityFilterProxy *proxy() const { return m_proxy; }
    StateTableView *table() const { return m_table; }
    // Writes the rows shown as CSV (what Export CSV… writes after asking for a file).
    bool exportCsvTo(const QString &fileName, QString *errorMessage = nullptr) const;

Q_SIGNALS:
    // Open the record `recordId` of `area` (ActivityArea::…) in its page.
    void recordRequested(const QString &area, const QString &recordId);

private:
    void setDefaultColumnWidths();
    void reload();
    void refreshChoices();
    void updateState();
    void openRow(const QModelIndex &index);

    ActivityLog *m_log;
    ActivityModel *m_model;
    ActivityFilterProxy *m_proxy;
    StateTableView *m_table;
    TableRowActions *m_rowActions;
    QComboBox *m_profileFilter;
    QComboBox *m_actionFilter;
    QComboBox *m_outcomeFilter;
    QLineEdit *m_search;
    QSpinBox *m_retention;
    QLabel *m_countLabel;
    QPushButton *m_exportButton;
};
