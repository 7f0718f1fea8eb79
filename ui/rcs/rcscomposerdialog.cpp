#include "rcscomposerdialog.h"

#include "api/resendadvice.h"
#include "consolepalette.h"
#include "domain/rcscomposerdraft.h"
#include "domain/validators.h"
#include "rcsagentpicker.h"
#include "rcsagentsmodel.h"
#include "rcssuggestionseditor.h"
#include "widgets/fieldfeedback.h"
#include "widgets/plaintext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

int heightForLines(const QPlainTextEdit *edit, int lines)
{
    const int frame = 2 * edit->frameWidth();
    const int margins = int(2 * edit->document()->documentMargin());
    return edit->fontMetrics().lineSpacing() * lines + frame + margins + 4;
}

QPlainTextEdit *textEdit(QWidget *parent, const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    edit->setFixedHeight(heightForLines(edit, lines));
    return edit;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &placeholder,
                    const QString &toolTip)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    return edit;
}

// A US number typed loosely becomes E.164 when the field is left (as in the other forms).
void normalizeOnLeave(QLineEdit *edit)
{
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] {
        const QString normalized = Validators::normalizeUsNumber(edit->text());
        if (!normalized.isEmpty() && normalized != edit->text())
            edit->setText(normalized);
    });
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    const QStringList pieces = text.split(u'\n');
    for (const QString &piece : pieces) {
        if (!piece.trimmed().isEmpty())
            lines.append(piece.trimmed());
    }
    return lines;
}

} // namespace

RcsComposerDialog::RcsComposerDialog(ApiClient *client, RcsAgentsModel *agents,
                                     RcsCapabilityCache *cache, RcsComposerDraft *draft,
                                     QWidget *parent)
    : QDialog(parent)
    , m_sender(new RcsMessageSender(client, cache, this))
    , m_draft(draft)
    , m_agents(agents)
{
    setObjectName(u"rcsComposerDialog"_s);
    setWindowTitle(tr("New RCS message"));

    m_warning = new QFrame(this);
    m_warning->setObjectName(u"capabilityWarning"_s);
    m_warning->setStyleSheet(ConsolePalette().frameBannerStyle(
        ConsolePalette::Kind::Warning, u"QFrame#%1"_s.arg(m_warning->objectName())));
    m_warningText = new QLabel(m_warning);
    m_warningText->setObjectName(u"capabilityWarningText"_s);
    m_warningText->setWordWrap(true);
    m_warningText->setTextFormat(Qt::PlainText);
    m_sendAnywayButton = new QPushButton(tr("Send &anyway"), m_warning);
    m_sendAnywayButton->setObjectName(u"sendAnywayButton"_s);
    m_sendAnywayButton->setToolTip(tr("Send the RCS message; it will not be delivered to a "
                                      "phone that cannot receive RCS."));
    m_addFallbackButton = new QPushButton(tr("Add SMS &fallback"), m_warning);
    m_addFallbackButton->setObjectName(u"addSmsFallbackButton"_s);
    m_addFallbackButton->setToolTip(tr("Send a plain SMS instead when RCS is not available."));
    auto *warningLayout = new QHBoxLayout(m_warning);
    warningLayout->addWidget(m_warningText, 1);
    warningLayout->addWidget(m_addFallbackButton);
    warningLayout->addWidget(m_sendAnywayButton);
    m_warning->hide();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"composerScroll"_s);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the focused one scrolls in
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(buildForm());

    m_result = new QFrame(this);
    m_result->setObjectName(u"resultPanel"_s);
    m_result->setStyleSheet(
        ConsolePalette().frameBannerStyle(ConsolePalette::Kind::Success, u"QFrame#resultPanel"_s));
    m_messageIdEdit = new QLineEdit(m_result);
    m_messageIdEdit->setObjectName(u"messageIdEdit"_s);
    m_messageIdEdit->setReadOnly(true);
    auto *copyId = new QPushButton(tr("Cop&y ID"), m_result);
    copyId->setObjectName(u"copyIdButton"_s);
    copyId->setAutoDefault(false);
    connect(copyId, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_messageIdEdit->text()); });
    m_resultStatus = new QLabel(m_result);
    m_resultStatus->setObjectName(u"resultStatusLabel"_s);
    PlainText::setUp(m_resultStatus); // the server's status and carrier
    m_resultStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *resultLayout = new QGridLayout(m_result);
    auto *idLabel = new QLabel(tr("Message ID"), m_result);
    idLabel->setBuddy(m_messageIdEdit);
    resultLayout->addWidget(idLabel, 0, 0);
    resultLayout->addWidget(m_messageIdEdit, 0, 1);
    resultLayout->addWidget(copyId, 0, 2);
    resultLayout->addWidget(m_resultStatus, 1, 1, 1, 2);
    m_result->hide();

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyBar"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumSize(120, 10);
    m_busyBar->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelButton = new QPushButton(tr("Cancel request"), this);
    m_cancelButton->setObjectName(u"cancelRequestButton"_s);
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"dialogButtons"_s);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_sendButton->setToolTip(tr("Check the recipient, then send the message (Ctrl+Enter)."));
    // Enter in a field must not send by accident: only the button or Ctrl+Enter does.
    m_sendButton->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAutoDefault(false);
    close->setToolTip(tr("Close; what you typed is kept for the next message."));
    connect(m_sendButton, &QPushButton::clicked, this, &RcsComposerDialog::send);
    connect(close, &QPushButton::clicked, this, &RcsComposerDialog::reject);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busyBar);
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_result);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);

    connect(m_sendAnywayButton, &QPushButton::clicked, this, &RcsComposerDialog::sendAnyway);
    connect(m_addFallbackButton, &QPushButton::clicked, this, &RcsComposerDialog::addSmsFallback);
    connect(m_cancelButton, &QPushButton::clicked, this, &RcsComposerDialog::cancelRequest);

    connect(m_sender, &RcsMessageSender::stageChanged, this, &RcsComposerDialog::onStageChanged);
    connect(m_sender, &RcsMessageSender::warned, this, &RcsComposerDialog::onWarned);
    connect(m_sender, &RcsMessageSender::sameMessageHeldBack, this,
            &RcsComposerDialog::onSameMessageHeldBack);
    connect(m_sender, &RcsMessageSender::sent, this, &RcsComposerDialog::onSent);
    connect(m_sender, &RcsMessageSender::failed, this, &RcsComposerDialog::onSendFailed);

    RcsAgentPicker::follow(agents, this, [this] { reloadAgents(); });
    reloadAgents();
    if (m_draft)
        restoreDraft(*m_draft);
    updateCounter();
    resize(720, 780);
}

