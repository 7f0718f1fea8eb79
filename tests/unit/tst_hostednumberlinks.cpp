#include "domain/hosted.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HostedNumber numberIn(const QString &id, const QString &phone, const QString &status)
{
    HostedNumber number;
    number.id = id;
    number.phoneNumber = phone;
    number.status = status;
    return number;
}

} // namespace

// A hosted number's order and status come from the order that lists its phone number.
class TestHostedNumberLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostedNumberLinksFollowThePhoneNumber()
    {
        HostedNumberLinks links;
        // Newest first: a failed attempt for the same number after the successful order.
        links.addOrder(u"order-new"_s,
                       {numberIn(u"n-3"_s, u"+13125550100"_s, u"failed_number_already_hosted"_s),
                        numberIn(u"n-4"_s, u"+13125550177"_s, u"pending"_s)});
        links.addOrder(u"order-old"_s, {numberIn(u"n-1"_s, u"+13125550100"_s, u"successful"_s),
                                        numberIn(u"n-2"_s, u"+13125550155"_s, u"deleted"_s)});
        links.addOrder(u"order-older"_s, {numberIn(u"n-0"_s, u"+13125550155"_s, u"failed"_s)});

        // Another id on the hosted-number side: the phone number links it, active entry first.
        QCOMPARE(links.find(u"pn-other"_s, u"+13125550100"_s),
                 (HostedNumberLink{u"order-old"_s, u"successful"_s}));
        // Spelt another way.
        QCOMPARE(links.find(QString(), u"(312) 555-0177"_s),
                 (HostedNumberLink{u"order-new"_s, u"pending"_s}));
        // A failed entry wins over a deleted one.
        QCOMPARE(links.find(QString(), u"+13125550155"_s),
                 (HostedNumberLink{u"order-older"_s, u"failed"_s}));
        // The same id as the order's entry: that very entry.
        QCOMPARE(links.find(u"n-3"_s, u"+13125550100"_s),
                 (HostedNumberLink{u"order-new"_s, u"failed_number_already_hosted"_s}));
        QVERIFY(!links.find(u"x"_s, u"+13125550199"_s).isKnown());
    }
};

QTEST_GUILESS_MAIN(TestHostedNumberLinks)
#include "tst_hostednumberlinks.moc"
