#include "hostedorderdetailpane.h"

#include "api/apicall.h"
#include "consolepalette.h"
#include "hostedrecords.h"
#include "pagedlistmodel.h"
#include "session/messagingprofiles.h"
#include "widgets/detailpanekit.h"
#include "widgets/messagingprofilenames.h"
#include "widgets/plaintext.h"
#include "widgets/statusbadgedelegate.h"

#include <QAction>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString whenText(const QDateTime &time)
{
    return time.isValid() ? DetailPaneKit::unbrokenDateTime(time) : u"—"_s;
}

// "✓ Documents: done" in green, "○ …: pending" in amber, "– …" in grey.
QString stepHtml(HostedStepState state, const QString &text)
{
    const ConsolePalette colours;
    QString mark;
    QColor colour;
    switch (state) {
    case HostedStepState::Done:
        mark = u"✓"_s;
        colour = colours.text(ConsolePalette::Kind::Success);
        break;
    case HostedStepState::Pending:
        mark = u"○"_s;
        colour = colours.text(ConsolePalette::Kind::Warning);
        break;
    case HostedStepState::Closed:
        mark = u"–"_s;
        colour = colours.muted();
        break;
    }
    return u"<span style=\"color:%1; font-weight:600\">%2</span>&nbsp; %3"_s.arg(
        colour.name(), mark, text.toHtmlEscaped());
}

// "1 number", "3 numbers".
QString numbersText(int count)
{
    return HostedOrderDetailPane::tr("%Ln number(s)", nullptr, count);
}

enum NumberColumn { PhoneColumn, StatusColumn, IdColumn, NumberColumnCount };

} // namespace

