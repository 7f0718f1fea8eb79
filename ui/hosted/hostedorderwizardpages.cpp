#include "hostedorderwizardpages.h"

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/hostedapi.h"
#include "api/resendadvice.h"
#include "hostedorderwizard.h"
#include "hostedrecords.h"
#include "hostedwizardui.h"
#include "session/createdrecordlookup.h"
#include "widgets/errorbanner.h"
#include "widgets/fieldfeedback.h"
#include "widgets/messagingprofilepicker.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace HostedWizardUi;

namespace {

// A number file larger than this is not a list of numbers (200 numbers fit in a few KB).
constexpr qint64 maxImportBytes = 2 * 1024 * 1024;

} // namespace

// --- Step 1: numbers ---------------------------------------------------------------------------

HostedNumbersPage::HostedNumbersPage(HostedOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_edit(new QPlainTextEdit(this))
    , m_import(new QPushButton(tr("&Import file…"), this))
    , m_count(wrappedLabel(u"numbersCountLabel"_s, this))
    , m_importStatus(wrappedLabel(u"importStatusLabel"_s, this))
    , m_invalid(new QListWidget(this))
    , m_problems(problemsLabel(u"numbersPageProblems"_s, this))
{
    setObjectName(u"numbersPage"_s);
    setTitle(tr("Numbers"));
    setSubTitle(tr("The phone numbers whose messaging should run through Telnyx, at most %1 "
                   "per order. Type or paste them, one per line, or import a CSV or text file.")
                    .arg(HostedWizardState::maxNumbersPerOrder));

    m_edit->setObjectName(u"numbersEdit"_s);
    m_edit->setPlaceholderText(tr("+13125550123\n(312) 555-0124\n312.555.0125"));
    m_edit->setToolTip(tr("One number per line; commas, semicolons and tabs also separate "
                          "them. 10-digit US numbers get +1. Repeats are dropped."));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(true);
    QFont mono = m_edit->font();
    mono.setStyleHint(QFont::TypeWriter);
    mono.setFamily(u"monospace"_s);
    m_edit->setFont(mono);

    m_import->setObjectName(u"importNumbersButton"_s);
    m_import->setToolTip(tr("Add the numbers of a CSV or text file (any column of numbers)."));
    m_importStatus->hide();
    m_invalid->setObjectName(u"invalidNumbersList"_s);
    m_invalid->setAccessibleName(tr("Lines that are not phone numbers"));
    m_invalid->setToolTip(tr("Lines that are not phone numbers; they are left out."));
    m_invalid->hide();

    auto *label = new QLabel(tr("&Phone numbers:"), this);
    label->setBuddy(m_edit);
    auto *row = new QHBoxLayout;
    row->addWidget(m_count, 1);
    row->addWidget(m_import);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addLayout(row);
    layout->addWidget(m_importStatus);
    layout->addWidget(m_invalid);
    layout->addWidget(m_problems);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        refresh();
        m_wizard->onEdited();
    });
    connect(m_import, &QPushButton::clicked, this, &HostedNumbersPage::openImportDialog);
    refresh();
}

QString HostedNumbersPage::text() const
{
    return m_edit->toPlainText();
}

void HostedNumbersPage::setText(const QString &text)
{
    if (text != m_edit->toPlainText())
        m_edit->setPlainText(text);
    m_importStatus->hide();
}

void HostedNumbersPage::setNumbers(const QStringList &numbers)
{
    setText(numbers.join(u'\n'));
}

void HostedNumbersPage::refresh()
{
    m_parsed = PhoneNumberList::parse(m_edit->toPlainText());
    const int count = int(m_parsed.numbers.size());
    m_count->setText(count == 0 && m_parsed.invalid.isEmpty() ? tr("No numbers yet.")
                                                              : m_parsed.summary() + u'.');
    m_invalid->clear();
    for (const PhoneNumberList::Rejected &rejected : std::as_const(m_parsed.invalid))
        m_invalid->addItem(
            tr("Line %1: “%2” — %3, left out")
                .arg(QString::number(rejected.line), rejected.text, rejected.reason));
    m_invalid->setVisible(!m_parsed.invalid.isEmpty());
    const int rows = std::min(int(m_parsed.invalid.size()), 5);
    m_invalid->setFixedHeight(rows * m_invalid->fontMetrics().height() + 10);

    QString problem;
    if (count == 0)
        problem = tr("To go on, type or paste at least one phone number.");
    else if (count > HostedWizardState::maxNumbersPerOrder)
        problem = tr("An order can hold at most %1 numbers; this list has %2. Remove %3 of them "
                     "(they can go into another order).")
                      .arg(HostedWizardState::maxNumbersPerOrder)
                      .arg(count)
                      .arg(count - HostedWizardState::maxNumbersPerOrder);
    showProblem(m_problems, problem);
    m_count->setStyleSheet(count > HostedWizardState::maxNumbersPerOrder ? errorStyle()
                                                                         : QString());
    Q_EMIT completeChanged();
}

