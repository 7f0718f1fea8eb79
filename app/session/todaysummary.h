#pragma once

#include "api/apierror.h"
#include "domain/hosted.h"
#include "domain/tollfree.h"
#include "storage/rcsinvitestore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;
class Pager;

// What needs the support desk now, per area, for the Today page:
// - toll-free: the requests Waiting For Customer and Rejected (each read with the list's
//   server-side status filter), and for every status how many requests have it and how long
//   the open ones have waited in it (Verified is only counted: one request of one row);
// - hosted: the orders that wait for documents or codes, and those that failed (the orders
//   list has no status filter: it is read to the end, at most maxPages pages);
// - RCS: the test invites sent from this console that are still pending (no request).
// Every list is oldest first. An area that fails keeps what the others loaded.
class TodaySummary : public QObject
{
    Q_OBJECT

public:
    enum class Area { TollFree, Hosted, Rcs };
    Q_ENUM(Area)
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    static constexpr int pageSize = 100;
    // Per list: a desk with more than this many in one status sees the first pages' worth.
    static constexpr int maxPages = 20;

    // One status of the toll-free chart.
    struct StatusCount
    {
        QString status; // wire text
        int count = 0;
        bool open = false;
        // Of the open requests read: the longest and the median time since their last status
        // change, in seconds (-1 when none or not read).
        qint64 longestWaitSeconds = -1;
        qint64 medianWaitSeconds = -1;
    };

    TodaySummary(ApiClient *client, RcsInviteStore *invites, QObject *parent = nullptr);
    ~TodaySummary() override;

    // Loads everything again; what is loading is cancelled first.
    void refresh();
    void cancel();
    bool isLoading() const;
    State state(Area area) const { return m_states.value(area, State::Idle); }
    QString errorMessage(Area area) const { return m_errors.value(area); }
    // When the last refresh started (invalid before the first).
    QDateTime refreshedAt() const { return m_refreshedAt; }

    const QList<StatusCount> &tollFreeStatuses() const { return m_statuses; }
    int tollFreeCount(TfvStatus status) const;
    const QList<TollFreeVerificationRequest> &waitingForCustomer() const { return m_waiting; }
    const QList<TollFreeVerificationRequest> &rejected() const { return m_rejected; }

    const QList<HostedOrder> &ordersNeedingDocuments() const { return m_needDocuments; }
    const QList<HostedOrder> &ordersNeedingCodes() const { return m_needCodes; }
    const QList<HostedOrder> &failedOrders() const { return m_failed; }
    // The orders list was read to its end (not cut at maxPages).
    bool readAllOrders() const { return m_readAllOrders; }

    const QList<RcsInviteRecord> &pendingInvites() const { return m_pendingInvites; }

    // Seconds a request has waited in its status at `now`: since updatedAt (else createdAt),
    // never negative; -1 when it carries neither.
    static qint64 waitSeconds(const TollFreeVerificationRequest &request, const QDateTime &now);

Q_SIGNALS:
    void areaLoaded(TodaySummary::Area area);
    void finished();

private:
    struct StatusRead
    {
        QPointer<Pager> pager;
        QList<TollFreeVerificationRequest> records;
        int pages = 0;
        bool done = false;
    };

    void readStatus(const QString &status);
    void countStatus(const QString &status);
    void statusDone(const QString &status, int total);
    void finishTollFree();
    void readOrders();
    void readInvites();
    void finishArea(Area area, State state, const QString &error = {});

    ApiClient *m_client;
    RcsInviteStore *m_invites;
    QHash<Area, State> m_states;
    QHash<Area, QString> m_errors;
    QDateTime m_refreshedAt;

    QHash<QString, StatusRead> m_reads;
    QHash<QString, int> m_totals;
    QList<QPointer<ApiCall>> m_calls;
    int m_statusesLeft = 0;
    QString m_tollFreeError;
    QList<StatusCount> m_statuses;
    QList<TollFreeVerificationRequest> m_waiting;
    QList<TollFreeVerificationRequest> m_rejected;

    QPointer<Pager> m_ordersPager;
    QList<HostedOrder> m_orders;
    int m_orderPages = 0;
    bool m_readAllOrders = false;
    QList<HostedOrder> m_needDocuments;
    QList<HostedOrder> m_needCodes;
    QList<HostedOrder> m_failed;

    QList<RcsInviteRecord> m_pendingInvites;
};
