#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "PATCH" ||
           method == "DELETE" || method == "OPTIONS";
}

namespace {

std::optional<QDateTime> parseHttpDate(const QByteArray &text)
{
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (the only form servers send today).
    const QString value = QString::fromLatin1(text).trimmed();
    QDateTime parsed =
        QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

} // namespace

std::optional<int> RetryPolicy::serverRequestedDelayMs(const RetryContext &context) const
{
    std::optional<double> delayMs;
    if (!context.retryAfterMs.isEmpty()) {
        bool ok = false;
        const double value = context.retryAfterMs.trimmed().toDouble(&ok);
        if (ok && value >= 0 && std::isfinite(value))
            delayMs = value;
    }
    if (!delayMs && !context.retryAfter.isEmpty()) {
        bool ok = false;
        const double seconds = context.retryAfter.trimmed().toDouble(&ok);
        if (ok && seconds >= 0 && std::isfinite(seconds)) {
            delayMs = seconds * 1000.0;
        } else if (const auto date = parseHttpDate(context.retryAfter)) {
            delayMs = std::max<qint64>(0, clock().msecsTo(*date));
        }
    }
    if (!delayMs)
        return std::nullopt;
    return static_cast<int>(std::min<double>(*delayMs, maxRetryAfterMs));
}

int RetryPolicy::backoffMs(int retriesDone) const
{
    const double exponential = initialBackoffMs * std::pow(2.0, std::clamp(retriesDone, 0, 30));
    const double capped = std::min<double>(exponential, maxBackoffMs);
    const double draw = random ? random() : QRandomGenerator::global()->generateDouble();
    return static_cast<int>(capped * (1.0 - jitterFraction * std::clamp(draw, 0.0, 1.0)));
}

std::optional<int> RetryPolicy::delayBeforeRetry(const RetryContext &context) const
{
    if (context.retriesDone >= maxRetries)
        return std::nullopt;

    const QByteArray shouldRetry = context.shouldRetry.trimmed().toLower();
    if (shouldRetry == "false")
        return std::nullopt;

    bool retry = false;
    // NOLINTNEXTLINE(bugprone-branch-clone): two reasons to retry, each with its comment
    if (shouldRetry == "true") {
        retry = true; // the server states explicitly that repeating is safe
    } else if (context.httpStatus == 429) {
        retry = true; // rate limiting rejects before doing anything, for every method
    } else if (isIdempotent(context.method) && !context.atMostOnce) {
        retry = context.httpStatus == 408 || context.httpStatus >= 500 || context.connectionError ||
                context.timedOut;
    } else {
        // POST and friends: only when the request provably never left this machine.
        retry = context.connectionError && !context.bytesSent && !context.timedOut;
    }
    if (!retry)
        return std::nullopt;

    if (const auto requested = serverRequestedDelayMs(context))
        return *requested;
    return backoffMs(context.retriesDone);
}
