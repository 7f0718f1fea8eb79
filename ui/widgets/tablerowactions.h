#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class CsvExportJob;
class QTableView;
class QWidget;

// What every results table of the console offers for its rows, one way for all: Copy (Ctrl+C
// and the table's context menu; tab-separated with the header, for a spreadsheet), CSV export
// through a non-modal save dialog, and word of every change in the number of rows shown (for
// a count label). The rows are those of the table's model, usually a filter proxy: the rows
// shown, in their order.
class TableRowActions : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString exportTitle;      // the save dialog's title: "Export URL domains as CSV"
        QString exportDialogName; // its objectName
        QString exportFileName;   // the file name it suggests: "urlDomains.csv"
        // Copy with nothing selected copies every shown row (otherwise it copies nothing).
        bool copyAllWhenNothingSelected = false;
        // Copy and export the visible columns in their on-screen order (otherwise every column
        // of the model, in its order).
        bool shownColumnsOnly = false;
    };

    // The table's model must be set; the copy action is added to the table.
    TableRowActions(QTableView *table, Options options, QWidget *parent);

    // Writes the shown rows as CSV, at once (small tables, tests).
    bool exportCsvTo(const QString &fileName, QString *errorMessage = nullptr) const;
    int shownRows() const;

public Q_SLOTS:
    void copyRows();
    // Asks for a file name (non-modal dialog), then exports through startExport().
    void exportCsv();
    // Writes the shown rows as CSV without holding up the window (CsvExportJob), with a
    // progress window and Cancel when it takes a moment. nullptr while another export runs.
    CsvExportJob *startExport(const QString &fileName);

Q_SIGNALS:
    // "Copied 3 rows", "Exported 250 rows to …".
    void statusMessage(const QString &message);
    // "Could not write …: …".
    void exportFailed(const QString &message);
    void shownRowsChanged();

private:
    QList<int> columns() const;

    QTableView *m_table;
    Options m_options;
    QPointer<CsvExportJob> m_export;
};
