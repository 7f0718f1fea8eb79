#include "tablerowactions.h"

#include "csvexportjob.h"
#include "tableexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QProgressDialog>
#include <QTableView>

using namespace Qt::StringLiterals;

TableRowActions::TableRowActions(QTableView *table, Options options, QWidget *parent)
    : QObject(parent)
    , m_table(table)
    , m_options(std::move(options))
{
    auto *copyAction = new QAction(tr("Copy rows"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &TableRowActions::copyRows);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    QAbstractItemModel *model = m_table->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableRowActions::shownRowsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableRowActions::shownRowsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &TableRowActions::shownRowsChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableRowActions::shownRowsChanged);
}

int TableRowActions::shownRows() const
{
    return m_table->model()->rowCount();
}

QList<int> TableRowActions::columns() const
{
    if (!m_options.shownColumnsOnly)
        return {};
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void TableRowActions::copyRows()
{
    const QAbstractItemModel *model = m_table->model();
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_options.copyAllWhenNothingSelected) {
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, 0));
    }
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(TableExport::toTsv(model, rows, true, columns()));
    Q_EMIT statusMessage(tr("Copied %Ln row(s)", nullptr, int(rows.size())));
}

bool TableRowActions::exportCsvTo(const QString &fileName, QString *errorMessage) const
{
    CsvExportOptions options;
    options.columns = columns();
    return TableExport::writeCsvFile(m_table->model(), fileName, errorMessage, options);
}

void TableRowActions::exportCsv()
{
    auto *dialog = new QFileDialog(qobject_cast<QWidget *>(parent()), m_options.exportTitle);
    dialog->setObjectName(m_options.exportDialogName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(m_options.exportFileName);
    connect(dialog, &QFileDialog::fileSelected, this, &TableRowActions::startExport);
    dialog->open();
}

CsvExportJob *TableRowActions::startExport(const QString &fileName)
{
    if (m_export)
        return nullptr; // one at a time; its progress window is up
    CsvExportOptions options;
    options.columns = columns();
    auto *job = new CsvExportJob(m_table->model(), fileName, options, this);
    m_export = job;
    const int rows = shownRows();

    // Shown only when the export takes a moment; window-modal, so the list is not sorted or
    // filtered under it.
    auto *progress = new QProgressDialog(
        tr("Exporting %Ln row(s) to %1…", nullptr, rows).arg(QDir::toNativeSeparators(fileName)),
        tr("Cancel"), 0, qMax(1, job->totalSteps()), qobject_cast<QWidget *>(parent()));
    progress->setObjectName(u"exportProgressDialog"_s);
    progress->setWindowTitle(tr("Export as CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(job, &CsvExportJob::progressChanged, progress, &QProgressDialog::setValue);
    // The Cancel button, and Escape (which only rejects the dialog).
    connect(progress, &QProgressDialog::canceled, job, &CsvExportJob::cancel);
    connect(progress, &QDialog::rejected, job, &CsvExportJob::cancel);
    connect(job, &CsvExportJob::finished, this, [this, job, progress, fileName, rows](bool ok) {
        progress->disconnect(job);
        progress->deleteLater();
        job->deleteLater();
        m_export = nullptr;
        if (ok)
            Q_EMIT statusMessage(tr("Exported %Ln row(s) to %1", nullptr, rows).arg(fileName));
        else if (job->wasCancelled())
            Q_EMIT statusMessage(tr("Export cancelled; %1 was not changed").arg(fileName));
        else
            Q_EMIT exportFailed(job->errorMessage());
    });
    job->start();
    return job;
}