bool HostedNumbersPage::isComplete() const
{
    const qsizetype count = m_parsed.numbers.size();
    return count > 0 && count <= HostedWizardState::maxNumbersPerOrder;
}

void HostedNumbersPage::openImportDialog()
{
    auto *dialog =
        new QFileDialog(this, tr("Import phone numbers"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Numbers (*.csv *.txt);;All files (*)"));
    dialog->setObjectName(u"importNumbersDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &HostedNumbersPage::importFile);
    dialog->open();
}

void HostedNumbersPage::importFile(const QString &path)
{
    QFile file(path);
    QString status;
    bool failed = true;
    if (!file.open(QIODevice::ReadOnly)) {
        status = tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), file.errorString());
    } else if (file.size() > maxImportBytes) {
        status = tr("%1 is too large for a list of numbers.").arg(QFileInfo(path).fileName());
    } else {
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            status =
                tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        } else {
            const PhoneNumberList list = PhoneNumberList::parse(bytes);
            QStringList lines;
            const QString existing = m_edit->toPlainText().trimmed();
            if (!existing.isEmpty())
                lines.append(existing);
            lines += list.numbers;
            // Entries that are not numbers stay visible (and listed) rather than vanish.
            for (const PhoneNumberList::Rejected &rejected : list.invalid)
                lines.append(rejected.text);
            m_edit->setPlainText(lines.join(u'\n'));
            status = tr("Imported from %1: %2.").arg(QFileInfo(path).fileName(), list.summary());
            failed = false;
        }
    }
    m_importStatus->setText(status);
    m_importStatus->setStyleSheet(failed ? errorStyle() : QString());
    m_importStatus->show();
}

// --- Step 2: eligibility -----------------------------------------------------------------------

HostedEligibilityPage::HostedEligibilityPage(HostedOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(wrappedLabel(u"eligibilityStatusLabel"_s, this))
    , m_progress(busyBar(u"eligibilityProgress"_s, this))
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_remove(new QPushButton(tr("&Remove ineligible"), this))
    , m_problems(problemsLabel(u"eligibilityPageProblems"_s, this))
{
    setObjectName(u"eligibilityPage"_s);
    setTitle(tr("Eligibility"));
    setSubTitle(tr("Telnyx checks whether each number can be hosted: a US landline or VoIP "
                   "number not already hosted elsewhere."));
    m_banner->setObjectName(u"eligibilityErrorBanner"_s);
    m_table->setObjectName(u"eligibilityTable"_s);
    m_table->setAccessibleName(tr("Eligibility of each number"));
    m_table->setTabKeyNavigation(false); // Tab moves on; the arrows move between cells
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Result"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_remove->setObjectName(u"removeIneligibleButton"_s);
    m_remove->setToolTip(tr("Take every number that cannot be hosted off the list."));
    m_remove->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);

    connect(m_banner, &ErrorBanner::retryRequested, this, &HostedEligibilityPage::check);
    connect(m_remove, &QPushButton::clicked, this, &HostedEligibilityPage::removeIneligible);
}

void HostedEligibilityPage::initializePage()
{
    const QStringList numbers = m_wizard->m_numbersPage->parsed().numbers;
    if (numbers == m_wizard->m_checkedNumbers && !m_wizard->m_eligibility.isEmpty()) {
        showResults(); // back and forth without changes: the answer still stands
        return;
    }
    check();
}

void HostedEligibilityPage::cleanupPage()
{
    if (m_call)
        m_call->cancel();
}

