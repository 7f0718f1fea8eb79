#pragma once

#include "sandbox/sandboxoptions.h"
#include "session/localsandbox.h"

// The built-in sandbox for ConsoleSession::setSandboxFactory: a SandboxHost (the sandbox's own
// thread) with these options, the bearer key being the one the session chose.
namespace BuiltInSandbox {

LocalSandboxFactory factory(const SandboxOptions &options = {});

} // namespace BuiltInSandbox
