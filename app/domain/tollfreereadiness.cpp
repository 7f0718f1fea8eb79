#include "domain/tollfreereadiness.h"

#include "domain/validators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The texts of this file, under the context TollFreeReadiness; lupdate reads the context from here.
struct ReadinessTexts
{
    Q_DECLARE_TR_FUNCTIONS(TollFreeReadiness)
};

// --- Field table ---------------------------------------------------------------------------

struct FieldEntry
{
    const char *wire;
    const char *label;
    bool required;
};

// Form order: Business, Contact, Use case, Messages and opt-in, Phone numbers, Additional.
constexpr FieldEntry fieldTable[] = {
    {"businessName", QT_TRANSLATE_NOOP("TollFreeReadiness", "Legal business name"), true},
    {"doingBusinessAs", QT_TRANSLATE_NOOP("TollFreeReadiness", "Doing business as (DBA)"), false},
    {"entityType", QT_TRANSLATE_NOOP("TollFreeReadiness", "Entity type"), false},
    {"corporateWebsite", QT_TRANSLATE_NOOP("TollFreeReadiness", "Corporate website"), true},
    {"businessAddr1", QT_TRANSLATE_NOOP("TollFreeReadiness", "Address line 1"), true},
    {"businessAddr2", QT_TRANSLATE_NOOP("TollFreeReadiness", "Address line 2"), false},
    {"businessCity", QT_TRANSLATE_NOOP("TollFreeReadiness", "City"), true},
    {"businessState", QT_TRANSLATE_NOOP("TollFreeReadiness", "State or province"), true},
    {"businessZip", QT_TRANSLATE_NOOP("TollFreeReadiness", "ZIP or postal code"), true},
    {"businessRegistrationNumber", QT_TRANSLATE_NOOP("TollFreeReadiness", "Registration number"),
     false},
    {"businessRegistrationType", QT_TRANSLATE_NOOP("TollFreeReadiness", "Registration type"),
     false},
    {"businessRegistrationCountry", QT_TRANSLATE_NOOP("TollFreeReadiness", "Registration country"),
     false},
    {"businessContactFirstName", QT_TRANSLATE_NOOP("TollFreeReadiness", "Contact first name"),
     true},
    {"businessContactLastName", QT_TRANSLATE_NOOP("TollFreeReadiness", "Contact last name"), true},
    {"businessContactEmail", QT_TRANSLATE_NOOP("TollFreeReadiness", "Contact e-mail"), true},
    {"businessContactPhone", QT_TRANSLATE_NOOP("TollFreeReadiness", "Contact phone"), true},
    {"useCase", QT_TRANSLATE_NOOP("TollFreeReadiness", "Use case"), true},
    {"useCaseSummary", QT_TRANSLATE_NOOP("TollFreeReadiness", "Use case summary"), true},
    {"messageVolume", QT_TRANSLATE_NOOP("TollFreeReadiness", "Monthly message volume"), true},
    {"ageGatedContent", QT_TRANSLATE_NOOP("TollFreeReadiness", "Age-gated content"), false},
    {"isvReseller", QT_TRANSLATE_NOOP("TollFreeReadiness", "ISV or reseller"), false},
    {"campaignVerifyAuthorizationToken",
     QT_TRANSLATE_NOOP("TollFreeReadiness", "Campaign Verify token"), false},
    {"productionMessageContent", QT_TRANSLATE_NOOP("TollFreeReadiness", "Sample message"), true},
    {"optInWorkflow", QT_TRANSLATE_NOOP("TollFreeReadiness", "Opt-in workflow"), true},
    {"optInWorkflowImageURLs", QT_TRANSLATE_NOOP("TollFreeReadiness", "Opt-in screenshot URLs"),
     true},
    {"optInKeywords", QT_TRANSLATE_NOOP("TollFreeReadiness", "Opt-in keywords"), false},
    {"optInConfirmationResponse",
     QT_TRANSLATE_NOOP("TollFreeReadiness", "Opt-in confirmation message"), false},
    {"helpMessageResponse", QT_TRANSLATE_NOOP("TollFreeReadiness", "HELP response"), false},
    {"privacyPolicyURL", QT_TRANSLATE_NOOP("TollFreeReadiness", "Privacy policy URL"), false},
    {"termsAndConditionURL", QT_TRANSLATE_NOOP("TollFreeReadiness", "Terms and conditions URL"),
     false},
    {"phoneNumbers", QT_TRANSLATE_NOOP("TollFreeReadiness", "Toll-free numbers"), true},
    {"additionalInformation", QT_TRANSLATE_NOOP("TollFreeReadiness", "Additional information"),
     true},
    {"webhookUrl", QT_TRANSLATE_NOOP("TollFreeReadiness", "Webhook URL"), false},
};