HostedOrderDetailPane::HostedOrderDetailPane(HostedRecords *records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_placeholderNewButton(new QPushButton(tr("New order…"), this))
    , m_title(new QLabel(this))
    , m_statusBadge(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_refreshing(new QLabel(tr("Refreshing…"), this))
    , m_continueButton(new QPushButton(tr("&Continue order…"), this))
    , m_newButton(new QPushButton(tr("&New order…"), this))
    , m_copyIdButton(new QPushButton(tr("Copy order &ID"), this))
    , m_copyNumberIdsButton(new QPushButton(tr("Copy nu&mber IDs"), this))
    , m_deleteButton(new QPushButton(tr("&Delete order…"), this))
    , m_error(new QLabel(this))
    , m_callout(new QFrame(this))
    , m_calloutTitle(new QLabel(m_callout))
    , m_explanation(new QLabel(m_callout))
    , m_nextAction(new QLabel(m_callout))
    , m_documentsStep(new QLabel(this))
    , m_codesStep(new QLabel(this))
    , m_idValue(new QLabel(this))
    , m_profileValue(new QLabel(this))
    , m_createdValue(new QLabel(this))
    , m_updatedValue(new QLabel(this))
    , m_numbers(new QTableWidget(0, NumberColumnCount, this))
{
    setObjectName(u"hostedOrderDetailPane"_s);
    setMinimumWidth(340);

    // Empty state: what the pane is for, and the way to start when there is nothing to pick.
    auto *placeholderPage = new QWidget(this);
    DetailPaneKit::setUpPlaceholder(m_placeholder, u"detailPlaceholder"_s, u"24px 24px 8px 24px"_s);
    m_placeholderNewButton->setObjectName(u"placeholderNewOrderButton"_s);
    auto *placeholderLayout = new QVBoxLayout(placeholderPage);
    placeholderLayout->addStretch(1);
    placeholderLayout->addWidget(m_placeholder);
    placeholderLayout->addWidget(m_placeholderNewButton, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch(2);

    // Header: which numbers, what status, when; then the actions.
    DetailPaneKit::setUpTitle(m_title, u"detailTitle"_s, 1.3);
    DetailPaneKit::setUpBadge(m_statusBadge, u"detailStatusBadge"_s);
    DetailPaneKit::setUpFacts(m_meta, u"detailMeta"_s);
    m_refreshing->setObjectName(u"refreshingLabel"_s);
    m_refreshing->setStyleSheet(ConsolePalette().textStyle(ConsolePalette::Kind::Info));
    m_refreshing->hide();

    m_continueButton->setObjectName(u"continueOrderButton"_s);
    m_continueButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_newButton->setObjectName(u"newOrderButton"_s);
    m_newButton->setToolTip(tr("Start a new hosted-number order"));
    m_copyIdButton->setObjectName(u"copyOrderIdButton"_s);
    m_copyIdButton->setToolTip(tr("Copy the order id to the clipboard, e.g. for a support ticket"));
    m_copyNumberIdsButton->setObjectName(u"copyNumberIdsButton"_s);
    m_copyNumberIdsButton->setToolTip(
        tr("Copy the ids of every number in the order, one per line"));
    DetailPaneKit::setUpDeleteButton(m_deleteButton, u"deleteOrderButton"_s);

    DetailPaneKit::setUpErrorLabel(m_error, u"detailErrorLabel"_s);

    // What the status means and what to do next, tinted like the status badge.
    m_callout->setObjectName(u"statusCallout"_s);
    m_calloutTitle->setObjectName(u"statusCalloutTitle"_s);
    m_explanation->setObjectName(u"statusExplanationLabel"_s);
    m_nextAction->setObjectName(u"nextActionLabel"_s);
    DetailPaneKit::setUpCallout(m_callout, m_calloutTitle, {m_explanation, m_nextAction}, 8, 3);

    // Cards on a white page: steps, fields, numbers.
    auto *page = new QWidget(this);
    QVBoxLayout *pageLayout = DetailPaneKit::setUpCardPage(page, u"detailFieldsPage"_s, 6);

    auto *steps = new QGroupBox(tr("Your steps"), page);
    steps->setObjectName(u"stepsGroup"_s);
    m_documentsStep->setObjectName(u"documentsStepLabel"_s);
    m_codesStep->setObjectName(u"codesStepLabel"_s);
    auto *stepsLayout = new QVBoxLayout(steps);
    for (QLabel *label : {m_documentsStep, m_codesStep}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        stepsLayout->addWidget(label);
    }
    pageLayout->addWidget(steps);

    QFormLayout *form =
        DetailPaneKit::addFieldGroup(pageLayout, u"detailsGroup"_s, tr("Order"),
                                     QFormLayout::WrapLongRows, DetailPaneKit::FormSpacing::Style);
    const auto addField = [form](QLabel *value, const QString &wireName, const QString &label) {
        DetailPaneKit::addTextField(form, value, u"field_"_s + wireName, wireName, label);
    };
    addField(m_idValue, u"id"_s, tr("Order ID"));
    addField(m_profileValue, u"messaging_profile_id"_s, tr("Messaging profile"));
    addField(m_createdValue, u"created_at"_s, tr("Created"));
    addField(m_updatedValue, u"updated_at"_s, tr("Updated"));

    auto *numbersGroup = new QGroupBox(tr("Numbers"), page);
    numbersGroup->setObjectName(u"numbersGroup"_s);
    m_numbers->setObjectName(u"orderNumbersTable"_s);
    m_numbers->setAccessibleName(tr("Numbers of the order"));
    m_numbers->setHorizontalHeaderLabels({tr("Phone number"), tr("Status"), tr("Number ID")});
    m_numbers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_numbers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_numbers->setAlternatingRowColors(true);
    m_numbers->setWordWrap(false);
    m_numbers->verticalHeader()->hide();
    m_numbers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_numbers->horizontalHeader()->setStretchLastSection(true);
    m_numbers->horizontalHeader()->setSectionResizeMode(PhoneColumn, QHeaderView::ResizeToContents);
    m_numbers->horizontalHeader()->setSectionResizeMode(StatusColumn,
                                                        QHeaderView::ResizeToContents);
    m_numbers->setItemDelegateForColumn(StatusColumn, new StatusBadgeDelegate(m_numbers));
    m_numbers->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *numbersLayout = new QVBoxLayout(numbersGroup);
    numbersLayout->addWidget(m_numbers);
    pageLayout->addWidget(numbersGroup);
    pageLayout->addStretch(1);

    QScrollArea *scroll = DetailPaneKit::verticalScrollArea(page, u"detailFieldsScroll"_s, this);

    auto *content = new QWidget(this);
    QHBoxLayout *titleRow = DetailPaneKit::titleRow(m_title, m_statusBadge);
    auto *metaRow = new QHBoxLayout;
    metaRow->addWidget(m_meta, 1);
    metaRow->addWidget(m_refreshing);
    // Two rows: the way forward first, the housekeeping below.
    auto *primaryActions = new QHBoxLayout;
    primaryActions->addWidget(m_continueButton);
    primaryActions->addWidget(m_newButton);
    primaryActions->addStretch(1);
    auto *secondaryActions = new QHBoxLayout;
    secondaryActions->addWidget(m_copyIdButton);
    secondaryActions->addWidget(m_copyNumberIdsButton);
    secondaryActions->addStretch(1);
    // A row of its own: beside the copy buttons it did not fit the pane's width.
    auto *deleteRow = new QHBoxLayout;
    deleteRow->addStretch(1);
    deleteRow->addWidget(m_deleteButton);

    QVBoxLayout *contentLayout = DetailPaneKit::setUpContentLayout(content);
    contentLayout->addLayout(titleRow);
    contentLayout->addLayout(metaRow);
    contentLayout->addLayout(primaryActions);
    contentLayout->addLayout(secondaryActions);
    contentLayout->addLayout(deleteRow);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_callout);
    contentLayout->addWidget(scroll, 1);

    DetailPaneKit::setUpStack(this, m_stack, placeholderPage, content);

    // Delete key in the pane, besides the button's Alt+D.
    connect(DetailPaneKit::addDeleteShortcut(this, tr("Delete order")), &QAction::triggered, this,
            &HostedOrderDetailPane::requestDelete);

    connect(m_placeholderNewButton, &QPushButton::clicked, this,
            &HostedOrderDetailPane::newOrderRequested);
    connect(m_newButton, &QPushButton::clicked, this, &HostedOrderDetailPane::newOrderRequested);
    connect(m_continueButton, &QPushButton::clicked, this, &HostedOrderDetailPane::continueOrder);
    connect(m_copyIdButton, &QPushButton::clicked, this, &HostedOrderDetailPane::copyOrderId);
    connect(m_copyNumberIdsButton, &QPushButton::clicked, this,
            &HostedOrderDetailPane::copyNumberIds);
    connect(m_deleteButton, &QPushButton::clicked, this, &HostedOrderDetailPane::requestDelete);
    connect(m_records, &HostedRecords::orderChanged, this, &HostedOrderDetailPane::followOrder);

    m_placeholder->setText(tr("Select an order to see its status, its steps and its numbers."));
    clear();
}

HostedOrderDetailPane::~HostedOrderDetailPane()
{
    cancelCalls();
}

void HostedOrderDetailPane::setOrder(const HostedOrder &order)
{
    if (order.id.isEmpty()) {
        clear();
        return;
    }
    if (order.id != m_order.id) {
        cancelCalls();
        showError({});
        m_gone = false;
    }
    m_order = order;
    m_stack->setCurrentIndex(1);
    showOrder();
    refresh();
}

void HostedOrderDetailPane::clear()
{
    const bool wasShowing = hasOrder();
    cancelCalls();
    m_order = {};
    m_gone = false;
    showError({});
    m_numbers->setRowCount(0);
    m_stack->setCurrentIndex(0);
    // A message such as "the order was deleted" stays until another order is shown.
    if (wasShowing)
        m_placeholder->setText(tr("Select an order to see its status, its steps and its numbers."));
    updateActions();
}

QString HostedOrderDetailPane::errorText() const
{
    return DetailPaneKit::shownText(m_error);
}

QString HostedOrderDetailPane::continueBlockedReason(const HostedOrder &order)
{
    const HostedOrderStatus status = order.statusValue();
    if (status == HostedOrderStatus::Deleted)
        return tr("This order was deleted; create a new order to host these numbers.");
    if (hostedOrderIsFinal(status) || status == HostedOrderStatus::Unknown)
        return tr("This order is closed (\"%1\"): nothing can be added to it any more.")
            .arg(hostedOrderStatusLabel(order.status));
    if (!hostedOrderProgress(order).canContinue())
        return tr("Both steps are done: documents are in and every number is verified.");
    return {};
}

void HostedOrderDetailPane::showOrder()
{
    const HostedOrder &o = m_order;
    const QStringList numbers = o.phoneNumberList();
    if (numbers.isEmpty())
        m_title->setText(tr("Order without numbers"));
    else if (numbers.size() == 1)
        m_title->setText(tr("Order for %1").arg(numbers.first()));
    else
        m_title->setText(
            tr("Order for %1 and %L2 more").arg(numbers.first()).arg(numbers.size() - 1));
    const HostedOrderStatus status = o.statusValue();
    m_statusBadge->setText(hostedOrderStatusLabel(o.status));
    m_statusBadge->setStyleSheet(ConsolePalette().statusBadgeStyle(o.status));
    m_statusBadge->setToolTip(PlainText::toolTip(o.status));

    QStringList meta{numbersText(int(numbers.size()))};
    if (o.createdAt.isValid())
        meta << tr("created %1").arg(whenText(o.createdAt));
    if (o.updatedAt.isValid())
        meta << tr("updated %1").arg(whenText(o.updatedAt));
    m_meta->setText(DetailPaneKit::factsLine(meta));

    m_callout->setStyleSheet(ConsolePalette().calloutStyle(m_callout->objectName(),
                                                           ConsolePalette::toneForStatus(o.status),
                                                           ConsolePalette::CalloutText::Strong));
    m_calloutTitle->setText(
        hostedOrderNeedsCustomerAction(status)
            ? tr("%1: this order needs something from you").arg(hostedOrderStatusLabel(o.status))
            : hostedOrderStatusLabel(o.status));
    m_explanation->setText(hostedOrderStatusExplanation(status));
    m_nextAction->setText(tr("Next: %1").arg(hostedOrderStatusNextAction(status)));

    const HostedOrderProgress steps = hostedOrderProgress(o);
    m_documentsStep->setText(stepHtml(steps.documents, hostedDocumentsStepText(steps)));
    m_codesStep->setText(stepHtml(steps.codes, hostedCodesStepText(steps)));

    m_idValue->setText(o.id);
    MessagingProfileNames::show(m_profileValue, m_messagingProfiles,
                                o.messagingProfileId.value_or(QString()), tr("none"));
    m_createdValue->setText(whenText(o.createdAt));
    m_updatedValue->setText(whenText(o.updatedAt));
    fillNumbers();
    updateActions();
}

void HostedOrderDetailPane::setMessagingProfiles(MessagingProfiles *profiles)
{
    m_messagingProfiles = profiles;
    const auto showProfile = [this] {
        MessagingProfileNames::show(m_profileValue, m_messagingProfiles,
                                    m_order.messagingProfileId.value_or(QString()), tr("none"));
    };
    connect(profiles, &MessagingProfiles::changed, this, showProfile);
    showProfile();
}

void HostedOrderDetailPane::fillNumbers()
{
    const QList<HostedNumber> &numbers = m_order.phoneNumbers;
    m_numbers->setRowCount(int(numbers.size()));
    for (int row = 0; row < numbers.size(); ++row) {
        const HostedNumber &number = numbers.at(row);
        auto *phone = new QTableWidgetItem(number.phoneNumber);
        auto *status = new QTableWidgetItem(hostedNumberStatusLabel(number.status));
        // The badge delegate takes its colour from the wire status.
        status->setData(PagedListModel::StatusRole, number.status);
        status->setToolTip(hostedNumberStatusExplanation(number.statusValue()));
        auto *id = new QTableWidgetItem(number.id);
        m_numbers->setItem(row, PhoneColumn, phone);
        m_numbers->setItem(row, StatusColumn, status);
        m_numbers->setItem(row, IdColumn, id);
    }
    // Tall enough for every number (up to eight, then it scrolls) inside the page's scroll area.
    const int visibleRows = qBound(1, int(numbers.size()), 8);
    m_numbers->setFixedHeight(m_numbers->horizontalHeader()->sizeHint().height() +
                              visibleRows * m_numbers->verticalHeader()->defaultSectionSize() +
                              2 * m_numbers->frameWidth() + 6);
}

void HostedOrderDetailPane::updateActions()
{
    const bool present = hasOrder();
    const bool deleting = isDeleting();
    const QString continueBlocked = present ? continueBlockedReason(m_order) : QString();
    const bool usable = present && !m_gone && !deleting;

    m_continueButton->setEnabled(usable && continueBlocked.isEmpty());
    m_continueButton->setToolTip(
        continueBlocked.isEmpty()
            ? tr("Open the order wizard at the first unfinished step of this order")
            : continueBlocked);
    m_copyIdButton->setEnabled(present);
    m_copyNumberIdsButton->setEnabled(present && !m_order.phoneNumbers.isEmpty());
    const bool deleted = m_order.statusValue() == HostedOrderStatus::Deleted;
    m_deleteButton->setEnabled(usable && !deleted);
    m_deleteButton->setToolTip(deleting  ? tr("Deleting…")
                               : deleted ? tr("This order is already deleted")
                                         : tr("Delete this order and every number in it"));
    m_refreshing->setVisible(isRefreshing());
}

void HostedOrderDetailPane::showError(const QString &message)
{
    DetailPaneKit::showMessage(m_error, message);
}

void HostedOrderDetailPane::refresh()
{
    if (!hasOrder() || isDeleting())
        return;
    DetailPaneKit::cancelCall(m_refreshCall, this);
    const QString id = m_order.id;
    auto *call = m_records->refreshOrder(id);
    m_refreshCall = call;
    call->onResult(this, [this, id](const HostedOrder &order) {
        m_refreshCall = nullptr;
        if (m_order.id != id)
            return;
        m_order = order;
        m_gone = false;
        showError({}); // a failed refresh before is no longer true
        showOrder();
        Q_EMIT orderRefreshed(m_order);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_refreshCall = nullptr;
        onRefreshFailed(error);
    });
    updateActions();
}

void HostedOrderDetailPane::followOrder(const HostedOrder &order)
{
    // Another order, one being deleted, or the copy the pane's own fetch already shows.
    if (order.id != m_order.id || isDeleting() || order.raw == m_order.raw)
        return;
    m_order = order;
    m_gone = false;
    showOrder();
}

void HostedOrderDetailPane::onRefreshFailed(const ApiError &error)
{
    updateActions();
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    if (error.httpStatus() == 404) {
        m_gone = true;
        updateActions();
        showError(tr("This order no longer exists at Telnyx: it was deleted, perhaps from "
                     "another window. Refresh the list to drop it."));
        return;
    }
    showError(tr("Could not refresh the order, so this shows what the list had: %1")
                  .arg(error.message()));
}

void HostedOrderDetailPane::continueOrder()
{
    if (!hasOrder() || !m_continueButton->isEnabled())
        return;
    Q_EMIT continueOrderRequested(m_order.id);
}

void HostedOrderDetailPane::copyOrderId()
{
    if (!hasOrder())
        return;
    DetailPaneKit::copyToClipboard(m_order.id);
    Q_EMIT statusMessage(tr("Copied the order id %1").arg(m_order.id));
}

void HostedOrderDetailPane::copyNumberIds()
{
    if (!hasOrder() || m_order.phoneNumbers.isEmpty())
        return;
    QStringList ids;
    for (const HostedNumber &number : std::as_const(m_order.phoneNumbers))
        ids.append(number.id);
    DetailPaneKit::copyToClipboard(ids.join(u'\n'));
    Q_EMIT statusMessage(tr("Copied %Ln number id(s)", nullptr, int(ids.size())));
}

void HostedOrderDetailPane::requestDelete()
{
    if (!m_deleteButton->isEnabled() || !hasOrder())
        return;
    if (m_confirm)
        m_confirm->close();

    const HostedOrder order = m_order;
    const int count = int(order.phoneNumbers.size());
    QStringList numbers;
    for (const HostedNumber &number : order.phoneNumbers)
        numbers.append(number.phoneNumber.toHtmlEscaped());
    const QString numbersLine =
        count == 0 ? tr("The order has no numbers.")
        : count == 1
            ? tr("Its number is deleted too: %1").arg(numbers.first())
            : tr("All its %1 are deleted too: %2").arg(numbersText(count), numbers.join(u", "_s));
    const DetailPaneKit::DeleteQuestion question{
        u"confirmDeleteOrderDialog"_s,
        tr("Delete hosted-number order"),
        tr("Delete the order <b>%1</b>?").arg(order.id.toHtmlEscaped()),
        numbersLine + tr("<br><br>Messaging stops on any of them that is already hosted, and the "
                         "order cannot be restored. To host these numbers again, create a new "
                         "order."),
        tr("Delete order"),
    };
    m_confirm = DetailPaneKit::askToDelete(this, question, [this, id = order.id, count] {
        // Another order may have been selected while the question was open.
        if (m_order.id == id)
            performDelete(id, count);
    });
}

void HostedOrderDetailPane::performDelete(const QString &orderId, int numberCount)
{
    showError({});
    DetailPaneKit::cancelCall(m_refreshCall, this);
    ApiCall *call = m_records->deleteOrder(orderId);
    m_deleteCall = call;
    updateActions();
    Q_EMIT statusMessage(tr("Deleting the order %1…").arg(orderId));
    const auto gone = [this, orderId](const QString &message) {
        m_deleteCall = nullptr;
        clear();
        m_placeholder->setText(message);
        Q_EMIT statusMessage(message);
        Q_EMIT deleted(orderId);
    };
    connect(call, &ApiCall::finished, this, [gone, orderId, numberCount] {
        gone(tr("Deleted the order %1 and its %2.").arg(orderId, numbersText(numberCount)));
    });
    connect(call, &ApiCall::failed, this, [this, gone, orderId](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled) {
            m_deleteCall = nullptr;
            updateActions();
            return;
        }
        if (error.httpStatus() == 404) {
            gone(tr("The order %1 was already deleted.").arg(orderId));
            return;
        }
        m_deleteCall = nullptr;
        updateActions();
        showError(tr("Could not delete the order: %1").arg(error.message()));
    });
}

void HostedOrderDetailPane::cancelCalls()
{
    if (m_confirm)
        m_confirm->close();
    DetailPaneKit::cancelCall(m_refreshCall, this);
    DetailPaneKit::cancelCall(m_deleteCall, this);
    if (m_refreshing)
        m_refreshing->hide();
}
