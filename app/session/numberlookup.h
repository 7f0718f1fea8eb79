#pragma once

#include "api/apierror.h"
#include "domain/hosted.h"
#include "domain/rcs.h"
#include "domain/tollfree.h"
#include "storage/rcsinvitestore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class ApiCall;
class CreatedRecordLookup;
class RcsCapabilityCache;
class RcsCapabilityChecker;

// "Everything about this number": one phone number looked up in every area at once.
// - Toll-free: the verification requests that include it (the list's phone_number filter,
//   which matches a substring, so the answers are kept only when they hold the number).
// - Hosted: the hosted number (filter[phone_number]) and the orders that hold it (the orders
//   list read newest first, CreatedRecordLookup's bounded search).
// - RCS: the number's capabilities for one agent (through the session's cache) and the test
//   invites this console recorded for it, for every agent (read from the invite store).
// Each area reports when it is done (areaFinished), so results can be shown as they arrive.
class NumberLookup : public QObject
{
    Q_OBJECT

public:
    enum class Area { TollFree, Hosted, Rcs };
    Q_ENUM(Area)
    enum class AreaState { Idle, Searching, Found, NothingFound, Failed };
    Q_ENUM(AreaState)

    // Requests of one area list at most this many (a number is in a handful of records).
    static constexpr int pageSize = 100;

    NumberLookup(ApiClient *client, RcsCapabilityCache *capabilities, RcsInviteStore *invites,
                 QObject *parent = nullptr);
    ~NumberLookup() override;

    // The E.164 form of what was typed or pasted (PhoneNumberList::normalise); empty when it
    // is not a phone number.
    static QString normalise(const QString &typed);

    // Looks `typed` up; the previous lookup is cancelled. With no agent, RCS reports only
    // the invites. False (and nothing starts) when `typed` is not a phone number.
    bool start(const QString &typed, const QString &rcsAgentId = {});
    void cancel();
    bool isRunning() const;
    QString phoneNumber() const { return m_number; }
    QString rcsAgentId() const { return m_agentId; }

    AreaState state(Area area) const;
    // The failure of an area, in plain words (empty unless Failed).
    QString errorMessage(Area area) const;
    // Where an area looked, for "nothing found" (e.g. "toll-free verification requests").
    static QString whereLooked(Area area);

    const QList<TollFreeVerificationRequest> &tollFreeRequests() const { return m_tollFree; }
    // More requests matched than one page holds (only the first page is shown).
    bool tollFreeTruncated() const { return m_tollFreeTruncated; }
    const QList<MessagingHostedNumber> &hostedNumbers() const { return m_hostedNumbers; }
    const QList<HostedOrder> &hostedOrders() const { return m_orders; }
    // The orders were read to the end (not stopped at CreatedRecordLookup::maxPages).
    bool searchedAllOrders() const { return m_searchedAllOrders; }
    // The agent's answer for the number: not capable is an answer (no features), not a failure.
    const std::optional<RcsCapabilities> &rcsCapabilities() const { return m_capabilities; }
    bool rcsCapabilitiesFromCache() const { return m_capabilitiesFromCache; }
    const QList<RcsInviteRecord> &rcsInvites() const { return m_invites; }

    // Measured on the last lookup: milliseconds from start() to the first area that found
    // something (-1 when none did), and to the end of the last area (-1 while running).
    qint64 firstResultMs() const { return m_firstResultMs; }
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void started(const QString &phoneNumber);
    void areaFinished(NumberLookup::Area area);
    void finished();

private:
    void startTollFree();
    void startHosted();
    void startRcs();
    void finishArea(Area area, AreaState state, const QString &error = {});
    void finishHostedPart();

    ApiClient *m_client;
    RcsCapabilityCache *m_capabilitiesCache;
    RcsInviteStore *m_inviteStore;
    RcsCapabilityChecker *m_checker = nullptr;
    QString m_number;
    QString m_agentId;
    QHash<Area, AreaState> m_states;
    QHash<Area, QString> m_errors;
    QList<QPointer<ApiCall>> m_calls;
    QPointer<CreatedRecordLookup> m_orderSearch;
    int m_hostedPartsLeft = 0;
    QString m_hostedError;

    QList<TollFreeVerificationRequest> m_tollFree;
    bool m_tollFreeTruncated = false;
    QList<MessagingHostedNumber> m_hostedNumbers;
    QList<HostedOrder> m_orders;
    bool m_searchedAllOrders = false;
    std::optional<RcsCapabilities> m_capabilities;
    bool m_capabilitiesFromCache = false;
    QList<RcsInviteRecord> m_invites;

    QElapsedTimer m_clock;
    qint64 m_firstResultMs = -1;
    qint64 m_elapsedMs = -1;
};
