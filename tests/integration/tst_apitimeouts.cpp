#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/retrypolicy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

// The timeout is about silence: an answer that keeps arriving slowly completes, one that stops
// moving fails. A plain loopback HTTP server here controls the pace byte by byte, which the
// sandbox (answering at once, or after a fixed delay) cannot.
class TricklingServer : public QTcpServer
{
public:
    // Sends the headers at once, then one body byte every `intervalMs`, `bodyBytes` in all;
    // with stallAfter >= 0, stops sending after that many body bytes.
    TricklingServer(int bodyBytes, int intervalMs, int stallAfter = -1)
        : m_bodyBytes(bodyBytes)
        , m_intervalMs(intervalMs)
        , m_stallAfter(stallAfter)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_request += socket->readAll();
            if (!m_request.contains("\r\n\r\n") || m_answered)
                return;
            m_answered = true;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(m_bodyBytes) + "\r\n\r\n");
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<int>(0);
            connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent] {
                if (*sent == m_bodyBytes || *sent == m_stallAfter) {
                    timer->stop();
                    return;
                }
                // A JSON body of spaces around {}: "{" first, "}" last.
                const char byte = *sent == 0 ? '{' : (*sent == m_bodyBytes - 1 ? '}' : ' ');
                socket->write(&byte, 1);
                ++*sent;
            });
            timer->start(m_intervalMs);
        });
    }

    int m_bodyBytes;
    int m_intervalMs;
    int m_stallAfter;
    QByteArray m_request;
    bool m_answered = false;
};

class TestApiTimeouts : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ApiClient> clientFor(const QTcpServer &server)
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(server.serverPort())));
        client->setApiKey(QStringLiteral("KEYtimeouts"));
        RetryPolicy noRetry;
        noRetry.maxRetries = 0;
        client->setRetryPolicy(noRetry);
        return client;
    }

private Q_SLOTS:
    void answerThatKeepsMovingCompletes()
    {
        // 12 bytes, one every 100 ms: about 1.2 s in all, far past the 400 ms timeout.
        TricklingServer server(12, 100);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        auto client = clientFor(server);
        ApiCall *call = client->send(ApiRequest::get(QStringLiteral("/slow")));
        call->setTimeoutMs(400);
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy failed(call, &ApiCall::failed);
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 1, 5000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(timer.elapsed() >= 1000);
    }

    void answerThatStallsTimesOut()
    {
        // Three bytes, then silence.
        TricklingServer server(12, 50, 3);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        auto client = clientFor(server);
        ApiCall *call = client->send(ApiRequest::get(QStringLiteral("/stalls")));
        call->setTimeoutMs(400);
        QSignalSpy failed(call, &ApiCall::failed);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestApiTimeouts)
#include "tst_apitimeouts.moc"
