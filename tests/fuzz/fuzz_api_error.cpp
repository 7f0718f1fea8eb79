// An error answer's body through ApiError::fromHttp (what ApiCall runs on a 4xx/5xx) and what
// the forms then ask of the error: the message and the items placed on fields.
#include "api/apierror.h"
#include "domain/tollfreereadiness.h"
#include "fuzzbytes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList knownFields = tollFreeFormFields();
    const QByteArray body = fuzzBytes(data, size);
    for (const int status : {400, 422, 429, 503}) {
        const ApiError error = ApiError::fromHttp(status, body);
        error.message();
        error.isSafeToRetry();
        error.fieldItems();
        for (const ApiErrorItem &item : error.fieldItems(knownFields))
            error.detailForPointer(item.pointer);
        error.unplacedItems(knownFields);
    }
    return 0;
}
