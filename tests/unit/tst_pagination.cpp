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

    void missingTotalsFallBackToShortPage()
    {
        PageContent page;
        page.items = QJsonArray{1, 2, 3};
        QCOMPARE(Pagination::lastPage(page, 10), 1);
        page.items = QJsonArray{1, 2, 3};
        QCOMPARE(Pagination::lastPage(page, 3), -1); // unknown: keep going
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
