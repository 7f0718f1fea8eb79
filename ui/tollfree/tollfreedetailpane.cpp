#include "tollfreedetailpane.h"

#include "api/apicall.h"
#include "consolepalette.h"
#include "pagedlistmodel.h"
#include "statushistorymodel.h"
#include "statustimeline.h"
#include "tollfreerecords.h"
#include "widgets/detailpanekit.h"
#include "widgets/plaintext.h"
#include "widgets/taborder.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool isWebUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") &&
           !url.host().isEmpty();
}

// URLs and e-mail addresses wrap after their separators.
QString breakable(const QString &escaped)
{
    return DetailPaneKit::breakable(escaped, u"/.@-_?=");
}

QString linkOrText(const QString &text)
{
    const QString escaped = text.toHtmlEscaped();
    if (!isWebUrl(text))
        return breakable(escaped);
    return u"<a href=\"%1\">%2</a>"_s.arg(escaped, breakable(escaped));
}

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return *value ? TollFreeDetailPane::tr("Yes") : TollFreeDetailPane::tr("No");
}

} // namespace

TollFreeDetailPane::TollFreeDetailPane(TollFreeRecords *records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_history(new StatusHistoryModel(records->client(), this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_statusBadge(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_callout(new QFrame(this))
    , m_calloutTitle(new QLabel(m_callout))
    , m_reason(new QLabel(m_callout))
    , m_nextStep(new QLabel(m_callout))
    , m_explanation(new QLabel(this))
    , m_error(new QLabel(this))
    , m_editButton(new QPushButton(tr("&Edit and resubmit…"), this))
    , m_duplicateButton(new QPushButton(tr("D&uplicate"), this))
    , m_copyIdButton(new QPushButton(tr("Copy &ID"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_fieldsPage(new QWidget(this))
    , m_timeline(new StatusTimeline(this))
{
    setObjectName(u"tollFreeDetailPane"_s);
    setMinimumWidth(360); // narrower than this the fields and the timeline stop being readable
    // A newer copy of the request shown (resubmitted, or its status moved) replaces it.
    connect(m_records, &TollFreeRecords::recordChanged, this,
            [this](const TollFreeVerificationRequest &request) {
                if (request.id == m_request.id)
                    setRequest(request);
            });

    DetailPaneKit::setUpPlaceholder(m_placeholder, u"detailPlaceholder"_s);
    m_placeholder->setText(tr("Select a verification request to see its fields and its status "
                              "history."));

    // Header: who, what status, which id; then the actions.
    DetailPaneKit::setUpTitle(m_title, u"detailTitle"_s, 1.35);
    DetailPaneKit::setUpBadge(m_statusBadge, u"detailStatusBadge"_s);
    DetailPaneKit::setUpFacts(m_meta, u"detailMeta"_s);

    m_editButton->setObjectName(u"editResubmitButton"_s);
    m_duplicateButton->setObjectName(u"duplicateButton"_s);
    m_duplicateButton->setToolTip(tr("Start a new request with the fields of this one"));
    m_copyIdButton->setObjectName(u"copyIdButton"_s);
    m_copyIdButton->setToolTip(tr("Copy the request id to the clipboard, e.g. for a support "
                                  "ticket"));
    DetailPaneKit::setUpDeleteButton(m_deleteButton, u"deleteRequestButton"_s);

    // The callout for requests that wait on the user.
    m_callout->setObjectName(u"reasonCallout"_s);
    m_calloutTitle->setObjectName(u"reasonCalloutTitle"_s);
    m_reason->setObjectName(u"reasonLabel"_s);
    m_nextStep->setObjectName(u"nextStepLabel"_s);
    DetailPaneKit::setUpCallout(m_callout, m_calloutTitle, {m_reason, m_nextStep}, 10, 4);

    m_explanation->setObjectName(u"statusExplanationLabel"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(ConsolePalette().mutedStyle());

    DetailPaneKit::setUpErrorLabel(m_error, u"detailErrorLabel"_s);

    auto *content = new QWidget(this);
    QHBoxLayout *titleRow = DetailPaneKit::titleRow(m_title, m_statusBadge);
    m_actions = new QGridLayout;
    m_actions->setHorizontalSpacing(6);
    m_actions->setVerticalSpacing(4);
    arrangeActions(false);

    buildFields();
    QScrollArea *fieldsScroll =
        DetailPaneKit::verticalScrollArea(m_fieldsPage, u"detailFieldsScroll"_s, this);

    m_timeline->setModel(m_history);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"detailSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(fieldsScroll);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The history stands below the fields (made before them): Tab reaches it after them.
    if (const QList<QWidget *> fieldStops = TabOrder::stopsIn(m_fieldsPage); !fieldStops.isEmpty())
        TabOrder::placeAfter(fieldStops.constLast(), m_timeline);

    QVBoxLayout *contentLayout = DetailPaneKit::setUpContentLayout(content);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_meta);
    contentLayout->addLayout(m_actions);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_callout);
    contentLayout->addWidget(m_explanation);
    contentLayout->addWidget(splitter, 1);

    DetailPaneKit::setUpStack(this, m_stack, m_placeholder, content);

    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (hasRequest() && canEdit(m_request.status()))
            Q_EMIT editRequested(m_request);
    });
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] {
        if (hasRequest())
            Q_EMIT duplicateRequested(m_request);
    });
    connect(m_copyIdButton, &QPushButton::clicked, this, &TollFreeDetailPane::copyId);
    connect(m_deleteButton, &QPushButton::clicked, this, &TollFreeDetailPane::requestDelete);

    clear();
}

TollFreeDetailPane::~TollFreeDetailPane()
{
    cancelCalls();
}

void TollFreeDetailPane::buildFields()
{
    // Cards on a white page, like the timeline beside them.
    QVBoxLayout *layout = DetailPaneKit::setUpCardPage(m_fieldsPage, u"detailFieldsPage"_s, 6);
    // Row wrapping follows the pane's width (updateFormLayout).
    const auto group = [this, layout](const QString &objectName, const QString &title) {
        QFormLayout *form =
            DetailPaneKit::addFieldGroup(layout, objectName, title, QFormLayout::DontWrapRows,
                                         DetailPaneKit::FormSpacing::Roomy);
        m_forms.append(form);
        return form;
    };

    // The wizard's pages, in its order.
    QFormLayout *business = group(u"businessGroup"_s, tr("Business"));
    addField(business, u"businessName"_s, tr("Business name"));
    addField(business, u"doingBusinessAs"_s, tr("Doing business as"));
    addField(business, u"entityType"_s, tr("Entity type"));
    addField(business, u"corporateWebsite"_s, tr("Website"));
    addField(business, u"businessAddr1"_s, tr("Address"));
    addField(business, u"businessAddr2"_s, tr("Address line 2"));
    addField(business, u"businessCity"_s, tr("City"));
    addField(business, u"businessState"_s, tr("State or province"));
    addField(business, u"businessZip"_s, tr("ZIP or postal code"));
    addField(business, u"businessRegistrationNumber"_s, tr("Registration number"));
    addField(business, u"businessRegistrationType"_s, tr("Registration type"));
    addField(business, u"businessRegistrationCountry"_s, tr("Registration country"));

    QFormLayout *contact = group(u"contactGroup"_s, tr("Contact"));
    addField(contact, u"businessContactFirstName"_s, tr("First name"));
    addField(contact, u"businessContactLastName"_s, tr("Last name"));
    addField(contact, u"businessContactEmail"_s, tr("E-mail"));
    addField(contact, u"businessContactPhone"_s, tr("Phone"));

    QFormLayout *useCase = group(u"useCaseGroup"_s, tr("Use case"));
    addField(useCase, u"useCase"_s, tr("Use case"));
    addField(useCase, u"useCaseSummary"_s, tr("Summary"));
    addField(useCase, u"messageVolume"_s, tr("Monthly message volume"));
    addField(useCase, u"ageGatedContent"_s, tr("Age-gated content"));
    addField(useCase, u"isvReseller"_s, tr("ISV reseller"));
    addField(useCase, u"campaignVerifyAuthorizationToken"_s, tr("Campaign Verify token"));

    QFormLayout *messages = group(u"messagesGroup"_s, tr("Messages and opt-in"));
    addField(messages, u"productionMessageContent"_s, tr("Sample message"));
    addField(messages, u"optInWorkflow"_s, tr("Opt-in workflow"));
    addField(messages, u"optInWorkflowImageURLs"_s, tr("Opt-in images"));
    addField(messages, u"optInKeywords"_s, tr("Opt-in keywords"));
    addField(messages, u"optInConfirmationResponse"_s, tr("Opt-in confirmation"));
    addField(messages, u"helpMessageResponse"_s, tr("HELP response"));
    addField(messages, u"privacyPolicyURL"_s, tr("Privacy policy"));
    addField(messages, u"termsAndConditionURL"_s, tr("Terms and conditions"));

    QFormLayout *numbers = group(u"phoneNumbersGroup"_s, tr("Phone numbers"));
    addField(numbers, u"phoneNumbers"_s, tr("Toll-free numbers"));

    QFormLayout *additional = group(u"additionalGroup"_s, tr("Additional information"));
    addField(additional, u"additionalInformation"_s, tr("Additional information"));
    addField(additional, u"webhookUrl"_s, tr("Webhook URL"));

    layout->addStretch(1);

    // One label column for every group, so the values line up down the page.
    int labelWidth = 0;
    for (const QLabel *name : std::as_const(m_fieldNames))
        labelWidth = qMax(labelWidth, name->sizeHint().width());
    for (QLabel *name : std::as_const(m_fieldNames))
        name->setMinimumWidth(labelWidth);
    m_labelColumnWidth = labelWidth;
    updateFormLayout();
}

void TollFreeDetailPane::arrangeActions(bool twoRows)
{
    const QList<QPushButton *> buttons{m_editButton, m_duplicateButton, m_copyIdButton,
                                       m_deleteButton};
    for (QPushButton *button : buttons)
        m_actions->removeWidget(button);
    for (int column = 0; column < 5; ++column)
        m_actions->setColumnStretch(column, 0);
    if (twoRows) {
        // [Edit and resubmit] [Duplicate] / [Copy ID] [Delete]
        m_actions->addWidget(m_editButton, 0, 0);
        m_actions->addWidget(m_duplicateButton, 0, 1);
        m_actions->addWidget(m_copyIdButton, 1, 0);
        m_actions->addWidget(m_deleteButton, 1, 1);
    } else {
        m_actions->addWidget(m_editButton, 0, 0);
        m_actions->addWidget(m_duplicateButton, 0, 1);
        m_actions->addWidget(m_copyIdButton, 0, 2);
        m_actions->setColumnStretch(3, 1);
        m_actions->addWidget(m_deleteButton, 0, 4);
    }
    m_actionsInTwoRows = twoRows;
}

void TollFreeDetailPane::updateFormLayout()
{
    // Narrow pane: the actions take two rows, and each label sits above its value so long
    // values keep the whole width.
    int buttonsWidth = 0;
    for (const QPushButton *button :
         {m_editButton, m_duplicateButton, m_copyIdButton, m_deleteButton})
        buttonsWidth += button->sizeHint().width() + 6;
    const bool twoRows = width() < buttonsWidth + 30;
    if (twoRows != m_actionsInTwoRows)
        arrangeActions(twoRows);

    const bool narrow = width() < m_labelColumnWidth + 300;
    const auto policy = narrow ? QFormLayout::WrapAllRows : QFormLayout::DontWrapRows;
    if (!m_forms.isEmpty() && m_forms.constFirst()->rowWrapPolicy() == policy)
        return;
    for (QFormLayout *form : std::as_const(m_forms))
        form->setRowWrapPolicy(policy);
    for (QLabel *name : std::as_const(m_fieldNames))
        name->setMinimumWidth(narrow ? 0 : m_labelColumnWidth);
}

void TollFreeDetailPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFormLayout();
}

QLabel *TollFreeDetailPane::addField(QFormLayout *form, const QString &wireName,
                                     const QString &label)
{
    const auto row = DetailPaneKit::addLinkField(form, u"field_"_s + wireName, wireName, label);
    m_fieldNames.append(row.name);
    m_fields.insert(wireName, row.value);
    return row.value;
}

void TollFreeDetailPane::setRequest(const TollFreeVerificationRequest &request)
{
    if (request.id.isEmpty()) {
        clear();
        return;
    }
    const bool sameRequest = request.id == m_request.id;
    const bool moved = !sameRequest || request.verificationStatus != m_request.verificationStatus ||
                       request.updatedAt != m_request.updatedAt;
    if (!sameRequest) {
        cancelCalls();
        m_error->hide();
    }
    m_request = request;
    m_stack->setCurrentIndex(1);
    fillFields();
    updateHeader();
    updateActions();
    m_timeline->setSubject(request.businessName.isEmpty()
                               ? request.id
                               : u"%1 (%2)"_s.arg(request.businessName, request.id));
    if (!sameRequest)
        m_history->setRequest(request.id);
    else if (moved || m_history->state() == StatusHistoryModel::State::Failed)
        m_history->reload();
}

void TollFreeDetailPane::clear()
{
    cancelCalls();
    m_request = {};
    m_history->clear();
    m_timeline->setSubject({});
    m_error->hide();
    m_stack->setCurrentIndex(0);
    updateActions();
}

QString TollFreeDetailPane::errorText() const
{
    return DetailPaneKit::shownText(m_error);
}

QString TollFreeDetailPane::editBlockedReason(const TollFreeVerificationRequest &request)
{
    if (canEdit(request.status()))
        return {};
    return tr("Only requests that wait for changes from you, or that were rejected, can be "
              "edited and resubmitted. This one is \"%1\".")
        .arg(tfvStatusLabel(request.verificationStatus));
}

QString TollFreeDetailPane::deleteBlockedReason(const TollFreeVerificationRequest &request)
{
    if (canDelete(request.status()))
        return {};
    return tr("Only rejected requests can be deleted; this one is \"%1\". Telnyx refuses to "
              "delete a request that is still under review or verified.")
        .arg(tfvStatusLabel(request.verificationStatus));
}

QString TollFreeDetailPane::nextStep(const TollFreeVerificationRequest &request)
{
    switch (request.status()) {
    case TfvStatus::WaitingForCustomer:
        return tr("What to do next: fix what the reason describes, then choose Edit and "
                  "resubmit. The review continues as soon as the request is resubmitted.");
    case TfvStatus::Rejected:
        return tr("What to do next: fix what the reason names and send the request again with "
                  "Edit and resubmit, or delete it. Duplicate starts a new request with the same "
                  "fields.");
    default:
        return {};
    }
}

void TollFreeDetailPane::fillFields()
{
    const TollFreeVerificationRequest &r = m_request;
    const auto set = [this](const QString &wire, const QString &html) {
        DetailPaneKit::setHtmlOrEmpty(m_fields.value(wire), html);
    };
    const auto text = [&set](const QString &wire, const QString &value) {
        // Line breaks the user typed are kept.
        set(wire, value.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    };
    const auto optional = [&text](const QString &wire, const std::optional<QString> &value) {
        text(wire, value.value_or(QString()));
    };
    const auto link = [&set](const QString &wire, const QString &value) {
        set(wire, linkOrText(value));
    };

    text(u"businessName"_s, r.businessName);
    optional(u"doingBusinessAs"_s, r.doingBusinessAs);
    text(u"entityType"_s, r.entityType && !r.entityType->isEmpty()
                              ? tfvEntityTypeLabel(*r.entityType) % u" ("_s % *r.entityType % u')'
                              : QString());
    link(u"corporateWebsite"_s, r.corporateWebsite);
    text(u"businessAddr1"_s, r.businessAddr1);
    optional(u"businessAddr2"_s, r.businessAddr2);
    text(u"businessCity"_s, r.businessCity);
    text(u"businessState"_s, r.businessState);
    text(u"businessZip"_s, r.businessZip);
    optional(u"businessRegistrationNumber"_s, r.businessRegistrationNumber);
    optional(u"businessRegistrationType"_s, r.businessRegistrationType);
    optional(u"businessRegistrationCountry"_s, r.businessRegistrationCountry);

    text(u"businessContactFirstName"_s, r.businessContactFirstName);
    text(u"businessContactLastName"_s, r.businessContactLastName);
    set(u"businessContactEmail"_s, r.businessContactEmail.isEmpty()
                                       ? QString()
                                       : u"<a href=\"mailto:%1\">%2</a>"_s.arg(
                                             r.businessContactEmail.toHtmlEscaped(),
                                             breakable(r.businessContactEmail.toHtmlEscaped())));
    text(u"businessContactPhone"_s, r.businessContactPhone);

    text(u"useCase"_s, r.useCase);
    text(u"useCaseSummary"_s, r.useCaseSummary);
    text(u"messageVolume"_s,
         r.messageVolume.isEmpty() ? QString() : tr("%1 per month").arg(r.messageVolume));
    text(u"ageGatedContent"_s, yesNo(r.ageGatedContent));
    optional(u"isvReseller"_s, r.isvReseller);
    optional(u"campaignVerifyAuthorizationToken"_s, r.campaignVerifyAuthorizationToken);

    text(u"productionMessageContent"_s, r.productionMessageContent);
    text(u"optInWorkflow"_s, r.optInWorkflow);
    QStringList images;
    for (const QString &url : r.optInWorkflowImageURLs)
        images.append(linkOrText(url));
    set(u"optInWorkflowImageURLs"_s, images.join(u"<br>"_s));
    optional(u"optInKeywords"_s, r.optInKeywords);
    optional(u"optInConfirmationResponse"_s, r.optInConfirmationResponse);
    optional(u"helpMessageResponse"_s, r.helpMessageResponse);
    link(u"privacyPolicyURL"_s, r.privacyPolicyURL.value_or(QString()));
    link(u"termsAndConditionURL"_s, r.termsAndConditionURL.value_or(QString()));

    QStringList numbers;
    for (const QString &number : r.phoneNumbers)
        numbers.append(number.toHtmlEscaped());
    set(u"phoneNumbers"_s, numbers.join(u"<br>"_s));

    text(u"additionalInformation"_s, r.additionalInformation);
    link(u"webhookUrl"_s, r.webhookUrl.value_or(QString()));
}

void TollFreeDetailPane::updateHeader()
{
    const TollFreeVerificationRequest &r = m_request;
    m_title->setText(r.businessName.isEmpty() ? tr("(no business name)") : r.businessName);
    m_statusBadge->setText(tfvStatusLabel(r.verificationStatus));
    m_statusBadge->setStyleSheet(ConsolePalette().statusBadgeStyle(r.verificationStatus));
    m_statusBadge->setToolTip(PlainText::toolTip(r.verificationStatus));

    QStringList meta{tr("ID %1").arg(r.id)};
    if (r.createdAt.isValid())
        meta << tr("created %1").arg(DetailPaneKit::unbrokenDateTime(r.createdAt));
    if (r.updatedAt.isValid())
        meta << tr("updated %1").arg(DetailPaneKit::unbrokenDateTime(r.updatedAt));
    m_meta->setText(DetailPaneKit::factsLine(meta));

    const TfvStatus status = r.status();
    const bool needsAction =
        status == TfvStatus::WaitingForCustomer || status == TfvStatus::Rejected;
    m_callout->setVisible(needsAction);
    m_explanation->setVisible(!needsAction);
    m_explanation->setText(tfvStatusExplanation(status));
    if (needsAction) {
        m_callout->setStyleSheet(ConsolePalette().calloutStyle(
            m_callout->objectName(), ConsolePalette::toneForStatus(r.verificationStatus),
            ConsolePalette::CalloutText::Accent));
        m_calloutTitle->setText(status == TfvStatus::Rejected
                                    ? tr("Rejected: this request needs changes or deletion")
                                    : tr("Waiting for you: the reviewers need changes"));
        m_reason->setText(r.reason.trimmed().isEmpty()
                              ? tr("No reason was given. Ask Telnyx support, quoting the request "
                                   "id.")
                              : tr("Reason: %1").arg(r.reason));
        m_nextStep->setText(nextStep(r));
    }
}

void TollFreeDetailPane::updateActions()
{
    const bool present = hasRequest();
    const bool busy = isDeleting();
    const QString editBlocked = present ? editBlockedReason(m_request) : QString();
    const QString deleteBlocked = present ? deleteBlockedReason(m_request) : QString();

    m_editButton->setEnabled(present && !busy && editBlocked.isEmpty());
    m_editButton->setToolTip(editBlocked.isEmpty()
                                 ? tr("Fix the request and send it again with every field")
                                 : editBlocked);
    m_duplicateButton->setEnabled(present && !busy);
    m_copyIdButton->setEnabled(present);
    m_deleteButton->setEnabled(present && !busy && deleteBlocked.isEmpty());
    m_deleteButton->setToolTip(busy                      ? tr("Deleting…")
                               : deleteBlocked.isEmpty() ? tr("Delete this rejected request")
                                                         : deleteBlocked);
}

void TollFreeDetailPane::showError(const QString &message)
{
    DetailPaneKit::showMessage(m_error, message);
}

void TollFreeDetailPane::copyId()
{
    if (!hasRequest())
        return;
    DetailPaneKit::copyToClipboard(m_request.id);
    Q_EMIT statusMessage(tr("Copied the request id %1").arg(m_request.id));
}

void TollFreeDetailPane::reloadHistory()
{
    if (hasRequest())
        m_history->reload();
}

void TollFreeDetailPane::requestDelete()
{
    if (!hasRequest() || isDeleting() || !deleteBlockedReason(m_request).isEmpty())
        return;
    if (m_confirm)
        m_confirm->close();

    const TollFreeVerificationRequest request = m_request;
    const QString numbers = request.phoneNumbers.isEmpty()
                                ? tr("(no numbers)")
                                : request.phoneNumbers.join(u", "_s).toHtmlEscaped();
    const DetailPaneKit::DeleteQuestion question{
        u"confirmDeleteDialog"_s,
        tr("Delete verification request"),
        tr("Delete the rejected verification request for <b>%1</b>?")
            .arg(request.businessName.toHtmlEscaped()),
        tr("Toll-free numbers: %1<br><br>The request and its status history are removed for "
           "good. To try again later, use Duplicate first.")
            .arg(numbers),
        tr("Delete request"),
    };
    m_confirm = DetailPaneKit::askToDelete(this, question, [this, id = request.id] {
        // The request may have changed while the question was open.
        if (m_request.id == id)
            performDelete(id);
    });
}

void TollFreeDetailPane::performDelete(const QString &id)
{
    showError({});
    ApiCall *call = m_records->remove(id);
    m_deleteCall = call;
    updateActions();
    Q_EMIT statusMessage(tr("Deleting the verification request %1…").arg(id));
    connect(call, &ApiCall::finished, this, [this, id] {
        const QString business = m_request.businessName;
        m_deleteCall = nullptr;
        clear();
        m_placeholder->setText(tr("The verification request for %1 was deleted.")
                                   .arg(business.isEmpty() ? id : business));
        Q_EMIT statusMessage(tr("Deleted the verification request %1").arg(id));
        Q_EMIT deleted(id);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_deleteCall = nullptr;
        updateActions();
        if (error.kind() != ApiError::Kind::Cancelled)
            showError(tr("Could not delete the request: %1").arg(error.message()));
    });
}

void TollFreeDetailPane::cancelCalls()
{
    if (m_confirm)
        m_confirm->close();
    DetailPaneKit::cancelCall(m_deleteCall, this);
    m_placeholder->setText(tr("Select a verification request to see its fields and its status "
                              "history."));
}
