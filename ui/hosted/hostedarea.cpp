#include "hostedarea.h"

#include "api/apiclient.h"
#include "hostednumbersmodel.h"
#include "hostedordersmodel.h"
#include "listpage.h"

HostedArea::HostedArea(ApiClient *client, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("hostedTabs"));
    m_orders = new ListPage(
        {QStringLiteral("hostedOrders"), tr("Hosted orders"), tr("hosted-number orders"),
         new HostedOrdersModel(client, this), HostedOrdersModel::StatusColumn,
         [](const QVariant &record) { return record.value<HostedOrder>().raw; }},
        this);
    m_numbers = new ListPage(
        {QStringLiteral("hostedNumbers"), tr("Hosted numbers"), tr("hosted numbers"),
         new HostedNumbersModel(client, this), HostedNumbersModel::StatusColumn,
         [](const QVariant &record) { return record.value<MessagingHostedNumber>().raw; }},
        this);
    addTab(m_orders, tr("Orders"));
    addTab(m_numbers, tr("Numbers"));
}
