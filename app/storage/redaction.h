#pragma once

#include <QString>
#include <QStringList>

// Masks secrets in text before it reaches a log file or the console: Authorization headers,
// bearer tokens, fields named like a key/token/secret/password (JSON, query strings, headers),
// Telnyx-style keys ("KEY" + 20 or more letters, digits or underscores), and every secret
// registered at run time (the API key currently loaded, whatever its shape).
class Redaction
{
public:
    Redaction() = delete;

    static QLatin1StringView mask() { return QLatin1StringView("[REDACTED]"); }

    // Thread-safe; called for every log line.
    static QString redact(const QString &text);

    // Secrets shorter than this are ignored: masking every "a" would make logs useless and a
    // key that short is not a real key.
    static constexpr qsizetype minimumSecretLength = 4;
    static void registerSecret(const QString &secret);
    static void unregisterSecret(const QString &secret);
    static void clearSecrets();
    static int registeredSecretCount();
};
