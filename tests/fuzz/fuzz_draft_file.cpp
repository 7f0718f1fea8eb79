// A draft file's bytes as DraftStore::load reads them, then the content as the wizards restore
// it: the toll-free wizard from the request objects in it, the hosted wizard from all of it.
#include "domain/hostedwizardstate.h"
#include "domain/tollfree.h"
#include "fuzzbytes.h"
#include "storage/draftstore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<Draft> draft = DraftStore::fromFileContents(fuzzBytes(data, size));
    if (!draft)
        return 0;
    for (const QJsonValue &value : draft->content) {
        if (value.isObject())
            TollFreeVerificationRequest::fromJson(value.toObject());
    }
    HostedWizardState::fromJson(draft->content);
    return 0;
}
