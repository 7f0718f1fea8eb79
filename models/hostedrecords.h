#pragma once

#include "api/hostedapi.h"
#include "domain/hosted.h"

#include <QObject>

class ApiCall;
class ApiClient;
class HostedNumbersModel;
class HostedOrdersModel;

// The one writer of the Hosted numbers area's records. It owns the orders and numbers lists;
// every create, change, delete or refresh of an order or a hosted number is asked of it, by the
// detail panes and the order wizard alike. Each method sends its request and returns the call,
// so the caller keeps its progress, cancel and error handling. When the call succeeds the rows
// change through the lists' id index: the order's row in place, a new order as the first row,
// a deleted record's row removed. No list is loaded again after one record changed, and the
// signals below tell whoever shows that record.
//
// The rows change on the call's done(), after the caller's own finished() or failed() handlers:
// a pane that asked for a delete has told the user before its row leaves the list.
class HostedRecords : public QObject
{
    Q_OBJECT

public:
    explicit HostedRecords(ApiClient *client, QObject *parent = nullptr);

    // For reads of other resources (the eligibility check, the look-up after a lost create).
    ApiClient *client() const { return m_client; }
    HostedOrdersModel *ordersModel() const { return m_orders; }
    HostedNumbersModel *numbersModel() const { return m_numbers; }

    // The new order becomes the first row of the orders list. An answer Telnyx accepted but
    // that could not be read reloads the lists: only they can show that order.
    ApiCallOf<HostedOrder> *createOrder(const HostedOrderCreateRequest &request);
    // Fetches the order again; its row is replaced in place (a 404 leaves the row for the pane
    // to explain; the list's refresh drops it).
    ApiCallOf<HostedOrder> *refreshOrder(const QString &orderId);
    // The order as the upload left it replaces its row.
    ApiCallOf<HostedOrder> *uploadDocuments(const QString &orderId, const MultipartPart &loa,
                                            const MultipartPart &bill);
    // Sending codes changes nothing the lists show; it is here so that every write of an order
    // has one way in.
    ApiCallOf<QList<VerificationCodeResult>> *
    sendVerificationCodes(const QString &orderId, const VerificationCodesRequest &request);
    // A number verified changes its order: the order is fetched again for its row.
    ApiCallOf<CodeValidationResult> *validateCodes(const QString &orderId,
                                                   const ValidationCodesRequest &request);
    // The order's row and the rows of its numbers leave the lists (also when it was already
    // gone: 404).
    ApiCallOf<HostedOrder> *deleteOrder(const QString &orderId);
    // The number's row leaves the list; its order's row takes the order the API answered with
    // (status "deleted" once its last number is gone: such an order stays listed, as a reload
    // shows it), or is fetched again when the answer did not carry it.
    ApiCallOf<HostedOrder> *deleteNumber(const QString &numberId);
    // PATCH /messaging_hosted_numbers/{id}: another messaging profile, product or tags. The
    // number as the API answered replaces its row in place (or the row leaves a list narrowed
    // by the server to another profile), then numberChanged().
    ApiCallOf<MessagingHostedNumber> *updateNumber(const QString &numberId,
                                                   const MessagingHostedNumberUpdate &update);

    // Orders a create made although its answer was lost, as the look-up for them found them:
    // added or updated like a created order.
    void addFoundOrders(const QList<HostedOrder> &orders);

Q_SIGNALS:
    // A fresher copy of the order arrived (created, fetched, changed by a write); its row, when
    // listed, already shows it.
    void orderChanged(const HostedOrder &order);
    // Deleted at Telnyx; its row (if it was loaded) is gone.
    void orderRemoved(const QString &orderId);
    void numberRemoved(const QString &numberId);
    // The number as an update left it; its row, when listed, already shows it.
    void numberChanged(const MessagingHostedNumber &number);

private:
    void showOrder(const HostedOrder &order);
    void removeOrder(const QString &orderId, const QList<HostedNumber> &answeredNumbers);
    void removeNumber(const QString &numberId);
    void updateNumberLinks();

    ApiClient *m_client;
    HostedOrdersModel *m_orders;
    HostedNumbersModel *m_numbers;
};