void HostedEligibilityPage::check()
{
    if (m_call)
        m_call->cancel();
    const QStringList numbers = m_wizard->m_numbersPage->parsed().numbers;
    m_wizard->m_checkedNumbers.clear();
    m_wizard->m_eligibility.clear();
    m_table->setRowCount(0);
    m_banner->hide();
    if (numbers.isEmpty()) {
        showResults();
        return;
    }
    HostedApi api(m_wizard->m_records->client());
    auto *call = m_wizard->track(api.checkEligibility(numbers));
    m_call = call;
    call->onResult(this, [this, numbers](const QList<EligibilityResult> &eligibility) {
        m_call = nullptr;
        m_wizard->m_checkedNumbers = numbers;
        m_wizard->m_eligibility = eligibility;
        showResults();
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call)
            m_call = nullptr;
        showFailure(error);
    });
    m_progress->show();
    m_remove->setEnabled(false);
    m_status->setText(tr("Checking %Ln number(s) with Telnyx…", nullptr, int(numbers.size())));
    updateProblems();
}

void HostedEligibilityPage::showResults()
{
    m_progress->hide();
    const QList<EligibilityResult> &results = m_wizard->m_eligibility;
    m_table->setRowCount(int(results.size()));
    int eligible = 0;
    for (int row = 0; row < results.size(); ++row) {
        const EligibilityResult &result = results.at(row);
        auto *number = readOnlyItem(result.phoneNumber);
        auto *status = readOnlyItem(
            result.eligible ? tr("Eligible") : eligibilityStatusLabel(result.eligibleStatus));
        tint(status,
             result.eligible ? ConsolePalette::Tone::Success : ConsolePalette::Tone::Failure);
        status->setToolTip(result.eligibleStatus);
        auto *detail = readOnlyItem(result.detail);
        detail->setToolTip(result.detail);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, status);
        m_table->setItem(row, 2, detail);
        eligible += result.eligible ? 1 : 0;
    }
    const int ineligible = int(results.size()) - eligible;
    if (results.isEmpty() && !m_wizard->m_checkedNumbers.isEmpty()) {
        // The SDK marks phone_numbers optional: an answer without it says nothing.
        m_status->setText(tr("Telnyx answered without a result for these numbers, so none is "
                             "known to be eligible. Checking is safe to repeat."));
    } else if (!results.isEmpty()) {
        m_status->setText(ineligible == 0
                              ? tr("All %Ln number(s) can be hosted.", nullptr, eligible)
                              : tr("%1 can be hosted, %2 cannot.")
                                    .arg(tr("%Ln number(s)", nullptr, eligible),
                                         tr("%Ln number(s)", nullptr, ineligible)));
    }
    m_remove->setEnabled(ineligible > 0);
    updateProblems();
}

void HostedEligibilityPage::showFailure(const ApiError &error)
{
    m_progress->hide();
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_status->setText(tr("The check was cancelled."));
    } else {
        m_status->setText(tr("The numbers could not be checked."));
        // A check changes nothing: an unreadable answer is only unreadable, not "done".
        const QString message =
            error.wasAccepted()
                ? tr("Telnyx's answer could not be read (%1).").arg(error.technicalDetail())
                : error.message();
        m_banner->showError(message + u' ' + tr("Checking is safe to repeat: press Retry."));
    }
    updateProblems();
}

void HostedEligibilityPage::removeIneligible()
{
    const QStringList eligible = m_wizard->eligibleNumbers();
    QList<EligibilityResult> kept;
    for (const EligibilityResult &result : std::as_const(m_wizard->m_eligibility)) {
        if (result.eligible)
            kept.append(result);
    }
    m_wizard->m_numbersPage->setNumbers(eligible);
    // The answer for the numbers left still stands: no need to ask again.
    m_wizard->m_checkedNumbers = m_wizard->m_numbersPage->parsed().numbers;
    m_wizard->m_eligibility = kept;
    showResults();
}

void HostedEligibilityPage::updateProblems()
{
    QString problem;
    if (m_call)
        problem = tr("Next is available once Telnyx has answered.");
    else if (m_wizard->m_eligibility.isEmpty())
        problem = tr("To go on, the numbers have to be checked: press Retry, or go Back to "
                     "change them.");
    else if (m_wizard->eligibleNumbers().isEmpty())
        problem = tr("None of these numbers can be hosted. Go Back and enter other numbers.");
    else if (m_remove->isEnabled())
        problem = tr("Only the eligible numbers go into the order; Remove ineligible tidies the "
                     "list.");
    showProblem(m_problems, problem);
    Q_EMIT completeChanged();
}

bool HostedEligibilityPage::isComplete() const
{
    return !m_call && !m_wizard->eligibleNumbers().isEmpty();
}

// --- Step 3: create ----------------------------------------------------------------------------

