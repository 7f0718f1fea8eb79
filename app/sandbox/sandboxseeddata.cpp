#include "sandbox/sandboxseeddata.h"

#include "sandbox/sandboxvalidation.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SandboxSeedData {

namespace {

// A kind of business, with the texts a real submission of that kind would carry.
// %1 is the business name, %2 the website.
struct BusinessKind
{
    const char *noun;
    const char *useCase;
    const char *summary;
    const char *sample;
    const char *optIn;
    const char *entityType;
};

const BusinessKind kinds[] = {
    {"Dental", "Appointments",
     "Appointment reminders and confirmations for patients of the practice, sent the day "
     "before each visit.",
     "%1: Hi Dana, your cleaning is tomorrow at 10:30 AM. Reply C to confirm or R to "
     "reschedule. Reply STOP to opt out.",
     "Patients tick an optional SMS consent box on the new-patient intake form at the front "
     "desk or on the online booking page at %2/book, which states message frequency and that "
     "rates may apply.",
     "PRIVATE_PROFIT"},
    {"Auto Repair", "Auto Repair Services",
     "Repair status updates and pickup notices for customers who left a vehicle at the shop.",
     "%1: Your 2019 Civic is ready for pickup. Total due $245.80. We close at 6 PM. Reply "
     "STOP to opt out.",
     "Customers give their mobile number at drop-off and sign the work order, which has a "
     "checkbox to receive repair updates by text.",
     "PRIVATE_PROFIT"},
    {"Realty", "Real Estate Services",
     "Showing confirmations and new-listing alerts for buyers working with our agents.",
     "%1: Your showing at 412 Oak Lane is confirmed for Sat 11:00 AM with Jordan. Reply STOP "
     "to opt out.",
     "Buyers sign up for listing alerts on %2/alerts and check a consent box that describes "
     "the messages; a confirmation text is sent before any alert.",
     "PRIVATE_PROFIT"},
    {"Credit Union", "Fraud Alerts",
     "Card fraud alerts asking members to confirm or deny unusual transactions.",
     "%1: Did you attempt a $612.40 purchase at ELECTROMART on card ending 4421? Reply YES or "
     "NO. Reply STOP to opt out.",
     "Members enroll in text alerts in online banking under Settings > Alerts and confirm by "
     "replying YES to the first message.",
     "NON_PROFIT"},
    {"Pharmacy", "Healthcare Alerts",
     "Prescription ready-for-pickup and refill reminders for pharmacy customers.",
     "%1: Your prescription is ready for pickup at our Main St location. Reply STOP to opt "
     "out, HELP for help.",
     "Customers opt in at the pharmacy counter on the signature pad or in the app under "
     "Notifications, which shows the program terms.",
     "PRIVATE_PROFIT"},
    {"Fitness", "Rewards Program",
     "Points balance and reward notifications for members of our loyalty program.",
     "%1: You have 1,250 points - enough for a free smoothie! Show this text at the front "
     "desk. Reply STOP to opt out.",
     "Members join the rewards program at %2/rewards and tick a separate, unchecked box to "
     "receive rewards by text.",
     "PRIVATE_PROFIT"},
    {"Veterinary Clinic", "Appointments",
     "Vaccination reminders and appointment confirmations for pet owners.",
     "%1: Max is due for his rabies booster. Book at %2/book or call us. Reply STOP to opt "
     "out.",
     "Pet owners consent on the registration form (paper or online) with a dedicated SMS "
     "checkbox that is not pre-selected.",
     "PRIVATE_PROFIT"},
    {"Logistics", "Courier Services & Deliveries",
     "Delivery window and proof-of-delivery notifications for parcel recipients.",
     "%1: Your package 1Z84X arrives today between 2-4 PM. Track: %2/t/84X. Reply STOP to "
     "opt out.",
     "Recipients choose text updates on the tracking page and enter their number; the page "
     "states message frequency and how to opt out.",
     "PRIVATE_PROFIT"},
    {"Insurance", "Insurance Services",
     "Policy renewal reminders and claim status updates for policyholders.",
     "%1: Your auto policy renews on 06/01. Review your options at %2/renew. Reply STOP to "
     "opt out.",
     "Policyholders opt in when buying a policy online or by phone; agents read the consent "
     "script and the customer confirms by replying YES.",
     "PRIVATE_PROFIT"},
    {"Bakery", "Order Notifications",
     "Order confirmation and ready-for-pickup messages for online cake and pastry orders.",
     "%1: Order #5521 is ready! Pick up at the counter before 7 PM. Reply STOP to opt out.",
     "At checkout on %2 customers may tick 'Text me order updates'; the box is unchecked by "
     "default.",
     "SOLE_PROPRIETOR"},
    {"Plumbing", "Job Dispatch",
     "Technician dispatch and arrival-window messages for service appointments.",
     "%1: Your technician Luis is on the way and will arrive in about 25 minutes. Reply STOP "
     "to opt out.",
     "Customers agree to text updates when booking a visit by phone or at %2/service, and get "
     "a confirmation text with opt-out instructions.",
     "PRIVATE_PROFIT"},
    {"Law Group", "Legal Services",
     "Court date reminders and document-ready notices for existing clients.",
     "%1: Reminder - your hearing is Tue 9:00 AM, Courtroom 4B. Call us with questions. Reply "
     "STOP to opt out.",
     "Clients consent in the engagement letter, which has a separate signed section for text "
     "reminders.",
     "PRIVATE_PROFIT"},
    {"Charter School", "General School Updates",
     "Closure alerts, event reminders and attendance notices for parents and guardians.",
     "%1: School is closed Monday for the holiday. Classes resume Tuesday. Reply STOP to opt "
     "out.",
     "Parents opt in on the enrollment form and can update the choice in the parent portal.",
     "NON_PROFIT"},
    {"Community Church", "Religious Services",
     "Service times, volunteer reminders and event updates for registered members.",
     "%1: Volunteer reminder - food drive setup Saturday at 8 AM. Thank you! Reply STOP to opt "
     "out.",
     "Members text JOIN to the number shown in the weekly bulletin and confirm with YES.",
     "NON_PROFIT"},
    {"Staffing", "HR / Staffing",
     "Shift offers and interview scheduling messages for registered job seekers.",
     "%1: New shift available - Warehouse, Thu 7 AM-3 PM, $19/hr. Reply 1 to accept. Reply "
     "STOP to opt out.",
     "Candidates create a profile at %2/jobs and check a box to receive job offers by text.",
     "PRIVATE_PROFIT"},
    {"Software", "2FA",
     "One-time passcodes for sign-in and account recovery of our web application.",
     "%1: Your verification code is 482913. It expires in 10 minutes. Do not share it.",
     "Users enter their mobile number on the security settings page and confirm it with a "
     "first code; the page explains that codes are sent only on request.",
     "PUBLIC_PROFIT"},
    {"Events", "Events & Planning", "Ticket confirmations and day-of event updates for attendees.",
     "%1: Doors open at 6:30 PM tonight. Your tickets are in your account. Reply STOP to opt "
     "out.",
     "Attendees tick 'Send me event updates by text' when buying tickets on %2.", "PRIVATE_PROFIT"},
    {"Property Management", "Housing Community Updates",
     "Maintenance notices and community announcements for residents.",
     "%1: Water will be shut off in Building C on Wed 9 AM-noon for repairs. Reply STOP to "
     "opt out.",
     "Residents opt in through the resident portal, with the consent language shown next to "
     "the phone number field.",
     "PRIVATE_PROFIT"},
    {"Coffee Roasters", "General Marketing",
     "Weekly offers and new-roast announcements for subscribers.",
     "%1: This week only - 20% off our Ethiopia Guji beans with code GUJI20. Reply STOP to "
     "opt out.",
     "Customers text COFFEE to our number or sign up at %2/text; a double opt-in confirmation "
     "is sent.",
     "SOLE_PROPRIETOR"},
    {"Medical Group", "Healthcare Alerts",
     "Lab-result-ready notices and appointment reminders for patients.",
     "%1: A new message is waiting in your patient portal. Log in at %2/portal. Reply STOP to "
     "opt out.",
     "Patients opt in at check-in on the tablet form, which shows the full SMS terms.",
     "PRIVATE_PROFIT"},
    {"Bank", "Bank Transfers",
     "Confirmations of outgoing transfers and low-balance alerts for account holders.",
     "%1: A transfer of $1,200.00 to J. Smith was sent from account ending 0193. Not you? "
     "Call us.",
     "Customers enable text alerts in the mobile app and confirm the number with a code.",
     "PUBLIC_PROFIT"},
    {"Campaign Committee", "Political",
     "Volunteer coordination and polling-place reminders for supporters who signed up.",
     "%1: Polls are open 7 AM-8 PM today. Find your polling place at %2/vote. Reply STOP to "
     "opt out.",
     "Supporters sign up at %2/join and check a consent box; a confirmation text with opt-out "
     "instructions follows.",
     "NON_PROFIT"},
    {"Utilities", "Public Works",
     "Outage notifications and service restoration updates for residents.",
     "%1: Power has been restored in your area. Report outages at %2/outage. Reply STOP to "
     "opt out.",
     "Account holders enroll in outage alerts in their online account and confirm by text.",
     "GOVERNMENT"},
    {"Home Services", "Booking Confirmations",
     "Booking confirmations and reminders for cleaning appointments.",
     "%1: Your home cleaning is booked for Fri 1:00 PM. Reply C to confirm. Reply STOP to opt "
     "out.",
     "Customers agree to text confirmations when booking at %2/book; the checkbox is optional.",
     "PRIVATE_PROFIT"},
};
constexpr int kindCount = int(sizeof(kinds) / sizeof(kinds[0]));

const QStringList &namePrefixes()
{
    static const QStringList prefixes{
        u"Northwind"_s,   u"Bluebird"_s,     u"Cedar Ridge"_s,  u"Summit"_s,
        u"Harborview"_s,  u"Pinecrest"_s,    u"Lakeside"_s,     u"Redwood"_s,
        u"Silver Oak"_s,  u"Evergreen"_s,    u"Brightpath"_s,   u"Copper Canyon"_s,
        u"Golden Gate"_s, u"Maple Leaf"_s,   u"Riverbend"_s,    u"Stonebridge"_s,
        u"Sunrise"_s,     u"Tidewater"_s,    u"Willow Creek"_s, u"Highland"_s,
        u"Ironwood"_s,    u"Keystone"_s,     u"Liberty"_s,      u"Meridian"_s,
        u"Oakmont"_s,     u"Pioneer"_s,      u"Quarry Hill"_s,  u"Sagebrush"_s,
        u"Trailhead"_s,   u"Union Square"_s, u"Vista"_s,        u"Westfield"_s,
        u"Aspen"_s,       u"Beacon"_s,       u"Coastal"_s,      u"Driftwood"_s,
        u"Elm Street"_s,  u"Foxglove"_s,     u"Granite"_s,      u"Horizon"_s,
        u"Juniper"_s,     u"Kingfisher"_s,   u"Lighthouse"_s,   u"Mountain View"_s,
        u"Nightingale"_s, u"Orchard"_s,      u"Prairie"_s,      u"Red Rock"_s};
    return prefixes;
}

const QStringList &nameSuffixes()
{
    static const QStringList suffixes{u""_s,       u" LLC"_s, u" Inc."_s, u" Co."_s,
                                      u" Group"_s, u""_s,     u" LLC"_s};
    return suffixes;
}

const QStringList &firstNames()
{
    static const QStringList names{u"Maria"_s,  u"James"_s,  u"Aisha"_s,  u"Robert"_s,  u"Chen"_s,
                                   u"Olivia"_s, u"Daniel"_s, u"Priya"_s,  u"Michael"_s, u"Sofia"_s,
                                   u"David"_s,  u"Fatima"_s, u"Kevin"_s,  u"Emma"_s,    u"Luis"_s,
                                   u"Grace"_s,  u"Ahmed"_s,  u"Hannah"_s, u"Tyrone"_s,  u"Mei"_s,
                                   u"Carlos"_s, u"Rachel"_s, u"Ivan"_s,   u"Nora"_s,    u"Samuel"_s,
                                   u"Leila"_s,  u"Marcus"_s, u"Julia"_s,  u"Owen"_s,    u"Yuki"_s};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{
        u"Garcia"_s,  u"Johnson"_s, u"Okafor"_s,   u"Smith"_s,   u"Wang"_s,    u"Brown"_s,
        u"Miller"_s,  u"Patel"_s,   u"Davis"_s,    u"Rossi"_s,   u"Wilson"_s,  u"Haddad"_s,
        u"Nguyen"_s,  u"Taylor"_s,  u"Martinez"_s, u"Kim"_s,     u"Hassan"_s,  u"Clark"_s,
        u"Jackson"_s, u"Lin"_s,     u"Lopez"_s,    u"Cohen"_s,   u"Petrov"_s,  u"Murphy"_s,
        u"Adams"_s,   u"Karimi"_s,  u"Reed"_s,     u"Schmidt"_s, u"Bennett"_s, u"Tanaka"_s};
    return names;
}

struct City
{
    const char *city;
    const char *state;
    const char *zip;
    const char *areaCode;
    const char *country;
};

const City cities[] = {
    {"Austin", "Texas", "78701", "512", "US"},
    {"Denver", "Colorado", "80202", "303", "US"},
    {"Seattle", "Washington", "98101", "206", "US"},
    {"Portland", "Oregon", "97204", "503", "US"},
    {"Chicago", "Illinois", "60601", "312", "US"},
    {"Boston", "Massachusetts", "02108", "617", "US"},
    {"Atlanta", "Georgia", "30303", "404", "US"},
    {"Miami", "Florida", "33131", "305", "US"},
    {"Phoenix", "Arizona", "85004", "602", "US"},
    {"Nashville", "Tennessee", "37203", "615", "US"},
    {"Columbus", "Ohio", "43215", "614", "US"},
    {"Minneapolis", "Minnesota", "55401", "612", "US"},
    {"Raleigh", "North Carolina", "27601", "919", "US"},
    {"Salt Lake City", "Utah", "84101", "801", "US"},
    {"San Diego", "California", "92101", "619", "US"},
    {"Sacramento", "California", "95814", "916", "US"},
    {"Kansas City", "Missouri", "64105", "816", "US"},
    {"Omaha", "Nebraska", "68102", "402", "US"},
    {"Albuquerque", "New Mexico", "87102", "505", "US"},
    {"Madison", "Wisconsin", "53703", "608", "US"},
    {"Richmond", "Virginia", "23219", "804", "US"},
    {"Pittsburgh", "Pennsylvania", "15222", "412", "US"},
    {"Baltimore", "Maryland", "21202", "410", "US"},
    {"New Orleans", "Louisiana", "70112", "504", "US"},
    {"Boise", "Idaho", "83702", "208", "US"},
    {"Burlington", "Vermont", "05401", "802", "US"},
    {"Brooklyn", "New York", "11201", "718", "US"},
    {"Toronto", "Ontario", "M5H 2N2", "416", "CA"},
    {"Vancouver", "British Columbia", "V6B 1A1", "604", "CA"},
};
constexpr int cityCount = int(sizeof(cities) / sizeof(cities[0]));

const QStringList &streets()
{
    static const QStringList names{
        u"Main Street"_s,       u"Congress Avenue"_s,    u"Market Street"_s,
        u"Oak Lane"_s,          u"Pine Street"_s,        u"Elm Avenue"_s,
        u"Commerce Drive"_s,    u"Industrial Parkway"_s, u"Lakeview Boulevard"_s,
        u"Broadway"_s,          u"2nd Street"_s,         u"Cedar Road"_s,
        u"Washington Avenue"_s, u"Park Place"_s,         u"Riverside Drive"_s,
        u"Mill Road"_s};
    return names;
}

const QStringList &additionalInformation()
{
    static const QStringList texts{
        u"Messages are sent only between 8 AM and 9 PM in the recipient's time zone."_s,
        u"We expect traffic to peak during the holiday season."_s,
        u"This number replaces a long code we used for the same program last year."_s,
        u"Opt-out requests are processed immediately and honoured across all our numbers."_s,
        u"Screenshots of the opt-in page are attached as image URLs."_s,
        u"The program has been running on email for two years; SMS is a new channel."_s};
    return texts;
}

QString nameFor(int prefix, int kind, int suffix)
{
    return namePrefixes().at(prefix) + QLatin1Char(' ') + QString::fromUtf8(kinds[kind].noun) +
           nameSuffixes().at(suffix);
}

// Fills %1 (business name) and %2 (website) in a template that may use either or both.
QString fill(const char *text, const QString &name, const QString &website)
{
    QString result = QString::fromUtf8(text);
    result.replace(u"%1"_s, name);
    result.replace(u"%2"_s, website);
    return result;
}

QString websiteFor(const QString &slug)
{
    return u"https://www."_s + slug + u".com"_s;
}

} // namespace