RcsComposerDialog::~RcsComposerDialog()
{
    // The sender, a child, ends its request without reporting it.
    saveDraft();
}

QWidget *RcsComposerDialog::buildForm()
{
    auto *content = new QWidget;
    content->setObjectName(u"composerForm"_s);
    auto *contentLayout = new QVBoxLayout(content);

    auto *messageForm = new QFormLayout;
    messageForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    messageForm->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    contentLayout->addLayout(messageForm);

    m_agentCombo = new QComboBox(content);
    RcsAgentPicker::setUpCombo(m_agentCombo, m_agents,
                               tr("The RCS agent (the brand) the message comes from."));
    m_agentCombo->setInsertPolicy(QComboBox::NoInsert);
    auto *agentFeedback = addField(messageForm, tr("A&gent *"), m_agentCombo, [this] {
        return agentId().isEmpty() ? tr("Choose the RCS agent that sends the message.") : QString();
    });
    m_feedbackByPointer.insert(u"/agent_id"_s, agentFeedback);
    connect(m_agentCombo, &QComboBox::currentIndexChanged, this,
            &RcsComposerDialog::onAgentChanged);

    m_profileEdit = lineEdit(content, u"profileEdit"_s, tr("Messaging profile ID"),
                             tr("The messaging profile the message is billed to and reported "
                                "under. Filled in from the agent when it has one."));
    m_feedbackByPointer.insert(
        u"/messaging_profile_id"_s,
        addField(messageForm, tr("Messaging &profile *"), m_profileEdit, [this] {
            return Validators::required(m_profileEdit->text(), tr("The messaging profile ID"));
        }));

    m_toEdit = lineEdit(content, u"toEdit"_s, tr("+13125551234"),
                        tr("The phone number to send to, in E.164 (+ country code and number). "
                           "A US number typed as (312) 555-1234 is converted when you leave "
                           "the field."));
    normalizeOnLeave(m_toEdit);
    m_feedbackByPointer.insert(u"/to"_s, addField(messageForm, tr("&To *"), m_toEdit, [this] {
                                   return Validators::isE164(m_toEdit->text().trimmed());
                               }));

    m_textEdit = textEdit(content, u"textEdit"_s, 5);
    m_textEdit->setPlaceholderText(
        tr("Your message (at most %L1 characters)").arg(RcsLimits::maxTextLength));
    m_textEdit->setToolTip(tr("The text of the RCS message."));
    auto *textFeedback = addField(messageForm, tr("Te&xt *"), m_textEdit, [this] {
        const QString text = m_textEdit->toPlainText();
        if (text.trimmed().isEmpty())
            return tr("Type the message text.");
        if (text.size() > RcsLimits::maxTextLength)
            return tr("The text is %L1 characters long; at most %L2 fit in one message.")
                .arg(text.size())
                .arg(RcsLimits::maxTextLength);
        return QString();
    });
    m_feedbackByPointer.insert(u"/agent_message"_s, textFeedback);
    m_counter = new QLabel(content);
    m_counter->setObjectName(u"textCounter"_s);
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setAccessibleName(tr("Characters used"));
    messageForm->addRow(QString(), m_counter);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &RcsComposerDialog::updateCounter);

    // Suggested replies and actions.
    m_suggestions = new RcsSuggestionsEditor(content);
    m_feedback.append(m_suggestions->feedback());
    m_feedbackByPointer.insert(u"/agent_message/content_message/suggestions"_s,
                               m_suggestions->feedback());
    contentLayout->addWidget(m_suggestions);
    connect(m_suggestions, &RcsSuggestionsEditor::edited, m_sender,
            &RcsMessageSender::dismissWarning);

    // SMS fallback.
    m_smsGroup = new QGroupBox(tr("SMS fallback"), content);
    m_smsGroup->setObjectName(u"smsFallbackGroup"_s);
    m_smsGroup->setCheckable(true);
    m_smsGroup->setChecked(false);
    m_smsGroup->setToolTip(tr("Sent as a plain SMS when the phone cannot receive RCS."));
    auto *smsFields = new QWidget(m_smsGroup);
    smsFields->setObjectName(u"smsFallbackFields"_s);
    (new QVBoxLayout(m_smsGroup))->addWidget(smsFields);
    auto *smsForm = new QFormLayout(smsFields);
    smsForm->setContentsMargins(0, 0, 0, 0);
    smsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    smsForm->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_smsFromEdit = lineEdit(m_smsGroup, u"smsFromEdit"_s, tr("+13125550100"),
                             tr("One of your numbers enabled for SMS, in E.164."));
    normalizeOnLeave(m_smsFromEdit);
    m_feedbackByPointer.insert(u"/sms_fallback/from"_s,
                               addField(smsForm, tr("Fr&om *"), m_smsFromEdit, [this] {
                                   if (!m_smsGroup->isChecked())
                                       return QString();
                                   return Validators::isE164(m_smsFromEdit->text().trimmed());
                               }));
    m_smsTextEdit = textEdit(m_smsGroup, u"smsTextEdit"_s, 3);
    m_smsTextEdit->setPlaceholderText(tr("The SMS text"));
    m_feedbackByPointer.insert(
        u"/sms_fallback/text"_s, addField(smsForm, tr("SMS t&ext *"), m_smsTextEdit, [this] {
            if (!m_smsGroup->isChecked())
                return QString();
            const QString text = m_smsTextEdit->toPlainText();
            if (text.trimmed().isEmpty())
                return tr("Type the text of the SMS.");
            if (text.size() > RcsLimits::maxTextLength)
                return tr("The SMS text is %1 characters long; at most %2 are allowed.")
                    .arg(text.size())
                    .arg(RcsLimits::maxTextLength);
            return QString();
        }));
    contentLayout->addWidget(m_smsGroup);

    // MMS fallback.
    m_mmsGroup = new QGroupBox(tr("MMS fallback"), content);
    m_mmsGroup->setObjectName(u"mmsFallbackGroup"_s);
    m_mmsGroup->setCheckable(true);
    m_mmsGroup->setChecked(false);
    m_mmsGroup->setToolTip(tr("Sent as an MMS (text and pictures) when the phone cannot receive "
                              "RCS."));
    auto *mmsFields = new QWidget(m_mmsGroup);
    mmsFields->setObjectName(u"mmsFallbackFields"_s);
    (new QVBoxLayout(m_mmsGroup))->addWidget(mmsFields);
    auto *mmsForm = new QFormLayout(mmsFields);
    mmsForm->setContentsMargins(0, 0, 0, 0);
    mmsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mmsForm->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_mmsFromEdit = lineEdit(m_mmsGroup, u"mmsFromEdit"_s, tr("+13125550100"),
                             tr("One of your numbers enabled for MMS, in E.164."));
    normalizeOnLeave(m_mmsFromEdit);
    m_feedbackByPointer.insert(u"/mms_fallback/from"_s,
                               addField(mmsForm, tr("From *"), m_mmsFromEdit, [this] {
                                   if (!m_mmsGroup->isChecked())
                                       return QString();
                                   return Validators::isE164(m_mmsFromEdit->text().trimmed());
                               }));
    m_mmsSubjectEdit =
        lineEdit(m_mmsGroup, u"mmsSubjectEdit"_s, tr("Optional"), tr("The MMS subject line."));
    m_feedbackByPointer.insert(u"/mms_fallback/subject"_s,
                               addField(mmsForm, tr("Su&bject"), m_mmsSubjectEdit, {}));
    m_mmsTextEdit = textEdit(m_mmsGroup, u"mmsTextEdit"_s, 3);
    m_mmsTextEdit->setPlaceholderText(tr("The MMS text"));
    m_feedbackByPointer.insert(u"/mms_fallback/text"_s,
                               addField(mmsForm, tr("&MMS text"), m_mmsTextEdit, [this] {
                                   if (!m_mmsGroup->isChecked())
                                       return QString();
                                   if (m_mmsTextEdit->toPlainText().trimmed().isEmpty() &&
                                       nonEmptyLines(m_mmsMediaEdit->toPlainText()).isEmpty())
                                       return tr("Type a text or add a media URL for the MMS.");
                                   return QString();
                               }));
    m_mmsMediaEdit = textEdit(m_mmsGroup, u"mmsMediaEdit"_s, 3);
    m_mmsMediaEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_mmsMediaEdit->setPlaceholderText(tr("https://example.com/picture.jpg (one per line)"));
    m_mmsMediaEdit->setToolTip(tr("Pictures or other media to attach, one URL per line."));
    m_feedbackByPointer.insert(
        u"/mms_fallback/media_urls"_s, addField(mmsForm, tr("Media &URLs"), m_mmsMediaEdit, [this] {
            if (!m_mmsGroup->isChecked())
                return QString();
            const QStringList urls = nonEmptyLines(m_mmsMediaEdit->toPlainText());
            for (qsizetype i = 0; i < urls.size(); ++i) {
                if (const QString problem = Validators::httpUrl(urls.at(i)); !problem.isEmpty())
                    return tr("Line %1: %2").arg(i + 1).arg(problem);
            }
            return QString();
        }));
    contentLayout->addWidget(m_mmsGroup);

    // Delivery reports.
    auto *deliveryForm = new QFormLayout;
    deliveryForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    deliveryForm->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    contentLayout->addLayout(deliveryForm);
    m_webhookEdit =
        lineEdit(content, u"webhookEdit"_s, tr("https://example.com/rcs-events (optional)"),
                 tr("Where Telnyx reports this message's delivery events, instead "
                    "of the messaging profile's webhook. https only."));
    m_feedbackByPointer.insert(u"/webhook_url"_s,
                               addField(deliveryForm, tr("&Webhook URL"), m_webhookEdit, [this] {
                                   const QString url = m_webhookEdit->text().trimmed();
                                   return url.isEmpty() ? QString() : Validators::httpsUrl(url);
                               }));
    contentLayout->addStretch(1);

    // An unused fallback is one line; checking it opens its fields.
    smsFields->setVisible(false);
    mmsFields->setVisible(false);
    for (auto [group, fields] :
         {std::pair{m_smsGroup, smsFields}, std::pair{m_mmsGroup, mmsFields}}) {
        connect(group, &QGroupBox::toggled, fields, &QWidget::setVisible);
        // Closed, the group is its title alone: no empty frame below it.
        const auto fit = [group = group](bool on) {
            group->setFlat(!on);
            group->layout()->setContentsMargins(on ? QMargins(9, 9, 9, 9) : QMargins());
            group->setMaximumHeight(on ? QWIDGETSIZE_MAX : group->minimumSizeHint().height());
        };
        fit(false);
        connect(group, &QGroupBox::toggled, group, fit);
        connect(group, &QGroupBox::toggled, this, [this] {
            refreshFeedback();
            m_sender->dismissWarning(); // the warning was about the message without it
        });
    }
    return content;
}

