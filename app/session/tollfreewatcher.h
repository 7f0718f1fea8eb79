#pragma once

#include "api/apicall.h"
#include "api/requestlimits.h"
#include "api/tollfreeapi.h"
#include "domain/tollfree.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

class ApiClient;
class Pager;

// Keeps an eye on open toll-free verification requests while the console runs.
//
// Every interval one pass looks at every watched request, at a cost that grows with pages, not
// with requests: for each open status that watched requests have, the list filtered by that
// status is read (GET .../requests?status=…, all pages, large pages). A watched request found
// with another status has changed; one found in none of the lists read has left the open
// statuses (Verified, Rejected) or was deleted, and only those few are fetched one by one
// (GET .../requests/{id}, 404: gone). A status with no more watched requests than the pages
// its list took last time is checked request by request instead, so watching a handful costs
// a handful. When a status differs from the last one seen, statusChanged() is emitted;
// requests that reach a final status or disappear stop being watched.
//
// At most maxConcurrentChecks() requests are in flight (list pages and single fetches alike);
// a pass that outlasts the interval is not overlapped by the next one.
class TollFreeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 60 * 1000;
    static constexpr int defaultMaxConcurrentChecks = RequestLimits::maxInFlightPerTask;
    // Asked for, not assumed: the server may clamp it (the pager reads the size it honoured).
    static constexpr int defaultPageSize = TollFreeApi::largePageSize;

    explicit TollFreeWatcher(ApiClient *client, QObject *parent = nullptr);
    ~TollFreeWatcher() override;

    void setIntervalMs(int milliseconds);
    int intervalMs() const { return m_timer.interval(); }
    void setMaxConcurrentChecks(int checks) { m_maxConcurrent = qMax(1, checks); }
    int maxConcurrentChecks() const { return m_maxConcurrent; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    // Starts watching an open request (final ones are ignored, and dropped if watched). For a
    // request already watched, the status given becomes the one later checks compare with.
    void watch(const TollFreeVerificationRequest &request);
    void watch(const QString &id, const QString &status);
    void unwatch(const QString &id);
    // Adds every open request of the list; others already watched stay watched.
    void watchOpenRequests(const QList<TollFreeVerificationRequest> &requests);
    void unwatchAll();

    bool isWatching(const QString &id) const { return m_statuses.contains(id); }
    QStringList watchedIds() const { return m_statuses.keys(); }
    int watchedCount() const { return int(m_statuses.size()); }
    // The status last seen for a watched request; empty when not watched.
    QString knownStatus(const QString &id) const { return m_statuses.value(id); }
    bool isRunning() const { return m_running; }
    // A pass is under way that has not yet settled this request.
    bool isChecking(const QString &id) const;
    bool isPassRunning() const { return m_passRunning; }
    int checksInFlight() const;

    // What the last finished pass cost.
    struct PassCost
    {
        int listPages = 0;  // status-filtered list pages read
        int retrievals = 0; // single requests fetched
        int watched = 0;    // requests watched when the pass began
        qint64 elapsedMs = 0;
    };
    PassCost lastPassCost() const { return m_lastCost; }

public Q_SLOTS:
    // Resumes checking (the watcher runs from construction).
    void start();
    // Pauses checking and cancels the pass under way; the watched set is kept.
    void stop();
    // Starts a pass now, unless one is running.
    void checkNow();

Q_SIGNALS:
    void statusChanged(const TollFreeVerificationRequest &updated, const QString &previousStatus);
    // For every watched request a pass saw, changed or not.
    void requestChecked(const TollFreeVerificationRequest &request);
    // The request no longer exists (404); it is not watched any more.
    void requestGone(const QString &id);
    // A single request's fetch failed; it stays watched and is checked again next pass.
    void checkFailed(const QString &id, const ApiError &error);
    // A status's list could not be read; its requests stay as they were until the next pass.
    void listFailed(const QString &status, const ApiError &error);
    void watchedCountChanged(int count);
    void passFinished();

private:
    void updateTimer();
    void readNextList();
    void onListPage(const QJsonArray &items);
    void onListDone(const QString &status, bool readInFull);
    void fetchUnseen();
    void pumpFetches();
    void onFetched(const QString &id, ApiCallOf<TollFreeVerificationRequest> *call);
    // `copy` is a fresh copy of watched request `id` that the pass began with `statusAtStart`.
    void settle(const QString &id, const QString &statusAtStart,
                const TollFreeVerificationRequest &copy);
    void finishPassIfDone();
    void abortPass();

    ApiClient *m_client;
    QTimer m_timer;
    bool m_running = true;
    int m_maxConcurrent = defaultMaxConcurrentChecks;
    int m_pageSize = defaultPageSize;
    QHash<QString, QString> m_statuses; // id → last status seen (wire text)
    // Pages each status's list took when last read: decides list or one-by-one next time.
    QHash<QString, int> m_listPages;

    // The pass under way.
    bool m_passRunning = false;
    QHash<QString, QString> m_passStatuses; // watched when it began: id → status then
    QStringList m_listsToRead;              // statuses whose list is still to be read
    QStringList m_statusesListed;           // statuses whose list was read in full
    QPointer<Pager> m_pager;
    QString m_pagerStatus;
    QSet<QString> m_seenIds;   // found in a list this pass
    bool m_fetchPhase = false; // the lists are read; fetching the rest
    QStringList m_toFetch;
    QHash<QString, QPointer<ApiCall>> m_fetches;
    QElapsedTimer m_passClock;
    PassCost m_cost;
    PassCost m_lastCost;
};
