#pragma once

#include <QTabWidget>

class ApiClient;
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

Q_SIGNALS:
    void newOrderRequested();
    // Re-enter the order wizard at the first unfinished step of this order.
    void continueOrderRequested(const QString &orderId);
    void statusMessage(const QString &message);

private:
    ListPage *m_orders;
    ListPage *m_numbers;
};