FieldFeedback *RcsComposerDialog::addField(QFormLayout *form, const QString &label, QWidget *editor,
                                           std::function<QString()> check)
{
    QWidget *owner = form->parentWidget() ? form->parentWidget() : editor->parentWidget();
    auto *feedback = new FieldFeedback(editor, std::move(check), this);
    addLabelledRow(form, new QLabel(label, owner), editor, feedback->messageLabel());
    m_feedback.append(feedback);
    // The warning was about what was there before.
    connect(feedback, &FieldFeedback::edited, m_sender, &RcsMessageSender::dismissWarning);
    return feedback;
}

void RcsComposerDialog::reloadAgents()
{
    const QString keep = agentId();
    {
        const QSignalBlocker blocker(m_agentCombo);
        RcsAgentPicker::fill(m_agentCombo, m_agents, keep);
    }
    onAgentChanged();
}

void RcsComposerDialog::setAgentId(const QString &agentId)
{
    if (m_agentCombo->isEditable()) {
        m_agentCombo->setEditText(agentId);
    } else {
        const QSignalBlocker blocker(m_agentCombo);
        RcsAgentPicker::fill(m_agentCombo, m_agents, agentId);
    }
    onAgentChanged();
}

QString RcsComposerDialog::agentId() const
{
    return RcsAgentPicker::agentId(m_agentCombo);
}

