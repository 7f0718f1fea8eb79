#include "rcsagenteditdialog.h"

#include "api/apicall.h"
#include "consolepalette.h"
#include "domain/validators.h"
#include "rcsagentrecords.h"
#include "widgets/fieldfeedback.h"
#include "widgets/messagingprofilepicker.h"
#include "widgets/plaintext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// An empty URL is allowed: it clears the value on the server.
QString urlProblem(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QString() : Validators::httpsUrl(text);
}

PatchString patchFor(const QString &typed, const std::optional<QString> &stored)
{
    const QString text = typed.trimmed();
    if (text == stored.value_or(QString()))
        return PatchString::keep();
    return text.isEmpty() ? PatchString::clear() : PatchString::set(text);
}

} // namespace

RcsAgentEditDialog::RcsAgentEditDialog(RcsAgentRecords *records, const RcsAgent &agent,
                                       MessagingProfiles *profiles, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_agent(agent)
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"rcsAgentEditDialog"_s);
    setWindowTitle(
        tr("Edit RCS agent %1").arg(agent.agentName.isEmpty() ? agent.agentId : agent.agentName));
    setMinimumWidth(520);

    auto *intro = new QLabel(u"<b>%1</b><br><span style=\"color:%3\">%2</span>"_s.arg(
                                 agent.agentName.toHtmlEscaped(), agent.agentId.toHtmlEscaped(),
                                 ConsolePalette().muted().name()),
                             this);
    intro->setObjectName(u"editAgentIntro"_s);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Picked by name or id; a typed id the list does not have is sent as typed.
    m_profilePicker = new MessagingProfilePicker(this);
    m_profileEdit = m_profilePicker->lineEdit();
    m_profileEdit->setObjectName(u"messagingProfileEdit"_s);
    m_profilePicker->setProfiles(profiles);
    m_profilePicker->setProfileId(agent.profileId.value_or(QString()));
    m_profileEdit->setPlaceholderText(tr("Messaging profile name or id (empty: none)"));
    m_profilePicker->setToolTip(tr("The messaging profile the agent's messages are billed and "
                                   "configured under"));
    m_webhookEdit = addEdit("webhookUrlEdit", agent.webhookUrl.value_or(QString()));
    m_webhookEdit->setPlaceholderText(u"https://example.com/telnyx/rcs"_s);
    m_webhookEdit->setToolTip(tr("Where Telnyx sends the agent's inbound messages and delivery "
                                 "events; HTTPS only"));
    m_failoverEdit = addEdit("failoverUrlEdit", agent.webhookFailoverUrl.value_or(QString()));
    m_failoverEdit->setPlaceholderText(u"https://backup.example.com/telnyx/rcs"_s);
    m_failoverEdit->setToolTip(tr("Used when the webhook URL does not answer; HTTPS only"));

    m_profileFeedback = new FieldFeedback(m_profileEdit, {}, this);
    m_webhookFeedback = new FieldFeedback(
        m_webhookEdit, [this] { return urlProblem(m_webhookEdit); }, this);
    m_failoverFeedback = new FieldFeedback(
        m_failoverEdit, [this] { return urlProblem(m_failoverEdit); }, this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(4);
    const auto addRow = [this, form](const QString &text, QWidget *edit, FieldFeedback *feedback) {
        auto *label = new QLabel(text, this);
        label->setBuddy(edit); // the mnemonic focuses the edit
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(feedback->messageLabel());
        form->addRow(label, column);
    };
    addRow(tr("&Messaging profile:"), m_profilePicker, m_profileFeedback);
    addRow(tr("&Webhook URL:"), m_webhookEdit, m_webhookFeedback);
    addRow(tr("&Failover URL:"), m_failoverEdit, m_failoverFeedback);

    m_summary->setObjectName(u"editAgentSummary"_s);
    PlainText::setUp(m_summary); // quotes the typed URLs
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(ConsolePalette().mutedStyle());

    m_error->setObjectName(u"editAgentError"_s);
    PlainText::setUp(m_error); // quotes the server's error
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(ConsolePalette().bannerStyle(ConsolePalette::Kind::Error, u"QLabel"_s));
    m_error->hide();

    m_busy->setObjectName(u"editAgentBusy"_s);
    m_busy->setText(tr("Saving…"));
    m_busy->hide();

    m_saveButton = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveAgentButton"_s);
    m_saveButton->setDefault(true);
    m_saveButton->setShortcut(QKeySequence::Save);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelEditButton"_s);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_busy);
    buttonRow->addStretch();
    buttonRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addLayout(buttonRow);

    // accepted() is not used: the dialog closes only when the server agreed.
    connect(m_saveButton, &QPushButton::clicked, this, &RcsAgentEditDialog::save);
    connect(cancel, &QPushButton::clicked, this, &RcsAgentEditDialog::reject);
    for (QLineEdit *edit : {m_profileEdit, m_webhookEdit, m_failoverEdit})
        connect(edit, &QLineEdit::textChanged, this, &RcsAgentEditDialog::updateButtons);
    updateButtons();
}