HostedCreatePage::HostedCreatePage(HostedOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(wrappedLabel(u"createSummaryLabel"_s, this))
    , m_picker(new MessagingProfilePicker(this))
    , m_profile(m_picker->lineEdit())
    , m_progress(busyBar(u"createProgress"_s, this))
    , m_status(wrappedLabel(u"createStatusLabel"_s, this))
{
    setObjectName(u"createPage"_s);
    setTitle(tr("Create the order"));
    setSubTitle(tr("Optionally assign the numbers to a messaging profile, then create the "
                   "order. Documents and verification codes come next."));
    setCommitPage(true);

    m_summary->setTextFormat(Qt::RichText);
    m_profile->setObjectName(u"messagingProfileIdEdit"_s);
    m_profile->setPlaceholderText(tr("Optional: a profile's name or id"));
    m_picker->setToolTip(tr("The messaging profile the numbers should use; it can also be "
                            "set later for each number. Type part of its name or id."));
    m_profileFeedback = new FieldFeedback(
        m_profile, [] { return QString(); }, this);
    m_status->hide();

    auto *label = new QLabel(tr("&Messaging profile:"), this);
    label->setBuddy(m_picker);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(label);
    layout->addWidget(m_picker);
    layout->addWidget(m_profileFeedback->messageLabel());
    layout->addSpacing(16);
    auto *after = new QLabel(
        tr("<b>After the order is created</b><ol style='margin-left: 12px'>"
           "<li>Upload the signed letter of authorization (LOA) and the latest bill, as PDF "
           "files.</li>"
           "<li>Prove the numbers are yours: Telnyx sends a code to each number by SMS or call; "
           "type the codes here.</li></ol>"
           "You can close the wizard at any step and continue the order later from the "
           "Orders list."),
        this);
    after->setObjectName(u"createNextStepsLabel"_s);
    after->setWordWrap(true);
    layout->addWidget(after);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_profile, &QLineEdit::textChanged, m_wizard, &HostedOrderWizard::onEdited);
}

QString HostedCreatePage::profileId() const
{
    return m_picker->profileId();
}

void HostedCreatePage::setProfileId(const QString &text)
{
    m_picker->setProfileId(text.trimmed());
}

void HostedCreatePage::initializePage()
{
    const QStringList numbers = m_wizard->eligibleNumbers();
    const int left = int(m_wizard->m_eligibility.size() - numbers.size());
    QString text =
        tr("The order will ask Telnyx to host <b>%Ln number(s)</b>:", nullptr, int(numbers.size()));
    QStringList shown = numbers.mid(0, 12);
    text += u"<br><span style='font-family: monospace'>%1%2</span>"_s.arg(
        shown.join(u", "_s).toHtmlEscaped(),
        numbers.size() > shown.size()
            ? tr(" and %Ln more", nullptr, int(numbers.size() - shown.size()))
            : QString());
    if (left > 0)
        text += u"<br>"_s + tr("%Ln ineligible number(s) are left out.", nullptr, left);
    m_summary->setText(text);
    if (!isCreating())
        m_status->hide();
}

bool HostedCreatePage::isComplete() const
{
    return !isCreating() && !isLooking() && !m_acceptedUnreadable &&
           !m_wizard->eligibleNumbers().isEmpty();
}

void HostedCreatePage::lookForCreatedOrder(const ApiError &error)
{
    // Create stays off until the orders have been searched.
    const QString cause = error.message();
    m_progress->show();
    m_status->setText(cause + u' ' +
                      resendAdviceText(ResendAdvice::LookFirst, CreatedThing::HostedOrder));
    m_status->setStyleSheet(QString());
    m_status->show();
    delete m_lookup;
    m_lookup = CreatedRecordLookup::forHostedOrder(m_wizard->m_records->client(),
                                                   m_wizard->eligibleNumbers(), this);
    const auto lookup = m_lookup;
    const auto ended = [this, lookup, cause](int matches) {
        m_lookup = nullptr;
        lookup->deleteLater();
        m_progress->hide();
        QString text = cause + u' ' + lookResultText(CreatedThing::HostedOrder, matches) + u' ' +
                       tr("Everything you entered is kept.");
        QStringList found;
        for (const HostedOrder &order : lookup->orderMatches())
            found.append(tr("%1 (%2: %3)")
                             .arg(order.id, hostedOrderStatusLabel(order.status),
                                  order.phoneNumberList().join(u", "_s)));
        if (!found.isEmpty())
            text += u'\n' + found.join(u'\n');
        m_status->setText(text);
        m_status->setStyleSheet(errorStyle());
        setButtonText(QWizard::CommitButton, tr("Create &again"));
        if (matches > 0) {
            m_wizard->m_records->addFoundOrders(lookup->orderMatches()); // the list shows them
            Q_EMIT m_wizard->orderChanged(QString());
        }
        Q_EMIT completeChanged();
    };
    connect(lookup, &CreatedRecordLookup::finished, this, ended);
    connect(lookup, &CreatedRecordLookup::failed, this, [ended] { ended(-1); });
    lookup->start();
    Q_EMIT completeChanged();
}

