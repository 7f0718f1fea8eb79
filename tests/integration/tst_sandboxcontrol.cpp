// The sandbox's control surface and robustness: faults, request counters, the clock, reset,
// the state file, large data sets, the threaded host and the standalone binary.

#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "tst_sandboxsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using SandboxTest::Answer;

class TestSandboxControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void fault_statusFiresCountTimesThenStops();
    void fault_rateLimitCarriesRetryAfterHeaders();
    void fault_delayHoldsTheAnswer();
    void fault_malformedBodyIsNotJson();
    void fault_dropClosesTheConnection();
    void fault_matchesMethodAndPathPrefix();
    void fault_listAndClear();
    void fault_badDescriptionIs422();
    void fault_repeatPageAndTotalsShapeListAnswers();
    void mode_realisticClampsPageSizesSilently();
    void door_controlNeedsTheTokenAndJson();
    void door_foreignHostOrOriginIsRefused();
    void door_logKeepsNoBodiesUnlessAsked();
    void requests_countOnlyV2AndReset();
    void body_over20MegabytesIs413();
    void clock_advanceAndSpeed();
    void reset_regeneratesFromSeed();
    void seed_sameSeedSameData();
    void stateFile_roundTrip();
    void stateFile_corruptFileFallsBackToSeed();
    void records_hundredThousandGenerateAndPage();
    void latency_holdsEachAnswerButNotTheOthers();
    void host_servesFromItsOwnThread();
    void binary_printsListeningLineFirstAndExitsCleanly();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTest::Client> m_client;
};

void TestSandboxControl::initTestCase()
{
    SandboxOptions options;
    options.apiKey = SandboxTest::apiKey;
    options.speed = 0;
    options.logBodies = true;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTest::Client>(m_server->baseUrl(), m_server->controlToken());
}

void TestSandboxControl::init()
{
    m_client->control("DELETE", u"/_sandbox/faults"_s);
    m_client->control("DELETE", u"/_sandbox/requests"_s);
}

void TestSandboxControl::fault_statusFiresCountTimesThenStops()
{
    const Answer armed = m_client->control("POST", u"/_sandbox/faults"_s,
                                           QJsonObject{{u"method"_s, u"GET"_s},
                                                       {u"path"_s, u"/v2/messaging_url_domains"_s},
                                                       {u"kind"_s, u"status"_s},
                                                       {u"status"_s, 500},
                                                       {u"count"_s, 2}});
    QCOMPARE(armed.status, 201);
    QVERIFY(armed.data()[u"id"_s].toInt() > 0);

    const Answer first = m_client->get(u"/messaging_url_domains"_s);
    QCOMPARE(first.status, 500);
    QCOMPARE(first.json().value(u"errors"_s)[0][u"code"_s].toString(), u"10007"_s);
    QCOMPARE(m_client->get(u"/messaging_url_domains"_s).status, 500);
    QCOMPARE(m_client->get(u"/messaging_url_domains"_s).status, 200);
    QVERIFY(m_client->control("GET", u"/_sandbox/faults"_s).data().toArray().isEmpty());
}

