#include "csvexportjob.h"
#include "tableexport.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace Qt::StringLiterals;

// The CSV export that keeps the window responsive: cells read in slices between events, the
// file written by a worker, cancel and a changing list leaving the file as it was.
class TestCsvExportJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<QStandardItemModel> makeModel(int rows)
    {
        auto model = std::make_unique<QStandardItemModel>(rows, 3);
        model->setHorizontalHeaderLabels({u"Name"_s, u"Phone"_s, u"Note"_s});
        for (int row = 0; row < rows; ++row) {
            model->setItem(row, 0, new QStandardItem(u"Business %1, \"Ltd\""_s.arg(row)));
            model->setItem(row, 1,
                           new QStandardItem(u"+1877555%1"_s.arg(row % 10000, 4, 10, QChar(u'0'))));
            model->setItem(row, 2, new QStandardItem(row % 7 == 0 ? u"=HYPERLINK(1)"_s : u"ok"_s));
        }
        return model;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray contents(const QString &fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeOld(const QString &fileName)
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old contents\n");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesWhatTheSynchronousExportWrites()
    {
        const auto model = makeModel(20000);
        CsvExportOptions options;
        options.columns = {2, 0, 1};
        options.byteOrderMark = true;
        CsvExportJob job(model.get(), path(u"same.csv"_s), options);
        job.setRowsPerSlice(500);
        QSignalSpy progress(&job, &CsvExportJob::progressChanged);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(job.errorMessage().isEmpty());
        QCOMPARE(contents(path(u"same.csv"_s)), TableExport::toCsv(model.get(), options));

        // Read in slices: one progress report per slice, then the writing's.
        QVERIFY(progress.size() >= 20000 / 500);
        int last = -1;
        for (const QList<QVariant> &report : std::as_const(progress)) {
            QVERIFY(report.at(0).toInt() >= last);
            last = report.at(0).toInt();
            QCOMPARE(report.at(1).toInt(), 40000);
        }
        QCOMPARE(last, job.totalSteps());
        // Written off the thread that owns the model.
        QVERIFY(job.writerThread() != nullptr);
        QVERIFY(job.writerThread() != QThread::currentThread());
    }

    void otherEventsRunBetweenSlices()
    {
        const auto model = makeModel(10000);
        CsvExportJob job(model.get(), path(u"slices.csv"_s));
        job.setRowsPerSlice(100);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        int readWhenTheEventRan = -1;
        int lastRead = 0;
        bool posted = false;
        connect(&job, &CsvExportJob::progressChanged, this, [&](int step) {
            lastRead = step;
            // Posted after the first slice: it runs after that slice, not after all of them.
            if (step > 0 && !posted) {
                posted = true;
                QTimer::singleShot(0, this, [&] { readWhenTheEventRan = lastRead; });
            }
        });
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(readWhenTheEventRan > 0 && readWhenTheEventRan < 10000,
                 qPrintable(QString::number(readWhenTheEventRan)));
    }

    void cancelWhileReadingLeavesTheFileAsItWas()
    {
        const auto model = makeModel(10000);
        const QString fileName = path(u"cancel-reading.csv"_s);
        writeOld(fileName);
        CsvExportJob job(model.get(), fileName);
        job.setRowsPerSlice(100);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        connect(&job, &CsvExportJob::progressChanged, &job, [&job](int step) {
            if (step >= 300)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(job.wasCancelled());
        QVERIFY(job.errorMessage().isEmpty());
        QCOMPARE(contents(fileName), QByteArray("old contents\n"));
        QCOMPARE(finished.size(), 1);
    }

    void cancelWhileWritingLeavesTheFileWholeOrAsItWas()
    {
        const auto model = makeModel(100000);
        const QString fileName = path(u"cancel-writing.csv"_s);
        writeOld(fileName);
        CsvExportJob job(model.get(), fileName);
        job.setRowsPerSlice(20000);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        job.start();
        // The reading is over once the first step past the row count is reported, or right
        // after the last slice: cancel then, while the worker writes.
        QTRY_VERIFY_WITH_TIMEOUT(job.isWriting(), 20000);
        job.cancel();
        QVERIFY(finished.wait(20000));
        if (finished.at(0).at(0).toBool()) { // the worker had saved already: complete
            QCOMPARE(contents(fileName), TableExport::toCsv(model.get()));
        } else {
            QVERIFY(job.wasCancelled());
            QCOMPARE(contents(fileName), QByteArray("old contents\n"));
        }
        QCOMPARE(finished.size(), 1);
    }

    void aListThatChangesStopsTheExport()
    {
        const auto model = makeModel(5000);
        const QString fileName = path(u"changed.csv"_s);
        CsvExportJob job(model.get(), fileName);
        job.setRowsPerSlice(100);
        QSignalSpy finished(&job, &CsvExportJob::finished);
        bool inserted = false;
        connect(&job, &CsvExportJob::progressChanged, this, [&](int step) {
            if (step >= 200 && !inserted) {
                inserted = true;
                model->insertRow(0, new QStandardItem(u"late"_s));
            }
        });
        job.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!job.wasCancelled());
        QVERIFY(job.errorMessage().contains(u"changed"_s));
        QVERIFY(!QFile::exists(fileName));
    }

    void destroyedWhileWritingCrashesNothing()
    {
        const auto model = makeModel(100000);
        const QString fileName = path(u"destroyed.csv"_s);
        auto job = std::make_unique<CsvExportJob>(model.get(), fileName);
        job->setRowsPerSlice(50000);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->isWriting(), 20000);
        job.reset();
        QThreadPool::globalInstance()->waitForDone();
        const QByteArray written = contents(fileName);
        QVERIFY(written.isEmpty() || written == TableExport::toCsv(model.get()));
    }

    void noModelIsAnError()
    {
        CsvExportJob job(nullptr, path(u"none.csv"_s));
        QSignalSpy finished(&job, &CsvExportJob::finished);
        job.start();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!job.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvExportJob)
#include "tst_csvexportjob.moc"
