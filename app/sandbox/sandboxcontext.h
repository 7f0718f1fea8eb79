#pragma once

#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxrandom.h"

class SandboxMessagingProfiles;

// What every area of the sandbox shares: the clock, the runtime random stream, the seed
// the records were generated from, and whether anything changed since the last save.
struct SandboxContext
{
    SandboxClock clock;
    SandboxRandom random;
    quint32 seed = 1;
    // Virtual instant the seeded records were generated against.
    qint64 epochMs = 0;
    // Account-level ids that appear in records (derived from the seed).
    QString organizationId;
    QString userId;
    bool dirty = false;
    // Realistic mode (SandboxOptions::realistic); switchable at run time via /_sandbox/mode.
    bool realistic = false;
    // The account's messaging profiles: areas register the ids their writes name, and the
    // hosted-number PATCH refuses one it does not know. Set by SandboxState.
    SandboxMessagingProfiles *profiles = nullptr;

    qint64 now() const { return clock.nowMs(); }
    void touch() { dirty = true; }
};