void TestSandboxControl::fault_rateLimitCarriesRetryAfterHeaders()
{
    m_client->control("POST", u"/_sandbox/faults"_s,
                      QJsonObject{{u"method"_s, u"POST"_s},
                                  {u"path"_s, u"/v2/messaging_hosted_number_orders"_s},
                                  {u"kind"_s, u"status"_s},
                                  {u"status"_s, 429},
                                  {u"retry_after"_s, 2},
                                  {u"retry_after_ms"_s, 1500},
                                  {u"headers"_s, QJsonObject{{u"X-Should-Retry"_s, u"true"_s}}}});
    const Answer limited = m_client->post(u"/messaging_hosted_number_orders"_s,
                                          QJsonObject{{u"phone_numbers"_s, QJsonArray{}}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QCOMPARE(limited.header("retry-after-ms"), QByteArray("1500"));
    QCOMPARE(limited.header("X-Should-Retry"), QByteArray("true"));
    QCOMPARE(limited.json().value(u"errors"_s)[0][u"code"_s].toString(), u"10011"_s);
    // The faulted request created nothing; the next one goes through.
    const Answer created = m_client->post(u"/messaging_hosted_number_orders"_s,
                                          QJsonObject{{u"phone_numbers"_s, QJsonArray{}}});
    QCOMPARE(created.status, 200);
}

void TestSandboxControl::fault_delayHoldsTheAnswer()
{
    // The next `times` agent lists are answered 0.7 s late.
    const auto holdAgents = [this](int times) {
        m_client->control("POST", u"/_sandbox/faults"_s,
                          QJsonObject{{u"path"_s, u"/v2/messaging/rcs/agents"_s},
                                      {u"kind"_s, u"delay"_s},
                                      {u"delay_ms"_s, 700},
                                      {u"count"_s, times}});
    };
    holdAgents(2);
    const Answer slow = m_client->get(u"/messaging/rcs/agents"_s);
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 650, qPrintable(QString::number(slow.elapsedMs)));
    QVERIFY(!slow.data().toArray().isEmpty());

    // A client that gives up earlier sees a timeout, and the server copes with the gone socket.
    const Answer impatient =
        m_client->send("GET", u"/messaging/rcs/agents"_s, {}, "application/json", true, 200);
    QCOMPARE(impatient.error, QNetworkReply::OperationCanceledError);
    // The sandbox got it, and holds its answer for the gone socket. A request held just as long
    // and sent after it is answered only once that answer's time has come (same delay, started
    // later): then the sandbox has tried the gone socket.
    QCOMPARE(m_client->control("GET", u"/_sandbox/requests"_s)
                 .json()
                 .value(u"counts"_s)
                 .toObject()
                 .value(u"GET /v2/messaging/rcs/agents"_s)
                 .toInt(),
             2);
    holdAgents(1);
    const Answer after = m_client->get(u"/messaging/rcs/agents"_s);
    QCOMPARE(after.status, 200);
    QVERIFY2(after.elapsedMs >= 650, qPrintable(QString::number(after.elapsedMs)));
    QCOMPARE(m_client->get(u"/messaging/rcs/agents"_s).status, 200);
}

void TestSandboxControl::fault_malformedBodyIsNotJson()
{
    m_client->control(
        "POST", u"/_sandbox/faults"_s,
        QJsonObject{{u"path"_s, u"/v2/messaging_url_domains"_s}, {u"kind"_s, u"malformed"_s}});
    const Answer answer = m_client->get(u"/messaging_url_domains"_s);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("Content-Type").contains("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(answer.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxControl::fault_dropClosesTheConnection()
{
    m_client->control("POST", u"/_sandbox/faults"_s,
                      QJsonObject{{u"method"_s, u"POST"_s},
                                  {u"path"_s, u"/v2/messaging_hosted_number_orders"_s},
                                  {u"kind"_s, u"drop"_s},
                                  {u"count"_s, 0}});
    const QByteArray body = "{\"phone_numbers\":[\"+13125552001\"]}";
    const Answer dropped = m_client->send("POST", u"/messaging_hosted_number_orders"_s, body);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    const int attempts = m_client->control("GET", u"/_sandbox/requests"_s)
                             .json()[u"counts"_s][u"POST /v2/messaging_hosted_number_orders"_s]
                             .toInt();
    QVERIFY(attempts >= 1);
    // Dropped before processing: nothing was created.
    const Answer list = m_client->get(u"/messaging_hosted_number_orders?page[size]=1000"_s);
    for (const QJsonValue &order : list.data().toArray())
        QVERIFY(order[u"phone_numbers"_s][0][u"phone_number"_s].toString() != u"+13125552001"_s);

    // after_processing handles the request, then drops: the order exists though no answer came.
    m_client->control("DELETE", u"/_sandbox/faults"_s);
    m_client->control("POST", u"/_sandbox/faults"_s,
                      QJsonObject{{u"method"_s, u"POST"_s},
                                  {u"path"_s, u"/v2/messaging_hosted_number_orders"_s},
                                  {u"kind"_s, u"drop"_s},
                                  {u"after_processing"_s, true}});
    const Answer processed = m_client->send("POST", u"/messaging_hosted_number_orders"_s,
                                            "{\"phone_numbers\":[\"+13125552002\"]}");
    Q_UNUSED(processed)
    const QJsonArray newest =
        m_client->get(u"/messaging_hosted_number_orders?page[size]=3"_s).data().toArray();
    QVERIFY(std::any_of(newest.begin(), newest.end(), [](const QJsonValue &order) {
        return order[u"phone_numbers"_s][0][u"phone_number"_s].toString() == u"+13125552002"_s;
    }));
}

void TestSandboxControl::fault_matchesMethodAndPathPrefix()
{
    m_client->control("POST", u"/_sandbox/faults"_s,
                      QJsonObject{{u"method"_s, u"*"_s},
                                  {u"path"_s, u"/v2/messaging_tollfree/*"_s},
                                  {u"status"_s, 503},
                                  {u"count"_s, 0}});
    QCOMPARE(
        m_client->get(u"/messaging_tollfree/verification/requests?page=1&page_size=1"_s).status,
        503);
    QCOMPARE(m_client->post(u"/messaging_tollfree/verification/requests"_s, {}).status, 503);
    QCOMPARE(m_client->get(u"/messaging_url_domains"_s).status, 200);

    m_client->control("DELETE", u"/_sandbox/faults"_s);
    m_client->control("POST", u"/_sandbox/faults"_s,
                      QJsonObject{{u"method"_s, u"DELETE"_s},
                                  {u"path"_s, u"/v2/messaging_url_domains"_s},
                                  {u"status"_s, 500}});
    QCOMPARE(m_client->get(u"/messaging_url_domains"_s).status, 200);       // method differs
    QCOMPARE(m_client->get(u"/messaging_url_domains/extra"_s).status, 404); // exact path only
}

void TestSandboxControl::fault_listAndClear()
{
    m_client->control("POST", u"/_sandbox/faults"_s,
                      QJsonObject{{u"path"_s, u"/v2/a"_s}, {u"kind"_s, u"drop"_s}});
    m_client->control(
        "POST", u"/_sandbox/faults"_s,
        QJsonObject{{u"path"_s, u"/v2/b"_s}, {u"kind"_s, u"delay"_s}, {u"delay_ms"_s, 10}});
    const QJsonArray faults = m_client->control("GET", u"/_sandbox/faults"_s).data().toArray();
    QCOMPARE(faults.size(), 2);
    QCOMPARE(faults[0][u"kind"_s].toString(), u"drop"_s);
    QCOMPARE(faults[1][u"delay_ms"_s].toInt(), 10);
    QCOMPARE(faults[1][u"method"_s].toString(), u"*"_s);
    QCOMPARE(m_client->control("DELETE", u"/_sandbox/faults"_s).status, 200);
    QVERIFY(m_client->control("GET", u"/_sandbox/faults"_s).data().toArray().isEmpty());
}

void TestSandboxControl::fault_badDescriptionIs422()
{
    const Answer answer = m_client->control(
        "POST", u"/_sandbox/faults"_s,
        QJsonObject{{u"path"_s, u"v2/no-slash"_s}, {u"kind"_s, u"explode"_s}, {u"status"_s, 99}});
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.pointers(), (QStringList{u"/path"_s, u"/kind"_s, u"/status"_s}));
}

void TestSandboxControl::fault_repeatPageAndTotalsShapeListAnswers()
{
    const QString list = u"/messaging_tollfree/verification/requests"_s;
    const auto ids = [](const Answer &answer) {
        QStringList found;
        for (const QJsonValue &record : answer.json().value(u"records"_s).toArray())
            found.append(record[u"id"_s].toString());
        return found;
    };
    const QStringList first = ids(m_client->get(list + u"?page=1&page_size=10"_s));
    const QStringList second = ids(m_client->get(list + u"?page=2&page_size=10"_s));
    QCOMPARE(first.size(), 10);
    QVERIFY(first != second);

    // skip 1: the first matching request goes through; the second answers the page before.
    QCOMPARE(m_client
                 ->control("POST", u"/_sandbox/faults"_s,
                           QJsonObject{{u"path"_s, QString(u"/v2"_s + list)},
                                       {u"kind"_s, u"repeat_page"_s},
                                       {u"skip"_s, 1}})
                 .status,
             201);
    QCOMPARE(ids(m_client->get(list + u"?page=2&page_size=10"_s)), second);
    QCOMPARE(ids(m_client->get(list + u"?page=2&page_size=10"_s)), first);
    QCOMPARE(ids(m_client->get(list + u"?page=2&page_size=10"_s)), second); // spent

    QCOMPARE(m_client
                 ->control("POST", u"/_sandbox/faults"_s,
                           QJsonObject{{u"path"_s, u"/v2/messaging_hosted_number_orders"_s},
                                       {u"kind"_s, u"totals"_s},
                                       {u"total"_s, 2000000000.0}})
                 .status,
             201);
    const QJsonObject meta = m_client->get(u"/messaging_hosted_number_orders?page[size]=5"_s)
                                 .json()[u"meta"_s]
                                 .toObject();
    QCOMPARE(meta[u"total_pages"_s].toDouble(), 2e9);
    QCOMPARE(meta[u"total_results"_s].toDouble(), 2e9);
    QCOMPARE(meta[u"page_size"_s].toInt(), 5);

    const Answer refused = m_client->control(
        "POST", u"/_sandbox/faults"_s,
        QJsonObject{{u"path"_s, u"/v2/x"_s}, {u"kind"_s, u"repeat_page"_s}, {u"skip"_s, -1}});
    QCOMPARE(refused.status, 422);
}

void TestSandboxControl::mode_realisticClampsPageSizesSilently()
{
    const auto switchTo = [this](bool realistic) {
        const Answer answer = m_client->control("POST", u"/_sandbox/mode"_s,
                                                QJsonObject{{u"realistic"_s, realistic}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.data()[u"realistic"_s].toBool(), realistic);
    };
    const QString list = u"/messaging_tollfree/verification/requests?page_size=1000"_s;

    // Default: 1000 is honoured, 1001 refused with a pointer to the parameter.
    const QJsonObject whole = m_client->get(list).json();
    QVERIFY(whole[u"total_records"_s].toInt() > 100);
    QCOMPARE(whole[u"records"_s].toArray().size(), qMin(1000, whole[u"total_records"_s].toInt()));
    QCOMPARE(m_client->get(u"/messaging_url_domains?page[size]=1001"_s).status, 422);

    switchTo(true);
    QCOMPARE(m_client->control("GET", u"/_sandbox/mode"_s).data()[u"realistic"_s].toBool(), true);
    const QJsonObject clamped = m_client->get(list).json();
    QCOMPARE(clamped[u"records"_s].toArray().size(), 100);
    QCOMPARE(clamped[u"total_records"_s].toInt(), whole[u"total_records"_s].toInt());
    const QJsonObject orders =
        m_client->get(u"/messaging_hosted_number_orders?page[size]=100000"_s).json();
    QCOMPARE(orders[u"meta"_s][u"page_size"_s].toInt(), 250);
    QCOMPARE(orders[u"data"_s].toArray().size(),
             qMin(250, orders[u"meta"_s][u"total_results"_s].toInt()));
    QCOMPARE(m_client->get(u"/messaging_url_domains?page[size]=1001"_s).status, 200);
    QCOMPARE(
        m_client->control("POST", u"/_sandbox/mode"_s, QJsonObject{{u"realistic"_s, 1}}).status,
        422);
    switchTo(false);
}

namespace {

// One request written by hand on a socket, as curl or a browser would send it; returns the
// status code of the answer (0 when none came).
int rawStatus(quint16 port, const QByteArray &request)
{
    // The server runs on this thread: wait with the event loop turning, never blocking it.
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return 0;
    socket.write(request);
    if (!QTest::qWaitFor([&] { return answer.contains("\r\n"); }, 5000))
        return 0;
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
}

} // namespace

void TestSandboxControl::door_controlNeedsTheTokenAndJson()
{
    const quint16 port = m_server->port();
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    const QByteArray token = "X-Sandbox-Token: " + m_server->controlToken().toUtf8() + "\r\n";
    const QByteArray reset = R"({"seed": 1})";
    const auto post = [&](const QByteArray &headers) {
        return rawStatus(port, "POST /_sandbox/faults HTTP/1.1\r\n" + host + headers +
                                   "Content-Length: " + QByteArray::number(reset.size()) +
                                   "\r\n\r\n" + reset);
    };
    QVERIFY(!m_server->controlToken().isEmpty());
    QCOMPARE(rawStatus(port, "GET /_sandbox/requests HTTP/1.1\r\n" + host + "\r\n"), 403);
    QCOMPARE(rawStatus(port, "GET /_sandbox/requests HTTP/1.1\r\n" + host +
                                 "X-Sandbox-Token: wrong\r\n\r\n"),
             403);
    QCOMPARE(rawStatus(port, "GET /_sandbox/requests HTTP/1.1\r\n" + host + token + "\r\n"), 200);
    // A form post, the kind a web page may send anywhere without asking: refused.
    QCOMPARE(post(token + "Content-Type: text/plain\r\n"), 415);
    QCOMPARE(post(token), 415);
    QCOMPARE(post("Content-Type: application/json\r\n"), 403);
    // With both, the control surface answers (here: the fault description is incomplete).
    QCOMPARE(post(token + "Content-Type: application/json\r\n"), 422);
    QVERIFY(m_client->control("GET", u"/_sandbox/faults"_s).data().toArray().isEmpty());
}

void TestSandboxControl::door_foreignHostOrOriginIsRefused()
{
    const quint16 port = m_server->port();
    const QByteArray key = "Authorization: Bearer " + SandboxTest::apiKey.toUtf8() + "\r\n";
    const QByteArray token = "X-Sandbox-Token: " + m_server->controlToken().toUtf8() + "\r\n";
    const auto get = [&](const QByteArray &path, const QByteArray &headers) {
        return rawStatus(port, "GET " + path + " HTTP/1.1\r\n" + headers + "\r\n");
    };
    const QByteArray api = "/v2/messaging_url_domains";
    const QByteArray control = "/_sandbox/clock";
    const QByteArray portText = QByteArray::number(port);
    const QList<QByteArray> loopbacks{"127.0.0.1:" + portText, "localhost:" + portText,
                                      "[::1]:" + portText, "localhost"};
    for (const QByteArray &loopback : loopbacks) {
        QCOMPARE(get(api, "Host: " + loopback + "\r\n" + key), 200);
        QCOMPARE(get(control, "Host: " + loopback + "\r\n" + token), 200);
    }
    // DNS rebinding: a name of the attacker's that resolves to 127.0.0.1.
    const QByteArray foreign = "Host: rebind.example.com:" + portText + "\r\n";
    QCOMPARE(get(api, foreign + key), 403);
    QCOMPARE(get(control, foreign + token), 403);
    // A page's fetch() carries an Origin, whatever the host.
    const QByteArray local = "Host: 127.0.0.1:" + portText + "\r\n";
    QCOMPARE(get(api, local + key + "Origin: https://evil.example\r\n"), 403);
    QCOMPARE(get(control, local + token + "Origin: null\r\n"), 403);
}

void TestSandboxControl::door_logKeepsNoBodiesUnlessAsked()
{
    SandboxOptions options;
    options.apiKey = SandboxTest::apiKey;
    SandboxServer quiet(options); // no logBodies
    QVERIFY(quiet.listen() != 0);
    SandboxTest::Client client(quiet.baseUrl(), quiet.controlToken());
    const QJsonObject body{{u"phone_numbers"_s, QJsonArray{u"+13125550123"_s}}};
    QCOMPARE(
        client.post(u"/messaging_hosted_number_orders/eligibility_numbers_check"_s, body).status,
        200);
    const QJsonArray log =
        client.control("GET", u"/_sandbox/requests"_s).json()[u"log"_s].toArray();
    QCOMPARE(log.size(), 1);
    QVERIFY(log.at(0)[u"body"_s].isNull());
    QVERIFY(log.at(0)[u"body_size"_s].toInt() > 10); // the size is no secret
}

void TestSandboxControl::requests_countOnlyV2AndReset()
{
    for (int i = 0; i < 3; ++i)
        m_client->get(u"/messaging_url_domains?page[size]=2"_s);
    m_client->post(u"/messaging_hosted_number_orders/eligibility_numbers_check"_s,
                   QJsonObject{{u"phone_numbers"_s, QJsonArray{u"+13125550123"_s}}});
    m_client->control("GET", u"/_sandbox/clock"_s);

    const QJsonObject seen = m_client->control("GET", u"/_sandbox/requests"_s).json();
    const QJsonObject counts = seen.value(u"counts"_s).toObject();
    QCOMPARE(counts.value(u"GET /v2/messaging_url_domains"_s).toInt(), 3);
    QCOMPARE(counts.value(u"POST /v2/messaging_hosted_number_orders/eligibility_numbers_check"_s)
                 .toInt(),
             1);
    QCOMPARE(counts.size(), 2); // /_sandbox requests are not counted
    const QJsonArray log = seen.value(u"log"_s).toArray();
    QCOMPARE(log.size(), 4);
    const QJsonObject post = log[3].toObject();
    QCOMPARE(post.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(post.value(u"content_type"_s).toString(), u"application/json"_s);
    QCOMPARE(post.value(u"body"_s)[u"phone_numbers"_s][0].toString(), u"+13125550123"_s);
    QVERIFY(post.value(u"body_size"_s).toInt() > 10);
    QCOMPARE(post.value(u"status"_s).toInt(), 200);
    QCOMPARE(log[0][u"query"_s].toString(), u"page[size]=2"_s);

    m_client->control("DELETE", u"/_sandbox/requests"_s);
    const QJsonObject cleared = m_client->control("GET", u"/_sandbox/requests"_s).json();
    QVERIFY(cleared.value(u"counts"_s).toObject().isEmpty());
    QVERIFY(cleared.value(u"log"_s).toArray().isEmpty());
}

void TestSandboxControl::body_over20MegabytesIs413()
{
    const QByteArray huge(SandboxState::maximumBodyBytes + 1024, 'x');
    const Answer answer = m_client->send(
        "POST", u"/messaging_hosted_number_orders/eligibility_numbers_check"_s, huge);
    QCOMPARE(answer.status, 413);
    QCOMPARE(answer.json().value(u"errors"_s)[0][u"code"_s].toString(), u"10013"_s);
    QCOMPARE(m_client->get(u"/messaging_url_domains"_s).status, 200);
}

void TestSandboxControl::clock_advanceAndSpeed()
{
    const QJsonObject before = m_client->control("GET", u"/_sandbox/clock"_s).json();
    QCOMPARE(before.value(u"speed"_s).toDouble(), 0.0);
    const QJsonObject after =
        m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 90}}).json();
    QCOMPARE(qint64(after.value(u"now_ms"_s).toDouble()) -
                 qint64(before.value(u"now_ms"_s).toDouble()),
             qint64(90000));
    QCOMPARE(
        m_client->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, -5}}).status,
        422);

    m_client->control("POST", u"/_sandbox/clock"_s, QJsonObject{{u"speed"_s, 3600}});
    const double start =
        m_client->control("GET", u"/_sandbox/clock"_s).json()[u"now_ms"_s].toDouble();
    QElapsedTimer real;
    real.start();
    // At 3600 virtual seconds per real one, 0.3 real seconds ≈ 18 virtual minutes: wait for the
    // sandbox's clock to get there (at the default speed of 60 it would take 18 s).
    double later = start;
    QTRY_VERIFY_WITH_TIMEOUT(
        (later = m_client->control("GET", u"/_sandbox/clock"_s).json()[u"now_ms"_s].toDouble()) -
                start >=
            0.3 * 3600 * 1000,
        5000);
    QVERIFY(later - start >= 0.25 * 3600 * 1000);
    // ...and not faster than the speed: virtual time per real time stays near 3600.
    QVERIFY2(later - start <= (real.elapsed() + 50) * 3600 * 1.1,
             qPrintable(u"%1 virtual ms in %2 real ms"_s.arg(later - start).arg(real.elapsed())));
    m_client->control("POST", u"/_sandbox/clock"_s, QJsonObject{{u"speed"_s, 0}});
}

