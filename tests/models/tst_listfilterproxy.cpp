#include "listfilterproxy.h"
#include "tollfreerequestsmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A toll-free list filled directly with generated records, no server: the proxy's cost at
// 100 000 rows is what is measured here.
class FilledTollFreeModel : public TollFreeRequestsModel
{
public:
    FilledTollFreeModel()
        : TollFreeRequestsModel(nullptr)
    {}
    using PagedRowsModel<TollFreeRequestRow>::appendPage;

    static QJsonArray page(int first, int count)
    {
        static const QStringList statuses = tfvStatuses();
        const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        QJsonArray items;
        for (int i = first; i < first + count; ++i) {
            // Every third business is a clinic; names are not in id order, so sorting moves rows.
            const QString kind =
                i % 3 == 0 ? u"Clinic"_s : (i % 3 == 1 ? u"Bakery"_s : u"Garage"_s);
            const int scrambled = int((quint32(i) * 2654435761u) % 1000003u);
            items.append(QJsonObject{
                {u"id"_s, u"req-%1"_s.arg(i, 6, 10, QChar(u'0'))},
                {u"businessName"_s, u"%1 %2"_s.arg(kind).arg(scrambled)},
                {u"phoneNumbers"_s,
                 QJsonArray{QJsonObject{
                     {u"phoneNumber"_s, u"+1800%1"_s.arg(i % 10000000, 7, 10, QChar(u'0'))}}}},
                {u"useCase"_s, u"2FA"_s},
                {u"verificationStatus"_s, statuses.at(i % statuses.size())},
                {u"createdAt"_s, base.addSecs(qint64(scrambled) * 60).toString(Qt::ISODateWithMs)},
                {u"updatedAt"_s, base.addSecs(qint64(i) * 60).toString(Qt::ISODateWithMs)},
            });
        }
        return items;
    }

    void fill(int rows, int pageSize = 1000)
    {
        for (int first = 0; first < rows; first += pageSize)
            appendPage(page(first, qMin(pageSize, rows - first)));
    }
};

bool isSortedByBusiness(const QAbstractItemModel *model)
{
    for (int row = 1; row < model->rowCount(); ++row) {
        const QString a =
            model->index(row - 1, TollFreeRequestsModel::BusinessColumn).data().toString();
        const QString b =
            model->index(row, TollFreeRequestsModel::BusinessColumn).data().toString();
        if (QString::compare(a, b, Qt::CaseInsensitive) > 0)
            return false;
    }
    return true;
}

} // namespace