void RcsComposerDialog::onAgentChanged()
{
    if (!m_agents)
        return;
    const QString id = agentId();
    QString profile;
    for (int row = 0; row < m_agents->rowCount(); ++row) {
        if (m_agents->rowAt(row).id == id) {
            profile = m_agents->rowAt(row).messagingProfileId;
            break;
        }
    }
    // Fill in the agent's profile unless the user typed their own.
    const QString typed = m_profileEdit->text().trimmed();
    if (typed.isEmpty() || typed == m_autoProfileId) {
        m_profileEdit->setText(profile);
        m_autoProfileId = profile;
    }
}

void RcsComposerDialog::addSuggestion(SuggestionType type, const QString &text,
                                      const QString &postbackData, const QString &target)
{
    m_suggestions->addSuggestion(type, text, postbackData, target);
}

void RcsComposerDialog::updateCounter()
{
    const qsizetype used = m_textEdit->toPlainText().size();
    const bool over = used > RcsLimits::maxTextLength;
    m_counter->setText(u"%1 / %2"_s.arg(used).arg(RcsLimits::maxTextLength));
    m_counter->setStyleSheet(over ? ConsolePalette().textStyle(ConsolePalette::Kind::Error) +
                                        u" font-weight: bold;"_s
                                  : QString());
    m_counter->setProperty("overLimit", over);
}