void TestSandboxControl::reset_regeneratesFromSeed()
{
    const Answer reset = m_client->control("POST", u"/_sandbox/reset"_s,
                                           QJsonObject{{u"seed"_s, 9}, {u"records"_s, 25}});
    QCOMPARE(reset.status, 200);
    QCOMPARE(m_client->get(u"/messaging_tollfree/verification/requests?page=1&page_size=5"_s)
                 .json()[u"total_records"_s]
                 .toInt(),
             25);
    QCOMPARE(m_client->get(u"/messaging_hosted_number_orders"_s)
                 .json()[u"meta"_s][u"total_results"_s]
                 .toInt(),
             25);
    m_client->control("POST", u"/_sandbox/reset"_s, QJsonObject{{u"seed"_s, 1}, {u"records"_s, 0}});
    QCOMPARE(m_client->get(u"/messaging_tollfree/verification/requests?page=1&page_size=5"_s)
                 .json()[u"total_records"_s]
                 .toInt(),
             SandboxState::defaultTollFreeRecords);
    m_client->control("POST", u"/_sandbox/clock"_s, QJsonObject{{u"speed"_s, 0}});
}

void TestSandboxControl::seed_sameSeedSameData()
{
    SandboxOptions options;
    options.seed = 77;
    options.speed = 0;
    SandboxState first(options);
    SandboxState second(options);
    options.seed = 78;
    SandboxState other(options);
    const SandboxRequest request = SandboxRequest::make(
        u"GET"_s, u"/v2/messaging_tollfree/verification/requests?page=2&page_size=10"_s, {},
        {{"Authorization", "Bearer k"}});
    const QJsonArray a = first.handle(request).object().value(u"records"_s).toArray();
    const QJsonArray b = second.handle(request).object().value(u"records"_s).toArray();
    const QJsonArray c = other.handle(request).object().value(u"records"_s).toArray();
    QCOMPARE(a.size(), 10);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i][u"id"_s], b[i][u"id"_s]);
        QCOMPARE(a[i][u"businessName"_s], b[i][u"businessName"_s]);
        QCOMPARE(a[i][u"verificationStatus"_s], b[i][u"verificationStatus"_s]);
    }
    QVERIFY(a[0][u"id"_s] != c[0][u"id"_s]);
}

