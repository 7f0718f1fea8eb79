#pragma once

#include <QString>

// The documented, deterministic hosted-messaging eligibility rule (first match wins):
//  1. not E.164                                      NUMBER_IS_NOT_IN_E164_FORMAT
//  2. same number earlier in the same request        NUMBER_CAN_NOT_BE_REPEATED
//  3. country code is not +1                         NUMBER_IS_NOT_A_US_NUMBER
//  4. not 10 national digits, or area code or
//     exchange starting with 0 or 1                  NUMBER_IS_NOT_A_VALID_ROUTING_NUMBER
//  5. exchange starts with 9 (4th national digit)    NUMBER_CAN_NOT_BE_WIRELESS
//  6. line number (last four digits) 0000            NUMBER_CAN_NOT_BE_IN_TELNYX
//                                    0001            NUMBER_CAN_NOT_HOSTED_WITH_A_TELNYX_SUBSCRIBER
//                                    0002            NUMBER_CAN_NOT_BE_VALIDATED
//                                    0003            BILLING_ACCOUNT_CHECK_FAILED
//                                    0004            BILLING_ACCOUNT_IS_ABOLISHED
//  7. already in an active hosted order              NUMBER_CAN_NOT_BE_ACTIVE_IN_YOUR_ACCOUNT
//  8. otherwise                                      ELIGIBLE
namespace SandboxEligibility {

struct Result
{
    QString status;
    QString detail;
    bool eligible = false;
};

Result check(const QString &number, bool repeated, bool alreadyActive);

// The hosted-number status a number gets when ordered while not eligible
// (e.g. NUMBER_CAN_NOT_BE_WIRELESS -> failed_ineligible_carrier).
QString failedNumberStatus(const QString &eligibilityStatus);

} // namespace SandboxEligibility
