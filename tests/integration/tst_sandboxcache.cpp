// The sandbox's cached answers follow every change. A list page is served from records
// serialised once and from filtered lists kept per query (SandboxCachedJson, SandboxListCache):
// each test reads a page, changes a record (PATCH, the clock, a delete, the mode, a reset, a
// state load) and reads the page again, which must show the change.

#include "sandbox/sandboxstate.h"
#include "tst_sandboxsupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void tollFreeList_showsAPatchedRecordInEveryList();
    void tollFreeList_followsTheClockInEveryStatusFilter();
    void tollFreeList_dropsADeletedRecord();
    void tollFreeList_followsTheMode();
    void tollFreeList_followsAResetAndAStateLoad();
    void tollFreeList_statusFilterAgreesWithEachRetrieve();
    void hostedOrders_listFollowsANumberDeleteAndAnOrderDelete();
    void hostedNumbers_listAndFilteredListFollowAPatch();

private:
    SandboxResponse send(const QString &method, const QString &target,
                         const QJsonObject &body = {});
    SandboxResponse control(const QString &path, const QJsonObject &body);
    // The records of the first toll-free page of 1000 for `filters` ("&status=Rejected").
    QJsonObject tollFreePage(const QString &filters = {});
    QJsonObject numbersPage(const QString &filters = {});
    static QJsonObject withId(const QJsonArray &records, const QString &id);

    std::unique_ptr<SandboxState> m_state;
};

void TestSandboxCache::init()
{
    SandboxOptions options;
    options.apiKey = SandboxTest::apiKey;
    options.records = 1500; // more than a page of 1000
    options.speed = 0;      // time moves only through /_sandbox/advance
    m_state = std::make_unique<SandboxState>(options);
}

SandboxResponse TestSandboxCache::send(const QString &method, const QString &target,
                                       const QJsonObject &body)
{
    const QByteArray bytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_state->handle(
        SandboxRequest::make(method, u"/v2"_s + target, bytes,
                             {{"Authorization", "Bearer " + SandboxTest::apiKey.toUtf8()},
                              {"Content-Type", "application/json"}}));
}

SandboxResponse TestSandboxCache::control(const QString &path, const QJsonObject &body)
{
    return m_state->handle(SandboxRequest::make(
        u"POST"_s, u"/_sandbox/"_s + path, QJsonDocument(body).toJson(QJsonDocument::Compact),
        {{"X-Sandbox-Token", m_state->controlToken().toUtf8()},
         {"Content-Type", "application/json"}}));
}

QJsonObject TestSandboxCache::tollFreePage(const QString &filters)
{
    const SandboxResponse answer = send(
        u"GET"_s, u"/messaging_tollfree/verification/requests?page=1&page_size=1000"_s + filters);
    if (answer.status != 200)
        qWarning() << answer.body;
    return answer.object();
}

QJsonObject TestSandboxCache::numbersPage(const QString &filters)
{
    return send(u"GET"_s, u"/messaging_hosted_numbers?page[number]=1&page[size]=1000"_s + filters)
        .object();
}

QJsonObject TestSandboxCache::withId(const QJsonArray &records, const QString &id)
{
    for (const QJsonValue &record : records) {
        if (record[u"id"_s].toString() == id)
            return record.toObject();
    }
    return {};
}

void TestSandboxCache::tollFreeList_showsAPatchedRecordInEveryList()
{
    const QJsonArray before = tollFreePage().value(u"records"_s).toArray();
    QCOMPARE(before.size(), 1000);
    const QString id = before.at(7)[u"id"_s].toString();
    const QString filter = u"&business_name=Renamed%20Cafe"_s;
    QCOMPARE(tollFreePage(filter).value(u"total_records"_s).toInt(), 0); // cached empty

    const SandboxResponse patched =
        send(u"PATCH"_s, u"/messaging_tollfree/verification/requests/"_s + id,
             SandboxTest::tollFreeBody(u"Renamed Cafe"_s));
    QCOMPARE(patched.status, 200);

    const QJsonObject listed = withId(tollFreePage().value(u"records"_s).toArray(), id);
    QCOMPARE(listed.value(u"businessName"_s).toString(), u"Renamed Cafe"_s);
    QCOMPARE(listed.value(u"businessZip"_s).toString(), u"78701"_s);
    const QJsonObject filtered = tollFreePage(filter);
    QCOMPARE(filtered.value(u"total_records"_s).toInt(), 1);
    QCOMPARE(filtered.value(u"records"_s)[0][u"id"_s].toString(), id);
    QVERIFY(!withId(tollFreePage(u"&phone_number=8885550101"_s).value(u"records"_s).toArray(), id)
                 .isEmpty());
    QCOMPARE(send(u"GET"_s, u"/messaging_tollfree/verification/requests/"_s + id).object(), listed);
}