void TestSandboxControl::stateFile_roundTrip()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SandboxOptions options;
    options.apiKey = SandboxTest::apiKey;
    options.speed = 0;
    options.stateFile = directory.filePath(u"state.json"_s);

    QString tollFreeId;
    QString orderId;
    QJsonArray firstPage;
    {
        SandboxServer server(options);
        QVERIFY(server.listen() != 0);
        SandboxTest::Client client(server.baseUrl(), server.controlToken());
        tollFreeId = client
                         .post(u"/messaging_tollfree/verification/requests"_s,
                               SandboxTest::tollFreeBody(u"Persisted Co [customer]"_s))
                         .json()[u"id"_s]
                         .toString();
        orderId = client
                      .post(u"/messaging_hosted_number_orders"_s,
                            QJsonObject{{u"phone_numbers"_s, QJsonArray{u"+13125553001"_s}}})
                      .data()[u"id"_s]
                      .toString();
        QCOMPARE(
            client
                .upload(u"/messaging_hosted_number_orders/%1/actions/file_upload"_s.arg(orderId),
                        {{"loa", "loa.pdf", "application/pdf", SandboxTest::pdfBytes("kept")}})
                .status,
            200);
        client.post(u"/messaging_hosted_number_orders/%1/verification_codes"_s.arg(orderId),
                    QJsonObject{{u"phone_numbers"_s, QJsonArray{u"+13125553001"_s}},
                                {u"verification_method"_s, u"sms"_s}});
        client.patch(u"/messaging/rcs/agents/sandbox_demo_agent"_s,
                     QJsonObject{{u"webhook_url"_s, u"https://kept.example.com/rcs"_s}});
        client.control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 3600}});
        firstPage = client.get(u"/messaging_tollfree/verification/requests?page=2&page_size=5"_s)
                        .json()[u"records"_s]
                        .toArray();
        // The debounced save fires on its own.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(options.stateFile), 5000);
    }

    SandboxServer reloaded(options);
    QVERIFY(reloaded.state().loadedFromFile());
    QVERIFY(reloaded.listen() != 0);
    SandboxTest::Client client(reloaded.baseUrl(), reloaded.controlToken());
    const QJsonObject request =
        client.get(u"/messaging_tollfree/verification/requests/"_s + tollFreeId).json();
    QCOMPARE(request.value(u"businessName"_s).toString(), u"Persisted Co [customer]"_s);
    QCOMPARE(request.value(u"verificationStatus"_s).toString(), u"Waiting For Telnyx"_s);
    // The automation carries on where it stopped.
    client.control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 3600}});
    QCOMPARE(client.get(u"/messaging_tollfree/verification/requests/"_s + tollFreeId)
                 .json()[u"verificationStatus"_s]
                 .toString(),
             u"Waiting For Customer"_s);

    QCOMPARE(
        client.get(u"/messaging_hosted_number_orders/"_s + orderId).data()[u"status"_s].toString(),
        u"incomplete_documentation"_s);
    const QJsonObject uploads =
        client.control("GET", u"/_sandbox/uploads/"_s + orderId).data().toObject();
    QCOMPARE(QByteArray::fromBase64(uploads[u"parts"_s][0][u"base64"_s].toString().toLatin1()),
             SandboxTest::pdfBytes("kept"));
    QCOMPARE(client.control("GET", u"/_sandbox/verification_codes?order_id="_s + orderId)
                 .data()
                 .toArray()
                 .size(),
             1);
    QCOMPARE(client.get(u"/messaging/rcs/agents/sandbox_demo_agent"_s)
                 .data()[u"webhook_url"_s]
                 .toString(),
             u"https://kept.example.com/rcs"_s);
    QCOMPARE(client.get(u"/messaging_tollfree/verification/requests?page=2&page_size=5"_s)
                 .json()[u"records"_s]
                 .toArray(),
             firstPage);

    // New ids do not collide with the ones created before the restart.
    const QString another = client
                                .post(u"/messaging_tollfree/verification/requests"_s,
                                      SandboxTest::tollFreeBody(u"After Restart"_s))
                                .json()[u"id"_s]
                                .toString();
    QVERIFY(!another.isEmpty());
    QVERIFY(another != tollFreeId);
}

