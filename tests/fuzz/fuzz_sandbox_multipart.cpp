// A file_upload request as the sandbox splits it: the input's first line is the Content-Type
// header (it carries the boundary), the rest is the body.
#include "fuzzbytes.h"
#include "sandbox/sandboxmultipart.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray contentType = lineEnd < 0 ? input : input.left(lineEnd);
    const QByteArray body = lineEnd < 0 ? QByteArray() : input.mid(lineEnd + 1);
    QList<SandboxMultipartPart> parts;
    QString problem;
    SandboxMultipart::parse(contentType, body, &parts, &problem);
    return 0;
}
