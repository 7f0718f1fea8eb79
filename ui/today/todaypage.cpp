#include "today/todaypage.h"

#include "consolepalette.h"
#include "rcs/rcsagentpicker.h"
#include "rcsagentsmodel.h"
#include "statushistorymodel.h"
#include "today/statuscountchart.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QTreeWidget *newList(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->header()->setStretchLastSection(true);
    tree->setColumnWidth(0, 300);
    tree->setColumnWidth(1, 150);
    tree->setMinimumHeight(160);
    return tree;
}

QString waitText(qint64 seconds)
{
    return seconds < 0 ? QStringLiteral("—") : StatusHistoryModel::formatDuration(seconds * 1000);
}
} // namespace

TodayPage::TodayPage(TodaySummary *summary, RcsAgentsModel *agents, QWidget *parent)
    : QWidget(parent)
    , m_summary(summary)
    , m_agents(agents)
    , m_header(new QLabel(this))
    , m_staleTimer(new QTimer(this))
{
    m_staleTimer->setSingleShot(true);
    m_staleTimer->setInterval(1000);
    connect(m_staleTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_ready)
            refresh();
    });
    setObjectName(QStringLiteral("todayPage"));
    m_header->setObjectName(QStringLiteral("todayHeaderLabel"));
    m_header->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("todayRefreshButton"));
    refreshButton->setToolTip(tr("Load what needs action again (F5)"));
    connect(refreshButton, &QPushButton::clicked, this, &TodayPage::refresh);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    auto *title = new QLabel(tr("Today"), content);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_header, 1);
    top->addWidget(refreshButton);
    column->addLayout(top);

    // Toll-free: what waits for the customer or was rejected, then the spread over statuses.
    auto *tollFreeBox = new QGroupBox(tr("Toll-free verification"), content);
    auto *tollFreeLayout = new QVBoxLayout(tollFreeBox);
    m_tollFreeNote = noteLabel(QStringLiteral("todayTollFreeNote"));
    m_tollFree = newList(QStringLiteral("todayTollFreeList"),
                         {tr("Request"), tr("Waiting"), tr("Reason")}, tollFreeBox);
    m_chart = new StatusCountChart(tollFreeBox);
    m_chart->setAccessibleName(tr("Toll-free requests per status"));
    m_statusTable = new QTableWidget(0, 4, tollFreeBox);
    m_statusTable->setObjectName(QStringLiteral("todayStatusTable"));
    m_statusTable->setHorizontalHeaderLabels(
        {tr("Status"), tr("Requests"), tr("Longest wait"), tr("Median wait")});
    m_statusTable->verticalHeader()->hide();
    m_statusTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statusTable->setAccessibleName(tr("Toll-free requests per status, as a table"));
    auto *spread = new QHBoxLayout;
    spread->addWidget(m_chart, 3);
    spread->addWidget(m_statusTable, 2);
    tollFreeLayout->addWidget(m_tollFreeNote);
    tollFreeLayout->addWidget(m_tollFree);
    tollFreeLayout->addLayout(spread);
    column->addWidget(tollFreeBox);

    auto *hostedBox = new QGroupBox(tr("Hosted numbers"), content);
    auto *hostedLayout = new QVBoxLayout(hostedBox);
    m_hostedNote = noteLabel(QStringLiteral("todayHostedNote"));
    m_hosted = newList(QStringLiteral("todayHostedList"),
                       {tr("Order"), tr("Status"), tr("What it needs")}, hostedBox);
    hostedLayout->addWidget(m_hostedNote);
    hostedLayout->addWidget(m_hosted);
    column->addWidget(hostedBox);

    auto *rcsBox = new QGroupBox(tr("RCS"), content);
    auto *rcsLayout = new QVBoxLayout(rcsBox);
    m_rcsNote = noteLabel(QStringLiteral("todayRcsNote"));
    m_rcs = newList(QStringLiteral("todayRcsList"), {tr("Test number"), tr("Invited"), tr("Agent")},
                    rcsBox);
    m_rcs->setMinimumHeight(110);
    rcsLayout->addWidget(m_rcsNote);
    rcsLayout->addWidget(m_rcs);
    column->addWidget(rcsBox);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the lists; the focused one scrolls in
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Each list is named after its box.
    m_tollFree->setAccessibleName(tollFreeBox->title());
    m_hosted->setAccessibleName(hostedBox->title());
    m_rcs->setAccessibleName(rcsBox->title());
    for (QTreeWidget *tree : {m_tollFree, m_hosted, m_rcs})
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            if (const RecordLink link = RecordLink::from(item); link.isValid())
                Q_EMIT openRecordRequested(link);
        });
    connect(m_summary, &TodaySummary::areaLoaded, this, &TodayPage::showArea);
    connect(m_summary, &TodaySummary::finished, this, &TodayPage::updateHeader);
    updateHeader();
}

