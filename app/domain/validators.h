#pragma once

#include <QString>
#include <QStringList>

// Field validators for the console's forms. Each returns an empty QString when the value is
// acceptable, otherwise one plain-English sentence naming the first problem found, ready to
// show under the field. None of them throws or asserts, whatever the input.
namespace Validators {

// "+" then 1 to 15 digits, the first one not 0. No spaces or separators.
QString isE164(const QString &number);

// A US/Canadian toll-free number in E.164: +1 then 800, 833, 844, 855, 866, 877 or 888,
// then 7 digits.
QString tollFreeNumber(const QString &number);
// The one table of toll-free prefixes in the client (the sandbox keeps the same set).
QStringList tollFreePrefixes(); // "800", "833", ...
// The prefixes for a sentence: "800, 833, 844, 855, 866, 877 or 888".
QString tollFreePrefixList();

// Not a validator: turns what people type for a US/Canadian number into E.164.
// 10 digits (area code starting 2-9) or 1 + 10 digits, with any spaces, dashes, parentheses
// or dots, become "+1XXXXXXXXXX"; a valid E.164 number (separators removed) is returned as
// is; anything else gives an empty string.
QString normalizeUsNumber(const QString &text);

// An absolute http:// or https:// URL with a host.
QString httpUrl(const QString &text);
// As httpUrl, but only https:// is accepted.
QString httpsUrl(const QString &text);

// A plausible e-mail address: one "@", a local part, and a domain with a dot.
QString email(const QString &text);

// A two-letter ISO 3166-1 alpha-2 code from the built-in list; case-insensitive (the API
// upper-cases it).
QString isoCountryAlpha2(const QString &code);
QStringList isoCountryAlpha2Codes(); // the 249 assigned codes, upper case, sorted

// Not empty after trimming. fieldName, when given, is used in the message.
QString required(const QString &text, const QString &fieldName = {});

// The largest document the hosted-order upload accepts.
inline constexpr qint64 maxPdfSize = 5 * 1024 * 1024;

// A document for the hosted-order upload: the file exists, is readable, its content starts
// with "%PDF-" (the extension does not matter), it is at most 5 MB, and its name has none of
// # $ % & @. Checked in that order; the first problem is returned.
QString pdfFile(const QString &path);

} // namespace Validators
