#pragma once

#include "domain/hosted.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class ApiClient;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;

// The detail side of the hosted numbers list: the number, its hosting status explained, the
// order it belongs to (with Show order), its messaging settings, and the actions Copy ID and
// Delete hosted number (asks first, naming the number, then calls the API itself).
//
// The API does not say which order a number belongs to; the area finds it among the loaded
// orders and passes it in (setOrderId). Showing another number, clearing the pane or
// destroying it cancels its calls.
class HostedNumberDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit HostedNumberDetailPane(ApiClient *client, QWidget *parent = nullptr);
    ~HostedNumberDetailPane() override;

    // Shows `number`; a number without id clears the pane. orderId may be empty (not known).
    void setNumber(const MessagingHostedNumber &number, const QString &orderId = {});
    // The order of the number shown, once the orders list knows it.
    void setOrderId(const QString &orderId);
    void clear();
    bool hasNumber() const { return !m_number.id.isEmpty(); }
    const MessagingHostedNumber &number() const { return m_number; }
    QString numberId() const { return m_number.id; }
    QString orderId() const { return m_orderId; }
    // The hosting status ("pending", "successful"...); the sandbox sends it as hosted_status.
    QString hostedStatus() const;

    bool isDeleting() const { return !m_deleteCall.isNull(); }
    QString errorText() const;

public Q_SLOTS:
    // Asks for confirmation (non-blocking dialog "confirmDeleteNumberDialog"), then deletes.
    void requestDelete();
    void copyId();
    void showOrder();

Q_SIGNALS:
    void showOrderRequested(const QString &orderId);
    // The number was deleted; `order` is its order as the API answered (status "deleted" when
    // it had no other number left), empty when the number was already gone.
    void deleted(const QString &numberId, const HostedOrder &order);
    void statusMessage(const QString &message);

private:
    void showNumber();
    void updateOrderField();
    void updateActions();
    void showError(const QString &message);
    void cancelCalls();
    void performDelete(const QString &numberId, const QString &phoneNumber);

    ApiClient *m_client;
    MessagingHostedNumber m_number;
    QString m_orderId;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_statusBadge;
    QLabel *m_meta;
    QLabel *m_explanation;
    QLabel *m_error;
    QPushButton *m_copyIdButton;
    QPushButton *m_showOrderButton;
    QPushButton *m_deleteButton;
    QLabel *m_idValue;
    QLabel *m_orderValue;
    QLabel *m_profileValue;
    QLabel *m_productValue;
    QLabel *m_typeValue;
    QLabel *m_tagsValue;
    QLabel *m_createdValue;
    QLabel *m_updatedValue;

    QPointer<ApiCall> m_deleteCall;
    QPointer<QMessageBox> m_confirm;
};
