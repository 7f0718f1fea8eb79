#pragma once

#include "tableexport.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QAbstractItemModel;
class QThread;

// A CSV export that never holds up the window, for lists of any length: the same bytes as
// TableExport::writeCsvFile, in two steps.
//   1. The cells are read from the model on its own thread in slices of a few thousand rows,
//      one slice per event-loop turn (the texts are shared with the model, not copied).
//   2. A worker thread quotes them and writes them through QSaveFile, so the file is either
//      complete or untouched.
// progressChanged() reports rows read and then rows written; cancel() stops either step and
// leaves the file as it was. If the model's rows change while they are being read (loaded,
// removed, sorted, filtered), the export stops and says so rather than mixing two versions.
class CsvExportJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultRowsPerSlice = 2000;

    CsvExportJob(const QAbstractItemModel *model, QString fileName, CsvExportOptions options = {},
                 QObject *parent = nullptr);
    // Cancels: a worker still writing stops at its next row and discards the file.
    ~CsvExportJob() override;

    void setRowsPerSlice(int rows) { m_rowsPerSlice = qMax(1, rows); }
    QString fileName() const { return m_fileName; }
    int rowCount() const { return m_rowCount; }
    // Steps of progressChanged(): the rows read plus the rows written.
    int totalSteps() const { return 2 * m_rowCount; }
    bool isRunning() const { return m_running; }
    // The cells are read and the worker is writing them.
    bool isWriting() const { return m_running && m_shared != nullptr; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorMessage() const { return m_error; }
    // The thread the file was written on, once finished (tests check it is not this one's).
    QThread *writerThread() const { return m_writerThread; }

public Q_SLOTS:
    // Starts the export; a job exports once.
    void start();
    void cancel();

Q_SIGNALS:
    void progressChanged(int step, int totalSteps);
    // `ok` false: errorMessage() says why, or wasCancelled().
    void finished(bool ok);

private:
    struct Shared;
    void readSlice();
    void startWriting();
    void onModelChanged();
    void finish(bool ok, const QString &error);

    QPointer<const QAbstractItemModel> m_model;
    QString m_fileName;
    CsvExportOptions m_options;
    QList<int> m_columns;
    int m_rowsPerSlice = defaultRowsPerSlice;
    int m_rowCount = 0;
    int m_nextRow = 0;
    bool m_started = false;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
    QStringList m_header;
    QList<QStringList> m_rows;
    QTimer m_slices;
    QTimer m_progressPoll;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<QString> m_writer; // the worker's error message, empty when it succeeded
    QThread *m_writerThread = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
};
