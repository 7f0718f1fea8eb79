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
    // Changes so far: touch() counts them. Every write calls touch() (the state file relies on
    // it), so answers cached under stamp() stay right until it moves.
    quint64 changes = 0;
    // Realistic mode (SandboxOptions::realistic); switchable at run time via /_sandbox/mode.
    bool realistic = false;
    // The account's messaging profiles: areas register the ids their writes name, and the
    // hosted-number PATCH refuses one it does not know. Set by SandboxState.
    SandboxMessagingProfiles *profiles = nullptr;

    qint64 now() const { return clock.nowMs(); }
    void touch()
    {
        dirty = true;
        ++changes;
    }
    // What cached answers are made under: the change count and the mode (never 0).
    quint64 stamp() const { return ((changes << 1) | (realistic ? 1 : 0)) + 1; }
};
