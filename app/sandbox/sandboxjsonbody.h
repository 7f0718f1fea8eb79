#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonObject>

namespace SandboxJsonBody {

// Parses the request body as a JSON object. An empty body counts as {} when emptyIsObject.
// On failure returns false and sets *error to a 400 with one errors[] entry.
bool parseObject(const SandboxRequest &request, bool emptyIsObject, QJsonObject *object,
                 SandboxResponse *error);

} // namespace SandboxJsonBody