// ListFilterProxy at 100 000 rows: one invalidate per filter change, no per-row signals, and a
// batch of appended rows into a sorted proxy costs one insert and one sort. No
// QAbstractItemModelTester here: it walks every cell on every change, which at this size would
// measure the tester (tst_listmodels keeps one on every model and proxy).
class TestListFilterProxy : public QObject
{
    Q_OBJECT

private:
    static constexpr int bigRows = 100000;
    std::unique_ptr<FilledTollFreeModel> m_model;
    std::unique_ptr<ListFilterProxy> m_proxy;

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_model = std::make_unique<FilledTollFreeModel>();
        m_model->fill(bigRows);
        QCOMPARE(m_model->rowCount(), bigRows);
        qInfo("filled %d rows in %lld ms", bigRows, timer.elapsed());
    }

    void init()
    {
        m_proxy = std::make_unique<ListFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void cleanup() { m_proxy.reset(); }

    void textFilterIsOneInvalidateAt100kRows()
    {
        QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        QElapsedTimer timer;
        timer.start();
        m_proxy->setFilterText(u"CLINIC"_s);
        const int shown = m_proxy->rowCount();
        const qint64 filterMs = timer.elapsed();
        QCOMPARE(shown, (bigRows + 2) / 3);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);

        timer.restart();
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), bigRows);
        const qint64 clearMs = timer.elapsed();
        QCOMPARE(layouts.size(), 2);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        qInfo("filter to a third of %d rows: %lld ms; clear: %lld ms", bigRows, filterMs, clearMs);
        // Qt's row-by-row path takes about 5 s here; one invalidate takes milliseconds.
        QVERIFY2(filterMs < 2000, qPrintable(QString::number(filterMs)));
    }

    void everyWordMustMatch()
    {
        m_proxy->setFilterText(u"clinic +1800000003"_s);
        // Numbers +18000000003x belong to rows 30..39; of those, the clinics 30, 33, 36, 39.
        QCOMPARE(m_proxy->rowCount(), 4);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString text =
                m_proxy->index(row, 0).data(PagedListModel::SearchTextRole).toString();
            QVERIFY(text.contains(u"clinic"_s));
            QVERIFY(text.contains(u"+1800000003"_s));
        }
        m_proxy->setFilterText(u"clinic bakery"_s); // no business is both
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterText(u"req-000042"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, 0).data(PagedListModel::IdRole).toString(), u"req-000042"_s);
    }

    void statusAndTextFiltersCombine()
    {
        const QStringList statuses = tfvStatuses();
        m_proxy->setStatusFilter({statuses.at(0)});
        QCOMPARE(m_proxy->rowCount(), bigRows / int(statuses.size()) + 1);
        m_proxy->setFilterText(u"clinic"_s);
        // i % 6 == 0 implies i % 3 == 0: every row of the first status is a clinic.
        QCOMPARE(m_proxy->rowCount(), bigRows / int(statuses.size()) + 1);
        m_proxy->setStatusFilter({statuses.at(1)}); // i % 6 == 1: never a clinic
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setStatusFilter({});
        QCOMPARE(m_proxy->rowCount(), (bigRows + 2) / 3);
    }

    // A big list is ranked on the worker: sort() returns with the rows as they were, and they
    // move in one layout change when the ranks are ready.
    void sortAt100kRows()
    {
        QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy finished(m_proxy.get(), &ListFilterProxy::sortFinished);
        QElapsedTimer timer;
        timer.start();
        m_proxy->sort(TollFreeRequestsModel::BusinessColumn, Qt::AscendingOrder);
        const qint64 returnedMs = timer.elapsed();
        QVERIFY(m_proxy->isSortPending());
        QCOMPARE(layouts.size(), 0);
        QVERIFY(finished.wait(20000));
        const qint64 sortMs = timer.elapsed();
        QVERIFY(!m_proxy->isSortPending());
        QCOMPARE(layouts.size(), 1);
        QVERIFY(isSortedByBusiness(m_proxy.get()));

        // The same column the other way round: its ranks are kept, sorted at once.
        m_proxy->sort(TollFreeRequestsModel::BusinessColumn, Qt::DescendingOrder);
        QVERIFY(!m_proxy->isSortPending());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(layouts.size(), 2);

        timer.restart();
        m_proxy->sort(TollFreeRequestsModel::CreatedColumn, Qt::DescendingOrder);
        QVERIFY(finished.wait(20000));
        const qint64 dateSortMs = timer.elapsed();
        const QDateTime first = m_proxy->index(0, TollFreeRequestsModel::CreatedColumn)
                                    .data(PagedListModel::RawValueRole)
                                    .toDateTime();
        const QDateTime last = m_proxy->index(bigRows - 1, TollFreeRequestsModel::CreatedColumn)
                                   .data(PagedListModel::RawValueRole)
                                   .toDateTime();
        QVERIFY(first > last);
        qInfo("sort %d rows by business: %lld ms (sort() returned after %lld ms); by created "
              "date: %lld ms",
              bigRows, sortMs, returnedMs, dateSortMs);
    }

    // Rows that arrive while the ranks are made are not in them: the proxy ranks again and
    // every row ends up in order. A newer sort replaces one still being ranked.
    void rowsArrivingWhileRankingAreSortedIn()
    {
        FilledTollFreeModel model;
        model.fill(ListFilterProxy::backgroundSortRows + 10000);
        ListFilterProxy proxy;
        proxy.setSourceModel(&model);
        QSignalSpy finished(&proxy, &ListFilterProxy::sortFinished);
        proxy.sort(TollFreeRequestsModel::CreatedColumn, Qt::AscendingOrder);
        QVERIFY(proxy.isSortPending());
        proxy.sort(TollFreeRequestsModel::BusinessColumn, Qt::AscendingOrder);
        QVERIFY(proxy.isSortPending());
        // The ranks come back through the event loop: this page is in before they are.
        model.appendPage(FilledTollFreeModel::page(model.rowCount(), 1000));
        QVERIFY(finished.wait(20000));
        QCOMPARE(proxy.rowCount(), ListFilterProxy::backgroundSortRows + 11000);
        QCOMPARE(proxy.sortColumn(), int(TollFreeRequestsModel::BusinessColumn));
        QVERIFY(isSortedByBusiness(&proxy));
        QCoreApplication::processEvents(); // the replaced sort, had it not been dropped
        QCOMPARE(finished.size(), 1);
    }

    void appendedPageIntoSortedProxyIsOneInsertThenOneSort()
    {
        FilledTollFreeModel model;
        model.fill(20000);
        ListFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TollFreeRequestsModel::BusinessColumn, Qt::AscendingOrder);
        proxy.setFilterText(u"clinic"_s);
        QCOMPARE(proxy.rowCount(), 20000 / 3 + 1);

        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        model.appendPage(FilledTollFreeModel::page(20000, 1000));
        // Filtered on arrival, appended below the sorted rows in one batch...
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 20000 / 3 + 1);
        QCOMPARE(proxy.rowCount(), 21000 / 3);
        QCOMPARE(layouts.size(), 0);
        // ...then sorted once, when the event loop runs.
        QTRY_COMPARE(layouts.size(), 1);
        QVERIFY(isSortedByBusiness(&proxy));

        // Two pages in one go still sort once.
        model.appendPage(FilledTollFreeModel::page(21000, 1000));
        model.appendPage(FilledTollFreeModel::page(22000, 1000));
        QCOMPARE(inserted.size(), 3);
        QTRY_COMPARE(layouts.size(), 2);
        QCoreApplication::processEvents(); // a second sort, had one been queued, would run now
        QCOMPARE(layouts.size(), 2);
        QVERIFY(isSortedByBusiness(&proxy));
    }

    void worksOnAnyModelThroughRoles()
    {
        QStandardItemModel model(3, 1);
        const QStringList texts{u"Acme Clinic"_s, u"Bolt Bakery"_s, u"Cedar Clinic"_s};
        const QStringList statuses{u"pending"_s, u"successful"_s, u"successful"_s};
        for (int row = 0; row < 3; ++row) {
            auto *item = new QStandardItem(texts.at(row));
            item->setData(texts.at(row), PagedListModel::SearchTextRole); // not lower-case
            item->setData(statuses.at(row), PagedListModel::StatusRole);
            item->setData(3 - row, PagedListModel::RawValueRole);
            model.setItem(row, 0, item);
        }
        ListFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(u"clinic"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter({u"successful"_s});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Cedar Clinic"_s);
        proxy.setFilterText(QString());
        proxy.sort(0);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Cedar Clinic"_s); // raw value 1 < 2
        QCOMPARE(proxy.index(1, 0).data().toString(), u"Bolt Bakery"_s);

        // Changed values: the cached sort keys are dropped, the next sort sees the new value.
        proxy.setStatusFilter({});
        model.item(0)->setData(0, PagedListModel::RawValueRole); // Acme: 3 -> 0
        proxy.sort(0);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Acme Clinic"_s);

        // A row inserted above the others (not appended): keys dropped, sorted again.
        auto *first = new QStandardItem(u"Delta Deli"_s);
        first->setData(-1, PagedListModel::RawValueRole);
        model.insertRow(0, first);
        QCOMPARE(proxy.rowCount(), 4);
        QTRY_COMPARE(proxy.index(0, 0).data().toString(), u"Delta Deli"_s);
        QCOMPARE(proxy.index(1, 0).data().toString(), u"Acme Clinic"_s);
        QCOMPARE(proxy.index(3, 0).data().toString(), u"Bolt Bakery"_s);
    }
};

QTEST_GUILESS_MAIN(TestListFilterProxy)
#include "tst_listfilterproxy.moc"
