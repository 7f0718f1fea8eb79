#pragma once

#include "api/apicall.h"

#include <utility>

// How a records object (TollFreeRecords, HostedRecords, RcsAgentRecords) follows a write it
// sent for a pane, dialog or wizard: `apply(call)` runs once the call has ended, after every
// handler its caller connected (ApiCall::done comes after finished and failed). So the caller
// shows the outcome first, and only then does the record's row change or leave the list.
// Returns the call, for the caller.
template<typename Call, typename Apply>
Call *afterCallersHandlers(QObject *context, Call *call, Apply apply)
{
    QObject::connect(call, &ApiCall::done, context,
                     [call, apply = std::move(apply)] { apply(call); });
    return call;
}