bool HostedCreatePage::validatePage()
{
    if (!m_wizard->m_state.orderId.isEmpty())
        return true; // created: move on
    create();
    return false; // the wizard moves on when Telnyx has answered
}

void HostedCreatePage::create()
{
    if (isCreating() || !m_wizard->m_state.orderId.isEmpty() || m_acceptedUnreadable)
        return; // a double click, or Enter pressed twice: one request only
    m_wizard->flushDraft();
    m_profileFeedback->setServerProblem({}); // a new attempt: only its own answer counts
    HostedOrderCreateRequest request;
    request.phoneNumbers = m_wizard->eligibleNumbers();
    if (!profileId().isEmpty())
        request.messagingProfileId = profileId();
    auto *call = m_wizard->track(m_wizard->m_records->createOrder(request));
    m_call = call;
    call->onResult(this, [this](const HostedOrder &order) {
        m_call = nullptr;
        m_progress->hide();
        m_profile->setReadOnly(false);
        m_wizard->setOrder(order);
        m_status->setText(tr("Order %1 created.").arg(order.id));
        m_status->setStyleSheet(QString());
        Q_EMIT completeChanged();
        m_wizard->flushDraft();
        Q_EMIT m_wizard->orderChanged(order.id);
        m_wizard->next(); // the commit: validatePage() now lets it through
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call)
            m_call = nullptr;
        onFailed(error);
    });
    m_profile->setReadOnly(true);
    m_progress->show();
    m_status->setText(tr("Creating the order…"));
    m_status->setStyleSheet(QString());
    m_status->show();
    Q_EMIT completeChanged();
}

void HostedCreatePage::onFailed(const ApiError &error)
{
    m_progress->hide();
    const ResendAdvice advice = resendAdviceFor(error);
    if (advice == ResendAdvice::Done) {
        // Created, but without its id the wizard cannot go on: the Orders list has it.
        m_acceptedUnreadable = true;
        m_wizard->discardDraft();
        m_status->setText(
            tr("Telnyx accepted the order, but its answer could not be read (%1), so this "
               "wizard cannot continue with it. Do not create it again: the Orders list is "
               "reloaded and shows it; continue from there.")
                .arg(error.technicalDetail()));
        m_status->setStyleSheet(QString());
        m_status->show();
        Q_EMIT m_wizard->orderChanged(QString());
        Q_EMIT completeChanged();
        return;
    }
    m_profile->setReadOnly(false);
    QString text;
    QStringList numberProblems;
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 422) {
        const QList<ApiErrorItem> items =
            error.fieldItems({u"messaging_profile_id"_s, u"phone_numbers"_s});
        const QStringList sent = m_wizard->eligibleNumbers();
        for (const ApiErrorItem &item : items) {
            const QString detail = item.detail.isEmpty() ? item.title : item.detail;
            if (item.pointer == u"/messaging_profile_id"_s) {
                m_profileFeedback->setServerProblem(detail);
            } else if (item.pointer.startsWith(u"/phone_numbers/"_s)) {
                const int index = item.pointer.mid(15).toInt();
                numberProblems.append(u"%1: %2"_s.arg(sent.value(index), detail));
            } else {
                numberProblems.append(detail);
            }
        }
    }
    if (numberProblems.isEmpty() && m_profileFeedback->serverProblem().isEmpty() &&
        advice == ResendAdvice::LookFirst)
        return lookForCreatedOrder(error);
    if (!numberProblems.isEmpty())
        text = tr("Telnyx did not accept: %1. Go Back to change the numbers.")
                   .arg(numberProblems.join(u"; "_s));
    else if (!m_profileFeedback->serverProblem().isEmpty())
        text = tr("Telnyx did not accept the messaging profile ID; fix it and create again.");
    else
        text = error.message() + u' ' + resendAdviceText(advice, CreatedThing::HostedOrder);
    m_status->setText(text + u' ' + tr("Everything you entered is kept."));
    m_status->setStyleSheet(errorStyle());
    m_status->show();
    Q_EMIT completeChanged();
}
