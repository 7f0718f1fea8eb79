#pragma once

#include "api/apicall.h"
#include "domain/tollfree.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ApiClient;

// Keeps an eye on open toll-free verification requests while the console runs.
//
// Every interval each watched request is fetched again (GET .../requests/{id}); when its
// status differs from the last one seen, statusChanged() is emitted. Requests that reach a final
// status (Verified, Rejected) or disappear (404) stop being watched. At most one check per
// request is in flight, and at most maxConcurrentChecks() overall, so a long list of open
// requests is checked in a steady trickle rather than a burst.
class TollFreeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 60 * 1000;
    static constexpr int defaultMaxConcurrentChecks = 4;

    explicit TollFreeWatcher(ApiClient *client, QObject *parent = nullptr);
    ~TollFreeWatcher() override;

    void setIntervalMs(int milliseconds);
    int intervalMs() const { return m_timer.interval(); }
    void setMaxConcurrentChecks(int checks) { m_maxConcurrent = qMax(1, checks); }
    int maxConcurrentChecks() const { return m_maxConcurrent; }

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
    bool isChecking(const QString &id) const { return m_calls.contains(id); }
    int checksInFlight() const { return int(m_calls.size()); }

public Q_SLOTS:
    // Resumes checking (the watcher runs from construction).
    void start();
    // Pauses checking and cancels the checks in flight; the watched set is kept.
    void stop();
    // Checks every watched request now, except those already being checked.
    void checkNow();

Q_SIGNALS:
    void statusChanged(const TollFreeVerificationRequest &updated, const QString &previousStatus);
    // After every successful check, changed or not.
    void requestChecked(const TollFreeVerificationRequest &request);
    // The request no longer exists (404); it is not watched any more.
    void requestGone(const QString &id);
    void checkFailed(const QString &id, const ApiError &error);
    void watchedCountChanged(int count);

private:
    void updateTimer();
    void pump();
    void check(const QString &id);
    void onChecked(const QString &id, ApiCallOf<TollFreeVerificationRequest> *call);

    ApiClient *m_client;
    QTimer m_timer;
    bool m_running = true;
    int m_maxConcurrent = defaultMaxConcurrentChecks;
    QHash<QString, QString> m_statuses; // id → last status seen (wire text)
    QStringList m_queue;                // due for a check, oldest first
    QHash<QString, QPointer<ApiCall>> m_calls;
};
