#include "rcsagentdetailpane.h"

#include "api/apicall.h"
#include "api/rcsapi.h"
#include "consolepalette.h"
#include "pagedlistmodel.h"
#include "rcsagentrecords.h"
#include "rcstestnumbersdialog.h"
#include "session/messagingprofiles.h"
#include "storage/rcsinvitestore.h"
#include "widgets/detailpanekit.h"
#include "widgets/messagingprofilenames.h"
#include "widgets/plaintext.h"
#include "widgets/taborder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum InviteColumn { NumberColumn, StatusColumn, InvitedColumn, CheckedColumn };

using DetailPaneKit::breakable;

QString linkOrText(const QString &text)
{
    const QString escaped = text.toHtmlEscaped();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return breakable(escaped);
    return u"<a href=\"%1\">%2</a>"_s.arg(escaped, breakable(escaped));
}

QString when(const QDateTime &time)
{
    return time.isValid() ? PagedListModel::displayDateTime(time) : QString();
}

// The pane is narrow: today's times without the date, older ones in the locale's short form;
// the full time is in the tooltip.
QString shortWhen(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString badgeStyle(bool enabled)
{
    return ConsolePalette().badgeStyle(enabled ? ConsolePalette::Tone::Success
                                               : ConsolePalette::Tone::Neutral);
}

QColor statusColour(const QString &status)
{
    if (status.compare(u"accepted"_s, Qt::CaseInsensitive) == 0)
        return ConsolePalette().text(ConsolePalette::Kind::Success);
    if (status.compare(u"pending"_s, Qt::CaseInsensitive) == 0)
        return ConsolePalette().text(ConsolePalette::Kind::Warning);
    return {};
}

} // namespace