void RcsComposerDialog::refreshFeedback()
{
    for (FieldFeedback *feedback : std::as_const(m_feedback))
        feedback->refresh();
}

RcsMessageRequest RcsComposerDialog::message() const
{
    RcsMessageRequest request;
    request.agentId = agentId();
    request.to = m_toEdit->text().trimmed();
    request.messagingProfileId = m_profileEdit->text().trimmed();
    RcsContentMessage content;
    content.text = m_textEdit->toPlainText();
    content.suggestions = m_suggestions->suggestions();
    request.agentMessage.contentMessage = content;
    if (m_smsGroup->isChecked())
        request.smsFallback =
            RcsSmsFallback{m_smsFromEdit->text().trimmed(), m_smsTextEdit->toPlainText()};
    if (m_mmsGroup->isChecked())
        request.mmsFallback = RcsMmsFallback{
            m_mmsFromEdit->text().trimmed(), m_mmsSubjectEdit->text().trimmed(),
            m_mmsTextEdit->toPlainText(), nonEmptyLines(m_mmsMediaEdit->toPlainText())};
    request.webhookUrl = m_webhookEdit->text().trimmed();
    return request;
}

QList<std::pair<QWidget *, QString>> RcsComposerDialog::problems() const
{
    QList<std::pair<QWidget *, QString>> list;
    for (FieldFeedback *feedback : m_feedback) {
        const QString problem = feedback->problem();
        if (!problem.isEmpty())
            list.append({feedback->editor(), problem});
    }
    return list;
}

