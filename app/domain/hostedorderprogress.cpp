#include "domain/hostedorderprogress.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Domain", text);
}

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
        return translated("Documents: done");
    case HostedStepState::Pending:
        return translated("Documents: pending");
    case HostedStepState::Closed:
        break;
    }
    return translated("Documents: not needed any more (the order is closed)");
}

QString hostedCodesStepText(const HostedOrderProgress &progress)
{
    const QString counts = QCoreApplication::translate("Domain", "%1 of %2 verified")
                               .arg(progress.verifiedNumbers)
                               .arg(progress.numbersToVerify);
    switch (progress.codes) {
    case HostedStepState::Done:
        return QCoreApplication::translate("Domain", "Verification codes: done (%1)").arg(counts);
    case HostedStepState::Pending:
        return QCoreApplication::translate("Domain", "Verification codes: pending (%1)")
            .arg(counts);
    case HostedStepState::Closed:
        break;
    }
    if (progress.numbersToVerify == 0 && progress.documents != HostedStepState::Closed)
        return translated("Verification codes: none needed (no number can be hosted)");
    return translated("Verification codes: not needed any more (the order is closed)");
}
