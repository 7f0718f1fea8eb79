#include "api/resendadvice.h"
#include "session/createdrecordlookup.h"

#include <QTest>

using namespace Qt::StringLiterals;

// One table decides, for every failed create, upload or send, whether to send it again.
class TestResendAdvice : public QObject
{
    Q_OBJECT

private:
    static ApiError error(ApiError::Kind kind, int status, const QByteArray &method,
                          bool outcomeUnknown)
    {
        ApiError result = kind == ApiError::Kind::Http ? ApiError::fromHttp(status, {})
                                                       : ApiError(kind, u"detail"_s);
        result.setRequest(method, u"/v2/messaging_tollfree/verification/requests"_s);
        result.setOutcomeUnknown(outcomeUnknown);
        return result;
    }

private Q_SLOTS:
    void adviceFollowsWhatTheServerMayHaveDone_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("outcomeUnknown");
        QTest::addColumn<int>("advice");
        using K = ApiError::Kind;
        const auto row = [](const char *name, K kind, int status, const char *method, bool unknown,
                            ResendAdvice advice) {
            QTest::newRow(name) << int(kind) << status << QByteArray(method) << unknown
                                << int(advice);
        };
        row("lost after sending", K::Network, 0, "POST", true, ResendAdvice::LookFirst);
        row("refused before sending", K::Network, 0, "POST", false, ResendAdvice::SendAgain);
        row("timed out after sending", K::Timeout, 0, "POST", true, ResendAdvice::LookFirst);
        // The drift this table replaced: a create cancelled in flight was "safe to retry".
        row("cancelled after sending", K::Cancelled, 0, "POST", true, ResendAdvice::LookFirst);
        row("cancelled before sending", K::Cancelled, 0, "POST", false, ResendAdvice::SendAgain);
        row("server error on a create", K::Http, 500, "POST", false, ResendAdvice::LookFirst);
        row("server error on an invite", K::Http, 503, "PUT", false, ResendAdvice::LookFirst);
        row("server error on a resubmission", K::Http, 500, "PATCH", false,
            ResendAdvice::SendAgain);
        row("validation", K::Http, 422, "POST", false, ResendAdvice::FixFirst);
        row("not found", K::Http, 404, "POST", false, ResendAdvice::FixFirst);
        row("rate limited", K::Http, 429, "POST", false, ResendAdvice::SendAgain);
        row("request timeout", K::Http, 408, "POST", false, ResendAdvice::SendAgain);
        row("accepted, unreadable", K::AcceptedUnreadable, 201, "POST", false, ResendAdvice::Done);
        row("certificate", K::Tls, 0, "POST", false, ResendAdvice::SendAgain);
        row("plain http", K::InsecureUrl, 0, "POST", false, ResendAdvice::SendAgain);
        row("answer too large", K::Parse, 0, "POST", false, ResendAdvice::LookFirst);
    }
    void adviceFollowsWhatTheServerMayHaveDone()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(bool, outcomeUnknown);
        QFETCH(int, advice);
        const ApiError failure = error(ApiError::Kind(kind), status, method, outcomeUnknown);
        QCOMPARE(int(resendAdviceFor(failure)), advice);
        // isSafeToRetry never says "safe", nor the message "try again", where the advice says
        // "look first".
        if (ResendAdvice(advice) == ResendAdvice::LookFirst) {
            QVERIFY(!failure.isSafeToRetry());
            QVERIFY2(!failure.message().contains(u"Try again"_s), qPrintable(failure.message()));
        }
        for (const CreatedThing thing :
             {CreatedThing::TollFreeRequest, CreatedThing::TollFreeChanges,
              CreatedThing::HostedOrder, CreatedThing::VerificationCodes, CreatedThing::RcsMessage})
            QVERIFY(!resendAdviceText(ResendAdvice(advice), thing).isEmpty());
    }

    void aCancelledCreateSaysItsOutcomeIsUnknown()
    {
        ApiError cancelled(ApiError::Kind::Cancelled);
        QVERIFY(cancelled.isSafeToRetry());
        QCOMPARE(cancelled.message(), u"The request was cancelled."_s);
        cancelled.setOutcomeUnknown(true);
        QVERIFY(!cancelled.isSafeToRetry());
        QVERIFY(cancelled.message().contains(u"not known whether"_s));
    }

    void lookResultsSayWhatWasFound()
    {
        QVERIFY(lookResultText(CreatedThing::TollFreeRequest, 1).contains(u"did create it"_s));
        QVERIFY(lookResultText(CreatedThing::TollFreeRequest, 0).contains(u"not created"_s));
        QVERIFY(lookResultText(CreatedThing::HostedOrder, 2).contains(u"2 order"_s));
        QVERIFY(lookResultText(CreatedThing::HostedOrder, 0).contains(u"not created"_s));
        QVERIFY(lookResultText(CreatedThing::HostedOrder, -1).contains(u"could not be searched"_s));
    }

    void theSameTollFreeRequestIsRecognised()
    {
        TollFreeVerificationRequest sent;
        sent.businessName = u"Acme Dental"_s;
        sent.phoneNumbers = {u"+18005550100"_s, u"+18005550101"_s};
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        TollFreeVerificationRequest candidate = sent;
        candidate.businessName = u"  acme dental"_s;
        candidate.phoneNumbers = {u"+18005550101"_s, u"+18005550100"_s};
        candidate.createdAt = sentAt.addSecs(2);
        QVERIFY(CreatedRecordLookup::isSameTollFreeRequest(candidate, sent, sentAt));
        candidate.createdAt = QDateTime(); // the server left it out: name and numbers decide
        QVERIFY(CreatedRecordLookup::isSameTollFreeRequest(candidate, sent, sentAt));
        candidate.createdAt = sentAt.addSecs(-CreatedRecordLookup::clockAllowanceSeconds - 60);
        QVERIFY(!CreatedRecordLookup::isSameTollFreeRequest(candidate, sent, sentAt)); // older
        candidate.createdAt = sentAt;
        candidate.phoneNumbers.removeLast();
        QVERIFY(!CreatedRecordLookup::isSameTollFreeRequest(candidate, sent, sentAt));
        candidate.phoneNumbers = sent.phoneNumbers;
        candidate.businessName = u"Acme Dental Two"_s;
        QVERIFY(!CreatedRecordLookup::isSameTollFreeRequest(candidate, sent, sentAt));
    }

    void anOrderHoldingANumberIsRecognisedUnlessDeleted()
    {
        HostedOrder order;
        order.status = u"pending"_s;
        HostedNumber number;
        number.phoneNumber = u"+13125550100"_s;
        order.phoneNumbers = {number};
        QVERIFY(CreatedRecordLookup::holdsAnyNumber(order, {u"+13125550199"_s, u"+13125550100"_s}));
        QVERIFY(!CreatedRecordLookup::holdsAnyNumber(order, {u"+13125550199"_s}));
        order.status = u"deleted"_s;
        QVERIFY(!CreatedRecordLookup::holdsAnyNumber(order, {u"+13125550100"_s}));
    }
};

QTEST_GUILESS_MAIN(TestResendAdvice)
#include "tst_resendadvice.moc"
