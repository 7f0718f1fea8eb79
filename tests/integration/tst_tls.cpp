#include "api/apiclient.h"
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

private Q_SLOTS:
    void selfSignedCertificateFailsTheCall()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend; TLS handling cannot be verified");
        QFile certificateFile(QStringLiteral(CONSOLE_TEST_DATA "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(CONSOLE_TEST_DATA "/selfsigned.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));

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
