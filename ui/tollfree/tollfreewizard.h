#pragma once

#include "api/apicall.h"
#include "domain/tollfree.h"
#include "domain/tollfreereadiness.h"
#include "session/createdrecordlookup.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWizard>

class TollFreeRecords;
class DraftStore;
class TollFreeFormPage;
class TollFreeReviewPage;

// The toll-free verification request wizard: Business, Contact, Use case, Messages and opt-in,
// Phone numbers, Additional information and webhook, Review.
//
// Every field is checked as it is typed and Next stays disabled (with the reason shown) until
// the page is valid. Every change is saved to a draft (debounced, and at once on page change
// and close), so a wizard closed or killed mid-typing comes back with resumeDraft(). Submit
// (the Finish button, "submitButton") sends POST, or PATCH with the full body when editing;
// one submission at a time; emptied fields are sent cleared (null where the SDK allows it).
// A 422 lands on the page and field each error names (source.pointer, source.parameter, or
// the field's name in its words) with the server's words under the field; one that names no
// field stands in full at the top of the Review page. Any other failure keeps the form and
// the draft and says whether submitting again is safe; a 2xx whose answer cannot be read is
// done (the draft goes, Submit becomes Close). A submitted draft is discarded.
//
// Call one of the start functions before showing the wizard.
class TollFreeWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        BusinessPageId,
        ContactPageId,
        UseCasePageId,
        MessagesPageId,
        NumbersPageId,
        AdditionalPageId,
        ReviewPageId,
    };
    enum class Mode { New, Edit };

    static constexpr int saveDelayMs = 300;

    // Submits through `records`, which update the request's row when Telnyx confirms.
    TollFreeWizard(TollFreeRecords *records, DraftStore *drafts, QWidget *parent = nullptr);
    ~TollFreeWizard() override;

    // An empty form; the draft is created with the first change.
    void startNew();
    // The form as the draft left it, on the page it was on (or the first page with a
    // problem before it). False when the draft cannot be read.
    bool resumeDraft(const QString &draftId);
    // Edit and resubmit: prefilled from the request; submit sends PATCH with the full body
    // and the Review page shows what changed.
    void editRequest(const TollFreeVerificationRequest &existing);
    // "Duplicate as new draft": the request's fields without its id and status, saved as a
    // new draft at once.
    void startFromCopy(const TollFreeVerificationRequest &source);

    Mode mode() const { return m_mode; }
    bool isEditing() const { return m_mode == Mode::Edit; }
    QString draftId() const { return m_draftId; }
    QString requestId() const { return m_original.id; }
    const TollFreeVerificationRequest &originalRequest() const { return m_original; }

    // The fields exactly as typed (what the draft keeps).
    TollFreeVerificationRequest typedRequest() const;
    // What will be sent: see normalizedTollFreeRequest().
    TollFreeVerificationRequest request() const;
    QList<ReadinessWarning> readinessWarnings() const;
    // {wire name, problem} of every field, including problems reported by the server.
    QList<std::pair<QString, QString>> fieldProblems() const;
    // Wire names of the fields that differ from the original request (edit mode).
    QStringList changedFields() const;

    // The draft content and title the wizard keeps for a form holding `typed` (used by the
    // CSV import, so its drafts open in the wizard like any other).
    static QJsonObject draftContentFor(const TollFreeVerificationRequest &typed);
    static QString draftTitleFor(const TollFreeVerificationRequest &typed);

    bool isSubmitting() const { return m_call != nullptr; }
    // After a submission whose outcome is unknown: searching the list for what it created.
    bool isLookingForCreated() const { return m_lookup != nullptr; }
    bool isSubmitted() const { return m_submitted; }

    TollFreeFormPage *formPage(int pageId) const;
    // The page holding a field (wire name); -1 when none.
    int pageOfField(const QString &field) const;
    // Shows the page of the field and focuses it (for a list, its index-th entry).
    void goToField(const QString &field, int index = -1);

public Q_SLOTS:
    // Sends the request (what the Submit button does); ignored while one is in flight.
    void submit();
    // Writes the draft now (creating it if there is anything to keep).
    void flushDraft();

Q_SIGNALS:
    // The server accepted the request (created or updated); the draft is gone and the records
    // have its row.
    void submitted(const TollFreeVerificationRequest &result);
    void submitFailed(const ApiError &error);
    // The server accepted the request (2xx) but its answer could not be read: it exists, the
    // draft is gone, the wizard will not send it again, and the records reload the list.
    void submittedUnreadable(const ApiError &error);
    // The wizard was closed without submitting and the draft holds what was typed.
    void draftKept(const QString &draftId);

protected:
    void done(int result) override;

private:
    friend class TollFreeReviewPage;

    enum class SaveMode { IfChanged, Always };

    void reset(Mode mode, const TollFreeVerificationRequest &values,
               const TollFreeVerificationRequest &original);
    void loadValues(const TollFreeVerificationRequest &values);
    QJsonObject typedBody() const;
    QJsonObject draftContent() const;
    QString draftTitle() const;
    void saveDraft(SaveMode mode);
    void onFieldEdited();
    void updateTexts();
    void refreshAllPages();
    bool handleFinish(); // the Review page's validatePage()
    // The server has the request: no draft, no second submission.
    void markSubmitted();
    void onSubmitSucceeded(const TollFreeVerificationRequest &result);
    void onSubmitFailed(const ApiError &error);
    void onSubmitAccepted(const ApiError &error);
    bool showServerFieldErrors(const ApiError &error);
    // The outcome is unknown: look for the request before Submit is offered again.
    void lookForCreatedRequest(const ApiError &error);
    void offerSubmitAgain(const QString &status);
    void confirmDiscardDraft();

    TollFreeRecords *m_records;
    DraftStore *m_drafts;
    QList<TollFreeFormPage *> m_formPages;
    TollFreeReviewPage *m_review;
    QTimer m_saveTimer;
    Mode m_mode = Mode::New;
    TollFreeVerificationRequest m_original; // edit mode: the request as the server has it
    QJsonObject m_startBody;                // the form when it was opened: nothing to save yet
    QString m_draftId;
    QPointer<ApiCall> m_call;
    QPointer<CreatedRecordLookup> m_lookup;
    QDateTime m_sentAt;        // when the last submission went out
    bool m_offerAgain = false; // the last one failed: Submit reads "Submit again"
    bool m_loading = false;
    bool m_submitted = false;
    bool m_discarded = false; // "Discard draft": close without keeping anything
};