RcsAgentDetailPane::RcsAgentDetailPane(RcsAgentRecords *records, RcsInviteStore *invites,
                                       QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_store(invites)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_refreshing(new QLabel(tr("Refreshing…"), this))
    , m_error(new QLabel(this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_composeButton(new QPushButton(tr("Send &message…"), this))
    , m_deeplinkButton(new QPushButton(tr("Deep&link…"), this))
    , m_capabilitiesButton(new QPushButton(tr("Check &capabilities"), this))
    , m_copyIdButton(new QPushButton(tr("Copy &ID"), this))
    , m_inviteButton(new QPushButton(tr("Invite &test number…"), this))
    , m_checkAgainButton(new QPushButton(tr("Check a&gain"), this))
    , m_forgetButton(new QPushButton(tr("Fo&rget"), this))
    , m_invites(new QTreeWidget(this))
    , m_invitesEmpty(new QLabel(this))
{
    setObjectName(u"rcsAgentDetailPane"_s);
    setMinimumWidth(360); // narrower than this the test numbers stop fitting

    DetailPaneKit::setUpPlaceholder(m_placeholder, u"agentPlaceholder"_s);
    m_placeholder->setText(tr("Select an agent to see its settings and test numbers."));

    DetailPaneKit::setUpTitle(m_title, u"agentTitle"_s, 1.35);
    DetailPaneKit::setUpBadge(m_badge, u"agentEnabledBadge"_s);
    DetailPaneKit::setUpFacts(m_meta, u"agentMeta"_s);
    m_refreshing->setObjectName(u"agentRefreshing"_s);
    m_refreshing->setStyleSheet(ConsolePalette().mutedStyle() + u" font-style: italic;"_s);
    m_refreshing->hide();

    DetailPaneKit::setUpErrorLabel(m_error, u"agentErrorLabel"_s);

    m_editButton->setObjectName(u"editAgentButton"_s);
    m_editButton->setToolTip(tr("Change the messaging profile, webhook URL or failover URL"));
    m_composeButton->setObjectName(u"sendMessageButton"_s);
    m_composeButton->setToolTip(tr("Compose and send an RCS message through this agent"));
    m_deeplinkButton->setObjectName(u"deeplinkButton"_s);
    m_deeplinkButton->setToolTip(tr("Make a link or QR code that opens a chat with this agent"));
    m_capabilitiesButton->setObjectName(u"checkCapabilitiesButton"_s);
    m_capabilitiesButton->setToolTip(tr("Check which numbers can receive RCS from this agent"));
    m_copyIdButton->setObjectName(u"copyAgentIdButton"_s);
    m_copyIdButton->setToolTip(tr("Copy the agent id to the clipboard"));
    m_inviteButton->setObjectName(u"inviteTestNumberButton"_s);
    m_inviteButton->setToolTip(tr("Invite a phone number to test this agent"));
    m_checkAgainButton->setObjectName(u"checkAgainButton"_s);
    m_checkAgainButton->setToolTip(tr("Ask again whether the selected number accepted"));
    m_forgetButton->setObjectName(u"forgetInviteButton"_s);
    m_forgetButton->setToolTip(tr("Remove the selected number from this console's list (the "
                                  "invitation itself stays)"));

    QHBoxLayout *titleRow = DetailPaneKit::titleRow(m_title, m_badge);
    // Beside the title, so showing it does not move the rest of the pane.
    titleRow->insertWidget(1, m_refreshing, 0, Qt::AlignTop);
    auto *actions = new QGridLayout;
    actions->setHorizontalSpacing(6);
    actions->setVerticalSpacing(4);
    actions->addWidget(m_editButton, 0, 0);
    actions->addWidget(m_composeButton, 0, 1);
    actions->addWidget(m_deeplinkButton, 0, 2);
    actions->addWidget(m_capabilitiesButton, 1, 0);
    actions->addWidget(m_copyIdButton, 1, 1);

    // The record, on a white page of cards like the toll-free pane.
    auto *page = new QWidget(this);
    QVBoxLayout *pageLayout = DetailPaneKit::setUpCardPage(page, u"agentFieldsPage"_s, 6);
    const auto group = [pageLayout](const QString &objectName, const QString &title) {
        // Values wrap inside their column (long ids and URLs break at separators).
        return DetailPaneKit::addFieldGroup(pageLayout, objectName, title,
                                            QFormLayout::DontWrapRows,
                                            DetailPaneKit::FormSpacing::Roomy);
    };
    QFormLayout *agentForm = group(u"agentGroup"_s, tr("Agent"));
    addField(agentForm, u"agent_name"_s, tr("Name"));
    addField(agentForm, u"agent_id"_s, tr("Agent id"));
    addField(agentForm, u"enabled"_s, tr("Enabled"));
    addField(agentForm, u"user_id"_s, tr("Owner (user id)"));
    QFormLayout *messagingForm = group(u"messagingGroup"_s, tr("Messaging and webhooks"));
    addField(messagingForm, u"profile_id"_s, tr("Messaging profile"));
    addField(messagingForm, u"webhook_url"_s, tr("Webhook URL"));
    addField(messagingForm, u"webhook_failover_url"_s, tr("Failover URL"));
    QFormLayout *recordForm = group(u"recordGroup"_s, tr("Record"));
    addField(recordForm, u"created_at"_s, tr("Created"));
    QLabel *lastField = addField(recordForm, u"updated_at"_s, tr("Updated"));

    // Test numbers invited from this console.
    auto *testBox = new QGroupBox(tr("Test numbers"), page);
    testBox->setObjectName(u"testNumbersGroup"_s);
    m_invites->setObjectName(u"testNumbersList"_s);
    m_invites->setAccessibleName(tr("Test numbers"));
    m_invites->setRootIsDecorated(false);
    m_invites->setUniformRowHeights(true);
    m_invites->setAlternatingRowColors(true);
    m_invites->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invites->setHeaderLabels({tr("Number"), tr("Status"), tr("Invited"), tr("Checked")});
    m_invites->headerItem()->setToolTip(CheckedColumn, tr("When the status was last asked for"));
    m_invites->header()->setStretchLastSection(true);
    m_invites->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_invites->header()->setMinimumSectionSize(40);
    m_invites->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_invites->setMinimumHeight(90);
    m_invites->setMaximumHeight(180);
    m_invitesEmpty->setObjectName(u"testNumbersEmpty"_s);
    m_invitesEmpty->setWordWrap(true);
    m_invitesEmpty->setStyleSheet(ConsolePalette().mutedStyle());
    m_invitesEmpty->setText(tr("No numbers invited from this console yet. While an agent is in "
                               "testing, only invited numbers receive its messages."));
    auto *testButtons = new QHBoxLayout;
    testButtons->addWidget(m_inviteButton);
    testButtons->addStretch();
    testButtons->addWidget(m_checkAgainButton);
    testButtons->addWidget(m_forgetButton);
    auto *testLayout = new QVBoxLayout(testBox);
    testLayout->addWidget(m_invitesEmpty);
    testLayout->addWidget(m_invites);
    testLayout->addLayout(testButtons);
    pageLayout->addWidget(testBox);
    // The test numbers stand below the fields: Tab reaches them after the fields.
    TabOrder::chain({lastField, m_invites, m_inviteButton, m_checkAgainButton, m_forgetButton});
    pageLayout->addStretch();

    QScrollArea *scroll = DetailPaneKit::verticalScrollArea(page, u"agentFieldsScroll"_s, this);

    auto *content = new QWidget(this);
    QVBoxLayout *contentLayout = DetailPaneKit::setUpContentLayout(content);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_meta);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(scroll, 1);

    DetailPaneKit::setUpStack(this, m_stack, m_placeholder, content);

    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (hasAgent())
            Q_EMIT editRequested(m_agent);
    });
    connect(m_inviteButton, &QPushButton::clicked, this, [this] {
        if (hasAgent())
            Q_EMIT inviteRequested(m_agent);
    });
    connect(m_capabilitiesButton, &QPushButton::clicked, this, [this] {
        if (hasAgent())
            Q_EMIT capabilitiesRequested(m_agent.agentId);
    });
    connect(m_composeButton, &QPushButton::clicked, this, [this] {
        if (hasAgent())
            Q_EMIT composeRequested(m_agent.agentId);
    });
    connect(m_deeplinkButton, &QPushButton::clicked, this, [this] {
        if (hasAgent())
            Q_EMIT deeplinkRequested(m_agent.agentId);
    });
    connect(m_copyIdButton, &QPushButton::clicked, this, &RcsAgentDetailPane::copyId);
    connect(m_checkAgainButton, &QPushButton::clicked, this, [this] { checkAgain(); });
    connect(m_forgetButton, &QPushButton::clicked, this, &RcsAgentDetailPane::forgetSelected);
    connect(m_invites, &QTreeWidget::itemSelectionChanged, this,
            &RcsAgentDetailPane::updateActions);
    if (m_store) {
        connect(m_store, &RcsInviteStore::invitesChanged, this, [this](const QString &agentId) {
            if (agentId == m_agent.agentId)
                fillInvites();
        });
    }

    clear();
}

