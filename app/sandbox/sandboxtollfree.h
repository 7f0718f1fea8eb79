#pragma once

#include "sandbox/sandboxcachedjson.h"
#include "sandbox/sandboxcontext.h"
#include "sandbox/sandboxlistcache.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"
#include "sandbox/sandboxtollfreestatus.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

class SandboxErrors;

// Toll-free verification requests: storage, the six endpoints, and the status automation.
//
// Automation of a submitted request (virtual time): "In Progress" at submission; one hour
// later "Waiting For Telnyx"; one more hour later the outcome: "Waiting For Customer" (with a
// reason), "Rejected" (with a reason) or "Waiting For Vendor", which becomes "Verified" a
// further hour later. The outcome is decided by outcomeFor() below.
class SandboxTollFree
{
public:
    enum class Outcome : quint8 { Verified, WaitingForCustomer, Rejected };

    explicit SandboxTollFree(SandboxContext &context);
    ~SandboxTollFree();

    void clear();
    // Generates `count` seeded requests (indices 0..count-1) against context.epochMs.
    void seed(int count);
    int size() const { return int(m_records.size()); }

    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse retrieve(const QString &id);
    SandboxResponse update(const QString &id, const SandboxRequest &request);
    SandboxResponse remove(const QString &id);
    SandboxResponse statusHistory(const QString &id, const SandboxRequest &request);

    // Business name markers win ("[reject]", "[customer]", "[verify]", case-insensitive);
    // a resubmission (PATCH after Waiting For Customer or Rejected) is otherwise Verified;
    // a first submission otherwise follows stableHash(id) % 10: 0 Rejected, 1-2 Waiting For
    // Customer, 3-9 Verified.
    static Outcome outcomeFor(const QString &businessName, const QString &id, bool resubmission);

    // Number of requests per status name (after advancing).
    QJsonObject statusCounts();

    QJsonObject save() const;
    bool load(const QJsonObject &saved, QString *error);

private:
    struct Record
    {
        QString id;
        int seedIndex = -1; // >= 0: body regenerated from the seed
        QJsonObject body;   // the submitted fields when seedIndex < 0
        QString businessName;
        QStringList phoneNumbers;
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0;
        QList<TollFreeStatusChange> history; // never empty; last entry = current status
        int stage = 0;                       // automation step pending (0: none)
        qint64 nextStepAtMs = 0;
        Outcome outcome = Outcome::Verified;
        QString outcomeReason;
        // The list/retrieve answer (Shape::Status) serialised; cleared by recordChanged().
        SandboxCachedJson json;

        TollFreeStatus status() const { return history.last().status; }
    };

    Record *find(const QString &id);
    void advance(Record *record, qint64 now);
    void advanceAll();
    // Drops what is cached about the record (its JSON, the filtered lists): called by every
    // change of a record, after it.
    void recordChanged(Record *record);
    void submit(Record *record, bool resubmission);
    // Which SDK type the answer is: the create/update answer (VerificationRequestEgress) or
    // the retrieve/list record (VerificationRequestStatus). Only realistic mode tells them
    // apart, by leaving out what the type does not declare.
    enum class Shape { Egress, Status };
    QJsonObject toJson(const Record &record, Shape shape = Shape::Status) const;
    // toJson(record) serialised, from the record's cache when it is still right.
    const QByteArray &statusJson(Record &record);
    // A TFV 422; realistic mode drops `source` and names the field in the detail.
    SandboxResponse validationFailure(const SandboxErrors &errors) const;
    QJsonObject bodyOf(const Record &record) const;
    void insert(std::unique_ptr<Record> record);

    SandboxContext &m_context;
    // Oldest first; lists serve newest first by walking backwards.
    std::vector<std::unique_ptr<Record>> m_records;
    QHash<QString, Record *> m_byId;
    QSet<Record *> m_pending;
    // No pending record has a step due before this instant (advanceAll has nothing to do).
    qint64 m_nextStepDueMs = 0;
    // Changes of the list (records added, removed or changed): the filtered lists' stamp.
    quint64 m_changes = 0;
    // Filtered lists, newest first, per filter (status, dates, name, number).
    SandboxListCache<Record *> m_filtered;
};
