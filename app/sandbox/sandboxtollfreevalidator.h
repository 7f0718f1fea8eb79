#pragma once

#include "sandbox/sandboxerrors.h"

#include <QJsonObject>
#include <QStringList>

// Checks a toll-free verification body (create and PATCH take the same full body).
namespace SandboxTollFreeValidator {

// The 18 required fields, in the order errors are reported.
const QStringList &requiredFields();
// The optional fields the sandbox stores and returns.
const QStringList &optionalFields();

// Returns one entry per bad field (pointer in the wire spelling, e.g. /phoneNumbers/1/phoneNumber).
// When there is none, *normalized holds the known fields (country code upper-cased).
SandboxErrors validate(const QJsonObject &body, QJsonObject *normalized);

} // namespace SandboxTollFreeValidator
