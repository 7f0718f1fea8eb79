#pragma once

// The allocator's settings for the whole process, applied at start before other threads exist
// (main.cpp, and the list benchmark, which measures the console's memory).
namespace AllocatorSettings {

// glibc: at most two allocator arenas instead of one per thread. A list's bytes pass through
// three threads (Qt's network thread, the page reader, the GUI thread), and memory freed in
// one arena is not reused by the others: at 100 000 toll-free rows the process kept about
// 100 bytes a row more (README, Performance). Elsewhere: nothing.
void apply();

} // namespace AllocatorSettings
