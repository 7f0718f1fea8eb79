#include "api/hostedapi.h"
#include "hostednumbersmodel.h"
#include "hostedordersmodel.h"
#include "hostedrecords.h"
#include "sandboxtestbed.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;

// HostedRecords, the one writer of the hosted orders and numbers lists, against the in-process
// sandbox (clock frozen): each write or refresh of one record changes exactly its rows through
// the lists' id index, never by a reset, and both lists pass QAbstractItemModelTester all the
// while. Each test creates its own order with numbers no seeded order uses.
class TestHostedRecords : public QObject
{
    Q_OBJECT

private:
    static constexpr auto ordersPath = "GET /v2/messaging_hosted_number_orders";
    static constexpr auto numbersPath = "GET /v2/messaging_hosted_numbers";

    std::unique_ptr<SandboxTestbed> m_bed;
    // Declared before the testers: destroyed after them.
    std::unique_ptr<HostedRecords> m_records;
    std::unique_ptr<QAbstractItemModelTester> m_ordersTester;
    std::unique_ptr<QAbstractItemModelTester> m_numbersTester;
    int m_numberBlock = 0;

    HostedOrdersModel *orders() const { return m_records->ordersModel(); }
    HostedNumbersModel *numbers() const { return m_records->numbersModel(); }

    // `count` numbers no other test (nor the seed) uses: +1 303 556 bbnn.
    QStringList freshNumbers(int count)
    {
        const int block = ++m_numberBlock;
        QStringList phones;
        for (int i = 0; i < count; ++i)
            phones.append(u"+1303556"_s + QString::number(block * 100 + i).rightJustified(4, u'0'));
        return phones;
    }

    // Both lists loaded in full, each watched by a model tester from now on.
    bool loadBothLists()
    {
        for (PagedListModel *model :
             {static_cast<PagedListModel *>(orders()), static_cast<PagedListModel *>(numbers())}) {
            model->reload();
            model->loadAll();
            if (!QTest::qWaitFor(
                    [model] { return model->state() == PagedListModel::State::Loaded; }, 15000))
                return false;
        }
        m_ordersTester = std::make_unique<QAbstractItemModelTester>(
            orders(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_numbersTester = std::make_unique<QAbstractItemModelTester>(
            numbers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return true;
    }

    static QStringList ids(const PagedListModel *model)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, 0).data(PagedListModel::IdRole).toString());
        return values;
    }

    HostedOrder orderRow(const QString &orderId) const
    {
        const int row = orders()->rowOf(orderId);
        return row < 0
                   ? HostedOrder()
                   : orders()->index(row, 0).data(PagedListModel::RecordRole).value<HostedOrder>();
    }

    int listRequests() const
    {
        return m_bed->requestCount(QLatin1StringView(ordersPath)) +
               m_bed->requestCount(QLatin1StringView(numbersPath));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = SandboxTestbed::withFrozenClock(); // statuses move only when a test moves them
        QVERIFY(m_bed->isListening());
    }

    void init() { m_records = std::make_unique<HostedRecords>(&m_bed->client); }

    void cleanup()
    {
        m_numbersTester.reset();
        m_ordersTester.reset();
        m_records.reset();
    }

    void cleanupTestCase() { m_bed.reset(); }