QLabel *TodayPage::noteLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_ready && m_stale)
        refresh();
}

void TodayPage::setReady(bool ready)
{
    m_ready = ready;
    if (!ready) {
        m_summary->cancel();
        m_staleTimer->stop();
        updateHeader();
        return;
    }
    m_stale = true;
    if (isVisible())
        refresh();
}

void TodayPage::markStale()
{
    m_stale = true;
    if (isVisible() && m_ready)
        m_staleTimer->start();
}

void TodayPage::refresh()
{
    if (!m_ready)
        return;
    m_stale = false;
    m_staleTimer->stop();
    m_summary->refresh();
    updateHeader();
}

void TodayPage::updateHeader()
{
    if (m_summary->isLoading()) {
        m_header->setText(tr("Loading what needs action…"));
        return;
    }
    if (!m_summary->refreshedAt().isValid()) {
        m_header->setText(QString());
        return;
    }
    m_header->setText(tr("As of %1. Oldest first; double-click or press Enter on a row to open it.")
                          .arg(QLocale().toString(m_summary->refreshedAt().toLocalTime().time(),
                                                  QLocale::ShortFormat)));
}

void TodayPage::setNote(QLabel *label, TodaySummary::Area area, const QString &extra)
{
    QStringList lines;
    if (!m_summary->errorMessage(area).isEmpty())
        lines << (m_summary->state(area) == TodaySummary::State::Failed
                      ? tr("Could not load: %1").arg(m_summary->errorMessage(area))
                      : tr("Partly loaded (%1); what loaded is shown.")
                            .arg(m_summary->errorMessage(area)));
    if (!extra.isEmpty())
        lines << extra;
    label->setText(lines.join(u'\n'));
    const ConsolePalette colours;
    label->setStyleSheet(m_summary->errorMessage(area).isEmpty()
                             ? colours.mutedStyle()
                             : colours.textStyle(ConsolePalette::Kind::Error));
    label->setVisible(!lines.isEmpty());
}

QTreeWidgetItem *TodayPage::addGroup(QTreeWidget *tree, const QString &title, int count)
{
    auto *group = new QTreeWidgetItem(tree, {tr("%1 (%2)").arg(title).arg(count)});
    group->setFlags(Qt::ItemIsEnabled);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(true);
    return group;
}

void TodayPage::showArea(TodaySummary::Area area)
{
    switch (area) {
    case TodaySummary::Area::TollFree:
        showTollFree();
        break;
    case TodaySummary::Area::Hosted:
        showHosted();
        break;
    case TodaySummary::Area::Rcs:
        showRcs();
        break;
    }
}