void RcsComposerDialog::send()
{
    if (m_sender->isBusy())
        return; // a double click, or Ctrl+Enter pressed twice: one request only
    for (FieldFeedback *feedback : std::as_const(m_feedback))
        feedback->setTouched(true);
    m_warning->hide();
    if (const auto list = problems(); !list.isEmpty()) {
        m_sender->dismissWarning();
        focusEditor(list.first().first);
        showStatus(list.size() == 1 ? tr("Not sent: %1").arg(list.first().second)
                                    : tr("Not sent: %Ln field(s) need attention, starting with: "
                                         "%1",
                                         nullptr, int(list.size()))
                                          .arg(list.first().second),
                   true);
        return;
    }
    const RcsMessageRequest request = message();
    if (const QString problem = request.firstProblem(); !problem.isEmpty()) {
        m_sender->dismissWarning();
        showStatus(tr("Not sent: %1").arg(problem), true);
        return;
    }
    m_sender->send(request);
}

void RcsComposerDialog::onSameMessageHeldBack(bool mayHaveBeenDelivered)
{
    showStatus((mayHaveBeenDelivered
                    ? tr("This message may already have been delivered to %1. Press Send "
                         "again to send it anyway, or change something first.")
                    : tr("This message was just sent to %1. Press Send again to send it a "
                         "second time, or change something first."))
                   .arg(message().to),
               true);
}

void RcsComposerDialog::onWarned(RcsMessageSender::Warning warning, bool offerSmsFallback,
                                 const ApiError &checkError)
{
    const QString &to = m_sender->message().to;
    switch (warning) {
    case RcsMessageSender::Warning::NoRcs:
        m_warningText->setText(tr("%1 cannot receive RCS messages, and there is no fallback: the "
                                  "message would not arrive. Add an SMS fallback, or send "
                                  "anyway.")
                                   .arg(to));
        break;
    case RcsMessageSender::Warning::CheckFailed:
        m_warningText->setText(tr("Could not check whether %1 can receive RCS: %2 Nothing was "
                                  "sent.")
                                   .arg(to, checkError.message()));
        break;
    }
    m_addFallbackButton->setVisible(offerSmsFallback);
    showStatus(tr("Not sent yet."), false);
    m_sendAnywayButton->setFocus(Qt::OtherFocusReason);
}

void RcsComposerDialog::sendAnyway()
{
    m_sender->sendAnyway();
}

void RcsComposerDialog::addSmsFallback()
{
    m_sender->dismissWarning();
    m_smsGroup->setChecked(true);
    if (m_smsTextEdit->toPlainText().isEmpty()) {
        // The RCS text is the natural start, cut to what an SMS fallback may carry.
        m_smsTextEdit->setPlainText(m_textEdit->toPlainText().left(RcsLimits::maxTextLength));
    }
    focusEditor(m_smsFromEdit->text().isEmpty() ? static_cast<QWidget *>(m_smsFromEdit)
                                                : m_smsTextEdit);
    showStatus(tr("Fill in the SMS fallback, then Send."), false);
}

void RcsComposerDialog::onSent(const RcsMessageResponse &response)
{
    const QString status = response.to.isEmpty() ? tr("unknown") : response.to.first().status;
    m_messageIdEdit->setText(response.id);
    m_messageIdEdit->setCursorPosition(0);
    QString details = tr("Status: %1").arg(status);
    if (response.waitSeconds)
        details += u" · "_s + tr("Wait: %1 s").arg(*response.waitSeconds);
    if (!response.to.isEmpty() && !response.to.first().carrier.isEmpty())
        details += u" · "_s + tr("Carrier: %1").arg(response.to.first().carrier);
    m_resultStatus->setText(details);
    m_result->show();
    showStatus(tr("Sent to %1.").arg(m_sender->message().to), false);
    saveDraft();
    Q_EMIT sent(response);
}

