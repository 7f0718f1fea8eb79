#include "api/pager.h"
#include "api/tollfreeapi.h"
#include "compactrecord.h"
#include "hostednumbersmodel.h"
#include "hostedordersmodel.h"
#include "listfilterproxy.h"
#include "rcsagentsmodel.h"
#include "sandboxtestbed.h"
#include "tollfreerequestsmodel.h"
#include "urldomainsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QThread>

using namespace Qt::StringLiterals;

// The list models against the in-process sandbox (320 toll-free requests, 48 hosted orders,
// six RCS agents, four URL domains), each watched by a QAbstractItemModelTester that lives as
// long as the test: paging, load-all, server-side filters, failures and retry, cancel, and the
// client-side filter and sort proxy on top.
class TestListModels : public QObject
{
    Q_OBJECT

private:
    static constexpr int seededTollFree = 320;
    static constexpr int seededOrders = 48;
    static constexpr auto tollFreePath = "/v2/messaging_tollfree/verification/requests";

    std::unique_ptr<SandboxTestbed> m_bed;
    // Declared before the testers: destroyed after them.
    std::unique_ptr<PagedListModel> m_model;
    std::unique_ptr<ListFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    template<typename Model> Model *makeModel()
    {
        auto *model = new Model(&m_bed->client);
        m_model.reset(model);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        return model;
    }

    ListFilterProxy *makeProxy()
    {
        m_proxy = std::make_unique<ListFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return m_proxy.get();
    }