RcsAgentDetailPane::~RcsAgentDetailPane()
{
    cancelCalls();
}

QLabel *RcsAgentDetailPane::addField(QFormLayout *form, const QString &wireName,
                                     const QString &label)
{
    QLabel *value =
        DetailPaneKit::addLinkField(form, u"agentField_"_s + wireName, wireName, label).value;
    m_fields.insert(wireName, value);
    return value;
}

void RcsAgentDetailPane::setAgent(const RcsAgent &agent)
{
    showAgent(agent);
    if (hasAgent())
        refresh();
}

void RcsAgentDetailPane::showAgent(const RcsAgent &agent)
{
    if (agent.agentId.isEmpty()) {
        clear();
        return;
    }
    if (agent.agentId != m_agent.agentId) {
        cancelCalls();
        showError({});
    }
    m_agent = agent;
    m_stack->setCurrentIndex(1);
    fillFields();
    fillInvites();
    updateActions();
}

void RcsAgentDetailPane::clear()
{
    cancelCalls();
    m_agent = {};
    showError({});
    m_invites->clear();
    m_stack->setCurrentIndex(0);
    updateActions();
}

bool RcsAgentDetailPane::isChecking(const QString &phoneNumber) const
{
    return !m_checks.value(phoneNumber).isNull();
}

