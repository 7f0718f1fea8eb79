#include "sandbox/sandboxvalidation.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SandboxValidation {

namespace {

const QStringList &stateNames()
{
    static const QStringList names{
        u"Alabama"_s, u"Alaska"_s, u"Arizona"_s, u"Arkansas"_s, u"California"_s, u"Colorado"_s,
        u"Connecticut"_s, u"Delaware"_s, u"District of Columbia"_s, u"Florida"_s, u"Georgia"_s,
        u"Hawaii"_s, u"Idaho"_s, u"Illinois"_s, u"Indiana"_s, u"Iowa"_s, u"Kansas"_s, u"Kentucky"_s,
        u"Louisiana"_s, u"Maine"_s, u"Maryland"_s, u"Massachusetts"_s, u"Michigan"_s,
        u"Minnesota"_s, u"Mississippi"_s, u"Missouri"_s, u"Montana"_s, u"Nebraska"_s, u"Nevada"_s,
        u"New Hampshire"_s, u"New Jersey"_s, u"New Mexico"_s, u"New York"_s, u"North Carolina"_s,
        u"North Dakota"_s, u"Ohio"_s, u"Oklahoma"_s, u"Oregon"_s, u"Pennsylvania"_s,
        u"Rhode Island"_s, u"South Carolina"_s, u"South Dakota"_s, u"Tennessee"_s, u"Texas"_s,
        u"Utah"_s, u"Vermont"_s, u"Virginia"_s, u"Washington"_s, u"West Virginia"_s, u"Wisconsin"_s,
        u"Wyoming"_s, u"Puerto Rico"_s, u"Guam"_s, u"U.S. Virgin Islands"_s, u"American Samoa"_s,
        u"Northern Mariana Islands"_s,
        // Canada
        u"Alberta"_s, u"British Columbia"_s, u"Manitoba"_s, u"New Brunswick"_s,
        u"Newfoundland and Labrador"_s, u"Nova Scotia"_s, u"Ontario"_s, u"Prince Edward Island"_s,
        u"Quebec"_s, u"Saskatchewan"_s, u"Northwest Territories"_s, u"Nunavut"_s, u"Yukon"_s};
    return names;
}

const QSet<QString> &stateAbbreviations()
{
    static const QSet<QString> codes = [] {
        const QString all = u"AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA "
                            "MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX "
                            "UT VT VA WA WV WI WY PR GU VI AS MP AB BC MB NB NL NS ON PE QC SK "
                            "NT NU YT"_s;
        const QStringList list = all.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return codes;
}

const QSet<QString> &isoCountries()
{
    static const QSet<QString> codes = [] {
        const QString all =
            u"AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM "
            "BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX "
            "CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG "
            "GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR "
            "IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV "
            "LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE "
            "NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO "
            "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF "
            "TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF "
            "WS YE YT ZA ZM ZW"_s;
        const QStringList list = all.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return codes;
}

bool isAbsoluteUrl(const QString &text, bool httpsOnly)
{
    if (text.trimmed() != text || text.isEmpty())
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return httpsOnly ? scheme == u"https"_s : (scheme == u"https"_s || scheme == u"http"_s);
}

} // namespace

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(u"^\\+[1-9][0-9]{1,14}$"_s);
    return pattern.match(number).hasMatch();
}

const QStringList &tollFreePrefixes()
{
    static const QStringList prefixes{u"800"_s, u"833"_s, u"844"_s, u"855"_s,
                                      u"866"_s, u"877"_s, u"888"_s};
    return prefixes;
}

bool isTollFree(const QString &number)
{
    static const QRegularExpression pattern(u"^\\+1[0-9]{10}$"_s);
    return pattern.match(number).hasMatch() && tollFreePrefixes().contains(number.mid(2, 3));
}

bool isWebUrl(const QString &text)
{
    return isAbsoluteUrl(text, false);
}

bool isHttpsUrl(const QString &text)
{
    return isAbsoluteUrl(text, true);
}

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"_s);
    return pattern.match(text).hasMatch();
}

const QStringList &stateAndProvinceNames()
{
    return stateNames();
}

bool isStateOrProvinceName(const QString &text)
{
    return stateNames().contains(text);
}

bool isStateAbbreviation(const QString &text)
{
    return stateAbbreviations().contains(text.toUpper());
}

bool isPostalCode(const QString &text)
{
    static const QRegularExpression pattern(
        u"^([0-9]{5}(-[0-9]{4})?|[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9])$"_s);
    return pattern.match(text).hasMatch();
}

bool isIsoCountry(const QString &text)
{
    return text.size() == 2 && isoCountries().contains(text.toUpper());
}

const QStringList &messageVolumes()
{
    static const QStringList volumes{u"10"_s,        u"100"_s,       u"1,000"_s,      u"10,000"_s,
                                     u"100,000"_s,   u"250,000"_s,   u"500,000"_s,    u"750,000"_s,
                                     u"1,000,000"_s, u"5,000,000"_s, u"10,000,000+"_s};
    return volumes;
}

const QStringList &useCases()
{
    static const QStringList cases{u"2FA"_s,
                                   u"App Notifications"_s,
                                   u"Appointments"_s,
                                   u"Auctions"_s,
                                   u"Auto Repair Services"_s,
                                   u"Bank Transfers"_s,
                                   u"Billing"_s,
                                   u"Booking Confirmations"_s,
                                   u"Business Updates"_s,
                                   u"COVID-19 Alerts"_s,
                                   u"Career Training"_s,
                                   u"Chatbot"_s,
                                   u"Conversational / Alerts"_s,
                                   u"Courier Services & Deliveries"_s,
                                   u"Emergency Alerts"_s,
                                   u"Events & Planning"_s,
                                   u"Financial Services"_s,
                                   u"Fraud Alerts"_s,
                                   u"Fundraising"_s,
                                   u"General Marketing"_s,
                                   u"General School Updates"_s,
                                   u"HR / Staffing"_s,
                                   u"Healthcare Alerts"_s,
                                   u"Housing Community Updates"_s,
                                   u"Insurance Services"_s,
                                   u"Job Dispatch"_s,
                                   u"Legal Services"_s,
                                   u"Mixed"_s,
                                   u"Motivational Reminders"_s,
                                   u"Notary Notifications"_s,
                                   u"Order Notifications"_s,
                                   u"Political"_s,
                                   u"Public Works"_s,
                                   u"Real Estate Services"_s,
                                   u"Religious Services"_s,
                                   u"Repair and Diagnostics Alerts"_s,
                                   u"Rewards Program"_s,
                                   u"Surveys"_s,
                                   u"System Alerts"_s,
                                   u"Voting Reminders"_s,
                                   u"Waitlist Alerts"_s,
                                   u"Webinar Reminders"_s,
                                   u"Workshop Alerts"_s};
    return cases;
}

const QStringList &entityTypes()
{
    static const QStringList types{u"SOLE_PROPRIETOR"_s, u"PRIVATE_PROFIT"_s, u"PUBLIC_PROFIT"_s,
                                   u"NON_PROFIT"_s, u"GOVERNMENT"_s};
    return types;
}

} // namespace SandboxValidation
