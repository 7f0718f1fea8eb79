#include "hostedarea.h"

#include "api/apiclient.h"
#include "hostednumberdetailpane.h"
#include "hostednumbersfilterbar.h"
#include "hostednumbersmodel.h"
#include "hostedorderdetailpane.h"
#include "hostedordersfilterbar.h"
#include "hostedordersmodel.h"
#include "hostedrecords.h"
#include "listfilterproxy.h"
#include "listpage.h"
#include "widgets/messagingprofilenames.h"
#include "widgets/statetableview.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSet>

using namespace Qt::StringLiterals;

HostedArea::HostedArea(ApiClient *client, QWidget *parent)
    : QTabWidget(parent)
    , m_records(new HostedRecords(client, this))
{
    setObjectName(u"hostedTabs"_s);
    // A removed record's row leaves nothing selected: the neighbouring row would take over the
    // pane, which has just said what was deleted. Connected before the list pages exist, so this
    // runs before their views move the current row.
    connect(ordersModel(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                unselectRemovedRows(m_orders, first, last);
            });
    connect(numbersModel(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                unselectRemovedRows(m_numbers, first, last);
            });

    m_orders =
        new ListPage({u"hostedOrders"_s, tr("Hosted orders"), tr("hosted-number orders"),
                      ordersModel(), HostedOrdersModel::StatusColumn,
                      [](const QVariant &record) { return record.value<HostedOrder>().raw; }},
                     this);
    m_numbers = new ListPage(
        {u"hostedNumbers"_s, tr("Hosted numbers"), tr("hosted numbers"), numbersModel(),
         HostedNumbersModel::StatusColumn,
         [](const QVariant &record) { return record.value<MessagingHostedNumber>().raw; }},
        this);
    // Room for whole ids; the counts need little.
    QHeaderView *ordersHeader = m_orders->table()->horizontalHeader();
    ordersHeader->resizeSection(HostedOrdersModel::IdColumn, 290);
    ordersHeader->resizeSection(HostedOrdersModel::NumberCountColumn, 80);
    ordersHeader->resizeSection(HostedOrdersModel::MessagingProfileColumn, 290);
    QHeaderView *numbersHeader = m_numbers->table()->horizontalHeader();
    numbersHeader->resizeSection(HostedNumbersModel::PhoneNumberColumn, 130);
    numbersHeader->resizeSection(HostedNumbersModel::MessagingProfileColumn, 290);
    numbersHeader->resizeSection(HostedNumbersModel::OrderColumn, 290);
    numbersHeader->resizeSection(HostedNumbersModel::IdColumn, 290);
    addTab(m_orders, tr("Orders"));
    addTab(m_numbers, tr("Numbers"));

    // Orders: status filter, detail pane.
    m_filterBar = new HostedOrdersFilterBar(m_orders);
    m_orders->setExtraFilterBar(m_filterBar);
    connect(m_filterBar, &HostedOrdersFilterBar::statusesChanged, this,
            &HostedArea::applyStatusFilter);

    m_orderPane = new HostedOrderDetailPane(m_records, m_orders);
    m_orders->setDetailWidget(m_orderPane);
    connect(m_orders, &ListPage::currentRecordChanged, m_orderPane,
            [this](const QVariant &record) { m_orderPane->setOrder(record.value<HostedOrder>()); });
    connect(m_orderPane, &HostedOrderDetailPane::newOrderRequested, this,
            &HostedArea::newOrderRequested);
    connect(m_orderPane, &HostedOrderDetailPane::continueOrderRequested, this,
            &HostedArea::continueOrderRequested);
    connect(m_orderPane, &HostedOrderDetailPane::statusMessage, this, &HostedArea::statusMessage);

    // Numbers: the API's filters, a detail pane; the order and status of each number come
    // from the loaded orders.
    m_numbersFilterBar = new HostedNumbersFilterBar(m_numbers);
    m_numbers->setExtraFilterBar(m_numbersFilterBar);
    connect(m_numbersFilterBar, &HostedNumbersFilterBar::filterChanged, numbersModel(),
            &HostedNumbersModel::setFilter);
    m_numberPane = new HostedNumberDetailPane(m_records, m_numbers);
    m_numbers->setDetailWidget(m_numberPane);
    connect(m_numbers, &ListPage::currentRecordChanged, m_numberPane,
            [this](const QVariant &record) {
                const auto number = record.value<MessagingHostedNumber>();
                m_numberPane->setNumber(
                    number, numbersModel()->numberLinks().find(number.id, number.phoneNumber));
            });
    connect(m_numberPane, &HostedNumberDetailPane::statusMessage, this, &HostedArea::statusMessage);
    connect(m_numberPane, &HostedNumberDetailPane::showOrderRequested, this,
            &HostedArea::showNumbersOrder);

    // After HostedRecords has given the numbers their links (it connected first).
    connect(ordersModel(), &QAbstractItemModel::rowsInserted, this, &HostedArea::followOrders);
    connect(ordersModel(), &QAbstractItemModel::rowsRemoved, this, &HostedArea::followOrders);
    connect(ordersModel(), &QAbstractItemModel::modelReset, this, &HostedArea::followOrders);
    connect(ordersModel(), &QAbstractItemModel::dataChanged, this, &HostedArea::followOrders);

    // Delete from the lists too, not only from inside the panes.
    const auto addDeleteAction = [](ListPage *page, const QString &text, auto *target, auto slot) {
        auto *action = new QAction(text, page->table());
        action->setShortcut(QKeySequence::Delete);
        action->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(action, &QAction::triggered, target, slot);
        page->table()->addAction(action);
    };
    addDeleteAction(m_orders, tr("Delete order…"), m_orderPane,
                    &HostedOrderDetailPane::requestDelete);
    addDeleteAction(m_numbers, tr("Delete hosted number…"), m_numberPane,
                    &HostedNumberDetailPane::requestDelete);
}

