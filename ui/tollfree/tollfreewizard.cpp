#include "tollfreewizard.h"

#include "api/apicall.h"
#include "api/resendadvice.h"
#include "session/createdrecordlookup.h"
#include "storage/draftstore.h"
#include "tollfreerecords.h"
#include "tollfreereviewpage.h"
#include "tollfreewizardpages.h"
#include "widgets/fieldfeedback.h"
#include "widgets/taborder.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QMessageBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString contentRequest = u"request"_s;
const QString contentOriginal = u"original"_s;
const QString contentMode = u"mode"_s;
const QString contentPage = u"page"_s;
const QString modeEdit = u"edit"_s;
const QString modeNew = u"new"_s;

// A field's value for comparing the form with the original request: absent optional text,
// "" and an unticked box all mean "not given".
QJsonValue comparable(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return field == u"ageGatedContent"_s ? QJsonValue(false) : QJsonValue(QString());
    return value;
}

QJsonObject withId(const TollFreeVerificationRequest &request)
{
    QJsonObject object = request.toJson();
    object.insert(u"id"_s, request.id);
    object.insert(u"verificationStatus"_s, request.verificationStatus);
    object.insert(u"reason"_s, request.reason);
    return object;
}

} // namespace

TollFreeWizard::TollFreeWizard(TollFreeRecords *records, DraftStore *drafts, QWidget *parent)
    : QWizard(parent)
    , m_records(records)
    , m_drafts(drafts)
{
    setObjectName(u"tollFreeWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    setButtonText(QWizard::CustomButton1, tr("&Discard draft"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"submitButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"closeButton"_s);
    button(QWizard::CustomButton1)->setObjectName(u"discardDraftButton"_s);
    button(QWizard::CancelButton)
        ->setToolTip(tr("Close the wizard. What you typed is kept in Drafts."));
    button(QWizard::CustomButton1)->setToolTip(tr("Delete this draft and close the wizard."));
    button(QWizard::NextButton)
        ->setToolTip(tr("Available once every field of this page is valid."));

    const TollFreeFormPage::RequestSource source = [this] { return request(); };
    m_formPages = {
        new TollFreeBusinessPage(source, this), new TollFreeContactPage(source, this),
        new TollFreeUseCasePage(source, this),  new TollFreeMessagesPage(source, this),
        new TollFreeNumbersPage(source, this),  new TollFreeAdditionalPage(source, this)};
    for (int id = BusinessPageId; id < ReviewPageId; ++id) {
        TollFreeFormPage *page = m_formPages.at(id);
        setPage(id, page);
        connect(page, &TollFreeFormPage::fieldEdited, this, &TollFreeWizard::onFieldEdited);
    }
    m_review = new TollFreeReviewPage(this);
    setPage(ReviewPageId, m_review);
    // Tab visits the buttons as they stand, left to right (the discard button comes first).
    TabOrder::chain({button(QWizard::CustomButton1), button(QWizard::BackButton),
                     button(QWizard::NextButton), button(QWizard::FinishButton),
                     button(QWizard::CancelButton)});

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveDraft(SaveMode::IfChanged); });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (m_loading || id < 0)
            return;
        flushDraft();
        if (TollFreeFormPage *page = formPage(id))
            page->refreshFeedback();
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            confirmDiscardDraft();
    });

    resize(860, 700);
    setMinimumSize(640, 520);
    reset(Mode::New, {}, {});
}

TollFreeWizard::~TollFreeWizard()
{
    // Closed or destroyed without submitting: keep what was typed. A submission still in
    // flight finishes on its own; its draft stays so nothing typed is lost.
    m_saveTimer.stop();
    if (!m_submitted && !m_discarded)
        saveDraft(SaveMode::IfChanged);
}

// --- Starting ----------------------------------------------------------------------------------

