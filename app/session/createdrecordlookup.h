#pragma once

#include "api/apierror.h"
#include "api/pager.h"
#include "domain/hosted.h"
#include "domain/tollfree.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiClient;

// After a create whose outcome is unknown (see resendAdviceFor()), looks for what it may have
// created, so the user is offered to send it again only when it is not there:
// - toll-free: requests with the same business name and the same phone numbers, created since
//   a moment shortly before the submission (or without a creation time: the server may leave
//   it out), found with the list's business_name and phone_number filters;
// - hosted: orders that hold any of the numbers and are not deleted, newest first.
// At most maxPages pages are read; searchedEverything() says whether the list ended first.
class CreatedRecordLookup : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxPages = 10;
    // Server and console clocks need not agree: "created since" allows this much before the
    // moment the console sent the request.
    static constexpr int clockAllowanceSeconds = 15 * 60;

    static CreatedRecordLookup *forTollFree(ApiClient *client,
                                            const TollFreeVerificationRequest &sent,
                                            const QDateTime &sentAt, QObject *parent = nullptr);
    static CreatedRecordLookup *forHostedOrder(ApiClient *client, const QStringList &numbers,
                                               QObject *parent = nullptr);
    ~CreatedRecordLookup() override;

    void start();
    void cancel();
    bool isRunning() const { return m_pager != nullptr; }

    const QList<TollFreeVerificationRequest> &tollFreeMatches() const { return m_tollFree; }
    const QList<HostedOrder> &orderMatches() const { return m_orders; }
    int matchCount() const { return int(m_tollFree.size() + m_orders.size()); }
    bool searchedEverything() const { return m_searchedEverything; }

    // Whether `candidate` is the request `sent` (same business and numbers) created since
    // `sentAt` less the clock allowance.
    static bool isSameTollFreeRequest(const TollFreeVerificationRequest &candidate,
                                      const TollFreeVerificationRequest &sent,
                                      const QDateTime &sentAt);
    // Whether `order` (not deleted) holds any of `numbers` (E.164).
    static bool holdsAnyNumber(const HostedOrder &order, const QStringList &numbers);

Q_SIGNALS:
    void finished(int matches);
    void failed(const ApiError &error);

private:
    enum class Kind { TollFree, HostedOrder };
    CreatedRecordLookup(ApiClient *client, Kind kind, QObject *parent);
    void onPage(const QJsonArray &items);
    void end();

    ApiClient *m_client;
    Kind m_kind;
    TollFreeVerificationRequest m_sent;
    QDateTime m_sentAt;
    QStringList m_numbers;
    QPointer<Pager> m_pager;
    int m_pages = 0;
    bool m_searchedEverything = false;
    QList<TollFreeVerificationRequest> m_tollFree;
    QList<HostedOrder> m_orders;
};
