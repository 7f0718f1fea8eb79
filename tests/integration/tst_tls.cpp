#include "api/apiclient.h"
#include "api/hostedapi.h"
#include "api/urldomainsapi.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

// TLS failures fail the request and are never ignored; the key never reaches a log line.
class TestTls : public QObject
{
    Q_OBJECT

    // The test server's TLS setup: the self-signed certificate for 127.0.0.1 and its key.
    static QSslConfiguration selfSignedServerConfiguration()
    {
        QFile certificateFile(QStringLiteral(CONSOLE_TEST_DATA "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(CONSOLE_TEST_DATA "/selfsigned.key"));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return configuration;
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        return configuration;
    }

private Q_SLOTS:
    void selfSignedCertificateFailsTheCall()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend; TLS handling cannot be verified");
        const QSslConfiguration configuration = selfSignedServerConfiguration();
        QVERIFY(!configuration.localCertificate().isNull());

        QSslServer server;
        server.setSslConfiguration(configuration);
        int handshakesStarted = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this,
                [&](QSslSocket *) { ++handshakesStarted; });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v2").arg(server.serverPort())));
        client.setApiKey(QStringLiteral("KEYNEVERSENTOVERBADTLS"));
        ApiCall *call = UrlDomainsApi(&client).list(1);
        QSignalSpy failed(call, &ApiCall::failed);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Tls);
        QVERIFY(error.message().contains(QStringLiteral("could not be verified")));
        QVERIFY(handshakesStarted >= 1);
    }

    // Over TLS too, a create reaches the server at most once: a server that reads the POST on a
    // kept-alive connection and closes it without an answer sees it once, and the user is told
    // the outcome is unknown. (Qt 6.4's HTTP/1 channel would send it again on a new connection.)
    void aCreateOnADroppedConnectionArrivesOnce()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend; TLS handling cannot be verified");
        const QSslConfiguration configuration = selfSignedServerConfiguration();
        const QSslCertificate certificate = configuration.localCertificate();
        QVERIFY(!certificate.isNull());

        // A tiny HTTPS server: GETs are answered (keeping the connection), POSTs are read,
        // counted and answered by closing the connection.
        QSslServer server;
        server.setSslConfiguration(configuration);
        int posts = 0;
        int gets = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [&, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    const QByteArray head = buffer->left(headerEnd).toLower();
                    const qsizetype lengthAt = head.indexOf("content-length:");
                    const qsizetype length =
                        lengthAt < 0
                            ? 0
                            : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15)
                                  .trimmed()
                                  .toLongLong();
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    buffer->remove(0, headerEnd + 4 + length);
                    if (head.startsWith("post")) {
                        ++posts;
                        socket->abort();
                        return;
                    }
                    ++gets;
                    const QByteArray body = R"({"data": [], "meta": {"total_pages": 0}})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v2").arg(server.serverPort())));
        client.setApiKey(QStringLiteral("KEYTLSONCEONLY0123456789"));
        client.setExtraCaCertificates({certificate});
        // First a GET, so the connection is kept alive and the POST goes out on it, reused.
        ApiCall *list = UrlDomainsApi(&client).list(1);
        QSignalSpy listed(list, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 10000);

        HostedOrderCreateRequest create;
        create.phoneNumbers = {QStringLiteral("+13125550170")};
        ApiCall *call = HostedApi(&client).createOrder(create);
        QSignalSpy failed(call, &ApiCall::failed);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const ApiError error = failed.first().first().value<ApiError>();
        QVERIFY(error.isOutcomeUnknown());
        QVERIFY(error.message().contains(QStringLiteral("not known whether it was carried out")));
        // The transport's own second try would have arrived before the call could fail.
        QCOMPARE(gets, 1);
        QCOMPARE(posts, 1);
    }

    void apiKeyNeverAppearsInLogOutput()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("console.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                captured.append(QString::fromLatin1(context.category) + u' ' + message);
            });

        const QString key = QStringLiteral("KEY0123SECRETVALUE");
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/v2"))); // nothing listens
        client.setApiKey(key);
        RetryPolicy noRetry;
        noRetry.maxRetries = 0;
        client.setRetryPolicy(noRetry);
        ApiCall *call = UrlDomainsApi(&client).list(1);
        QSignalSpy failed(call, &ApiCall::failed);
        QTRY_COMPARE(failed.size(), 1);
        qInstallMessageHandler(previous);

        QVERIFY(!captured.isEmpty()); // the request was logged...
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(key) && !line.contains(QStringLiteral("SECRETVALUE")),
                     qPrintable(line)); // ...without the key
        QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