void TollFreeWizard::reset(Mode mode, const TollFreeVerificationRequest &values,
                           const TollFreeVerificationRequest &original)
{
    m_saveTimer.stop();
    m_mode = mode;
    m_original = original;
    m_draftId.clear();
    m_submitted = false;
    m_discarded = false;
    loadValues(values);
    m_startBody = typedBody();
    const QString reason = mode == Mode::Edit && !original.reason.trimmed().isEmpty()
                               ? tr("Telnyx's reviewers said: %1").arg(original.reason.trimmed())
                               : QString();
    formPage(BusinessPageId)->setBanner(reason);
    m_review->setBanner(reason);
    m_review->showStatus({}, false);
    m_loading = true;
    restart();
    m_loading = false;
    refreshAllPages();
    updateTexts();
}

void TollFreeWizard::loadValues(const TollFreeVerificationRequest &values)
{
    m_loading = true;
    const QJsonObject body = values.toJson();
    for (TollFreeFormPage *page : std::as_const(m_formPages)) {
        page->setTracking(false);
        page->readValues(body);
        for (const QString &field : page->fieldNames()) {
            page->feedback(field)->setServerProblem({});
            page->feedback(field)->setTouched(false);
        }
        page->setTracking(true);
    }
    m_loading = false;
}

void TollFreeWizard::startNew()
{
    reset(Mode::New, {}, {});
}

bool TollFreeWizard::resumeDraft(const QString &draftId)
{
    const std::optional<Draft> draft = m_drafts->load(draftId);
    if (!draft)
        return false;
    const QJsonObject &content = draft->content;
    const bool editing = content.value(contentMode).toString() == modeEdit;
    const TollFreeVerificationRequest original =
        editing ? TollFreeVerificationRequest::fromJson(content.value(contentOriginal).toObject())
                : TollFreeVerificationRequest();
    reset(editing ? Mode::Edit : Mode::New,
          TollFreeVerificationRequest::fromJson(content.value(contentRequest).toObject()),
          original);
    m_draftId = draftId;
    for (TollFreeFormPage *page : std::as_const(m_formPages))
        page->touchFilledFields();
    refreshAllPages();

    // Back where the draft was left, unless an earlier page needs fixing first.
    const int target =
        std::clamp(content.value(contentPage).toInt(0), int(BusinessPageId), int(ReviewPageId));
    m_loading = true;
    while (currentId() < target && currentPage()->isComplete()) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_loading = false;
    if (TollFreeFormPage *page = formPage(currentId()))
        page->refreshFeedback();
    else
        m_review->refresh();
    updateTexts();
    return true;
}

void TollFreeWizard::editRequest(const TollFreeVerificationRequest &existing)
{
    reset(Mode::Edit, existing, existing);
    for (TollFreeFormPage *page : std::as_const(m_formPages))
        page->touchFilledFields();
    refreshAllPages();
}

void TollFreeWizard::startFromCopy(const TollFreeVerificationRequest &source)
{
    TollFreeVerificationRequest copy = source;
    copy.raw = {};
    copy.id.clear();
    copy.verificationRequestId.clear();
    copy.verificationStatus.clear();
    copy.reason.clear();
    copy.createdAt = {};
    copy.updatedAt = {};
    reset(Mode::New, copy, {});
    for (TollFreeFormPage *page : std::as_const(m_formPages))
        page->touchFilledFields();
    refreshAllPages();
    saveDraft(SaveMode::Always);
}

// --- The form ----------------------------------------------------------------------------------

TollFreeFormPage *TollFreeWizard::formPage(int pageId) const
{
    if (pageId < BusinessPageId || pageId >= ReviewPageId)
        return nullptr;
    return m_formPages.value(pageId);
}

int TollFreeWizard::pageOfField(const QString &field) const
{
    for (int id = 0; id < m_formPages.size(); ++id) {
        if (m_formPages.at(id)->hasField(field))
            return id;
    }
    return -1;
}

