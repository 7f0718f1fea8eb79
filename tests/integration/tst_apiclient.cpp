#include "api/hostedapi.h"
#include "api/pager.h"
#include "api/rcsapi.h"
#include "api/tollfreeapi.h"
#include "api/urldomainsapi.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"

#include <QElapsedTimer>

// ApiClient over real HTTP against the in-process sandbox: every endpoint, errors and faults.
class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;

    template<typename T> T resultOf(ApiCallOf<T> *call)
    {
        QPointer<ApiCall> guard(call);
        T value;
        call->onResult(call, [&](const T &result) { value = result; });
        const bool ok = SandboxTestbed::wait(call);
        if (!ok)
            qWarning() << "call failed";
        return value;
    }
    ApiError errorOf(ApiCall *call)
    {
        ApiError error;
        QObject::connect(call, &ApiCall::failed, [&](const ApiError &e) { error = e; });
        SandboxTestbed::wait(call);
        return error;
    }
    QList<TollFreeVerificationRequest> requestsWithStatus(const QString &status)
    {
        TollFreeListFilter filter;
        filter.status = status;
        return resultOf<PageOf<TollFreeVerificationRequest>>(
                   TollFreeApi(&m_bed->client).list(filter, 1, 20))
            .items;
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.speed = 0; // time moves only when a test advances it
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
    }
    void cleanup() { m_bed.reset(); }

    // --- Toll-free verification ---------------------------------------------------------

    void tollFreeCreateRetrieveListAndHistory()
    {
        TollFreeApi api(&m_bed->client);
        const TollFreeVerificationRequest sent =
            sampleTollFreeRequest(QStringLiteral("Zebra Clinic"));
        const auto created = resultOf<TollFreeVerificationRequest>(api.create(sent));
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(created.businessName, sent.businessName);
        QCOMPARE(created.phoneNumbers, sent.phoneNumbers);
        QCOMPARE(created.status(), TfvStatus::InProgress);

        const auto fetched = resultOf<TollFreeVerificationRequest>(api.retrieve(created.id));
        QCOMPARE(fetched.id, created.id);
        QCOMPARE(fetched.businessContactEmail, sent.businessContactEmail);
        QVERIFY(fetched.createdAt.isValid());

        TollFreeListFilter filter;
        filter.businessName = QStringLiteral("zebra clinic");
        const auto page = resultOf<PageOf<TollFreeVerificationRequest>>(api.list(filter, 1, 10));
        QCOMPARE(page.totalItems, 1);
        QCOMPARE(page.items.value(0).id, created.id);

        const auto history =
            resultOf<PageOf<TfvStatusChange>>(api.statusHistory(created.id, 1, 10));
        QVERIFY(history.totalItems >= 1);
        QCOMPARE(history.items.value(0).status(), TfvStatus::InProgress);
    }

    void tollFreeUpdateOfWaitingForCustomer()
    {
        const auto waiting = requestsWithStatus(QStringLiteral("Waiting For Customer"));
        QVERIFY(!waiting.isEmpty());
        TollFreeVerificationRequest fixed = waiting.first();
        QVERIFY(!fixed.reason.isEmpty());
        fixed.productionMessageContent =
            QStringLiteral("%1: your code is 1234. Reply STOP to opt out.").arg(fixed.businessName);
        const auto updated = resultOf<TollFreeVerificationRequest>(
            TollFreeApi(&m_bed->client).update(fixed.id, fixed));
        QCOMPARE(updated.id, fixed.id);
        QCOMPARE(updated.productionMessageContent, fixed.productionMessageContent);
        QCOMPARE(updated.status(), TfvStatus::InProgress);
    }

    void tollFreeDeleteOnlyWhenRejected()
    {
        TollFreeApi api(&m_bed->client);
        const auto verified = requestsWithStatus(QStringLiteral("Verified"));
        QVERIFY(!verified.isEmpty());
        const ApiError refused = errorOf(api.remove(verified.first().id));
        QCOMPARE(refused.httpStatus(), 400);

        const auto rejected = requestsWithStatus(QStringLiteral("Rejected"));
        QVERIFY(!rejected.isEmpty());
        QVERIFY(SandboxTestbed::wait(api.remove(rejected.first().id)));
        QCOMPARE(errorOf(api.retrieve(rejected.first().id)).httpStatus(), 404);
    }

    void tollFreeInvalidFieldsGive422WithPointers()
    {
        TollFreeVerificationRequest bad = sampleTollFreeRequest();
        bad.businessContactPhone = QStringLiteral("512-555-0100");
        bad.corporateWebsite.clear();
        bad.phoneNumbers = {QStringLiteral("+18885550101"), QStringLiteral("+15125550199")};
        const ApiError error = errorOf(TollFreeApi(&m_bed->client).create(bad));
        QCOMPARE(error.httpStatus(), 422);
        QVERIFY(!error.detailForPointer(QStringLiteral("/businessContactPhone")).isEmpty());
        QVERIFY(!error.detailForPointer(QStringLiteral("/corporateWebsite")).isEmpty());
        QVERIFY(!error.detailForPointer(QStringLiteral("/phoneNumbers/1/phoneNumber")).isEmpty());
        QVERIFY(error.detailForPointer(QStringLiteral("/businessName")).isEmpty());
        QCOMPARE(m_bed->requestCount(
                     QStringLiteral("POST /v2/messaging_tollfree/verification/requests")),
                 1);
    }

    void tollFreeStatusAdvancesWithTime()
    {
        TollFreeApi api(&m_bed->client);
        const auto created =
            resultOf<TollFreeVerificationRequest>(api.create(sampleTollFreeRequest()));
        m_bed->control("POST", QStringLiteral("/_sandbox/advance"),
                       {{QStringLiteral("seconds"), 30 * 86400}});
        const auto later = resultOf<TollFreeVerificationRequest>(api.retrieve(created.id));
        QVERIFY(later.status() != TfvStatus::InProgress);
        const auto history =
            resultOf<PageOf<TfvStatusChange>>(api.statusHistory(created.id, 1, 50));
        QVERIFY2(history.totalItems >= 3, qPrintable(QString::number(history.totalItems)));
        QCOMPARE(history.items.size(), history.totalItems);
    }

    // --- Hosted numbers -------------------------------------------------------------------

    void hostedOrderFullFlow()
    {
        HostedApi api(&m_bed->client);
        const QStringList numbers{QStringLiteral("+13125550101"), QStringLiteral("+13125550102")};
        const auto eligibility = resultOf<QList<EligibilityResult>>(
            api.checkEligibility(numbers + QStringList{QStringLiteral("+442071234567")}));
        QCOMPARE(eligibility.size(), 3);
        QVERIFY(eligibility.at(0).eligible);
        QVERIFY(!eligibility.at(2).eligible);
        QCOMPARE(eligibility.at(2).eligibleStatus, QStringLiteral("NUMBER_IS_NOT_A_US_NUMBER"));

        HostedOrderCreateRequest create;
        create.phoneNumbers = numbers;
        create.messagingProfileId = QStringLiteral("4001767e-ce0f-4cae-9d5f-0d5e636e7809");
        const auto order = resultOf<HostedOrder>(api.createOrder(create));
        QVERIFY(!order.id.isEmpty());
        QCOMPARE(order.phoneNumberList(), numbers);

        const QByteArray pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
        ApiCall *upload = api.uploadDocuments(
            order.id, HostedApi::pdfPart("loa", QStringLiteral("loa.pdf"), pdf),
            HostedApi::pdfPart("bill", QStringLiteral("bill.pdf"), pdf + "bill"));
        QSignalSpy progress(upload, &ApiCall::uploadProgressed);
        QVERIFY(SandboxTestbed::wait(upload));
        QVERIFY(!progress.isEmpty());
        const QJsonArray parts =
            m_bed->control("GET", QStringLiteral("/_sandbox/uploads/") + order.id)
                .object()
                .value(QLatin1StringView("data"))
                .toObject()
                .value(QLatin1StringView("parts"))
                .toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0)[QLatin1StringView("name")].toString(), QStringLiteral("loa"));
        QCOMPARE(parts.at(1)[QLatin1StringView("content_type")].toString(),
                 QStringLiteral("application/pdf"));
        QCOMPARE(
            QByteArray::fromBase64(parts.at(1)[QLatin1StringView("base64")].toString().toLatin1()),
            pdf + "bill");

        VerificationCodesRequest codesRequest;
        codesRequest.phoneNumbers = numbers;
        codesRequest.verificationMethod = QStringLiteral("sms");
        const auto sent = resultOf<QList<VerificationCodeResult>>(
            api.createVerificationCodes(order.id, codesRequest));
        QCOMPARE(sent.size(), 2);

        const QJsonArray codes =
            m_bed
                ->control("GET",
                          QStringLiteral("/_sandbox/verification_codes?order_id=") + order.id)
                .object()
                .value(QLatin1StringView("data"))
                .toArray();
        QCOMPARE(codes.size(), 2);
        ValidationCodesRequest validation;
        for (const QJsonValue &code : codes) {
            const QString number = code[QLatin1StringView("phone_number")].toString();
            QString value = code[QLatin1StringView("code")].toString();
            if (number == numbers.at(1))
                value = QStringLiteral("000000") == value ? QStringLiteral("111111")
                                                          : QStringLiteral("000000");
            validation.verificationCodes.append({number, value});
        }
        const auto validated =
            resultOf<CodeValidationResult>(api.validateCodes(order.id, validation));
        QCOMPARE(validated.orderId, order.id);
        QCOMPARE(validated.numbers.size(), 2);
        for (const CodeValidationNumber &n : validated.numbers)
            QCOMPARE(n.status, n.phoneNumber == numbers.at(0) ? QStringLiteral("verified")
                                                              : QStringLiteral("rejected"));

        const auto fetched = resultOf<HostedOrder>(api.retrieveOrder(order.id));
        QCOMPARE(fetched.id, order.id);

        const auto deletedNumberOrder =
            resultOf<HostedOrder>(api.deleteNumber(fetched.phoneNumbers.at(1).id));
        QCOMPARE(deletedNumberOrder.id, order.id);
        const auto deleted = resultOf<HostedOrder>(api.deleteOrder(order.id));
        QCOMPARE(deleted.id, order.id);
        QCOMPARE(errorOf(api.retrieveOrder(order.id)).httpStatus(), 404);
    }

    void hostedListsAndNumberReads()
    {
        HostedApi api(&m_bed->client);
        const auto orders = resultOf<PageOf<HostedOrder>>(api.listOrders(1, 10));
        QCOMPARE(orders.items.size(), 10);
        QVERIFY(orders.totalItems >= 40);
        const auto numbers = resultOf<PageOf<MessagingHostedNumber>>(api.listNumbers(1, 5));
        QVERIFY(!numbers.items.isEmpty());
        const auto number =
            resultOf<MessagingHostedNumber>(api.retrieveNumber(numbers.items.first().id));
        QCOMPARE(number.phoneNumber, numbers.items.first().phoneNumber);
    }

    void uploadOfNonPdfIsRefusedByServer()
    {
        HostedApi api(&m_bed->client);
        HostedOrderCreateRequest create;
        create.phoneNumbers = {QStringLiteral("+13125550150")};
        const auto order = resultOf<HostedOrder>(api.createOrder(create));
        const ApiError error = errorOf(api.uploadDocuments(
            order.id, HostedApi::pdfPart("loa", QStringLiteral("loa.pdf"), "just text"),
            HostedApi::pdfPart("bill", QStringLiteral("bill.pdf"), "%PDF-1.4\n%%EOF")));
        QCOMPARE(error.httpStatus(), 422);
    }

    // --- RCS and URL domains ----------------------------------------------------------------

    void rcsEndpoints()
    {
        RcsApi api(&m_bed->client);
        const auto agents = resultOf<PageOf<RcsAgent>>(api.listAgents(1, 50));
        QVERIFY(agents.items.size() >= 6);
        const QString agentId = agents.items.first().agentId;
        QCOMPARE(resultOf<RcsAgent>(api.retrieveAgent(agentId)).agentId, agentId);

        RcsAgentUpdate update;
        update.webhookUrl = PatchString::set(QStringLiteral("https://hooks.example.com/rcs"));
        update.webhookFailoverUrl = PatchString::clear();
        const auto updated = resultOf<RcsAgent>(api.updateAgent(agentId, update));
        QCOMPARE(updated.webhookUrl.value_or(QString()),
                 QStringLiteral("https://hooks.example.com/rcs"));
        QVERIFY(!updated.webhookFailoverUrl.has_value() || updated.webhookFailoverUrl->isEmpty());

        RcsAgentUpdate insecure;
        insecure.webhookUrl = PatchString::set(QStringLiteral("http://hooks.example.com/rcs"));
        const ApiError refused = errorOf(api.updateAgent(agentId, insecure));
        QCOMPARE(refused.httpStatus(), 422);
        QVERIFY(!refused.detailForPointer(QStringLiteral("/webhook_url")).isEmpty());

        const auto single =
            resultOf<RcsCapabilities>(api.capabilities(agentId, QStringLiteral("+13125550002")));
        QCOMPARE(single.phoneNumber, QStringLiteral("+13125550002"));
        QStringList many;
        for (int i = 0; i < 100; ++i)
            many.append(QStringLiteral("+1312555%1").arg(i, 4, 10, QLatin1Char('0')));
        const auto bulk = resultOf<QList<RcsCapabilities>>(api.bulkCapabilities(agentId, many));
        QCOMPARE(bulk.size(), 100);

        const auto invite = resultOf<RcsTestNumberInvite>(
            api.inviteTestNumber(agentId, QStringLiteral("+13125550003")));
        QCOMPARE(invite.phoneNumber, QStringLiteral("+13125550003"));
        QVERIFY(!invite.status.isEmpty());

        const RcsMessageRequest message =
            sampleRcsTextMessage(agentId, QStringLiteral("+13125550004"),
                                 QStringLiteral("4001767e-ce0f-4cae-9d5f-0d5e636e7809"),
                                 QStringLiteral("Hello from the console"));
        const auto response = resultOf<RcsMessageResponse>(api.send(message));
        QVERIFY(!response.id.isEmpty());

        const auto link = resultOf<RcsDeeplink>(
            api.deeplink(agentId, QStringLiteral("+13125550005"), QStringLiteral("hi there")));
        QVERIFY(link.url.startsWith(QStringLiteral("sms:")));
    }

    void urlDomainsList()
    {
        const auto page = resultOf<PageOf<UrlDomain>>(UrlDomainsApi(&m_bed->client).list(1, 20));
        QVERIFY(!page.items.isEmpty());
        QVERIFY(!page.items.first().urlDomain.isEmpty());
    }

    // --- Errors -------------------------------------------------------------------------

    void wrongKeyIs401AndAnnounced()
    {
        m_bed->client.setApiKey(QStringLiteral("KEYWRONG"));
        QSignalSpy announced(&m_bed->client, &ApiClient::authenticationFailed);
        const ApiError error = errorOf(UrlDomainsApi(&m_bed->client).list(1));
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(announced.size(), 1);
        QVERIFY(error.message().contains(QStringLiteral("API key")));
    }

    void unknownIdIs404()
    {
        const ApiError error =
            errorOf(TollFreeApi(&m_bed->client)
                        .retrieve(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QCOMPARE(error.httpStatus(), 404);
    }

    void plainHttpToRemoteHostIsRefusedBeforeSending()
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://api.example.com/v2")));
        client.setApiKey(QStringLiteral("KEYSECRET"));
        ApiCall *call = UrlDomainsApi(&client).list(1);
        ApiError error;
        connect(call, &ApiCall::failed, this, [&](const ApiError &e) { error = e; });
        QTRY_COMPARE(error.kind(), ApiError::Kind::InsecureUrl);
        QCOMPARE(client.callsInFlight(), 0);
    }

    // --- Faults and retries ------------------------------------------------------------------

    void rateLimitHonoursRetryAfterThenSucceeds()
    {
        m_bed->addFault(QStringLiteral("GET"), QStringLiteral("/v2/messaging_url_domains"),
                        QStringLiteral("status"),
                        {{QStringLiteral("status"), 429},
                         {QStringLiteral("retry_after"), 1},
                         {QStringLiteral("count"), 1}});
        QElapsedTimer timer;
        timer.start();
        ApiCall *call = UrlDomainsApi(&m_bed->client).list(1);
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        QVERIFY(SandboxTestbed::wait(call));
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(1).toInt(), 1000);
        QCOMPARE(m_bed->requestCount(QStringLiteral("GET /v2/messaging_url_domains")), 2);
    }

    void serverErrorOnCreateIsNotRetried()
    {
        m_bed->addFault(
            {{QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("path"), QStringLiteral("/v2/messaging_hosted_number_orders")},
             {QStringLiteral("kind"), QStringLiteral("status")},
             {QStringLiteral("status"), 500},
             {QStringLiteral("count"), 5}});
        HostedOrderCreateRequest create;
        create.phoneNumbers = {QStringLiteral("+13125550160")};
        const ApiError error = errorOf(HostedApi(&m_bed->client).createOrder(create));
        QCOMPARE(error.httpStatus(), 500);
        QVERIFY(!error.isSafeToRetry());
        QCOMPARE(m_bed->requestCount(QStringLiteral("POST /v2/messaging_hosted_number_orders")), 1);
    }

    void serverErrorOnGetIsRetriedTwice()
    {
        RetryPolicy fast;
        fast.initialBackoffMs = 20;
        m_bed->client.setRetryPolicy(fast);
        m_bed->addFault(QStringLiteral("GET"), QStringLiteral("/v2/messaging_url_domains"),
                        QStringLiteral("status"),
                        {{QStringLiteral("status"), 503}, {QStringLiteral("count"), 2}});
        QVERIFY(SandboxTestbed::wait(UrlDomainsApi(&m_bed->client).list(1)));
        QCOMPARE(m_bed->requestCount(QStringLiteral("GET /v2/messaging_url_domains")), 3);

        m_bed->resetRequests();
        m_bed->addFault(QStringLiteral("GET"), QStringLiteral("/v2/messaging_url_domains"),
                        QStringLiteral("status"),
                        {{QStringLiteral("status"), 503}, {QStringLiteral("count"), 3}});
        QCOMPARE(errorOf(UrlDomainsApi(&m_bed->client).list(1)).httpStatus(), 503);
        QCOMPARE(m_bed->requestCount(QStringLiteral("GET /v2/messaging_url_domains")), 3);
    }

    void malformedJsonIsAnErrorNotACrash()
    {
        m_bed->addFault(QStringLiteral("GET"), QStringLiteral("/v2/messaging/rcs/agents"),
                        QStringLiteral("malformed"), {{QStringLiteral("count"), 1}});
        const ApiError error = errorOf(RcsApi(&m_bed->client).listAgents(1));
        QCOMPARE(error.kind(), ApiError::Kind::Parse);
        QVERIFY(!error.message().isEmpty());
    }

    void droppedConnectionIsRetriedForGetButNotForPost()
    {
        RetryPolicy fast;
        fast.initialBackoffMs = 20;
        m_bed->client.setRetryPolicy(fast);
        m_bed->addFault(QStringLiteral("GET"), QStringLiteral("/v2/messaging_url_domains"),
                        QStringLiteral("drop"), {{QStringLiteral("count"), 1}});
        QVERIFY(SandboxTestbed::wait(UrlDomainsApi(&m_bed->client).list(1)));

        m_bed->resetRequests();
        m_bed->addFault(
            {{QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("path"), QStringLiteral("/v2/messaging_hosted_number_orders")},
             {QStringLiteral("kind"), QStringLiteral("drop")},
             {QStringLiteral("count"), 5}});
        HostedOrderCreateRequest create;
        create.phoneNumbers = {QStringLiteral("+13125550170")};
        ApiCall *call = HostedApi(&m_bed->client).createOrder(create);
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        const ApiError error = errorOf(call);
        QCOMPARE(error.kind(), ApiError::Kind::Network);
        QVERIFY(!error.isSafeToRetry());
        QVERIFY(error.isOutcomeUnknown());
        QVERIFY2(error.message().contains(QStringLiteral("not known whether it was carried out")),
                 qPrintable(error.message()));
        QCOMPARE(retries.size(), 0); // the console never resends a create
        // Nor does the transport: Qt 6.4's HTTP/1 channel would send it again on a dropped
        // kept-alive connection, but the body cannot be read twice (SingleUseBody).
        QCOMPARE(m_bed->requestCount(QStringLiteral("POST /v2/messaging_hosted_number_orders")), 1);
    }

    // A 3xx is an error that names where it points; nothing is sent there.
    void redirectIsAnErrorNamingTheTarget()
    {
        m_bed->resetRequests();
        const QString target = QStringLiteral("https://elsewhere.example/v2/messaging_url_domains");
        m_bed->addFault(
            QStringLiteral("GET"), QStringLiteral("/v2/messaging_url_domains"),
            QStringLiteral("status"),
            {{QStringLiteral("status"), 302},
             {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Location"), target}}},
             {QStringLiteral("count"), 1}});
        const ApiError error = errorOf(UrlDomainsApi(&m_bed->client).list(1));
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.httpStatus(), 302);
        QVERIFY2(error.message().contains(target), qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("does not follow redirects")));
        // One request, not retried and not followed.
        QCOMPARE(m_bed->requestCount(QStringLiteral("GET /v2/messaging_url_domains")), 1);
    }

    void slowAnswerTimesOut()
    {
        RetryPolicy noRetry;
        noRetry.maxRetries = 0;
        m_bed->client.setRetryPolicy(noRetry);
        m_bed->addFault(QStringLiteral("GET"), QStringLiteral("/v2/messaging_url_domains"),
                        QStringLiteral("delay"),
                        {{QStringLiteral("delay_ms"), 3000}, {QStringLiteral("count"), 1}});
        ApiCall *call = UrlDomainsApi(&m_bed->client).list(1);
        call->setTimeoutMs(300);
        QElapsedTimer timer;
        timer.start();
        const ApiError error = errorOf(call);
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 2500);
    }

    void cancelStopsTheCall()
    {
        m_bed->addFault(QStringLiteral("GET"), QStringLiteral("/v2/messaging_url_domains"),
                        QStringLiteral("delay"),
                        {{QStringLiteral("delay_ms"), 3000}, {QStringLiteral("count"), 1}});
        ApiCall *call = UrlDomainsApi(&m_bed->client).list(1);
        QSignalSpy failed(call, &ApiCall::failed);
        QSignalSpy inFlight(&m_bed->client, &ApiClient::callsInFlightChanged);
        // Cancelled once the request is on the wire (the sandbox holds its answer for 3 s).
        QVERIFY(m_bed->waitForRequests(QStringLiteral("GET /v2/messaging_url_domains")));
        call->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_bed->client.callsInFlight(), 0);
    }

    // --- Pager ---------------------------------------------------------------------------

    void pagerLoadsEveryTollFreeRecordWithoutAskingPastTheEnd()
    {
        TollFreeApi api(&m_bed->client);
        m_bed->resetRequests();
        Pager *pager = api.listPager({}, 40, this);
        pager->setMaxInFlight(4);
        QSignalSpy pages(pager, &Pager::pageLoaded);
        QSignalSpy completed(pager, &Pager::completed);
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 20000);
        QVERIFY(pager->totalItems() >= 300);
        QCOMPARE(pager->itemsDelivered(), pager->totalItems());
        const int expectedPages = (pager->totalItems() + 39) / 40;
        QCOMPARE(pages.size(), expectedPages);
        for (int i = 0; i < pages.size(); ++i)
            QCOMPARE(pages.at(i).at(0).toInt(), i + 1); // delivered in order
        QCOMPARE(
            m_bed->requestCount(QStringLiteral("GET /v2/messaging_tollfree/verification/requests")),
            expectedPages);
        delete pager;
    }

    void pagerRecoversAfterAFailedPage()
    {
        RetryPolicy noRetry;
        noRetry.maxRetries = 0;
        m_bed->client.setRetryPolicy(noRetry);
        Pager *pager = HostedApi(&m_bed->client).ordersPager(10, this);
        QSignalSpy failed(pager, &Pager::failed);
        QSignalSpy completed(pager, &Pager::completed);
        pager->fetchMore();
        QTRY_COMPARE(pager->pagesDelivered(), 1);
        m_bed->addFault(
            {{QStringLiteral("method"), QStringLiteral("GET")},
             {QStringLiteral("path"), QStringLiteral("/v2/messaging_hosted_number_orders")},
             {QStringLiteral("kind"), QStringLiteral("status")},
             {QStringLiteral("status"), 500},
             {QStringLiteral("count"), 1}});
        pager->fetchAll();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!pager->isComplete());
        pager->fetchAll();
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 10000);
        QCOMPARE(pager->itemsDelivered(), pager->totalItems());
        delete pager;
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