RcsAgentEditDialog::~RcsAgentEditDialog()
{
    if (ApiCall *call = m_call) {
        call->disconnect(this);
        call->cancel();
    }
}

QLineEdit *RcsAgentEditDialog::addEdit(const char *objectName, const QString &text)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setText(text);
    edit->setClearButtonEnabled(true);
    return edit;
}

RcsAgentUpdate RcsAgentEditDialog::pendingUpdate() const
{
    RcsAgentUpdate update;
    update.profileId = patchFor(m_profilePicker->profileId(), m_agent.profileId);
    update.webhookUrl = patchFor(m_webhookEdit->text(), m_agent.webhookUrl);
    update.webhookFailoverUrl = patchFor(m_failoverEdit->text(), m_agent.webhookFailoverUrl);
    return update;
}

QString RcsAgentEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RcsAgentEditDialog::updateButtons()
{
    const RcsAgentUpdate update = pendingUpdate();
    m_saveButton->setEnabled(!isSaving() && !update.isEmpty());
    // Say what Save will do, so clearing a field is never a surprise.
    QStringList changes;
    const auto describe = [&changes](const PatchString &patch, const QString &name) {
        if (patch.action == PatchString::Action::Set)
            changes << tr("%1 changes").arg(name);
        else if (patch.action == PatchString::Action::Clear)
            changes << tr("%1 is cleared").arg(name);
    };
    describe(update.profileId, tr("the messaging profile"));
    describe(update.webhookUrl, tr("the webhook URL"));
    describe(update.webhookFailoverUrl, tr("the failover URL"));
    m_summary->setText(changes.isEmpty()
                           ? tr("Nothing changed yet. An emptied field is removed from the agent.")
                           : tr("On save: %1.").arg(changes.join(u"; "_s)));
}

void RcsAgentEditDialog::save()
{
    if (isSaving())
        return;
    showError({});
    // Show every problem at once, and refuse to send while any remains.
    FieldFeedback *firstBad = nullptr;
    for (FieldFeedback *feedback : {m_profileFeedback, m_webhookFeedback, m_failoverFeedback}) {
        feedback->setTouched(true);
        if (!firstBad && !feedback->problem().isEmpty())
            firstBad = feedback;
    }
    if (firstBad) {
        firstBad->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const RcsAgentUpdate update = pendingUpdate();
    if (update.isEmpty())
        return;

    auto *call = m_records->update(m_agent.agentId, update);
    m_call = call;
    setBusy(true);
    call->onResult(this, [this](const RcsAgent &agent) {
        m_call = nullptr;
        setBusy(false);
        m_agent = agent;
        Q_EMIT saved(m_agent);
        accept();
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call = nullptr;
        setBusy(false);
        if (error.kind() != ApiError::Kind::Cancelled)
            showFailure(error);
    });
}

void RcsAgentEditDialog::reject()
{
    // Cancel while saving stops the request and keeps the dialog; a second Cancel closes it.
    if (ApiCall *call = m_call) {
        call->cancel();
        showError(tr("Saving was cancelled. The agent may or may not have been changed; "
                     "reload the agent to see its current values."));
        return;
    }
    QDialog::reject();
}

void RcsAgentEditDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QLineEdit *edit : {m_profileEdit, m_webhookEdit, m_failoverEdit})
        edit->setReadOnly(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateButtons();
}

void RcsAgentEditDialog::showFailure(const ApiError &error)
{
    const QHash<QString, FieldFeedback *> fields{{u"/profile_id"_s, m_profileFeedback},
                                                 {u"/webhook_url"_s, m_webhookFeedback},
                                                 {u"/webhook_failover_url"_s, m_failoverFeedback}};
    FieldFeedback *first = nullptr;
    QStringList unplaced;
    const QList<ApiErrorItem> items =
        error.fieldItems({u"profile_id"_s, u"webhook_url"_s, u"webhook_failover_url"_s});
    for (const ApiErrorItem &item : items) {
        const QString detail = item.detail.isEmpty() ? item.title : item.detail;
        if (FieldFeedback *feedback = fields.value(item.pointer)) {
            feedback->setServerProblem(detail);
            if (!first)
                first = feedback;
        } else {
            unplaced << detail;
        }
    }
    if (first) {
        first->editor()->setFocus(Qt::OtherFocusReason);
        if (!unplaced.isEmpty())
            showError(unplaced.join(u'\n'));
        else
            showError(tr("The server refused the change; see the field marked in red."));
        return;
    }
    showError(tr("Could not save the agent: %1").arg(error.message()));
}

void RcsAgentEditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // A wrapped message needs the height for the dialog's width; grow, never shrink.
    if (const int needed = heightForWidth(width()); needed > height())
        resize(width(), needed);
}
