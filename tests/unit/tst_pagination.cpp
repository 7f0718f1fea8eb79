#include "api/pagination.h"

#include <QJsonObject>
#include <QTest>

// Page arithmetic for the three list shapes.
class TestPagination : public QObject
{
    Q_OBJECT

private:
    static QJsonDocument recordsPage(int items, int total)
    {
        QJsonArray records;
        for (int i = 0; i < items; ++i)
            records.append(QJsonObject{{QStringLiteral("id"), i}});
        return QJsonDocument(QJsonObject{{QStringLiteral("records"), records},
                                         {QStringLiteral("total_records"), total}});
    }

private Q_SLOTS:
    void queryNamesFollowTheShape()
    {
        const QUrlQuery plain = Pagination::pageQuery(PageShape::RecordsPlain, 3, 25);
        QCOMPARE(plain.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
        QCOMPARE(plain.queryItemValue(QStringLiteral("page_size")), QStringLiteral("25"));
        QVERIFY(!plain.hasQueryItem(QStringLiteral("page[number]")));
        for (PageShape shape : {PageShape::DataMeta, PageShape::RecordsBracketed}) {
            const QUrlQuery bracketed = Pagination::pageQuery(shape, 2, 50);
            QCOMPARE(bracketed.queryItemValue(QStringLiteral("page[number]")), QStringLiteral("2"));
            QCOMPARE(bracketed.queryItemValue(QStringLiteral("page[size]")), QStringLiteral("50"));
        }
    }

    void tfvLastPageComesFromRecordsNotFromTheTotal_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("expectedLastPage");
        QTest::newRow("empty") << 0 << 20 << 0;
        QTest::newRow("one short page") << 7 << 20 << 1;
        QTest::newRow("exact fit") << 40 << 20 << 2;
        QTest::newRow("one over") << 41 << 20 << 3;
        // The SDK would walk to page 300 here; there are only 15 pages.
        QTest::newRow("300 records of 20") << 300 << 20 << 15;
        QTest::newRow("100k of 1000") << 100000 << 1000 << 100;
    }
    void tfvLastPageComesFromRecordsNotFromTheTotal()
    {
        QFETCH(int, total);
        QFETCH(int, pageSize);
        QFETCH(int, expectedLastPage);
        PageContent page;
        QString error;
        QVERIFY(Pagination::parsePage(PageShape::RecordsPlain,
                                      recordsPage(qMin(total, pageSize), total), &page, &error));
        QCOMPARE(page.totalItems, total);
        QCOMPARE(Pagination::lastPage(page, pageSize), expectedLastPage);
    }

