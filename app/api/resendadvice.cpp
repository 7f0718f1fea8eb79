#include "resendadvice.h"

ResendAdvice resendAdviceFor(const ApiError &error)
{
    if (error.wasAccepted())
        return ResendAdvice::Done;
    if (error.isOutcomeUnknown())
        return ResendAdvice::LookFirst; // lost, timed out or cancelled after it was sent
    switch (error.kind()) {
    case ApiError::Kind::Http:
        // 408 and 429: turned away before it was handled. Another 4xx: refused as sent.
        if (error.httpStatus() == 408 || error.httpStatus() == 429)
            return ResendAdvice::SendAgain;
        if (error.httpStatus() < 500)
            return ResendAdvice::FixFirst;
        // A server error after a create was read: it may have been done before it failed.
        return error.method() == "POST" || error.method() == "PUT" ? ResendAdvice::LookFirst
                                                                   : ResendAdvice::SendAgain;
    // NOLINTNEXTLINE(bugprone-branch-clone): the same advice as below, for another reason
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        // Unknown outcomes are flagged by the call; without the flag nothing went out.
        return ResendAdvice::SendAgain;
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::None:
        return ResendAdvice::SendAgain;
    case ApiError::Kind::Parse:
        // A non-2xx answer that could not be read, or an answer too large: it was answered, so
        // not created by this console's reading of it, but nobody can tell what it said.
        return ResendAdvice::LookFirst;
    case ApiError::Kind::AcceptedUnreadable:
        return ResendAdvice::Done;
    }
    return ResendAdvice::LookFirst;
}

QString resendAdviceText(ResendAdvice advice, CreatedThing thing)
{
    switch (advice) {
    case ResendAdvice::SendAgain:
        switch (thing) {
        case CreatedThing::TollFreeRequest:
            return ResendAdviceTexts::tr("Nothing was created, so it is safe to submit again.");
        case CreatedThing::TollFreeChanges:
            return ResendAdviceTexts::tr(
                "Sending the same changes twice changes nothing, so it is safe to "
                "resubmit.");
        case CreatedThing::HostedOrder:
            return ResendAdviceTexts::tr("Nothing was created; you can create the order again.");
        case CreatedThing::VerificationCodes:
            return ResendAdviceTexts::tr("No code was sent; you can send again.");
        case CreatedThing::RcsMessage:
            return ResendAdviceTexts::tr("Nothing was sent, so it is safe to send again.");
        }
        break;
    case ResendAdvice::FixFirst:
        switch (thing) {
        case CreatedThing::TollFreeRequest:
            return ResendAdviceTexts::tr(
                "Nothing was created. Submitting it again unchanged will fail the same "
                "way.");
        case CreatedThing::TollFreeChanges:
            return ResendAdviceTexts::tr(
                "Nothing was changed. Resubmitting it unchanged will fail the same "
                "way.");
        case CreatedThing::HostedOrder:
            return ResendAdviceTexts::tr(
                "Nothing was created. Creating it again unchanged will fail the same "
                "way.");
        case CreatedThing::VerificationCodes:
            return ResendAdviceTexts::tr(
                "No code was sent. Sending again unchanged will fail the same way.");
        case CreatedThing::RcsMessage:
            return ResendAdviceTexts::tr(
                "Nothing was sent. Sending it again unchanged will fail the same way.");
        }
        break;
    case ResendAdvice::Done:
        switch (thing) {
        case CreatedThing::TollFreeRequest:
            return ResendAdviceTexts::tr(
                "It was created: do not submit it again; the request list shows it.");
        case CreatedThing::TollFreeChanges:
            return ResendAdviceTexts::tr("The changes were made: the request list shows them.");
        case CreatedThing::HostedOrder:
            return ResendAdviceTexts::tr(
                "It was created: do not create it again; the Orders list shows it.");
        case CreatedThing::VerificationCodes:
            return ResendAdviceTexts::tr(
                "The codes were sent: wait for them rather than sending new ones.");
        case CreatedThing::RcsMessage:
            return ResendAdviceTexts::tr("It was sent: do not send it again.");
        }
        break;
    case ResendAdvice::LookFirst:
        switch (thing) {
        case CreatedThing::TollFreeRequest:
            return ResendAdviceTexts::tr(
                "Telnyx may have created it: looking in the request list for a request "
                "with the same business name and phone numbers before offering to "
                "submit again…");
        case CreatedThing::TollFreeChanges:
            return ResendAdviceTexts::tr(
                "Telnyx may have made the changes: reload the request before "
                "resubmitting.");
        case CreatedThing::HostedOrder:
            return ResendAdviceTexts::tr(
                "Telnyx may have created it: looking for orders that hold the same "
                "numbers before offering to create again…");
        case CreatedThing::VerificationCodes:
            return ResendAdviceTexts::tr(
                "The codes may have been sent: wait a few minutes for them to arrive "
                "before sending new ones (each new code replaces the last).");
        case CreatedThing::RcsMessage:
            return ResendAdviceTexts::tr(
                "The message may have been delivered: check with the recipient before "
                "sending it again. Send asks once more before it sends the same "
                "message.");
        }
        break;
    }
    return {};
}

QString lookResultText(CreatedThing thing, int matches)
{
    if (matches < 0) {
        // The look itself failed: the user decides, knowing that nobody looked.
        return thing == CreatedThing::HostedOrder
                   ? ResendAdviceTexts::tr(
                         "The Orders list could not be searched. Check it for these numbers "
                         "before creating again.")
                   : ResendAdviceTexts::tr(
                         "The request list could not be searched. Check it for this business "
                         "before submitting again.");
    }
    switch (thing) {
    case CreatedThing::TollFreeChanges:
        break;
    case CreatedThing::TollFreeRequest:
        return matches > 0
                   ? ResendAdviceTexts::tr(
                         "Telnyx did create it: found %Ln request(s) with this business name "
                         "and these phone numbers created in the last minutes. It is not "
                         "submitted again.",
                         nullptr, matches)
                   : ResendAdviceTexts::tr(
                         "No request with this business name and these phone numbers was "
                         "created in the last minutes, so it was not created: you can submit "
                         "again.");
    case CreatedThing::HostedOrder:
        return matches > 0 ? ResendAdviceTexts::tr(
                                 "%Ln order(s) already hold these numbers (listed below). "
                                 "Continue with one of them from the Orders list rather than "
                                 "creating another.",
                                 nullptr, matches)
                           : ResendAdviceTexts::tr(
                                 "No order holds these numbers, so it was not created: you "
                                 "can create it again.");
    case CreatedThing::VerificationCodes:
    case CreatedThing::RcsMessage:
        break; // nothing to look for: the user is told what may have happened
    }
    return {};
}