void RcsComposerDialog::onSendFailed(const RcsSendFailure &failure)
{
    const RcsMessageRequest &sending = m_sender->message();
    const ApiError &error = failure.error;
    switch (failure.kind) {
    case RcsSendFailure::Kind::Cancelled:
        showStatus(tr("Cancelled; nothing was sent."), false);
        return;
    case RcsSendFailure::Kind::UnknownAgent:
        m_feedbackByPointer.value(u"/agent_id"_s)
            ->setServerProblem(tr("Telnyx does not know this agent (or it is not yours)."));
        focusEditor(m_agentCombo);
        showStatus(tr("Not sent: Telnyx does not know the agent “%1”.").arg(sending.agentId), true);
        return;
    case RcsSendFailure::Kind::RecipientRefused:
        m_feedbackByPointer.value(u"/to"_s)->setServerProblem(failure.recipientProblem);
        focusEditor(m_toEdit);
        showStatus(tr("Not sent: Telnyx did not accept the recipient's number."), true);
        return;
    case RcsSendFailure::Kind::SentUnreadable:
        m_messageIdEdit->clear();
        saveDraft();
        showStatus(tr("Sent to %1: Telnyx accepted the message, but its answer could not be "
                      "read (%2), so there is no message ID. Do not send it again.")
                       .arg(sending.to, error.technicalDetail()),
                   false);
        Q_EMIT sendFailed(error);
        return;
    case RcsSendFailure::Kind::Uncertain:
        saveDraft(); // whatever happened, what was typed stays
        Q_EMIT sendFailed(error);
        // The same message again asks once more, as right after a send.
        showStatus(tr("Maybe sent to %1: %2").arg(sending.to, error.message()) + u' ' +
                       resendAdviceText(failure.advice, CreatedThing::RcsMessage),
                   true);
        return;
    case RcsSendFailure::Kind::NotSent:
        saveDraft(); // whatever happened, what was typed stays
        Q_EMIT sendFailed(error);
        if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 422 &&
            showServerFieldErrors(error))
            return;
        showStatus(tr("Not sent: %1").arg(error.message()) + u' ' +
                       resendAdviceText(failure.advice, CreatedThing::RcsMessage),
                   true);
        return;
    }
}

FieldFeedback *RcsComposerDialog::feedbackForPointer(const QString &pointer) const
{
    // The longest known pointer the server's pointer starts with: "/mms_fallback/media_urls/1"
    // lands on the media list, "/agent_message/content_message/text" on the text.
    FieldFeedback *best = nullptr;
    qsizetype bestLength = 0;
    for (auto it = m_feedbackByPointer.constBegin(); it != m_feedbackByPointer.constEnd(); ++it) {
        const QString &key = it.key();
        const bool matches = pointer == key || pointer.startsWith(key + u'/');
        if (matches && key.size() > bestLength) {
            best = it.value();
            bestLength = key.size();
        }
    }
    return best;
}

bool RcsComposerDialog::showServerFieldErrors(const ApiError &error)
{
    QHash<FieldFeedback *, QStringList> details;
    QStringList unplaced;
    // The top-level names of the fields the form shows ("agent_id", "sms_fallback", ...).
    QStringList knownFields;
    for (auto it = m_feedbackByPointer.constBegin(); it != m_feedbackByPointer.constEnd(); ++it) {
        const QString name = it.key().section(u'/', 1, 1);
        if (!knownFields.contains(name))
            knownFields.append(name);
    }
    const QList<ApiErrorItem> items = error.fieldItems(knownFields);
    for (const ApiErrorItem &item : items) {
        const QString detail = item.detail.isEmpty() ? item.title : item.detail;
        FieldFeedback *feedback = feedbackForPointer(item.pointer);
        if (!feedback) {
            unplaced.append(item.pointer.isEmpty() ? detail
                                                   : u"%1: %2"_s.arg(item.pointer, detail));
            continue;
        }
        details[feedback].append(detail);
    }
    if (details.isEmpty())
        return false;
    QWidget *first = nullptr;
    for (FieldFeedback *feedback : std::as_const(m_feedback)) {
        if (!details.contains(feedback))
            continue;
        feedback->setServerProblem(details.value(feedback).join(u'\n'));
        if (!first)
            first = feedback->editor();
    }
    focusEditor(first);
    QString status = tr("Not sent: Telnyx did not accept %Ln field(s); they are marked in red.",
                        nullptr, int(details.size()));
    if (!unplaced.isEmpty())
        status += u' ' + tr("Also: %1").arg(unplaced.join(u"; "_s));
    showStatus(status, true);
    return true;
}

