#pragma once

#include <QTabWidget>

class ApiClient;
class HostedNumberDetailPane;
class HostedNumbersFilterBar;
class HostedNumbersModel;
class HostedOrderDetailPane;
class HostedOrdersFilterBar;
class HostedOrdersModel;
class ListPage;

// The Hosted numbers area: hosted-number orders and the hosted numbers themselves, each a list
// with its detail pane. Creating and continuing orders is asked of the main window, which owns
// the order wizard windows.
class HostedArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit HostedArea(ApiClient *client, QWidget *parent = nullptr);

    ListPage *ordersPage() const { return m_orders; }
    ListPage *numbersPage() const { return m_numbers; }
    QList<ListPage *> listPages() const { return {m_orders, m_numbers}; }
    HostedOrdersModel *ordersModel() const { return m_ordersModel; }
    HostedNumbersModel *numbersModel() const { return m_numbersModel; }
    HostedOrderDetailPane *orderPane() const { return m_orderPane; }
    HostedNumberDetailPane *numberPane() const { return m_numberPane; }
    HostedOrdersFilterBar *ordersFilterBar() const { return m_filterBar; }
    HostedNumbersFilterBar *numbersFilterBar() const { return m_numbersFilterBar; }

public Q_SLOTS:
    // Reloads both lists (after an order was created, continued or deleted).
    void refresh();
    // Switches to the Orders tab and selects the order; loads the remaining pages of the list
    // when it is not among the loaded rows yet. False when it cannot be found (at once or,
    // after loading, reported through statusMessage()).
    bool showOrder(const QString &orderId);
    // Show order for the number in the pane: its order, or, when no loaded order holds it,
    // the rest of the orders list is loaded and the order holding it selected.
    void showNumbersOrder();

Q_SIGNALS:
    void newOrderRequested();
    // Re-enter the order wizard at the first unfinished step of this order.
    void continueOrderRequested(const QString &orderId);
    void statusMessage(const QString &message);

private:
    bool selectLoadedOrder(const QString &orderId);
    void applyStatusFilter(const QStringList &statuses);
    void updateNumberLinks();

    HostedOrdersModel *m_ordersModel;
    HostedNumbersModel *m_numbersModel;
    ListPage *m_orders;
    ListPage *m_numbers;
    HostedOrdersFilterBar *m_filterBar;
    HostedNumbersFilterBar *m_numbersFilterBar;
    HostedOrderDetailPane *m_orderPane;
    HostedNumberDetailPane *m_numberPane;
    QMetaObject::Connection m_pendingShowOrder;
};
