#include "api/tollfreeapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "statushistorymodel.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;

// The status history model against the in-process sandbox with its clock frozen: a request is
// created with a "[verify]" marker and the clock is moved on, so its history is known exactly
// (In Progress, Waiting For Telnyx, Waiting For Vendor, Verified, an hour apart). A
// QAbstractItemModelTester watches the model for the whole of every test.
class TestStatusHistoryModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;
    std::unique_ptr<StatusHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    static constexpr qint64 hourMs = 3600 * 1000;

    QString historyPath(const QString &id) const
    {
        return u"/v2/messaging_tollfree/verification/requests/"_s + id + u"/status_history"_s;
    }

    QString createRequest(const QString &businessName)
    {
        auto *call = TollFreeApi(&m_bed->client).create(sampleTollFreeRequest(businessName));
        QString id;
        connect(call, &ApiCall::finished, this, [&] { id = call->result().id; });
        SandboxTestbed::wait(call);
        return id;
    }

    void advance(int seconds)
    {
        m_bed->control("POST", u"/_sandbox/advance"_s, {{u"seconds"_s, seconds}});
    }

    QList<TfvStatusChange> serverHistory(const QString &id)
    {
        auto *call = TollFreeApi(&m_bed->client).statusHistory(id, 1, 1000);
        QList<TfvStatusChange> changes;
        connect(call, &ApiCall::finished, this, [&] { changes = call->result().items; });
        SandboxTestbed::wait(call);
        return changes;
    }

    bool waitForState(StatusHistoryModel::State state, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return m_model->state() == state; }, timeoutMs);
    }

    static TfvStatusChange change(const char *status, const QDateTime &at, const char *reason = "")
    {
        TfvStatusChange entry;
        entry.verificationStatus = QString::fromLatin1(status);
        entry.reason = QString::fromLatin1(reason);
        entry.updatedAt = at;
        return entry;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.speed = 0; // time moves only when the test says so
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
        m_model = std::make_unique<StatusHistoryModel>(&m_bed->client);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_bed.reset();
    }

    void fetchesEveryPage_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("one per page") << 1 << 4;
        QTest::newRow("three per page") << 3 << 2;
        QTest::newRow("all on one page") << 100 << 1;
    }

    void fetchesEveryPage()
    {
        QFETCH(int, pageSize);
        QFETCH(int, expectedRequests);
        const QString id = createRequest(u"Pager Dental [verify]"_s);
        QVERIFY(!id.isEmpty());
        advance(6 * 3600);
        const QList<TfvStatusChange> expected = serverHistory(id);
        QCOMPARE(expected.size(), 4);
        m_bed->resetRequests();

        QSignalSpy states(m_model.get(), &StatusHistoryModel::stateChanged);
        QSignalSpy loaded(m_model.get(), &StatusHistoryModel::loaded);
        m_model->setPageSize(pageSize);
        QCOMPARE(m_model->state(), StatusHistoryModel::State::Empty);
        m_model->setRequest(id);
        QCOMPARE(m_model->state(), StatusHistoryModel::State::Loading);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_model->state(), StatusHistoryModel::State::Loaded);
        QCOMPARE(states.size(), 2); // Loading, Loaded

        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->changes(), expected);
        QCOMPARE(m_bed->requestCount(u"GET "_s + historyPath(id)), expectedRequests);
        const QStringList statuses{u"In Progress"_s, u"Waiting For Telnyx"_s,
                                   u"Waiting For Vendor"_s, u"Verified"_s};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(m_model->index(row, StatusHistoryModel::StatusColumn)
                         .data(StatusHistoryModel::RawValueRole)
                         .toString(),
                     statuses.at(row));
        }
        QCOMPARE(m_model->currentStatus(), u"Verified"_s);
    }

    void durationsFollowTheChanges()
    {
        const QString id = createRequest(u"Clockwork Clinic [verify]"_s);
        advance(6 * 3600);
        m_model->setPageSize(2);
        m_model->setRequest(id);
        QVERIFY(waitForState(StatusHistoryModel::State::Loaded));
        QCOMPARE(m_model->rowCount(), 4);

        const QDateTime first = m_model->changeAt(0).updatedAt;
        const QDateTime last = m_model->changeAt(3).updatedAt;
        const QDateTime now = last.addSecs(90 * 60);
        m_model->setClock([now] { return now; });

        // The sandbox moves a request on one virtual hour per step.
        QCOMPARE(m_model->durationInStatus(0), hourMs);
        QCOMPARE(m_model->durationInStatus(1), hourMs);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(m_model->durationInStatus(row), m_model->changeAt(row).updatedAt.msecsTo(
                                                         m_model->changeAt(row + 1).updatedAt));
        }
        QCOMPARE(m_model->durationInStatus(3), 90 * 60 * 1000LL); // until "now"
        QCOMPARE(m_model->durationInStatus(4), -1);
        QCOMPARE(m_model->totalAge(), first.msecsTo(now));

        const QModelIndex duration = m_model->index(0, StatusHistoryModel::DurationColumn);
        QCOMPARE(duration.data().toString(), u"1 h"_s);
        QCOMPARE(duration.data(StatusHistoryModel::RawValueRole).toLongLong(), hourMs);
        QCOMPARE(m_model->index(3, StatusHistoryModel::DurationColumn).data().toString(),
                 u"1 h 30 min so far"_s);
        QCOMPARE(m_model->index(3, 0).data(StatusHistoryModel::DurationRole).toLongLong(),
                 90 * 60 * 1000LL);
        QCOMPARE(m_model->index(2, StatusHistoryModel::ChangedAtColumn)
                     .data(StatusHistoryModel::RawValueRole)
                     .toDateTime(),
                 m_model->changeAt(2).updatedAt);
        QVERIFY(m_model->index(3, 0).data(StatusHistoryModel::IsCurrentRole).toBool());
        QVERIFY(!m_model->index(2, 0).data(StatusHistoryModel::IsCurrentRole).toBool());
        QCOMPARE(m_model->index(1, 0).data(StatusHistoryModel::StatusRole).toString(),
                 u"Waiting For Telnyx"_s);
        QCOMPARE(m_model->index(1, 0).data().toString(), tfvStatusLabel(u"Waiting For Telnyx"_s));
    }

    void reasonsComeThrough()
    {
        const QString id = createRequest(u"Reasonable Rentals [customer]"_s);
        advance(3 * 3600);
        m_model->setPageSize(1);
        m_model->setRequest(id);
        QVERIFY(waitForState(StatusHistoryModel::State::Loaded));
        QCOMPARE(m_model->currentStatus(), u"Waiting For Customer"_s);
        QVERIFY(!m_model->currentReason().isEmpty());
        const int last = m_model->rowCount() - 1;
        QCOMPARE(m_model->index(last, StatusHistoryModel::ReasonColumn).data().toString(),
                 m_model->currentReason());
        QCOMPARE(m_model->index(last, 0).data(StatusHistoryModel::ReasonRole).toString(),
                 m_model->currentReason());
        QVERIFY(m_model->index(0, StatusHistoryModel::ReasonColumn).data().toString().isEmpty());
    }

    void rowsAreSortedByTime()
    {
        const QDateTime base(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        m_model->setChanges({change("Waiting For Customer", base.addSecs(7200), "Fix opt-in"),
                             change("In Progress", base),
                             change("Waiting For Telnyx", base.addSecs(3600))});
        QCOMPARE(m_model->state(), StatusHistoryModel::State::Loaded);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->changeAt(0).verificationStatus, u"In Progress"_s);
        QCOMPARE(m_model->changeAt(1).verificationStatus, u"Waiting For Telnyx"_s);
        QCOMPARE(m_model->changeAt(2).verificationStatus, u"Waiting For Customer"_s);
        QCOMPARE(m_model->currentReason(), u"Fix opt-in"_s);
        QCOMPARE(m_model->currentSince(), base.addSecs(7200));
    }

    void offlineDurations_data()
    {
        QTest::addColumn<QList<int>>("minutes"); // change times, minutes after the first
        QTest::addColumn<int>("nowMinutes");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("single change") << QList<int>{0} << 45 << QList<qint64>{45};
        QTest::newRow("three changes")
            << QList<int>{0, 60, 180} << 200 << QList<qint64>{60, 120, 20};
        QTest::newRow("same instant") << QList<int>{0, 0, 30} << 30 << QList<qint64>{0, 30, 0};
        // A server clock ahead of ours never gives a negative duration.
        QTest::newRow("future change") << QList<int>{0, 90} << 60 << QList<qint64>{90, 0};
    }

    void offlineDurations()
    {
        QFETCH(QList<int>, minutes);
        QFETCH(int, nowMinutes);
        QFETCH(QList<qint64>, expected);
        const QDateTime base(QDate(2025, 1, 10), QTime(9, 0), Qt::UTC);
        QList<TfvStatusChange> changes;
        for (int offset : minutes)
            changes.append(change("In Progress", base.addSecs(offset * 60)));
        m_model->setClock([base, nowMinutes] { return base.addSecs(nowMinutes * 60); });
        m_model->setChanges(changes);
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(m_model->durationInStatus(row), expected.at(row) * 60 * 1000);
        QCOMPARE(m_model->totalAge(), qint64(qMax(0, nowMinutes)) * 60 * 1000);
    }

    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing") << qint64(0) << u"< 1 min"_s;
        QTest::newRow("seconds") << qint64(59 * 1000) << u"< 1 min"_s;
        QTest::newRow("minutes") << qint64(12 * 60 * 1000) << u"12 min"_s;
        QTest::newRow("hour") << hourMs << u"1 h"_s;
        QTest::newRow("hours and minutes") << 2 * hourMs + 5 * 60 * 1000 << u"2 h 5 min"_s;
        QTest::newRow("days and hours") << 76 * hourMs << u"3 d 4 h"_s;
        QTest::newRow("whole days") << 48 * hourMs << u"2 d"_s;
    }

    void formatsDurations()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, text);
        QCOMPARE(StatusHistoryModel::formatDuration(milliseconds), text);
    }

    void unknownRequestFails()
    {
        QSignalSpy failed(m_model.get(), &StatusHistoryModel::failed);
        m_model->setRequest(u"00000000-0000-0000-0000-000000000000"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_model->state(), StatusHistoryModel::State::Failed);
        QCOMPARE(m_model->lastError().httpStatus(), 404);
        QVERIFY(!m_model->errorMessage().isEmpty());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void reloadKeepsRowsUntilTheNewOnesArrive()
    {
        const QString id = createRequest(u"Steady Supplies [verify]"_s);
        advance(3600); // In Progress, Waiting For Telnyx
        m_model->setRequest(id);
        QVERIFY(waitForState(StatusHistoryModel::State::Loaded));
        QCOMPARE(m_model->rowCount(), 2);

        advance(6 * 3600);
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, historyPath(id)},
                         {u"kind"_s, u"delay"_s},
                         {u"delay_ms"_s, 300}});
        m_model->setRequest(id); // same id: a reload
        QCOMPARE(m_model->state(), StatusHistoryModel::State::Loading);
        QCOMPARE(m_model->rowCount(), 2); // the old answer stays on screen meanwhile
        QVERIFY(waitForState(StatusHistoryModel::State::Loaded));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->currentStatus(), u"Verified"_s);
    }

    void failureThenRetry()
    {
        const QString id = createRequest(u"Flaky Florist [verify]"_s);
        advance(6 * 3600);
        m_model->setPageSize(2);
        // The first page fails once (a 400 is not retried by the client).
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, historyPath(id)},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 400},
                         {u"count"_s, 1}});
        m_model->setRequest(id);
        QVERIFY(waitForState(StatusHistoryModel::State::Failed));
        QCOMPARE(m_model->rowCount(), 0); // no half history
        QVERIFY(!m_model->errorMessage().isEmpty());

        m_model->reload();
        QVERIFY(waitForState(StatusHistoryModel::State::Loaded));
        QCOMPARE(m_model->rowCount(), 4);
        QVERIFY(m_model->errorMessage().isEmpty());
    }

    void switchingRequestsCancelsThePreviousOne()
    {
        const QString slow = createRequest(u"Slow Salon [verify]"_s);
        const QString fast = createRequest(u"Fast Flowers [customer]"_s);
        advance(6 * 3600);
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, historyPath(slow)},
                         {u"kind"_s, u"delay"_s},
                         {u"delay_ms"_s, 400}});
        m_model->setRequest(slow);
        m_model->setRequest(fast);
        QVERIFY(waitForState(StatusHistoryModel::State::Loaded));
        QCOMPARE(m_model->requestId(), fast);
        QCOMPARE(m_model->currentStatus(), u"Waiting For Customer"_s);
        const QList<TfvStatusChange> shown = m_model->changes();
        // The slow call, had it not been cancelled, would stay in flight until its answer
        // landed.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(m_model->changes(), shown);
        QCOMPARE(m_model->state(), StatusHistoryModel::State::Loaded);
    }

    void clearEmptiesTheModel()
    {
        const QString id = createRequest(u"Brief Bakery [verify]"_s);
        advance(3600);
        m_model->setRequest(id);
        QVERIFY(waitForState(StatusHistoryModel::State::Loaded));
        QVERIFY(m_model->rowCount() > 0);
        m_model->setRequest({});
        QCOMPARE(m_model->state(), StatusHistoryModel::State::Empty);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->currentStatus().isEmpty());
        QCOMPARE(m_model->totalAge(), 0);
    }

    void headers()
    {
        QCOMPARE(m_model->columnCount(), int(StatusHistoryModel::ColumnCount));
        QCOMPARE(m_model->headerData(StatusHistoryModel::StatusColumn, Qt::Horizontal).toString(),
                 u"Status"_s);
        QCOMPARE(m_model->headerData(StatusHistoryModel::DurationColumn, Qt::Horizontal).toString(),
                 u"Time in status"_s);
    }
};

QTEST_GUILESS_MAIN(TestStatusHistoryModel)
#include "tst_statushistorymodel.moc"
