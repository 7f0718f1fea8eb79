#pragma once

#include "api/apierror.h"
#include "api/requestlimits.h"
#include "domain/rcs.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ApiCall;
class ApiClient;
class RcsCapabilityCache;

// What one bulk check came to.
struct RcsCheckSummary
{
    int total = 0;     // distinct numbers asked about (invalid ones included)
    int fromCache = 0; // answered from this session's earlier checks, no request
    int checked = 0;   // answered by the API during this check
    int capable = 0;   // answers (cached or not) with at least one RCS feature
    int failed = 0;    // numbers whose batch failed, or that are not E.164
    int requests = 0;  // bulk requests started (a 429 resend by the client not counted)
    int slowDowns = 0; // times the API answered 429 and the check slowed down
    bool cancelled = false;

    int answered() const { return fromCache + checked; }
    // Numbers left without an answer or a failure: only after a cancel.
    int notChecked() const { return total - answered() - failed; }

    bool operator==(const RcsCheckSummary &) const = default;
};
Q_DECLARE_METATYPE(RcsCheckSummary)

// What a 404 from GET /messaging/rcs/capabilities/{agent_id}/{phone_number} means.
enum class RcsNotFound {
    NoRcs,        // the number has no RCS (Google's RBM answers 404 for such a device)
    UnknownAgent, // the agent does not exist (or is not this account's)
};

// Checks which phone numbers can receive RCS from an agent: one number (GET capabilities) or
// thousands (POST bulk_capabilities in batches of RcsApi::maxBulkNumbers).
//
// Bulk answers are matched to the numbers asked by phone number only (matchBulkCapabilities),
// never by position: the server may answer in another order, spell numbers differently, or
// leave numbers out. A number left out is reported failed with noAnswerMessage(), so it can
// be checked again. A single check answered 404 for
// a number without RCS (see classifyNotFound) is a "not capable" answer, not a failure.
//
// Answers are kept in the session's RcsCapabilityCache: a number already answered for the agent
// is answered from it without a request unless forceRefresh. A bulk check removes duplicates,
// keeps up to maxConcurrency() batches in flight, and reports each batch as it ends: answers
// through resultsReady(), a failed batch through batchFailed() while the other batches go on.
//
// Rate limiting: ApiClient already resends a 429 after the server's Retry-After (safe for this
// POST: a refused request did nothing, and bulk_capabilities creates nothing anyway). When that
// happens the checker drops to one batch in flight and starts no new batch before the wait is
// over, then adds one more batch in flight after each success, back up to maxConcurrency().
// A batch still refused after the client's retries goes back to the queue (a few times).
class RcsCapabilityChecker : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxConcurrency = RequestLimits::maxInFlightPerTask;
    // Times a batch refused with 429 after the client's own retries is queued again.
    static constexpr int maxRequeues = 3;

    // `cache` is where answers are looked up and kept: the session's
    // (ConsoleSession::rcsCapabilities()), shared with every other checker and the composer.
    RcsCapabilityChecker(ApiClient *client, RcsCapabilityCache *cache, QObject *parent = nullptr);

    // Tells the two 404s of the single check apart, by the error body: an error that points
    // at the phone number (source phone_number) is about the number; otherwise one that names
    // the agent (source agent_id, or "agent" in its title or detail) is about the agent;
    // anything else, an empty body included, is RBM's answer for a device without RCS.
    static RcsNotFound classifyNotFound(const ApiError &error);
    // The answer that stands for "cannot receive RCS" (no features) when the API says so with
    // a 404.
    static RcsCapabilities notCapable(const QString &agentId, const QString &phoneNumber);
    // The reason given, in batchFailed(), for numbers a bulk answer left out.
    static QString noAnswerMessage();
    ~RcsCapabilityChecker() override;

    RcsCapabilityCache *cache() const { return m_cache; }

    void setMaxConcurrency(int batches);
    int maxConcurrency() const { return m_maxConcurrency; }
    // Batches allowed in flight right now: maxConcurrency(), or fewer after a 429.
    int concurrencyLimit() const { return m_limit; }
    int inFlight() const { return int(m_inFlight.size()); }
    // The most batches in flight at once during the last bulk check.
    int peakInFlight() const { return m_peakInFlight; }

    bool isRunning() const { return m_running; }
    QString agentId() const { return m_agentId; }
    // Answers of the last bulk check so far (kept after cancel()).
    const QList<RcsCapabilities> &results() const { return m_results; }
    QStringList failedNumbers() const { return m_failedNumbers; }
    RcsCheckSummary summary() const { return m_summary; }

    bool isCheckingOne() const;

public Q_SLOTS:
    // Starts a bulk check (cancelling one still running). Numbers should be E.164; others are
    // reported failed without being sent.
    void check(const QString &agentId, const QStringList &numbers, bool forceRefresh = false);
    // Stops the bulk check: batches in flight are aborted, nothing more is sent, answers so far
    // are kept. finished() is emitted with cancelled set.
    void cancel();

    // One number: singleChecked() or singleFailed(). A number that is not E.164 is refused
    // without a request.
    void checkOne(const QString &agentId, const QString &phoneNumber, bool forceRefresh = false);
    void cancelOne();

Q_SIGNALS:
    void started(int total);
    // Numbers answered or failed so far, of total.
    void progress(int done, int total);
    // Answers of one batch (or of the cache, at the start).
    void resultsReady(const QList<RcsCapabilities> &results, bool fromCache);
    // `message` in plain words; the other batches go on.
    void batchFailed(const QStringList &numbers, const QString &message, const ApiError &error);
    // The API asked to slow down; the next batch waits at least waitMs.
    void rateLimited(int waitMs);
    void finished(const RcsCheckSummary &summary);

    void singleChecked(const RcsCapabilities &capabilities, bool fromCache);
    void singleFailed(const QString &phoneNumber, const QString &message, const ApiError &error);

private:
    struct Batch
    {
        QStringList numbers;
        int requeues = 0;
        // The slow-down in force when the batch was (re)sent: only batches sent since the last
        // 429 tell that the API copes again.
        int slowDownEpoch = 0;
    };

    void startBatch(Batch batch);
    void onBatchFinished(ApiCall *call, const QList<RcsCapabilities> &answered);
    void onBatchFailed(ApiCall *call, const ApiError &error);
    void slowDown(int waitMs);
    void launchMore();
    void finishIfDone();
    void reportFailed(const QStringList &numbers, const QString &message, const ApiError &error);
    void countDone(int numbers);
    void abortAll();

    ApiClient *m_client;
    RcsCapabilityCache *m_cache;
    int m_maxConcurrency = defaultMaxConcurrency;
    int m_limit = defaultMaxConcurrency;
    int m_peakInFlight = 0;

    bool m_running = false;
    QString m_agentId;
    QList<Batch> m_queue;
    QHash<ApiCall *, Batch> m_inFlight;
    QDeadlineTimer m_holdUntil;
    int m_slowDownEpoch = 0;
    QTimer m_resumeTimer;
    int m_done = 0;
    QList<RcsCapabilities> m_results;
    QStringList m_failedNumbers;
    RcsCheckSummary m_summary;

    QPointer<ApiCall> m_singleCall;
};