void TestSandboxControl::stateFile_corruptFileFallsBackToSeed()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"telnyx-sandbox-state\", \"version\": 1, \"tollfree\": ");
    file.close();
    SandboxOptions options;
    options.stateFile = path;
    options.speed = 0;
    SandboxState state(options);
    QVERIFY(!state.loadedFromFile());
    QCOMPARE(state.tollFree().size(), SandboxState::defaultTollFreeRecords);
}

void TestSandboxControl::records_hundredThousandGenerateAndPage()
{
    SandboxOptions options;
    options.records = 100000;
    options.speed = 0;
    QElapsedTimer timer;
    timer.start();
    SandboxState state(options);
    const qint64 generation = timer.elapsed();
    qInfo() << "generated 100000 + 100000 records in" << generation << "ms";
    QVERIFY2(generation < 30000, qPrintable(QString::number(generation)));
    QCOMPARE(state.tollFree().size(), 100000);
    QCOMPARE(state.hosted().size(), 100000);

    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer k"}};
    timer.restart();
    const QJsonObject deep =
        state
            .handle(SandboxRequest::make(
                u"GET"_s, u"/v2/messaging_tollfree/verification/requests?page=4000&page_size=25"_s,
                {}, auth))
            .object();
    QCOMPARE(deep.value(u"total_records"_s).toInt(), 100000);
    QCOMPARE(deep.value(u"records"_s).toArray().size(), 25);
    const QJsonObject last =
        state
            .handle(SandboxRequest::make(
                u"GET"_s, u"/v2/messaging_hosted_number_orders?page[number]=1112&page[size]=90"_s,
                {}, auth))
            .object();
    QCOMPARE(last.value(u"data"_s).toArray().size(), 100000 - 1111 * 90);
    QCOMPARE(last.value(u"meta"_s)[u"total_pages"_s].toInt(), 1112);
    const QJsonObject filtered =
        state
            .handle(SandboxRequest::make(
                u"GET"_s,
                u"/v2/messaging_tollfree/verification/requests?page=1&page_size=10&status=Rejected&business_name=dental"_s,
                {}, auth))
            .object();
    QVERIFY(filtered.value(u"total_records"_s).toInt() > 100);
    qInfo() << "three large-list requests took" << timer.elapsed() << "ms";
}

