#include "domain/validators.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// The texts of this file, under the context Validators; lupdate reads the context from here.
struct ValidatorTexts
{
    Q_DECLARE_TR_FUNCTIONS(Validators)
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

constexpr qsizetype maxE164Digits = 15;

// ISO 3166-1 alpha-2, the officially assigned codes.
constexpr const char *countryCodes[] = {
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
};

constexpr const char *tollFreeAreaCodes[] = {"800", "833", "844", "855", "866", "877", "888"};

QString urlProblem(const QString &text, bool httpsOnly)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return ValidatorTexts::tr("Enter a URL.");
    }
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); })) {
        return ValidatorTexts::tr("A URL cannot contain spaces.");
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() || !trimmed.contains(u"://"_s)) {
        return httpsOnly ? ValidatorTexts::tr("The URL must start with https://.")
                         : ValidatorTexts::tr("The URL must start with http:// or https://.");
    }
    if (scheme != u"https"_s && (httpsOnly || scheme != u"http"_s)) {
        return httpsOnly ? ValidatorTexts::tr("The URL must use https://.")
                         : ValidatorTexts::tr("The URL must start with http:// or https://.");
    }
    if (!url.isValid()) {
        return ValidatorTexts::tr("This is not a valid URL.");
    }
    if (url.host().isEmpty()) {
        return ValidatorTexts::tr("The URL has no host name after the ://.");
    }
    return {};
}

bool isLocalPartChar(QChar c)
{
    if (c.unicode() > 0x7f) {
        return c.isLetterOrNumber(); // internationalised addresses
    }
    if (c.isLetterOrNumber()) {
        return true;
    }
    return QStringView(u"!#$%&'*+/=?^_`{|}~.-").contains(c);
}

bool isDomainLabel(QStringView label)
{
    constexpr qsizetype maxLabelLength = 63;
    if (label.isEmpty() || label.size() > maxLabelLength) {
        return false;
    }
    if (label.front() == u'-' || label.back() == u'-') {
        return false;
    }
    return std::all_of(label.begin(), label.end(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'-'; });
}

} // namespace

namespace Validators {

QString isE164(const QString &number)
{
    if (number.trimmed().isEmpty()) {
        return ValidatorTexts::tr("Enter a phone number.");
    }
    if (!number.startsWith(u'+')) {
        return ValidatorTexts::tr("The number must start with + and the country code, for example "
                                  "+13125550001.");
    }
    const QStringView digits = QStringView(number).mid(1);
    if (digits.isEmpty()) {
        return ValidatorTexts::tr("Enter the country code and number after the +.");
    }
    if (!allAsciiDigits(digits)) {
        return ValidatorTexts::tr(
            "Only digits may follow the +: remove spaces, dashes, dots and parentheses.");
    }
    if (digits.front() == u'0') {
        return ValidatorTexts::tr("A country code never starts with 0.");
    }
    if (digits.size() > maxE164Digits) {
        return ValidatorTexts::tr("The number is too long: E.164 numbers have at most 15 digits.");
    }
    return {};
}

QStringList tollFreePrefixes()
{
    QStringList prefixes;
    for (const char *code : tollFreeAreaCodes) {
        prefixes.append(QString::fromLatin1(code));
    }
    return prefixes;
}

QString tollFreePrefixList()
{
    QStringList prefixes = tollFreePrefixes();
    const QString last = prefixes.takeLast();
    return ValidatorTexts::tr("%1 or %2").arg(prefixes.join(u", "_s), last);
}

QString tollFreeNumber(const QString &number)
{
    if (const QString problem = isE164(number); !problem.isEmpty()) {
        return problem;
    }
    if (!number.startsWith(u"+1"_s)) {
        return ValidatorTexts::tr(
            "Toll-free numbers here are US or Canadian numbers, so they start with +1.");
    }
    constexpr qsizetype nanpLength = 12; // "+1" + 10 digits
    if (number.size() != nanpLength) {
        return ValidatorTexts::tr("A US or Canadian number has exactly 10 digits after +1.");
    }
    if (!tollFreePrefixes().contains(number.mid(2, 3))) {
        return ValidatorTexts::tr("This is not a toll-free number: after +1 it must start with %1.")
            .arg(tollFreePrefixList());
    }
    return {};
}

QString normalizeUsNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    constexpr qsizetype longestInput = 40;
    if (trimmed.isEmpty() || trimmed.size() > longestInput) {
        return {};
    }
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (!QStringView(u" -().").contains(c)) {
            return {};
        }
    }
    if (plus) {
        const QString candidate = u'+' + digits;
        return isE164(candidate).isEmpty() ? candidate : QString();
    }
    if (digits.size() == 11 && digits.front() == u'1') {
        digits.remove(0, 1);
    }
    if (digits.size() != 10 || digits.front() < u'2') {
        return {};
    }
    return u"+1"_s + digits;
}

