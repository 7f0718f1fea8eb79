#pragma once

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/hostedapi.h"
#include "api/tollfreeapi.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// An in-process sandbox on a free loopback port, an ApiClient pointed at it, and helpers for
// the sandbox's /_sandbox control surface. For integration tests only.
class SandboxTestbed
{
public:
    static constexpr auto apiKey = "KEYTESTBED0123456789";

    explicit SandboxTestbed(SandboxOptions options = {})
    {
        if (options.apiKey.isEmpty())
            options.apiKey = QString::fromLatin1(apiKey);
        options.logBodies = true; // tests read what the sandbox received
        m_server = std::make_unique<SandboxServer>(options);
        m_port = m_server->listen(0);
        client.setBaseUrl(m_server->baseUrl());
        client.setApiKey(options.apiKey);
        client.setDefaultTimeoutMs(10000);
        // Every call is the client's child from its creation on: count the retries it schedules.
        QObject::connect(&client, &ApiClient::callsInFlightChanged, &client, [this] {
            for (ApiCall *call : client.findChildren<ApiCall *>(Qt::FindDirectChildrenOnly)) {
                if (call->property("testbedRetriesCounted").toBool())
                    continue;
                call->setProperty("testbedRetriesCounted", true);
                QObject::connect(call, &ApiCall::retryScheduled, &client,
                                 [this] { ++m_retriesScheduled; });
            }
        });
    }

    // A sandbox whose clock stands still: statuses move only through /_sandbox/advance.
    static std::unique_ptr<SandboxTestbed> withFrozenClock(SandboxOptions options = {})
    {
        options.speed = 0;
        return std::make_unique<SandboxTestbed>(options);
    }

    bool isListening() const { return m_port != 0; }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    SandboxServer &server() { return *m_server; }

    // Waits for a call to end; true when it succeeded.
    static bool wait(ApiCall *call, int timeoutMs = 15000)
    {
        if (!call)
            return false;
        QPointer<ApiCall> guard(call);
        bool succeeded = false;
        bool ended = false;
        QObject::connect(call, &ApiCall::finished, [&] { succeeded = true; });
        QObject::connect(call, &ApiCall::done, [&] { ended = true; });
        (void)QTest::qWaitFor([&] { return ended; }, timeoutMs);
        return ended && succeeded;
    }

