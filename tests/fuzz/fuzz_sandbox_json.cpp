// A request body as the sandbox reads JSON bodies, then its toll-free validator (the largest
// body it checks field by field).
#include "fuzzbytes.h"
#include "sandbox/sandboxjsonbody.h"
#include "sandbox/sandboxtollfreevalidator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SandboxRequest request = SandboxRequest::make(
        QStringLiteral("POST"), QStringLiteral("/v2/messaging_tollfree/verification/requests"),
        fuzzBytes(data, size), {{"Content-Type", "application/json"}});
    QJsonObject body;
    SandboxResponse refusal;
    if (!SandboxJsonBody::parseObject(request, false, &body, &refusal))
        return 0;
    QJsonObject normalized;
    SandboxTollFreeValidator::validate(body, &normalized);
    return 0;
}
