#include "lookup/numberlookupdialog.h"

#include "rcs/rcsagentpicker.h"
#include "rcsagentsmodel.h"
#include "session/consolesession.h"
#include "session/messagingprofiles.h"
#include "storage/recentlookups.h"
#include "widgets/windowgeometry.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { RecordColumn, StatusColumn, DetailColumn, OpenColumn };

QString areaTitle(NumberLookup::Area area)
{
    switch (area) {
    case NumberLookup::Area::TollFree:
        return NumberLookupDialog::tr("Toll-free verification");
    case NumberLookup::Area::Hosted:
        return NumberLookupDialog::tr("Hosted numbers");
    case NumberLookup::Area::Rcs:
        return NumberLookupDialog::tr("RCS");
    }
    return {};
}
} // namespace

NumberLookupDialog::NumberLookupDialog(ConsoleSession *session, RcsAgentsModel *agents,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_agents(agents)
    , m_lookup(new NumberLookup(session->client(), session->rcsCapabilities(),
                                session->rcsInvites(), this))
    , m_numberCombo(new QComboBox(this))
    , m_findButton(new QPushButton(tr("Find"), this))
    , m_agentCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("numberLookupDialog"));
    setWindowTitle(tr("Find a number"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_numberCombo->setObjectName(QStringLiteral("lookupNumberCombo"));
    m_numberCombo->setEditable(true);
    m_numberCombo->setInsertPolicy(QComboBox::NoInsert);
    m_numberCombo->setMinimumContentsLength(18);
    m_numberCombo->lineEdit()->setPlaceholderText(tr("+1 800 555 0100, (312) 555-0123, …"));
    m_numberCombo->lineEdit()->setClearButtonEnabled(true);
    m_numberCombo->setToolTip(tr("A phone number in any usual spelling; the list holds the "
                                 "numbers looked up last (up to %1).")
                                  .arg(RecentLookups::maxNumbers));
    m_findButton->setObjectName(QStringLiteral("lookupButton"));
    m_findButton->setDefault(true);
    RcsAgentPicker::setUpCombo(m_agentCombo, agents,
                               tr("The RCS agent whose capabilities for the number are checked"),
                               RcsAgentPicker::Entry::PickOrType);
    RcsAgentPicker::refill(m_agentCombo, agents);
    if (const QString remembered = RecentLookups(profileId()).rcsAgentId(); !remembered.isEmpty())
        RcsAgentPicker::select(m_agentCombo, remembered);
    if (agents) {
        RcsAgentPicker::follow(agents, this, [this] {
            // The remembered agent was typed in before the list came: pick it from the list.
            const QString keep = RcsAgentPicker::agentId(m_agentCombo);
            RcsAgentPicker::refill(m_agentCombo, m_agents);
            if (!keep.isEmpty())
                RcsAgentPicker::select(m_agentCombo, keep);
        });
    }

    auto *form = new QFormLayout;
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_numberCombo, 1);
    numberRow->addWidget(m_findButton);
    auto *numberLabel = new QLabel(tr("&Phone number:"), this);
    numberLabel->setBuddy(m_numberCombo);
    form->addRow(numberLabel, numberRow);
    form->addRow(tr("RCS &agent:"), m_agentCombo);

    m_summary->setObjectName(QStringLiteral("lookupSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_results->setObjectName(QStringLiteral("lookupResultsTree"));
    m_results->setAccessibleName(tr("Records of the number"));
    m_results->setColumnCount(4);
    m_results->setHeaderLabels({tr("Record"), tr("Status"), tr("Details"), QString()});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(false);
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(RecordColumn, QHeaderView::Interactive);
    m_results->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(OpenColumn, QHeaderView::ResizeToContents);
    m_results->setColumnWidth(RecordColumn, 250);
    m_results->setColumnWidth(StatusColumn, 150);
    for (NumberLookup::Area area :
         {NumberLookup::Area::TollFree, NumberLookup::Area::Hosted, NumberLookup::Area::Rcs}) {
        // Not spanned: the group's own row says what the area found, or where it looked.
        auto *group = new QTreeWidgetItem(m_results, {areaTitle(area)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(RecordColumn);
        bold.setBold(true);
        group->setFont(RecordColumn, bold);
        group->setExpanded(true);
        m_groups.insert(area, group);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    connect(m_findButton, &QPushButton::clicked, this, &NumberLookupDialog::startLookup);
    connect(m_numberCombo->lineEdit(), &QLineEdit::returnPressed, this,
            &NumberLookupDialog::startLookup);
    connect(m_numberCombo, &QComboBox::activated, this, [this] { startLookup(); });
    connect(m_lookup, &NumberLookup::areaFinished, this, &NumberLookupDialog::showArea);
    connect(m_lookup, &NumberLookup::finished, this, &NumberLookupDialog::updateSummary);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openItem(item); });
    auto *copy = new QShortcut(QKeySequence::Copy, m_results, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &NumberLookupDialog::copySelection);
    // Closing the window stops what it asked for.
    connect(this, &QDialog::finished, m_lookup, &NumberLookup::cancel);

    fillRecent();
    m_summary->setText(tr("Type or paste a phone number and press Enter: toll-free "
                          "verification, hosted numbers and RCS are searched at once."));
    resize(820, 520);
    WindowGeometry::remember(this, QStringLiteral("numberLookup"));
}

QString NumberLookupDialog::profileId() const
{
    return m_session->activeProfile().id;
}

QTreeWidgetItem *NumberLookupDialog::areaItem(NumberLookup::Area area) const
{
    return m_groups.value(area);
}

void NumberLookupDialog::fillRecent()
{
    const QString typed = m_numberCombo->currentText();
    m_numberCombo->clear();
    m_numberCombo->addItems(RecentLookups(profileId()).numbers());
    m_numberCombo->setEditText(typed);
}

void NumberLookupDialog::lookUp(const QString &typed)
{
    m_numberCombo->setEditText(typed);
    m_numberCombo->setFocus();
    if (!typed.trimmed().isEmpty())
        startLookup();
}

void NumberLookupDialog::startLookup()
{
    const QString typed = m_numberCombo->currentText();
    const QString agentId = RcsAgentPicker::agentId(m_agentCombo);
    if (!m_lookup->start(typed, agentId)) {
        m_summary->setText(
            typed.trimmed().isEmpty()
                ? tr("Type a phone number first.")
                : tr("\"%1\" is not a phone number. Type it with its country code "
                     "(+44 20 7946 0000) or as a US or Canadian number ((312) 555-0123).")
                      .arg(typed.trimmed()));
        return;
    }
    RecentLookups recent(profileId());
    recent.add(m_lookup->phoneNumber());
    recent.setRcsAgentId(agentId);
    fillRecent();
    m_numberCombo->setEditText(m_lookup->phoneNumber());
    for (QTreeWidgetItem *group : std::as_const(m_groups)) {
        qDeleteAll(group->takeChildren());
        group->setText(StatusColumn, tr("Searching…"));
        group->setText(DetailColumn, QString());
    }
    m_summary->setText(tr("Looking up %1 in toll-free verification, hosted numbers and RCS…")
                           .arg(m_lookup->phoneNumber()));
}

void NumberLookupDialog::showArea(NumberLookup::Area area)
{
    QTreeWidgetItem *group = m_groups.value(area);
    qDeleteAll(group->takeChildren());
    switch (area) {
    case NumberLookup::Area::TollFree:
        showTollFree(group);
        break;
    case NumberLookup::Area::Hosted:
        showHosted(group);
        break;
    case NumberLookup::Area::Rcs:
        showRcs(group);
        break;
    }
    const QString note = m_lookup->errorMessage(area);
    switch (m_lookup->state(area)) {
    case NumberLookup::AreaState::Found:
        group->setText(StatusColumn, tr("%Ln found", nullptr, group->childCount()));
        group->setText(DetailColumn, note.isEmpty() ? QString() : tr("Partly: %1").arg(note));
        break;
    case NumberLookup::AreaState::NothingFound:
        group->setText(StatusColumn, tr("Nothing found"));
        group->setText(DetailColumn, tr("Looked in %1.").arg(NumberLookup::whereLooked(area)));
        break;
    case NumberLookup::AreaState::Failed:
        group->setText(StatusColumn, tr("Could not look"));
        group->setText(DetailColumn, note);
        break;
    case NumberLookup::AreaState::Searching:
    case NumberLookup::AreaState::Idle:
        break;
    }
    group->setToolTip(DetailColumn, group->text(DetailColumn));
    group->setExpanded(true);
    updateSummary();
}

void NumberLookupDialog::showTollFree(QTreeWidgetItem *group)
{
    for (const TollFreeVerificationRequest &request : m_lookup->tollFreeRequests()) {
        const QString numbers = request.phoneNumbers.join(QStringLiteral(", "));
        addRecord(group, RecordLink::of(request),
                  {request.businessName.isEmpty() ? request.id : request.businessName,
                   tfvStatusLabel(request.status()),
                   request.reason.isEmpty() ? tr("Numbers: %1").arg(numbers)
                                            : tr("Reason: %1").arg(request.reason)});
    }
    if (m_lookup->tollFreeTruncated()) {
        auto *more = new QTreeWidgetItem(group);
        more->setFlags(Qt::ItemIsEnabled);
        more->setFirstColumnSpanned(true);
        more->setText(RecordColumn, tr("More requests hold this number than are shown; filter "
                                       "the Toll-free verification list by it to see them all."));
    }
}

void NumberLookupDialog::showHosted(QTreeWidgetItem *group)
{
    for (const MessagingHostedNumber &number : m_lookup->hostedNumbers()) {
        QStringList details;
        if (!number.messagingProduct.isEmpty())
            details << tr("Product: %1").arg(number.messagingProduct);
        if (number.messagingProfileId && !number.messagingProfileId->isEmpty()) {
            const QString name = m_session->messagingProfiles()->name(*number.messagingProfileId);
            details << tr("Profile: %1").arg(name.isEmpty() ? *number.messagingProfileId : name);
        }
        if (!number.tags.isEmpty())
            details << tr("Tags: %1").arg(number.tags.join(QStringLiteral(", ")));
        addRecord(group, RecordLink::of(number),
                  {tr("Hosted number %1").arg(number.phoneNumber), tr("Hosted"),
                   details.join(QStringLiteral(" · "))});
    }
    for (const HostedOrder &order : m_lookup->hostedOrders()) {
        QString numberStatus;
        for (const HostedNumber &held : order.phoneNumbers) {
            if (held.phoneNumber == m_lookup->phoneNumber())
                numberStatus = hostedNumberStatusLabel(held.status);
        }
        const HostedOrderStatus status = order.statusValue();
        QTreeWidgetItem *item =
            addRecord(group, RecordLink::of(order),
                      {tr("Order of %Ln number(s)", nullptr, int(order.phoneNumbers.size())),
                       hostedOrderStatusLabel(status),
                       tr("This number: %1. Next: %2")
                           .arg(numberStatus, hostedOrderStatusNextAction(status))});
        item->setToolTip(RecordColumn, tr("Order %1").arg(order.id));
    }
    if (!m_lookup->searchedAllOrders() &&
        m_lookup->state(NumberLookup::Area::Hosted) != NumberLookup::AreaState::Failed) {
        auto *more = new QTreeWidgetItem(group);
        more->setFlags(Qt::ItemIsEnabled);
        more->setFirstColumnSpanned(true);
        more->setText(RecordColumn,
                      tr("Only the newest orders were read; use Load all in the Orders tab "
                         "to search older ones."));
    }
}

void NumberLookupDialog::showRcs(QTreeWidgetItem *group)
{
    const auto agentLabel = [this](const QString &agentId) {
        return RcsAgentPicker::agentName(m_agents, agentId);
    };
    if (const auto &capabilities = m_lookup->rcsCapabilities()) {
        const QString agent = agentLabel(m_lookup->rcsAgentId());
        QTreeWidgetItem *item =
            addRecord(group, RecordLink::ofRcsAgent(m_lookup->rcsAgentId()),
                      {tr("Capabilities (%1)").arg(agent),
                       capabilities->isRcsCapable() ? tr("RCS capable") : tr("Not RCS capable"),
                       capabilities->isRcsCapable()
                           ? capabilities->features.join(QStringLiteral(", "))
                           : tr("The number cannot receive RCS messages from this agent.")});
        item->setToolTip(RecordColumn, tr("Agent %1").arg(m_lookup->rcsAgentId()));
    }
    for (const RcsInviteRecord &invite : m_lookup->rcsInvites()) {
        QTreeWidgetItem *item = addRecord(
            group, RecordLink::ofRcsAgent(invite.agentId),
            {tr("Test invite (%1)").arg(agentLabel(invite.agentId)), invite.status,
             tr("Invited %1")
                 .arg(QLocale().toString(invite.invitedAt.toLocalTime(), QLocale::ShortFormat))});
        item->setToolTip(RecordColumn, tr("Agent %1").arg(invite.agentId));
    }
}

QTreeWidgetItem *NumberLookupDialog::addRecord(QTreeWidgetItem *group, const RecordLink &link,
                                               const QStringList &columns)
{
    auto *item = new QTreeWidgetItem(group, columns);
    link.storeIn(item);
    for (int column = 0; column < columns.size(); ++column)
        item->setToolTip(column, columns.at(column));
    auto *open = new QPushButton(tr("Open"), m_results);
    open->setObjectName(QStringLiteral("openResultButton"));
    open->setAccessibleName(tr("Open %1").arg(columns.value(0)));
    connect(open, &QPushButton::clicked, this, [this, item] { openItem(item); });
    m_results->setItemWidget(item, OpenColumn, open);
    return item;
}

void NumberLookupDialog::openItem(QTreeWidgetItem *item)
{
    if (const RecordLink link = RecordLink::from(item); link.isValid())
        Q_EMIT openRecordRequested(link);
}

void NumberLookupDialog::copySelection() const
{
    QStringList lines;
    for (const QTreeWidgetItem *item : m_results->selectedItems()) {
        QStringList cells;
        for (int column = RecordColumn; column <= DetailColumn; ++column)
            cells << item->text(column);
        lines << cells.join(u'\t');
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

void NumberLookupDialog::updateSummary()
{
    if (m_lookup->isRunning()) {
        int answered = 0;
        for (NumberLookup::Area area : m_groups.keys())
            answered += m_lookup->state(area) != NumberLookup::AreaState::Searching ? 1 : 0;
        m_summary->setText(tr("Looking up %1: %2 of 3 areas answered…")
                               .arg(m_lookup->phoneNumber())
                               .arg(answered));
        return;
    }
    int found = 0;
    for (NumberLookup::Area area : m_groups.keys())
        found += m_lookup->state(area) == NumberLookup::AreaState::Found ? 1 : 0;
    m_summary->setText(found == 0 ? tr("%1 was found nowhere (%2 ms).")
                                        .arg(m_lookup->phoneNumber())
                                        .arg(m_lookup->elapsedMs())
                                  : tr("%1: found in %2 of 3 areas (%3 ms).")
                                        .arg(m_lookup->phoneNumber())
                                        .arg(found)
                                        .arg(m_lookup->elapsedMs()));
}
