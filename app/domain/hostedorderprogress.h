#pragma once

#include "domain/hosted.h"

#include <QString>

// The two steps the customer takes after creating a hosted order (upload the documents, verify
// the numbers with codes), derived from the order status and its numbers' statuses.
enum class HostedStepState {
    Pending, // the customer still has to do it
    Done,    // done (or no longer needed because the order moved past it)
    Closed,  // cannot be done any more: the order is closed, or nothing takes part
};

struct HostedOrderProgress
{
    HostedStepState documents = HostedStepState::Pending;
    HostedStepState codes = HostedStepState::Pending;
    int numbersToVerify = 0; // numbers taking part (pending, provisioning, successful)
    int verifiedNumbers = 0; // of those, the ones past verification

    // The order wizard can take the order further (documents or codes still to do).
    bool canContinue() const
    {
        return documents == HostedStepState::Pending || codes == HostedStepState::Pending;
    }

    bool operator==(const HostedOrderProgress &) const = default;
};

// A number that takes part in the order: not failed or deleted.
bool hostedNumberTakesPart(HostedNumberStatus status);
HostedOrderProgress hostedOrderProgress(const HostedOrder &order);
// "Documents: pending", "Verification codes: pending (0 of 3 verified)".
QString hostedDocumentsStepText(const HostedOrderProgress &progress);
QString hostedCodesStepText(const HostedOrderProgress &progress);
