#include "csvexportjob.h"

#include <QAbstractItemModel>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

// What the worker and the job share; the worker holds its own reference, so a job destroyed
// while the worker writes leaves it nothing dangling.
struct CsvExportJob::Shared
{
    std::atomic<bool> cancelled = false;
    std::atomic<bool> committed = false;
    std::atomic<int> rowsWritten = 0;
    std::atomic<QThread *> thread = nullptr;
};

namespace {

QString writeFile(const QString &fileName, bool byteOrderMark, const QStringList &header,
                  const QList<QStringList> &rows, const auto &shared)
{
    shared->thread = QThread::currentThread();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return QObject::tr("Could not write %1: %2").arg(fileName, file.errorString());
    bool ok = !byteOrderMark || file.write("\xEF\xBB\xBF", 3) == 3;
    QString line;
    const auto writeRecord = [&](const QStringList &fields) {
        TableExport::appendCsvRecord(&line, fields);
        const QByteArray bytes = line.toUtf8();
        ok = ok && file.write(bytes) == bytes.size();
        line.clear();
    };
    writeRecord(header);
    for (const QStringList &row : rows) {
        if (!ok || shared->cancelled)
            break;
        writeRecord(row);
        ++shared->rowsWritten;
    }
    if (shared->cancelled) {
        file.cancelWriting();
        return {};
    }
    if (!ok) {
        const QString error =
            QObject::tr("Could not write %1: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return QObject::tr("Could not save %1: %2").arg(fileName, file.errorString());
    shared->committed = true;
    return {};
}

} // namespace

CsvExportJob::CsvExportJob(const QAbstractItemModel *model, QString fileName,
                           CsvExportOptions options, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_fileName(std::move(fileName))
    , m_options(std::move(options))
{
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &CsvExportJob::readSlice);
    // The worker's row count is read a few times a second, not signalled per row.
    m_progressPoll.setInterval(100);
    connect(&m_progressPoll, &QTimer::timeout, this, [this] {
        if (m_shared)
            Q_EMIT progressChanged(m_rowCount + m_shared->rowsWritten, totalSteps());
    });
    connect(&m_writer, &QFutureWatcher<QString>::finished, this, [this] {
        m_writerThread = m_shared->thread.load();
        // A cancel that came after the file was saved is too late: the file is complete.
        if (m_shared->committed) {
            Q_EMIT progressChanged(totalSteps(), totalSteps());
            finish(true, {});
        } else {
            finish(false, m_cancelled ? QString() : m_writer.result());
        }
    });
}

CsvExportJob::~CsvExportJob()
{
    if (m_shared)
        m_shared->cancelled = true;
}

void CsvExportJob::start()
{
    if (m_started)
        return; // one export per job
    m_started = true;
    if (!m_model) {
        m_error = tr("There is no list to export.");
        Q_EMIT finished(false);
        return;
    }
    m_running = true;
    m_columns = TableExport::exportedColumns(m_model, m_options.columns);
    m_rowCount = m_model->rowCount();
    m_header.clear();
    for (const int column : std::as_const(m_columns))
        m_header.append(TableExport::headerText(m_model, column));
    m_rows.clear();
    m_rows.reserve(m_rowCount);
    m_nextRow = 0;
    const auto stopOn = [this](auto signal) {
        m_modelConnections.append(connect(m_model, signal, this, &CsvExportJob::onModelChanged));
    };
    stopOn(&QAbstractItemModel::rowsInserted);
    stopOn(&QAbstractItemModel::rowsRemoved);
    stopOn(&QAbstractItemModel::rowsMoved);
    stopOn(&QAbstractItemModel::columnsInserted);
    stopOn(&QAbstractItemModel::columnsRemoved);
    stopOn(&QAbstractItemModel::layoutChanged);
    stopOn(&QAbstractItemModel::modelReset);
    stopOn(&QObject::destroyed);
    Q_EMIT progressChanged(0, totalSteps());
    m_slices.start();
}

void CsvExportJob::readSlice()
{
    const int end = qMin(m_rowCount, m_nextRow + m_rowsPerSlice);
    for (int row = m_nextRow; row < end; ++row) {
        QStringList cells;
        cells.reserve(m_columns.size());
        for (const int column : std::as_const(m_columns))
            cells.append(TableExport::cellText(m_model, row, column));
        m_rows.append(std::move(cells));
    }
    m_nextRow = end;
    Q_EMIT progressChanged(m_nextRow, totalSteps());
    if (m_nextRow >= m_rowCount) {
        m_slices.stop();
        startWriting();
    }
}

void CsvExportJob::startWriting()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_shared = std::make_shared<Shared>();
    // The worker gets its own copies (sharing the texts); nothing of the job is touched there.
    m_writer.setFuture(
        QtConcurrent::run([fileName = m_fileName, bom = m_options.byteOrderMark, header = m_header,
                           rows = std::exchange(m_rows, {}), shared = m_shared] {
            return writeFile(fileName, bom, header, rows, shared);
        }));
    m_progressPoll.start();
}

void CsvExportJob::onModelChanged()
{
    finish(false, tr("The list changed while it was being exported (rows were loaded, removed, "
                     "sorted or filtered). Nothing was written; export again."));
}

void CsvExportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_shared) {
        // Writing: the worker stops at its next row and discards the file; finished() comes
        // when it has.
        m_shared->cancelled = true;
        return;
    }
    finish(false, {});
}

void CsvExportJob::finish(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_slices.stop();
    m_progressPoll.stop();
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_rows.clear();
    m_error = error;
    Q_EMIT finished(ok);
}
