#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>

class ErrorBanner;
class ListFilterProxy;
class PagedListModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTextBrowser;
class StateTableView;
class TableRowActions;

// One area's list: a filter bar, the table (sortable, with a status badge column and drawn
// empty/loading/error states), a detail pane beside it, an inline error banner, "Load all" with
// progress and Cancel, CSV export and TSV copy. Column layout and splitter sizes are saved.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        QString key;   // "tollfree": settings group and objectName prefix
        QString title; // "Toll-free verification"
        QString noun;  // "verification requests", for the empty state
        PagedListModel *model = nullptr;
        int statusColumn = -1;
        // The record's JSON for the detail pane, from PagedListModel::RecordRole.
        std::function<QJsonObject(const QVariant &record)> recordJson;
    };

    explicit ListPage(Options options, QWidget *parent = nullptr);

    QString key() const { return m_options.key; }
    QString title() const { return m_options.title; }
    PagedListModel *model() const { return m_options.model; }
    ListFilterProxy *proxy() const { return m_proxy; }
    StateTableView *table() const { return m_table; }
    QString lastError() const { return m_lastError; }
    // Area-specific controls (server-side filters) shown above the table.
    void setExtraFilterBar(QWidget *bar);
    // Replaces the generic field list beside the table; it follows currentRecordChanged().
    void setDetailWidget(QWidget *widget);
    // The domain value of the current row (PagedListModel::RecordRole); invalid when none.
    QVariant currentRecord() const;
    // Makes the row of the record with this id current and scrolls to it; false when no
    // visible row holds it (not loaded, or hidden by the filter).
    bool selectRecord(const QString &id);
    // Leaves no row current, so the detail widget can be given a record the list does not show.
    void clearCurrentRecord();

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

public Q_SLOTS:
    void refresh();
    void focusFilter();
    // Asks for a file name (non-modal dialog) and writes the visible rows as CSV.
    void exportCsv();
    bool exportCsvTo(const QString &fileName, QString *errorMessage = nullptr);
    void copySelectedRows();
    void loadAll();
    void cancelLoadAll();

Q_SIGNALS:
    void errorChanged(const QString &message);
    void keyEntryRequested();
    void statusMessage(const QString &message);
    void currentRecordChanged(const QVariant &record);

private:
    void updatePlaceholder();
    void updateCounts();
    void updateDetail();
    void onModelError(const QString &message, int httpStatus);

    Options m_options;
    ListFilterProxy *m_proxy;
    ErrorBanner *m_banner;
    QWidget *m_filterRow;
    QLineEdit *m_filter;
    QLabel *m_countLabel;
    QPushButton *m_loadAllButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QSplitter *m_splitter;
    StateTableView *m_table;
    TableRowActions *m_rowActions = nullptr;
    QTextBrowser *m_detail;
    QWidget *m_customDetail = nullptr;
    QTimer m_filterDebounce;
    QString m_lastError;
};