void TodayPage::showTollFree()
{
    m_tollFree->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto addRequests = [&](const QString &title, int count,
                                 const QList<TollFreeVerificationRequest> &requests) {
        QTreeWidgetItem *group = addGroup(m_tollFree, title, count);
        for (const TollFreeVerificationRequest &request : requests) {
            auto *item = new QTreeWidgetItem(
                group, {request.businessName.isEmpty() ? request.id : request.businessName,
                        waitText(TodaySummary::waitSeconds(request, now)), request.reason});
            RecordLink::of(request).storeIn(item);
            item->setToolTip(
                0, tr("Request %1\n%2").arg(request.id, request.phoneNumbers.join(u", ")));
            item->setToolTip(2, request.reason);
        }
    };
    addRequests(tfvStatusLabel(TfvStatus::WaitingForCustomer),
                m_summary->tollFreeCount(TfvStatus::WaitingForCustomer),
                m_summary->waitingForCustomer());
    addRequests(tr("%1: resubmit or delete").arg(tfvStatusLabel(TfvStatus::Rejected)),
                m_summary->tollFreeCount(TfvStatus::Rejected), m_summary->rejected());

    QList<StatusCountChart::Bar> bars;
    m_statusTable->setRowCount(0);
    for (const TodaySummary::StatusCount &count : m_summary->tollFreeStatuses()) {
        const QString label = tfvStatusLabel(count.status);
        bars.append({count.status, label, count.count});
        const int row = m_statusTable->rowCount();
        m_statusTable->insertRow(row);
        m_statusTable->setItem(row, 0, new QTableWidgetItem(label));
        auto *number = new QTableWidgetItem(QLocale().toString(count.count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_statusTable->setItem(row, 1, number);
        m_statusTable->setItem(
            row, 2,
            new QTableWidgetItem(count.open ? waitText(count.longestWaitSeconds) : QString()));
        m_statusTable->setItem(
            row, 3,
            new QTableWidgetItem(count.open ? waitText(count.medianWaitSeconds) : QString()));
    }
    m_chart->setBars(bars);
    m_statusTable->setFixedHeight(
        m_statusTable->horizontalHeader()->height() +
        m_statusTable->rowCount() * m_statusTable->verticalHeader()->defaultSectionSize() + 4);
    setNote(m_tollFreeNote, TodaySummary::Area::TollFree);
}

void TodayPage::showHosted()
{
    m_hosted->clear();
    const auto addOrders = [&](const QString &title, const QList<HostedOrder> &orders,
                               bool explain) {
        QTreeWidgetItem *group = addGroup(m_hosted, title, int(orders.size()));
        for (const HostedOrder &order : orders) {
            const HostedOrderStatus status = order.statusValue();
            auto *item = new QTreeWidgetItem(
                group, {order.phoneNumberList().join(u", "), hostedOrderStatusLabel(status),
                        explain ? hostedOrderStatusExplanation(status)
                                : hostedOrderStatusNextAction(status)});
            RecordLink::of(order).storeIn(item);
            item->setToolTip(0, tr("Order %1").arg(order.id));
            item->setToolTip(2, item->text(2));
        }
    };
    addOrders(tr("Documents to upload"), m_summary->ordersNeedingDocuments(), false);
    addOrders(tr("Verification codes to enter"), m_summary->ordersNeedingCodes(), false);
    addOrders(tr("Failed"), m_summary->failedOrders(), true);
    setNote(m_hostedNote, TodaySummary::Area::Hosted,
            m_summary->readAllOrders() ? QString()
                                       : tr("Only the newest %1 orders were read.")
                                             .arg(TodaySummary::maxPages * TodaySummary::pageSize));
}

void TodayPage::showRcs()
{
    m_rcs->clear();
    QTreeWidgetItem *group =
        addGroup(m_rcs, tr("Test invites still pending"), int(m_summary->pendingInvites().size()));
    for (const RcsInviteRecord &invite : m_summary->pendingInvites()) {
        const QString agent = RcsAgentPicker::agentName(m_agents, invite.agentId);
        auto *item = new QTreeWidgetItem(
            group,
            {invite.phoneNumber,
             QLocale().toString(invite.invitedAt.toLocalTime(), QLocale::ShortFormat), agent});
        RecordLink::ofRcsAgent(invite.agentId).storeIn(item);
        item->setToolTip(2, tr("Agent %1").arg(invite.agentId));
    }
    setNote(m_rcsNote, TodaySummary::Area::Rcs,
            tr("The API cannot list invites: these are the ones sent from this console."));
}
