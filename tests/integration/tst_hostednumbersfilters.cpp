#include "api/hostedapi.h"
#include "api/pager.h"
#include "sandboxtestbed.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString numbersPath = u"/v2/messaging_hosted_numbers"_s;

} // namespace

// The hosted numbers list against the in-process sandbox in both modes: the SDK's
// server-side filters, and no field the SDK does not declare on numbers or orders.
class TestHostedNumbersFilters : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;

    // Every page of the hosted numbers list with this filter.
    QList<QJsonObject> numbersWith(const HostedNumbersFilter &filter)
    {
        std::unique_ptr<Pager> pager(HostedApi(&m_bed->client).numbersPager(50, nullptr, filter));
        QList<QJsonObject> rows;
        QObject::connect(pager.get(), &Pager::pageLoaded, [&](int, const QJsonArray &items) {
            for (const QJsonValue &item : items)
                rows.append(item.toObject());
        });
        QSignalSpy completed(pager.get(), &Pager::completed);
        QSignalSpy failed(pager.get(), &Pager::failed);
        pager->fetchAll();
        [&] { QVERIFY(completed.wait(15000)); }();
        [&] { QCOMPARE(failed.size(), 0); }();
        return rows;
    }

    QList<QUrlQuery> numbersQueries()
    {
        QList<QUrlQuery> queries;
        for (const QJsonValue &entry : m_bed->requestLog()) {
            const QJsonObject request = entry.toObject();
            if (request.value("path"_L1).toString() == numbersPath)
                queries.append(QUrlQuery(request.value("query"_L1).toString()));
        }
        return queries;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
    }

    void init() { QVERIFY(m_bed->startAfresh()); }

    void cleanupTestCase() { m_bed.reset(); }

    void searchTextBecomesTheSdkFilter_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("contains");
        QTest::newRow("E.164") << u"+13125550100"_s << u"+13125550100"_s << QString();
        QTest::newRow("written the US way")
            << u"(312) 555-0100"_s << u"+13125550100"_s << QString();
        QTest::newRow("11 digits") << u"1 312 555 0100"_s << u"+13125550100"_s << QString();
        QTest::newRow("part") << u"555-01"_s << QString() << u"55501"_s;
        QTest::newRow("start of an E.164") << u"+1312"_s << QString() << u"+1312"_s;
        QTest::newRow("nothing") << u"  "_s << QString() << QString();
    }

    void searchTextBecomesTheSdkFilter()
    {
        QFETCH(QString, typed);
        QFETCH(QString, exact);
        QFETCH(QString, contains);
        HostedNumbersFilter filter;
        filter.setSearch(typed);
        QCOMPARE(filter.phoneNumber, exact);
        QCOMPARE(filter.phoneNumberContains, contains);
    }

    void numbersListFiltersReachTheSandbox()
    {
        const QList<QJsonObject> all = numbersWith({});
        QVERIFY(all.size() > 48);
        const QString phone = all.at(7).value("phone_number"_L1).toString();
        const QString profile = all.at(3).value("messaging_profile_id"_L1).toString();
        QVERIFY(!profile.isEmpty());

        // A whole number: filter[phone_number], that number only.
        m_bed->resetRequests();
        HostedNumbersFilter exact;
        exact.setSearch(phone);
        const QList<QJsonObject> one = numbersWith(exact);
        QVERIFY(!one.isEmpty());
        for (const QJsonObject &row : one)
            QCOMPARE(row.value("phone_number"_L1).toString(), phone);
        QList<QUrlQuery> queries = numbersQueries();
        QVERIFY(!queries.isEmpty());
        QCOMPARE(queries.first().queryItemValue(u"filter[phone_number]"_s, QUrl::FullyDecoded),
                 phone);
        QVERIFY(!queries.first().hasQueryItem(u"filter[phone_number][contains]"_s));

        // A part: filter[phone_number][contains], sorted descending, one profile.
        m_bed->resetRequests();
        HostedNumbersFilter part;
        const QString digits = all.at(3).value("phone_number"_L1).toString().mid(5, 3);
        part.setSearch(digits);
        part.messagingProfileId = profile;
        part.sortPhoneNumber = u"desc"_s;
        const QList<QJsonObject> some = numbersWith(part);
        QVERIFY(!some.isEmpty());
        QVERIFY(some.size() < all.size());
        QString previous;
        for (const QJsonObject &row : some) {
            const QString number = row.value("phone_number"_L1).toString();
            QVERIFY(number.contains(digits));
            QCOMPARE(row.value("messaging_profile_id"_L1).toString(), profile);
            QVERIFY(previous.isEmpty() || number <= previous);
            previous = number;
        }
        queries = numbersQueries();
        QVERIFY(!queries.isEmpty());
        for (const QUrlQuery &query : std::as_const(queries)) {
            QCOMPARE(query.queryItemValue(u"filter[phone_number][contains]"_s), digits);
            QCOMPARE(query.queryItemValue(u"filter[messaging_profile_id]"_s), profile);
            QCOMPARE(query.queryItemValue(u"sort[phone_number]"_s), u"desc"_s);
            QVERIFY(!query.hasQueryItem(u"filter[phone_number]"_s));
        }
    }

    void hostedRecordsCarryOnlySdkFields_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::newRow("default") << false;
        QTest::newRow("realistic") << true;
    }

    void hostedRecordsCarryOnlySdkFields()
    {
        QFETCH(bool, realistic);
        QVERIFY(m_bed->setRealistic(realistic));
        const QList<QJsonObject> numbers = numbersWith({});
        QVERIFY(!numbers.isEmpty());
        for (const QJsonObject &number : numbers) {
            QVERIFY(!number.contains("hosted_status"_L1));
            for (const char *field : {"health", "features", "traffic_type",
                                      "eligible_messaging_products", "country_code"})
                QVERIFY2(number.contains(QLatin1StringView(field)), field);
        }
        ApiCall *call = HostedApi(&m_bed->client).listOrders(1, 5);
        QJsonArray orders;
        connect(call, &ApiCall::finished, this,
                [&orders, call] { orders = call->json().object().value("data"_L1).toArray(); });
        QVERIFY(SandboxTestbed::wait(call));
        QVERIFY(!orders.isEmpty());
        // created_at/updated_at are extras the SDK's order does not declare.
        for (const QJsonValue &order : orders)
            QCOMPARE(order.toObject().contains("created_at"_L1), !realistic);
    }
};

QTEST_MAIN(TestHostedNumbersFilters)
#include "tst_hostednumbersfilters.moc"