QJsonObject TollFreeWizard::typedBody() const
{
    QJsonObject body;
    for (const TollFreeFormPage *page : m_formPages)
        page->writeValues(body);
    return body;
}

TollFreeVerificationRequest TollFreeWizard::typedRequest() const
{
    return TollFreeVerificationRequest::fromJson(typedBody());
}

TollFreeVerificationRequest TollFreeWizard::request() const
{
    TollFreeVerificationRequest sent = normalizedTollFreeRequest(typedRequest());
    if (m_mode != Mode::Edit)
        return sent;
    // A PATCH may keep what a body leaves out, so a field the user emptied is sent cleared:
    // null where the SDK types it `string | null`, else "" (see clearedFields).
    const QJsonObject before = normalizedTollFreeRequest(m_original).toJson();
    const QJsonObject body = sent.toJson();
    const QStringList optional = TollFreeVerificationRequest::optionalFieldNames();
    for (const QString &field : optional) {
        if (field == u"ageGatedContent"_s)
            continue;
        if (!body.contains(field) && before.contains(field) &&
            !before.value(field).toString().isEmpty())
            sent.clearedFields.append(field);
    }
    return sent;
}

QList<ReadinessWarning> TollFreeWizard::readinessWarnings() const
{
    return tollFreeReadiness(request());
}

QList<std::pair<QString, QString>> TollFreeWizard::fieldProblems() const
{
    QList<std::pair<QString, QString>> problems;
    const TollFreeVerificationRequest current = request();
    for (const TollFreeFormPage *page : m_formPages)
        problems += page->fieldProblems(current);
    return problems;
}

QStringList TollFreeWizard::changedFields() const
{
    if (m_mode != Mode::Edit)
        return {};
    const QJsonObject before = normalizedTollFreeRequest(m_original).toJson();
    const QJsonObject after = request().toJson();
    QStringList changed;
    const QStringList fields = tollFreeFormFields();
    for (const QString &field : fields) {
        if (comparable(before, field) != comparable(after, field))
            changed.append(field);
    }
    return changed;
}