const FieldEntry *findField(const QString &wire)
{
    const QByteArray latin = wire.toLatin1();
    for (const FieldEntry &entry : fieldTable) {
        if (latin == entry.wire)
            return &entry;
    }
    return nullptr;
}

// --- Text helpers --------------------------------------------------------------------------

// Lower-case words separated by single spaces, padded with a space on both sides, so that
// " opt in " matches whole words only.
QString wordsOf(const QString &text)
{
    QString words;
    words.reserve(text.size() + 2);
    words.append(u' ');
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            words.append(c.toLower());
        else if (!words.endsWith(u' '))
            words.append(u' ');
    }
    if (!words.endsWith(u' '))
        words.append(u' ');
    return words;
}

bool containsPhrase(const QString &words, const QString &phrase)
{
    const QString needle = wordsOf(phrase);
    return needle.size() > 2 && words.contains(needle);
}

bool containsAnyPhrase(const QString &words, std::initializer_list<const char *> phrases)
{
    return std::any_of(phrases.begin(), phrases.end(), [&words](const char *phrase) {
        return containsPhrase(words, QString::fromLatin1(phrase));
    });
}

// "Acme Dental, LLC [customer]" → "acme dental": the part of a name a message would repeat.
QString nameCore(const QString &name)
{
    static const QRegularExpression bracketed(u"\\[[^\\]]*\\]|\\([^)]*\\)"_s);
    QString words = wordsOf(QString(name).remove(bracketed)).trimmed();
    static const QStringList suffixes{u"llc"_s, u"l l c"_s,   u"inc"_s,  u"incorporated"_s,
                                      u"ltd"_s, u"limited"_s, u"corp"_s, u"corporation"_s,
                                      u"co"_s,  u"company"_s, u"plc"_s,  u"pllc"_s,
                                      u"llp"_s, u"lp"_s,      u"gmbh"_s, u"pc"_s};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString &suffix : suffixes) {
            if (words.size() > suffix.size() && words.endsWith(u' ' + suffix)) {
                words.chop(suffix.size() + 1);
                stripped = true;
            }
        }
    }
    return words;
}

// The name as people read it: without markers in brackets ("Acme [customer]" → "Acme").
QString displayName(const QString &name)
{
    static const QRegularExpression bracketed(u"\\[[^\\]]*\\]"_s);
    const QString shown = QString(name).remove(bracketed).simplified();
    return shown.isEmpty() ? name : shown;
}

bool mentionsName(const QString &messageWords, const QString &name)
{
    const QString core = nameCore(name);
    return !core.isEmpty() && messageWords.contains(u' ' + core + u' ');
}

QString hostOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed);
    return url.host().toLower();
}

QString withoutWww(const QString &host)
{
    return host.startsWith(u"www."_s) ? host.mid(4) : host;
}

bool hostIsOrUnder(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(u'.' + domain);
}

const QStringList &shortenerDomains()
{
    static const QStringList domains{
        u"bit.ly"_s,    u"bitly.com"_s,   u"tinyurl.com"_s, u"t.co"_s,    u"goo.gl"_s,
        u"ow.ly"_s,     u"is.gd"_s,       u"v.gd"_s,        u"buff.ly"_s, u"rebrand.ly"_s,
        u"cutt.ly"_s,   u"shorturl.at"_s, u"tiny.cc"_s,     u"rb.gy"_s,   u"t.ly"_s,
        u"bl.ink"_s,    u"s.id"_s,        u"lnkd.in"_s,     u"bit.do"_s,  u"adf.ly"_s,
        u"shorte.st"_s, u"soo.gd"_s,      u"clck.ru"_s,     u"trib.al"_s, u"dlvr.it"_s,
        u"qrco.de"_s,   u"x.co"_s,        u"po.st"_s,       u"tr.im"_s,   u"shorturl.com"_s};
    return domains;
}

