#pragma once

#include <QLoggingCategory>

// "console.storage": profiles, keychain jobs and the log file itself. Never given a key.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
