#include "hostedorderwizard.h"

#include "api/apicall.h"
#include "hostedorderwizardpages.h"
#include "pdfdocumentfield.h"
#include "storage/draftstore.h"
#include "widgets/messagingprofilepicker.h"

#include <QAbstractButton>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace {

QString hostedKind()
{
    return QString::fromLatin1(DraftStore::hostedOrderKind);
}

} // namespace

HostedOrderWizard::HostedOrderWizard(HostedRecords *records, DraftStore *drafts, QWidget *parent)
    : QWizard(parent)
    , m_records(records)
    , m_drafts(drafts)
{
    setObjectName(u"hostedOrderWizard"_s);
    setWindowTitle(tr("New hosted-number order"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true); // Done: the draft is gone, nothing to edit
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    setButtonText(QWizard::CancelButton, tr("&Close"));
    setButtonText(QWizard::CommitButton, tr("C&reate order"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::CommitButton)->setObjectName(u"createOrderButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"closeButton"_s);
    button(QWizard::CancelButton)
        ->setToolTip(tr("Close the wizard. What you typed is kept; an order already created "
                        "can be continued from the Orders list."));
    button(QWizard::CommitButton)
        ->setToolTip(tr("Create the order with Telnyx. After this the numbers cannot change."));

    m_numbersPage = new HostedNumbersPage(this);
    m_eligibilityPage = new HostedEligibilityPage(this);
    m_createPage = new HostedCreatePage(this);
    m_documentsPage = new HostedDocumentsPage(this);
    m_codesPage = new HostedCodesPage(this);
    m_donePage = new HostedDonePage(this);
    m_loadingPage = new HostedLoadingPage(this);
    setPage(NumbersPageId, m_numbersPage);
    setPage(EligibilityPageId, m_eligibilityPage);
    setPage(CreatePageId, m_createPage);
    setPage(DocumentsPageId, m_documentsPage);
    setPage(CodesPageId, m_codesPage);
    setPage(DonePageId, m_donePage);
    setPage(LoadingPageId, m_loadingPage);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &HostedOrderWizard::saveDraft);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_loading || id < 0)
            return;
        flushDraft();
        updateTitle();
    });
    connect(m_documentsPage->loaField(), &PdfDocumentField::pathChanged, this,
            &HostedOrderWizard::onEdited);
    connect(m_documentsPage->billField(), &PdfDocumentField::pathChanged, this,
            &HostedOrderWizard::onEdited);

    resize(900, 650);
    setMinimumSize(720, 560);
    startNew();
}

void HostedOrderWizard::setMessagingProfiles(MessagingProfiles *profiles)
{
    m_createPage->profilePicker()->setProfiles(profiles);
}

HostedOrderWizard::~HostedOrderWizard()
{
    m_saveTimer.stop();
    cancelCalls();
    saveDraft();
}

// --- Starting ----------------------------------------------------------------------------------

void HostedOrderWizard::resetTo(const HostedWizardState &state, int startPage)
{
    m_saveTimer.stop();
    cancelCalls();
    m_loading = true;
    m_state = state;
    m_order = HostedOrder();
    m_order.id = state.orderId;
    m_checkedNumbers.clear();
    m_eligibility.clear();
    m_finished = false;
    m_numbersPage->setText(state.numbersText);
    m_createPage->setProfileId(state.messagingProfileId);
    m_documentsPage->loaField()->setPath(state.loaPath);
    m_documentsPage->billField()->setPath(state.billPath);
    setStartId(startPage);
    restart();
    m_loading = false;
    updateTitle();
}

void HostedOrderWizard::startNew()
{
    flushDraft(); // what the wizard held before stays in its draft
    m_draftId.clear();
    m_draftHasOrder = false;
    resetTo({}, NumbersPageId);
}

void HostedOrderWizard::continueOrder(const QString &orderId)
{
    flushDraft();
    HostedWizardState state;
    m_draftId.clear();
    m_draftHasOrder = false;
    // Codes typed but not sent (and files chosen) come back from this order's draft.
    if (m_drafts) {
        const QList<DraftInfo> drafts = m_drafts->drafts(m_drafts->profile(), hostedKind());
        for (const DraftInfo &info : drafts) {
            if (info.requestId != orderId)
                continue;
            if (const std::optional<Draft> draft = m_drafts->load(info.id)) {
                state = HostedWizardState::fromJson(draft->content);
                m_draftId = info.id;
                m_draftHasOrder = true;
                break;
            }
        }
    }
    state.orderId = orderId;
    resetTo(state, LoadingPageId);
}

void HostedOrderWizard::resumeDraft(const QString &draftId)
{
    flushDraft();
    const std::optional<Draft> draft = m_drafts ? m_drafts->load(draftId) : std::nullopt;
    if (!draft) {
        startNew();
        return;
    }
    const HostedWizardState state = HostedWizardState::fromJson(draft->content);
    m_draftId = draftId;
    m_draftHasOrder = !draft->info.requestId.isEmpty();
    if (!state.orderId.isEmpty()) {
        resetTo(state, LoadingPageId);
        return;
    }
    resetTo(state, NumbersPageId);
    // Back to the step it was on, as far as the typed numbers allow; the eligibility check
    // runs again on the way (its answer may have changed meanwhile).
    if (state.step != HostedWizardState::Step::Numbers && m_numbersPage->isComplete())
        next();
}