void TestSandboxCache::tollFreeList_followsTheClockInEveryStatusFilter()
{
    const SandboxResponse created = send(u"POST"_s, u"/messaging_tollfree/verification/requests"_s,
                                         SandboxTest::tollFreeBody(u"[verify] Clockwork Dental"_s));
    QCOMPARE(created.status, 200);
    const QString id = created.object().value(u"id"_s).toString();
    const QString inProgress = u"&status=In%20Progress"_s;
    const QString waiting = u"&status=Waiting%20For%20Telnyx"_s;
    const QJsonObject inProgressBefore = tollFreePage(inProgress);
    const int waitingBefore = tollFreePage(waiting).value(u"total_records"_s).toInt();
    QVERIFY(!withId(inProgressBefore.value(u"records"_s).toArray(), id).isEmpty());
    QCOMPARE(tollFreePage().value(u"records"_s)[0][u"verificationStatus"_s].toString(),
             u"In Progress"_s);

    QCOMPARE(control(u"advance"_s, QJsonObject{{u"seconds"_s, 3600}}).status, 200);

    const QJsonObject inProgressAfter = tollFreePage(inProgress);
    QVERIFY(withId(inProgressAfter.value(u"records"_s).toArray(), id).isEmpty());
    QCOMPARE(inProgressAfter.value(u"total_records"_s).toInt(),
             inProgressBefore.value(u"total_records"_s).toInt() - 1);
    const QJsonObject waitingAfter = tollFreePage(waiting);
    QCOMPARE(waitingAfter.value(u"total_records"_s).toInt(), waitingBefore + 1);
    QVERIFY(!withId(waitingAfter.value(u"records"_s).toArray(), id).isEmpty());
    const QJsonObject newest = tollFreePage().value(u"records"_s)[0].toObject();
    QCOMPARE(newest.value(u"id"_s).toString(), id);
    QCOMPARE(newest.value(u"verificationStatus"_s).toString(), u"Waiting For Telnyx"_s);

    QCOMPARE(control(u"advance"_s, QJsonObject{{u"seconds"_s, 7200}}).status, 200);
    QCOMPARE(tollFreePage().value(u"records"_s)[0][u"verificationStatus"_s].toString(),
             u"Verified"_s);
    QCOMPARE(tollFreePage(waiting).value(u"total_records"_s).toInt(), waitingBefore);
}

void TestSandboxCache::tollFreeList_dropsADeletedRecord()
{
    const int all = tollFreePage().value(u"total_records"_s).toInt();
    const QJsonObject rejected = tollFreePage(u"&status=rejected"_s);
    const int rejectedCount = rejected.value(u"total_records"_s).toInt();
    QVERIFY(rejectedCount > 0);
    const QString id = rejected.value(u"records"_s)[0][u"id"_s].toString();

    QCOMPARE(send(u"DELETE"_s, u"/messaging_tollfree/verification/requests/"_s + id).status, 200);

    const QJsonObject rejectedAfter = tollFreePage(u"&status=rejected"_s);
    QCOMPARE(rejectedAfter.value(u"total_records"_s).toInt(), rejectedCount - 1);
    QVERIFY(withId(rejectedAfter.value(u"records"_s).toArray(), id).isEmpty());
    const QJsonObject allAfter = tollFreePage();
    QCOMPARE(allAfter.value(u"total_records"_s).toInt(), all - 1);
    QVERIFY(withId(allAfter.value(u"records"_s).toArray(), id).isEmpty());
}

void TestSandboxCache::tollFreeList_followsTheMode()
{
    QVERIFY(tollFreePage().value(u"records"_s)[0].toObject().contains(u"verificationRequestId"_s));
    QCOMPARE(control(u"mode"_s, QJsonObject{{u"realistic"_s, true}}).status, 200);
    const QJsonArray realistic = tollFreePage().value(u"records"_s).toArray();
    QCOMPARE(realistic.size(), 100); // page_size clamped
    for (const QJsonValue &record : realistic)
        QVERIFY(!record.toObject().contains(u"verificationRequestId"_s));
    QCOMPARE(control(u"mode"_s, QJsonObject{{u"realistic"_s, false}}).status, 200);
    QVERIFY(tollFreePage().value(u"records"_s)[0].toObject().contains(u"verificationRequestId"_s));
}

void TestSandboxCache::tollFreeList_followsAResetAndAStateLoad()
{
    const QJsonObject saved = m_state->toJson();
    const QJsonObject first = tollFreePage().value(u"records"_s)[0].toObject();
    const QString id = first.value(u"id"_s).toString();

    QCOMPARE(send(u"PATCH"_s, u"/messaging_tollfree/verification/requests/"_s + id,
                  SandboxTest::tollFreeBody(u"Patched Before Load"_s))
                 .status,
             200);
    QCOMPARE(tollFreePage().value(u"records"_s)[0][u"businessName"_s].toString(),
             u"Patched Before Load"_s);
    QString error;
    QVERIFY2(m_state->loadJson(saved, &error), qPrintable(error));
    QCOMPARE(tollFreePage().value(u"records"_s)[0].toObject(), first);

    QCOMPARE(control(u"reset"_s, QJsonObject{{u"seed"_s, 7}}).status, 200);
    const QJsonObject reseeded = tollFreePage();
    QCOMPARE(reseeded.value(u"total_records"_s).toInt(), 1500);
    QVERIFY(withId(reseeded.value(u"records"_s).toArray(), id).isEmpty());
}