    // Lets the event loop run until every call of the client has ended: answered (and the
    // answer handled), failed or cancelled. Afterwards no late answer can arrive any more, and a
    // request the code under test started (work it had queued included) has been answered, so
    // the request log counts it. This is what a negative check ("nothing was sent", "the stale
    // answer is not shown") waits for: a call that was not cancelled stays in flight until its
    // (delayed) answer has landed.
    bool waitUntilIdle(int timeoutMs = 15000)
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return QTest::qWaitFor([this] { return client.callsInFlight() == 0; }, timeoutMs);
    }

    // Waits until the sandbox has received at least `count` requests METHOD PATH
    // ("GET /v2/messaging_url_domains"), as its request log counts them.
    bool waitForRequests(const QString &methodAndPath, int count = 1, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return requestCount(methodAndPath) >= count; }, timeoutMs);
    }

    // Retries the client scheduled (ApiCall::retryScheduled) for any of its calls so far.
    int retriesScheduled() const { return m_retriesScheduled; }

    // The first toll-free request in `status`, found with the list's server-side filter; an
    // empty request (no id) when there is none.
    TollFreeVerificationRequest firstTollFreeWithStatus(const QString &status)
    {
        TollFreeListFilter filter;
        filter.status = status;
        auto *call = TollFreeApi(&client).list(filter, 1, 5);
        QList<TollFreeVerificationRequest> found;
        QObject::connect(call, &ApiCall::finished, [&] { found = call->result().items; });
        wait(call);
        return found.value(0);
    }

    // A hosted-number order with these numbers, made through the API as another window would;
    // an empty order (no id) when it was refused.
    HostedOrder createHostedOrder(const QStringList &phoneNumbers)
    {
        HostedOrderCreateRequest request;
        request.phoneNumbers = phoneNumbers;
        auto *call = HostedApi(&client).createOrder(request);
        HostedOrder order;
        QObject::connect(call, &ApiCall::finished, [&] { order = call->result(); });
        wait(call);
        return order;
    }

    // A raw request to the control surface (or anything else); returns the JSON answer.
    QJsonDocument control(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {}, int *status = nullptr)
    {
        QUrl url = m_server->baseUrl();
        const qsizetype queryStart = path.indexOf(u'?');
        url.setPath(path.left(queryStart));
        if (queryStart >= 0)
            url.setQuery(path.mid(queryStart + 1));
        QNetworkRequest request(url);
        request.setRawHeader("X-Sandbox-Token", m_server->controlToken().toUtf8());
        QByteArray payload;
        if (!body.isEmpty())
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!body.isEmpty() || method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return answer;
    }

    // Arms a fault; the test fails (QVERIFY in the caller's test function) when the sandbox
    // refuses the description, so a typo never turns into a test of nothing.
    void addFault(const QJsonObject &fault)
    {
        int status = 0;
        const QJsonDocument answer =
            control("POST", QStringLiteral("/_sandbox/faults"), fault, &status);
        QVERIFY2(status == 201,
                 qPrintable(QStringLiteral("the sandbox refused the fault %1: %2")
                                .arg(QString::fromUtf8(
                                         QJsonDocument(fault).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(answer.toJson(QJsonDocument::Compact)))));
    }
    // One fault on METHOD PATH ("/v2/..."), e.g. kind "status" with {"status": 500}.
    void addFault(const QString &method, const QString &path, const QString &kind,
                  QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("method"), method);
        extra.insert(QStringLiteral("path"), path);
        extra.insert(QStringLiteral("kind"), kind);
        if (!extra.contains(QStringLiteral("count")))
            extra.insert(QStringLiteral("count"), 1);
        addFault(extra);
    }
    // Switches the sandbox's realistic mode (app/sandbox/README.md, "Realistic mode").
    bool setRealistic(bool realistic)
    {
        int status = 0;
        control("POST", QStringLiteral("/_sandbox/mode"),
                {{QStringLiteral("realistic"), realistic}}, &status);
        return status == 200;
    }
    // Between test functions: default mode, no faults armed, an empty request log.
    bool startAfresh()
    {
        if (!setRealistic(false))
            return false;
        clearFaults();
        resetRequests();
        return true;
    }
    void clearFaults() { control("DELETE", QStringLiteral("/_sandbox/faults")); }
    void resetRequests() { control("DELETE", QStringLiteral("/_sandbox/requests")); }
    QJsonObject requests() { return control("GET", QStringLiteral("/_sandbox/requests")).object(); }
    int requestCount(const QString &methodAndPath)
    {
        return requests()
            .value(QLatin1StringView("counts"))
            .toObject()
            .value(methodAndPath)
            .toInt();
    }
    // Requests whose METHOD PATH starts with `prefix` ("GET /v2/messaging/rcs/capabilities/"):
    // a path with ids in it.
    int requestCountStartingWith(const QString &prefix)
    {
        int count = 0;
        const QJsonObject counts = requests().value(QLatin1StringView("counts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (it.key().startsWith(prefix))
                count += it.value().toInt();
        }
        return count;
    }
    // The last code the sandbox "sent" to each number of a hosted-number order.
    QHash<QString, QString> verificationCodes(const QString &orderId)
    {
        QHash<QString, QString> codes;
        const QJsonArray data =
            control("GET", QStringLiteral("/_sandbox/verification_codes?order_id=") + orderId)
                .object()
                .value(QLatin1StringView("data"))
                .toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject entry = value.toObject();
            codes.insert(entry.value(QLatin1StringView("phone_number")).toString(),
                         entry.value(QLatin1StringView("code")).toString());
        }
        return codes;
    }
    QJsonArray requestLog() { return requests().value(QLatin1StringView("log")).toArray(); }

    ApiClient client;

private:
    std::unique_ptr<SandboxServer> m_server;
    quint16 m_port = 0;
    int m_retriesScheduled = 0;
    QNetworkAccessManager m_network;
};