QStringList messagingProfileIds(quint32 seed, int count)
{
    SandboxRandom random = SandboxRandom::forStream(seed, 0, 20);
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(random.uuid());
    return ids;
}

QString slugOf(const QString &name)
{
    QString slug;
    slug.reserve(name.size());
    for (const QChar character : name) {
        if (character.isLetterOrNumber())
            slug.append(character.toLower());
    }
    // Legal suffixes do not belong in a domain name.
    for (const QString &suffix : {u"llc"_s, u"inc"_s, u"co"_s, u"group"_s}) {
        if (slug.endsWith(suffix) && slug.size() > suffix.size() + 3) {
            slug.chop(suffix.size());
            break;
        }
    }
    return slug;
}

QString companyName(SandboxRandom &random)
{
    const int prefix = int(random.bounded(quint32(namePrefixes().size())));
    const int kind = int(random.bounded(quint32(kindCount)));
    return nameFor(prefix, kind, 0);
}

QString eligibleLongCode(SandboxRandom &random)
{
    const City &city = cities[random.bounded(quint32(cityCount - 2))]; // US cities only
    QString line = random.digits(4);
    if (line.startsWith(u"000"_s))
        line[0] = QLatin1Char('1');
    return u"+1"_s + QString::fromLatin1(city.areaCode) + QString::number(random.between(2, 8)) +
           random.digits(2) + line;
}

