#pragma once

#include "domain/phonenumberlist.h"
#include "hostedwizardcodespage.h"
#include "hostedwizarddocumentspage.h"
#include "hostedwizarddonepages.h"
#include "session/createdrecordlookup.h"

#include <QPointer>
#include <QWizardPage>

class ApiCall;
class ApiError;
class ErrorBanner;
class FieldFeedback;
class MessagingProfilePicker;
class HostedOrderWizard;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// The pages of HostedOrderWizard: Numbers, Eligibility and Create here; Documents, Codes,
// Done and the loading page in their own files (included above).

// Step 1: numbers typed, pasted or imported from a CSV/text file, normalised to E.164 as they
// are typed, with duplicates dropped and lines that are not numbers listed with the reason.
class HostedNumbersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostedNumbersPage(HostedOrderWizard *wizard);

    bool isComplete() const override;
    PhoneNumberList parsed() const { return m_parsed; }
    QString text() const;
    void setText(const QString &text);
    // Replaces the list with these numbers, one per line (Remove ineligible).
    void setNumbers(const QStringList &numbers);
    void importFile(const QString &path);
    QPlainTextEdit *editor() const { return m_edit; }

private:
    void openImportDialog();
    void refresh();

    HostedOrderWizard *m_wizard;
    QPlainTextEdit *m_edit;
    QPushButton *m_import;
    QLabel *m_count;
    QLabel *m_importStatus;
    QListWidget *m_invalid;
    QLabel *m_problems;
    PhoneNumberList m_parsed;
};

// Step 2: POST eligibility_numbers_check on entering; each number's result in plain words.
class HostedEligibilityPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostedEligibilityPage(HostedOrderWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isChecking() const { return m_call != nullptr; }
    void check();
    void removeIneligible();

private:
    void showResults();
    void showFailure(const ApiError &error);
    void updateProblems();

    HostedOrderWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    ErrorBanner *m_banner;
    QTableWidget *m_table;
    QPushButton *m_remove;
    QLabel *m_problems;
    QPointer<ApiCall> m_call;
};

// Step 3: optional messaging profile, then Create (the wizard's commit button,
// "createOrderButton"): one POST, never sent twice by a double click.
class HostedCreatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit HostedCreatePage(HostedOrderWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isCreating() const { return m_call != nullptr; }
    // After a create whose outcome is unknown: searching the orders for the same numbers.
    bool isLooking() const { return m_lookup != nullptr; }
    QString profileId() const;
    void setProfileId(const QString &text);
    MessagingProfilePicker *profilePicker() const { return m_picker; }

private:
    void create();
    void onFailed(const ApiError &error);
    void lookForCreatedOrder(const ApiError &error);

    HostedOrderWizard *m_wizard;
    QLabel *m_summary;
    MessagingProfilePicker *m_picker;
    QLineEdit *m_profile; // the picker's
    FieldFeedback *m_profileFeedback;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPointer<ApiCall> m_call;
    QPointer<CreatedRecordLookup> m_lookup;
    // Telnyx accepted the create but its answer could not be read: never create again.
    bool m_acceptedUnreadable = false;
};
