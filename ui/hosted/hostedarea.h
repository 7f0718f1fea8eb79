#pragma once

#include <QTabWidget>

struct HostedOrder;
struct MessagingHostedNumber;

class ApiClient;
class HostedNumberDetailPane;
class HostedNumbersFilterBar;
class HostedNumbersModel;
class HostedOrderDetailPane;
class HostedOrdersFilterBar;
class HostedOrdersModel;
class HostedRecords;
class MessagingProfiles;
class ListPage;

// The Hosted numbers area: hosted-number orders and the hosted numbers themselves, each a list
// with its detail pane. Creating and continuing orders is asked of the main window, which owns
// the order wizard windows.
//
// Its HostedRecords owns both lists and is their one writer: the panes and the order wizard
// ask it to create, change, delete or refresh an order or a number, and it updates the rows of
// that record alone. A record that leaves a list leaves nothing selected (its pane says what
// happened); the lists are loaded again only when the user refreshes them.
class HostedArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit HostedArea(ApiClient *client, QWidget *parent = nullptr);

    // For the order wizard windows, which write through it too.
    HostedRecords *records() const { return m_records; }
    ListPage *ordersPage() const { return m_orders; }
    ListPage *numbersPage() const { return m_numbers; }
    QList<ListPage *> listPages() const { return {m_orders, m_numbers}; }
    HostedOrdersModel *ordersModel() const;
    HostedNumbersModel *numbersModel() const;
    HostedOrderDetailPane *orderPane() const { return m_orderPane; }
    HostedNumberDetailPane *numberPane() const { return m_numberPane; }
    HostedOrdersFilterBar *ordersFilterBar() const { return m_filterBar; }
    HostedNumbersFilterBar *numbersFilterBar() const { return m_numbersFilterBar; }
    // The session's messaging profiles: both lists and panes show profiles by name.
    void setMessagingProfiles(MessagingProfiles *profiles);

public Q_SLOTS:
    // Reloads both lists: the user's Refresh. A single change updates its rows instead.
    void refresh();
    // Switches to the Orders tab and selects the order; loads the remaining pages of the list
    // when it is not among the loaded rows yet. False when it cannot be found (at once or,
    // after loading, reported through statusMessage()).
    bool showOrder(const QString &orderId);
    // Show order for the number in the pane: its order, or, when no loaded order holds it,
    // the rest of the orders list is loaded and the order holding it selected.
    void showNumbersOrder();
    // A record found elsewhere (Find a number): its row is selected when the list shows it,
    // else its pane shows it as found, with no row selected.
    void showOrderRecord(const HostedOrder &order);
    void showNumber(const MessagingHostedNumber &number);

Q_SIGNALS:
    void newOrderRequested();
    // Re-enter the order wizard at the first unfinished step of this order.
    void continueOrderRequested(const QString &orderId);
    void statusMessage(const QString &message);

private:
    bool selectLoadedOrder(const QString &orderId);
    void applyStatusFilter(const QStringList &statuses);
    void followOrders();
    static void unselectRemovedRows(ListPage *page, int first, int last);

    HostedRecords *m_records;
    ListPage *m_orders = nullptr;
    ListPage *m_numbers = nullptr;
    HostedOrdersFilterBar *m_filterBar;
    HostedNumbersFilterBar *m_numbersFilterBar;
    HostedOrderDetailPane *m_orderPane;
    HostedNumberDetailPane *m_numberPane;
    QMetaObject::Connection m_pendingShowOrder;
};