QString httpUrl(const QString &text)
{
    return urlProblem(text, false);
}

QString httpsUrl(const QString &text)
{
    return urlProblem(text, true);
}

QString email(const QString &text)
{
    const QString address = text.trimmed();
    if (address.isEmpty()) {
        return ValidatorTexts::tr("Enter an e-mail address.");
    }
    constexpr qsizetype maxAddressLength = 254;
    constexpr qsizetype maxLocalLength = 64;
    if (address.size() > maxAddressLength) {
        return ValidatorTexts::tr("The e-mail address is too long.");
    }
    if (std::any_of(address.begin(), address.end(), [](QChar c) { return c.isSpace(); })) {
        return ValidatorTexts::tr("An e-mail address cannot contain spaces.");
    }
    if (address.count(u'@') != 1) {
        return ValidatorTexts::tr("An e-mail address has exactly one @, as in name@example.com.");
    }
    const qsizetype at = address.indexOf(u'@');
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (local.isEmpty()) {
        return ValidatorTexts::tr("Put the name before the @, as in name@example.com.");
    }
    if (local.size() > maxLocalLength ||
        !std::all_of(local.begin(), local.end(), isLocalPartChar) || local.front() == u'.' ||
        local.back() == u'.' || local.contains(u".."_s)) {
        return ValidatorTexts::tr(
            "The part before the @ contains characters an e-mail address cannot have.");
    }
    if (domain.isEmpty()) {
        return ValidatorTexts::tr("Put the domain after the @, as in name@example.com.");
    }
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2 || !std::all_of(labels.begin(), labels.end(), isDomainLabel)) {
        return ValidatorTexts::tr("The part after the @ must be a domain such as example.com.");
    }
    const QStringView topLevel = labels.back();
    if (topLevel.size() < 2 || allAsciiDigits(topLevel)) {
        return ValidatorTexts::tr(
            "The part after the @ must end with a real top-level domain such as .com.");
    }
    return {};
}

QStringList isoCountryAlpha2Codes()
{
    QStringList codes;
    codes.reserve(qsizetype(std::size(countryCodes)));
    for (const char *code : countryCodes) {
        codes.append(QString::fromLatin1(code));
    }
    return codes;
}

QString isoCountryAlpha2(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        return ValidatorTexts::tr("Enter a two-letter country code such as US.");
    }
    if (trimmed.size() != 2 || !std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) {
            return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        })) {
        return ValidatorTexts::tr("A country code is exactly two letters, such as US or CA.");
    }
    const QByteArray upper = trimmed.toUpper().toLatin1();
    const bool known = std::any_of(std::begin(countryCodes), std::end(countryCodes),
                                   [&upper](const char *entry) { return upper == entry; });
    if (!known) {
        return ValidatorTexts::tr("%1 is not an ISO 3166-1 country code.").arg(trimmed.toUpper());
    }
    return {};
}

QString required(const QString &text, const QString &fieldName)
{
    if (!text.trimmed().isEmpty()) {
        return {};
    }
    return fieldName.isEmpty() ? ValidatorTexts::tr("This field is required.")
                               : ValidatorTexts::tr("%1 is required.").arg(fieldName);
}

QString pdfFile(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        return ValidatorTexts::tr("Choose a PDF file.");
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return ValidatorTexts::tr("The file does not exist.");
    }
    if (info.isDir()) {
        return ValidatorTexts::tr("This is a folder, not a file.");
    }
    QFile file(path);
    if (!info.isReadable() || !file.open(QIODevice::ReadOnly)) {
        return ValidatorTexts::tr("The file cannot be read: check its permissions.");
    }
    const QByteArray magic = "%PDF-";
    const QByteArray head = file.read(magic.size());
    // Opening is not reading: a device or a broken disk can open and then fail every read.
    if (file.error() != QFileDevice::NoError) {
        return ValidatorTexts::tr(
                   "The file cannot be read (%1): copy it to a local folder and try again.")
            .arg(file.errorString());
    }
    if (head != magic) {
        return ValidatorTexts::tr("The file is not a PDF document.");
    }
    if (info.size() > maxPdfSize) {
        return ValidatorTexts::tr("The file is larger than 5 MB.");
    }
    const QString name = info.fileName();
    if (std::any_of(name.begin(), name.end(),
                    [](QChar c) { return QStringView(u"#$%&@").contains(c); })) {
        return ValidatorTexts::tr(
            "The file name cannot contain # $ % & or @: rename the file first.");
    }
    return {};
}

} // namespace Validators
