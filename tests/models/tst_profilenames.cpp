#include "api/messagingprofilesapi.h"
#include "hostednumbersmodel.h"
#include "hostedordersmodel.h"
#include "hostedrecords.h"
#include "rcsagentsmodel.h"
#include "sandboxtestbed.h"
#include "tableexport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

// Messaging profiles by name in the lists that show one (hosted orders and numbers, RCS
// agents), against the in-process sandbox: the name is shown, the id is in the tooltip and in
// what Copy and Export write, an unknown id is shown as it is; and HostedRecords::updateNumber
// changes the number's row in place.
class TestProfileNames : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;
    QHash<QString, QString> m_names; // the sandbox's profiles

    static bool loadAll(PagedListModel *model)
    {
        model->reload();
        model->loadAll();
        return QTest::qWaitFor([model] { return model->state() == PagedListModel::State::Loaded; },
                               15000);
    }

    // The first row whose profile column holds an id, or -1.
    static int rowWithProfile(PagedListModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->index(row, model->profileColumn())
                     .data(PagedListModel::RawValueRole)
                     .toString()
                     .isEmpty())
                return row;
        }
        return -1;
    }

    void checkNamesIn(PagedListModel *model)
    {
        QAbstractItemModelTester tester(model);
        QVERIFY(loadAll(model));
        const int column = model->profileColumn();
        QVERIFY(column >= 0);
        const int row = rowWithProfile(model);
        QVERIFY(row >= 0);
        const QModelIndex cell = model->index(row, column);
        // Before the names are known: the id, never a blank cell.
        const QString id = cell.data().toString();
        QVERIFY(m_names.contains(id));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(id));
        QCOMPARE(cell.data(TableExport::ExportTextRole).toString(), id);

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        model->setProfileNames(m_names);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), column);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), column);
        QCOMPARE(reset.size(), 0);

        const QString name = m_names.value(id);
        QCOMPARE(cell.data().toString(), name);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(id));
        QCOMPARE(cell.data(TableExport::ExportTextRole).toString(), u"%1 (%2)"_s.arg(name, id));
        QVERIFY(TableExport::toTsv(model, {cell}).contains(u"%1 (%2)"_s.arg(name, id)));
        QVERIFY(model->searchTextAt(row).contains(name.toLower()));
        // The other columns are as they were.
        QCOMPARE(model->index(row, column == 0 ? 1 : 0).data(TableExport::ExportTextRole),
                 QVariant());

        // A profile the names do not have: its id again.
        QHash<QString, QString> others = m_names;
        others.remove(id);
        model->setProfileNames(others);
        QCOMPARE(cell.data().toString(), id);
        QVERIFY(!cell.data().toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
        auto *call = MessagingProfilesApi(&m_bed->client).list(1, 100);
        connect(call, &ApiCall::finished, this, [&] {
            for (const MessagingProfile &profile : call->result().items)
                m_names.insert(profile.id, profile.name);
        });
        QVERIFY(SandboxTestbed::wait(call));
        QCOMPARE(m_names.size(), 6);
    }

    void hostedOrdersShowProfileNames()
    {
        HostedOrdersModel model(&m_bed->client);
        checkNamesIn(&model);
    }
    void hostedNumbersShowProfileNames()
    {
        HostedNumbersModel model(&m_bed->client);
        checkNamesIn(&model);
    }
    void rcsAgentsShowProfileNames()
    {
        RcsAgentsModel model(&m_bed->client);
        checkNamesIn(&model);
    }

    void anUpdatedNumberChangesItsRowInPlace()
    {
        HostedRecords records(&m_bed->client);
        HostedNumbersModel *numbers = records.numbersModel();
        QAbstractItemModelTester tester(numbers);
        QVERIFY(loadAll(numbers));
        const int rows = numbers->rowCount();
        const int row = rowWithProfile(numbers);
        QVERIFY(row >= 0);
        const HostedNumberRow before = numbers->rowAt(row);
        QString target;
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
            if (it.key() != before.messagingProfileId)
                target = it.key();
        }
        QSignalSpy reset(numbers, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&records, &HostedRecords::numberChanged);
        MessagingHostedNumberUpdate update;
        update.messagingProfileId = target;
        update.tags = QStringList{u"moved"_s};
        auto *call = records.updateNumber(before.id, update);
        QVERIFY(SandboxTestbed::wait(call));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<MessagingHostedNumber>().messagingProfileId,
                 std::optional<QString>(target));
        QCOMPARE(numbers->rowOf(before.id), row);
        QCOMPARE(numbers->rowAt(row).messagingProfileId, target);
        QCOMPARE(numbers->rowAt(row).record().value<MessagingHostedNumber>().tags,
                 QStringList{u"moved"_s});
        QCOMPARE(numbers->rowCount(), rows);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_bed->requestCount(u"PATCH /v2/messaging_hosted_numbers/"_s + before.id), 1);
    }

    void aNumberMovedOutOfAProfileFilteredListLeavesIt()
    {
        HostedRecords records(&m_bed->client);
        HostedNumbersModel *numbers = records.numbersModel();
        QAbstractItemModelTester tester(numbers);
        QVERIFY(loadAll(numbers));
        const HostedNumberRow first = numbers->rowAt(rowWithProfile(numbers));
        HostedNumbersFilter filter;
        filter.messagingProfileId = first.messagingProfileId;
        numbers->setFilter(filter);
        numbers->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(numbers->state(), PagedListModel::State::Loaded, 10000);
        QVERIFY(numbers->rowOf(first.id) >= 0);
        const int rows = numbers->rowCount();
        QString target;
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it) {
            if (it.key() != first.messagingProfileId)
                target = it.key();
        }
        MessagingHostedNumberUpdate update;
        update.messagingProfileId = target;
        QVERIFY(SandboxTestbed::wait(records.updateNumber(first.id, update)));
        QTRY_COMPARE(numbers->rowCount(), rows - 1);
        QCOMPARE(numbers->rowOf(first.id), -1);
    }

    void aFailedUpdateLeavesTheRow()
    {
        HostedRecords records(&m_bed->client);
        HostedNumbersModel *numbers = records.numbersModel();
        QVERIFY(loadAll(numbers));
        const HostedNumberRow before = numbers->rowAt(0);
        QSignalSpy changed(&records, &HostedRecords::numberChanged);
        MessagingHostedNumberUpdate update;
        update.messagingProfileId = u"not-a-profile-of-this-account"_s;
        auto *call = records.updateNumber(before.id, update);
        QVERIFY(!SandboxTestbed::wait(call));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(numbers->rowAt(0).messagingProfileId, before.messagingProfileId);
    }
};

QTEST_MAIN(TestProfileNames)
#include "tst_profilenames.moc"
