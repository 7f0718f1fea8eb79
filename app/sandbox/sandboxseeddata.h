#pragma once

#include "sandbox/sandboxrandom.h"
#include "sandbox/sandboxtollfreestatus.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Deterministic sample data. Every generated record is a pure function of (seed, index), so
// a seeded record's body never needs to be stored: it is regenerated when served.
namespace SandboxSeedData {

// The parts of a seeded toll-free request that lists filter on.
struct TollFreeIdentity
{
    QString id;
    QString businessName;
    QStringList phoneNumbers;
    int kind = 0;   // index into the business kinds (decides use case and texts)
    int prefix = 0; // index into the name prefixes
};

TollFreeIdentity tollFreeIdentity(quint32 seed, int index);
// The complete request body (camelCase) of a seeded request.
QJsonObject tollFreeBody(quint32 seed, int index, const TollFreeIdentity &identity);

struct TollFreeTimeline
{
    qint64 createdAtMs = 0;
    QList<TollFreeStatusChange> history; // oldest first; the last entry is the status now
};

// Creation time and status history of seeded request `index` out of `count`, all placed
// between 200 and 20 days before epochMs and ordered by index.
TollFreeTimeline tollFreeTimeline(quint32 seed, int index, int count, qint64 epochMs);

// Reasons given with "Waiting For Customer" and with "Rejected".
const QStringList &customerReasons();
const QStringList &rejectionReasons();

// A company name such as "Cedar Ridge Dental" (for agents, domains, ...).
QString companyName(SandboxRandom &random);
// A short lowercase token derived from a company name ("cedarridgedental").
QString slugOf(const QString &name);
// A US long code that the eligibility rule accepts: +1, area code from real cities,
// exchange starting 2-8, line not ending in 000x.
QString eligibleLongCode(SandboxRandom &random);
// A toll-free number (+1 8XX NXX XXXX).
QString tollFreeNumber(SandboxRandom &random);

// The messaging profiles seeded records belong to (hosted orders and numbers, RCS agents):
// `count` ids derived from the seed, the same for every area.
constexpr int seededMessagingProfiles = 4;
QStringList messagingProfileIds(quint32 seed, int count = seededMessagingProfiles);

} // namespace SandboxSeedData