// The order fetched by continueOrder()/resumeDraft(): open its first unfinished step.
void HostedOrderWizard::openOrder(const HostedOrder &order)
{
    setOrder(order);
    const HostedWizardState::Step step = HostedWizardState::firstOpenStep(order);
    m_state.documentsUploaded = step != HostedWizardState::Step::Documents;
    int page = DonePageId;
    if (step == HostedWizardState::Step::Documents)
        page = DocumentsPageId;
    else if (step == HostedWizardState::Step::Codes)
        page = CodesPageId;
    m_loading = true;
    setStartId(page);
    restart();
    m_loading = false;
    updateTitle();
}

void HostedOrderWizard::setOrder(const HostedOrder &order)
{
    m_order = order;
    m_state.orderId = order.id;
    // Numbers past verification on the server are verified, whatever the draft thought.
    const QStringList verified = HostedWizardState::numbersPastVerification(order);
    for (const QString &number : verified)
        m_state.codes[number].progress = CodeProgress::Verified;
}

// --- Calls -------------------------------------------------------------------------------------

void HostedOrderWizard::keep(ApiCall *call)
{
    m_calls.removeAll(nullptr);
    m_calls.append(call);
}

void HostedOrderWizard::cancelCalls()
{
    const QList<QPointer<ApiCall>> calls = m_calls;
    m_calls.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call && !call->isDone())
            call->cancel();
    }
}

int HostedOrderWizard::callsInFlight() const
{
    int count = 0;
    for (const QPointer<ApiCall> &call : m_calls)
        count += call && !call->isDone() ? 1 : 0;
    return count;
}

void HostedOrderWizard::done(int result)
{
    m_saveTimer.stop();
    cancelCalls();
    saveDraft();
    QWizard::done(result);
}

QStringList HostedOrderWizard::eligibleNumbers() const
{
    QStringList numbers;
    for (const EligibilityResult &result : m_eligibility) {
        if (result.eligible && !numbers.contains(result.phoneNumber))
            numbers.append(result.phoneNumber);
    }
    return numbers;
}

// --- Drafts ------------------------------------------------------------------------------------

void HostedOrderWizard::onEdited()
{
    if (m_loading || m_finished)
        return;
    m_saveTimer.start();
}

void HostedOrderWizard::flushDraft()
{
    m_saveTimer.stop();
    saveDraft();
}

HostedWizardState HostedOrderWizard::collectState() const
{
    HostedWizardState state = m_state;
    state.numbersText = m_numbersPage->text();
    state.messagingProfileId = m_createPage->profileId();
    state.loaPath = m_documentsPage->loaField()->path();
    state.billPath = m_documentsPage->billField()->path();
    switch (currentId()) {
    case EligibilityPageId:
        state.step = HostedWizardState::Step::Eligibility;
        break;
    case CreatePageId:
        state.step = HostedWizardState::Step::Create;
        break;
    case DocumentsPageId:
        state.step = HostedWizardState::Step::Documents;
        break;
    case CodesPageId:
        state.step = HostedWizardState::Step::Codes;
        break;
    case DonePageId:
        state.step = HostedWizardState::Step::Done;
        break;
    case LoadingPageId:
        break; // not known yet: keep what the draft said
    default:
        state.step = HostedWizardState::Step::Numbers;
        break;
    }
    return state;
}

bool HostedOrderWizard::isWorthKeeping(const HostedWizardState &state) const
{
    // Typed in this wizard: kept, also once the order exists (filed under it).
    if (!state.numbersText.trimmed().isEmpty() || !state.messagingProfileId.trimmed().isEmpty())
        return true;
    if (state.orderId.isEmpty())
        return false;
    // An order just opened and left untouched needs no draft: the server has it all.
    if (!state.loaPath.isEmpty() || !state.billPath.isEmpty())
        return true;
    for (const HostedWizardState::NumberCode &code : state.codes) {
        if (!code.code.trimmed().isEmpty() || code.progress == CodeProgress::Sent ||
            code.progress == CodeProgress::Rejected)
            return true;
    }
    return false;
}

void HostedOrderWizard::saveDraft()
{
    if (!m_drafts || m_finished || m_loading)
        return;
    const HostedWizardState state = collectState();
    // The draft of an order is filed under it; the one of the numbers typed before the order
    // existed is replaced by it.
    if (!m_draftId.isEmpty() && !state.orderId.isEmpty() && !m_draftHasOrder) {
        m_drafts->discard(m_draftId);
        m_draftId.clear();
    }
    if (m_draftId.isEmpty()) {
        if (!isWorthKeeping(state))
            return;
        m_draftId =
            m_drafts->create(hostedKind(), state.toJson(), state.draftTitle(), state.orderId);
        m_draftHasOrder = !state.orderId.isEmpty();
        return;
    }
    if (!m_drafts->save(m_draftId, state.toJson(), state.draftTitle()) &&
        !m_drafts->contains(m_draftId)) {
        // Discarded elsewhere while still in use: keep what is typed safe.
        m_draftId.clear();
        if (isWorthKeeping(state)) {
            m_draftId =
                m_drafts->create(hostedKind(), state.toJson(), state.draftTitle(), state.orderId);
            m_draftHasOrder = !state.orderId.isEmpty();
        }
    }
}

void HostedOrderWizard::discardDraft()
{
    m_saveTimer.stop();
    m_finished = true;
    if (m_drafts && !m_draftId.isEmpty())
        m_drafts->discard(m_draftId);
    m_draftId.clear();
    m_draftHasOrder = false;
}

void HostedOrderWizard::updateTitle()
{
    setWindowTitle(m_state.orderId.isEmpty() ? tr("New hosted-number order")
                                             : tr("Hosted-number order %1").arg(m_state.orderId));
}