bool isShortener(const QString &host)
{
    const QStringList &domains = shortenerDomains();
    return std::any_of(domains.begin(), domains.end(),
                       [&host](const QString &domain) { return hostIsOrUnder(host, domain); });
}

const QStringList &freeMailDomains()
{
    static const QStringList domains{
        u"gmail.com"_s,     u"googlemail.com"_s, u"yahoo.com"_s,      u"yahoo.ca"_s,
        u"yahoo.co.uk"_s,   u"ymail.com"_s,      u"rocketmail.com"_s, u"outlook.com"_s,
        u"hotmail.com"_s,   u"hotmail.co.uk"_s,  u"live.com"_s,       u"live.ca"_s,
        u"msn.com"_s,       u"aol.com"_s,        u"icloud.com"_s,     u"me.com"_s,
        u"mac.com"_s,       u"proton.me"_s,      u"protonmail.com"_s, u"pm.me"_s,
        u"gmx.com"_s,       u"gmx.net"_s,        u"mail.com"_s,       u"zoho.com"_s,
        u"yandex.com"_s,    u"yandex.ru"_s,      u"fastmail.com"_s,   u"tutanota.com"_s,
        u"hey.com"_s,       u"comcast.net"_s,    u"att.net"_s,        u"verizon.net"_s,
        u"sbcglobal.net"_s, u"rogers.com"_s,     u"shaw.ca"_s};
    return domains;
}

// Host names (with or without a scheme) mentioned in free text, e.g. a sample message.
QStringList hostsInText(const QString &text)
{
    static const QRegularExpression link(
        u"(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,})(?=[/:?#\\s]|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList hosts;
    QRegularExpressionMatchIterator matches = link.globalMatch(text);
    while (matches.hasNext())
        hosts.append(matches.next().captured(1).toLower());
    return hosts;
}

QString canonicalChoice(const QString &value, const QStringList &choices)
{
    for (const QString &choice : choices) {
        if (choice.compare(value, Qt::CaseInsensitive) == 0)
            return choice;
    }
    return value;
}

std::optional<QString> cleanOptional(const std::optional<QString> &value)
{
    if (!value)
        return std::nullopt;
    const QString trimmed = value->trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    return trimmed;
}

QString normalizedNumber(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    const QString normalized = Validators::normalizeUsNumber(trimmed);
    return normalized.isEmpty() ? trimmed : normalized;
}

QStringList cleanList(const QStringList &values, bool numbers)
{
    QStringList cleaned;
    for (const QString &value : values) {
        const QString item = numbers ? normalizedNumber(value) : value.trimmed();
        if (!item.isEmpty())
            cleaned.append(item);
    }
    return cleaned;
}

// The URL fields a reviewer opens, with the URL and the field it came from.
QList<std::pair<QString, QString>> urlFields(const TollFreeVerificationRequest &request)
{
    QList<std::pair<QString, QString>> urls;
    const auto add = [&urls](const char *field, const QString &value) {
        if (!value.trimmed().isEmpty())
            urls.append({QString::fromLatin1(field), value.trimmed()});
    };
    add("corporateWebsite", request.corporateWebsite);
    for (const QString &image : request.optInWorkflowImageURLs)
        add("optInWorkflowImageURLs", image);
    add("privacyPolicyURL", request.privacyPolicyURL.value_or(QString()));
    add("termsAndConditionURL", request.termsAndConditionURL.value_or(QString()));
    add("webhookUrl", request.webhookUrl.value_or(QString()));
    return urls;
}

ReadinessWarning warning(const char *field, const QString &message,
                         ReadinessWarning::Severity severity)
{
    return {QString::fromLatin1(field), message, severity};
}

bool additionalInformationJustifiesNumbers(const QString &text, qsizetype count)
{
    const QString words = wordsOf(text);
    if (words.contains(u' ' + QString::number(count) + u' '))
        return true;
    return containsAnyPhrase(
        words, {"number", "numbers", "line",     "lines",     "location",   "locations",
                "store",  "stores",  "branch",   "branches",  "department", "departments",
                "office", "offices", "region",   "regions",   "brand",      "brands",
                "client", "clients", "campaign", "campaigns", "throughput", "because"});
}

QString listEntryProblem(const QString &label, int position, const QString &value,
                         const QString &problem)
{
    return ReadinessTexts::tr("%1, entry %2 (%3): %4")
        .arg(label, QString::number(position), value, problem);
}

} // namespace

