#include "api/retrypolicy.h"

#include <QTest>

// Retry decisions with an injected clock and a fixed random draw.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private:
    static RetryPolicy policyAt(const QDateTime &now, double draw = 0.0)
    {
        RetryPolicy policy;
        policy.clock = [now] { return now; };
        policy.random = [draw] { return draw; };
        return policy;
    }
    static RetryContext context(const QByteArray &method, int status, int retriesDone = 0)
    {
        RetryContext c;
        c.method = method;
        c.httpStatus = status;
        c.retriesDone = retriesDone;
        return c;
    }
    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);

private Q_SLOTS:
    void idempotentMethodsRetryTransientStatuses_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        for (const QByteArray method : {"GET", "PUT", "PATCH", "DELETE"}) {
            QTest::addRow("%s 408", method.constData()) << method << 408 << true;
            QTest::addRow("%s 429", method.constData()) << method << 429 << true;
            QTest::addRow("%s 500", method.constData()) << method << 500 << true;
            QTest::addRow("%s 503", method.constData()) << method << 503 << true;
            QTest::addRow("%s 400", method.constData()) << method << 400 << false;
            QTest::addRow("%s 401", method.constData()) << method << 401 << false;
            QTest::addRow("%s 404", method.constData()) << method << 404 << false;
            QTest::addRow("%s 422", method.constData()) << method << 422 << false;
        }
        QTest::newRow("POST 429") << QByteArray("POST") << 429 << true;
        QTest::newRow("POST 500 never") << QByteArray("POST") << 500 << false;
        QTest::newRow("POST 503 never") << QByteArray("POST") << 503 << false;
        QTest::newRow("POST 408 never") << QByteArray("POST") << 408 << false;
    }
    void idempotentMethodsRetryTransientStatuses()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(bool, retried);
        QCOMPARE(policyAt(m_now).delayBeforeRetry(context(method, status)).has_value(), retried);
    }

    void postIsRetriedOnlyWhenNothingWasSent()
    {
        const RetryPolicy policy = policyAt(m_now);
        RetryContext refused = context("POST", 0);
        refused.connectionError = true;
        refused.bytesSent = false;
        QVERIFY(policy.delayBeforeRetry(refused).has_value());

        RetryContext dropped = refused;
        dropped.bytesSent = true;
        QVERIFY(!policy.delayBeforeRetry(dropped).has_value());

        RetryContext timedOut = context("POST", 0);
        timedOut.timedOut = true;
        QVERIFY(!policy.delayBeforeRetry(timedOut).has_value());

        RetryContext getTimedOut = context("GET", 0);
        getTimedOut.timedOut = true;
        QVERIFY(policy.delayBeforeRetry(getTimedOut).has_value());
    }

    void atMostTwoRetries()
    {
        const RetryPolicy policy = policyAt(m_now);
        QVERIFY(policy.delayBeforeRetry(context("GET", 500, 0)).has_value());
        QVERIFY(policy.delayBeforeRetry(context("GET", 500, 1)).has_value());
        QVERIFY(!policy.delayBeforeRetry(context("GET", 500, 2)).has_value());
    }

    void backoffDoublesFromHalfASecondAndIsCapped_data()
    {
        QTest::addColumn<int>("retriesDone");
        QTest::addColumn<double>("draw");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("first, no jitter") << 0 << 0.0 << 500;
        QTest::newRow("second, no jitter") << 1 << 0.0 << 1000;
        QTest::newRow("fourth") << 3 << 0.0 << 4000;
        QTest::newRow("capped at 8 s") << 6 << 0.0 << 8000;
        QTest::newRow("full jitter takes 25% off") << 1 << 1.0 << 750;
        QTest::newRow("half jitter") << 0 << 0.5 << 437;
    }
    void backoffDoublesFromHalfASecondAndIsCapped()
    {
        QFETCH(int, retriesDone);
        QFETCH(double, draw);
        QFETCH(int, expectedMs);
        QCOMPARE(policyAt(m_now, draw).backoffMs(retriesDone), expectedMs);
    }

    void serverDelayHeaders_data()
    {
        QTest::addColumn<QByteArray>("retryAfterMs");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("retry-after-ms wins") << QByteArray("1500") << QByteArray("9") << 1500;
        QTest::newRow("fractional ms") << QByteArray("250.7") << QByteArray() << 250;
        QTest::newRow("seconds") << QByteArray() << QByteArray("3") << 3000;
        QTest::newRow("decimal seconds") << QByteArray() << QByteArray("0.5") << 500;
        QTest::newRow("http date")
            << QByteArray() << QByteArray("Thu, 26 Nov 2026 12:00:07 GMT") << 7000;
        QTest::newRow("date in the past")
            << QByteArray() << QByteArray("Thu, 26 Nov 2026 11:00:00 GMT") << 0;
        QTest::newRow("capped at 60 s") << QByteArray() << QByteArray("3600") << 60000;
        QTest::newRow("garbage falls back to backoff")
            << QByteArray("soon") << QByteArray("later") << 500;
        QTest::newRow("negative falls back") << QByteArray("-5") << QByteArray() << 500;
    }
    void serverDelayHeaders()
    {
        QFETCH(QByteArray, retryAfterMs);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, expectedMs);
        RetryContext c = context("GET", 429);
        c.retryAfterMs = retryAfterMs;
        c.retryAfter = retryAfter;
        QCOMPARE(policyAt(m_now).delayBeforeRetry(c).value_or(-1), expectedMs);
    }

    void shouldRetryHeaderIsObeyed()
    {
        const RetryPolicy policy = policyAt(m_now);
        RetryContext no = context("GET", 503);
        no.shouldRetry = "false";
        QVERIFY(!policy.delayBeforeRetry(no).has_value());
        RetryContext yes = context("GET", 400);
        yes.shouldRetry = "true";
        QVERIFY(policy.delayBeforeRetry(yes).has_value());
        RetryContext capStillHolds = yes;
        capStillHolds.retriesDone = 2;
        QVERIFY(!policy.delayBeforeRetry(capStillHolds).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
