// The documents and verification-codes steps of a hosted order, derived from the order status
// and its numbers' statuses; and whether the order wizard can continue the order.

#include "domain/hostedorderprogress.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HostedOrder orderWith(const QString &status, const QStringList &numberStatuses)
{
    HostedOrder order;
    order.id = u"order-1"_s;
    order.status = status;
    int index = 0;
    for (const QString &numberStatus : numberStatuses) {
        HostedNumber number;
        number.id = u"number-%1"_s.arg(index);
        number.phoneNumber = u"+1312555%1"_s.arg(100 + index, 4, 10, QLatin1Char('0'));
        number.status = numberStatus;
        order.phoneNumbers.append(number);
        ++index;
    }
    return order;
}

} // namespace

Q_DECLARE_METATYPE(HostedStepState)

class TestHostedOrderProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<QString>("orderStatus");
        QTest::addColumn<QStringList>("numberStatuses");
        QTest::addColumn<HostedStepState>("documents");
        QTest::addColumn<HostedStepState>("codes");
        QTest::addColumn<int>("verified");
        QTest::addColumn<int>("toVerify");
        QTest::addColumn<bool>("canContinue");

        using S = HostedStepState;
        const QStringList pending2{u"pending"_s, u"pending"_s};
        QTest::newRow("new order")
            << u"pending"_s << pending2 << S::Pending << S::Pending << 0 << 2 << true;
        QTest::newRow("one document") << u"incomplete_documentation"_s << pending2 << S::Pending
                                      << S::Pending << 0 << 2 << true;
        QTest::newRow("LOA refused")
            << u"loa_file_invalid"_s << pending2 << S::Pending << S::Pending << 0 << 2 << true;
        QTest::newRow("bill refused") << u"incorrect_billing_information"_s << pending2
                                      << S::Pending << S::Pending << 0 << 2 << true;
        QTest::newRow("documents in, codes to do")
            << u"loa_file_successful"_s << pending2 << S::Done << S::Pending << 0 << 2 << true;
        // A failed number takes no part: it needs no code and is not counted.
        QTest::newRow("failed number left out")
            << u"loa_file_successful"_s
            << QStringList{u"pending"_s, u"failed_number_already_hosted"_s, u"deleted"_s} << S::Done
            << S::Pending << 0 << 1 << true;
        QTest::newRow("provisioning")
            << u"provisioning"_s << QStringList{u"provisioning"_s, u"provisioning"_s} << S::Done
            << S::Done << 2 << 2 << false;
        QTest::newRow("successful with one failure")
            << u"successful"_s
            << QStringList{u"successful"_s, u"successful"_s, u"failed_activation"_s} << S::Done
            << S::Done << 2 << 2 << false;
        QTest::newRow("deleted") << u"deleted"_s << QStringList{u"deleted"_s} << S::Closed
                                 << S::Closed << 0 << 0 << false;
        QTest::newRow("carrier rejected")
            << u"carrier_rejected"_s << QStringList{u"failed_carrier_rejected"_s} << S::Closed
            << S::Closed << 0 << 0 << false;
        QTest::newRow("compliance review failed")
            << u"compliance_review_failed"_s << QStringList{u"failed"_s} << S::Closed << S::Closed
            << 0 << 0 << false;
        QTest::newRow("ineligible carrier")
            << u"ineligible_carrier"_s << QStringList{u"failed_ineligible_carrier"_s} << S::Closed
            << S::Closed << 0 << 0 << false;
        QTest::newRow("failed") << u"failed"_s << QStringList{u"failed_timeout"_s} << S::Closed
                                << S::Closed << 0 << 0 << false;
        // A status this console does not know never offers Continue.
        QTest::newRow("unknown order status")
            << u"on_hold"_s << pending2 << S::Closed << S::Closed << 0 << 2 << false;
        // An open order without any number that can be hosted still needs its documents.
        QTest::newRow("open order without usable numbers")
            << u"pending"_s << QStringList{u"failed_number_not_found"_s} << S::Pending << S::Closed
            << 0 << 0 << true;
        QTest::newRow("documents in, nothing to verify")
            << u"loa_file_successful"_s << QStringList{} << S::Done << S::Closed << 0 << 0 << false;
    }

    void steps()
    {
        QFETCH(QString, orderStatus);
        QFETCH(QStringList, numberStatuses);
        QFETCH(HostedStepState, documents);
        QFETCH(HostedStepState, codes);
        QFETCH(int, verified);
        QFETCH(int, toVerify);
        QFETCH(bool, canContinue);

        const HostedOrderProgress progress =
            hostedOrderProgress(orderWith(orderStatus, numberStatuses));
        QCOMPARE(progress.documents, documents);
        QCOMPARE(progress.codes, codes);
        QCOMPARE(progress.verifiedNumbers, verified);
        QCOMPARE(progress.numbersToVerify, toVerify);
        QCOMPARE(progress.canContinue(), canContinue);
    }

    void numbersTakingPart_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("takesPart");
        for (const QString &status : hostedNumberStatuses()) {
            const bool expected =
                status == u"pending" || status == u"provisioning" || status == u"successful";
            QTest::newRow(qPrintable(status)) << status << expected;
        }
        QTest::newRow("unknown") << u"something_new"_s << true;
    }

    void numbersTakingPart()
    {
        QFETCH(QString, status);
        QFETCH(bool, takesPart);
        QCOMPARE(hostedNumberTakesPart(hostedNumberStatusFromString(status)), takesPart);
    }

    void stepTexts_data()
    {
        QTest::addColumn<QString>("orderStatus");
        QTest::addColumn<QStringList>("numberStatuses");
        QTest::addColumn<QString>("documentsText");
        QTest::addColumn<QString>("codesText");

        QTest::newRow("documents pending")
            << u"pending"_s << QStringList{u"pending"_s, u"pending"_s, u"pending"_s}
            << u"Documents: pending"_s << u"Verification codes: pending (0 of 3 verified)"_s;
        QTest::newRow("both done")
            << u"successful"_s << QStringList{u"successful"_s, u"successful"_s}
            << u"Documents: done"_s << u"Verification codes: done (2 of 2 verified)"_s;
        QTest::newRow("closed") << u"carrier_rejected"_s
                                << QStringList{u"failed_carrier_rejected"_s}
                                << u"Documents: not needed any more (the order is closed)"_s
                                << u"Verification codes: not needed any more (the order is "
                                   "closed)"_s;
        QTest::newRow("nothing to verify")
            << u"pending"_s << QStringList{u"failed"_s} << u"Documents: pending"_s
            << u"Verification codes: none needed (no number can be hosted)"_s;
    }

    void stepTexts()
    {
        QFETCH(QString, orderStatus);
        QFETCH(QStringList, numberStatuses);
        QFETCH(QString, documentsText);
        QFETCH(QString, codesText);
        const HostedOrderProgress progress =
            hostedOrderProgress(orderWith(orderStatus, numberStatuses));
        QCOMPARE(hostedDocumentsStepText(progress), documentsText);
        QCOMPARE(hostedCodesStepText(progress), codesText);
    }

    // The order as the API sends it, parsed by the domain layer, gives the same steps.
    void fromWireJson()
    {
        const QJsonObject json{
            {u"id"_s, u"9f1c"_s},
            {u"status"_s, u"loa_file_successful"_s},
            {u"phone_numbers"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"a"_s},
                                    {u"phone_number"_s, u"+13125550101"_s},
                                    {u"status"_s, u"pending"_s}},
                        QJsonObject{{u"id"_s, u"b"_s},
                                    {u"phone_number"_s, u"+13125550102"_s},
                                    {u"status"_s, u"failed_number_not_found"_s}}}}};
        const HostedOrderProgress progress = hostedOrderProgress(HostedOrder::fromJson(json));
        QCOMPARE(progress.documents, HostedStepState::Done);
        QCOMPARE(progress.codes, HostedStepState::Pending);
        QCOMPARE(progress.numbersToVerify, 1);
        QVERIFY(progress.canContinue());
    }
};

QTEST_GUILESS_MAIN(TestHostedOrderProgress)
#include "tst_hostedorderprogress.moc"
