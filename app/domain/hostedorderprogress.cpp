#include "domain/hostedorderprogress.h"

#include <QCoreApplication>

namespace {

// The texts of this file, under the domain's context; lupdate reads the context from here.
struct ProgressTexts
{
    Q_DECLARE_TR_FUNCTIONS(Domain)
};

} // namespace

bool hostedNumberTakesPart(HostedNumberStatus status)
{
    switch (status) {
    case HostedNumberStatus::Pending:
    case HostedNumberStatus::Provisioning:
    case HostedNumberStatus::Successful:
    case HostedNumberStatus::Unknown:
        return true;
    default:
        return false;
    }
}

HostedOrderProgress hostedOrderProgress(const HostedOrder &order)
{
    HostedOrderProgress progress;
    for (const HostedNumber &number : order.phoneNumbers) {
        const HostedNumberStatus status = number.statusValue();
        if (!hostedNumberTakesPart(status))
            continue;
        ++progress.numbersToVerify;
        if (status == HostedNumberStatus::Provisioning || status == HostedNumberStatus::Successful)
            ++progress.verifiedNumbers;
    }

    switch (order.statusValue()) {
    case HostedOrderStatus::Pending:
    case HostedOrderStatus::IncompleteDocumentation:
    case HostedOrderStatus::LoaFileInvalid:
    case HostedOrderStatus::IncorrectBillingInformation:
        progress.documents = HostedStepState::Pending;
        break;
    case HostedOrderStatus::LoaFileSuccessful:
        progress.documents = HostedStepState::Done;
        break;
    case HostedOrderStatus::Provisioning:
    case HostedOrderStatus::Successful:
        // Provisioning starts only once every number is verified.
        progress.documents = HostedStepState::Done;
        progress.codes = HostedStepState::Done;
        return progress;
    case HostedOrderStatus::CarrierRejected:
    case HostedOrderStatus::ComplianceReviewFailed:
    case HostedOrderStatus::Deleted:
    case HostedOrderStatus::Failed:
    case HostedOrderStatus::IneligibleCarrier:
    case HostedOrderStatus::Unknown:
        // Nothing the customer sends can move the order on; an unknown status is treated
        // alike so Continue is never offered for an order this console does not understand.
        progress.documents = HostedStepState::Closed;
        progress.codes = HostedStepState::Closed;
        return progress;
    }

    // An order still open: codes are done once every number taking part is verified.
    if (progress.numbersToVerify == 0)
        progress.codes = HostedStepState::Closed;
    else if (progress.verifiedNumbers >= progress.numbersToVerify)
        progress.codes = HostedStepState::Done;
    else
        progress.codes = HostedStepState::Pending;
    return progress;
}

QString hostedDocumentsStepText(const HostedOrderProgress &progress)
{
    switch (progress.documents) {
    case HostedStepState::Done:
        return ProgressTexts::tr("Documents: done");
    case HostedStepState::Pending:
        return ProgressTexts::tr("Documents: pending");
    case HostedStepState::Closed:
        break;
    }
    return ProgressTexts::tr("Documents: not needed any more (the order is closed)");
}

QString hostedCodesStepText(const HostedOrderProgress &progress)
{
    const QString counts = ProgressTexts::tr("%1 of %2 verified")
                               .arg(progress.verifiedNumbers)
                               .arg(progress.numbersToVerify);
    switch (progress.codes) {
    case HostedStepState::Done:
        return ProgressTexts::tr("Verification codes: done (%1)").arg(counts);
    case HostedStepState::Pending:
        return ProgressTexts::tr("Verification codes: pending (%1)").arg(counts);
    case HostedStepState::Closed:
        break;
    }
    if (progress.numbersToVerify == 0 && progress.documents != HostedStepState::Closed)
        return ProgressTexts::tr("Verification codes: none needed (no number can be hosted)");
    return ProgressTexts::tr("Verification codes: not needed any more (the order is closed)");
}