void RcsComposerDialog::onStageChanged(Stage stage)
{
    const bool busy = m_sender->isBusy();
    // The form is frozen while a request runs, so what is sent is what was checked.
    m_scroll->widget()->setEnabled(!busy);
    m_sendButton->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_warning->setVisible(stage == Stage::Warning);
    if (stage != Stage::Editing)
        m_result->hide(); // a new send has begun: the last result is not its result
    switch (stage) {
    case Stage::Editing:
        if (m_statusLabel->text() == tr("Not sent yet."))
            showStatus({}, false);
        break;
    case Stage::Checking:
        showStatus(tr("Checking the recipient…"), false);
        break;
    case Stage::Warning:
        break; // onWarned() says why
    case Stage::Sending:
        showStatus(tr("Sending…"), false);
        break;
    }
    Q_EMIT stageChanged(stage);
}

void RcsComposerDialog::showStatus(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(problem ? ConsolePalette().textStyle(ConsolePalette::Kind::Error)
                                         : QString());
}

void RcsComposerDialog::focusEditor(QWidget *editor)
{
    if (!editor)
        return;
    if (!editor->isEnabled()) {
        // A field in an unchecked fallback group: open the group so it can be fixed.
        for (QGroupBox *group : {m_smsGroup, m_mmsGroup}) {
            if (group->isAncestorOf(editor))
                group->setChecked(true);
        }
    }
    editor->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(editor);
}

void RcsComposerDialog::cancelRequest()
{
    m_sender->cancel();
}

void RcsComposerDialog::reject()
{
    cancelRequest(); // closing the dialog ends its request
    saveDraft();
    QDialog::reject();
}

// --- Draft kept for the session --------------------------------------------------------------

RcsComposerDraft RcsComposerDialog::draft() const
{
    // As typed, untrimmed, both fallbacks even when off (RcsComposerDraft says why).
    RcsComposerDraft typed;
    RcsMessageRequest &request = typed.message;
    request.agentId = agentId();
    request.messagingProfileId = m_profileEdit->text();
    request.to = m_toEdit->text();
    RcsContentMessage content;
    content.text = m_textEdit->toPlainText();
    content.suggestions = m_suggestions->draftSuggestions();
    request.agentMessage.contentMessage = content;
    request.smsFallback = RcsSmsFallback{m_smsFromEdit->text(), m_smsTextEdit->toPlainText()};
    request.mmsFallback =
        RcsMmsFallback{m_mmsFromEdit->text(), m_mmsSubjectEdit->text(),
                       m_mmsTextEdit->toPlainText(), m_mmsMediaEdit->toPlainText().split(u'\n')};
    request.webhookUrl = m_webhookEdit->text();
    typed.smsFallbackOn = m_smsGroup->isChecked();
    typed.mmsFallbackOn = m_mmsGroup->isChecked();
    typed.autoProfileId = m_autoProfileId;
    return typed;
}

void RcsComposerDialog::restoreDraft(const RcsComposerDraft &saved)
{
    if (saved.isEmpty())
        return;
    for (FieldFeedback *feedback : std::as_const(m_feedback))
        feedback->setTracking(false); // filling in is not editing
    const RcsMessageRequest &request = saved.message;
    if (!request.agentId.isEmpty())
        setAgentId(request.agentId);
    m_profileEdit->setText(request.messagingProfileId);
    m_autoProfileId = saved.autoProfileId;
    m_toEdit->setText(request.to);
    const RcsContentMessage content =
        request.agentMessage.contentMessage.value_or(RcsContentMessage());
    m_textEdit->setPlainText(content.text);
    m_suggestions->restoreDraftSuggestions(content.suggestions);
    const RcsSmsFallback sms = request.smsFallback.value_or(RcsSmsFallback());
    m_smsGroup->setChecked(saved.smsFallbackOn);
    m_smsFromEdit->setText(sms.from);
    m_smsTextEdit->setPlainText(sms.text);
    const RcsMmsFallback mms = request.mmsFallback.value_or(RcsMmsFallback());
    m_mmsGroup->setChecked(saved.mmsFallbackOn);
    m_mmsFromEdit->setText(mms.from);
    m_mmsSubjectEdit->setText(mms.subject);
    m_mmsTextEdit->setPlainText(mms.text);
    m_mmsMediaEdit->setPlainText(mms.mediaUrls.join(u'\n'));
    m_webhookEdit->setText(request.webhookUrl);
    for (FieldFeedback *feedback : std::as_const(m_feedback))
        feedback->setTracking(true);
    refreshFeedback();
}

void RcsComposerDialog::saveDraft() const
{
    if (m_draft)
        *m_draft = draft();
}