void TestSandboxCache::tollFreeList_statusFilterAgreesWithEachRetrieve()
{
    // Twice: the second reading comes from the cache.
    for (int reading = 0; reading < 2; ++reading) {
        const QJsonArray records =
            tollFreePage(u"&status=Verified"_s).value(u"records"_s).toArray();
        QVERIFY(!records.isEmpty());
        for (qsizetype i = 0; i < records.size(); i += 97) {
            const QString id = records.at(i)[u"id"_s].toString();
            QCOMPARE(records.at(i)[u"verificationStatus"_s].toString(), u"Verified"_s);
            QCOMPARE(send(u"GET"_s, u"/messaging_tollfree/verification/requests/"_s + id).object(),
                     records.at(i).toObject());
        }
    }
}

void TestSandboxCache::hostedOrders_listFollowsANumberDeleteAndAnOrderDelete()
{
    const QString orders = u"/messaging_hosted_number_orders?page[number]=1&page[size]=1000"_s;
    const QJsonObject before = send(u"GET"_s, orders).object();
    const int total = before.value(u"meta"_s)[u"total_results"_s].toInt();
    QCOMPARE(total, 1500);
    QJsonObject order;
    for (const QJsonValue &entry : before.value(u"data"_s).toArray()) {
        if (entry[u"status"_s].toString() == u"pending"_s &&
            entry[u"phone_numbers"_s].toArray().size() >= 2) {
            order = entry.toObject();
            break;
        }
    }
    QVERIFY(!order.isEmpty());
    const QString orderId = order.value(u"id"_s).toString();
    const QString numberId = order.value(u"phone_numbers"_s)[0][u"id"_s].toString();

    QCOMPARE(send(u"DELETE"_s, u"/messaging_hosted_numbers/"_s + numberId).status, 200);
    const QJsonObject listed =
        withId(send(u"GET"_s, orders).object().value(u"data"_s).toArray(), orderId);
    QCOMPARE(listed.value(u"phone_numbers"_s)[0][u"status"_s].toString(), u"deleted"_s);
    QVERIFY(withId(numbersPage().value(u"data"_s).toArray(), numberId).isEmpty());

    QCOMPARE(send(u"DELETE"_s, u"/messaging_hosted_number_orders/"_s + orderId).status, 200);
    const QJsonObject after = send(u"GET"_s, orders).object();
    QCOMPARE(after.value(u"meta"_s)[u"total_results"_s].toInt(), total - 1);
    QVERIFY(withId(after.value(u"data"_s).toArray(), orderId).isEmpty());
}

void TestSandboxCache::hostedNumbers_listAndFilteredListFollowAPatch()
{
    const QJsonArray numbers = numbersPage().value(u"data"_s).toArray();
    QCOMPARE(numbers.size(), 1000);
    QJsonObject number;
    for (const QJsonValue &entry : numbers) {
        if (entry[u"messaging_profile_id"_s].isString()) {
            number = entry.toObject();
            break;
        }
    }
    QVERIFY(!number.isEmpty());
    const QString id = number.value(u"id"_s).toString();
    const QString byProfile =
        u"&filter[messaging_profile_id]="_s + number.value(u"messaging_profile_id"_s).toString();
    const QString byNumber =
        u"&filter[phone_number][contains]="_s + number.value(u"phone_number"_s).toString().mid(2);
    const QJsonObject profileBefore = numbersPage(byProfile);
    QVERIFY(!withId(profileBefore.value(u"data"_s).toArray(), id).isEmpty());
    QVERIFY(
        !withId(numbersPage(byNumber + u"&sort[phone_number]=asc"_s).value(u"data"_s).toArray(), id)
             .isEmpty());

    const SandboxResponse patched =
        send(u"PATCH"_s, u"/messaging_hosted_numbers/"_s + id,
             QJsonObject{{u"messaging_profile_id"_s, u""_s}, {u"tags"_s, QJsonArray{u"cached"_s}}});
    QCOMPARE(patched.status, 200);

    const QJsonObject listed = withId(numbersPage().value(u"data"_s).toArray(), id);
    QCOMPARE(listed.value(u"tags"_s).toArray(), QJsonArray{u"cached"_s});
    QVERIFY(listed.value(u"messaging_profile_id"_s).isNull());
    const QJsonObject profileAfter = numbersPage(byProfile);
    QVERIFY(withId(profileAfter.value(u"data"_s).toArray(), id).isEmpty());
    QCOMPARE(profileAfter.value(u"meta"_s)[u"total_results"_s].toInt(),
             profileBefore.value(u"meta"_s)[u"total_results"_s].toInt() - 1);
    const QJsonObject sorted =
        withId(numbersPage(byNumber + u"&sort[phone_number]=asc"_s).value(u"data"_s).toArray(), id);
    QCOMPARE(sorted.value(u"tags"_s).toArray(), QJsonArray{u"cached"_s});
}

QTEST_GUILESS_MAIN(TestSandboxCache)
#include "tst_sandboxcache.moc"
