#pragma once

#include <QString>

// How a sandbox instance is started (the console's --sandbox and the telnyx-sandbox binary).
struct SandboxOptions
{
    // Bearer key the /v2 API accepts; empty accepts any non-empty key.
    QString apiKey;
    // Size of the toll-free list and of the hosted-order list; 0 uses the default sizes.
    int records = 0;
    // Seed of the generated records; the same seed gives the same data.
    quint32 seed = 1;
    // JSON file the state is loaded from at start and saved to after changes; empty: none.
    QString stateFile;
    // Virtual seconds that pass per real second (0 freezes time except for /_sandbox/advance).
    double speed = 60.0;
    // Behave where the SDK leaves the real API open the other way round from the default
    // (clamped page sizes, plain-text deletes, 404 for non-RCS numbers, errors without
    // `source`, no undeclared fields): see "Realistic mode" in app/sandbox/README.md.
    bool realistic = false;
    // Secret the /_sandbox control requests must carry as X-Sandbox-Token; empty: a random one
    // is made at start (SandboxServer::controlToken(); telnyx-sandbox prints it).
    QString controlToken;
    // Keep request bodies in the request log (/_sandbox/requests); off unless asked, as bodies
    // hold what was typed (names, e-mails, codes).
    bool logBodies = false;
    // Network latency to play: every /v2 answer waits this long (give or take a quarter, at
    // random). The request is handled at once and only its answer waits, so other connections
    // are served meanwhile, as a real server's are. 0: answer at once.
    int latencyMs = 0;
};
