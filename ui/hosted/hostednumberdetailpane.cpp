#include "hostednumberdetailpane.h"

#include "api/apicall.h"
#include "consolepalette.h"
#include "hostednumbereditor.h"
#include "hostedrecords.h"
#include "session/messagingprofiles.h"
#include "widgets/detailpanekit.h"
#include "widgets/messagingprofilenames.h"
#include "widgets/plaintext.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString whenText(const QDateTime &time)
{
    return time.isValid() ? DetailPaneKit::unbrokenDateTime(time) : u"—"_s;
}

// Ids have no spaces: they wrap after their hyphens.
QString breakable(const QString &id)
{
    return DetailPaneKit::breakable(id, DetailPaneKit::idSeparators);
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? HostedNumberDetailPane::tr("none") : text;
}

// features.sms / features.mms in words; null or absent: the number does not have it.
QString featureText(const std::optional<MessagingFeatureSet> &features)
{
    if (!features)
        return HostedNumberDetailPane::tr("not available");
    QStringList parts;
    if (features->domesticTwoWay)
        parts << HostedNumberDetailPane::tr("domestic two-way");
    if (features->internationalInbound)
        parts << HostedNumberDetailPane::tr("international inbound");
    if (features->internationalOutbound)
        parts << HostedNumberDetailPane::tr("international outbound");
    return parts.isEmpty() ? HostedNumberDetailPane::tr("none") : parts.join(u", "_s);
}

QString ratioText(double ratio)
{
    return HostedNumberDetailPane::tr("%1 %").arg(QLocale().toString(ratio * 100.0, 'f', 1));
}

} // namespace

HostedNumberDetailPane::HostedNumberDetailPane(HostedRecords *records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_statusBadge(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_error(new QLabel(this))
    , m_copyIdButton(new QPushButton(tr("Copy &ID"), this))
    , m_showOrderButton(new QPushButton(tr("Show &order"), this))
    , m_deleteButton(new QPushButton(tr("&Delete number…"), this))
    , m_idValue(new QLabel(this))
    , m_orderValue(new QLabel(this))
    , m_profileValue(new QLabel(this))
    , m_productValue(new QLabel(this))
    , m_typeValue(new QLabel(this))
    , m_tagsValue(new QLabel(this))
    , m_countryValue(new QLabel(this))
    , m_trafficValue(new QLabel(this))
    , m_eligibleValue(new QLabel(this))
    , m_smsValue(new QLabel(this))
    , m_mmsValue(new QLabel(this))
    , m_messageCountValue(new QLabel(this))
    , m_spamValue(new QLabel(this))
    , m_successValue(new QLabel(this))
    , m_inOutValue(new QLabel(this))
    , m_createdValue(new QLabel(this))
    , m_updatedValue(new QLabel(this))
    , m_editor(new HostedNumberEditor(records, this))
{
    setObjectName(u"hostedNumberDetailPane"_s);
    setMinimumWidth(340);

    DetailPaneKit::setUpPlaceholder(m_placeholder, u"detailPlaceholder"_s);

    // A phone number or an id: short, never wrapped.
    DetailPaneKit::setUpTitle(m_title, u"detailTitle"_s, 1.3, DetailPaneKit::Wrap::None);
    DetailPaneKit::setUpBadge(m_statusBadge, u"detailStatusBadge"_s);
    DetailPaneKit::setUpFacts(m_meta, u"detailMeta"_s);
    m_explanation->setObjectName(u"statusExplanationLabel"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setStyleSheet(ConsolePalette().mutedStyle());

    DetailPaneKit::setUpErrorLabel(m_error, u"detailErrorLabel"_s);

    m_copyIdButton->setObjectName(u"copyNumberIdButton"_s);
    m_copyIdButton->setToolTip(tr("Copy the hosted number id to the clipboard"));
    m_showOrderButton->setObjectName(u"showOrderButton"_s);
    DetailPaneKit::setUpDeleteButton(m_deleteButton, u"deleteNumberButton"_s);

    auto *page = new QWidget(this);
    QVBoxLayout *pageLayout = DetailPaneKit::setUpCardPage(page, u"detailFieldsPage"_s);
    const auto addGroup = [pageLayout](const QString &objectName, const QString &title) {
        return DetailPaneKit::addFieldGroup(pageLayout, objectName, title,
                                            QFormLayout::WrapLongRows,
                                            DetailPaneKit::FormSpacing::Style);
    };
    const auto addField = [](QFormLayout *form, QLabel *value, const QString &wireName,
                             const QString &label) {
        DetailPaneKit::addTextField(form, value, u"field_"_s + wireName, wireName, label);
    };
    QFormLayout *form = addGroup(u"numberGroup"_s, tr("Hosted number"));
    addField(form, m_idValue, u"id"_s, tr("Number ID"));
    addField(form, m_orderValue, u"order_id"_s, tr("Order"));
    addField(form, m_profileValue, u"messaging_profile_id"_s, tr("Messaging profile"));
    addField(form, m_productValue, u"messaging_product"_s, tr("Messaging product"));
    addField(form, m_typeValue, u"type"_s, tr("Type"));
    addField(form, m_tagsValue, u"tags"_s, tr("Tags"));
    addField(form, m_countryValue, u"country_code"_s, tr("Country"));
    addField(form, m_createdValue, u"created_at"_s, tr("Created"));
    addField(form, m_updatedValue, u"updated_at"_s, tr("Updated"));

    // Move the number to another profile, change its product or tags.
    addGroup(u"numberEditGroup"_s, tr("Change settings"))->addRow(m_editor);
    connect(m_editor, &HostedNumberEditor::statusMessage, this,
            &HostedNumberDetailPane::statusMessage);
    connect(records, &HostedRecords::numberChanged, this,
            [this](const MessagingHostedNumber &number) {
                if (hasNumber() && number.id == m_number.id) {
                    m_number = number;
                    showNumber();
                }
            });

    // What support staff ask about: can it send MMS, is it A2P, is it flagged as spam.
    QFormLayout *messaging = addGroup(u"messagingGroup"_s, tr("Messaging"));
    addField(messaging, m_trafficValue, u"traffic_type"_s, tr("Traffic type"));
    addField(messaging, m_eligibleValue, u"eligible_messaging_products"_s, tr("Eligible products"));
    addField(messaging, m_smsValue, u"features.sms"_s, tr("SMS"));
    addField(messaging, m_mmsValue, u"features.mms"_s, tr("MMS"));

    QFormLayout *health = addGroup(u"healthGroup"_s, tr("Health"));
    addField(health, m_messageCountValue, u"health.message_count"_s, tr("Messages"));
    addField(health, m_spamValue, u"health.spam_ratio"_s, tr("Spam ratio"));
    addField(health, m_successValue, u"health.success_ratio"_s, tr("Success ratio"));
    addField(health, m_inOutValue, u"health.inbound_outbound_ratio"_s,
             tr("Inbound/outbound ratio"));
    pageLayout->addStretch(1);

    QScrollArea *scroll = DetailPaneKit::verticalScrollArea(page, u"detailFieldsScroll"_s, this);

    auto *content = new QWidget(this);
    QHBoxLayout *titleRow = DetailPaneKit::titleRow(m_title, m_statusBadge);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showOrderButton);
    QWidget::setTabOrder(m_showOrderButton, m_copyIdButton); // as they stand
    actions->addWidget(m_copyIdButton);
    actions->addStretch(1);
    actions->addWidget(m_deleteButton);
    QVBoxLayout *contentLayout = DetailPaneKit::setUpContentLayout(content);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_meta);
    contentLayout->addLayout(actions);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_explanation);
    contentLayout->addWidget(scroll, 1);

    DetailPaneKit::setUpStack(this, m_stack, m_placeholder, content);

    connect(DetailPaneKit::addDeleteShortcut(this, tr("Delete hosted number")), &QAction::triggered,
            this, &HostedNumberDetailPane::requestDelete);

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

void HostedNumberDetailPane::setNumber(const MessagingHostedNumber &number,
                                       const HostedNumberLink &link)
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
    m_link = link;
    m_stack->setCurrentIndex(1);
    showNumber();
}