HostedOrdersModel *HostedArea::ordersModel() const
{
    return m_records->ordersModel();
}

HostedNumbersModel *HostedArea::numbersModel() const
{
    return m_records->numbersModel();
}

void HostedArea::setMessagingProfiles(MessagingProfiles *profiles)
{
    MessagingProfileNames::feed(profiles, ordersModel());
    MessagingProfileNames::feed(profiles, numbersModel());
    m_orderPane->setMessagingProfiles(profiles);
    m_numberPane->setMessagingProfiles(profiles);
}

void HostedArea::refresh()
{
    m_orders->refresh();
    m_numbers->refresh();
}

void HostedArea::unselectRemovedRows(ListPage *page, int first, int last)
{
    if (!page)
        return;
    const QModelIndex current = page->proxy()->mapToSource(page->table()->currentIndex());
    if (current.isValid() && current.row() >= first && current.row() <= last)
        page->table()->selectionModel()->clear(); // the pane follows: it shows nothing
}

void HostedArea::applyStatusFilter(const QStringList &statuses)
{
    m_orders->proxy()->setStatusFilter(statuses);
    // ListPage words its empty state after the text filter; say which status matched nothing.
    if (!statuses.isEmpty() && m_orders->proxy()->rowCount() == 0 && ordersModel()->rowCount() > 0)
        m_orders->table()->setPlaceholderText(
            tr("No loaded order is “%1”.").arg(m_filterBar->currentLabel()));
}