void TollFreeWizard::goToField(const QString &field, int index)
{
    const int target = pageOfField(field);
    if (target < 0)
        return;
    // Back() never validates, so it cannot trigger a submission from the Review page.
    while (currentId() > target) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
    while (currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    if (TollFreeFormPage *page = formPage(currentId())) {
        page->refreshFeedback();
        page->focusField(field, index);
    }
}

void TollFreeWizard::refreshAllPages()
{
    for (TollFreeFormPage *page : std::as_const(m_formPages))
        page->refreshFeedback();
    if (currentId() == ReviewPageId)
        m_review->refresh();
}

void TollFreeWizard::onFieldEdited()
{
    if (m_loading || m_submitted)
        return;
    m_saveTimer.start();
    updateTexts();
}

void TollFreeWizard::updateTexts()
{
    const QString name = request().businessName;
    if (m_submitted) {
        // Accepted (possibly without a readable answer): Finish only closes now.
        setButtonText(QWizard::FinishButton, tr("&Close"));
        button(QWizard::FinishButton)->setToolTip(tr("Close the wizard; nothing is sent."));
    } else if (m_mode == Mode::Edit) {
        setWindowTitle(name.isEmpty() ? tr("Edit toll-free verification request")
                                      : tr("Edit toll-free verification request: %1").arg(name));
        setButtonText(QWizard::FinishButton, tr("Re&submit"));
        button(QWizard::FinishButton)
            ->setToolTip(tr("Send the whole form again (PATCH) so Telnyx reviews it anew."));
    } else {
        setWindowTitle(name.isEmpty() ? tr("New toll-free verification request")
                                      : tr("New toll-free verification request: %1").arg(name));
        setButtonText(QWizard::FinishButton, m_offerAgain ? tr("Submit &again") : tr("&Submit"));
        button(QWizard::FinishButton)->setToolTip(tr("Send the request to Telnyx."));
    }
    button(QWizard::CustomButton1)->setEnabled(!m_draftId.isEmpty() && !isSubmitting());
    // Once submitted, Finish reads Close: a second Close (Cancel) beside it would only puzzle.
    button(QWizard::CancelButton)->setVisible(!m_submitted);
}

// --- Drafts ------------------------------------------------------------------------------------

QString TollFreeWizard::draftTitle() const
{
    const QString name = request().businessName;
    if (m_mode == Mode::Edit)
        return tr("Changes to %1").arg(name.isEmpty() ? m_original.businessName : name);
    return name.isEmpty() ? tr("Untitled request") : name;
}

QJsonObject TollFreeWizard::draftContent() const
{
    QJsonObject content{{contentRequest, typedBody()},
                        {contentMode, m_mode == Mode::Edit ? modeEdit : modeNew},
                        {contentPage, std::max(0, currentId())}};
    if (m_mode == Mode::Edit)
        content.insert(contentOriginal, withId(m_original));
    return content;
}

QJsonObject TollFreeWizard::draftContentFor(const TollFreeVerificationRequest &typed)
{
    return {{contentRequest, typed.toJson()}, {contentMode, modeNew}, {contentPage, 0}};
}

QString TollFreeWizard::draftTitleFor(const TollFreeVerificationRequest &typed)
{
    const QString name = typed.businessName.trimmed();
    return name.isEmpty() ? tr("Untitled request") : name;
}

void TollFreeWizard::flushDraft()
{
    m_saveTimer.stop();
    saveDraft(SaveMode::IfChanged);
}

void TollFreeWizard::saveDraft(SaveMode mode)
{
    if (!m_drafts || m_submitted || m_discarded || m_loading)
        return;
    if (m_draftId.isEmpty()) {
        // An untouched form leaves no draft behind.
        if (mode == SaveMode::IfChanged && typedBody() == m_startBody)
            return;
        m_draftId =
            m_drafts->create(QString::fromLatin1(DraftStore::tollFreeKind), draftContent(),
                             draftTitle(), m_mode == Mode::Edit ? m_original.id : QString());
        updateTexts();
        return;
    }
    if (!m_drafts->save(m_draftId, draftContent(), draftTitle()) &&
        !m_drafts->contains(m_draftId)) {
        // Discarded elsewhere (the Drafts list) while still being typed in: keep typing safe.
        m_draftId.clear();
        saveDraft(SaveMode::Always);
    }
}

void TollFreeWizard::confirmDiscardDraft()
{
    if (m_draftId.isEmpty() || isSubmitting())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard draft"),
                                tr("Delete this draft and close the wizard? What you typed "
                                   "will be lost."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDiscardDraftBox"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() != box->button(QMessageBox::Discard))
            return;
        m_saveTimer.stop();
        if (!m_draftId.isEmpty())
            m_drafts->discard(m_draftId);
        m_draftId.clear();
        m_discarded = true;
        reject();
    });
    box->open();
}

// --- Submitting --------------------------------------------------------------------------------

void TollFreeWizard::done(int result)
{
    if (result == QDialog::Rejected) {
        if (isSubmitting())
            return; // the answer is on its way; closing now would lose track of it
        m_saveTimer.stop();
        if (!m_discarded) {
            saveDraft(SaveMode::IfChanged);
            if (!m_draftId.isEmpty())
                Q_EMIT draftKept(m_draftId);
        }
    }
    QWizard::done(result);
}

bool TollFreeWizard::handleFinish()
{
    if (m_submitted)
        return true;
    submit();
    return false; // the wizard closes when the server has answered
}

