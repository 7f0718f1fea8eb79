#pragma once

#include "domain/rcs.h"

#include <QDialog>
#include <QPointer>

class ApiCall;
class ApiClient;
class FieldFeedback;
class QLabel;
class QLineEdit;
class QPushButton;
class RcsInviteStore;

// Invites a phone number to test an RCS agent (PUT /messaging/rcs/test_number_invite/...).
// The number is checked as it is typed (E.164; a US number typed with separators is turned into
// E.164); the answer's status is shown in the dialog and remembered in the RcsInviteStore, so the
// agent pane lists it. The dialog stays open to invite more numbers.
class RcsTestNumbersDialog : public QDialog
{
    Q_OBJECT

public:
    RcsTestNumbersDialog(ApiClient *client, RcsInviteStore *store, const RcsAgent &agent,
                         QWidget *parent = nullptr);
    ~RcsTestNumbersDialog() override;

    QString agentId() const { return m_agent.agentId; }
    // The number as it will be sent: E.164, or empty while the field holds none.
    QString phoneNumber() const;
    bool isInviting() const { return !m_call.isNull(); }
    QString resultText() const;

    // Plain words for an invite status, for the dialog and the agent pane.
    static QString statusDescription(const QString &status);

public Q_SLOTS:
    void invite();
    void reject() override;

Q_SIGNALS:
    void invited(const RcsTestNumberInvite &invite);

private:
    void setBusy(bool busy);
    void showResult(const QString &html, bool failure);

    ApiClient *m_client;
    RcsInviteStore *m_store;
    RcsAgent m_agent;
    QLineEdit *m_numberEdit;
    FieldFeedback *m_numberFeedback;
    QLabel *m_result;
    QLabel *m_busy;
    QPushButton *m_inviteButton;
    QPointer<ApiCall> m_call;
};
