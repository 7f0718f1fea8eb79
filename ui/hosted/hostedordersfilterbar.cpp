#include "hostedordersfilterbar.h"

#include "domain/hosted.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

HostedOrdersFilterBar::HostedOrdersFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
{
    setObjectName(u"hostedOrdersFilterBar"_s);
    m_status->setObjectName(u"hostedOrdersStatusFilter"_s);
    m_status->setToolTip(tr("Show only the loaded orders with this status"));

    m_status->addItem(tr("All statuses"), QStringList{});
    QStringList needsAction;
    const QStringList wireStatuses = hostedOrderStatuses();
    for (const QString &status : wireStatuses) {
        if (hostedOrderNeedsCustomerAction(hostedOrderStatusFromString(status)))
            needsAction.append(status);
    }
    m_status->addItem(tr("Needs your action"), needsAction);
    m_status->insertSeparator(m_status->count());
    for (const QString &status : wireStatuses) {
        m_status->addItem(hostedOrderStatusLabel(status), QStringList{status});
        m_status->setItemData(m_status->count() - 1,
                              hostedOrderStatusExplanation(hostedOrderStatusFromString(status)),
                              Qt::ToolTipRole);
    }

    auto *label = new QLabel(tr("&Status:"), this);
    label->setBuddy(m_status);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT statusesChanged(statuses()); });
}

QStringList HostedOrdersFilterBar::statuses() const
{
    return m_status->currentData().toStringList();
}

QString HostedOrdersFilterBar::currentLabel() const
{
    return m_status->currentText();
}

void HostedOrdersFilterBar::setStatus(const QString &wireStatus)
{
    const QStringList wanted = wireStatus.isEmpty() ? QStringList{} : QStringList{wireStatus};
    for (int index = 0; index < m_status->count(); ++index) {
        if (m_status->itemData(index).toStringList() == wanted &&
            !m_status->itemText(index).isEmpty()) {
            m_status->setCurrentIndex(index);
            return;
        }
    }
}
