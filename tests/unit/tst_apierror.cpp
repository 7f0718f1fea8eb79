#include "api/apierror.h"

#include <QTest>

// Parsing Telnyx error bodies and the plain-language message for each class.
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCurrentVariantWithPointer()
    {
        const QByteArray body = R"({"errors":[{"code":"10015","title":"Invalid value",
            "detail":"businessZip must be a 5-digit ZIP code","source":{"pointer":"/businessZip"}},
            {"code":"10002","title":"Missing","detail":"required","source":{"pointer":"/useCase"}}]})";
        const ApiError error = ApiError::fromHttp(422, body);
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.httpStatus(), 422);
        QCOMPARE(error.items().size(), 2);
        QCOMPARE(error.items().at(0).code, QStringLiteral("10015"));
        QCOMPARE(error.items().at(0).pointer, QStringLiteral("/businessZip"));
        QCOMPARE(error.detailForPointer(QStringLiteral("/businessZip")),
                 QStringLiteral("businessZip must be a 5-digit ZIP code"));
        QCOMPARE(error.fieldItems().size(), 2);
        QVERIFY(error.message().contains(QStringLiteral("businessZip: businessZip must be")));
        QVERIFY(error.message().contains(QStringLiteral("useCase: required")));
    }

    void parsesOlderVariantWithNumericCodeDescriptionAndParameter()
    {
        const QByteArray body = R"({"errors":[{"code":10031,"title":"Bad page",
            "description":"page[size] must be at most 250","source":{"parameter":"page[size]"}}]})";
        const ApiError error = ApiError::fromHttp(400, body);
        QCOMPARE(error.items().size(), 1);
        QCOMPARE(error.items().at(0).code, QStringLiteral("10031"));
        QCOMPARE(error.items().at(0).detail, QStringLiteral("page[size] must be at most 250"));
        QCOMPARE(error.items().at(0).parameter, QStringLiteral("page[size]"));
        QVERIFY(error.message().contains(QStringLiteral("page[size] must be at most 250")));
    }

    void garbageBodiesNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("errors is a number") << QByteArray(R"({"errors":5})");
        QTest::newRow("errors of nulls")
            << QByteArray(R"({"errors":[null,1,"text",{"source":7}]})");
        QTest::newRow("truncated") << QByteArray(R"({"errors":[{"code":)");
        QTest::newRow("huge") << QByteArray(8 * 1024 * 1024, 'x');
    }
    void garbageBodiesNeverCrash()
    {
        QFETCH(QByteArray, body);
        const ApiError error = ApiError::fromHttp(502, body);
        QCOMPARE(error.httpStatus(), 502);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(error.message().size() < 1000);
    }

    void messagePerClass_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("401") << 401 << QStringLiteral("API key was not accepted");
        QTest::newRow("403") << 403 << QStringLiteral("not allowed");
        QTest::newRow("404") << 404 << QStringLiteral("Not found");
        QTest::newRow("422") << 422 << QStringLiteral("fields");
        QTest::newRow("429") << 429 << QStringLiteral("rate limiting");
        QTest::newRow("500") << 500 << QStringLiteral("HTTP 500");
        QTest::newRow("503") << 503 << QStringLiteral("HTTP 503");
    }
    void messagePerClass()
    {
        QFETCH(int, status);
        QFETCH(QString, expectedFragment);
        QVERIFY2(ApiError::fromHttp(status, {}).message().contains(expectedFragment),
                 qPrintable(ApiError::fromHttp(status, {}).message()));
    }

    void nonHttpKindsHaveMessages()
    {
        QVERIFY(ApiError(ApiError::Kind::Network).message().contains(QStringLiteral("network")));
        QVERIFY(ApiError(ApiError::Kind::Timeout).message().contains(QStringLiteral("in time")));
        QVERIFY(ApiError(ApiError::Kind::Tls, QStringLiteral("self-signed"))
                    .message()
                    .contains(QStringLiteral("self-signed")));
        QVERIFY(ApiError(ApiError::Kind::InsecureUrl).message().contains(QStringLiteral("https")));
        QVERIFY(ApiError(ApiError::Kind::Parse, QStringLiteral("x")).message().contains(u'x'));
    }

    void safeToRetryDependsOnMethod()
    {
        ApiError serverError = ApiError::fromHttp(500, {});
        serverError.setRequest("POST", QStringLiteral("/messaging_hosted_number_orders"));
        QVERIFY(!serverError.isSafeToRetry());
        serverError.setRequest("GET", QStringLiteral("/messaging_hosted_number_orders"));
        QVERIFY(serverError.isSafeToRetry());
        ApiError invalid = ApiError::fromHttp(422, {});
        invalid.setRequest("GET", QStringLiteral("/x"));
        QVERIFY(!invalid.isSafeToRetry());
    }

    // The public TFV docs show errors as {code, title, detail, meta}: no source.
    void errorsWithMetaAndWithoutSource()
    {
        const QByteArray body = R"({"errors":[{"code":"10015","title":"Invalid value",
            "detail":"businessZip: must be a 5-digit US ZIP code",
            "meta":{"url":"https://developers.telnyx.com/docs/errors/10015"}}]})";
        const ApiError error = ApiError::fromHttp(422, body);
        QCOMPARE(error.items().size(), 1);
        const ApiErrorItem &item = error.items().constFirst();
        QVERIFY(item.pointer.isEmpty());
        QVERIFY(item.parameter.isEmpty());
        QCOMPARE(item.meta.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://developers.telnyx.com/docs/errors/10015"));
        QVERIFY(error.message().contains(QStringLiteral("must be a 5-digit US ZIP code")));
        QVERIFY(error.fieldItems().isEmpty()); // nothing the server pinned down itself
    }

    void resolvesFieldsWithoutPointer_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("pointer wins")
            << QByteArray(R"({"detail":"businessCity is odd","source":{"pointer":"/businessZip"}})")
            << QStringLiteral("/businessZip");
        QTest::newRow("parameter")
            << QByteArray(R"({"detail":"bad","source":{"parameter":"businessZip"}})")
            << QStringLiteral("/businessZip");
        QTest::newRow("snake_case parameter with index")
            << QByteArray(
                   R"({"detail":"bad","source":{"parameter":"phone_numbers[1].phone_number"}})")
            << QStringLiteral("/phoneNumbers/1/phone_number");
        QTest::newRow("camelCase in detail")
            << QByteArray(R"({"title":"Invalid value","detail":"businessZip: must be 5 digits"})")
            << QStringLiteral("/businessZip");
        QTest::newRow("snake_case in detail")
            << QByteArray(R"({"detail":"The field business_zip must be a 5-digit ZIP code."})")
            << QStringLiteral("/businessZip");
        QTest::newRow("quoted in detail")
            << QByteArray(R"({"detail":"Invalid value for 'businessZip'."})")
            << QStringLiteral("/businessZip");
        QTest::newRow("list entry in detail")
            << QByteArray(R"({"detail":"phoneNumbers[1].phoneNumber is not toll-free"})")
            << QStringLiteral("/phoneNumbers/1/phoneNumber");
        QTest::newRow("named in title only")
            << QByteArray(R"({"title":"Invalid corporateWebsite","detail":"Not reachable."})")
            << QStringLiteral("/corporateWebsite");
        QTest::newRow("plain word is not a field")
            << QByteArray(R"({"detail":"The website must be reachable."})") << QString();
        QTest::newRow("no known field")
            << QByteArray(R"({"title":"Invalid value","detail":"Brand registry rejected it."})")
            << QString();
        QTest::newRow("unknown parameter")
            << QByteArray(R"({"detail":"too big","source":{"parameter":"page[size]"}})")
            << QString();
    }
    void resolvesFieldsWithoutPointer()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, pointer);
        const QStringList known{QStringLiteral("businessZip"), QStringLiteral("businessCity"),
                                QStringLiteral("corporateWebsite"), QStringLiteral("phoneNumbers"),
                                QStringLiteral("website")};
        const ApiError error = ApiError::fromHttp(422, "{\"errors\":[" + entry + "]}");
        QCOMPARE(error.items().size(), 1);
        QCOMPARE(ApiError::resolvePointer(error.items().constFirst(), known), pointer);
        QCOMPARE(error.fieldItems(known).size(), pointer.isEmpty() ? 0 : 1);
        QCOMPARE(error.unplacedItems(known).size(), pointer.isEmpty() ? 1 : 0);
        if (!pointer.isEmpty())
            QCOMPARE(error.fieldItems(known).constFirst().pointer, pointer);
    }

    void plainWordFieldsNeedQuotesOrLeadingPosition()
    {
        const QStringList known{QStringLiteral("to"), QStringLiteral("agent_id")};
        const auto resolve = [&known](const QByteArray &entry) {
            return ApiError::resolvePointer(
                ApiError::fromHttp(422, "{\"errors\":[" + entry + "]}").items().constFirst(),
                known);
        };
        QCOMPARE(resolve(R"({"detail":"Sent to the wrong place"})"), QString());
        QCOMPARE(resolve(R"({"detail":"to: not an E.164 number"})"), QStringLiteral("/to"));
        const QByteArray doubleQuoted = "{\"detail\":\"The value of \\\"to\\\" is invalid\"}";
        QCOMPARE(resolve(doubleQuoted), QStringLiteral("/to"));
        QCOMPARE(resolve(R"({"detail":"agentId is unknown"})"), QStringLiteral("/agent_id"));
    }

    void acceptedUnreadableIsDoneAndNeverRetried()
    {
        ApiError error(ApiError::Kind::AcceptedUnreadable, QStringLiteral("invalid JSON"));
        error.setRequest("POST", QStringLiteral("/messaging_hosted_number_orders"));
        QVERIFY(error.wasAccepted());
        QVERIFY(!error.isSafeToRetry());
        QVERIFY(error.message().contains(QStringLiteral("accepted")));
        QVERIFY(error.message().contains(QStringLiteral("invalid JSON")));
        QVERIFY(!ApiError(ApiError::Kind::Parse).wasAccepted());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
