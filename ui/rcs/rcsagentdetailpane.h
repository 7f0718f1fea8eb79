#pragma once

#include "domain/rcs.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ApiCall;
class MessagingProfiles;
class RcsAgentRecords;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class RcsInviteStore;

// The detail side of the RCS agents list: the selected agent's record in readable groups
// (fetched again when shown), its actions, and the test numbers invited from this console with
// their last known status ("Check again" re-sends the invite, which answers the current status).
// Dialogs and other tabs are only announced through signals; RcsArea opens them.
class RcsAgentDetailPane : public QWidget
{
    Q_OBJECT

public:
    // Refreshes through `records` (which update the agent's row); invites go to `invites`.
    RcsAgentDetailPane(RcsAgentRecords *records, RcsInviteStore *invites,
                       QWidget *parent = nullptr);
    ~RcsAgentDetailPane() override;

    // Shows `agent` at once and asks the server for its current record (cancelling the previous
    // request). An agent without id clears the pane.
    void setAgent(const RcsAgent &agent);
    // Shows `agent` as it is, without asking the server (e.g. the answer of a save).
    void showAgent(const RcsAgent &agent);
    void clear();

    const RcsAgent &agent() const { return m_agent; }
    QString agentId() const { return m_agent.agentId; }
    bool hasAgent() const { return !m_agent.agentId.isEmpty(); }
    bool isRefreshing() const { return !m_retrieveCall.isNull(); }
    bool isChecking(const QString &phoneNumber) const;
    QTreeWidget *testNumbersList() const { return m_invites; }
    // The inline error of the last failed request; empty when none is shown.
    QString errorText() const;
    // Shows the agent's messaging profile by name (the id in its tooltip), following changes.
    void setMessagingProfiles(MessagingProfiles *profiles);

public Q_SLOTS:
    void refresh();
    void copyId();
    // Re-sends the invite of one number (the selected one when empty) to learn its status.
    void checkAgain(const QString &phoneNumber = {});
    // Forgets the selected number (the console's list only; nothing is sent).
    void forgetSelected();

Q_SIGNALS:
    void editRequested(const RcsAgent &agent);
    void inviteRequested(const RcsAgent &agent);
    void capabilitiesRequested(const QString &agentId);
    void composeRequested(const QString &agentId);
    void deeplinkRequested(const QString &agentId);
    void statusMessage(const QString &message);

private:
    QLabel *addField(class QFormLayout *form, const QString &wireName, const QString &label);
    void fillFields();
    void fillInvites();
    void updateActions();
    void showError(const QString &message);
    void cancelCalls();

    RcsAgentRecords *m_records;
    RcsInviteStore *m_store;
    RcsAgent m_agent;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_meta;
    QLabel *m_refreshing;
    QLabel *m_error;
    QPushButton *m_editButton;
    QPushButton *m_composeButton;
    QPushButton *m_deeplinkButton;
    QPushButton *m_capabilitiesButton;
    QPushButton *m_copyIdButton;
    QPushButton *m_inviteButton;
    QPushButton *m_checkAgainButton;
    QPushButton *m_forgetButton;
    QTreeWidget *m_invites;
    QLabel *m_invitesEmpty;
    QHash<QString, QLabel *> m_fields; // wire name → value label
    QPointer<MessagingProfiles> m_messagingProfiles;

    QPointer<ApiCall> m_retrieveCall;
    QHash<QString, QPointer<ApiCall>> m_checks; // phone number → re-invite in flight
};
