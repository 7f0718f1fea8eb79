#include "widgets/recordlink.h"

#include <QTreeWidgetItem>

namespace {
constexpr int linkRole = Qt::UserRole + 40;
} // namespace

RecordLink RecordLink::of(const TollFreeVerificationRequest &request)
{
    return {Kind::TollFreeRequest, QVariant::fromValue(request)};
}

RecordLink RecordLink::of(const HostedOrder &order)
{
    return {Kind::HostedOrder, QVariant::fromValue(order)};
}

RecordLink RecordLink::of(const MessagingHostedNumber &number)
{
    return {Kind::HostedNumber, QVariant::fromValue(number)};
}

RecordLink RecordLink::ofRcsAgent(const QString &agentId)
{
    return {Kind::RcsAgent, agentId};
}

void RecordLink::storeIn(QTreeWidgetItem *item) const
{
    item->setData(0, linkRole, QVariant::fromValue(*this));
}

RecordLink RecordLink::from(const QTreeWidgetItem *item)
{
    return item ? item->data(0, linkRole).value<RecordLink>() : RecordLink{};
}
