#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

// What the retry decision needs to know about one failed attempt.
struct RetryContext
{
    QByteArray method;            // "GET", "POST", ...
    int retriesDone = 0;          // 0 for the first failure
    int httpStatus = 0;           // 0 when no HTTP answer arrived
    bool connectionError = false; // refused, reset, dropped, DNS: no HTTP answer
    bool timedOut = false;
    bool bytesSent = false; // any part of the request body left this machine
    // The request must reach the server at most once whatever its method (every create, send
    // and the test-number invite, a PUT that sends an invitation): retried like a POST.
    bool atMostOnce = false;
    QByteArray retryAfterMs; // "retry-after-ms" header
    QByteArray retryAfter;   // "Retry-After" header: seconds or an HTTP date
    QByteArray shouldRetry;  // "x-should-retry" header: "true" / "false"
};

// Decides whether and when to send a failed request again.
// GET/PUT/PATCH/DELETE retry 408, 429, 5xx, timeouts and connection errors; POST, and any
// request marked atMostOnce, only 429 and connections that failed before any byte was sent,
// so nothing is ever created or sent twice.
class RetryPolicy
{
public:
    int maxRetries = 2;
    int initialBackoffMs = 500;
    int maxBackoffMs = 8000;
    int maxRetryAfterMs = 60000;
    double jitterFraction = 0.25;

    // Injected so tests control time and randomness.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::function<double()> random; // in [0, 1); default: QRandomGenerator

    // nullopt: do not retry; otherwise wait that many milliseconds first.
    std::optional<int> delayBeforeRetry(const RetryContext &context) const;

    // The server-requested delay from retry-after-ms / Retry-After, capped; nullopt if none.
    std::optional<int> serverRequestedDelayMs(const RetryContext &context) const;
    // Exponential backoff with jitter for the given retry number (0-based).
    int backoffMs(int retriesDone) const;

    static bool isIdempotent(const QByteArray &method);
};
