#pragma once

#include "domain/hosted.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class HostedNumberEditor;
class HostedRecords;
class MessagingProfiles;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;

// The detail side of the hosted numbers list: the number, its hosting status explained, the
// order it belongs to (with Show order), what the SDK's PhoneNumberWithMessagingSettings
// declares (health, SMS/MMS features, traffic type, eligible products, country, messaging
// settings), and the actions Copy ID and Delete hosted number (asks first, naming the number,
// then asks HostedRecords to delete it, which removes its row and updates its order's row).
//
// The hosted-number resource carries no hosting status and no order: both come from the order
// whose phone_numbers[] holds the number. The area finds it among the loaded orders and passes
// it in (setLink); until then the status is unknown. Showing another number, clearing the
// pane or destroying it cancels its calls.
class HostedNumberDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit HostedNumberDetailPane(HostedRecords *records, QWidget *parent = nullptr);
    ~HostedNumberDetailPane() override;

    // Shows `number`; a number without id clears the pane. The link may be unknown.
    void setNumber(const MessagingHostedNumber &number, const HostedNumberLink &link = {});
    // The order of the number shown and its status there, once the orders list knows it.
    void setLink(const HostedNumberLink &link);
    void clear();
    bool hasNumber() const { return !m_number.id.isEmpty(); }
    const MessagingHostedNumber &number() const { return m_number; }
    QString numberId() const { return m_number.id; }
    QString orderId() const { return m_link.orderId; }
    // The hosting status ("pending", "successful"...) from the order; empty when not known.
    QString hostedStatus() const { return m_link.status; }

    bool isDeleting() const { return !m_deleteCall.isNull(); }
    QString errorText() const;
    // The profile shown by name (id in the tooltip) and picked by name in the settings editor.
    void setMessagingProfiles(MessagingProfiles *profiles);
    HostedNumberEditor *editor() const { return m_editor; }

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
    void updateStatus();
    void updateActions();
    void showError(const QString &message);
    void cancelCalls();
    void performDelete(const QString &numberId, const QString &phoneNumber);

    HostedRecords *m_records;
    MessagingHostedNumber m_number;
    HostedNumberLink m_link;

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
    QLabel *m_countryValue;
    QLabel *m_trafficValue;
    QLabel *m_eligibleValue;
    QLabel *m_smsValue;
    QLabel *m_mmsValue;
    QLabel *m_messageCountValue;
    QLabel *m_spamValue;
    QLabel *m_successValue;
    QLabel *m_inOutValue;
    QLabel *m_createdValue;
    QLabel *m_updatedValue;
    HostedNumberEditor *m_editor;
    QPointer<MessagingProfiles> m_messagingProfiles;

    QPointer<ApiCall> m_deleteCall;
    QPointer<QMessageBox> m_confirm;
};
