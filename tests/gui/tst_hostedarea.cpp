#include "api/hostedapi.h"
#include "consoleenglish.h"
#include "hosted/hostedarea.h"
#include "hosted/hostednumberdetailpane.h"
#include "hosted/hostednumbereditor.h"
#include "hosted/hostednumbersfilterbar.h"
#include "hosted/hostedorderdetailpane.h"
#include "hosted/hostedordersfilterbar.h"
#include "hosted/hostedorderwizard.h"
#include "hosted/pdfdocumentfield.h"
#include "hostednumbersmodel.h"
#include "hostedordersmodel.h"
#include "hostedrecords.h"
#include "isolatedhome.h"
#include "listfilterproxy.h"
#include "listpage.h"
#include "sandboxtestbed.h"
#include "session/messagingprofiles.h"
#include "widgets/messagingprofilepicker.h"
#include "widgets/statetableview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// The Hosted numbers area against the in-process sandbox (clock frozen, so seeded orders keep
// their statuses): the orders and numbers lists, the status filter, both detail panes and their
// actions. Orders the tests change are created here through HostedApi, with numbers no seeded
// order uses.
class TestHostedArea : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    // The first page has arrived (the 48 orders fit in one page; the numbers take more).
    static bool settled(const PagedListModel *model)
    {
        const PagedListModel::State state = model->state();
        return state == PagedListModel::State::Loaded ||
               (state == PagedListModel::State::Idle && model->rowCount() > 0);
    }

    std::unique_ptr<HostedArea> makeArea()
    {
        auto area = std::make_unique<HostedArea>(&m_bed->client);
        area->resize(1280, 760);
        area->show();
        area->refresh();
        const bool loaded = QTest::qWaitFor(
            [&] { return settled(area->ordersModel()) && settled(area->numbersModel()); }, 10000);
        if (!loaded)
            qWarning("the hosted lists did not load");
        return area;
    }

    // A list whose first page is in (a delete changes rows in place: nothing to reload).
    static bool waitUntilSettled(PagedListModel *model)
    {
        return QTest::qWaitFor([&] { return settled(model); }, 10000);
    }

    // A one-page PDF the wizard's document check accepts.
    static bool writePdf(const QString &path, const QString &title)
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.drawText(QRect(200, 200, 2000, 300), Qt::AlignLeft, title);
        return painter.end();
    }

    int orderHttpStatus(const QString &id)
    {
        auto *call = HostedApi(&m_bed->client).retrieveOrder(id);
        int status = 0;
        connect(call, &ApiCall::done, this, [&] { status = call->httpStatus(); });
        SandboxTestbed::wait(call);
        return status;
    }

    int numberHttpStatus(const QString &id)
    {
        auto *call = HostedApi(&m_bed->client).retrieveNumber(id);
        int status = 0;
        connect(call, &ApiCall::done, this, [&] { status = call->httpStatus(); });
        SandboxTestbed::wait(call);
        return status;
    }

    // The list's row of a record, by id; invalid when the list does not show it.
    static QModelIndex rowOf(ListPage *page, const QString &id)
    {
        const QModelIndexList hits = page->proxy()->match(
            page->proxy()->index(0, 0), PagedListModel::IdRole, id, 1, Qt::MatchExactly);
        return hits.value(0);
    }

    static bool select(ListPage *page, const QString &id)
    {
        const QModelIndex index = rowOf(page, id);
        if (!index.isValid())
            return false;
        page->table()->setCurrentIndex(index);
        return true;
    }

    // The first loaded order with this wire status.
    static HostedOrder loadedOrderWithStatus(HostedArea &area, const QString &status)
    {
        const HostedOrdersModel *model = area.ordersModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).status == status)
                return model->index(row, 0).data(PagedListModel::RecordRole).value<HostedOrder>();
        }
        return {};
    }

    static QMessageBox *waitForDialog(QWidget *parent, const QString &name)
    {
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                box = parent->findChild<QMessageBox *>(name);
                return box && box->isVisible();
            },
            5000);
        return box;
    }

    QJsonObject numberJson(const QString &id)
    {
        auto *call = HostedApi(&m_bed->client).retrieveNumber(id);
        QJsonObject json;
        connect(call, &ApiCall::finished, this,
                [&] { json = call->json().object().value("data"_L1).toObject(); });
        SandboxTestbed::wait(call);
        return json;
    }

    // Queries of the hosted numbers list requests the sandbox saw.
    QList<QUrlQuery> numbersQueries()
    {
        QList<QUrlQuery> queries;
        for (const QJsonValue &entry : m_bed->requestLog()) {
            const QJsonObject request = entry.toObject();
            if (request.value("path"_L1).toString() == u"/v2/messaging_hosted_numbers"_s)
                queries.append(QUrlQuery(request.value("query"_L1).toString()));
        }
        return queries;
    }

    static QString field(QWidget *pane, const QString &wireName)
    {
        return child<QLabel>(pane, u"field_"_s + wireName)->text();
    }

    static void saveScreenshot(QWidget *widget, const char *name)
    {
        // For reviewing the look by eye: HOSTED_SCREENSHOT_DIR=/tmp
        const QString dir = qEnvironmentVariable("HOSTED_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents(); // let the layouts settle as they would on screen
        widget->grab().save(dir + u"/h2-"_s + QString::fromLatin1(name) + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // What users see: "1 page", "3 rows" (main.cpp installs the same).
        installEnglish();
        QVERIFY(isolateUserFiles(m_home, QStringLiteral("hosted-area-test")));
        SandboxOptions options;
        options.speed = 0;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
    }

    void init() { m_bed->clearFaults(); }

    void cleanupTestCase() { m_bed.reset(); }

    void loadsSeededOrdersAndNumbers()
    {
        auto area = makeArea();
        QCOMPARE(area->objectName(), u"hostedTabs"_s);
        QCOMPARE(area->count(), 2);
        QCOMPARE(area->ordersModel()->rowCount(), 48);
        QCOMPARE(area->ordersPage()->proxy()->rowCount(), 48);
        QVERIFY(area->numbersModel()->rowCount() >= 48);

        // Every seeded order status is there, each shown by its label.
        const HostedOrdersModel *orders = area->ordersModel();
        QSet<QString> statuses;
        for (int row = 0; row < orders->rowCount(); ++row) {
            statuses.insert(orders->rowAt(row).status);
            QCOMPARE(orders->index(row, HostedOrdersModel::StatusColumn).data().toString(),
                     hostedOrderStatusLabel(orders->rowAt(row).status));
        }
        QCOMPARE(statuses.size(), hostedOrderStatuses().size());

        // The numbers list names each number's order, found among the loaded orders.
        const HostedNumbersModel *numbers = area->numbersModel();
        for (int row = 0; row < numbers->rowCount(); ++row) {
            const QString orderId =
                numbers->index(row, HostedNumbersModel::OrderColumn).data().toString();
            QVERIFY(!orderId.isEmpty());
            QVERIFY(rowOf(area->ordersPage(), orderId).isValid());
        }

        // Nothing selected yet: both panes say what they are for.
        HostedOrderDetailPane *pane = area->orderPane();
        QVERIFY(!pane->hasOrder());
        QVERIFY(child<QLabel>(pane, u"detailPlaceholder"_s)->isVisible());
        QSignalSpy newOrder(area.get(), &HostedArea::newOrderRequested);
        child<QPushButton>(pane, u"placeholderNewOrderButton"_s)->click();
        QCOMPARE(newOrder.size(), 1);
    }

    void selectingAnOrderShowsItsNumbersAndStatus()
    {
        auto area = makeArea();
        const HostedOrder order = loadedOrderWithStatus(*area, u"loa_file_invalid"_s);
        QVERIFY(!order.id.isEmpty());
        m_bed->resetRequests();
        QVERIFY(select(area->ordersPage(), order.id));

        HostedOrderDetailPane *pane = area->orderPane();
        QCOMPARE(pane->orderId(), order.id);
        QVERIFY(child<QWidget>(pane, u"statusCallout"_s)->isVisible());
        QCOMPARE(child<QLabel>(pane, u"detailStatusBadge"_s)->text(), u"LOA not accepted"_s);
        QCOMPARE(child<QLabel>(pane, u"statusExplanationLabel"_s)->text(),
                 hostedOrderStatusExplanation(HostedOrderStatus::LoaFileInvalid));
        QVERIFY(child<QLabel>(pane, u"nextActionLabel"_s)
                    ->text()
                    .contains(u"Upload a new signed LOA"_s));
        QCOMPARE(child<QLabel>(pane, u"field_id"_s)->text(), order.id);
        QVERIFY(
            child<QLabel>(pane, u"documentsStepLabel"_s)->text().contains(u"Documents: pending"_s));
        QVERIFY(child<QLabel>(pane, u"codesStepLabel"_s)
                    ->text()
                    .contains(u"Verification codes: pending (0 of %1 verified)"_s.arg(
                        order.phoneNumbers.size())));

        auto *numbers = child<QTableWidget>(pane, u"orderNumbersTable"_s);
        QCOMPARE(numbers->rowCount(), order.phoneNumbers.size());
        for (int row = 0; row < numbers->rowCount(); ++row) {
            const HostedNumber &number = order.phoneNumbers.at(row);
            QCOMPARE(numbers->item(row, 0)->text(), number.phoneNumber);
            QCOMPARE(numbers->item(row, 1)->text(), hostedNumberStatusLabel(number.status));
            QCOMPARE(numbers->item(row, 2)->text(), number.id);
        }

        // The row may be stale: the pane asks for the order again.
        QVERIFY(QTest::qWaitFor([&] { return !pane->isRefreshing(); }, 5000));
        QCOMPARE(m_bed->requestCount(u"GET /v2/messaging_hosted_number_orders/"_s + order.id), 1);
        QVERIFY(pane->errorText().isEmpty());

        saveScreenshot(area.get(), "order-selected");
    }

    void paneShowsTheFreshOrderNotTheStaleRow()
    {
        const HostedOrder created =
            m_bed->createHostedOrder({u"+14157374811"_s, u"+14157374812"_s});
        QCOMPARE(created.status, u"pending"_s);
        auto area = makeArea();
        // After the list loaded, the documents arrive (e.g. from another window).
        auto *upload = HostedApi(&m_bed->client)
                           .uploadDocuments(
                               created.id, HostedApi::pdfPart("loa", u"loa.pdf"_s, "%PDF-1.4 loa"),
                               HostedApi::pdfPart("bill", u"bill.pdf"_s, "%PDF-1.4 bill"));
        QVERIFY(SandboxTestbed::wait(upload));
        QCOMPARE(area->ordersModel()->rowAt(rowOf(area->ordersPage(), created.id).row()).status,
                 u"pending"_s);

        QVERIFY(select(area->ordersPage(), created.id));
        HostedOrderDetailPane *pane = area->orderPane();
        QSignalSpy refreshed(pane, &HostedOrderDetailPane::orderRefreshed);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(pane->order().status, u"loa_file_successful"_s);
        QCOMPARE(child<QLabel>(pane, u"detailStatusBadge"_s)->text(), u"LOA accepted"_s);
        QVERIFY(child<QLabel>(pane, u"documentsStepLabel"_s)->text().contains(u"done"_s));
        QVERIFY(child<QLabel>(pane, u"codesStepLabel"_s)
                    ->text()
                    .contains(u"pending (0 of 2 verified)"_s));
        // The list row follows the fresh copy, in place (no reload, same row count).
        const int rows = area->ordersModel()->rowCount();
        const QModelIndex row =
            area->ordersPage()->proxy()->mapToSource(rowOf(area->ordersPage(), created.id));
        QCOMPARE(area->ordersModel()->rowAt(row.row()).status, u"loa_file_successful"_s);
        QCOMPARE(area->ordersModel()->rowCount(), rows);
        QCOMPARE(pane->orderId(), created.id); // the pane still shows it
    }

    void switchingOrdersCancelsThePreviousRefresh()
    {
        auto area = makeArea();
        const HostedOrder first = loadedOrderWithStatus(*area, u"successful"_s);
        const HostedOrder second = loadedOrderWithStatus(*area, u"pending"_s);
        QVERIFY(!first.id.isEmpty() && !second.id.isEmpty());
        // The first order's answer is slow; the second is picked before it arrives.
        m_bed->addFault(u"GET"_s, u"/v2/messaging_hosted_number_orders/"_s + first.id, u"delay"_s,
                        {{u"delay_ms"_s, 800}});
        HostedOrderDetailPane *pane = area->orderPane();
        QSignalSpy refreshed(pane, &HostedOrderDetailPane::orderRefreshed);
        QVERIFY(select(area->ordersPage(), first.id));
        QVERIFY(pane->isRefreshing());
        QVERIFY(select(area->ordersPage(), second.id));
        QVERIFY(refreshed.wait(5000));
        // The first order's call, unless cancelled, stays in flight until its late answer has
        // landed.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.first().first().value<HostedOrder>().id, second.id);
        QCOMPARE(pane->orderId(), second.id);
        QCOMPARE(child<QLabel>(pane, u"field_id"_s)->text(), second.id);

        // Destroying the area while a refresh is in flight cancels it (and nothing crashes).
        m_bed->addFault(u"GET"_s, u"/v2/messaging_hosted_number_orders/"_s + first.id, u"delay"_s,
                        {{u"delay_ms"_s, 500}});
        QVERIFY(select(area->ordersPage(), first.id));
        QVERIFY(pane->isRefreshing());
        area.reset();
        // Not cancelled, the call would stay in flight until its answer landed on the gone pane.
        QVERIFY(m_bed->waitUntilIdle());
    }

    void statusFilterNarrowsTheRows()
    {
        auto area = makeArea();
        ListFilterProxy *proxy = area->ordersPage()->proxy();
        const int all = proxy->rowCount();
        auto *combo = child<QComboBox>(area.get(), u"hostedOrdersStatusFilter"_s);
        QCOMPARE(combo->currentText(), u"All statuses"_s);
        // Every order status is offered by its label.
        for (const QString &status : hostedOrderStatuses())
            QVERIFY(combo->findText(hostedOrderStatusLabel(status)) >= 0);

        combo->setCurrentIndex(combo->findText(hostedOrderStatusLabel(u"successful"_s)));
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < all);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, 0).data(PagedListModel::StatusRole).toString(),
                     u"successful"_s);

        combo->setCurrentIndex(combo->findText(u"Needs your action"_s));
        QVERIFY(proxy->rowCount() >= 3);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString status = proxy->index(row, 0).data(PagedListModel::StatusRole).toString();
            QVERIFY2(hostedOrderNeedsCustomerAction(hostedOrderStatusFromString(status)),
                     qPrintable(status));
        }

        saveScreenshot(area.get(), "orders-needing-action");

        combo->setCurrentIndex(combo->findText(u"All statuses"_s));
        QCOMPARE(proxy->rowCount(), all);
    }

    void deleteOrderAsksThenDeletesIt()
    {
        const QStringList phones{u"+14157374821"_s, u"+14157374822"_s};
        const HostedOrder created = m_bed->createHostedOrder(phones);
        QVERIFY(!created.id.isEmpty());
        auto area = makeArea();
        QVERIFY(select(area->ordersPage(), created.id));
        HostedOrderDetailPane *pane = area->orderPane();
        QVERIFY(QTest::qWaitFor([&] { return !pane->isRefreshing(); }, 5000));
        auto *deleteButton = child<QPushButton>(pane, u"deleteOrderButton"_s);
        QVERIFY(deleteButton->isEnabled());

        // Cancel first: nothing is deleted.
        m_bed->resetRequests();
        deleteButton->click();
        QMessageBox *box = waitForDialog(pane, u"confirmDeleteOrderDialog"_s);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"All its 2 numbers are deleted too"_s));
        for (const QString &phone : phones)
            QVERIFY(box->informativeText().contains(phone));
        child<QPushButton>(box, u"cancelDeleteButton"_s)->click();
        QVERIFY(m_bed->waitUntilIdle()); // a DELETE, had one been sent, is answered and counted
        QCOMPARE(m_bed->requestCount(u"DELETE /v2/messaging_hosted_number_orders/"_s + created.id),
                 0);
        QCOMPARE(pane->orderId(), created.id);

        // Then confirm.
        const int orders = area->ordersModel()->rowCount();
        const int numbers = area->numbersModel()->rowCount();
        QSignalSpy ordersReset(area->ordersModel(), &QAbstractItemModel::modelReset);
        QSignalSpy numbersReset(area->numbersModel(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(area->records(), &HostedRecords::orderRemoved);
        QSignalSpy deleted(pane, &HostedOrderDetailPane::deleted);
        deleteButton->click();
        box = waitForDialog(pane, u"confirmDeleteOrderDialog"_s);
        QVERIFY(box);
        child<QPushButton>(box, u"confirmDeleteButton"_s)->click();
        QVERIFY(deleted.wait(5000));
        QCOMPARE(deleted.first().first().toString(), created.id);
        QCOMPARE(orderHttpStatus(created.id), 404);

        QVERIFY(waitUntilSettled(area->ordersModel()));
        QVERIFY(waitUntilSettled(area->numbersModel()));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!rowOf(area->ordersPage(), created.id).isValid());
        for (const HostedNumber &number : created.phoneNumbers)
            QVERIFY(!rowOf(area->numbersPage(), number.id).isValid());
        // Its rows left the lists; neither list was loaded again.
        QCOMPARE(area->ordersModel()->rowCount(), orders - 1);
        QCOMPARE(area->numbersModel()->rowCount(), numbers - 2);
        QCOMPARE(ordersReset.size(), 0);
        QCOMPARE(numbersReset.size(), 0);
        // Nothing selected in its place: the pane says what was deleted.
        QVERIFY(!area->ordersPage()->table()->currentIndex().isValid());
        QVERIFY(!pane->hasOrder());
        QVERIFY(child<QLabel>(pane, u"detailPlaceholder"_s)
                    ->text()
                    .contains(u"Deleted the order %1"_s.arg(created.id)));
    }

    void deleteOrderFailureIsShownInPlainWords()
    {
        const HostedOrder created = m_bed->createHostedOrder({u"+14157374825"_s});
        auto area = makeArea();
        QVERIFY(select(area->ordersPage(), created.id));
        HostedOrderDetailPane *pane = area->orderPane();
        QVERIFY(QTest::qWaitFor([&] { return !pane->isRefreshing(); }, 5000));
        m_bed->addFault(u"DELETE"_s, u"/v2/messaging_hosted_number_orders/"_s + created.id,
                        u"status"_s, {{u"status"_s, 403}});
        child<QPushButton>(pane, u"deleteOrderButton"_s)->click();
        QMessageBox *box = waitForDialog(pane, u"confirmDeleteOrderDialog"_s);
        QVERIFY(box);
        child<QPushButton>(box, u"confirmDeleteButton"_s)->click();
        QVERIFY(QTest::qWaitFor([&] { return !pane->errorText().isEmpty(); }, 5000));
        QVERIFY(pane->errorText().startsWith(u"Could not delete the order: "_s));
        QVERIFY(child<QLabel>(pane, u"detailErrorLabel"_s)->isVisible());
        // The order is still there and can be deleted again.
        QCOMPARE(pane->orderId(), created.id);
        QVERIFY(child<QPushButton>(pane, u"deleteOrderButton"_s)->isEnabled());
        QCOMPARE(orderHttpStatus(created.id), 200);
    }

    void anOrderDeletedElsewhereIsReportedAndLocked()
    {
        const HostedOrder created = m_bed->createHostedOrder({u"+14157374828"_s});
        auto area = makeArea();
        // Deleted from another window after the list loaded: the row is stale.
        QVERIFY(SandboxTestbed::wait(HostedApi(&m_bed->client).deleteOrder(created.id)));
        QVERIFY(select(area->ordersPage(), created.id));
        HostedOrderDetailPane *pane = area->orderPane();
        QVERIFY(QTest::qWaitFor([&] { return !pane->errorText().isEmpty(); }, 5000));
        QVERIFY(pane->errorText().contains(u"no longer exists"_s));
        QVERIFY(!child<QPushButton>(pane, u"continueOrderButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(pane, u"deleteOrderButton"_s)->isEnabled());
        // Its id can still be copied, e.g. for a support ticket.
        QVERIFY(child<QPushButton>(pane, u"copyOrderIdButton"_s)->isEnabled());
    }

    void deleteNumberRemovesItFromTheListAndTheSandbox()
    {
        const HostedOrder created =
            m_bed->createHostedOrder({u"+14157374831"_s, u"+14157374832"_s});
        QCOMPARE(created.phoneNumbers.size(), 2);
        const HostedNumber target = created.phoneNumbers.first();
        auto area = makeArea();
        area->setCurrentWidget(area->numbersPage());
        QVERIFY(select(area->numbersPage(), target.id));
        HostedNumberDetailPane *pane = area->numberPane();
        QCOMPARE(pane->numberId(), target.id);
        QCOMPARE(child<QLabel>(pane, u"detailTitle"_s)->text(), target.phoneNumber);
        // Long ids may wrap in a narrow pane (zero-width spaces after the hyphens).
        QCOMPARE(child<QLabel>(pane, u"field_order_id"_s)->text().remove(QChar(0x200B)),
                 created.id);
        QCOMPARE(child<QLabel>(pane, u"detailStatusBadge"_s)->text(), u"Pending"_s);
        QCOMPARE(child<QLabel>(pane, u"statusExplanationLabel"_s)->text(),
                 hostedNumberStatusExplanation(HostedNumberStatus::Pending));

        const int numbers = area->numbersModel()->rowCount();
        QSignalSpy ordersReset(area->ordersModel(), &QAbstractItemModel::modelReset);
        QSignalSpy numbersReset(area->numbersModel(), &QAbstractItemModel::modelReset);
        QSignalSpy orderChanged(area->records(), &HostedRecords::orderChanged);
        QSignalSpy deleted(pane, &HostedNumberDetailPane::deleted);
        child<QPushButton>(pane, u"deleteNumberButton"_s)->click();
        QMessageBox *box = waitForDialog(pane, u"confirmDeleteNumberDialog"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(target.phoneNumber));
        child<QPushButton>(box, u"confirmDeleteButton"_s)->click();
        QVERIFY(deleted.wait(5000));
        QCOMPARE(deleted.first().first().toString(), target.id);
        QCOMPARE(numberHttpStatus(target.id), 404);
        // The other number keeps its order alive.
        QCOMPARE(numberHttpStatus(created.phoneNumbers.last().id), 200);
        QCOMPARE(orderHttpStatus(created.id), 200);

        QVERIFY(waitUntilSettled(area->numbersModel()));
        QVERIFY(waitUntilSettled(area->ordersModel()));
        QVERIFY(!rowOf(area->numbersPage(), target.id).isValid());
        QVERIFY(rowOf(area->numbersPage(), created.phoneNumbers.last().id).isValid());
        QVERIFY(!pane->hasNumber());
        // One row left the numbers; the order's row took the order the API answered with.
        QCOMPARE(area->numbersModel()->rowCount(), numbers - 1);
        QCOMPARE(orderChanged.size(), 1);
        const int orderRow = area->ordersModel()->rowOf(created.id);
        QVERIFY(orderRow >= 0);
        QCOMPARE(area->ordersModel()->rowAt(orderRow).numbers.first().status, u"deleted"_s);
        QCOMPARE(ordersReset.size(), 0);
        QCOMPARE(numbersReset.size(), 0);
        QVERIFY(!area->numbersPage()->table()->currentIndex().isValid());
    }

    // The order wizard writes through the area's HostedRecords: the documents step updates the
    // order's row in place, and the pane showing the order follows without fetching it again.
    void completingAWizardStepUpdatesTheOrdersRowInPlace()
    {
        const HostedOrder created =
            m_bed->createHostedOrder({u"+14157374851"_s, u"+14157374852"_s});
        QCOMPARE(created.status, u"pending"_s);
        auto area = makeArea();
        QVERIFY(select(area->ordersPage(), created.id));
        HostedOrderDetailPane *pane = area->orderPane();
        QVERIFY(QTest::qWaitFor([&] { return !pane->isRefreshing(); }, 5000));
        const int row = area->ordersModel()->rowOf(created.id);
        QVERIFY(row >= 0);
        const int rows = area->ordersModel()->rowCount();
        QTemporaryDir files;
        const QString loaPath = files.filePath(u"loa.pdf"_s);
        const QString billPath = files.filePath(u"bill.pdf"_s);
        QVERIFY(writePdf(loaPath, u"Letter of authorization"_s));
        QVERIFY(writePdf(billPath, u"Carrier bill"_s));

        HostedOrderWizard wizard(area->records(), nullptr);
        wizard.show();
        wizard.continueOrder(created.id);
        QTRY_COMPARE(wizard.currentId(), int(HostedOrderWizard::DocumentsPageId));
        child<PdfDocumentField>(&wizard, u"loaField"_s)->setPath(loaPath);
        child<PdfDocumentField>(&wizard, u"billField"_s)->setPath(billPath);
        auto *upload = child<QPushButton>(&wizard, u"uploadButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(upload->isEnabled(), 10000);

        QSignalSpy ordersReset(area->ordersModel(), &QAbstractItemModel::modelReset);
        QSignalSpy numbersReset(area->numbersModel(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(area->ordersModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy stepDone(&wizard, &HostedOrderWizard::orderChanged);
        m_bed->resetRequests();
        upload->click();
        QVERIFY(stepDone.wait(10000));
        QTRY_COMPARE(area->ordersModel()->rowAt(row).status, u"loa_file_successful"_s);
        QCOMPARE(area->ordersModel()->rowOf(created.id), row);
        QCOMPARE(area->ordersModel()->rowCount(), rows);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().first().toModelIndex().row(), row);
        QCOMPARE(ordersReset.size(), 0);
        QCOMPARE(numbersReset.size(), 0);
        QCOMPARE(pane->order().status, u"loa_file_successful"_s);
        QCOMPARE(child<QLabel>(pane, u"detailStatusBadge"_s)->text(), u"LOA accepted"_s);
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(m_bed->requestCount(u"GET /v2/messaging_hosted_number_orders"_s), 0);
        QCOMPARE(m_bed->requestCount(u"GET /v2/messaging_hosted_number_orders/"_s + created.id), 0);
        wizard.close();
    }

    void continueOnlyForAnOrderWithAnUnfinishedStep()
    {
        const HostedOrder created = m_bed->createHostedOrder({u"+14157374841"_s});
        QCOMPARE(created.status, u"pending"_s);
        auto area = makeArea();
        HostedOrderDetailPane *pane = area->orderPane();
        auto *continueButton = child<QPushButton>(pane, u"continueOrderButton"_s);
        QSignalSpy continued(area.get(), &HostedArea::continueOrderRequested);

        // A new order without documents: Continue takes it up where it stopped.
        QVERIFY(select(area->ordersPage(), created.id));
        QVERIFY(QTest::qWaitFor([&] { return !pane->isRefreshing(); }, 5000));
        QVERIFY(continueButton->isEnabled());
        saveScreenshot(area.get(), "order-to-continue");
        continueButton->click();
        QCOMPARE(continued.size(), 1);
        QCOMPARE(continued.first().first().toString(), created.id);

        // A successful order has nothing left to do.
        const HostedOrder done = loadedOrderWithStatus(*area, u"successful"_s);
        QVERIFY(select(area->ordersPage(), done.id));
        QVERIFY(QTest::qWaitFor([&] { return !pane->isRefreshing(); }, 5000));
        QVERIFY(!continueButton->isEnabled());
        QVERIFY(continueButton->toolTip().contains(u"closed"_s));
        pane->continueOrder();
        QCOMPARE(continued.size(), 1);

        // Nor does a deleted one, which cannot be deleted again either.
        const HostedOrder gone = loadedOrderWithStatus(*area, u"deleted"_s);
        QVERIFY(select(area->ordersPage(), gone.id));
        QVERIFY(!continueButton->isEnabled());
        QVERIFY(!child<QPushButton>(pane, u"deleteOrderButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(pane, u"documentsStepLabel"_s)->text().contains(u"not needed"_s));
        saveScreenshot(pane, "order-deleted-pane");

        QSignalSpy newOrder(area.get(), &HostedArea::newOrderRequested);
        child<QPushButton>(pane, u"newOrderButton"_s)->click();
        QCOMPARE(newOrder.size(), 1);
    }

    void copyButtonsPutIdsOnTheClipboard()
    {
        auto area = makeArea();
        const HostedOrder order = loadedOrderWithStatus(*area, u"provisioning"_s);
        QVERIFY(select(area->ordersPage(), order.id));
        HostedOrderDetailPane *pane = area->orderPane();
        QSignalSpy messages(area.get(), &HostedArea::statusMessage);

        QGuiApplication::clipboard()->clear();
        child<QPushButton>(pane, u"copyOrderIdButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), order.id);
        QVERIFY(!messages.isEmpty());

        child<QPushButton>(pane, u"copyNumberIdsButton"_s)->click();
        QStringList ids;
        for (const HostedNumber &number : order.phoneNumbers)
            ids.append(number.id);
        QCOMPARE(QGuiApplication::clipboard()->text(), ids.join(u'\n'));

        area->setCurrentWidget(area->numbersPage());
        QVERIFY(select(area->numbersPage(), ids.first()));
        child<QPushButton>(area->numberPane(), u"copyNumberIdButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), ids.first());
    }

    void showOrderSwitchesToTheNumbersOrder()
    {
        auto area = makeArea();
        area->setCurrentWidget(area->numbersPage());
        const HostedNumbersModel *numbers = area->numbersModel();
        const int last = numbers->rowCount() - 1;
        const QString numberId = numbers->rowAt(last).id;
        const QString orderId = numbers->orderIdForNumber(numberId);
        QVERIFY(!orderId.isEmpty());
        QVERIFY(select(area->numbersPage(), numberId));
        saveScreenshot(area.get(), "number-selected");

        child<QPushButton>(area->numberPane(), u"showOrderButton"_s)->click();
        QCOMPARE(area->currentWidget(), area->ordersPage());
        QCOMPARE(area->orderPane()->orderId(), orderId);
        QCOMPARE(area->ordersPage()->currentRecord().value<HostedOrder>().id, orderId);
    }

    // The numbers tab's server-side search, and the number pane with what the SDK declares
    // for a hosted number and the status taken from the order that holds it.
    void searchFindsTheNumberAndThePaneTakesItsStatusFromTheOrder()
    {
        const HostedOrder created =
            m_bed->createHostedOrder({u"+14157379901"_s, u"+14157379902"_s});
        QCOMPARE(created.phoneNumbers.size(), 2);
        const HostedNumber target = created.phoneNumbers.first();
        QCOMPARE(target.status, u"pending"_s);

        // The orders list answers late: until then no status is known.
        m_bed->resetRequests();
        m_bed->addFault(u"GET"_s, u"/v2/messaging_hosted_number_orders"_s, u"delay"_s,
                        {{u"delay_ms"_s, 4000}});
        HostedArea area(&m_bed->client);
        area.resize(1280, 760);
        area.show();
        area.setCurrentWidget(area.numbersPage());
        area.refresh();

        // A whole number typed in the search box: filter[phone_number], one row.
        auto *search = child<QLineEdit>(&area, u"hostedNumbersSearchEdit"_s);
        QTest::keyClicks(search, u"(415) 737-9901"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<QUrlQuery> queries = numbersQueries();
                return !queries.isEmpty() && queries.last().queryItemValue(
                                                 u"filter[phone_number]"_s) == target.phoneNumber;
            }(),
            5000);
        HostedNumbersModel *numbers = area.numbersModel();
        QTRY_COMPARE(numbers->state(), PagedListModel::State::Loaded);
        QCOMPARE(numbers->rowCount(), 1);
        QCOMPARE(numbers->rowAt(0).phoneNumber, target.phoneNumber);

        QCOMPARE(area.ordersModel()->rowCount(), 0); // still waiting for the orders
        QCOMPARE(numbers->index(0, HostedNumbersModel::StatusColumn).data().toString(), u"—"_s);
        area.numbersPage()->table()->setCurrentIndex(area.numbersPage()->proxy()->index(0, 0));
        HostedNumberDetailPane *pane = area.numberPane();
        QCOMPARE(pane->numberId(), target.id);
        QCOMPARE(child<QLabel>(pane, u"detailStatusBadge"_s)->text(), u"Status unknown"_s);
        QCOMPARE(pane->hostedStatus(), QString());

        // What the SDK declares and support staff ask about.
        const QJsonObject json = numberJson(target.id);
        QVERIFY(!json.contains("hosted_status"_L1));
        QCOMPARE(field(pane, u"country_code"_s), json.value("country_code"_L1).toString());
        QCOMPARE(field(pane, u"traffic_type"_s), json.value("traffic_type"_L1).toString());
        QCOMPARE(field(pane, u"eligible_messaging_products"_s),
                 json.value("eligible_messaging_products"_L1).toArray().first().toString());
        QCOMPARE(field(pane, u"features.sms"_s),
                 u"domestic two-way, international inbound, international outbound"_s);
        const QJsonValue mms = json.value("features"_L1).toObject().value("mms"_L1);
        QCOMPARE(field(pane, u"features.mms"_s),
                 mms.isNull() ? u"not available"_s : u"domestic two-way"_s);
        const QJsonObject health = json.value("health"_L1).toObject();
        QCOMPARE(field(pane, u"health.message_count"_s),
                 QLocale().toString(qint64(health.value("message_count"_L1).toDouble())));
        QVERIFY(field(pane, u"health.spam_ratio"_s).endsWith(u"%"_s));
        QVERIFY(field(pane, u"health.success_ratio"_s).endsWith(u"%"_s));
        QVERIFY(!field(pane, u"health.inbound_outbound_ratio"_s).isEmpty());

        // The orders arrive: the status is the number's status in its order.
        QTRY_VERIFY_WITH_TIMEOUT(area.ordersModel()->rowCount() > 0, 10000);
        QTRY_COMPARE(child<QLabel>(pane, u"detailStatusBadge"_s)->text(), u"Pending"_s);
        QCOMPARE(pane->hostedStatus(), target.status);
        QCOMPARE(pane->orderId(), created.id);
        QCOMPARE(child<QLabel>(pane, u"statusExplanationLabel"_s)->text(),
                 hostedNumberStatusExplanation(HostedNumberStatus::Pending));
        QCOMPARE(numbers->index(0, HostedNumbersModel::StatusColumn).data().toString(),
                 u"Pending"_s);
        QCOMPARE(numbers->index(0, HostedNumbersModel::OrderColumn).data().toString(), created.id);

        // Part of a number: filter[phone_number][contains].
        search->clear();
        QTest::keyClicks(search, u"737-99"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<QUrlQuery> queries = numbersQueries();
                return !queries.isEmpty() && queries.last().queryItemValue(
                                                 u"filter[phone_number][contains]"_s) == u"73799"_s;
            }(),
            5000);
        QTRY_COMPARE(numbers->state(), PagedListModel::State::Loaded);
        QCOMPARE(numbers->rowCount(), 2);
    }

    // Both lists and both panes show messaging profiles by name (the id in the tooltip); the
    // number pane moves a number to another profile and tags it, and its row shows that at
    // once; a profile the server refuses puts the error on the picker and keeps the inputs.
    void profilesByNameAndANumberMovedToAnotherProfile()
    {
        MessagingProfiles profiles(&m_bed->client);
        auto area = makeArea();
        area->setMessagingProfiles(&profiles);
        profiles.load();
        QTRY_VERIFY_WITH_TIMEOUT(profiles.isLoaded(), 10000);

        // The lists: the name shown, the id in the tooltip.
        ListPage *orders = area->ordersPage();
        for (ListPage *page : area->listPages()) {
            auto *model = qobject_cast<PagedListModel *>(page->proxy()->sourceModel());
            QVERIFY(model);
            int shown = 0;
            for (int row = 0; row < page->proxy()->rowCount(); ++row) {
                const QModelIndex cell = page->proxy()->index(row, model->profileColumn());
                const QString id = cell.data(Qt::ToolTipRole).toString().section(u' ', -1);
                if (profiles.name(id).isEmpty())
                    continue;
                QCOMPARE(cell.data().toString(), profiles.name(id));
                ++shown;
            }
            QVERIFY2(shown > 0, qPrintable(page->objectName()));
        }

        // The order pane.
        const HostedOrdersModel *orderModel = area->ordersModel();
        QString orderId;
        QString orderProfile;
        for (int row = 0; row < orderModel->rowCount() && orderId.isEmpty(); ++row) {
            if (!orderModel->rowAt(row).messagingProfileId.isEmpty()) {
                orderId = orderModel->rowAt(row).id;
                orderProfile = orderModel->rowAt(row).messagingProfileId;
            }
        }
        QVERIFY(select(orders, orderId));
        auto *orderField = child<QLabel>(area->orderPane(), u"field_messaging_profile_id"_s);
        QTRY_COMPARE(orderField->text(), profiles.name(orderProfile));
        QVERIFY(orderField->toolTip().contains(orderProfile));

        // The number pane: move the number, tag it.
        area->setCurrentWidget(area->numbersPage());
        HostedNumbersModel *numbers = area->numbersModel();
        const HostedNumberRow number = numbers->rowAt(0);
        QVERIFY(select(area->numbersPage(), number.id));
        HostedNumberDetailPane *pane = area->numberPane();
        QTRY_COMPARE(pane->numberId(), number.id);
        QString target;
        for (const MessagingProfile &profile : profiles.profiles()) {
            if (profile.id != number.messagingProfileId)
                target = profile.id;
        }
        auto *picker = child<MessagingProfilePicker>(pane, u"messagingProfilePicker"_s);
        auto *profileEdit = child<QLineEdit>(pane, u"numberProfileEdit"_s);
        auto *tags = child<QLineEdit>(pane, u"numberTagsEdit"_s);
        auto *save = child<QPushButton>(pane, u"saveNumberButton"_s);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        picker->setCurrentIndex(picker->findData(target));
        tags->setText(u"front-desk, east, front-desk"_s);
        QVERIFY(save->isEnabled());
        QSignalSpy reset(numbers, &QAbstractItemModel::modelReset);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(pane->editor()->isSaving());
        QTRY_VERIFY_WITH_TIMEOUT(!pane->editor()->isSaving(), 10000);
        const QJsonObject sent = m_bed->requestLog().last().toObject();
        QCOMPARE(sent.value(u"method"_s).toString(), u"PATCH"_s);
        QCOMPARE(sent.value(u"body"_s)[u"messaging_profile_id"_s].toString(), target);
        QCOMPARE(sent.value(u"body"_s)[u"tags"_s].toArray(),
                 (QJsonArray{u"front-desk"_s, u"east"_s}));
        // The row changed in place, with the new profile's name.
        const int row = numbers->rowOf(number.id);
        QCOMPARE(numbers->rowAt(row).messagingProfileId, target);
        QCOMPARE(numbers->index(row, HostedNumbersModel::MessagingProfileColumn).data().toString(),
                 profiles.name(target));
        QCOMPARE(reset.size(), 0);
        QTRY_COMPARE(child<QLabel>(pane, u"field_messaging_profile_id"_s)->text(),
                     profiles.name(target));
        QCOMPARE(child<QLabel>(pane, u"field_tags"_s)->text(), u"front-desk, east"_s);
        QVERIFY(!save->isEnabled());

        // A profile the account does not have: the error on the picker, the inputs kept.
        const QString unknown = u"00000000-0000-4000-8000-00000000beef"_s;
        profileEdit->setText(unknown);
        tags->setText(u"kept"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->editor()->isSaving(), 10000);
        auto *problem = child<QLabel>(pane, u"numberProfileEditProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(unknown));
        QCOMPARE(profileEdit->text(), unknown);
        QCOMPARE(tags->text(), u"kept"_s);
        QCOMPARE(numbers->rowAt(row).messagingProfileId, target);
    }
};

QTEST_MAIN(TestHostedArea)
#include "tst_hostedarea.moc"
