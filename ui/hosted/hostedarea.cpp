#include "hostedarea.h"

#include "api/apiclient.h"
#include "hostednumberdetailpane.h"
#include "hostednumbersfilterbar.h"
#include "hostednumbersmodel.h"
#include "hostedorderdetailpane.h"
#include "hostedordersfilterbar.h"
#include "hostedordersmodel.h"
#include "listfilterproxy.h"
#include "listpage.h"
#include "widgets/statetableview.h"

#include <QAction>
#include <QHeaderView>
#include <QSet>

using namespace Qt::StringLiterals;

HostedArea::HostedArea(ApiClient *client, QWidget *parent)
    : QTabWidget(parent)
    , m_ordersModel(new HostedOrdersModel(client, this))
    , m_numbersModel(new HostedNumbersModel(client, this))
{
    setObjectName(u"hostedTabs"_s);
    m_orders =
        new ListPage({u"hostedOrders"_s, tr("Hosted orders"), tr("hosted-number orders"),
                      m_ordersModel, HostedOrdersModel::StatusColumn,
                      [](const QVariant &record) { return record.value<HostedOrder>().raw; }},
                     this);
    m_numbers = new ListPage(
        {u"hostedNumbers"_s, tr("Hosted numbers"), tr("hosted numbers"), m_numbersModel,
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

    m_orderPane = new HostedOrderDetailPane(client, m_orders);
    m_orders->setDetailWidget(m_orderPane);
    connect(m_orders, &ListPage::currentRecordChanged, m_orderPane,
            [this](const QVariant &record) { m_orderPane->setOrder(record.value<HostedOrder>()); });
    connect(m_orderPane, &HostedOrderDetailPane::newOrderRequested, this,
            &HostedArea::newOrderRequested);
    connect(m_orderPane, &HostedOrderDetailPane::continueOrderRequested, this,
            &HostedArea::continueOrderRequested);
    connect(m_orderPane, &HostedOrderDetailPane::statusMessage, this, &HostedArea::statusMessage);
    // The pane fetches the order it shows; its row in the list gets the fresh copy too.
    connect(m_orderPane, &HostedOrderDetailPane::orderRefreshed, m_ordersModel,
            [this](const HostedOrder &order) { m_ordersModel->updateRecord(order.raw); });
    // Deleting an order deletes its numbers: both lists change.
    connect(m_orderPane, &HostedOrderDetailPane::deleted, this, &HostedArea::refresh);

    // Numbers: the API's filters, a detail pane; the order and status of each number come
    // from the loaded orders.
    m_numbersFilterBar = new HostedNumbersFilterBar(m_numbers);
    m_numbers->setExtraFilterBar(m_numbersFilterBar);
    connect(m_numbersFilterBar, &HostedNumbersFilterBar::filterChanged, m_numbersModel,
            &HostedNumbersModel::setFilter);
    m_numberPane = new HostedNumberDetailPane(client, m_numbers);
    m_numbers->setDetailWidget(m_numberPane);
    connect(m_numbers, &ListPage::currentRecordChanged, m_numberPane,
            [this](const QVariant &record) {
                const auto number = record.value<MessagingHostedNumber>();
                m_numberPane->setNumber(
                    number, m_numbersModel->numberLinks().find(number.id, number.phoneNumber));
            });
    connect(m_numberPane, &HostedNumberDetailPane::statusMessage, this, &HostedArea::statusMessage);
    connect(m_numberPane, &HostedNumberDetailPane::showOrderRequested, this,
            &HostedArea::showNumbersOrder);
    // The number's order changes too (and is deleted with its last number).
    connect(m_numberPane, &HostedNumberDetailPane::deleted, this, &HostedArea::refresh);

    connect(m_ordersModel, &QAbstractItemModel::rowsInserted, this, &HostedArea::updateNumberLinks);
    connect(m_ordersModel, &QAbstractItemModel::modelReset, this, &HostedArea::updateNumberLinks);
    // A fresher copy of an order (its pane fetched it) may change its numbers' statuses.
    connect(m_ordersModel, &QAbstractItemModel::dataChanged, this, &HostedArea::updateNumberLinks);

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

void HostedArea::refresh()
{
    m_orders->refresh();
    m_numbers->refresh();
}

void HostedArea::applyStatusFilter(const QStringList &statuses)
{
    m_orders->proxy()->setStatusFilter(statuses);
    // ListPage words its empty state after the text filter; say which status matched nothing.
    if (!statuses.isEmpty() && m_orders->proxy()->rowCount() == 0 && m_ordersModel->rowCount() > 0)
        m_orders->table()->setPlaceholderText(
            tr("No loaded order is “%1”.").arg(m_filterBar->currentLabel()));
}

void HostedArea::updateNumberLinks()
{
    const HostedNumberLinks links = m_ordersModel->numberLinks();
    m_numbersModel->setNumberLinks(links);
    if (m_numberPane->hasNumber())
        m_numberPane->setLink(
            links.find(m_numberPane->numberId(), m_numberPane->number().phoneNumber));
    // The profile filter offers the profiles the loaded orders use.
    QStringList profiles;
    QSet<QString> seen;
    for (int row = 0; row < m_ordersModel->rowCount(); ++row) {
        const QString profile = m_ordersModel->rowAt(row).messagingProfileId;
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
        m_ordersModel->state() == PagedListModel::State::Loaded) {
        showOrder(m_numberPane->orderId());
        return;
    }
    // Not among the loaded orders: load the rest of the list, then look again.
    disconnect(m_pendingShowOrder);
    setCurrentWidget(m_orders);
    const QString phone = m_numberPane->number().phoneNumber;
    Q_EMIT statusMessage(tr("Looking for the order that holds %1…").arg(phone));
    m_pendingShowOrder =
        connect(m_ordersModel, &PagedListModel::stateChanged, this,
                [this, phone, numberId = m_numberPane->numberId()](PagedListModel::State state) {
                    if (state == PagedListModel::State::Loading)
                        return;
                    disconnect(m_pendingShowOrder);
                    const QString orderId =
                        m_ordersModel->numberLinks().find(numberId, phone).orderId;
                    if (orderId.isEmpty())
                        Q_EMIT statusMessage(tr("No order in the list holds %1.").arg(phone));
                    else
                        showOrder(orderId);
                });
    m_ordersModel->loadAll();
}

bool HostedArea::selectLoadedOrder(const QString &orderId)
{
    const QModelIndexList hits = m_orders->proxy()->match(
        m_orders->proxy()->index(0, 0), PagedListModel::IdRole, orderId, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return false;
    m_orders->table()->setCurrentIndex(hits.first());
    m_orders->table()->scrollTo(hits.first());
    return true;
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
    if (m_orders->proxy()->rowCount() < m_ordersModel->rowCount() &&
        !m_filterBar->statuses().isEmpty())
        m_filterBar->setStatus({});
    if (selectLoadedOrder(orderId))
        return true;
    if (m_ordersModel->state() == PagedListModel::State::Loaded) {
        Q_EMIT statusMessage(tr("The order %1 was not found in the list.").arg(orderId));
        return false;
    }
    // Not loaded yet: fetch the rest of the list, then select it.
    Q_EMIT statusMessage(tr("Looking for the order %1…").arg(orderId));
    m_pendingShowOrder = connect(
        m_ordersModel, &PagedListModel::stateChanged, this,
        [this, orderId](PagedListModel::State state) {
            if (state == PagedListModel::State::Loading)
                return;
            disconnect(m_pendingShowOrder);
            if (!selectLoadedOrder(orderId))
                Q_EMIT statusMessage(tr("The order %1 was not found in the list.").arg(orderId));
        });
    m_ordersModel->loadAll();
    return false;
}
