#include "hostedwizarddonepages.h"

#include "api/apicall.h"
#include "api/apierror.h"
#include "consolepalette.h"
#include "hostedorderwizard.h"
#include "hostedrecords.h"
#include "hostedwizardui.h"
#include "widgets/errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace HostedWizardUi;

// --- Step 6: done ------------------------------------------------------------------------------

HostedDonePage::HostedDonePage(HostedOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(busyBar(u"doneProgress"_s, this))
    , m_statusLabel(wrappedLabel(u"orderStatusLabel"_s, this))
    , m_explanation(wrappedLabel(u"orderStatusExplanationLabel"_s, this))
    , m_nextAction(wrappedLabel(u"orderNextActionLabel"_s, this))
    , m_numbers(wrappedLabel(u"orderNumbersLabel"_s, this))
    , m_orderId(new QLineEdit(this))
{
    setObjectName(u"donePage"_s);
    setTitle(tr("Done"));
    setSubTitle(tr("Where the order stands and what happens next."));
    setFinalPage(true);
    QFont big = m_statusLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_statusLabel->setFont(big);
    m_orderId->setObjectName(u"doneOrderIdEdit"_s);
    m_orderId->setReadOnly(true);
    m_orderId->setAccessibleName(tr("Order ID"));
    m_nextAction->setStyleSheet(
        ConsolePalette().bannerStyle(ConsolePalette::Kind::Info, u"QLabel"_s, u"8px"_s));

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(new QLabel(tr("Order:"), this));
    idRow->addWidget(m_orderId, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(idRow);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(m_nextAction);
    layout->addWidget(m_numbers);
    layout->addStretch(1);
}

void HostedDonePage::initializePage()
{
    m_wizard->discardDraft();
    showOrder();
    // The status may have moved on with the last step: ask.
    auto *call = m_wizard->track(m_wizard->m_records->refreshOrder(m_wizard->m_state.orderId));
    m_call = call;
    m_progress->show();
    call->onResult(this, [this](const HostedOrder &order) {
        m_call = nullptr;
        m_progress->hide();
        m_wizard->setOrder(order);
        showOrder();
    });
    connect(call, &ApiCall::failed, this, [this] {
        m_call = nullptr;
        m_progress->hide();
    });
}

void HostedDonePage::showOrder()
{
    const HostedOrder &order = m_wizard->m_order;
    const HostedOrderStatus status = order.statusValue();
    m_orderId->setText(order.id);
    m_statusLabel->setText(hostedOrderStatusLabel(order.status));
    m_explanation->setText(hostedOrderStatusExplanation(status));
    QString next = hostedOrderStatusNextAction(status);
    if (status == HostedOrderStatus::Provisioning)
        next += u' ' + tr("Telnyx enables messaging on the numbers, usually within an hour; "
                          "the Orders list shows when the order is successful.");
    m_nextAction->setText(tr("What happens next: %1").arg(next));
    QMap<QString, int> counts;
    for (const HostedNumber &number : order.phoneNumbers)
        ++counts[hostedNumberStatusLabel(number.status)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
    m_numbers->setText(parts.isEmpty() ? QString()
                                       : tr("Numbers in the order — %1.").arg(parts.join(u", "_s)));
}

// --- Loading (continueOrder) -------------------------------------------------------------------

HostedLoadingPage::HostedLoadingPage(HostedOrderWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(wrappedLabel(u"loadStatusLabel"_s, this))
    , m_progress(busyBar(u"loadProgress"_s, this))
    , m_banner(new ErrorBanner(this))
{
    setObjectName(u"loadingPage"_s);
    setTitle(tr("Opening the order"));
    m_banner->setObjectName(u"loadErrorBanner"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    connect(m_banner, &ErrorBanner::retryRequested, this, &HostedLoadingPage::load);
}

void HostedLoadingPage::initializePage()
{
    load();
}

void HostedLoadingPage::load()
{
    if (m_call)
        m_call->cancel();
    m_banner->hide();
    const QString orderId = m_wizard->m_state.orderId;
    auto *call = m_wizard->track(m_wizard->m_records->refreshOrder(orderId));
    m_call = call;
    call->onResult(this, [this](const HostedOrder &order) {
        m_call = nullptr;
        m_progress->hide();
        // Opens another page: after this handler, so the call ends first.
        QMetaObject::invokeMethod(
            m_wizard,
            [wizard = m_wizard, order] {
                // Unless the wizard was pointed at something else meanwhile.
                if (wizard->currentId() == HostedOrderWizard::LoadingPageId &&
                    wizard->orderId() == order.id)
                    wizard->openOrder(order);
            },
            Qt::QueuedConnection);
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call)
            m_call = nullptr;
        m_progress->hide();
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_status->setText(tr("The order could not be opened."));
        m_banner->showError(error.message());
    });
    m_status->setText(tr("Fetching order %1 from Telnyx…").arg(orderId));
    m_progress->show();
}