void TestSandboxControl::latency_holdsEachAnswerButNotTheOthers()
{
    SandboxOptions options;
    options.apiKey = SandboxTest::apiKey;
    options.speed = 0;
    options.latencyMs = 400;
    SandboxServer slow(options);
    QVERIFY(slow.listen() != 0);
    SandboxTest::Client client(slow.baseUrl(), slow.controlToken());

    // One answer: at least the latency less its quarter of jitter.
    const Answer one = client.get(u"/messaging_url_domains"_s);
    QCOMPARE(one.status, 200);
    QVERIFY2(one.elapsedMs >= 300, qPrintable(QString::number(one.elapsedMs)));
    // The control surface is not held.
    QCOMPARE(client.control("DELETE", u"/_sandbox/requests"_s).status, 200);

    // Two at once, on two connections: when the first answer arrives (the latency later), the
    // second request has long been handled; latency holds answers, not the server.
    QNetworkAccessManager network;
    const auto request = [&](const QString &target) {
        QNetworkRequest r(client.url(target));
        r.setRawHeader("Authorization", "Bearer " + SandboxTest::apiKey.toUtf8());
        return network.get(r);
    };
    QNetworkReply *first = request(u"/messaging_url_domains"_s);
    QNetworkReply *second = request(u"/messaging/rcs/agents"_s);
    int handledWhenFirstAnswered = -1;
    connect(first, &QNetworkReply::finished, this, [&] {
        handledWhenFirstAnswered =
            client.control("GET", u"/_sandbox/requests"_s).json().value(u"total"_s).toInt();
    });
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 10000);
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(handledWhenFirstAnswered, 2);
    first->deleteLater();
    second->deleteLater();
}