void TollFreeWizard::submit()
{
    if (isSubmitting() || m_submitted || isLookingForCreated())
        return; // a double click, or Enter pressed twice: one request only
    if (const auto problems = fieldProblems(); !problems.isEmpty()) {
        goToField(problems.first().first);
        return;
    }
    if (currentId() == ReviewPageId && !m_review->warningsAcknowledged())
        return;
    flushDraft();

    const TollFreeVerificationRequest body = request();
    m_sentAt = QDateTime::currentDateTimeUtc();
    ApiCallOf<TollFreeVerificationRequest> *call =
        m_mode == Mode::Edit ? m_records->resubmit(m_original.id, body) : m_records->submit(body);
    m_call = call;
    call->onResult(this,
                   [this](const TollFreeVerificationRequest &saved) { onSubmitSucceeded(saved); });
    connect(call, &ApiCall::failed, this, &TollFreeWizard::onSubmitFailed);

    m_review->setSubmitting(true);
    button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(false);
    updateTexts();
}

void TollFreeWizard::markSubmitted()
{
    m_call = nullptr;
    m_submitted = true;
    m_saveTimer.stop();
    if (!m_draftId.isEmpty())
        m_drafts->discard(m_draftId);
    m_draftId.clear();
    m_review->setSubmitting(false);
    button(QWizard::CancelButton)->setEnabled(true);
}

void TollFreeWizard::onSubmitSucceeded(const TollFreeVerificationRequest &result)
{
    markSubmitted();
    m_review->showStatus(m_mode == Mode::Edit ? tr("Resubmitted.") : tr("Submitted."), false);
    Q_EMIT submitted(result);
    accept();
}

void TollFreeWizard::onSubmitAccepted(const ApiError &error)
{
    // Done on the server: like a success without the answer. Submitting again would create a
    // second request, so the Finish button only closes from now on.
    markSubmitted();
    updateTexts();
    m_review->showStatus(
        (m_mode == Mode::Edit ? tr("Telnyx accepted the changes, but its answer could not be "
                                   "read (%1).")
                              : tr("Telnyx accepted the request, but its answer could not be "
                                   "read (%1)."))
                .arg(error.technicalDetail()) +
            u' ' +
            tr("Do not submit it again: the request list is reloaded and shows it. Close the "
               "wizard and open it there."),
        false);
    Q_EMIT submittedUnreadable(error);
}

void TollFreeWizard::onSubmitFailed(const ApiError &error)
{
    if (resendAdviceFor(error) == ResendAdvice::Done)
        return onSubmitAccepted(error);
    m_call = nullptr;
    m_review->setSubmitting(false);
    button(QWizard::CancelButton)->setEnabled(true);
    // Whatever happened, what was typed stays: in the form and in the draft.
    saveDraft(SaveMode::Always);
    updateTexts();
    Q_EMIT submitFailed(error);

    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 422 &&
        showServerFieldErrors(error))
        return;
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 422)
        m_review->showServerError(error.message()); // names no field: all of it, on top

    const ResendAdvice advice = resendAdviceFor(error);
    if (m_mode == Mode::New && advice == ResendAdvice::LookFirst)
        return lookForCreatedRequest(error);
    m_offerAgain = advice == ResendAdvice::SendAgain;
    updateTexts();
    m_review->showStatus(error.message() + u' ' +
                             resendAdviceText(advice, m_mode == Mode::Edit
                                                          ? CreatedThing::TollFreeChanges
                                                          : CreatedThing::TollFreeRequest) +
                             u' ' + tr("Everything you typed is kept in the draft."),
                         true);
}

