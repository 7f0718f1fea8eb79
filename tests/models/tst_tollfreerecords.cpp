#include "api/tollfreeapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "tollfreerecords.h"
#include "tollfreerequestsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

// TollFreeRecords against the in-process sandbox (frozen clock, so seeded statuses stay): each
// write calls the API once and, when Telnyx confirms it, changes exactly its own row through
// the model's id index; the list is loaded again only when only the server can tell (a
// server-side filter, an answer that could not be read). The model is checked by a
// QAbstractItemModelTester throughout.
class TestTollFreeRecords : public QObject
{
    Q_OBJECT

private:
    static constexpr auto requestsPath = "/v2/messaging_tollfree/verification/requests";

    std::unique_ptr<SandboxTestbed> m_bed;
    std::unique_ptr<TollFreeRecords> m_records;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    TollFreeRequestsModel *loadedModel()
    {
        TollFreeRequestsModel *model = m_records->model();
        model->reload();
        const bool loaded = QTest::qWaitFor(
            [model] { return model->state() == PagedListModel::State::Loaded; }, 10000);
        return loaded && model->rowCount() > 0 ? model : nullptr;
    }

    // A listed request in `status`, from the loaded rows.
    static QString listedWithStatus(TollFreeRequestsModel *model, const QString &status)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).status == status)
                return model->rowAt(row).id;
        }
        return {};
    }

    static QString requestPath(const QString &id)
    {
        return QString::fromLatin1(requestsPath) + u'/' + id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TollFreeVerificationRequest>();
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
    }

    void init()
    {
        QVERIFY(m_bed->startAfresh());
        m_records = std::make_unique<TollFreeRecords>(&m_bed->client);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_records->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_records.reset();
    }

    void cleanupTestCase() { m_bed.reset(); }

    void aSubmittedRequestBecomesTheFirstRow()
    {
        TollFreeRequestsModel *model = loadedModel();
        QVERIFY(model);
        const int rows = model->rowCount();
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_records.get(), &TollFreeRecords::recordChanged);

        // The call is gone once it has ended: its answer is kept as it arrives.
        QString id;
        auto *call = m_records->submit(sampleTollFreeRequest(u"Records Dental"_s));
        call->onResult(this, [&id](const TollFreeVerificationRequest &saved) { id = saved.id; });
        QVERIFY(SandboxTestbed::wait(call));
        QVERIFY(!id.isEmpty());
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->rowOf(id), 0);
        QCOMPARE(model->rowAt(0).businessName, u"Records Dental"_s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<TollFreeVerificationRequest>().id, id);
        QCOMPARE(m_bed->requestCount(u"POST "_s + QString::fromLatin1(requestsPath)), 1);
    }

    void aResubmittedRequestChangesItsRowInPlace()
    {
        TollFreeRequestsModel *model = loadedModel();
        QVERIFY(model);
        const QString id = listedWithStatus(model, u"Waiting For Customer"_s);
        QVERIFY2(!id.isEmpty(), "the seeded first page lists a request waiting for the customer");
        const int rows = model->rowCount();
        const int row = model->rowOf(id);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy dataChanged(model, &QAbstractItemModel::dataChanged);

        TollFreeVerificationRequest fixed = sampleTollFreeRequest(u"Records Fixed Dental"_s);
        QString savedId;
        auto *call = m_records->resubmit(id, fixed);
        call->onResult(
            this, [&savedId](const TollFreeVerificationRequest &saved) { savedId = saved.id; });
        QVERIFY(SandboxTestbed::wait(call));
        QCOMPARE(savedId, id);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->rowOf(id), row);
        QCOMPARE(model->rowAt(row).businessName, u"Records Fixed Dental"_s);
        QVERIFY(dataChanged.size() >= 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_bed->requestCount(u"PATCH "_s + requestPath(id)), 1);
    }

    void aDeletedRequestLeavesOnlyItsRow()
    {
        TollFreeRequestsModel *model = loadedModel();
        QVERIFY(model);
        const QString id = listedWithStatus(model, u"Rejected"_s);
        QVERIFY2(!id.isEmpty(), "the seeded first page lists a rejected request");
        const int rows = model->rowCount();
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy removedRows(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy removed(m_records.get(), &TollFreeRecords::recordRemoved);

        QVERIFY(SandboxTestbed::wait(m_records->remove(id)));
        QCOMPARE(model->rowCount(), rows - 1);
        QCOMPARE(model->rowOf(id), -1);
        QCOMPARE(removedRows.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), id);
        QCOMPARE(m_bed->requestCount(u"DELETE "_s + requestPath(id)), 1);
    }

    void aRefusedDeleteKeepsTheRow()
    {
        TollFreeRequestsModel *model = loadedModel();
        QVERIFY(model);
        const QString id = listedWithStatus(model, u"Rejected"_s);
        QVERIFY(!id.isEmpty());
        const int rows = model->rowCount();
        m_bed->addFault(u"DELETE"_s, requestPath(id), u"status"_s, {{u"status"_s, 422}});
        QSignalSpy removed(m_records.get(), &TollFreeRecords::recordRemoved);

        ApiCall *call = m_records->remove(id);
        QSignalSpy failed(call, &ApiCall::failed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->rowOf(id) >= 0, true);
        QCOMPARE(removed.size(), 0);
    }

    void aWatchersFreshCopyChangesOnlyAListedRow()
    {
        TollFreeRequestsModel *model = loadedModel();
        QVERIFY(model);
        const int rows = model->rowCount();
        auto fresh = model->rowAt(1).record().value<TollFreeVerificationRequest>();
        fresh.raw.insert(u"verificationStatus"_s, u"Verified"_s);
        fresh.verificationStatus = u"Verified"_s;
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        m_records->recordRefreshed(fresh);
        QCOMPARE(model->rowAt(1).status, u"Verified"_s);

        TollFreeVerificationRequest unlisted = fresh;
        unlisted.id = u"not-listed"_s;
        unlisted.raw.insert(u"id"_s, unlisted.id);
        m_records->recordRefreshed(unlisted);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->rowOf(unlisted.id), -1);
        QCOMPARE(reset.size(), 0);
    }

    // Only the server knows whether a saved request belongs in a filtered list; and a create
    // whose answer could not be read can only be shown by asking again.
    void theListIsAskedAgainOnlyWhenOnlyTheServerKnows()
    {
        TollFreeRequestsModel *model = m_records->model();
        TollFreeListFilter filter;
        filter.status = u"In Progress"_s;
        model->setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), PagedListModel::State::Loaded, 10000);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        auto *call = m_records->submit(sampleTollFreeRequest(u"Filtered Dental"_s));
        QVERIFY(SandboxTestbed::wait(call));
        QCOMPARE(reset.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), PagedListModel::State::Loaded, 10000);

        model->setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), PagedListModel::State::Loaded, 10000);
        reset.clear();
        m_bed->addFault(u"POST"_s, QString::fromLatin1(requestsPath), u"malformed"_s);
        auto *unreadable = m_records->submit(sampleTollFreeRequest(u"Unreadable Dental"_s));
        QSignalSpy failed(unreadable, &ApiCall::failed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(reset.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTollFreeRecords)
#include "tst_tollfreerecords.moc"
