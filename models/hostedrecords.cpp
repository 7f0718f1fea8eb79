#include "hostedrecords.h"

#include "api/apicall.h"
#include "api/resendadvice.h"
#include "hostednumbersmodel.h"
#include "hostedordersmodel.h"
#include "recordwrite.h"

#include <algorithm>

namespace {

// A list nobody asked for yet gets its rows when it loads; one that was asked for is asked
// again.
void reloadIfListed(PagedListModel *model)
{
    if (model->pager())
        model->reload();
}

bool isGone(const ApiCall *call)
{
    return call->isSucceeded() || call->error().httpStatus() == 404;
}

} // namespace

HostedRecords::HostedRecords(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_orders(new HostedOrdersModel(client, this))
    , m_numbers(new HostedNumbersModel(client, this))
{
    // The numbers' Order and Status columns come from the orders: they follow every change.
    connect(m_orders, &QAbstractItemModel::rowsInserted, this, &HostedRecords::updateNumberLinks);
    connect(m_orders, &QAbstractItemModel::rowsRemoved, this, &HostedRecords::updateNumberLinks);
    connect(m_orders, &QAbstractItemModel::modelReset, this, &HostedRecords::updateNumberLinks);
    connect(m_orders, &QAbstractItemModel::dataChanged, this, &HostedRecords::updateNumberLinks);
}

ApiCallOf<HostedOrder> *HostedRecords::createOrder(const HostedOrderCreateRequest &request)
{
    return afterCallersHandlers(
        this, HostedApi(m_client).createOrder(request), [this](ApiCallOf<HostedOrder> *call) {
            if (call->isSucceeded()) {
                addFoundOrders({call->result()});
            } else if (resendAdviceFor(call->error()) == ResendAdvice::Done) {
                // Created, but which order is not known: only the lists can
                // show it.
                reloadIfListed(m_orders);
                reloadIfListed(m_numbers);
            }
        });
}

ApiCallOf<HostedOrder> *HostedRecords::refreshOrder(const QString &orderId)
{
    return afterCallersHandlers(this, HostedApi(m_client).retrieveOrder(orderId),
                                [this](ApiCallOf<HostedOrder> *call) {
                                    if (call->isSucceeded())
                                        showOrder(call->result());
                                });
}

ApiCallOf<HostedOrder> *HostedRecords::uploadDocuments(const QString &orderId,
                                                       const MultipartPart &loa,
                                                       const MultipartPart &bill)
{
    return afterCallersHandlers(this, HostedApi(m_client).uploadDocuments(orderId, loa, bill),
                                [this](ApiCallOf<HostedOrder> *call) {
                                    if (call->isSucceeded())
                                        showOrder(call->result());
                                });
}

ApiCallOf<QList<VerificationCodeResult>> *
HostedRecords::sendVerificationCodes(const QString &orderId,
                                     const VerificationCodesRequest &request)
{
    return HostedApi(m_client).createVerificationCodes(orderId, request);
}

ApiCallOf<CodeValidationResult> *HostedRecords::validateCodes(const QString &orderId,
                                                              const ValidationCodesRequest &request)
{
    return afterCallersHandlers(
        this, HostedApi(m_client).validateCodes(orderId, request),
        [this, orderId](ApiCallOf<CodeValidationResult> *call) {
            if (!call->isSucceeded())
                return;
            const QList<CodeValidationNumber> numbers = call->result().numbers;
            // The answer names the numbers, not the order they changed (and maybe moved on).
            if (std::any_of(numbers.cbegin(), numbers.cend(), [](const CodeValidationNumber &n) {
                    return n.statusValue() == CodeValidationStatus::Verified;
                }))
                refreshOrder(orderId);
        });
}

ApiCallOf<HostedOrder> *HostedRecords::deleteOrder(const QString &orderId)
{
    return afterCallersHandlers(this, HostedApi(m_client).deleteOrder(orderId),
                                [this, orderId](ApiCallOf<HostedOrder> *call) {
                                    if (isGone(call))
                                        removeOrder(orderId, call->result().phoneNumbers);
                                });
}

ApiCallOf<HostedOrder> *HostedRecords::deleteNumber(const QString &numberId)
{
    // Asked now: once the number's row is gone, the list no longer knows its order.
    const QString orderId = m_numbers->orderIdForNumber(numberId);
    return afterCallersHandlers(this, HostedApi(m_client).deleteNumber(numberId),
                                [this, numberId, orderId](ApiCallOf<HostedOrder> *call) {
                                    if (!isGone(call))
                                        return;
                                    removeNumber(numberId);
                                    if (call->isSucceeded() && call->hasRecord())
                                        showOrder(call->result());
                                    else if (!orderId.isEmpty())
                                        refreshOrder(orderId);
                                });
}

ApiCallOf<MessagingHostedNumber> *
HostedRecords::updateNumber(const QString &numberId, const MessagingHostedNumberUpdate &update)
{
    return afterCallersHandlers(
        this, HostedApi(m_client).updateNumber(numberId, update),
        [this, numberId](ApiCallOf<MessagingHostedNumber> *call) {
            if (!call->isSucceeded())
                return;
            if (!call->hasRecord()) { // done, but what it looks like now only a read says
                reloadIfListed(m_numbers);
                return;
            }
            const MessagingHostedNumber number = call->result();
            // A list the server narrowed to one profile no longer holds a number moved away.
            const QString listedProfile = m_numbers->filter().messagingProfileId;
            if (!listedProfile.isEmpty() &&
                number.messagingProfileId.value_or(QString()) != listedProfile)
                m_numbers->removeRecord(number.id.isEmpty() ? numberId : number.id);
            else
                m_numbers->updateRecord(number.raw);
            Q_EMIT numberChanged(number);
        });
}

void HostedRecords::addFoundOrders(const QList<HostedOrder> &orders)
{
    for (const HostedOrder &order : orders) {
        if (order.id.isEmpty())
            continue;
        // The orders list has no server-side filter (its status filter is the view's), so a
        // new order belongs in it: first, as the list is newest first.
        if (m_orders->pager())
            m_orders->upsertRecord(order.raw);
        Q_EMIT orderChanged(order);
    }
    // An order lists its numbers but not their hosted-number records, and the numbers list
    // may be narrowed or sorted by the server: that one list is asked again.
    if (!orders.isEmpty())
        reloadIfListed(m_numbers);
}

void HostedRecords::showOrder(const HostedOrder &order)
{
    if (order.id.isEmpty())
        return;
    m_orders->updateRecord(order.raw);
    Q_EMIT orderChanged(order);
}

void HostedRecords::removeOrder(const QString &orderId, const QList<HostedNumber> &answeredNumbers)
{
    // Its numbers as the answer lists them, else as its row does.
    QList<HostedNumber> numbers = answeredNumbers;
    if (const int row = m_orders->rowOf(orderId); numbers.isEmpty() && row >= 0)
        numbers = m_orders->rowAt(row).numbers;
    // Looked up while the order is still listed: the links say which rows are its numbers.
    QStringList numberIds;
    for (const HostedNumber &number : std::as_const(numbers)) {
        if (const int row = m_numbers->rowOfOrderNumber(orderId, number); row >= 0)
            numberIds.append(m_numbers->rowAt(row).id);
    }
    for (const QString &numberId : std::as_const(numberIds))
        removeNumber(numberId);
    m_orders->removeRecord(orderId);
    Q_EMIT orderRemoved(orderId);
}

void HostedRecords::removeNumber(const QString &numberId)
{
    m_numbers->removeRecord(numberId);
    Q_EMIT numberRemoved(numberId);
}

void HostedRecords::updateNumberLinks()
{
    m_numbers->setNumberLinks(m_orders->numberLinks());
}
