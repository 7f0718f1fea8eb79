#include "sandbox/sandboxtollfreestatus.h"

using namespace Qt::StringLiterals;

namespace TollFreeStatusNames {

QString name(TollFreeStatus status)
{
    switch (status) {
    case TollFreeStatus::InProgress:
        return u"In Progress"_s;
    case TollFreeStatus::WaitingForTelnyx:
        return u"Waiting For Telnyx"_s;
    case TollFreeStatus::WaitingForVendor:
        return u"Waiting For Vendor"_s;
    case TollFreeStatus::WaitingForCustomer:
        return u"Waiting For Customer"_s;
    case TollFreeStatus::Verified:
        return u"Verified"_s;
    case TollFreeStatus::Rejected:
        return u"Rejected"_s;
    }
    return {};
}

bool parse(const QString &text, TollFreeStatus *status)
{
    for (const TollFreeStatus candidate : all()) {
        if (name(candidate).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

const QList<TollFreeStatus> &all()
{
    static const QList<TollFreeStatus> statuses{
        TollFreeStatus::InProgress,       TollFreeStatus::WaitingForTelnyx,
        TollFreeStatus::WaitingForVendor, TollFreeStatus::WaitingForCustomer,
        TollFreeStatus::Verified,         TollFreeStatus::Rejected};
    return statuses;
}

} // namespace TollFreeStatusNames
