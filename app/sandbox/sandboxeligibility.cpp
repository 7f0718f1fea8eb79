#include "sandbox/sandboxeligibility.h"

#include "sandbox/sandboxvalidation.h"

using namespace Qt::StringLiterals;

namespace SandboxEligibility {

Result check(const QString &number, bool repeated, bool alreadyActive)
{
    auto fail = [](const QString &status, const QString &detail) {
        return Result{status, detail, false};
    };
    if (!SandboxValidation::isE164(number))
        return fail(u"NUMBER_IS_NOT_IN_E164_FORMAT"_s,
                    u"The number must be in E.164 format: + then country code and number, "
                    "digits only."_s);
    if (repeated)
        return fail(u"NUMBER_CAN_NOT_BE_REPEATED"_s,
                    u"The number appears more than once in the request."_s);
    if (!number.startsWith(u"+1"_s))
        return fail(u"NUMBER_IS_NOT_A_US_NUMBER"_s,
                    u"Only US numbers (+1) can be hosted for messaging."_s);
    const QString national = number.mid(2);
    if (national.size() != 10 || national.at(0) < QLatin1Char('2') ||
        national.at(3) < QLatin1Char('2'))
        return fail(u"NUMBER_IS_NOT_A_VALID_ROUTING_NUMBER"_s,
                    u"The number is not a valid North American routing number."_s);
    if (national.at(3) == QLatin1Char('9'))
        return fail(u"NUMBER_CAN_NOT_BE_WIRELESS"_s,
                    u"The number belongs to a wireless carrier; only landline and VoIP numbers "
                    "can be hosted."_s);
    const QString line = national.right(4);
    if (line == u"0000"_s)
        return fail(u"NUMBER_CAN_NOT_BE_IN_TELNYX"_s, u"The number is already a Telnyx number."_s);
    if (line == u"0001"_s)
        return fail(u"NUMBER_CAN_NOT_HOSTED_WITH_A_TELNYX_SUBSCRIBER"_s,
                    u"The number is hosted by another Telnyx customer."_s);
    if (line == u"0002"_s)
        return fail(u"NUMBER_CAN_NOT_BE_VALIDATED"_s,
                    u"The number could not be validated with its carrier."_s);
    if (line == u"0003"_s)
        return fail(u"BILLING_ACCOUNT_CHECK_FAILED"_s,
                    u"The billing account check for this number failed."_s);
    if (line == u"0004"_s)
        return fail(u"BILLING_ACCOUNT_IS_ABOLISHED"_s,
                    u"The billing account of this number has been closed."_s);
    if (alreadyActive)
        return fail(u"NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT"_s,
                    u"The number is already part of an active hosted number order in your "
                    "account."_s);
    return Result{u"ELIGIBLE"_s, u"The number can be hosted for messaging."_s, true};
}

QString failedNumberStatus(const QString &eligibilityStatus)
{
    if (eligibilityStatus == u"NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT"_s ||
        eligibilityStatus == u"NUMBER_CAN_NOT_BE_IN_TELNYX"_s ||
        eligibilityStatus == u"NUMBER_CAN_NOT_HOSTED_WITH_A_TELNYX_SUBSCRIBER"_s)
        return u"failed_number_already_hosted"_s;
    if (eligibilityStatus == u"NUMBER_CAN_NOT_BE_VALIDATED"_s)
        return u"failed_number_not_found"_s;
    if (eligibilityStatus == u"BILLING_ACCOUNT_CHECK_FAILED"_s ||
        eligibilityStatus == u"BILLING_ACCOUNT_IS_ABOLISHED"_s)
        return u"failed"_s;
    return u"failed_ineligible_carrier"_s;
}

} // namespace SandboxEligibility