void HostedArea::followOrders()
{
    // The number shown takes its status from its order.
    const HostedNumberLinks &links = numbersModel()->numberLinks();
    if (m_numberPane->hasNumber())
        m_numberPane->setLink(
            links.find(m_numberPane->numberId(), m_numberPane->number().phoneNumber));
    // The profile filter offers the profiles the loaded orders use.
    QStringList profiles;
    QSet<QString> seen;
    for (int row = 0; row < ordersModel()->rowCount(); ++row) {
        const QString profile = ordersModel()->rowAt(row).messagingProfileId;
        if (!profile.isEmpty() && !seen.contains(profile)) {
            seen.insert(profile);
            profiles.append(profile);
        }
    }
    profiles.sort();
    m_numbersFilterBar->setKnownProfiles(profiles);
}

void HostedArea::showNumbersOrder()
{
    if (!m_numberPane->hasNumber())
        return;
    if (!m_numberPane->orderId().isEmpty() ||
        ordersModel()->state() == PagedListModel::State::Loaded) {
        showOrder(m_numberPane->orderId());
        return;
    }
    // Not among the loaded orders: load the rest of the list, then look again.
    disconnect(m_pendingShowOrder);
    setCurrentWidget(m_orders);
    const QString phone = m_numberPane->number().phoneNumber;
    Q_EMIT statusMessage(tr("Looking for the order that holds %1…").arg(phone));
    m_pendingShowOrder =
        connect(ordersModel(), &PagedListModel::stateChanged, this,
                [this, phone, numberId = m_numberPane->numberId()](PagedListModel::State state) {
                    if (state == PagedListModel::State::Loading)
                        return;
                    disconnect(m_pendingShowOrder);
                    const QString orderId =
                        ordersModel()->numberLinks().find(numberId, phone).orderId;
                    if (orderId.isEmpty())
                        Q_EMIT statusMessage(tr("No order in the list holds %1.").arg(phone));
                    else
                        showOrder(orderId);
                });
    ordersModel()->loadAll();
}

bool HostedArea::selectLoadedOrder(const QString &orderId)
{
    return m_orders->selectRecord(orderId);
}

void HostedArea::showOrderRecord(const HostedOrder &order)
{
    disconnect(m_pendingShowOrder);
    setCurrentWidget(m_orders);
    if (selectLoadedOrder(order.id))
        return;
    // Not among the rows shown: the pane shows the order as it was found.
    m_orders->clearCurrentRecord();
    m_orderPane->setOrder(order);
}

void HostedArea::showNumber(const MessagingHostedNumber &number)
{
    setCurrentWidget(m_numbers);
    if (m_numbers->selectRecord(number.id))
        return;
    m_numbers->clearCurrentRecord();
    m_numberPane->setNumber(number,
                            numbersModel()->numberLinks().find(number.id, number.phoneNumber));
}

bool HostedArea::showOrder(const QString &orderId)
{
    disconnect(m_pendingShowOrder);
    setCurrentWidget(m_orders);
    if (orderId.isEmpty()) {
        Q_EMIT statusMessage(tr("The order of this number is not among the loaded orders; "
                                "use Load all in the Orders tab to find it."));
        return false;
    }
    // A status filter could hide the order: show every status.
    if (m_orders->proxy()->rowCount() < ordersModel()->rowCount() &&
        !m_filterBar->statuses().isEmpty())
        m_filterBar->setStatus({});
    if (selectLoadedOrder(orderId))
        return true;
    if (ordersModel()->state() == PagedListModel::State::Loaded) {
        Q_EMIT statusMessage(tr("The order %1 was not found in the list.").arg(orderId));
        return false;
    }
    // Not loaded yet: fetch the rest of the list, then select it.
    Q_EMIT statusMessage(tr("Looking for the order %1…").arg(orderId));
    m_pendingShowOrder = connect(
        ordersModel(), &PagedListModel::stateChanged, this,
        [this, orderId](PagedListModel::State state) {
            if (state == PagedListModel::State::Loading)
                return;
            disconnect(m_pendingShowOrder);
            if (!selectLoadedOrder(orderId))
                Q_EMIT statusMessage(tr("The order %1 was not found in the list.").arg(orderId));
        });
    ordersModel()->loadAll();
    return false;
}