QString RcsAgentDetailPane::errorText() const
{
    return DetailPaneKit::shownText(m_error);
}

void RcsAgentDetailPane::refresh()
{
    if (!hasAgent())
        return;
    DetailPaneKit::cancelCall(m_retrieveCall, this);
    auto *call = m_records->refresh(m_agent.agentId);
    m_retrieveCall = call;
    m_refreshing->show();
    const QString id = m_agent.agentId;
    call->onResult(this, [this, id](const RcsAgent &fresh) {
        m_retrieveCall = nullptr;
        m_refreshing->hide();
        if (id != m_agent.agentId || fresh.agentId != id)
            return;
        showAgent(fresh); // the records have changed its row already
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_retrieveCall = nullptr;
        m_refreshing->hide();
        if (error.kind() != ApiError::Kind::Cancelled)
            showError(tr("Could not refresh the agent; showing the list's copy. %1")
                          .arg(error.message()));
    });
}

void RcsAgentDetailPane::setMessagingProfiles(MessagingProfiles *profiles)
{
    m_messagingProfiles = profiles;
    connect(profiles, &MessagingProfiles::changed, this, [this] {
        if (hasAgent())
            fillFields();
    });
    if (hasAgent())
        fillFields();
}

void RcsAgentDetailPane::fillFields()
{
    const RcsAgent &a = m_agent;
    const auto set = [this](const QString &wire, const QString &html) {
        DetailPaneKit::setHtmlOrEmpty(m_fields.value(wire), html);
    };
    const auto text = [&set](const QString &wire, const QString &value) {
        set(wire, value.toHtmlEscaped());
    };
    text(u"agent_name"_s, a.agentName);
    set(u"agent_id"_s, breakable(a.agentId.toHtmlEscaped()));
    text(u"enabled"_s, a.enabled ? tr("Yes") : tr("No — it cannot send messages"));
    text(u"user_id"_s, a.userId);
    if (QLabel *profile = m_fields.value(u"profile_id"_s))
        MessagingProfileNames::show(profile, m_messagingProfiles, a.profileId.value_or(QString()),
                                    DetailPaneKit::emptyMark());
    set(u"webhook_url"_s, linkOrText(a.webhookUrl.value_or(QString())));
    set(u"webhook_failover_url"_s, linkOrText(a.webhookFailoverUrl.value_or(QString())));
    text(u"created_at"_s, when(a.createdAt));
    text(u"updated_at"_s, when(a.updatedAt));

    m_title->setText(a.agentName.isEmpty() ? a.agentId : a.agentName);
    m_badge->setText(a.enabled ? tr("Enabled") : tr("Disabled"));
    m_badge->setStyleSheet(badgeStyle(a.enabled));
    QStringList meta{tr("ID %1").arg(a.agentId)};
    if (a.updatedAt.isValid())
        meta << tr("updated %1").arg(DetailPaneKit::unbrokenDateTime(a.updatedAt));
    m_meta->setText(DetailPaneKit::factsLine(meta));
}

void RcsAgentDetailPane::fillInvites()
{
    QString selected;
    if (const QTreeWidgetItem *current = m_invites->currentItem())
        selected = current->text(NumberColumn);
    m_invites->clear();
    const QList<RcsInviteRecord> invites =
        m_store ? m_store->invites(m_agent.agentId) : QList<RcsInviteRecord>();
    QTreeWidgetItem *reselect = nullptr;
    for (const RcsInviteRecord &invite : invites) {
        auto *item = new QTreeWidgetItem(m_invites);
        item->setText(NumberColumn, invite.phoneNumber);
        const bool checking = isChecking(invite.phoneNumber);
        item->setText(StatusColumn, checking ? tr("Checking…") : invite.status);
        item->setToolTip(StatusColumn, PlainText::toolTip(
                                           RcsTestNumbersDialog::statusDescription(invite.status)));
        if (const QColor colour = statusColour(invite.status); colour.isValid() && !checking)
            item->setForeground(StatusColumn, colour);
        item->setText(InvitedColumn, shortWhen(invite.invitedAt));
        item->setToolTip(InvitedColumn, when(invite.invitedAt));
        item->setText(CheckedColumn, shortWhen(invite.checkedAt));
        item->setToolTip(CheckedColumn, when(invite.checkedAt));
        if (invite.phoneNumber == selected)
            reselect = item;
    }
    if (!reselect && m_invites->topLevelItemCount() > 0)
        reselect = m_invites->topLevelItem(0);
    if (reselect)
        m_invites->setCurrentItem(reselect);
    m_invites->setVisible(!invites.isEmpty());
    m_invitesEmpty->setVisible(invites.isEmpty());
    updateActions();
}

