// The hosted-order wizard's draft content: a JSON round trip that keeps every typed value,
// tolerance of damaged drafts, the step an existing order reopens at, and which numbers need
// a code.

#include "consoleenglish.h"
#include "domain/hostedwizardstate.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HostedOrder orderWith(const QString &status, const QList<std::pair<QString, QString>> &numbers)
{
    HostedOrder order;
    order.id = u"order-1"_s;
    order.status = status;
    for (const auto &[phoneNumber, numberStatus] : numbers) {
        HostedNumber number;
        number.id = u"id-"_s + phoneNumber;
        number.phoneNumber = phoneNumber;
        number.status = numberStatus;
        order.phoneNumbers.append(number);
    }
    return order;
}

} // namespace

Q_DECLARE_METATYPE(HostedWizardState::Step)

class TestHostedWizardState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Titles as users read them: "1 line", "2 lines" (main.cpp installs the same).
    void initTestCase() { installEnglish(); }

    void roundTrip()
    {
        HostedWizardState state;
        state.numbersText = u"+13125550123\n(312) 555-0124\nnot a number"_s;
        state.messagingProfileId = u"profile-7"_s;
        state.orderId = u"9f1c2d3e-0000-4000-8000-000000000001"_s;
        state.step = HostedWizardState::Step::Codes;
        state.loaPath = u"/tmp/loa.pdf"_s;
        state.billPath = u"/tmp/bill.pdf"_s;
        state.documentsUploaded = true;
        state.verificationMethod = u"call"_s;
        state.codes.insert(u"+13125550123"_s, {u"123456"_s, CodeProgress::Sent, {}});
        state.codes.insert(u"+13125550124"_s, {{}, CodeProgress::SendFailed, u"not sent"_s});
        state.codes.insert(u"+13125550125"_s, {{}, CodeProgress::Verified, {}});
        state.codes.insert(u"+13125550126"_s, {u"000000"_s, CodeProgress::Rejected, {}});

        const HostedWizardState back = HostedWizardState::fromJson(state.toJson());
        QCOMPARE(back, state);
    }

    void damagedDraftGivesDefaults()
    {
        const QJsonObject damaged{
            {u"step"_s, u"teleport"_s},
            {u"verification_method"_s, u"pigeon"_s},
            {u"codes"_s, QJsonArray{QJsonObject{{u"code"_s, u"1"_s}}, u"junk"_s,
                                    QJsonObject{{u"phone_number"_s, u"+13125550123"_s},
                                                {u"progress"_s, u"??"_s}}}}};
        const HostedWizardState state = HostedWizardState::fromJson(damaged);
        QCOMPARE(state.step, HostedWizardState::Step::Numbers);
        QCOMPARE(state.verificationMethod, u"sms"_s);
        QCOMPARE(state.codes.size(), 1); // entries without a number are dropped
        QCOMPARE(state.codes.value(u"+13125550123"_s).progress, CodeProgress::NotSent);
        QVERIFY(HostedWizardState::fromJson({}).isEmpty());
    }

    void emptiness()
    {
        HostedWizardState state;
        QVERIFY(state.isEmpty());
        state.numbersText = u"  \n "_s;
        QVERIFY(state.isEmpty());
        state.numbersText = u"+13125550123"_s;
        QVERIFY(!state.isEmpty());
    }

    void titles()
    {
        HostedWizardState state;
        state.numbersText = u"+13125550123\n\n+13125550124\n"_s;
        QCOMPARE(state.draftTitle(), u"New hosted order: 2 lines"_s);
        state.numbersText = u"+13125550123"_s;
        QCOMPARE(state.draftTitle(), u"New hosted order: 1 line"_s);
        state.numbersText = u"+13125550123\n+13125550124"_s;
        state.orderId = u"1b2c3d4e-aaaa"_s;
        QCOMPARE(state.draftTitle(), u"Hosted order 1b2c3d4e"_s);
    }

    void verification()
    {
        HostedWizardState state;
        const QStringList numbers{u"+13125550123"_s, u"+13125550124"_s};
        QVERIFY(!state.allVerified(numbers));
        state.codes[u"+13125550123"_s].progress = CodeProgress::Verified;
        state.codes[u"+13125550124"_s].progress = CodeProgress::Rejected;
        QVERIFY(!state.allVerified(numbers));
        QCOMPARE(state.rejectedNumbers(numbers), QStringList{u"+13125550124"_s});
        state.codes[u"+13125550124"_s].progress = CodeProgress::Verified;
        QVERIFY(state.allVerified(numbers));
        QVERIFY(state.rejectedNumbers(numbers).isEmpty());
        QVERIFY(state.allVerified({})); // nothing to verify
    }

    void numbersOfAnOrder()
    {
        const HostedOrder order =
            orderWith(u"loa_file_successful"_s, {{u"+13125550101"_s, u"pending"_s},
                                                 {u"+13125550102"_s, u"failed_number_not_found"_s},
                                                 {u"+13125550103"_s, u"provisioning"_s},
                                                 {u"+13125550104"_s, u"deleted"_s}});
        QCOMPARE(HostedWizardState::numbersToVerify(order),
                 (QStringList{u"+13125550101"_s, u"+13125550103"_s}));
        QCOMPARE(HostedWizardState::numbersPastVerification(order), QStringList{u"+13125550103"_s});
    }

    void firstOpenStep_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("documentsUploaded");
        QTest::addColumn<HostedWizardState::Step>("step");
        using Step = HostedWizardState::Step;
        QTest::newRow("created, no documents") << u"pending"_s << false << Step::Documents;
        QTest::newRow("one document") << u"incomplete_documentation"_s << false << Step::Documents;
        QTest::newRow("LOA refused") << u"loa_file_invalid"_s << false << Step::Documents;
        QTest::newRow("documents in") << u"loa_file_successful"_s << false << Step::Codes;
        QTest::newRow("known uploaded") << u"pending"_s << true << Step::Codes;
        QTest::newRow("provisioning") << u"provisioning"_s << false << Step::Done;
        QTest::newRow("successful") << u"successful"_s << false << Step::Done;
        QTest::newRow("deleted") << u"deleted"_s << false << Step::Done;
        QTest::newRow("unknown") << u"something_new"_s << false << Step::Done;
    }

    void firstOpenStep()
    {
        QFETCH(QString, status);
        QFETCH(bool, documentsUploaded);
        QFETCH(HostedWizardState::Step, step);
        const HostedOrder order = orderWith(status, {{u"+13125550101"_s, u"pending"_s}});
        QCOMPARE(HostedWizardState::firstOpenStep(order, documentsUploaded), step);
    }

    void names()
    {
        using Step = HostedWizardState::Step;
        for (Step step : {Step::Numbers, Step::Eligibility, Step::Create, Step::Documents,
                          Step::Codes, Step::Done})
            QCOMPARE(HostedWizardState::stepFromString(HostedWizardState::stepToString(step)),
                     step);
        for (CodeProgress progress :
             {CodeProgress::NotSent, CodeProgress::Sent, CodeProgress::SendFailed,
              CodeProgress::Verified, CodeProgress::Rejected})
            QCOMPARE(codeProgressFromString(codeProgressToString(progress)), progress);
    }
};

QTEST_GUILESS_MAIN(TestHostedWizardState)
#include "tst_hostedwizardstate.moc"
