#pragma once

// How many requests one task keeps in flight at most: a list's pages while loading everything,
// a capability check's batches, the status watcher's list pages and checks. Enough to hide a
// real network's round trip (#14: 80 ms), few enough to stay clear of a server's rate limit
// (a 429 is honoured either way, ApiClient).
namespace RequestLimits {
inline constexpr int maxInFlightPerTask = 4;
} // namespace RequestLimits
