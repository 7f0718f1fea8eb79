#pragma once

#include "apierror.h"

#include <QCoreApplication>
#include <QString>

// What a failed create, upload or send means for sending it again. The one place that decides
// it: the toll-free wizard, the hosted-order wizard and the RCS composer all ask here.
enum class ResendAdvice {
    SendAgain, // nothing was done (nothing left, or the server turned it away unread): safe
    FixFirst,  // the server refused it (4xx): unchanged, it fails the same way
    Done,      // accepted (2xx) with an unreadable answer: never again
    LookFirst, // it may have been done: look for it before offering to send it again
};

// What was being created, for the words of the advice.
enum class CreatedThing {
    TollFreeRequest,
    TollFreeChanges, // a resubmission (PATCH): sending the same changes twice changes nothing
    HostedOrder,
    VerificationCodes, // codes sent to the numbers of a hosted order by SMS or call
    RcsMessage,
};

ResendAdvice resendAdviceFor(const ApiError &error);

// One sentence that follows error.message(): what the user can do now. For LookFirst it says
// what the console is about to look for (the toll-free request list, the orders with the same
// numbers) or, for a message, that it may have been delivered.
QString resendAdviceText(ResendAdvice advice, CreatedThing thing);

// After the look (LookFirst): what was found decides what is offered next.
QString lookResultText(CreatedThing thing, int matches);

// Qt's translation context for the functions above.
struct ResendAdviceTexts
{
    Q_DECLARE_TR_FUNCTIONS(ResendAdvice)
};