void RcsAgentDetailPane::updateActions()
{
    const bool present = hasAgent();
    for (QPushButton *button : {m_editButton, m_composeButton, m_deeplinkButton,
                                m_capabilitiesButton, m_copyIdButton, m_inviteButton})
        button->setEnabled(present);
    // Messages and deeplinks need an enabled agent; the API refuses the others.
    const QString disabledReason = tr("This agent is disabled");
    m_composeButton->setEnabled(present && m_agent.enabled);
    m_composeButton->setToolTip(present && !m_agent.enabled
                                    ? disabledReason
                                    : tr("Compose and send an RCS message through this agent"));
    const QTreeWidgetItem *current = m_invites->currentItem();
    const QString number = current ? current->text(NumberColumn) : QString();
    m_checkAgainButton->setEnabled(present && current && !isChecking(number));
    m_forgetButton->setEnabled(present && current && !isChecking(number));
}

void RcsAgentDetailPane::showError(const QString &message)
{
    DetailPaneKit::showMessage(m_error, message);
}

void RcsAgentDetailPane::copyId()
{
    if (!hasAgent())
        return;
    DetailPaneKit::copyToClipboard(m_agent.agentId);
    Q_EMIT statusMessage(tr("Copied the agent id %1").arg(m_agent.agentId));
}

void RcsAgentDetailPane::checkAgain(const QString &phoneNumber)
{
    QString number = phoneNumber;
    if (number.isEmpty() && m_invites->currentItem())
        number = m_invites->currentItem()->text(NumberColumn);
    if (!hasAgent() || number.isEmpty() || isChecking(number))
        return;
    showError({});
    const QString agentId = m_agent.agentId;
    auto *call = RcsApi(m_records->client()).inviteTestNumber(agentId, number);
    m_checks.insert(number, call);
    fillInvites();
    call->onResult(this, [this, agentId, number](const RcsTestNumberInvite &answer) {
        m_checks.remove(number);
        if (m_store && !m_store->recordInvite(agentId, number, answer.status))
            showError(tr("Could not remember the new status: %1").arg(m_store->lastError()));
        fillInvites();
        Q_EMIT statusMessage(
            tr("%1: %2").arg(number, RcsTestNumbersDialog::statusDescription(answer.status)));
    });
    connect(call, &ApiCall::failed, this, [this, number](const ApiError &error) {
        m_checks.remove(number);
        fillInvites();
        if (error.kind() != ApiError::Kind::Cancelled)
            showError(tr("Could not check %1: %2").arg(number, error.message()));
    });
}

void RcsAgentDetailPane::forgetSelected()
{
    const QTreeWidgetItem *current = m_invites->currentItem();
    if (!hasAgent() || !current || !m_store)
        return;
    const QString number = current->text(NumberColumn);
    if (isChecking(number))
        return;
    m_store->remove(m_agent.agentId, number);
    Q_EMIT statusMessage(tr("Removed %1 from this console's test numbers").arg(number));
}

void RcsAgentDetailPane::cancelCalls()
{
    DetailPaneKit::cancelCall(m_retrieveCall, this);
    m_refreshing->hide();
    const auto checks = std::exchange(m_checks, {});
    for (const QPointer<ApiCall> &check : checks) {
        if (ApiCall *call = check) {
            call->disconnect(this);
            call->cancel();
        }
    }
}