void TollFreeWizard::lookForCreatedRequest(const ApiError &error)
{
    // Submit stays off until the list has been searched: only a request that is not there is
    // offered again.
    m_review->setSubmitting(true);
    button(QWizard::CancelButton)->setEnabled(true);
    const QString cause = error.message();
    m_review->showStatus(
        cause + u' ' + resendAdviceText(ResendAdvice::LookFirst, CreatedThing::TollFreeRequest),
        false);
    delete m_lookup;
    m_lookup = CreatedRecordLookup::forTollFree(m_records->client(), request(), m_sentAt, this);
    const auto lookup = m_lookup;
    connect(lookup, &CreatedRecordLookup::finished, this, [this, lookup, cause](int matches) {
        m_lookup = nullptr;
        lookup->deleteLater();
        if (matches > 0) {
            const TollFreeVerificationRequest found = lookup->tollFreeMatches().first();
            markSubmitted();
            updateTexts();
            m_review->showStatus(
                cause + u' ' + lookResultText(CreatedThing::TollFreeRequest, matches) + u' ' +
                    tr("Request ID: %1 (%2).").arg(found.id, found.verificationStatus),
                false);
            m_records->recordSaved(found);
            Q_EMIT submitted(found);
            return;
        }
        offerSubmitAgain(cause + u' ' + lookResultText(CreatedThing::TollFreeRequest, 0) + u' ' +
                         tr("Everything you typed is kept in the draft."));
    });
    connect(lookup, &CreatedRecordLookup::failed, this, [this, lookup, cause](const ApiError &) {
        m_lookup = nullptr;
        lookup->deleteLater();
        offerSubmitAgain(cause + u' ' + lookResultText(CreatedThing::TollFreeRequest, -1) + u' ' +
                         tr("Everything you typed is kept in the draft."));
    });
    lookup->start();
}

void TollFreeWizard::offerSubmitAgain(const QString &status)
{
    m_offerAgain = true;
    m_review->setSubmitting(false);
    updateTexts();
    m_review->showStatus(status, true);
}

bool TollFreeWizard::showServerFieldErrors(const ApiError &error)
{
    const TollFreeVerificationRequest sent = request();
    QHash<QString, QStringList> details;
    QString firstField;
    int firstIndex = -1;
    QStringList unplaced;
    // Form order: page first, then the field's place on its page.
    const auto rank = [this](const QString &field) {
        const int page = pageOfField(field);
        return page * 1000 + int(formPage(page)->fieldNames().indexOf(field));
    };
    // Fields by source.pointer, or source.parameter, or named in the error's words.
    const QStringList knownFields = TollFreeVerificationRequest::requiredFieldNames() +
                                    TollFreeVerificationRequest::optionalFieldNames();
    for (const ApiErrorItem &item : error.unplacedItems(knownFields))
        unplaced.append(item.detail.isEmpty() ? item.title : item.detail);
    const QList<ApiErrorItem> items = error.fieldItems(knownFields);
    for (const ApiErrorItem &item : items) {
        const QString detail = item.detail.isEmpty() ? item.title : item.detail;
        const TollFreeFieldPointer target = tollFreeFieldFromPointer(item.pointer);
        const int page = pageOfField(target.field);
        if (page < 0) {
            unplaced.append(u"%1: %2"_s.arg(item.pointer, detail));
            continue;
        }
        QString text = detail;
        if (target.index >= 0) {
            const QStringList &list =
                target.field == u"phoneNumbers"_s ? sent.phoneNumbers : sent.optInWorkflowImageURLs;
            const QString value = list.value(target.index);
            text =
                value.isEmpty()
                    ? tr("Entry %1: %2").arg(target.index + 1).arg(detail)
                    : tr("Entry %1 (%2): %3").arg(QString::number(target.index + 1), value, detail);
        }
        details[target.field].append(text);
        if (firstField.isEmpty() || rank(target.field) < rank(firstField)) {
            firstField = target.field;
            firstIndex = target.index;
        }
    }
    if (details.isEmpty())
        return false;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        formPage(pageOfField(it.key()))
            ->feedback(it.key())
            ->setServerProblem(it.value().join(u'\n'));
    refreshAllPages();
    QString status = tr("Telnyx did not accept %Ln field(s); they are marked in red. Fix them "
                        "and submit again.",
                        nullptr, int(details.size()));
    if (!unplaced.isEmpty())
        status += u' ' + tr("Also: %1").arg(unplaced.join(u"; "_s));
    m_review->showStatus(status, true);
    goToField(firstField, firstIndex);
    return true;
}
