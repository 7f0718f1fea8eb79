// RcsMessageSender against the in-process sandbox: the recipient check (from the session's
// capability cache, or one GET whose answer goes into it), the warning before a message that
// would not arrive, one POST per send and never a second one behind the user's back, how each
// failure is reported, the same message held back once right after a send, and cancel.

#include "sandboxtestbed.h"
#include "session/rcscapabilitycache.h"
#include "session/rcscapabilitychecker.h"
#include "session/rcsmessagesender.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString agent = u"sandbox_demo_agent"_s;
const QString sendPath = u"/v2/messages/rcs"_s;
const QString sendKey = u"POST /v2/messages/rcs"_s;
const QString capabilitiesPath = u"/v2/messaging/rcs/capabilities/*"_s;
const QString capabilitiesPrefix = u"GET /v2/messaging/rcs/capabilities/"_s;
const QString capableNumber = u"+13125551234"_s;    // last digit even: RCS
const QString notCapableNumber = u"+13125551235"_s; // odd: no RCS

RcsMessageRequest textMessage(const QString &to, const QString &text = u"Your table is ready."_s)
{
    RcsMessageRequest message;
    message.agentId = agent;
    message.to = to;
    message.messagingProfileId = u"profile-123"_s;
    RcsContentMessage content;
    content.text = text;
    message.agentMessage.contentMessage = content;
    return message;
}

QJsonObject errorsNaming(const QString &sourceKey, const QString &field, const QString &detail)
{
    return {{u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, u"10015"_s},
                                                 {u"title"_s, u"Invalid value"_s},
                                                 {u"detail"_s, detail},
                                                 {u"source"_s, QJsonObject{{sourceKey, field}}}}}}};
}

RcsSendFailure onlyFailure(const QSignalSpy &failed)
{
    return failed.size() == 1 ? failed.first().first().value<RcsSendFailure>() : RcsSendFailure();
}

} // namespace