QString tollFreeNumber(SandboxRandom &random)
{
    return u"+1"_s + random.pick(SandboxValidation::tollFreePrefixes()) +
           QString::number(random.between(2, 9)) + random.digits(6);
}

TollFreeIdentity tollFreeIdentity(quint32 seed, int index)
{
    SandboxRandom random = SandboxRandom::forStream(seed, quint64(index), 1);
    TollFreeIdentity identity;
    identity.id = random.uuid();
    identity.prefix = int(random.bounded(quint32(namePrefixes().size())));
    identity.kind = int(random.bounded(quint32(kindCount)));
    const int suffix = int(random.bounded(quint32(nameSuffixes().size())));
    identity.businessName = nameFor(identity.prefix, identity.kind, suffix);
    const int numbers = random.chance(0.7) ? 1 : random.between(2, 3);
    for (int i = 0; i < numbers; ++i)
        identity.phoneNumbers.append(tollFreeNumber(random));
    return identity;
}

QJsonObject tollFreeBody(quint32 seed, int index, const TollFreeIdentity &identity)
{
    SandboxRandom random = SandboxRandom::forStream(seed, quint64(index), 2);
    const BusinessKind &kind = kinds[identity.kind];
    const City &city = cities[random.bounded(quint32(cityCount))];
    const QString slug = slugOf(identity.businessName);
    const QString website = websiteFor(slug);
    const QString first = random.pick(firstNames());
    const QString last = random.pick(lastNames());
    const QString contactPhone = u"+1"_s + QString::fromLatin1(city.areaCode) +
                                 QString::number(random.between(2, 8)) + random.digits(6);

    QJsonArray numbers;
    for (const QString &number : identity.phoneNumbers)
        numbers.append(QJsonObject{{u"phoneNumber"_s, number}});
    QJsonArray images{QJsonObject{{u"url"_s, QString(website + u"/sms-consent.png"_s)}}};
    if (random.chance(0.5))
        images.append(QJsonObject{{u"url"_s, QString(website + u"/sms-terms.png"_s)}});

    const QString useCase = QString::fromUtf8(kind.useCase);
    QJsonObject body{
        {u"businessName"_s, identity.businessName},
        {u"corporateWebsite"_s, website},
        {u"businessAddr1"_s, QString(QString::number(random.between(10, 9899)) + QLatin1Char(' ') +
                                     random.pick(streets()))},
        {u"businessCity"_s, QString::fromUtf8(city.city)},
        {u"businessState"_s, QString::fromUtf8(city.state)},
        {u"businessZip"_s, QString::fromUtf8(city.zip)},
        {u"businessContactFirstName"_s, first},
        {u"businessContactLastName"_s, last},
        {u"businessContactEmail"_s, QString(first.toLower() + QLatin1Char('.') + last.toLower() +
                                            QLatin1Char('@') + slug + u".com"_s)},
        {u"businessContactPhone"_s, contactPhone},
        {u"messageVolume"_s, random.pick(SandboxValidation::messageVolumes())},
        {u"phoneNumbers"_s, numbers},
        {u"useCase"_s, useCase},
        {u"useCaseSummary"_s, QString::fromUtf8(kind.summary)},
        {u"productionMessageContent"_s, fill(kind.sample, identity.businessName, website)},
        {u"optInWorkflow"_s, fill(kind.optIn, identity.businessName, website)},
        {u"optInWorkflowImageURLs"_s, images},
        {u"additionalInformation"_s, random.pick(additionalInformation())},
        {u"ageGatedContent"_s, false},
        {u"businessAddr2"_s,
         random.chance(0.3) ? u"Suite %1"_s.arg(random.between(100, 950)) : QString()},
        {u"businessRegistrationCountry"_s, QString::fromLatin1(city.country)},
        {u"businessRegistrationNumber"_s,
         QString(random.digits(2) + QLatin1Char('-') + random.digits(7))},
        {u"businessRegistrationType"_s,
         QString::fromLatin1(city.country) == u"CA"_s ? u"BN"_s : u"EIN"_s},
        {u"campaignVerifyAuthorizationToken"_s,
         useCase == u"Political"_s ? QJsonValue(QString(u"cv_"_s + random.digits(12)))
                                   : QJsonValue()},
        {u"doingBusinessAs"_s, random.chance(0.2) ? namePrefixes().at(identity.prefix) : QString()},
        {u"entityType"_s, QString::fromLatin1(kind.entityType)},
        {u"helpMessageResponse"_s,
         u"%1: for help call %2 or visit %3. Msg & data rates may apply. Reply STOP to opt out."_s
             .arg(identity.businessName, contactPhone, website)},
        {u"isvReseller"_s, random.chance(0.25) ? u"Telnyx Partner Network"_s : QString()},
        {u"optInConfirmationResponse"_s,
         u"%1: You are subscribed to text updates. Msg frequency varies. Reply HELP for help, "
         "STOP to cancel."_s.arg(identity.businessName)},
        {u"optInKeywords"_s, u"START, YES, JOIN"_s},
        {u"privacyPolicyURL"_s, QString(website + u"/privacy"_s)},
        {u"termsAndConditionURL"_s, QString(website + u"/terms"_s)},
        {u"webhookUrl"_s, random.chance(0.4)
                              ? QString(u"https://hooks."_s + slug + u".com/telnyx/tfv"_s)
                              : QString()},
    };
    return body;
}

