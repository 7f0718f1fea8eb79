#pragma once

#include "domain/hosted.h"
#include "domain/hostedorderprogress.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class ApiError;
class HostedRecords;
class MessagingProfiles;
class QFrame;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The detail side of the hosted-number orders list: the order's status in plain words with what
// it means and what to do next, where the documents and verification-codes steps stand, the
// order's fields and its numbers with their own statuses, and the actions (New order, Continue,
// Copy order ID, Copy all number IDs, Delete order). New order and Continue are only announced:
// the order wizard handles them. Delete asks first, naming every number it removes, then asks
// HostedRecords to delete it, which removes the order's rows from the lists.
//
// The list row can be stale, so the order shown is fetched again (HostedRecords::refreshOrder,
// which updates the row too) each time it is set; the previous fetch is cancelled. A fresher
// copy from elsewhere (a wizard step, a deleted number) is shown as it arrives. Showing another
// order, clearing the pane or destroying it cancels its calls.
class HostedOrderDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit HostedOrderDetailPane(HostedRecords *records, QWidget *parent = nullptr);
    ~HostedOrderDetailPane() override;

    // Shows `order` at once, then refreshes it from the API; an order without id clears the pane.
    void setOrder(const HostedOrder &order);
    void clear();
    bool hasOrder() const { return !m_order.id.isEmpty(); }
    const HostedOrder &order() const { return m_order; }
    QString orderId() const { return m_order.id; }
    HostedOrderProgress progress() const { return hostedOrderProgress(m_order); }

    bool isRefreshing() const { return !m_refreshCall.isNull(); }
    bool isDeleting() const { return !m_deleteCall.isNull(); }
    // The inline error of the last failed refresh or action; empty when none is shown.
    QString errorText() const;
    // Shows the order's messaging profile by name (the id in its tooltip), following changes.
    void setMessagingProfiles(MessagingProfiles *profiles);
    // Why Continue is not offered for `order` (empty when it is): the button's tooltip.
    static QString continueBlockedReason(const HostedOrder &order);

public Q_SLOTS:
    // Fetches the order shown again.
    void refresh();
    void continueOrder();
    // Asks for confirmation (non-blocking dialog "confirmDeleteOrderDialog"), then deletes.
    void requestDelete();
    void copyOrderId();
    void copyNumberIds();

Q_SIGNALS:
    void newOrderRequested();
    void continueOrderRequested(const QString &orderId);
    // The order was deleted (or was already gone at the server); HostedRecords removes its rows.
    void deleted(const QString &orderId);
    // The pane's own fetch of the order answered.
    void orderRefreshed(const HostedOrder &order);
    void statusMessage(const QString &message);

private:
    void showOrder();
    void fillNumbers();
    void updateActions();
    void showError(const QString &message);
    void cancelCalls();
    void performDelete(const QString &orderId, int numberCount);
    void onRefreshFailed(const ApiError &error);
    void followOrder(const HostedOrder &order);

    HostedRecords *m_records;
    HostedOrder m_order;
    QPointer<MessagingProfiles> m_messagingProfiles;
    bool m_gone = false; // the server answered 404 for the order shown

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QPushButton *m_placeholderNewButton;
    QLabel *m_title;
    QLabel *m_statusBadge;
    QLabel *m_meta;
    QLabel *m_refreshing;
    QPushButton *m_continueButton;
    QPushButton *m_newButton;
    QPushButton *m_copyIdButton;
    QPushButton *m_copyNumberIdsButton;
    QPushButton *m_deleteButton;
    QLabel *m_error;
    QFrame *m_callout;
    QLabel *m_calloutTitle;
    QLabel *m_explanation;
    QLabel *m_nextAction;
    QLabel *m_documentsStep;
    QLabel *m_codesStep;
    QLabel *m_idValue;
    QLabel *m_profileValue;
    QLabel *m_createdValue;
    QLabel *m_updatedValue;
    QTableWidget *m_numbers;

    QPointer<ApiCall> m_refreshCall;
    QPointer<ApiCall> m_deleteCall;
    QPointer<QMessageBox> m_confirm;
};
