#include "sandbox/sandboxtollfreevalidator.h"

#include "sandbox/sandboxvalidation.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SandboxTollFreeValidator {

namespace {

QString pointer(const QString &field)
{
    return QLatin1Char('/') + field;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// A required string: present, a string, not blank. Returns the value when usable.
bool requireString(const QJsonObject &body, const QString &field, SandboxErrors *errors,
                   QString *value)
{
    const QJsonValue raw = body.value(field);
    if (raw.isUndefined() || raw.isNull()) {
        errors->missing(pointer(field), field);
        return false;
    }
    if (!raw.isString()) {
        errors->invalid(pointer(field), u"%1 must be a string."_s.arg(field));
        return false;
    }
    if (raw.toString().trimmed().isEmpty()) {
        errors->missing(pointer(field), field);
        return false;
    }
    *value = raw.toString();
    return true;
}

void checkPhoneNumbers(const QJsonObject &body, SandboxErrors *errors)
{
    const QString field = u"phoneNumbers"_s;
    const QJsonValue raw = body.value(field);
    if (!raw.isArray()) {
        if (raw.isUndefined() || raw.isNull())
            errors->missing(pointer(field), field);
        else
            errors->invalid(pointer(field),
                            u"phoneNumbers must be a list of {\"phoneNumber\": \"+1...\"}."_s);
        return;
    }
    const QJsonArray list = raw.toArray();
    if (list.isEmpty()) {
        errors->add(SandboxErrors::MissingParameter, u"Missing required field"_s,
                    u"phoneNumbers must contain at least one toll-free number."_s, pointer(field));
        return;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemPointer = u"/phoneNumbers/%1"_s.arg(i);
        if (!list.at(i).isObject()) {
            errors->invalid(itemPointer, u"Each entry must be an object with a phoneNumber."_s);
            continue;
        }
        const QJsonValue number = list.at(i).toObject().value(u"phoneNumber"_s);
        const QString numberPointer = itemPointer + u"/phoneNumber"_s;
        if (number.isUndefined() || number.isNull() ||
            (number.isString() && number.toString().isEmpty())) {
            errors->missing(numberPointer, u"phoneNumber"_s);
        } else if (!number.isString() || !SandboxValidation::isE164(number.toString())) {
            errors->add(SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
                        u"%1 is not in E.164 format (+ then country code and number, digits "
                        "only, e.g. +18005550100)."_s.arg(quoted(number.toVariant().toString())),
                        numberPointer);
        } else if (!SandboxValidation::isTollFree(number.toString())) {
            errors->invalid(numberPointer,
                            u"%1 is not a toll-free number; toll-free numbers start with +1 "
                            "followed by 800, 833, 844, 855, 866, 877 or 888."_s.arg(
                                quoted(number.toString())));
        } else if (seen.contains(number.toString())) {
            errors->invalid(numberPointer,
                            u"%1 is listed more than once."_s.arg(quoted(number.toString())));
        } else {
            seen.insert(number.toString());
        }
    }
}

void checkImageUrls(const QJsonObject &body, SandboxErrors *errors)
{
    const QString field = u"optInWorkflowImageURLs"_s;
    const QJsonValue raw = body.value(field);
    if (!raw.isArray()) {
        if (raw.isUndefined() || raw.isNull())
            errors->missing(pointer(field), field);
        else
            errors->invalid(
                pointer(field),
                u"optInWorkflowImageURLs must be a list of {\"url\": \"https://...\"}."_s);
        return;
    }
    const QJsonArray list = raw.toArray();
    if (list.isEmpty()) {
        errors->add(SandboxErrors::MissingParameter, u"Missing required field"_s,
                    u"optInWorkflowImageURLs must contain at least one image URL."_s,
                    pointer(field));
        return;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemPointer = u"/optInWorkflowImageURLs/%1"_s.arg(i);
        if (!list.at(i).isObject()) {
            errors->invalid(itemPointer, u"Each entry must be an object with a url."_s);
            continue;
        }
        const QJsonValue url = list.at(i).toObject().value(u"url"_s);
        if (url.isUndefined() || url.isNull() || (url.isString() && url.toString().isEmpty()))
            errors->missing(itemPointer + u"/url"_s, u"url"_s);
        else if (!url.isString() || !SandboxValidation::isWebUrl(url.toString()))
            errors->invalid(
                itemPointer + u"/url"_s,
                u"%1 is not a full URL; include the scheme, e.g. "
                "https://example.com/opt-in.png."_s.arg(quoted(url.toVariant().toString())));
    }
}

} // namespace

const QStringList &requiredFields()
{
    static const QStringList fields{u"businessName"_s,
                                    u"corporateWebsite"_s,
                                    u"businessAddr1"_s,
                                    u"businessCity"_s,
                                    u"businessState"_s,
                                    u"businessZip"_s,
                                    u"businessContactFirstName"_s,
                                    u"businessContactLastName"_s,
                                    u"businessContactEmail"_s,
                                    u"businessContactPhone"_s,
                                    u"messageVolume"_s,
                                    u"phoneNumbers"_s,
                                    u"useCase"_s,
                                    u"useCaseSummary"_s,
                                    u"productionMessageContent"_s,
                                    u"optInWorkflow"_s,
                                    u"optInWorkflowImageURLs"_s,
                                    u"additionalInformation"_s};
    return fields;
}

const QStringList &optionalFields()
{
    static const QStringList fields{u"ageGatedContent"_s,
                                    u"businessAddr2"_s,
                                    u"businessRegistrationCountry"_s,
                                    u"businessRegistrationNumber"_s,
                                    u"businessRegistrationType"_s,
                                    u"campaignVerifyAuthorizationToken"_s,
                                    u"doingBusinessAs"_s,
                                    u"entityType"_s,
                                    u"helpMessageResponse"_s,
                                    u"isvReseller"_s,
                                    u"optInConfirmationResponse"_s,
                                    u"optInKeywords"_s,
                                    u"privacyPolicyURL"_s,
                                    u"termsAndConditionURL"_s,
                                    u"webhookUrl"_s};
    return fields;
}

SandboxErrors validate(const QJsonObject &body, QJsonObject *normalized)
{
    SandboxErrors errors;
    QString value;

    for (const QString &field : requiredFields()) {
        if (field == u"phoneNumbers"_s) {
            checkPhoneNumbers(body, &errors);
            continue;
        }
        if (field == u"optInWorkflowImageURLs"_s) {
            checkImageUrls(body, &errors);
            continue;
        }
        if (!requireString(body, field, &errors, &value))
            continue;
        if (field == u"corporateWebsite"_s && !SandboxValidation::isWebUrl(value)) {
            errors.invalid(
                pointer(field),
                u"%1 is not a full URL; include the scheme, e.g. https://example.com."_s.arg(
                    quoted(value)));
        } else if (field == u"businessState"_s &&
                   !SandboxValidation::isStateOrProvinceName(value)) {
            if (SandboxValidation::isStateAbbreviation(value))
                errors.invalid(pointer(field),
                               u"Use the full state or province name (for example 'Texas'), "
                               "not the abbreviation %1."_s.arg(quoted(value)));
            else
                errors.invalid(
                    pointer(field),
                    u"%1 is not the full name of a US state or Canadian province; "
                    "the first letter is capitalized, e.g. 'New York'."_s.arg(quoted(value)));
        } else if (field == u"businessZip"_s && !SandboxValidation::isPostalCode(value)) {
            errors.invalid(pointer(field), u"%1 is not a US ZIP code (12345 or 12345-6789) or a "
                                           "Canadian postal code (K1A 0B1)."_s.arg(quoted(value)));
        } else if (field == u"businessContactEmail"_s && !SandboxValidation::isEmail(value)) {
            errors.invalid(pointer(field), u"%1 is not an e-mail address."_s.arg(quoted(value)));
        } else if (field == u"businessContactPhone"_s && !SandboxValidation::isE164(value)) {
            errors.add(SandboxErrors::InvalidPhoneNumber, u"Invalid phone number"_s,
                       u"%1 is not in E.164 format (+ then country code and number, digits "
                       "only, e.g. +13125550100)."_s.arg(quoted(value)),
                       pointer(field));
        } else if (field == u"messageVolume"_s &&
                   !SandboxValidation::messageVolumes().contains(value)) {
            errors.invalid(pointer(field),
                           u"%1 is not a message volume; use one of: %2."_s.arg(
                               quoted(value), SandboxValidation::messageVolumes().join(u"; "_s)));
        } else if (field == u"useCase"_s && !SandboxValidation::useCases().contains(value)) {
            errors.invalid(pointer(field),
                           u"%1 is not a toll-free use case category (e.g. '2FA', "
                           "'Appointments', 'Order Notifications')."_s.arg(quoted(value)));
        }
    }

    for (const QString &field : optionalFields()) {
        const QJsonValue raw = body.value(field);
        if (raw.isUndefined() || raw.isNull())
            continue;
        if (field == u"ageGatedContent"_s) {
            if (!raw.isBool())
                errors.invalid(pointer(field), u"ageGatedContent must be true or false."_s);
            continue;
        }
        if (!raw.isString()) {
            errors.invalid(pointer(field), u"%1 must be a string or null."_s.arg(field));
            continue;
        }
        const QString text = raw.toString();
        if (text.isEmpty())
            continue;
        if (field == u"businessRegistrationCountry"_s && !SandboxValidation::isIsoCountry(text)) {
            errors.invalid(pointer(field),
                           u"%1 is not an ISO 3166-1 alpha-2 country code (two letters, e.g. "
                           "'US')."_s.arg(quoted(text)));
        } else if (field == u"entityType"_s && !SandboxValidation::entityTypes().contains(text)) {
            errors.invalid(pointer(field),
                           u"%1 is not an entity type; use one of: %2."_s.arg(
                               quoted(text), SandboxValidation::entityTypes().join(u", "_s)));
        } else if (field == u"webhookUrl"_s && !SandboxValidation::isWebUrl(text)) {
            errors.invalid(pointer(field), u"%1 is not a full URL; include the scheme, e.g. "
                                           "https://example.com/webhooks."_s.arg(quoted(text)));
        }
    }

    if (body.value(u"useCase"_s).toString() == u"Political"_s) {
        const QJsonValue token = body.value(u"campaignVerifyAuthorizationToken"_s);
        if (!token.isString() || token.toString().trimmed().isEmpty())
            errors.add(SandboxErrors::MissingParameter, u"Missing required field"_s,
                       u"campaignVerifyAuthorizationToken is required when useCase is "
                       "'Political'."_s,
                       u"/campaignVerifyAuthorizationToken"_s);
    }

    if (errors.isEmpty() && normalized) {
        QJsonObject result;
        for (const QString &field : requiredFields())
            result.insert(field, body.value(field));
        for (const QString &field : optionalFields()) {
            const QJsonValue raw = body.value(field);
            if (raw.isUndefined())
                continue;
            if (field == u"businessRegistrationCountry"_s && raw.isString())
                result.insert(field, raw.toString().toUpper());
            else
                result.insert(field, raw);
        }
        *normalized = result;
    }
    return errors;
}

} // namespace SandboxTollFreeValidator
