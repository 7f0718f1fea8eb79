#pragma once

#include "domain/hosted.h"
#include "domain/hostedwizardstate.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWizard>

class ApiCall;
class DraftStore;
class MessagingProfiles;
class HostedRecords;
class HostedNumbersPage;
class HostedEligibilityPage;
class HostedCreatePage;
class HostedDocumentsPage;
class HostedCodesPage;
class HostedDonePage;
class HostedLoadingPage;

// The hosted-number order wizard: Numbers (typed, pasted or imported), Eligibility (checked
// with Telnyx, ineligible ones removed in one click), Create (optional messaging profile),
// Documents (LOA and last bill as PDF, checked before upload, previewed, uploaded with
// progress and Cancel), Verification codes (sent by SMS or call, typed or pasted, validated;
// rejected numbers get new codes) and Done (the order's status and what happens next).
//
// What is typed is kept in a draft (DraftStore::hostedOrderKind; its requestId is the order
// once created), saved shortly after each change and at once on page change and close, so a
// wizard closed or killed mid-way comes back with resumeDraft() or continueOrder(). Reaching
// Done discards the draft. Closing the wizard cancels its requests in flight.
//
// Every write and fetch of the order goes through HostedRecords, which updates the order's row
// in the Hosted numbers lists; the wizard reads other resources (eligibility) with its client.
class HostedOrderWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        NumbersPageId,
        EligibilityPageId,
        CreatePageId,
        DocumentsPageId,
        CodesPageId,
        DonePageId,
        LoadingPageId, // continueOrder(): fetching the order
    };
    static constexpr int saveDelayMs = 300;

    HostedOrderWizard(HostedRecords *records, DraftStore *drafts, QWidget *parent = nullptr);
    ~HostedOrderWizard() override;

    // An empty wizard at step 1.
    // The account's profiles, for the create page's profile picker.
    void setMessagingProfiles(MessagingProfiles *profiles);
    void startNew();
    // Fetches the order and opens its first unfinished step (documents or codes; Done if
    // nothing is left). Codes typed but not sent come back from the order's draft, if any.
    void continueOrder(const QString &orderId);
    // The wizard as its draft left it: the numbers typed, or the order and its step.
    void resumeDraft(const QString &draftId);

    QString orderId() const { return m_state.orderId; }
    QString draftId() const { return m_draftId; }
    const HostedOrder &order() const { return m_order; }
    const HostedWizardState &state() const { return m_state; }
    // Requests of this wizard still in flight.
    int callsInFlight() const;

public Q_SLOTS:
    // Writes the draft now (creating it if there is anything to keep).
    void flushDraft();

Q_SIGNALS:
    // Created, documents uploaded, numbers verified (for the status bar: HostedRecords has
    // updated the lists already). Empty when Telnyx created an order whose answer was lost or
    // unreadable.
    void orderChanged(const QString &orderId);

protected:
    void done(int result) override;

private:
    friend class HostedNumbersPage;
    friend class HostedEligibilityPage;
    friend class HostedCreatePage;
    friend class HostedDocumentsPage;
    friend class HostedCodesPage;
    friend class HostedDonePage;
    friend class HostedLoadingPage;

    // Keeps track of a call so that closing the wizard cancels it.
    // Keeps `call` to cancel with the wizard; returns it as given.
    template<typename Call> Call *track(Call *call)
    {
        keep(call);
        return call;
    }
    void keep(ApiCall *call);
    void cancelCalls();
    void resetTo(const HostedWizardState &state, int startPage);
    void openOrder(const HostedOrder &order);
    void setOrder(const HostedOrder &order);
    void onEdited();
    void saveDraft();
    void discardDraft();
    HostedWizardState collectState() const;
    bool isWorthKeeping(const HostedWizardState &state) const;
    void updateTitle();

    // Eligibility results of the numbers last checked.
    QStringList eligibleNumbers() const;

    HostedRecords *m_records;
    DraftStore *m_drafts;
    HostedNumbersPage *m_numbersPage;
    HostedEligibilityPage *m_eligibilityPage;
    HostedCreatePage *m_createPage;
    HostedDocumentsPage *m_documentsPage;
    HostedCodesPage *m_codesPage;
    HostedDonePage *m_donePage;
    HostedLoadingPage *m_loadingPage;

    HostedWizardState m_state;
    HostedOrder m_order;
    QStringList m_checkedNumbers; // what m_eligibility answers
    QList<EligibilityResult> m_eligibility;
    QList<QPointer<ApiCall>> m_calls;
    QTimer m_saveTimer;
    QString m_draftId;
    bool m_draftHasOrder = false; // the draft's requestId is the order
    bool m_loading = false;       // filling pages from a draft: not an edit
    bool m_finished = false;      // reached Done: nothing to keep
};
