#pragma once

#include <QString>
#include <QStringList>

// Field rules shared by the sandbox areas.
namespace SandboxValidation {

// "+" then 2 to 15 digits, the first not 0.
bool isE164(const QString &number);
// E.164 NANP toll-free: +1 then 800, 833, 844, 855, 866, 877 or 888, then 7 digits.
bool isTollFree(const QString &number);
// The toll-free area codes: 800, 833, 844, 855, 866, 877, 888 (the sandbox's one table).
const QStringList &tollFreePrefixes();
// An absolute http(s) URL with a host.
bool isWebUrl(const QString &text);
// An absolute https URL with a host.
bool isHttpsUrl(const QString &text);
bool isEmail(const QString &text);
// Full name of a US state, DC, a US territory or a Canadian province or territory.
bool isStateOrProvinceName(const QString &text);
// Every name isStateOrProvinceName() accepts: the US states, DC, the five inhabited US
// territories, the Canadian provinces and territories.
const QStringList &stateAndProvinceNames();
// A two-letter US or Canadian postal abbreviation such as "TX" or "ON".
bool isStateAbbreviation(const QString &text);
// US ZIP (12345 or 12345-6789) or Canadian postal code (K1A 0B1).
bool isPostalCode(const QString &text);
// ISO 3166-1 alpha-2, case-insensitive.
bool isIsoCountry(const QString &text);

const QStringList &messageVolumes();
const QStringList &useCases();
const QStringList &entityTypes();

} // namespace SandboxValidation