void TestSandboxControl::host_servesFromItsOwnThread()
{
    SandboxOptions options;
    options.apiKey = SandboxTest::apiKey;
    auto host = std::make_unique<SandboxHost>(options);
    QSignalSpy ready(host.get(), &SandboxHost::ready);
    QSignalSpy failed(host.get(), &SandboxHost::failed);
    host->start();
    QVERIFY(ready.wait(30000));
    QCOMPARE(failed.count(), 0);
    const QUrl base = ready.at(0).at(0).toUrl();
    QCOMPARE(base, host->baseUrl());
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QVERIFY(!host->controlToken().isEmpty());
    SandboxTest::Client client(base, host->controlToken());
    QCOMPARE(client.get(u"/messaging/rcs/agents"_s).status, 200);
    QCOMPARE(client.control("GET", u"/_sandbox/clock"_s).status, 200);
    host.reset(); // joins the thread
    QCOMPARE(client.get(u"/messaging/rcs/agents"_s).status, 0);
}

void TestSandboxControl::binary_printsListeningLineFirstAndExitsCleanly()
{
    const QString binary = qEnvironmentVariable("TELNYX_SANDBOX_BIN");
    if (binary.isEmpty())
        QSKIP("TELNYX_SANDBOX_BIN is not set");
    QTemporaryDir directory;
    const QString statePath = directory.filePath(u"binary-state.json"_s);
    QProcess process;
    process.start(binary, {u"--port"_s, u"0"_s, u"--api-key"_s, u"bin-key"_s, u"--speed"_s, u"0"_s,
                           u"--seed"_s, u"5"_s, u"--state"_s, statePath});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+)/v2)$"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QVERIFY(match.captured(2).toInt() > 0);
    // The second line: the token of the control surface.
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30000);
    const QString tokenLine = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(tokenLine.startsWith(u"control token: "_s), qPrintable(tokenLine));
    const QString token = tokenLine.mid(15);
    QVERIFY(token.size() >= 16);

    SandboxTest::Client client(QUrl(match.captured(1)), token, u"bin-key"_s);
    QCOMPARE(client.control("GET", u"/_sandbox/clock"_s).status, 200);
    QCOMPARE(client.get(u"/messaging_url_domains"_s).status, 200);
    SandboxTest::Client wrongKey(QUrl(match.captured(1)), token, u"other"_s);
    QCOMPARE(wrongKey.get(u"/messaging_url_domains"_s).status, 401);
    client.post(u"/messaging_tollfree/verification/requests"_s,
                SandboxTest::tollFreeBody(u"Binary Saved"_s));

    process.terminate(); // SIGTERM: save and exit 0
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QFile state(statePath);
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(state.readAll().contains("Binary Saved"));
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandboxcontrol.moc"
