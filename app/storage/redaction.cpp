#include "redaction.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Field names that carry credentials: api_key, apiKey, x-api-key, token, access_token,
// client_secret, password...
constexpr QLatin1StringView
    secretName("[A-Za-z0-9_.-]*(?:key|token|secret|password|passwd|credential)[A-Za-z0-9_.-]*");

// A value already masked is left alone so redact() is idempotent (the whitespace before it
// is matched possessively, or backtracking would let the look-ahead start at a space).
constexpr QLatin1StringView notMasked("(?!\\[REDACTED\\])");

struct Patterns
{
    const QRegularExpression::PatternOptions caseless =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption;

    // "Authorization: <anything>" to the end of the line (also Proxy-Authorization and a
    // JSON-quoted name).
    const QRegularExpression authorization{
        QStringLiteral("(authorization[\"']?\\s*+[:=]\\s*+)%1[^\\r\\n]+").arg(notMasked), caseless};
    const QRegularExpression bearer{
        QStringLiteral("(\\bbearer\\s++)%1[A-Za-z0-9._~+/=-]+").arg(notMasked), caseless};
    // "api_key": "value", 'token': 123
    const QRegularExpression quotedField{
        QStringLiteral(
            "([\"'])(%1)\\1(\\s*+:\\s*+)%2(?:\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^,}\\]\\s]+)")
            .arg(secretName, notMasked),
        caseless};
    // apiKey=value, token=value, x-api-key: value
    const QRegularExpression bareField{
        QStringLiteral(
            "(?<![A-Za-z0-9_.-])(%1)(\\s*+[:=]\\s*+)%2(?:\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|"
            "[^\\s&,;\"'<>)}\\]]+)")
            .arg(secretName, notMasked),
        caseless};
    const QRegularExpression telnyxKey{QStringLiteral("(?<![A-Za-z0-9])KEY[A-Za-z0-9_]{20,}")};
};

const Patterns &patterns()
{
    static const Patterns compiled;
    return compiled;
}

QMutex secretsMutex;
QStringList registeredSecrets; // longest first, so a secret containing another is masked whole

QStringList spellings(const QString &secret)
{
    QStringList forms{secret};
    const QString percentEncoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (percentEncoded != secret)
        forms.append(percentEncoded);
    return forms;
}

} // namespace

QString Redaction::redact(const QString &text)
{
    QString result = text;
    {
        QMutexLocker locker(&secretsMutex);
        for (const QString &secret : std::as_const(registeredSecrets))
            result.replace(secret, mask());
    }

    const Patterns &p = patterns();
    const QString maskText = mask();
    result.replace(p.authorization, u"\\1"_s + maskText);
    result.replace(p.bearer, u"\\1"_s + maskText);
    result.replace(p.quotedField, u"\\1\\2\\1\\3\""_s + maskText + u'"');
    result.replace(p.bareField, u"\\1\\2"_s + maskText);
    result.replace(p.telnyxKey, maskText);
    return result;
}

void Redaction::registerSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    QMutexLocker locker(&secretsMutex);
    for (const QString &form : spellings(secret)) {
        if (!registeredSecrets.contains(form))
            registeredSecrets.append(form);
    }
    std::stable_sort(registeredSecrets.begin(), registeredSecrets.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redaction::unregisterSecret(const QString &secret)
{
    QMutexLocker locker(&secretsMutex);
    for (const QString &form : spellings(secret))
        registeredSecrets.removeAll(form);
}

void Redaction::clearSecrets()
{
    QMutexLocker locker(&secretsMutex);
    registeredSecrets.clear();
}

int Redaction::registeredSecretCount()
{
    QMutexLocker locker(&secretsMutex);
    return int(registeredSecrets.size());
}