void HostedNumberDetailPane::setLink(const HostedNumberLink &link)
{
    if (!hasNumber() || link == m_link)
        return;
    m_link = link;
    updateStatus();
    updateOrderField();
    updateActions();
}

void HostedNumberDetailPane::clear()
{
    const bool wasShowing = hasNumber();
    cancelCalls();
    m_number = {};
    m_link = {};
    m_editor->setNumber({});
    showError({});
    m_stack->setCurrentIndex(0);
    if (wasShowing)
        m_placeholder->setText(tr("Select a hosted number to see its status and its order."));
    updateActions();
}

void HostedNumberDetailPane::setMessagingProfiles(MessagingProfiles *profiles)
{
    m_messagingProfiles = profiles;
    m_editor->setMessagingProfiles(profiles);
    connect(profiles, &MessagingProfiles::changed, this, [this] {
        if (hasNumber())
            MessagingProfileNames::show(m_profileValue, m_messagingProfiles,
                                        m_number.messagingProfileId.value_or(QString()),
                                        tr("none"));
    });
}

QString HostedNumberDetailPane::errorText() const
{
    return DetailPaneKit::shownText(m_error);
}

void HostedNumberDetailPane::showNumber()
{
    const MessagingHostedNumber &n = m_number;
    m_title->setText(n.phoneNumber.isEmpty() ? n.id : n.phoneNumber);
    m_meta->setText(tr("ID %1").arg(n.id));
    updateStatus();

    m_idValue->setText(breakable(n.id));
    updateOrderField();
    MessagingProfileNames::show(m_profileValue, m_messagingProfiles,
                                n.messagingProfileId.value_or(QString()), tr("none"));
    m_editor->setNumber(n);
    m_productValue->setText(orNone(n.messagingProduct));
    m_typeValue->setText(orNone(n.type));
    m_tagsValue->setText(orNone(n.tags.join(u", "_s)));
    DetailPaneKit::setHtmlOrEmpty(m_countryValue, n.countryCode.toHtmlEscaped());
    m_createdValue->setText(whenText(n.createdAt));
    m_updatedValue->setText(whenText(n.updatedAt));

    DetailPaneKit::setHtmlOrEmpty(m_trafficValue, n.trafficType.toHtmlEscaped());
    DetailPaneKit::setHtmlOrEmpty(m_eligibleValue,
                                  n.eligibleMessagingProducts.join(u", "_s).toHtmlEscaped());
    m_smsValue->setText(featureText(n.smsFeatures));
    m_mmsValue->setText(featureText(n.mmsFeatures));
    if (n.health) {
        m_messageCountValue->setText(QLocale().toString(n.health->messageCount));
        m_spamValue->setText(ratioText(n.health->spamRatio));
        m_successValue->setText(ratioText(n.health->successRatio));
        m_inOutValue->setText(QLocale().toString(n.health->inboundOutboundRatio, 'f', 2));
    } else {
        for (QLabel *value : {m_messageCountValue, m_spamValue, m_successValue, m_inOutValue})
            DetailPaneKit::setHtmlOrEmpty(value, {});
    }
    updateActions();
}

