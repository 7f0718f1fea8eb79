#include "rcscapabilitiesmodel.h"
#include "rcscapabilitiesproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RcsCapabilities answer(const QString &number, const QStringList &features)
{
    RcsCapabilities capabilities;
    capabilities.agentId = u"sandbox_demo_agent"_s;
    capabilities.phoneNumber = number;
    capabilities.features = features;
    capabilities.recordType = u"rcs.capabilities"_s;
    return capabilities;
}

// A batch of `count` answers from +1312555<first>…: even last digit → a few features.
QList<RcsCapabilities> batch(int first, int count)
{
    QList<RcsCapabilities> results;
    for (int i = first; i < first + count; ++i) {
        const QString number = u"+1312555%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        results.append(answer(number, i % 2 == 0
                                          ? QStringList{u"RICHCARD_STANDALONE"_s, u"ACTION_DIAL"_s}
                                          : QStringList{}));
    }
    return results;
}

} // namespace

class TestRcsCapabilitiesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterWhileBatchesArrive()
    {
        RcsCapabilitiesModel model;
        RcsCapabilitiesProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(RcsCapabilitiesModel::NumberColumn, Qt::DescendingOrder);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        for (int first = 0; first < 3000; first += 100)
            model.addResults(batch(first, 100));
        QCOMPARE(inserted.count(), 30); // one insertion per batch
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(model.capableCount(), 1500);
        QCOMPARE(model.notCapableCount(), 1500);

        model.addFailures({u"+13125559998"_s, u"+13125559999"_s}, u"Server error"_s);
        QCOMPARE(model.rowCount(), 3002);
        QCOMPARE(model.failedCount(), 2);
        QCOMPARE(proxy.rowCount(), 3002);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"+13125559999"_s);

        // A number checked again is updated in place, not added twice.
        inserted.clear();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addResults({answer(u"+13125559999"_s, {u"ACTION_DIAL"_s})});
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 3002);
        QCOMPARE(model.failedCount(), 1);
        QCOMPARE(model.capableCount(), 1501);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(model.capableCount(), 0);
    }

    void headersAreReadableLabels()
    {
        RcsCapabilitiesModel model;
        QCOMPARE(model.columnCount(), 2 + int(rcsKnownFeatures().size()) + 1);
        QCOMPARE(model.headerData(RcsCapabilitiesModel::NumberColumn, Qt::Horizontal).toString(),
                 u"Phone number"_s);
        QCOMPARE(model.headerData(RcsCapabilitiesModel::RcsColumn, Qt::Horizontal).toString(),
                 u"RCS"_s);
        const int carousel = model.featureColumn(u"RICHCARD_CAROUSEL"_s);
        QVERIFY(carousel >= RcsCapabilitiesModel::FirstFeatureColumn);
        QCOMPARE(model.headerData(carousel, Qt::Horizontal).toString(),
                 u"Carousel of rich cards"_s);
        QCOMPARE(model.headerData(carousel, Qt::Horizontal, RcsCapabilitiesModel::FeatureRole)
                     .toString(),
                 u"RICHCARD_CAROUSEL"_s);
        for (int column = RcsCapabilitiesModel::FirstFeatureColumn; column < model.statusColumn();
             ++column) {
            const QString header = model.headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!header.contains(u'_'), qPrintable(header)); // no wire names
            QVERIFY(!header.isEmpty());
        }
        QCOMPARE(model.headerData(model.statusColumn(), Qt::Horizontal).toString(), u"Status"_s);
    }

    void cellsShowTicksAndOutcome()
    {
        RcsCapabilitiesModel model;
        model.addResults({answer(u"+13125550124"_s, {u"RICHCARD_STANDALONE"_s, u"NEW_THING"_s}),
                          answer(u"+13125550125"_s, {})},
                         false);
        model.addResults({answer(u"+13125550126"_s, {u"ACTION_DIAL"_s})}, true);
        model.addFailures({u"+13125550127"_s}, u"The server had a problem."_s);
        const int standalone = model.featureColumn(u"RICHCARD_STANDALONE"_s);
        const int dial = model.featureColumn(u"ACTION_DIAL"_s);
        QCOMPARE(model.index(0, RcsCapabilitiesModel::RcsColumn).data().toString(), u"Yes"_s);
        QCOMPARE(model.index(0, standalone).data().toString(), u"✓"_s);
        QCOMPARE(model.index(0, dial).data().toString(), QString());
        QVERIFY(model.index(0, model.statusColumn()).data().toString().contains(u"New thing"_s));
        QCOMPARE(model.index(1, RcsCapabilitiesModel::RcsColumn).data().toString(), u"No"_s);
        QCOMPARE(model.index(1, standalone).data().toString(), QString());
        QVERIFY(model.index(2, model.statusColumn()).data().toString().contains(u"Earlier"_s));
        QCOMPARE(model.index(3, RcsCapabilitiesModel::RcsColumn).data().toString(), u"Unknown"_s);
        QCOMPARE(model.index(3, model.statusColumn()).data().toString(),
                 u"The server had a problem."_s);
        QCOMPARE(model.featuresInUse(), (QStringList{u"RICHCARD_STANDALONE"_s, u"ACTION_DIAL"_s}));
        QCOMPARE(model.failedNumbers(), QStringList{u"+13125550127"_s});
    }

    void proxyFiltersByOutcomeAndText()
    {
        RcsCapabilitiesModel model;
        RcsCapabilitiesProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addResults(batch(0, 10));
        model.addFailures({u"+13125559999"_s}, u"Timed out"_s);
        QCOMPARE(proxy.rowCount(), 11);
        proxy.setOutcomeFilter(RcsCapabilitiesProxy::OutcomeFilter::RcsOnly);
        QCOMPARE(proxy.rowCount(), 5);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, RcsCapabilitiesModel::RcsColumn).data().toString(), u"Yes"_s);
        proxy.setOutcomeFilter(RcsCapabilitiesProxy::OutcomeFilter::NotRcs);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setOutcomeFilter(RcsCapabilitiesProxy::OutcomeFilter::Failed);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setOutcomeFilter(RcsCapabilitiesProxy::OutcomeFilter::All);
        proxy.setFilterText(u"0004"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"dial"_s);
        QCOMPARE(proxy.rowCount(), 5);
        // Rows arriving while filtered are filtered too.
        model.addResults(batch(10, 10));
        QCOMPARE(proxy.rowCount(), 10);

        proxy.setFilterText({});
        proxy.sort(RcsCapabilitiesModel::RcsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, RcsCapabilitiesModel::RcsColumn).data().toString(), u"Yes"_s);
        QCOMPARE(
            proxy.index(proxy.rowCount() - 1, RcsCapabilitiesModel::RcsColumn).data().toString(),
            u"Unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestRcsCapabilitiesModel)
#include "tst_rcscapabilitiesmodel.moc"