class TestRcsMessageSender : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;
    std::unique_ptr<RcsCapabilityCache> m_cache;

    int capabilityChecks() { return m_bed->requestCountStartingWith(capabilitiesPrefix); }
    int posts() { return m_bed->requestCount(sendKey); }
    // "GET" or "POST" for each request the sandbox saw, in order.
    QStringList methodsSeen()
    {
        QStringList methods;
        const QJsonArray log = m_bed->requestLog();
        for (const QJsonValue &entry : log)
            methods.append(entry.toObject().value(u"method"_s).toString());
        return methods;
    }
    static QList<RcsMessageSender::Stage> stages(const QSignalSpy &stageChanged)
    {
        QList<RcsMessageSender::Stage> list;
        for (const QList<QVariant> &arguments : stageChanged)
            list.append(arguments.first().value<RcsMessageSender::Stage>());
        return list;
    }
    static bool waitForEither(QSignalSpy &one, QSignalSpy &other)
    {
        return QTest::qWaitFor([&] { return one.size() + other.size() > 0; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
    }

    void init()
    {
        QVERIFY(m_bed->startAfresh());
        // The answers of this sandbox (a cache forgets those of another server when asked).
        m_cache = std::make_unique<RcsCapabilityCache>();
        m_cache->useServer(m_bed->client.baseUrl());
    }

    void cleanup() { m_cache.reset(); }

    void cleanupTestCase() { m_bed.reset(); }

    void aCapableRecipientIsCheckedOnceThenPostedOnce()
    {
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy stageChanged(&sender, &RcsMessageSender::stageChanged);
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QSignalSpy warned(&sender, &RcsMessageSender::warned);
        QVERIFY(sender.send(textMessage(capableNumber)));
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Checking);
        QVERIFY(sent.wait(10000));

        QCOMPARE(stages(stageChanged),
                 (QList{RcsMessageSender::Stage::Checking, RcsMessageSender::Stage::Sending,
                        RcsMessageSender::Stage::Editing}));
        QCOMPARE(warned.size(), 0);
        QCOMPARE(methodsSeen(), (QStringList{u"GET"_s, u"POST"_s}));
        QCOMPARE(capabilityChecks(), 1);
        QCOMPARE(posts(), 1);
        const auto response = sent.first().first().value<RcsMessageResponse>();
        QVERIFY(!response.id.isEmpty());
        QCOMPARE(sender.lastResponse().id, response.id);
        QCOMPARE(sender.message(), textMessage(capableNumber));
        // The answer is now in the session's cache: the capabilities tab finds it there.
        QVERIFY(m_cache->contains(agent, capableNumber));
        RcsCapabilityChecker tab(&m_bed->client, m_cache.get());
        QSignalSpy checked(&tab, &RcsCapabilityChecker::singleChecked);
        tab.checkOne(agent, capableNumber);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(1).toBool(), true); // from the cache
        QCOMPARE(capabilityChecks(), 1);
    }

    void aCachedAnswerIsUsedWithoutAGet()
    {
        // The capabilities tab said this number cannot receive RCS (the sandbox would say it
        // can): the composer goes by what the session knows.
        m_cache->insert(RcsCapabilityChecker::notCapable(agent, capableNumber));
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy stageChanged(&sender, &RcsMessageSender::stageChanged);
        QSignalSpy warned(&sender, &RcsMessageSender::warned);
        QVERIFY(sender.send(textMessage(capableNumber)));
        QCOMPARE(warned.size(), 1); // at once: no request to wait for
        QCOMPARE(warned.first().at(0).value<RcsMessageSender::Warning>(),
                 RcsMessageSender::Warning::NoRcs);
        QCOMPARE(stages(stageChanged), QList{RcsMessageSender::Stage::Warning});

        // A capable answer in the cache: straight to the POST.
        RcsCapabilities capable = RcsCapabilityChecker::notCapable(agent, capableNumber);
        capable.features = {u"ACTION_DIAL"_s};
        m_cache->insert(capable);
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QVERIFY(sender.send(textMessage(capableNumber, u"Second try"_s)));
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Sending);
        QVERIFY(sent.wait(10000));
        QVERIFY(!stages(stageChanged).contains(RcsMessageSender::Stage::Checking));
        QCOMPARE(capabilityChecks(), 0);
        QCOMPARE(posts(), 1);
    }

    void notCapableWithoutFallbackWarnsAndPostsOnlyWhenTold_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::newRow("default: 200, no features") << false;
        QTest::newRow("realistic: 404 naming the number") << true;
    }

    void notCapableWithoutFallbackWarnsAndPostsOnlyWhenTold()
    {
        QFETCH(bool, realistic);
        QVERIFY(m_bed->setRealistic(realistic));
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy warned(&sender, &RcsMessageSender::warned);
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QSignalSpy failed(&sender, &RcsMessageSender::failed);
        QVERIFY(sender.send(textMessage(notCapableNumber)));
        QVERIFY(warned.wait(10000));
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Warning);
        QCOMPARE(warned.first().at(0).value<RcsMessageSender::Warning>(),
                 RcsMessageSender::Warning::NoRcs);
        QCOMPARE(warned.first().at(1).toBool(), true); // an SMS fallback is offered
        QVERIFY(m_bed->waitUntilIdle()); // a POST, had one started, is answered and counted
        QCOMPARE(posts(), 0);
        QCOMPARE(failed.size(), 0);
        // Kept, as the capabilities tab keeps a 404 for a phone without RCS.
        QVERIFY(m_cache->contains(agent, notCapableNumber));

        sender.sendAnyway();
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Sending);
        QVERIFY(sent.wait(10000));
        QCOMPARE(posts(), 1);
        QCOMPARE(capabilityChecks(), 1); // not asked again
        sender.sendAnyway();             // after the send there is no warning to answer
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(posts(), 1);
    }

    void aDismissedWarningPostsNothing()
    {
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy warned(&sender, &RcsMessageSender::warned);
        QVERIFY(sender.send(textMessage(notCapableNumber)));
        QVERIFY(warned.wait(10000));
        sender.dismissWarning(); // the user edits the message
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Editing);
        sender.sendAnyway();
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Editing);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(posts(), 0);
    }

    void notCapableWithAFallbackIsPostedAtOnce_data()
    {
        QTest::addColumn<bool>("mms");
        QTest::newRow("SMS fallback") << false;
        QTest::newRow("MMS fallback") << true;
    }

    void notCapableWithAFallbackIsPostedAtOnce()
    {
        QFETCH(bool, mms);
        RcsMessageRequest message = textMessage(notCapableNumber);
        if (mms)
            message.mmsFallback = RcsMmsFallback{u"+13125550101"_s, {}, u"Ready (MMS)"_s, {}};
        else
            message.smsFallback = RcsSmsFallback{u"+13125550100"_s, u"Ready (SMS)"_s};
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy warned(&sender, &RcsMessageSender::warned);
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QVERIFY(sender.send(message));
        QVERIFY(sent.wait(10000));
        QCOMPARE(warned.size(), 0);
        QCOMPARE(capabilityChecks(), 1);
        QCOMPARE(posts(), 1);
        const QJsonObject body = m_bed->requestLog().last().toObject().value(u"body"_s).toObject();
        QVERIFY(body.contains(mms ? u"mms_fallback"_s : u"sms_fallback"_s));
    }

    void anUnknownAgentIsReportedForTheAgentField_data()
    {
        QTest::addColumn<bool>("realistic");
        QTest::newRow("default") << false;
        QTest::newRow("realistic") << true;
    }

    void anUnknownAgentIsReportedForTheAgentField()
    {
        QFETCH(bool, realistic);
        QVERIFY(m_bed->setRealistic(realistic));
        RcsMessageRequest message = textMessage(notCapableNumber); // a 404 in realistic mode too
        message.agentId = u"no_such_agent"_s;
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy failed(&sender, &RcsMessageSender::failed);
        QSignalSpy warned(&sender, &RcsMessageSender::warned);
        QVERIFY(sender.send(message));
        QVERIFY(failed.wait(10000));
        const RcsSendFailure failure = onlyFailure(failed);
        QCOMPARE(failure.kind, RcsSendFailure::Kind::UnknownAgent);
        QCOMPARE(failure.error.httpStatus(), 404);
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Editing);
        QCOMPARE(warned.size(), 0);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(posts(), 0);
        QVERIFY(!m_cache->contains(u"no_such_agent"_s, notCapableNumber));
    }

    void aRecipientRefusedByTheCheckIsReportedForThePhoneNumber()
    {
        m_bed->addFault(u"GET"_s, capabilitiesPath, u"status"_s,
                        {{u"status"_s, 422},
                         {u"body"_s, errorsNaming(u"parameter"_s, u"phone_number"_s,
                                                  u"Not a mobile number."_s)}});
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy failed(&sender, &RcsMessageSender::failed);
        QVERIFY(sender.send(textMessage(capableNumber)));
        QVERIFY(failed.wait(10000));
        const RcsSendFailure failure = onlyFailure(failed);
        QCOMPARE(failure.kind, RcsSendFailure::Kind::RecipientRefused);
        QCOMPARE(failure.recipientProblem, u"Not a mobile number."_s);
        QCOMPARE(failure.error.httpStatus(), 422);
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Editing);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(posts(), 0);
    }

    void aFailedCheckWarnsAndOffersTheFallbackOnlyWithoutOne_data()
    {
        QTest::addColumn<bool>("withFallback");
        QTest::newRow("no fallback: offered") << false;
        QTest::newRow("with a fallback: not offered") << true;
    }

    void aFailedCheckWarnsAndOffersTheFallbackOnlyWithoutOne()
    {
        QFETCH(bool, withFallback);
        m_bed->addFault(u"GET"_s, capabilitiesPath, u"status"_s, {{u"status"_s, 400}});
        RcsMessageRequest message = textMessage(capableNumber);
        if (withFallback)
            message.smsFallback = RcsSmsFallback{u"+13125550100"_s, u"Ready (SMS)"_s};
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy warned(&sender, &RcsMessageSender::warned);
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QVERIFY(sender.send(message));
        QVERIFY(warned.wait(10000));
        QCOMPARE(warned.first().at(0).value<RcsMessageSender::Warning>(),
                 RcsMessageSender::Warning::CheckFailed);
        QCOMPARE(warned.first().at(1).toBool(), !withFallback);
        QCOMPARE(warned.first().at(2).value<ApiError>().httpStatus(), 400);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(posts(), 0);
        QVERIFY(!m_cache->contains(agent, capableNumber)); // a failure is no answer

        sender.sendAnyway();
        QVERIFY(sent.wait(10000));
        QCOMPARE(posts(), 1);
    }

    // The server's 422 for the POST is handed over whole: its items name the fields.
    void aRefusedPostNamesItsFields()
    {
        m_bed->addFault(
            u"POST"_s, sendPath, u"status"_s,
            {{u"status"_s, 422},
             {u"body"_s, errorsNaming(u"pointer"_s, u"/to"_s, u"The number is not reachable."_s)}});
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy failed(&sender, &RcsMessageSender::failed);
        const RcsMessageRequest message = textMessage(capableNumber);
        QVERIFY(sender.send(message));
        QVERIFY(failed.wait(10000));
        const RcsSendFailure failure = onlyFailure(failed);
        QCOMPARE(failure.kind, RcsSendFailure::Kind::NotSent);
        QCOMPARE(failure.advice, ResendAdvice::FixFirst);
        const QList<ApiErrorItem> items = failure.error.fieldItems({u"to"_s});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().pointer, u"/to"_s);
        QCOMPARE(items.first().detail, u"The number is not reachable."_s);
        QCOMPARE(posts(), 1);

        // Nothing was sent: the same message is not held back.
        QSignalSpy heldBack(&sender, &RcsMessageSender::sameMessageHeldBack);
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QVERIFY(sender.send(message));
        QVERIFY(sent.wait(10000));
        QCOMPARE(heldBack.size(), 0);
        QCOMPARE(posts(), 2);
    }

    void theSameMessageRightAfterASendIsHeldBackOnce()
    {
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QSignalSpy heldBack(&sender, &RcsMessageSender::sameMessageHeldBack);
        QSignalSpy stageChanged(&sender, &RcsMessageSender::stageChanged);
        const RcsMessageRequest message = textMessage(capableNumber);
        QVERIFY(sender.send(message));
        QVERIFY(sent.wait(10000));
        stageChanged.clear();

        // First press: held back, nothing starts.
        QVERIFY(!sender.send(message));
        QCOMPARE(heldBack.size(), 1);
        QCOMPARE(heldBack.first().first().toBool(), false); // it did arrive
        QCOMPARE(stageChanged.size(), 0);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(posts(), 1);

        // Second press: sent a second time.
        QVERIFY(sender.send(message));
        QVERIFY(sent.wait(10000));
        QCOMPARE(posts(), 2);
        QCOMPARE(heldBack.size(), 1);

        // And held back again after that send; a changed message goes at once.
        QVERIFY(!sender.send(message));
        QCOMPARE(heldBack.size(), 2);
        QVERIFY(sender.send(textMessage(capableNumber, u"And a dessert."_s)));
        QVERIFY(sent.wait(10000));
        QCOMPARE(posts(), 3);
    }

    void aSecondSendWhileOneRunsIsIgnored()
    {
        m_bed->addFault(u"POST"_s, sendPath, u"delay"_s, {{u"delay_ms"_s, 300}});
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QVERIFY(sender.send(textMessage(capableNumber)));
        QVERIFY(!sender.send(textMessage(capableNumber, u"Other"_s))); // while checking
        QVERIFY(QTest::qWaitFor([&] { return sender.stage() == RcsMessageSender::Stage::Sending; },
                                10000));
        QVERIFY(!sender.send(textMessage(capableNumber, u"Other"_s))); // while sending
        QVERIFY(sent.wait(10000));
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(sent.size(), 1);
        QCOMPARE(capabilityChecks(), 1);
        QCOMPARE(posts(), 1);
    }

    void cancelWhileCheckingSendsNothing()
    {
        m_bed->addFault(u"GET"_s, capabilitiesPath, u"delay"_s, {{u"delay_ms"_s, 5000}});
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy failed(&sender, &RcsMessageSender::failed);
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        QVERIFY(sender.send(textMessage(capableNumber)));
        QVERIFY(QTest::qWaitFor([&] { return capabilityChecks() == 1; }, 10000));
        sender.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(onlyFailure(failed).kind, RcsSendFailure::Kind::Cancelled);
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Editing);
        QVERIFY(m_bed->waitUntilIdle()); // the check is over: no answer can start the POST
        QCOMPARE(sent.size(), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(posts(), 0);
        QVERIFY(!m_cache->contains(agent, capableNumber));
    }

    // The POST reached the sandbox (its answer is held back): cancelled now, the message may
    // have been delivered, and the same message is held back once as after a send.
    void cancelWhileSendingMayHaveBeenDelivered()
    {
        m_bed->addFault(u"POST"_s, sendPath, u"delay"_s, {{u"delay_ms"_s, 5000}});
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy failed(&sender, &RcsMessageSender::failed);
        const RcsMessageRequest message = textMessage(capableNumber);
        QVERIFY(sender.send(message));
        QVERIFY(m_bed->waitForRequests(sendKey));
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Sending);
        sender.cancel();
        QCOMPARE(failed.size(), 1);
        const RcsSendFailure failure = onlyFailure(failed);
        QCOMPARE(failure.kind, RcsSendFailure::Kind::Uncertain);
        QCOMPARE(failure.error.kind(), ApiError::Kind::Cancelled);
        QVERIFY(failure.error.isOutcomeUnknown());
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Editing);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(posts(), 1);

        QSignalSpy heldBack(&sender, &RcsMessageSender::sameMessageHeldBack);
        QVERIFY(!sender.send(message));
        QCOMPARE(heldBack.size(), 1);
        QCOMPARE(heldBack.first().first().toBool(), true); // may have been delivered
    }

    void postFailuresAreReportedAndNeverRetried_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<RcsSendFailure::Kind>("kind");
        QTest::addColumn<ResendAdvice>("advice");
        QTest::addColumn<bool>("heldBackAfterwards");
        const auto fault = [](const QString &kind, QJsonObject extra) {
            extra.insert(u"method"_s, u"POST"_s);
            extra.insert(u"path"_s, sendPath);
            extra.insert(u"kind"_s, kind);
            extra.insert(u"count"_s, 0); // every attempt, had there been a second one
            return extra;
        };
        QTest::newRow("connection lost after the message was taken")
            << fault(u"drop"_s, {{u"after_processing"_s, true}}) << RcsSendFailure::Kind::Uncertain
            << ResendAdvice::LookFirst << true;
        QTest::newRow("500 after the message was read")
            << fault(u"status"_s, {{u"status"_s, 500}}) << RcsSendFailure::Kind::Uncertain
            << ResendAdvice::LookFirst << true;
        QTest::newRow("accepted, answer unreadable")
            << fault(u"malformed"_s, {{u"status"_s, 200}}) << RcsSendFailure::Kind::SentUnreadable
            << ResendAdvice::Done << true;
        QTest::newRow("refused: 400")
            << fault(u"status"_s, {{u"status"_s, 400}}) << RcsSendFailure::Kind::NotSent
            << ResendAdvice::FixFirst << false;
    }

    void postFailuresAreReportedAndNeverRetried()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(RcsSendFailure::Kind, kind);
        QFETCH(ResendAdvice, advice);
        QFETCH(bool, heldBackAfterwards);
        m_bed->addFault(fault);
        RcsMessageSender sender(&m_bed->client, m_cache.get());
        QSignalSpy failed(&sender, &RcsMessageSender::failed);
        QSignalSpy sent(&sender, &RcsMessageSender::sent);
        const RcsMessageRequest message = textMessage(capableNumber);
        QVERIFY(sender.send(message));
        QVERIFY(waitForEither(failed, sent));
        // The client reports a failure after its last attempt only; a second POST, had anyone
        // started one, is answered and counted once the client is idle.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(sent.size(), 0);
        const RcsSendFailure failure = onlyFailure(failed);
        QCOMPARE(failure.kind, kind);
        QCOMPARE(failure.advice, advice);
        QCOMPARE(sender.stage(), RcsMessageSender::Stage::Editing);
        QCOMPARE(posts(), 1);
        QCOMPARE(m_bed->retriesScheduled(), 0);

        QSignalSpy heldBack(&sender, &RcsMessageSender::sameMessageHeldBack);
        QCOMPARE(sender.send(message), !heldBackAfterwards);
        QCOMPARE(heldBack.size(), heldBackAfterwards ? 1 : 0);
        QVERIFY(m_bed->waitUntilIdle());
    }

    void destroyedWhileSendingReportsNothing()
    {
        m_bed->addFault(u"POST"_s, sendPath, u"delay"_s, {{u"delay_ms"_s, 5000}});
        auto sender = std::make_unique<RcsMessageSender>(&m_bed->client, m_cache.get());
        QSignalSpy failed(sender.get(), &RcsMessageSender::failed);
        QVERIFY(sender->send(textMessage(capableNumber)));
        QVERIFY(m_bed->waitForRequests(sendKey));
        sender.reset();
        QCOMPARE(failed.size(), 0);
        QVERIFY(m_bed->waitUntilIdle()); // the POST was ended with it
    }
};

QTEST_GUILESS_MAIN(TestRcsMessageSender)
#include "tst_rcsmessagesender.moc"
