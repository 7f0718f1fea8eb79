#pragma once

#include <QList>
#include <QString>

// The six toll-free verification statuses, in the order the wire names are listed.
enum class TollFreeStatus : quint8 {
    InProgress,
    WaitingForTelnyx,
    WaitingForVendor,
    WaitingForCustomer,
    Verified,
    Rejected,
};

// One entry of a request's status history.
struct TollFreeStatusChange
{
    TollFreeStatus status = TollFreeStatus::InProgress;
    QString reason; // empty when the status carries no reason
    qint64 atMs = 0;
};

namespace TollFreeStatusNames {
QString name(TollFreeStatus status);
// Case-insensitive; returns false for an unknown name.
bool parse(const QString &text, TollFreeStatus *status);
const QList<TollFreeStatus> &all();
} // namespace TollFreeStatusNames