void HostedNumberDetailPane::updateStatus()
{
    const QString status = m_link.status;
    const bool known = m_link.isKnown() && !status.isEmpty();
    m_statusBadge->setText(known ? hostedNumberStatusLabel(status) : tr("Status unknown"));
    m_statusBadge->setStyleSheet(ConsolePalette().statusBadgeStyle(known ? status : QString()));
    m_statusBadge->setToolTip(known ? PlainText::toolTip(status) : QString());
    m_explanation->setText(
        known ? hostedNumberStatusExplanation(hostedNumberStatusFromString(status))
              : tr("The hosting status is the number's status in the order that holds it; that "
                   "order is not among the loaded orders yet."));
}

void HostedNumberDetailPane::updateOrderField()
{
    m_orderValue->setText(m_link.orderId.isEmpty()
                              ? tr("not among the loaded orders (load all orders to find it)")
                              : breakable(m_link.orderId));
}

void HostedNumberDetailPane::updateActions()
{
    const bool present = hasNumber();
    const bool deleting = isDeleting();
    m_copyIdButton->setEnabled(present);
    m_showOrderButton->setEnabled(present);
    m_showOrderButton->setToolTip(m_link.orderId.isEmpty()
                                      ? tr("Find the order of this number in the Orders tab")
                                      : tr("Switch to the Orders tab and select this number's "
                                           "order"));
    m_deleteButton->setEnabled(present && !deleting);
    m_deleteButton->setToolTip(deleting ? tr("Deleting…")
                                        : tr("Stop hosting messaging on this number"));
}

void HostedNumberDetailPane::showError(const QString &message)
{
    DetailPaneKit::showMessage(m_error, message);
}

void HostedNumberDetailPane::copyId()
{
    if (!hasNumber())
        return;
    DetailPaneKit::copyToClipboard(m_number.id);
    Q_EMIT statusMessage(tr("Copied the hosted number id %1").arg(m_number.id));
}

void HostedNumberDetailPane::showOrder()
{
    if (!hasNumber())
        return;
    Q_EMIT showOrderRequested(m_link.orderId);
}

void HostedNumberDetailPane::requestDelete()
{
    if (!hasNumber() || isDeleting())
        return;
    if (m_confirm)
        m_confirm->close();
    const QString id = m_number.id;
    const QString phone = m_number.phoneNumber.isEmpty() ? id : m_number.phoneNumber;
    const DetailPaneKit::DeleteQuestion question{
        u"confirmDeleteNumberDialog"_s,
        tr("Delete hosted number"),
        tr("Stop hosting messaging on <b>%1</b>?").arg(phone.toHtmlEscaped()),
        tr("The number is removed from its order%1 and can no longer send or receive messages "
           "through Telnyx. If it is the last number of the order, the order is deleted too. "
           "To host it again, create a new order.")
            .arg(m_link.orderId.isEmpty() ? QString() : u" "_s + m_link.orderId.toHtmlEscaped()),
        tr("Delete hosted number"),
    };
    m_confirm = DetailPaneKit::askToDelete(this, question, [this, id, phone] {
        if (m_number.id == id)
            performDelete(id, phone);
    });
}

void HostedNumberDetailPane::performDelete(const QString &numberId, const QString &phoneNumber)
{
    showError({});
    auto *call = m_records->deleteNumber(numberId);
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
    call->onResult(this, [gone, phoneNumber](const HostedOrder &order) {
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
    DetailPaneKit::cancelCall(m_deleteCall, this);
}