    static bool waitForState(PagedListModel *model, PagedListModel::State state,
                             int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&] { return model->state() == state; }, timeoutMs);
    }

    static QStringList column(const QAbstractItemModel *model, int column, int role)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, column).data(role).toString());
        return values;
    }

    static int distinctIds(const QAbstractItemModel *model)
    {
        const QStringList ids = column(model, 0, PagedListModel::IdRole);
        return int(QSet<QString>(ids.cbegin(), ids.cend()).size());
    }

    QJsonObject fault(const QString &path, int status, int count)
    {
        return {{u"method"_s, u"GET"_s},
                {u"path"_s, path},
                {u"kind"_s, u"status"_s},
                {u"status"_s, status},
                {u"count"_s, count}};
    }

    QJsonObject delay(const QString &path, int delayMs, int count)
    {
        return {{u"method"_s, u"GET"_s},
                {u"path"_s, path},
                {u"kind"_s, u"delay"_s},
                {u"delay_ms"_s, delayMs},
                {u"count"_s, count}};
    }

    int tollFreeRequests()
    {
        return m_bed->requestCount(u"GET "_s + QLatin1StringView(tollFreePath));
    }

    int serverTotal(const TollFreeListFilter &filter)
    {
        auto *call = TollFreeApi(&m_bed->client).list(filter, 1, 1);
        int total = -1;
        connect(call, &ApiCall::finished, this, [&] { total = call->result().totalItems; });
        SandboxTestbed::wait(call);
        return total;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.speed = 0; // statuses stay where the seed put them
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
        RetryPolicy fast;
        fast.initialBackoffMs = 10;
        fast.maxBackoffMs = 20;
        m_bed->client.setRetryPolicy(fast);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
        m_bed.reset();
    }

    // --- Toll-free verification requests ---------------------------------------------------

    // Without a model tester on purpose: the tester calls fetchMore() after every change, which
    // pulls the next page as soon as one arrives. Here the pace is the caller's.
    void fetchMoreAsksForOnePageAtATime()
    {
        TollFreeRequestsModel model(&m_bed->client);
        model.setPageSize(100);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.state(), PagedListModel::State::Idle);
        QVERIFY(!model.canFetchMore()); // no pager yet

        model.reload();
        QCOMPARE(model.state(), PagedListModel::State::Loading);
        QVERIFY(waitForState(&model, PagedListModel::State::Idle));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalRows(), seededTollFree);

        int fetches = 1;
        while (model.canFetchMore()) {
            const int before = model.rowCount();
            model.fetchMore();
            model.fetchMore(); // while a page is in flight: no second request
            QCOMPARE(model.state(), PagedListModel::State::Loading);
            QVERIFY(waitForState(&model, model.rowCount() + 100 >= seededTollFree
                                             ? PagedListModel::State::Loaded
                                             : PagedListModel::State::Idle));
            QVERIFY(model.rowCount() > before);
            QVERIFY(++fetches <= 4);
        }
        QCOMPARE(fetches, 4);
        QCOMPARE(model.rowCount(), seededTollFree);
        QCOMPARE(inserted.size(), 4); // one batch per page
        QCOMPARE(tollFreeRequests(), 4);
    }

    void tollFreePagesArriveOneBatchPerPage()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(100);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(model, &PagedListModel::progress);
        QVERIFY(!model->canFetchMore());

        model->reload(); // the tester's fetchMore() calls pull the other pages
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), seededTollFree);
        QCOMPARE(model->totalRows(), seededTollFree);
        QVERIFY(!model->canFetchMore());
        QCOMPARE(inserted.size(), 4);
        for (int page = 0; page < 4; ++page) {
            QCOMPARE(inserted.at(page).at(1).toInt(), page * 100);
            QCOMPARE(inserted.at(page).at(2).toInt(), qMin(page * 100 + 99, seededTollFree - 1));
        }
        QCOMPARE(progress.last().at(0).toInt(), seededTollFree);
        QCOMPARE(progress.last().at(1).toInt(), seededTollFree);
        QCOMPARE(distinctIds(model), seededTollFree);
        QCOMPARE(tollFreeRequests(), 4); // nothing asked twice or past the last page
    }

    void tollFreeColumnsAndRoles()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QVERIFY(model->emptyStateText().isEmpty()); // rows to show
        QCOMPARE(model->columnCount(), int(TollFreeRequestsModel::ColumnCount));
        QCOMPARE(model->headerData(TollFreeRequestsModel::StatusColumn, Qt::Horizontal).toString(),
                 u"Status"_s);

        const QModelIndex first = model->index(0, TollFreeRequestsModel::BusinessColumn);
        const auto record =
            first.data(PagedListModel::RecordRole).value<TollFreeVerificationRequest>();
        QVERIFY(!record.id.isEmpty());
        QVERIFY(!record.useCaseSummary.isEmpty()); // the whole request, not only the columns
        QCOMPARE(first.data(PagedListModel::IdRole).toString(), record.id);
        QCOMPARE(first.data().toString(), record.businessName);
        QCOMPARE(first.data(PagedListModel::StatusRole).toString(), record.verificationStatus);
        QVERIFY(tfvStatuses().contains(record.verificationStatus));

        const QModelIndex numbers = model->index(0, TollFreeRequestsModel::PhoneNumbersColumn);
        QCOMPARE(numbers.data().toString(), record.phoneNumbers.join(u", "_s));
        const QModelIndex useCase = model->index(0, TollFreeRequestsModel::UseCaseColumn);
        QCOMPARE(useCase.data().toString(), record.useCase);
        const QModelIndex status = model->index(0, TollFreeRequestsModel::StatusColumn);
        QCOMPARE(status.data().toString(), tfvStatusLabel(record.verificationStatus));
        QVERIFY(!status.data(Qt::ToolTipRole).toString().isEmpty());

        const QModelIndex created = model->index(0, TollFreeRequestsModel::CreatedColumn);
        QCOMPARE(created.data(PagedListModel::RawValueRole).toDateTime(), record.createdAt);
        QCOMPARE(created.data().toString(),
                 QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat));
        // The user's locale: German reads 05.12.26 15:04.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = created.data().toString();
        QLocale::setDefault(before);
        QVERIFY2(QRegularExpression(u"^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d$"_s)
                     .match(german)
                     .hasMatch(),
                 qPrintable(german));
        const QModelIndex updated = model->index(0, TollFreeRequestsModel::UpdatedColumn);
        QCOMPARE(updated.data(PagedListModel::RawValueRole).toDateTime(), record.updatedAt);

        const QString search = first.data(PagedListModel::SearchTextRole).toString();
        QCOMPARE(search, search.toLower());
        QVERIFY(search.contains(record.businessName.toLower()));
        QVERIFY(search.contains(record.phoneNumbers.value(0)));
        QVERIFY(search.contains(record.id));
    }

    void tollFreeLoadAllPrefetchesAndReportsProgress()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(20);
        model->setPrefetchPages(4);
        QSignalSpy progress(model, &PagedListModel::progress);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        model->reload();
        model->loadAll();
        QVERIFY(model->isLoadingAll());
        QCOMPARE(model->state(), PagedListModel::State::Loading);
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QVERIFY(!model->isLoadingAll());
        QCOMPARE(model->rowCount(), seededTollFree);
        QCOMPARE(distinctIds(model), seededTollFree);
        QCOMPARE(inserted.size(), seededTollFree / 20);
        // totalsKnown (0 of 320), then one report per page.
        QCOMPARE(progress.size(), seededTollFree / 20 + 1);
        QCOMPARE(progress.first().at(0).toInt(), 0);
        for (qsizetype i = 1; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), int(i) * 20);
            QCOMPARE(progress.at(i).at(1).toInt(), seededTollFree);
        }
        QCOMPARE(tollFreeRequests(), seededTollFree / 20);
        QVERIFY(!model->canFetchMore());
    }

    // The list page's own settings: pages of 1000 (the server may clamp them) and four in
    // flight while loading everything, so a big account's list costs few round trips.
    void tollFreeListAsksForLargePagesByDefault()
    {
        QCOMPARE(PagedListModel::defaultPrefetchPages, 4);
        auto *model = makeModel<TollFreeRequestsModel>();
        QCOMPARE(model->pageSize(), TollFreeApi::largePageSize);
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), seededTollFree);
        QCOMPARE(tollFreeRequests(), 1);
        bool asked = false;
        for (const QJsonValue &entry : m_bed->requestLog()) {
            asked = asked ||
                    entry.toObject().value(u"query"_s).toString().contains(u"page_size=1000"_s);
        }
        QVERIFY(asked);
    }

    // "Load all" right after the list opened: the first page's totals are not known yet, and
    // the model asks for as many pages as it keeps in flight at once instead of waiting.
    void loadAllAheadOfTheTotalsAsksForSeveralPagesAtOnce()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(20);
        model->setPrefetchPages(4);
        m_bed->addFault(delay(QLatin1StringView(tollFreePath), 2000, 4)); // the first four
        model->reload();
        model->loadAll();
        QTRY_COMPARE(tollFreeRequests(), 4);
        QCOMPARE(model->rowCount(), 0); // four asked while the first was still on its way
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), seededTollFree);
        QCOMPARE(distinctIds(model), seededTollFree);
        QCOMPARE(tollFreeRequests(), seededTollFree / 20); // nothing asked twice
    }

    void tollFreeServerSideFilter_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("businessName");
        QTest::addColumn<QString>("queryPart");
        QTest::newRow("status") << u"Verified"_s << QString() << u"status=Verified"_s;
        QTest::newRow("rejected") << u"Rejected"_s << QString() << u"status=Rejected"_s;
        QTest::newRow("business") << QString() << u"a"_s << u"business_name=a"_s;
    }

    void tollFreeServerSideFilter()
    {
        QFETCH(QString, status);
        QFETCH(QString, businessName);
        QFETCH(QString, queryPart);
        TollFreeListFilter filter;
        filter.status = status;
        filter.businessName = businessName;
        const int expected = serverTotal(filter);
        QVERIFY(expected > 0);
        QVERIFY(expected < seededTollFree);

        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(50);
        model->setFilter(filter);
        QCOMPARE(model->filter(), filter);
        QCOMPARE(model->state(), PagedListModel::State::Loading);
        model->loadAll();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), expected);
        QCOMPARE(model->totalRows(), expected);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (!status.isEmpty())
                QCOMPARE(index.data(PagedListModel::StatusRole).toString(), status);
            if (!businessName.isEmpty())
                QVERIFY(index.data().toString().contains(businessName, Qt::CaseInsensitive));
        }
        bool sent = false;
        for (const QJsonValue &entry : m_bed->requestLog()) {
            sent = sent || entry.toObject().value(u"query"_s).toString().contains(queryPart);
        }
        QVERIFY2(sent, qPrintable(queryPart));
    }

    void tollFreeFilterChangeReloadsAndDateRangeIsSent()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        const QDateTime newest = model->index(0, TollFreeRequestsModel::CreatedColumn)
                                     .data(PagedListModel::RawValueRole)
                                     .toDateTime();
        QVERIFY(newest.isValid());

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        TollFreeListFilter filter;
        filter.createdFrom = newest.addDays(-30);
        filter.createdTo = newest;
        model->setFilter(filter);
        QCOMPARE(resets.size(), 1);
        model->setFilter(filter); // unchanged: no reload
        QCOMPARE(resets.size(), 1);
        model->loadAll();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->rowCount(), serverTotal(filter));
        QVERIFY(model->rowCount() < seededTollFree);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QDateTime created = model->index(row, TollFreeRequestsModel::CreatedColumn)
                                          .data(PagedListModel::RawValueRole)
                                          .toDateTime();
            QVERIFY(created >= filter.createdFrom.addSecs(-1));
            QVERIFY(created <= newest);
        }
    }

    void failureIsReportedAndRetryRecovers()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(100); // the seeded list in four pages
        // Three 500s: the first attempt and both automatic retries fail.
        m_bed->addFault(fault(QLatin1StringView(tollFreePath), 500, 3));
        QSignalSpy errors(model, &PagedListModel::errorOccurred);
        QSignalSpy states(model, &PagedListModel::stateChanged);
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Failed));
        QCOMPARE(errors.size(), 1);
        const auto error = errors.first().at(0).value<ApiError>();
        QCOMPARE(error.httpStatus(), 500);
        QCOMPARE(errors.first().at(1).toString(), error.message());
        QVERIFY(!model->errorMessage().isEmpty());
        QCOMPARE(model->errorMessage(), error.message());
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->emptyStateText(), model->errorMessage());
        QVERIFY(!model->canFetchMore()); // the view does not hammer a failing server
        QCOMPARE(tollFreeRequests(), 3);
        // Loading, then Failed: never Idle in between.
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<PagedListModel::State>(), PagedListModel::State::Loading);
        QCOMPARE(states.at(1).at(0).value<PagedListModel::State>(), PagedListModel::State::Failed);

        model->retry();
        QCOMPARE(model->state(), PagedListModel::State::Loading);
        QVERIFY(model->errorMessage().isEmpty());
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), seededTollFree);
        QCOMPARE(distinctIds(model), seededTollFree);
        QCOMPARE(tollFreeRequests(), 3 + 4);
    }

    void failureDuringLoadAllKeepsRowsAndRetryContinues()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(40);
        model->setPrefetchPages(2);
        // The first page passes (the first armed fault only delays it); every later request
        // fails until the faults are cleared (pages in flight together share a counted fault).
        m_bed->addFault(delay(QLatin1StringView(tollFreePath), 1, 1));
        m_bed->addFault(fault(QLatin1StringView(tollFreePath), 503, 0));
        QSignalSpy errors(model, &PagedListModel::errorOccurred);
        model->reload();
        model->loadAll();
        QVERIFY(waitForState(model, PagedListModel::State::Failed));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().at(0).value<ApiError>().httpStatus(), 503);
        QVERIFY(model->rowCount() >= 40);
        QVERIFY(model->rowCount() < seededTollFree);
        QVERIFY(model->isLoadingAll()); // retry() goes on loading everything
        const int kept = model->rowCount();
        // Pages still in flight at the failure are answered (and handled) by now.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(model->rowCount(), kept);

        m_bed->clearFaults();
        model->retry();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), seededTollFree);
        QCOMPARE(distinctIds(model), seededTollFree);
        QCOMPARE(errors.size(), 1);
    }

    void cancelLoadAllKeepsRowsAndLoadingResumes()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(20);
        model->setPrefetchPages(2);
        m_bed->addFault(delay(QLatin1StringView(tollFreePath), 100, 0)); // every page is slow
        model->reload();
        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 60, 10000);
        QSignalSpy states(model, &PagedListModel::stateChanged);
        model->cancelLoading();
        QCOMPARE(model->state(), PagedListModel::State::Idle);
        QCOMPARE(states.size(), 1);
        QVERIFY(!model->isLoadingAll());
        const int kept = model->rowCount();
        QVERIFY(kept < seededTollFree);
        // Cancelled pages never arrive: a page not cancelled would stay in flight until it did.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(model->rowCount(), kept);
        QCOMPARE(distinctIds(model), kept);
        QVERIFY(model->canFetchMore());
        QVERIFY(model->errorMessage().isEmpty());

        m_bed->clearFaults();
        model->loadAll();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), seededTollFree);
        QCOMPARE(distinctIds(model), seededTollFree);
    }

    void cancelWithLaterPagesAlreadyArrivedResumes()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(20);
        model->setPrefetchPages(3);
        // Page 1 passes, page 2 answers late, pages 3 and 4 at once: they wait in the pager.
        m_bed->addFault(delay(QLatin1StringView(tollFreePath), 1, 1));
        m_bed->addFault(delay(QLatin1StringView(tollFreePath), 1500, 1));
        QSignalSpy answered(&m_bed->client, &ApiClient::requestCompleted);
        model->reload();
        QTRY_COMPARE(model->rowCount(), 20);
        model->loadAll();
        // Pages 1, 3 and 4 answered (page 2 takes 1.5 s): 3 and 4 have arrived, and wait.
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 3, 1400);
        QCOMPARE(model->rowCount(), 20);
        model->cancelLoading();
        m_bed->clearFaults();
        model->loadAll();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded, 3000));
    }

    // --- Pages read on a worker thread ------------------------------------------------------

    void pagesAreReadOffTheGuiThread()
    {
        QMutex mutex;
        QSet<QThread *> threads;
        Pager::setReadHookForTests([&](int) {
            const QMutexLocker locker(&mutex);
            threads.insert(QThread::currentThread());
        });
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(100);
        model->reload();
        model->loadAll();
        const bool loaded = waitForState(model, PagedListModel::State::Loaded);
        Pager::setReadHookForTests({});
        QVERIFY(loaded);
        QCOMPARE(model->rowCount(), seededTollFree);
        QVERIFY(model->pager()->hasPageReader());
        const QMutexLocker locker(&mutex);
        QVERIFY(!threads.isEmpty());
        QVERIFY(!threads.contains(QThread::currentThread()));
    }

    // The rows made from simdjson's parse are the rows fromJson makes of the same records, and
    // their compact record gives back every field of the request.
    void rowsReadOnTheWorkerMatchTheRowsOfFromJson()
    {
        auto *call = TollFreeApi(&m_bed->client).list({}, 1, seededTollFree);
        QJsonArray records; // read before the call deletes itself
        connect(call, &ApiCall::finished, this,
                [&] { records = call->json().object().value(u"records"_s).toArray(); });
        SandboxTestbed::wait(call);
        QCOMPARE(records.size(), seededTollFree);

        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(seededTollFree);
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), seededTollFree);
        for (int row = 0; row < seededTollFree; ++row) {
            const QJsonObject json = records.at(row).toObject();
            const TollFreeRequestRow expected = TollFreeRequestRow::fromJson(json);
            const TollFreeRequestRow &actual = model->rowAt(row);
            QCOMPARE(actual.id, expected.id);
            QCOMPARE(actual.status, expected.status);
            QCOMPARE(actual.businessName, expected.businessName);
            QCOMPARE(actual.phoneNumbers, expected.phoneNumbers);
            QCOMPARE(actual.useCase, expected.useCase);
            QCOMPARE(actual.createdAt, expected.createdAt);
            QCOMPARE(actual.createdAt.timeSpec(), expected.createdAt.timeSpec());
            QCOMPARE(actual.updatedAt, expected.updatedAt);
            QCOMPARE(actual.searchText, expected.searchText);
            QCOMPARE(actual.stored.toJson(), json);
            QCOMPARE(actual.record().value<TollFreeVerificationRequest>().raw, json);
            QVERIFY(actual.stored.byteSize() < QJsonDocument(json).toJson().size() / 2);
        }
    }

    void compactRecordKeepsEveryJsonValue()
    {
        // Escapes, a surrogate pair, a 2^53 + 1 that only a double holds, nesting and empties.
        const QByteArray text =
            "{\"records\": [{\"id\": \"a\", \"n\": 1.5, \"big\": 9007199254740993, \"neg\": -42,"
            " \"t\": true, \"f\": false, \"z\": null,"
            " \"s\": \"caf\\u00e9 \\\"quoted\\\" \\ud83d\\ude00\", \"e\": \"\","
            " \"list\": [1, \"two\", {\"three\": [3]}, [], {}], \"o\": {\"p\": {\"q\": \"deep\"}}},"
            " {\"id\": \"b\", \"s\": \"caf\\u00e9 \\\"quoted\\\" \\ud83d\\ude00\", \"list\": []}],"
            " \"total_records\": 2}";
        PageRead page;
        QList<CompactRecord> fromElements;
        QVERIFY(PageBody::read(PageShape::RecordsPlain, text, u"id"_s, &page,
                               [&](qsizetype, const QString &, const simdjson::dom::element &item) {
                                   fromElements.append(CompactRecord::fromElement(item));
                               }));
        QCOMPARE(page.ids, (QList<QString>{u"a"_s, u"b"_s}));
        QCOMPARE(page.totals.totalItems, 2);
        const QJsonArray expected =
            QJsonDocument::fromJson(text).object().value(u"records"_s).toArray();
        QCOMPARE(fromElements.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject object = expected.at(i).toObject();
            QCOMPARE(fromElements.at(i).toJson(), object);
            QCOMPARE(CompactRecord::fromJson(object).toJson(), object);
        }
        QVERIFY(CompactRecord().toJson().isEmpty());

        PageRead broken;
        QVERIFY(!PageBody::read(PageShape::RecordsPlain, "{\"records\": [", u"id"_s, &broken, {}));
        QVERIFY(broken.problem.contains(u"invalid JSON"_s));
        QVERIFY(!PageBody::read(PageShape::RecordsPlain, "{\"records\": 3}", u"id"_s, &broken, {}));
        QCOMPARE(broken.problem, u"\"records\" is not a list"_s);
    }

    // A page whose reading ends after the list was reloaded (or loading was cancelled) is
    // dropped: its rows never reach the model.
    void aPageReadWhileTheListIsReloadedIsDropped_data()
    {
        QTest::addColumn<bool>("reload");
        QTest::newRow("reload") << true;
        QTest::newRow("cancel") << false;
    }

    void aPageReadWhileTheListIsReloadedIsDropped()
    {
        QFETCH(bool, reload);
        QSemaphore entered;
        QSemaphore gate;
        std::atomic<int> reads = 0;
        Pager::setReadHookForTests([&](int) {
            if (reads++ == 0) { // the first page read waits until the test lets it go
                entered.release();
                gate.acquire();
            }
        });
        auto *model = new TollFreeRequestsModel(&m_bed->client); // no tester: its fetchMore()
        m_model.reset(model);                                    // would ask again at once
        model->setPageSize(100);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        model->reload();
        // Whatever fails below, the worker is let go and the hook removed.
        const auto release = qScopeGuard([&] {
            gate.release(2);
            Pager::waitForReadingForTests(10000);
            Pager::setReadHookForTests({});
        });
        QTRY_COMPARE(entered.available(), 1);
        QCOMPARE(model->state(), PagedListModel::State::Loading);
        if (reload)
            model->reload(); // a new pager; the old one's page is still being read
        else
            model->cancelLoading();
        gate.release();
        if (reload) {
            QVERIFY(waitForState(model, PagedListModel::State::Idle));
            QCOMPARE(inserted.size(), 1); // the new pager's first page only
            QCOMPARE(model->rowCount(), 100);
        } else {
            QCOMPARE(model->state(), PagedListModel::State::Idle);
            QVERIFY(Pager::waitForReadingForTests(10000));
            // The stale page's result is queued to this thread: it would be delivered now.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            QCOMPARE(reads.load(), 1);
            QCOMPARE(model->rowCount(), 0);
            QCOMPARE(inserted.size(), 0);
            model->fetchMore(); // page 1 is asked again
            QVERIFY(waitForState(model, PagedListModel::State::Idle));
            QCOMPARE(inserted.size(), 1);
            QCOMPARE(model->rowCount(), 100);
        }
        QCOMPARE(distinctIds(model), 100);
    }

    // --- The other lists ---------------------------------------------------------------------

    void hostedOrders()
    {
        auto *model = makeModel<HostedOrdersModel>();
        model->setPageSize(10);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        model->reload();
        model->loadAll();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(inserted.size(), 5);
        QCOMPARE(model->rowCount(), seededOrders);
        QCOMPARE(model->totalRows(), seededOrders);
        QCOMPARE(distinctIds(model), seededOrders);
        QCOMPARE(model->columnCount(), int(HostedOrdersModel::ColumnCount));

        QSet<QString> statuses;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto order =
                model->index(row, 0).data(PagedListModel::RecordRole).value<HostedOrder>();
            QCOMPARE(model->index(row, HostedOrdersModel::IdColumn).data().toString(), order.id);
            QCOMPARE(model->index(row, HostedOrdersModel::NumberCountColumn)
                         .data(PagedListModel::RawValueRole)
                         .toInt(),
                     int(order.phoneNumbers.size()));
            QCOMPARE(model->index(row, HostedOrdersModel::StatusColumn).data().toString(),
                     hostedOrderStatusLabel(order.status));
            QCOMPARE(model->index(row, 0).data(PagedListModel::StatusRole).toString(),
                     order.status);
            statuses.insert(order.status);
            // Orders can be found by one of their numbers.
            if (!order.phoneNumbers.isEmpty()) {
                QVERIFY(model->index(row, 0)
                            .data(PagedListModel::SearchTextRole)
                            .toString()
                            .contains(order.phoneNumbers.first().phoneNumber));
            }
        }
        QVERIFY(statuses.size() >= 12); // the seed covers every order status
    }

    void hostedNumbers()
    {
        auto *model = makeModel<HostedNumbersModel>();
        model->setPageSize(25);
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        const int total = model->totalRows();
        QVERIFY(total > 48); // at least one number per order
        QCOMPARE(model->rowCount(), total);
        QCOMPARE(distinctIds(model), total);
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto number = model->index(row, 0)
                                    .data(PagedListModel::RecordRole)
                                    .value<MessagingHostedNumber>();
            QCOMPARE(model->index(row, HostedNumbersModel::PhoneNumberColumn).data().toString(),
                     number.phoneNumber);
            QVERIFY(number.phoneNumber.startsWith(u'+'));
            QCOMPARE(model->index(row, HostedNumbersModel::IdColumn).data().toString(), number.id);
            // No field the SDK does not declare, so no status until the orders are known.
            QVERIFY(!number.raw.contains(u"hosted_status"_s));
            QCOMPARE(model->index(row, 0).data(PagedListModel::StatusRole).toString(), QString());
            QCOMPARE(model->index(row, HostedNumbersModel::StatusColumn).data().toString(), u"—"_s);
        }
    }

    // The Order and Status columns of the numbers come from the loaded orders (the hosted
    // number resource has neither): the order holding the number and its status there.
    void hostedNumbersShowTheirOrderAndItsStatus()
    {
        HostedOrdersModel orders(&m_bed->client);
        orders.reload();
        QVERIFY(waitForState(&orders, PagedListModel::State::Loaded));
        QCOMPARE(orders.rowCount(), seededOrders);
        const HostedNumberLinks links = orders.numberLinks();
        QVERIFY(!links.isEmpty());

        auto *model = makeModel<HostedNumbersModel>();
        ListFilterProxy *proxy = makeProxy();
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QVERIFY(column(model, HostedNumbersModel::OrderColumn, Qt::DisplayRole)
                    .filter(QRegularExpression(u"."_s))
                    .isEmpty());

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        model->setNumberLinks(links);
        QCOMPARE(changed.size(), 1);
        model->setNumberLinks(links); // the same links again: nothing to repaint
        QCOMPARE(changed.size(), 1);

        for (int row = 0; row < model->rowCount(); ++row) {
            const QString numberId = model->index(row, 0).data(PagedListModel::IdRole).toString();
            const QString phone =
                model->index(row, HostedNumbersModel::PhoneNumberColumn).data().toString();
            const QString orderId =
                model->index(row, HostedNumbersModel::OrderColumn).data().toString();
            QVERIFY2(!orderId.isEmpty(), qPrintable(numberId));
            QCOMPARE(model->orderIdForNumber(numberId), orderId);
            const QString status = model->index(row, 0).data(PagedListModel::StatusRole).toString();
            QVERIFY2(hostedNumberStatuses().contains(status), qPrintable(status));
            QCOMPARE(model->index(row, HostedNumbersModel::StatusColumn).data().toString(),
                     hostedNumberStatusLabel(status));
            // The order named really holds the number, with that status.
            bool held = false;
            for (int o = 0; o < orders.rowCount(); ++o) {
                const auto order =
                    orders.index(o, 0).data(PagedListModel::RecordRole).value<HostedOrder>();
                if (order.id != orderId)
                    continue;
                for (const HostedNumber &number : order.phoneNumbers)
                    held = held || (number.phoneNumber == phone && number.status == status);
            }
            QVERIFY(held);
        }
        QCOMPARE(model->orderIdForNumber(u"no-such-number"_s), QString());
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    // The orders list narrowed to one status on the client (the API has no status filter).
    void updateRecordReplacesTheRowInPlace()
    {
        auto *model = makeModel<HostedOrdersModel>();
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        const int rows = model->rowCount();
        QVERIFY(rows > 2);
        QJsonObject fresher =
            model->index(1, 0).data(PagedListModel::RecordRole).value<HostedOrder>().raw;
        fresher.insert(u"status"_s, u"loa_file_invalid"_s);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QCOMPARE(model->updateRecord(fresher), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), model->columnCount() - 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->index(1, 0).data(PagedListModel::StatusRole).toString(),
                 u"loa_file_invalid"_s);
        QCOMPARE(model->index(1, HostedOrdersModel::StatusColumn).data().toString(),
                 hostedOrderStatusLabel(u"loa_file_invalid"_s));

        // A record that is not loaded, or has no id, changes nothing.
        fresher.insert(u"id"_s, u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(model->updateRecord(fresher), -1);
        QCOMPARE(model->updateRecord(QJsonObject{}), -1);
        QCOMPARE(changed.size(), 1);
    }

    // The model is its records' one writer: a created record comes in as the first row, a
    // deleted one leaves, each found through the id index, and the list is not loaded again.
    void upsertAndRemoveKeepTheIdIndex()
    {
        auto *model = makeModel<HostedOrdersModel>();
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        const int rows = model->rowCount();
        QVERIFY(rows > 3);
        const QString lastId = model->index(rows - 1, 0).data(PagedListModel::IdRole).toString();
        QCOMPARE(model->rowOf(lastId), rows - 1);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);

        QJsonObject created =
            model->index(0, 0).data(PagedListModel::RecordRole).value<HostedOrder>().raw;
        created.insert(u"id"_s, u"11111111-2222-3333-4444-555555555555"_s);
        QCOMPARE(model->upsertRecord(created), 0);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->rowOf(u"11111111-2222-3333-4444-555555555555"_s), 0);
        QCOMPARE(model->rowOf(lastId), rows);
        // Again: the same record is replaced, not added twice.
        created.insert(u"status"_s, u"failed"_s);
        QCOMPARE(model->upsertRecord(created), 0);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->index(0, 0).data(PagedListModel::StatusRole).toString(), u"failed"_s);

        const QString secondId = model->index(2, 0).data(PagedListModel::IdRole).toString();
        QVERIFY(model->removeRecord(u"11111111-2222-3333-4444-555555555555"_s));
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->rowOf(u"11111111-2222-3333-4444-555555555555"_s), -1);
        QCOMPARE(model->rowOf(secondId), 1);
        QCOMPARE(model->rowOf(lastId), rows - 1);
        QVERIFY(!model->removeRecord(u"11111111-2222-3333-4444-555555555555"_s));
        QCOMPARE(model->upsertRecord(QJsonObject{}), -1);
        QCOMPARE(reset.size(), 0);
    }

    void hostedOrdersStatusFilter()
    {
        auto *model = makeModel<HostedOrdersModel>();
        ListFilterProxy *proxy = makeProxy();
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        proxy->setStatusFilter({u"successful"_s});
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < model->rowCount());
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, 0).data(PagedListModel::StatusRole).toString(),
                     u"successful"_s);
        proxy->setStatusFilter({});
        QCOMPARE(proxy->rowCount(), model->rowCount());
    }

    void rcsAgents()
    {
        auto *model = makeModel<RcsAgentsModel>();
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(model->totalRows(), 6);
        QCOMPARE(model->columnCount(), int(RcsAgentsModel::ColumnCount));
        int disabled = 0;
        bool demo = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto agent =
                model->index(row, 0).data(PagedListModel::RecordRole).value<RcsAgent>();
            QCOMPARE(model->index(row, RcsAgentsModel::AgentIdColumn).data().toString(),
                     agent.agentId);
            QCOMPARE(model->index(row, RcsAgentsModel::NameColumn).data().toString(),
                     agent.agentName);
            QCOMPARE(model->index(row, RcsAgentsModel::EnabledColumn)
                         .data(PagedListModel::RawValueRole)
                         .toBool(),
                     agent.enabled);
            QCOMPARE(model->index(row, 0).data(PagedListModel::StatusRole).toString(),
                     agent.enabled ? u"enabled"_s : u"disabled"_s);
            disabled += agent.enabled ? 0 : 1;
            demo = demo || agent.agentId == u"sandbox_demo_agent"_s;
            if (!agent.enabled)
                QCOMPARE(model->index(row, RcsAgentsModel::EnabledColumn).data().toString(),
                         u"No"_s);
        }
        QCOMPARE(disabled, 1);
        QVERIFY(demo);
    }

    void urlDomains()
    {
        auto *model = makeModel<UrlDomainsModel>();
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->columnCount(), int(UrlDomainsModel::ColumnCount));
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto domain =
                model->index(row, 0).data(PagedListModel::RecordRole).value<UrlDomain>();
            QCOMPARE(model->index(row, UrlDomainsModel::DomainColumn).data().toString(),
                     domain.urlDomain);
            QVERIFY(!domain.urlDomain.isEmpty());
            QCOMPARE(model->index(row, UrlDomainsModel::UseCaseColumn).data().toString(),
                     domain.useCase);
        }
    }

    void emptyListIsLoadedWithNoRows()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        TollFreeListFilter filter;
        filter.businessName = u"no business has this name"_s;
        QVERIFY(model->emptyStateText().isEmpty()); // nothing asked for yet
        model->setFilter(filter);
        QCOMPARE(model->emptyStateText(), u"Loading…"_s);
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(model->emptyStateText(), u"No records."_s);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->totalRows(), 0);
        QVERIFY(!model->canFetchMore());
        QVERIFY(model->errorMessage().isEmpty());
    }

    // --- Client-side filter and sort through the proxy --------------------------------------

    void proxyFiltersByWordsAndStatus()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(1000);
        model->reload();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        ListFilterProxy *proxy = makeProxy();
        QCOMPARE(proxy->rowCount(), seededTollFree);

        // Two words from different columns of the first row, in other case and order.
        const QString business =
            model->index(0, TollFreeRequestsModel::BusinessColumn).data().toString();
        const QString number = model->index(0, TollFreeRequestsModel::PhoneNumbersColumn)
                                   .data()
                                   .toString()
                                   .section(u',', 0, 0);
        const QString firstWord = business.section(u' ', 0, 0).toUpper();
        QSignalSpy layouts(proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(proxy, &QAbstractItemModel::rowsRemoved);
        proxy->setFilterText(u"  "_s + number.right(6) + u"\t"_s + firstWord + u" "_s);
        QCOMPARE(layouts.size(), 1); // one invalidate, no row-by-row removal
        QCOMPARE(removed.size(), 0);
        QVERIFY(proxy->isFiltering());
        QVERIFY(proxy->rowCount() >= 1);
        QVERIFY(proxy->rowCount() < seededTollFree);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString text =
                proxy->index(row, 0).data(PagedListModel::SearchTextRole).toString();
            QVERIFY(text.contains(firstWord.toLower()));
            QVERIFY(text.contains(number.right(6)));
        }
        // Count independently through the source.
        int expected = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text =
                model->index(row, 0).data(PagedListModel::SearchTextRole).toString();
            expected +=
                text.contains(firstWord.toLower()) && text.contains(number.right(6)) ? 1 : 0;
        }
        QCOMPARE(proxy->rowCount(), expected);

        proxy->setFilterText(u"zzzz-no-such-text"_s);
        QCOMPARE(proxy->rowCount(), 0);
        proxy->setFilterText(QString());
        QCOMPARE(proxy->rowCount(), seededTollFree);
        QVERIFY(!proxy->isFiltering());

        proxy->setStatusFilter({u"Rejected"_s, u"Waiting For Customer"_s});
        int open = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString status = model->index(row, 0).data(PagedListModel::StatusRole).toString();
            open += status == u"Rejected"_s || status == u"Waiting For Customer"_s ? 1 : 0;
        }
        QVERIFY(open > 0);
        QCOMPARE(proxy->rowCount(), open);
        const int layoutsBefore = int(layouts.size());
        proxy->setStatusFilter({u"Rejected"_s, u"Waiting For Customer"_s}); // unchanged
        QCOMPARE(layouts.size(), layoutsBefore);
        proxy->setStatusFilter({});
        QCOMPARE(proxy->rowCount(), seededTollFree);
    }

    void proxySortsOnRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("created ascending")
            << int(TollFreeRequestsModel::CreatedColumn) << Qt::AscendingOrder;
        QTest::newRow("created descending")
            << int(TollFreeRequestsModel::CreatedColumn) << Qt::DescendingOrder;
        QTest::newRow("business ascending")
            << int(TollFreeRequestsModel::BusinessColumn) << Qt::AscendingOrder;
    }

    void proxySortsOnRawValues()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(100);
        ListFilterProxy *proxy = makeProxy();
        proxy->sort(column, order);
        QSignalSpy inserted(proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(proxy, &QAbstractItemModel::layoutChanged);

        // Load-all: each page lands below in one insert, and the proxy sorts once at the end.
        model->reload();
        model->loadAll();
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QCOMPARE(inserted.size(), 4);
        QTRY_COMPARE(layouts.size(), 1);
        QCoreApplication::processEvents(); // a second sort, had one been queued, would run now
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(proxy->rowCount(), seededTollFree);
        QVERIFY(isSorted(proxy, column, order));

        // Filtering keeps the order.
        proxy->setStatusFilter({u"Verified"_s});
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < seededTollFree);
        QVERIFY(isSorted(proxy, column, order));
    }

    void proxyResortsAfterPagesFetchedOneByOne()
    {
        auto *model = makeModel<TollFreeRequestsModel>();
        model->setPageSize(100);
        ListFilterProxy *proxy = makeProxy();
        proxy->sort(TollFreeRequestsModel::BusinessColumn, Qt::AscendingOrder);
        QSignalSpy inserted(proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(proxy, &QAbstractItemModel::layoutChanged);
        model->reload(); // pages follow one another (the testers call fetchMore())
        QVERIFY(waitForState(model, PagedListModel::State::Loaded));
        QTRY_VERIFY(isSorted(proxy, TollFreeRequestsModel::BusinessColumn, Qt::AscendingOrder));
        QCOMPARE(inserted.size(), 4); // never one insert per row
        QVERIFY(layouts.size() >= 1);
        QVERIFY(layouts.size() <= 4); // at most one sort per page
        QCOMPARE(proxy->rowCount(), seededTollFree);
    }

private:
    static bool isSorted(const QAbstractItemModel *proxy, int column, Qt::SortOrder order)
    {
        for (int row = 1; row < proxy->rowCount(); ++row) {
            const QVariant previous =
                proxy->index(row - 1, column).data(PagedListModel::RawValueRole);
            const QVariant current = proxy->index(row, column).data(PagedListModel::RawValueRole);
            int comparison = 0;
            if (current.typeId() == QMetaType::QDateTime) {
                const QDateTime a = previous.toDateTime();
                const QDateTime b = current.toDateTime();
                comparison = a < b ? -1 : (b < a ? 1 : 0);
            } else {
                comparison =
                    QString::compare(previous.toString(), current.toString(), Qt::CaseInsensitive);
            }
            if (order == Qt::AscendingOrder ? comparison > 0 : comparison < 0)
                return false;
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
