#include "hostednumberdetailpane.h"

#include "api/apicall.h"
#include "api/hostedapi.h"
#include "domain/jsonread.h"
#include "pagedlistmodel.h"
#include "widgets/statusbadgedelegate.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString hex(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QString badgeStyleFor(const QString &wireStatus)
{
    const auto tone = StatusBadgeDelegate::toneForStatus(wireStatus);
    return u"QLabel { background: %1; color: %2; border-radius: 10px; padding: 2px 10px; "
           "font-weight: 600; }"_s.arg(hex(StatusBadgeDelegate::background(tone)),
                                       hex(StatusBadgeDelegate::foreground(tone)));
}

QString whenText(const QDateTime &time)
{
    if (!time.isValid())
        return u"—"_s;
    return PagedListModel::displayDateTime(time).replace(u' ', QChar::Nbsp);
}

// Ids have no spaces: a zero-width space after each hyphen lets a narrow pane wrap them.
QString breakable(const QString &id)
{
    QString result = id;
    return result.replace(u'-', u"-\u200B"_s);
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? HostedNumberDetailPane::tr("none") : text;
}

} // namespace

HostedNumberDetailPane::HostedNumberDetailPane(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_statusBadge(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_error(new QLabel(this))
    , m_copyIdButton(new QPushButton(tr("Copy &ID"), this))
    , m_showOrderButton(new QPushButton(tr("&Show order"), this))
    , m_deleteButton(new QPushButton(tr("&Delete number…"), this))
    , m_idValue(new QLabel(this))
    , m_orderValue(new QLabel(this))
    , m_profileValue(new QLabel(this))
    , m_productValue(new QLabel(this))
    , m_typeValue(new QLabel(this))
    , m_tagsValue(new QLabel(this))
    , m_createdValue(new QLabel(this))
    , m_updatedValue(new QLabel(this))
{
    setObjectName(u"hostedNumberDetailPane"_s);
    setMinimumWidth(340);

    m_placeholder->setObjectName(u"detailPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(u"color: #6b7280; padding: 24px;"_s);

    m_title->setObjectName(u"detailTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_statusBadge->setObjectName(u"detailStatusBadge"_s);
    m_statusBadge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_meta->setObjectName(u"detailMeta"_s);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setStyleSheet(u"color: #6b7280;"_s);
    m_explanation->setObjectName(u"statusExplanationLabel"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(u"color: #4b5563;"_s);

    m_error->setObjectName(u"detailErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { background: #fef2f2; color: #7f1d1d; border: 1px solid "
                           "#fca5a5; border-radius: 4px; padding: 6px 8px; }"_s);
    m_error->hide();

    m_copyIdButton->setObjectName(u"copyNumberIdButton"_s);
    m_copyIdButton->setToolTip(tr("Copy the hosted number id to the clipboard"));
    m_showOrderButton->setObjectName(u"showOrderButton"_s);
    m_deleteButton->setObjectName(u"deleteNumberButton"_s);
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_deleteButton->setStyleSheet(u"QPushButton:enabled { color: #b91c1c; }"_s);

    auto *page = new QWidget(this);
    page->setObjectName(u"detailFieldsPage"_s);
    page->setAutoFillBackground(true);
    page->setBackgroundRole(QPalette::Base);
    page->setStyleSheet(
        u"QGroupBox { border: 1px solid #e5e7eb; border-radius: 6px; margin-top: 1.4em; "
        "padding-top: 4px; } QGroupBox::title { subcontrol-origin: margin; left: 10px; "
        "padding: 0 4px; color: #111827; }"_s);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(2, 0, 6, 6);
    auto *group = new QGroupBox(tr("Hosted number"), page);
    group->setObjectName(u"numberGroup"_s);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addField = [form, group](QLabel *value, const QString &wireName,
                                        const QString &label) {
        value->setObjectName(u"field_"_s + wireName);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *name = new QLabel(label, group);
        name->setStyleSheet(u"color: #6b7280;"_s);
        name->setToolTip(wireName);
        form->addRow(name, value);
    };
    addField(m_idValue, u"id"_s, tr("Number ID"));
    addField(m_orderValue, u"order_id"_s, tr("Order"));
    addField(m_profileValue, u"messaging_profile_id"_s, tr("Messaging profile"));
    addField(m_productValue, u"messaging_product"_s, tr("Messaging product"));
    addField(m_typeValue, u"type"_s, tr("Type"));
    addField(m_tagsValue, u"tags"_s, tr("Tags"));
    addField(m_createdValue, u"created_at"_s, tr("Created"));
    addField(m_updatedValue, u"updated_at"_s, tr("Updated"));
    pageLayout->addWidget(group);
    pageLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"detailFieldsScroll"_s);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *content = new QWidget(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_statusBadge, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showOrderButton);
    actions->addWidget(m_copyIdButton);
    actions->addStretch(1);
    actions->addWidget(m_deleteButton);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 8, 10, 8);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_meta);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_explanation);
    contentLayout->addWidget(scroll, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *deleteAction = new QAction(tr("Delete hosted number"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &HostedNumberDetailPane::requestDelete);
    addAction(deleteAction);

    connect(m_copyIdButton, &QPushButton::clicked, this, &HostedNumberDetailPane::copyId);
    connect(m_showOrderButton, &QPushButton::clicked, this, &HostedNumberDetailPane::showOrder);
    connect(m_deleteButton, &QPushButton::clicked, this, &HostedNumberDetailPane::requestDelete);

    m_placeholder->setText(tr("Select a hosted number to see its status and its order."));
    clear();
}

HostedNumberDetailPane::~HostedNumberDetailPane()
{
    cancelCalls();
}

QString HostedNumberDetailPane::hostedStatus() const
{
    return JsonRead::string(m_number.raw, u"hosted_status"_s);
}

void HostedNumberDetailPane::setNumber(const MessagingHostedNumber &number, const QString &orderId)
{
    if (number.id.isEmpty()) {
        clear();
        return;
    }
    if (number.id != m_number.id) {
        cancelCalls();
        showError({});
    }
    m_number = number;
    m_orderId = orderId;
    m_stack->setCurrentIndex(1);
    showNumber();
}

void HostedNumberDetailPane::setOrderId(const QString &orderId)
{
    if (!hasNumber() || orderId == m_orderId)
        return;
    m_orderId = orderId;
    updateOrderField();
    updateActions();
}

void HostedNumberDetailPane::clear()
{
    const bool wasShowing = hasNumber();
    cancelCalls();
    m_number = {};
    m_orderId.clear();
    showError({});
    m_stack->setCurrentIndex(0);
    if (wasShowing)
        m_placeholder->setText(tr("Select a hosted number to see its status and its order."));
    updateActions();
}

QString HostedNumberDetailPane::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HostedNumberDetailPane::showNumber()
{
    const MessagingHostedNumber &n = m_number;
    const QString status = hostedStatus();
    m_title->setText(n.phoneNumber.isEmpty() ? n.id : n.phoneNumber);
    m_statusBadge->setText(status.isEmpty() ? tr("Status unknown")
                                            : hostedNumberStatusLabel(status));
    m_statusBadge->setStyleSheet(badgeStyleFor(status));
    m_statusBadge->setToolTip(status);
    m_meta->setText(tr("ID %1").arg(n.id));
    m_explanation->setText(
        status.isEmpty() ? tr("The API did not report the hosting status of this number.")
                         : hostedNumberStatusExplanation(hostedNumberStatusFromString(status)));

    m_idValue->setText(breakable(n.id));
    updateOrderField();
    m_profileValue->setText(orNone(breakable(n.messagingProfileId.value_or(QString()))));
    m_productValue->setText(orNone(n.messagingProduct));
    m_typeValue->setText(orNone(n.type));
    m_tagsValue->setText(orNone(n.tags.join(u", "_s)));
    m_createdValue->setText(whenText(n.createdAt));
    m_updatedValue->setText(whenText(n.updatedAt));
    updateActions();
}

void HostedNumberDetailPane::updateOrderField()
{
    m_orderValue->setText(m_orderId.isEmpty()
                              ? tr("not among the loaded orders (load all orders to find it)")
                              : breakable(m_orderId));
}

void HostedNumberDetailPane::updateActions()
{
    const bool present = hasNumber();
    const bool deleting = isDeleting();
    m_copyIdButton->setEnabled(present);
    m_showOrderButton->setEnabled(present);
    m_showOrderButton->setToolTip(m_orderId.isEmpty()
                                      ? tr("Find the order of this number in the Orders tab")
                                      : tr("Switch to the Orders tab and select this number's "
                                           "order"));
    m_deleteButton->setEnabled(present && !deleting);
    m_deleteButton->setToolTip(deleting ? tr("Deleting…")
                                        : tr("Stop hosting messaging on this number"));
}

void HostedNumberDetailPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void HostedNumberDetailPane::copyId()
{
    if (!hasNumber())
        return;
    QGuiApplication::clipboard()->setText(m_number.id);
    Q_EMIT statusMessage(tr("Copied the hosted number id %1").arg(m_number.id));
}

void HostedNumberDetailPane::showOrder()
{
    if (!hasNumber())
        return;
    Q_EMIT showOrderRequested(m_orderId);
}

void HostedNumberDetailPane::requestDelete()
{
    if (!hasNumber() || isDeleting())
        return;
    if (m_confirm)
        m_confirm->close();
    const QString id = m_number.id;
    const QString phone = m_number.phoneNumber.isEmpty() ? id : m_number.phoneNumber;
    auto *box = new QMessageBox(this);
    box->setObjectName(u"confirmDeleteNumberDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete hosted number"));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("Stop hosting messaging on <b>%1</b>?").arg(phone.toHtmlEscaped()));
    box->setInformativeText(
        tr("The number is removed from its order%1 and can no longer send or receive messages "
           "through Telnyx. If it is the last number of the order, the order is deleted too. "
           "To host it again, create a new order.")
            .arg(m_orderId.isEmpty() ? QString() : u" "_s + m_orderId.toHtmlEscaped()));
    QPushButton *confirm = box->addButton(tr("Delete hosted number"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmDeleteButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelDeleteButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    m_confirm = box;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, id, phone](QAbstractButton *button) {
                if (button == confirm && m_number.id == id)
                    performDelete(id, phone);
            });
    box->open();
}

void HostedNumberDetailPane::performDelete(const QString &numberId, const QString &phoneNumber)
{
    showError({});
    ApiCall *call = HostedApi(m_client).deleteNumber(numberId);
    m_deleteCall = call;
    updateActions();
    Q_EMIT statusMessage(tr("Deleting the hosted number %1…").arg(phoneNumber));
    const auto gone = [this, numberId](const QString &message, const HostedOrder &order) {
        m_deleteCall = nullptr;
        clear();
        m_placeholder->setText(message);
        Q_EMIT statusMessage(message);
        Q_EMIT deleted(numberId, order);
    };
    connect(call, &ApiCall::finished, this, [call, gone, phoneNumber] {
        const auto order = call->resultAs<HostedOrder>();
        const bool orderDeleted = order.statusValue() == HostedOrderStatus::Deleted;
        gone(orderDeleted ? tr("Deleted the hosted number %1; its order %2 had no other number "
                               "and was deleted too.")
                                .arg(phoneNumber, order.id)
                          : tr("Deleted the hosted number %1.").arg(phoneNumber),
             order);
    });
    connect(call, &ApiCall::failed, this, [this, gone, phoneNumber](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled) {
            m_deleteCall = nullptr;
            updateActions();
            return;
        }
        if (error.httpStatus() == 404) {
            gone(tr("The hosted number %1 was already deleted.").arg(phoneNumber), {});
            return;
        }
        m_deleteCall = nullptr;
        updateActions();
        showError(tr("Could not delete the hosted number: %1").arg(error.message()));
    });
}

void HostedNumberDetailPane::cancelCalls()
{
    if (m_confirm)
        m_confirm->close();
    if (ApiCall *call = m_deleteCall) {
        m_deleteCall = nullptr;
        call->disconnect(this);
        call->cancel();
    }
}