QString readinessSeverityLabel(ReadinessWarning::Severity severity)
{
    switch (severity) {
    case ReadinessWarning::Severity::Advice:
        return ReadinessTexts::tr("Advice");
    case ReadinessWarning::Severity::Warning:
        return ReadinessTexts::tr("Warning");
    case ReadinessWarning::Severity::LikelyRejection:
        return ReadinessTexts::tr("Likely rejection");
    }
    return {};
}

QStringList tollFreeFormFields()
{
    QStringList fields;
    for (const FieldEntry &entry : fieldTable)
        fields.append(QString::fromLatin1(entry.wire));
    return fields;
}

QString tollFreeFieldLabel(const QString &wireField)
{
    const FieldEntry *entry = findField(wireField);
    return entry ? ReadinessTexts::tr(entry->label) : wireField;
}

bool isTollFreeFieldRequired(const QString &wireField, const TollFreeVerificationRequest &request)
{
    if (wireField == u"campaignVerifyAuthorizationToken"_s)
        return request.useCase.trimmed().compare(u"Political"_s, Qt::CaseInsensitive) == 0;
    const FieldEntry *entry = findField(wireField);
    return entry && entry->required;
}

TollFreeVerificationRequest normalizedTollFreeRequest(const TollFreeVerificationRequest &typed)
{
    TollFreeVerificationRequest request = typed;
    request.raw = {};
    for (QString *text :
         {&request.businessName, &request.corporateWebsite, &request.businessAddr1,
          &request.businessCity, &request.businessZip, &request.businessContactFirstName,
          &request.businessContactLastName, &request.businessContactEmail, &request.useCaseSummary,
          &request.productionMessageContent, &request.optInWorkflow,
          &request.additionalInformation}) {
        *text = text->trimmed();
    }
    request.businessState = canonicalChoice(typed.businessState.trimmed(), stateAndProvinceNames());
    request.businessContactPhone = normalizedNumber(typed.businessContactPhone);
    request.messageVolume = canonicalChoice(typed.messageVolume.trimmed(), tfvMessageVolumes());
    request.useCase = canonicalChoice(typed.useCase.trimmed(), tfvUseCases());
    request.phoneNumbers = cleanList(typed.phoneNumbers, true);
    request.optInWorkflowImageURLs = cleanList(typed.optInWorkflowImageURLs, false);

    for (std::optional<QString> *text :
         {&request.businessAddr2, &request.businessRegistrationNumber,
          &request.businessRegistrationType, &request.campaignVerifyAuthorizationToken,
          &request.doingBusinessAs, &request.helpMessageResponse, &request.isvReseller,
          &request.optInConfirmationResponse, &request.optInKeywords, &request.privacyPolicyURL,
          &request.termsAndConditionURL, &request.webhookUrl}) {
        *text = cleanOptional(*text);
    }
    request.businessRegistrationCountry = cleanOptional(typed.businessRegistrationCountry);
    if (request.businessRegistrationCountry)
        request.businessRegistrationCountry = request.businessRegistrationCountry->toUpper();
    request.entityType = cleanOptional(typed.entityType);
    if (request.entityType)
        request.entityType = canonicalChoice(*request.entityType, tfvEntityTypes());
    return request;
}

