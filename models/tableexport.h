#pragma once

#include <QByteArray>
#include <QList>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

// Options of TableExport's CSV output.
struct CsvExportOptions
{
    // No BOM by default; Excel on Windows needs one to read the file as UTF-8.
    bool byteOrderMark = false;
    QList<int> columns; // empty: every column
};

// Turns the rows of any table model into CSV (files) or TSV (the clipboard).
//
// Both take the model the user sees (usually the filter proxy, so rows come in the view's order)
// and its DisplayRole texts (ExportTextRole where a cell gives one), with a header row of the
// horizontal header titles. `columns` picks
// and orders columns (the view's visible, possibly moved ones); empty means every column.
// Only rows the model holds are written: PagedListModel::loadAll() first for a whole list.
//
// Spreadsheet formula guard: a cell that starts with = + - @, a tab or a carriage return would
// be taken as a formula by Excel, LibreOffice or Google Sheets, so it gets a leading apostrophe
// ("=HYPERLINK(...)" → "'=HYPERLINK(...)"). Exception: phone numbers in E.164 ("+18005550100")
// and comma-separated lists of them stay as they are. Made only of '+', digits, commas and
// spaces, they cannot call anything; a spreadsheet may at worst show one as a number.
// The guard applies to TSV too: a spreadsheet evaluates formulas pasted from the clipboard.
class TableExport
{
public:
    // A cell's text for Copy and Export when it differs from what is shown (a messaging
    // profile's "Name (id)" where the list shows the name); DisplayRole otherwise.
    static constexpr int ExportTextRole = Qt::UserRole + 64;

    // RFC 4180: fields separated by commas, records ended by CRLF, a field quoted when it
    // holds a comma, a double quote, CR or LF, and quotes inside doubled. UTF-8.
    static QByteArray toCsv(const QAbstractItemModel *model, const CsvExportOptions &options = {});
    // Streams the CSV into `device` (already open); false when a write failed.
    static bool writeCsv(const QAbstractItemModel *model, QIODevice *device,
                         const CsvExportOptions &options = {});
    // Writes atomically through QSaveFile: the file is either complete or untouched.
    static bool writeCsvFile(const QAbstractItemModel *model, const QString &fileName,
                             QString *errorMessage = nullptr, const CsvExportOptions &options = {});

    // The given rows (any indexes of them, e.g. a selection; each row once, in model order),
    // tab-separated, one line each ending in "\n". Tabs and line breaks inside a cell become
    // spaces, since TSV has no quoting.
    static QString toTsv(const QAbstractItemModel *model, const QModelIndexList &rows,
                         bool includeHeader = false, const QList<int> &columns = {});

    // One CSV record: the fields quoted when needed, formula-guarded, comma-separated, ended by
    // CRLF, appended to `line`.
    static void appendCsvRecord(QString *line, const QStringList &fields);
    // `wanted`, or every column of the model when it is empty.
    static QList<int> exportedColumns(const QAbstractItemModel *model, const QList<int> &wanted);
    static QString headerText(const QAbstractItemModel *model, int column);
    // ExportTextRole where the cell gives one, else DisplayRole.
    static QString cellText(const QAbstractItemModel *model, int row, int column);

    // One CSV field, quoted when needed, formula-guarded.
    static QString csvField(const QString &text);
    // The formula guard alone.
    static QString guardFormula(const QString &text);
    static bool isPhoneNumberList(const QString &text);
};