    void deletingAnOrderRemovesExactlyItsRowsAndItsNumbersRows()
    {
        const HostedOrder created = m_bed->createHostedOrder(freshNumbers(2));
        QCOMPARE(created.phoneNumbers.size(), 2);
        QVERIFY(loadBothLists());
        const QStringList orderIds = ids(orders());
        const QStringList numberIds = ids(numbers());
        QVERIFY(orderIds.contains(created.id));
        for (const HostedNumber &number : created.phoneNumbers)
            QVERIFY(numberIds.contains(number.id));

        QSignalSpy ordersReset(orders(), &QAbstractItemModel::modelReset);
        QSignalSpy numbersReset(numbers(), &QAbstractItemModel::modelReset);
        QSignalSpy ordersRemoved(orders(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy numbersRemoved(numbers(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy orderGone(m_records.get(), &HostedRecords::orderRemoved);
        QSignalSpy numbersGone(m_records.get(), &HostedRecords::numberRemoved);
        m_bed->resetRequests();

        m_records->deleteOrder(created.id);
        QVERIFY(orderGone.wait());
        QCOMPARE(orderGone.first().first().toString(), created.id);
        QCOMPARE(m_bed->requestCount(u"DELETE /v2/messaging_hosted_number_orders/"_s + created.id),
                 1);

        // One row left the orders, two the numbers; everything else stays where it was.
        QCOMPARE(ordersReset.size(), 0);
        QCOMPARE(numbersReset.size(), 0);
        QCOMPARE(ordersRemoved.size(), 1);
        QCOMPARE(ordersRemoved.first().at(1).toInt(), ordersRemoved.first().at(2).toInt());
        QCOMPARE(numbersRemoved.size(), 2);
        QStringList expectedOrders = orderIds;
        expectedOrders.removeOne(created.id);
        QCOMPARE(ids(orders()), expectedOrders);
        QStringList expectedNumbers = numberIds;
        QStringList removedNumbers;
        for (const QVariantList &signal : std::as_const(numbersGone))
            removedNumbers.append(signal.first().toString());
        for (const HostedNumber &number : created.phoneNumbers) {
            expectedNumbers.removeOne(number.id);
            QVERIFY(removedNumbers.contains(number.id));
        }
        QCOMPARE(ids(numbers()), expectedNumbers);
        QCOMPARE(orders()->rowOf(created.id), -1);
        // The id index still finds every other row where it is.
        for (int row = 0; row < numbers()->rowCount(); ++row)
            QCOMPARE(numbers()->rowOf(numbers()->rowAt(row).id), row);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(listRequests(), 0); // no list was loaded again
    }

    void deletingANumberRemovesItsRowAndUpdatesItsOrdersRow()
    {
        const HostedOrder created = m_bed->createHostedOrder(freshNumbers(2));
        QCOMPARE(created.phoneNumbers.size(), 2);
        const HostedNumber first = created.phoneNumbers.first();
        const HostedNumber second = created.phoneNumbers.last();
        QVERIFY(loadBothLists());
        const int orderRowBefore = orders()->rowOf(created.id);
        const int orderCount = orders()->rowCount();
        const int numberCount = numbers()->rowCount();
        QCOMPARE(numbers()->orderIdForNumber(first.id), created.id);

        QSignalSpy ordersReset(orders(), &QAbstractItemModel::modelReset);
        QSignalSpy numbersReset(numbers(), &QAbstractItemModel::modelReset);
        QSignalSpy ordersChanged(orders(), &QAbstractItemModel::dataChanged);
        QSignalSpy numbersRemoved(numbers(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy orderChanged(m_records.get(), &HostedRecords::orderChanged);
        QSignalSpy numberGone(m_records.get(), &HostedRecords::numberRemoved);
        m_bed->resetRequests();

        m_records->deleteNumber(first.id);
        QVERIFY(orderChanged.wait());
        QCOMPARE(numberGone.size(), 1);
        QCOMPARE(numberGone.first().first().toString(), first.id);
        QCOMPARE(numbersRemoved.size(), 1);
        QCOMPARE(numbers()->rowCount(), numberCount - 1);
        QCOMPARE(numbers()->rowOf(first.id), -1);
        // The order's row changed in place: the deleted number is marked so, the other stays.
        QCOMPARE(orders()->rowCount(), orderCount);
        QCOMPARE(orders()->rowOf(created.id), orderRowBefore);
        QVERIFY(!ordersChanged.isEmpty());
        QCOMPARE(ordersChanged.last().first().toModelIndex().row(), orderRowBefore);
        const HostedOrder afterFirst = orderRow(created.id);
        QCOMPARE(afterFirst.status, u"pending"_s);
        QCOMPARE(afterFirst.phoneNumbers.first().status, u"deleted"_s);
        QCOMPARE(afterFirst.phoneNumbers.last().status, u"pending"_s);
        // The remaining number's status comes from that row.
        const int secondRow = numbers()->rowOf(second.id);
        QVERIFY(secondRow >= 0);
        QCOMPARE(numbers()->linkAt(secondRow).status, u"pending"_s);
        QCOMPARE(numbers()->linkAt(secondRow).orderId, created.id);

        // Its last number deleted, the order is "deleted" too and stays listed, as the
        // sandbox's list (and a reload) shows it.
        orderChanged.clear();
        m_records->deleteNumber(second.id);
        QVERIFY(orderChanged.wait());
        QCOMPARE(orderChanged.first().first().value<HostedOrder>().status, u"deleted"_s);
        QCOMPARE(orderRow(created.id).status, u"deleted"_s);
        QCOMPARE(orders()->rowOf(created.id), orderRowBefore);
        QCOMPARE(numbers()->rowCount(), numberCount - 2);
        QCOMPARE(ordersReset.size(), 0);
        QCOMPARE(numbersReset.size(), 0);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(listRequests(), 0);
    }

    void refreshOrderReplacesItsRowInPlace()
    {
        const HostedOrder created = m_bed->createHostedOrder(freshNumbers(1));
        QCOMPARE(created.status, u"pending"_s);
        QVERIFY(loadBothLists());
        // The documents arrive from elsewhere after the list loaded: the row is stale.
        auto *upload =
            HostedApi(&m_bed->client)
                .uploadDocuments(created.id, HostedApi::pdfPart("loa", u"loa.pdf"_s, "%PDF-1.4 a"),
                                 HostedApi::pdfPart("bill", u"bill.pdf"_s, "%PDF-1.4 b"));
        QVERIFY(SandboxTestbed::wait(upload));
        const int row = orders()->rowOf(created.id);
        QCOMPARE(orders()->rowAt(row).status, u"pending"_s);
        const QStringList orderIds = ids(orders());

        QSignalSpy reset(orders(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(orders(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(orders(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(orders(), &QAbstractItemModel::dataChanged);
        QSignalSpy orderChanged(m_records.get(), &HostedRecords::orderChanged);
        m_records->refreshOrder(created.id);
        QVERIFY(orderChanged.wait());
        QCOMPARE(orderChanged.first().first().value<HostedOrder>().status,
                 u"loa_file_successful"_s);
        QCOMPARE(orders()->rowAt(row).status, u"loa_file_successful"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), orders()->index(row, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(),
                 orders()->index(row, HostedOrdersModel::ColumnCount - 1));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(ids(orders()), orderIds);
    }

    void aCreatedOrderBecomesTheFirstRow()
    {
        QVERIFY(loadBothLists());
        const int orderCount = orders()->rowCount();
        QSignalSpy ordersReset(orders(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(orders(), &QAbstractItemModel::rowsInserted);
        QSignalSpy orderChanged(m_records.get(), &HostedRecords::orderChanged);
        m_bed->resetRequests();

        HostedOrderCreateRequest request;
        request.phoneNumbers = freshNumbers(2);
        m_records->createOrder(request);
        QVERIFY(orderChanged.wait());
        const HostedOrder created = orderChanged.first().first().value<HostedOrder>();
        QCOMPARE(orders()->rowOf(created.id), 0);
        QCOMPARE(orders()->rowCount(), orderCount + 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(ordersReset.size(), 0);
        QCOMPARE(m_bed->requestCount(QLatin1StringView(ordersPath)), 0);
        // The answer does not carry the numbers' hosted-number records: the numbers list is
        // asked again, and shows them with their order.
        QVERIFY(m_bed->waitForRequests(QLatin1StringView(numbersPath)));
        QTRY_VERIFY(numbers()->rowOf(created.phoneNumbers.first().id) >= 0);
        QCOMPARE(numbers()->orderIdForNumber(created.phoneNumbers.first().id), created.id);
    }
};

QTEST_MAIN(TestHostedRecords)
#include "tst_hostedrecords.moc"