TollFreeTimeline tollFreeTimeline(quint32 seed, int index, int count, qint64 epochMs)
{
    constexpr qint64 hour = 3600LL * 1000;
    constexpr qint64 day = 24 * hour;
    SandboxRandom random = SandboxRandom::forStream(seed, quint64(index), 3);

    // The first six records cover every status; the rest follow a realistic mix.
    TollFreeStatus final = TollFreeStatus::Verified;
    if (index < 6) {
        final = TollFreeStatusNames::all().at(index);
    } else {
        const quint32 roll = random.bounded(100);
        if (roll < 40)
            final = TollFreeStatus::Verified;
        else if (roll < 50)
            final = TollFreeStatus::InProgress;
        else if (roll < 60)
            final = TollFreeStatus::WaitingForTelnyx;
        else if (roll < 70)
            final = TollFreeStatus::WaitingForVendor;
        else if (roll < 85)
            final = TollFreeStatus::WaitingForCustomer;
        else
            final = TollFreeStatus::Rejected;
    }

    using S = TollFreeStatus;
    QList<S> path;
    const bool detour = random.chance(0.4); // went through a customer fix once
    switch (final) {
    case S::InProgress:
        path = detour ? QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForCustomer,
                                 S::InProgress}
                      : QList<S>{S::InProgress, S::WaitingForCustomer, S::InProgress};
        break;
    case S::WaitingForTelnyx:
        path = detour ? QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForCustomer,
                                 S::InProgress, S::WaitingForTelnyx}
                      : QList<S>{S::InProgress, S::WaitingForTelnyx};
        break;
    case S::WaitingForVendor:
        path = detour ? QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForCustomer,
                                 S::InProgress, S::WaitingForTelnyx, S::WaitingForVendor}
                      : QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForVendor};
        break;
    case S::WaitingForCustomer:
        path = detour ? QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForCustomer,
                                 S::InProgress, S::WaitingForTelnyx, S::WaitingForCustomer}
                      : QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForCustomer};
        break;
    case S::Verified:
        path = detour
                   ? QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForCustomer,
                              S::InProgress, S::WaitingForVendor, S::Verified}
                   : QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForVendor, S::Verified};
        break;
    case S::Rejected:
        path = detour
                   ? QList<S>{S::InProgress, S::WaitingForTelnyx, S::WaitingForVendor, S::Rejected}
                   : QList<S>{S::InProgress, S::WaitingForTelnyx, S::Rejected};
        break;
    }

    const qint64 span = 180 * day;
    const qint64 slot = qMax<qint64>(1, span / qMax(1, count));
    TollFreeTimeline timeline;
    timeline.createdAtMs =
        epochMs - 200 * day + qint64(index) * slot + qint64(random.next() % quint64(slot));
    qint64 at = timeline.createdAtMs;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i > 0)
            at += hour + qint64(random.next() % quint64(71 * hour));
        TollFreeStatusChange change;
        change.status = path.at(i);
        change.atMs = at;
        if (change.status == S::WaitingForCustomer)
            change.reason = random.pick(customerReasons());
        else if (change.status == S::Rejected)
            change.reason = random.pick(rejectionReasons());
        timeline.history.append(change);
    }
    return timeline;
}

const QStringList &customerReasons()
{
    static const QStringList reasons{
        u"Opt-in workflow does not show how consent is collected"_s,
        u"Sample message is missing the business name"_s,
        u"Opt-in screenshot URL is not publicly accessible"_s,
        u"Privacy policy does not state that mobile numbers are not shared with third parties"_s,
        u"Use case summary does not match the sample messages"_s,
        u"Business website could not be reached"_s,
        u"Message volume is inconsistent with the described use case"_s,
        u"HELP response does not include a way to contact the business"_s};
    return reasons;
}

const QStringList &rejectionReasons()
{
    static const QStringList reasons{
        u"Business could not be verified against public registries"_s,
        u"Content category is not permitted on toll-free messaging"_s,
        u"Opt-in is collected through a purchased or shared contact list"_s,
        u"Business registration number does not match the business name"_s,
        u"Sample message is missing the business name"_s,
        u"Previously reported for unsolicited messaging"_s};
    return reasons;
}

} // namespace SandboxSeedData