QString tollFreeFieldProblem(const QString &wireField, const TollFreeVerificationRequest &request)
{
    const FieldEntry *entry = findField(wireField);
    if (!entry)
        return {};
    const QString label = ReadinessTexts::tr(entry->label);
    const auto withLabel = [&label](const QString &problem) {
        return problem.isEmpty() ? QString() : ReadinessTexts::tr("%1: %2").arg(label, problem);
    };
    const auto requiredText = [&](const QString &value) -> QString {
        return value.trimmed().isEmpty() ? ReadinessTexts::tr("%1 is required.").arg(label)
                                         : QString();
    };
    const auto choice = [&](const QString &value, const QStringList &choices,
                            const QString &hint) -> QString {
        if (value.trimmed().isEmpty())
            return ReadinessTexts::tr("%1 is required.").arg(label);
        if (!choices.contains(value.trimmed(), Qt::CaseInsensitive))
            return ReadinessTexts::tr("%1: \"%2\" is not one of the accepted values. %3")
                .arg(label, value.trimmed(), hint);
        return {};
    };
    const auto optionalUrl = [&](const std::optional<QString> &value) -> QString {
        if (!value || value->trimmed().isEmpty())
            return {};
        return withLabel(Validators::httpUrl(*value));
    };
    const QString field = QString::fromLatin1(entry->wire);

    if (field == u"corporateWebsite"_s) {
        if (const QString missing = requiredText(request.corporateWebsite); !missing.isEmpty())
            return missing;
        return withLabel(Validators::httpUrl(request.corporateWebsite));
    }
    if (field == u"businessState"_s) {
        const QString state = request.businessState.trimmed();
        if (state.size() == 2 && !stateAndProvinceNames().contains(state, Qt::CaseInsensitive))
            return ReadinessTexts::tr("%1: write the full name (for example Texas, not TX).")
                .arg(label);
        return choice(
            state, stateAndProvinceNames(),
            ReadinessTexts::tr("Choose a US state or a Canadian province from the list."));
    }
    if (field == u"businessContactEmail"_s) {
        if (const QString missing = requiredText(request.businessContactEmail); !missing.isEmpty())
            return missing;
        return withLabel(Validators::email(request.businessContactEmail));
    }
    if (field == u"businessContactPhone"_s) {
        if (const QString missing = requiredText(request.businessContactPhone); !missing.isEmpty())
            return missing;
        return withLabel(Validators::isE164(normalizedNumber(request.businessContactPhone)));
    }
    if (field == u"messageVolume"_s)
        return choice(request.messageVolume, tfvMessageVolumes(),
                      ReadinessTexts::tr("Choose a volume from the list."));
    if (field == u"useCase"_s)
        return choice(request.useCase, tfvUseCases(),
                      ReadinessTexts::tr("Choose a use case from the list."));
    if (field == u"entityType"_s) {
        if (!request.entityType || request.entityType->trimmed().isEmpty())
            return {};
        return choice(*request.entityType, tfvEntityTypes(),
                      ReadinessTexts::tr("Use one of %1.").arg(tfvEntityTypes().join(u", "_s)));
    }
    if (field == u"businessRegistrationCountry"_s) {
        const QString country = request.businessRegistrationCountry.value_or(QString());
        return country.trimmed().isEmpty() ? QString()
                                           : withLabel(Validators::isoCountryAlpha2(country));
    }
    if (field == u"campaignVerifyAuthorizationToken"_s) {
        if (!isTollFreeFieldRequired(field, request))
            return {};
        return request.campaignVerifyAuthorizationToken.value_or(QString()).trimmed().isEmpty()
                   ? ReadinessTexts::tr("%1 is required for the Political use case.").arg(label)
                   : QString();
    }
    if (field == u"phoneNumbers"_s) {
        const QStringList numbers = cleanList(request.phoneNumbers, true);
        if (numbers.isEmpty())
            return ReadinessTexts::tr("%1: add at least one toll-free number.").arg(label);
        QSet<QString> seen;
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            const QString &number = numbers.at(i);
            if (const QString problem = Validators::tollFreeNumber(number); !problem.isEmpty())
                return listEntryProblem(label, int(i + 1), number, problem);
            if (seen.contains(number))
                return listEntryProblem(label, int(i + 1), number,
                                        ReadinessTexts::tr("listed twice."));
            seen.insert(number);
        }
        return {};
    }
    if (field == u"optInWorkflowImageURLs"_s) {
        const QStringList urls = cleanList(request.optInWorkflowImageURLs, false);
        if (urls.isEmpty())
            return ReadinessTexts::tr("%1: add at least one link to a screenshot of the opt-in.")
                .arg(label);
        for (qsizetype i = 0; i < urls.size(); ++i) {
            if (const QString problem = Validators::httpUrl(urls.at(i)); !problem.isEmpty())
                return listEntryProblem(label, int(i + 1), urls.at(i), problem);
        }
        return {};
    }
    if (field == u"privacyPolicyURL"_s)
        return optionalUrl(request.privacyPolicyURL);
    if (field == u"termsAndConditionURL"_s)
        return optionalUrl(request.termsAndConditionURL);
    if (field == u"webhookUrl"_s)
        return optionalUrl(request.webhookUrl);

    // Plain text: only the required ones can be wrong, by being empty.
    if (!entry->required)
        return {};
    const QJsonObject body = request.toJson();
    return requiredText(body.value(field).toString());
}

