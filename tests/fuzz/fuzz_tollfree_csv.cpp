// A CSV file for "Import CSV", decoded and read as TollFreeImport::importFile does.
#include "domain/tollfreecsv.h"
#include "fuzzbytes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    TollFreeCsv::read(QString::fromUtf8(fuzzBytes(data, size)));
    return 0;
}