    void dataMetaUsesTotalPages()
    {
        const QJsonObject meta{{QStringLiteral("page_number"), 1},
                               {QStringLiteral("page_size"), 20},
                               {QStringLiteral("total_pages"), 3},
                               {QStringLiteral("total_results"), 55}};
        const QJsonDocument document(QJsonObject{{QStringLiteral("data"), QJsonArray{1, 2}},
                                                 {QStringLiteral("meta"), meta}});
        PageContent page;
        QString error;
        QVERIFY(Pagination::parsePage(PageShape::DataMeta, document, &page, &error));
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.totalItems, 55);
        QCOMPARE(page.totalPages, 3);
        QCOMPARE(Pagination::lastPage(page, 20), 3);
    }

    void statusHistoryUsesRecordsShape()
    {
        PageContent page;
        QString error;
        QVERIFY(
            Pagination::parsePage(PageShape::RecordsBracketed, recordsPage(5, 5), &page, &error));
        QCOMPARE(Pagination::lastPage(page, 10), 1);
    }

    void missingTotalsLeaveTheEndOpen()
    {
        PageContent page;
        QCOMPARE(Pagination::lastPage(page, 10), 0); // nothing at all
        // A short page without totals may be a clamped one: the end is not known yet.
        page.items = QJsonArray{1, 2, 3};
        QCOMPARE(Pagination::lastPage(page, 10), -1);
        QCOMPARE(Pagination::lastPage(page, 3), -1);
    }

    // A server may clamp the size it was asked for without saying so; the page count must come
    // from the size it honoured, or nine tenths of a clamped list would never be asked for.
    void honouredPageSizeComesFromTheAnswer_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("totalItems");
        QTest::addColumn<int>("totalPages");
        QTest::addColumn<int>("metaPageSize");
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expectedSize");
        QTest::addColumn<int>("expectedLastPage");
        QTest::newRow("TFV clamped 1000 to 100") << 100 << 10000 << -1 << -1 << 1000 << 100 << 100;
        QTest::newRow("not clamped") << 1000 << 10000 << -1 << -1 << 1000 << 1000 << 10;
        QTest::newRow("one short page is the whole list")
            << 7 << 7 << -1 << -1 << 1000 << 1000 << 1;
        QTest::newRow("meta says 250") << 250 << 5000 << 20 << 250 << 1000 << 250 << 20;
        QTest::newRow("meta page_size, rows agree") << 250 << 5000 << 20 << 250 << 250 << 250 << 20;
        QTest::newRow("total_pages only, clamped rows")
            << 250 << -1 << 20 << -1 << 1000 << 250 << 20;
        QTest::newRow("empty list") << 0 << 0 << 0 << -1 << 1000 << 1000 << 0;
    }
    void honouredPageSizeComesFromTheAnswer()
    {
        QFETCH(int, rows);
        QFETCH(int, totalItems);
        QFETCH(int, totalPages);
        QFETCH(int, metaPageSize);
        QFETCH(int, requested);
        QFETCH(int, expectedSize);
        QFETCH(int, expectedLastPage);
        PageContent page;
        for (int i = 0; i < rows; ++i)
            page.items.append(i);
        page.totalItems = totalItems;
        page.totalPages = totalPages;
        page.pageSize = metaPageSize;
        const int honoured = Pagination::honouredPageSize(page, requested);
        QCOMPARE(honoured, expectedSize);
        QCOMPARE(Pagination::lastPage(page, honoured), expectedLastPage);
    }

    void totalsAreCapped()
    {
        PageContent page;
        page.items = QJsonArray{1, 2};
        page.totalItems = 2000000000;
        page.totalPages = 2000000000;
        QCOMPARE(Pagination::lastPage(page, 2), Pagination::maxTrustedPages);
    }

    void metaPageSizeIsRead()
    {
        const QJsonObject meta{{QStringLiteral("page_number"), 1},
                               {QStringLiteral("page_size"), 250},
                               {QStringLiteral("total_pages"), 4},
                               {QStringLiteral("total_results"), 1000}};
        PageContent page;
        QString error;
        QVERIFY(
            Pagination::parsePage(PageShape::DataMeta,
                                  QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{}},
                                                            {QStringLiteral("meta"), meta}}),
                                  &page, &error));
        QCOMPARE(page.pageSize, 250);
    }

    void wrongShapesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::newRow("array root") << QByteArray("[1,2]") << false;
        QTest::newRow("data is a string") << QByteArray(R"({"data":"x","meta":{}})") << false;
        QTest::newRow("meta wrong types")
            << QByteArray(R"({"data":[],"meta":{"total_pages":"3"}})") << true;
        QTest::newRow("negative totals")
            << QByteArray(R"({"data":[],"meta":{"total_pages":-4}})") << true;
        QTest::newRow("missing data") << QByteArray(R"({"meta":{"total_pages":1}})") << true;
        QTest::newRow("null") << QByteArray("null") << false;
    }
    void wrongShapesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        PageContent page;
        QString error;
        QCOMPARE(Pagination::parsePage(PageShape::DataMeta, QJsonDocument::fromJson(json), &page,
                                       &error),
                 ok);
        QCOMPARE(error.isEmpty(), ok);
        QVERIFY(page.totalPages >= -1);
    }
};

QTEST_GUILESS_MAIN(TestPagination)
#include "tst_pagination.moc"