QList<std::pair<QString, QString>> tollFreeFieldProblems(const TollFreeVerificationRequest &request)
{
    QList<std::pair<QString, QString>> problems;
    for (const FieldEntry &entry : fieldTable) {
        const QString field = QString::fromLatin1(entry.wire);
        if (const QString problem = tollFreeFieldProblem(field, request); !problem.isEmpty())
            problems.append({field, problem});
    }
    return problems;
}

QList<ReadinessWarning> tollFreeReadiness(const TollFreeVerificationRequest &typed)
{
    using Severity = ReadinessWarning::Severity;
    const TollFreeVerificationRequest request = normalizedTollFreeRequest(typed);
    QList<ReadinessWarning> warnings;

    // Registration details: the API takes them as optional until 2026.
    if (!request.businessRegistrationNumber)
        warnings.append(
            warning("businessRegistrationNumber",
                    ReadinessTexts::tr("No business registration number (for example the EIN). It "
                                       "is required for new submissions from 2026."),
                    Severity::Warning));
    if (!request.businessRegistrationType)
        warnings.append(
            warning("businessRegistrationType",
                    ReadinessTexts::tr("No registration type (for example EIN). It is required for "
                                       "new submissions from 2026."),
                    Severity::Warning));
    if (!request.businessRegistrationCountry)
        warnings.append(
            warning("businessRegistrationCountry",
                    ReadinessTexts::tr("No registration country (for example US). It is required "
                                       "for new submissions from 2026."),
                    Severity::Warning));

    // Contact: reviewers want a reachable person at the business itself.
    const QString email = request.businessContactEmail.toLower();
    const QString emailDomain = email.section(u'@', 1);
    const QString websiteHost = withoutWww(hostOf(request.corporateWebsite));
    if (!emailDomain.isEmpty() && Validators::email(email).isEmpty()) {
        if (freeMailDomains().contains(emailDomain)) {
            warnings.append(
                warning("businessContactEmail",
                        ReadinessTexts::tr("The contact e-mail is a free-mail address (%1). Use an "
                                           "address at the business's own domain.")
                            .arg(emailDomain),
                        Severity::Warning));
        } else if (!websiteHost.isEmpty() && !hostIsOrUnder(emailDomain, websiteHost) &&
                   !hostIsOrUnder(websiteHost, emailDomain)) {
            warnings.append(
                warning("businessContactEmail",
                        ReadinessTexts::tr("The contact e-mail domain (%1) is not the website's "
                                           "(%2). Reviewers look for an address at the business's "
                                           "own domain.")
                            .arg(emailDomain, websiteHost),
                        Severity::Advice));
        }
    }
    if (!request.businessContactPhone.isEmpty() &&
        request.phoneNumbers.contains(request.businessContactPhone)) {
        warnings.append(
            warning("businessContactPhone",
                    ReadinessTexts::tr("The contact phone %1 is one of the toll-free numbers being "
                                       "verified. Give a number where a person at the business "
                                       "answers.")
                        .arg(request.businessContactPhone),
                    Severity::Warning));
    }

    // Use case.
    if (request.useCase == u"Political"_s && !request.campaignVerifyAuthorizationToken) {
        warnings.append(warning("campaignVerifyAuthorizationToken",
                                ReadinessTexts::tr("The Political use case needs a Campaign Verify "
                                                   "authorization token."),
                                Severity::LikelyRejection));
    }

    // Sample message.
    if (!request.productionMessageContent.isEmpty()) {
        const QString words = wordsOf(request.productionMessageContent);
        const bool named = mentionsName(words, request.businessName) ||
                           mentionsName(words, request.doingBusinessAs.value_or(QString()));
        if (!named && !request.businessName.isEmpty()) {
            warnings.append(warning(
                "productionMessageContent",
                ReadinessTexts::tr("The sample message does not name the business. Start it "
                                   "with the name people know, e.g. \"%1: ...\".")
                    .arg(request.doingBusinessAs.value_or(displayName(request.businessName))),
                Severity::Warning));
        }
        if (!containsAnyPhrase(
                words, {"stop", "stopall", "unsubscribe", "opt out", "optout", "cancel", "quit"})) {
            warnings.append(
                warning("productionMessageContent",
                        ReadinessTexts::tr("The sample message has no opt-out wording. Add e.g. "
                                           "\"Reply STOP to opt out.\""),
                        Severity::Warning));
        }
        const QStringList hosts = hostsInText(request.productionMessageContent);
        for (const QString &host : hosts) {
            if (isShortener(host)) {
                warnings.append(
                    warning("productionMessageContent",
                            ReadinessTexts::tr("The sample message uses the public link shortener "
                                               "%1. Use full links or a shortener on your own "
                                               "domain.")
                                .arg(host),
                            Severity::LikelyRejection));
                break;
            }
        }
    }

    // Opt-in.
    if (!request.optInWorkflow.isEmpty()) {
        const QString words = wordsOf(request.optInWorkflow);
        const bool describesConsent = containsAnyPhrase(
            words, {"consent",   "consents",  "consented", "opt in",     "opts in",    "opted in",
                    "optin",     "checkbox",  "check box", "checkboxes", "tick",       "ticks",
                    "ticked",    "checked",   "checks",    "keyword",    "keywords",   "text",
                    "texts",     "texting",   "texted",    "sms",        "sign up",    "signs up",
                    "signed up", "signup",    "subscribe", "subscribes", "subscribed", "form",
                    "forms",     "agree",     "agrees",    "agreed",     "enroll",     "enrolls",
                    "enrolled",  "enrol",     "register",  "registers",  "registered", "verbal",
                    "verbally",  "permission"});
        if (!describesConsent) {
            warnings.append(
                warning("optInWorkflow",
                        ReadinessTexts::tr("The opt-in workflow does not say how consent is "
                                           "collected. Describe the step where people agree to "
                                           "receive messages: a checkbox on a form, a keyword "
                                           "they text, a sign-up page."),
                        Severity::LikelyRejection));
        }
    }
    if (!request.privacyPolicyURL) {
        warnings.append(
            warning("privacyPolicyURL",
                    ReadinessTexts::tr("No privacy policy URL. Reviewers check that the policy "
                                       "says mobile numbers are not shared or sold."),
                    Severity::Warning));
    }

    // URLs: public shorteners hide the destination; plain http looks unmaintained.
    for (const auto &[field, url] : urlFields(request)) {
        const QString host = hostOf(url);
        const QString fieldLabel = tollFreeFieldLabel(field);
        if (isShortener(host)) {
            warnings.append(
                {field,
                 ReadinessTexts::tr("%1 uses the public link shortener %2. Give the full link.")
                     .arg(fieldLabel, host),
                 Severity::LikelyRejection});
        } else if (QUrl(url).scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0) {
            warnings.append({field,
                             ReadinessTexts::tr("%1 uses http:// (%2). Use an https:// address.")
                                 .arg(fieldLabel, url),
                             Severity::Warning});
        }
    }

    // Numbers: more than five for one business needs a reason.
    constexpr qsizetype numbersWithoutJustification = 5;
    if (request.phoneNumbers.size() > numbersWithoutJustification &&
        !additionalInformationJustifiesNumbers(request.additionalInformation,
                                               request.phoneNumbers.size())) {
        warnings.append(
            warning("additionalInformation",
                    ReadinessTexts::tr("%1 numbers are listed. Say in Additional information why "
                                       "this business needs more than five (for example one per "
                                       "store or department).")
                        .arg(request.phoneNumbers.size()),
                    Severity::Warning));
    }

    // Form order, so the list reads like the wizard.
    const QStringList order = tollFreeFormFields();
    std::stable_sort(warnings.begin(), warnings.end(),
                     [&order](const ReadinessWarning &a, const ReadinessWarning &b) {
                         return order.indexOf(a.fieldName) < order.indexOf(b.fieldName);
                     });
    return warnings;
}

TollFreeFieldPointer tollFreeFieldFromPointer(const QString &pointer)
{
    // JSON pointer: "/field" or "/field/<index>/<member>"; ~1 and ~0 escapes are not needed
    // for these names.
    const QStringList parts = pointer.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || !findField(parts.first()))
        return {};
    TollFreeFieldPointer target{parts.first(), -1};
    if (parts.size() >= 2) {
        bool ok = false;
        const int index = parts.at(1).toInt(&ok);
        if (ok && index >= 0)
            target.index = index;
    }
    return target;
}
