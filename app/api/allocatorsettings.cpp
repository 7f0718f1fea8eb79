#include "allocatorsettings.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace AllocatorSettings {

void apply()
{
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace AllocatorSettings
