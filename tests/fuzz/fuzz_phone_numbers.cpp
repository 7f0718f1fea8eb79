// A pasted or imported phone-number list file, read as the number-list fields read it.
#include "domain/phonenumberlist.h"
#include "fuzzbytes.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PhoneNumberList list = PhoneNumberList::parse(fuzzBytes(data, size));
    list.summary();
    return 0;
}
