#include "numberlookup.h"

#include "api/apiclient.h"
#include "api/hostedapi.h"
#include "api/tollfreeapi.h"
#include "domain/phonenumberlist.h"
#include "session/createdrecordlookup.h"
#include "session/rcscapabilitychecker.h"

#include <algorithm>

NumberLookup::NumberLookup(ApiClient *client, RcsCapabilityCache *capabilities,
                           RcsInviteStore *invites, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_capabilitiesCache(capabilities)
    , m_inviteStore(invites)
{}

NumberLookup::~NumberLookup()
{
    cancel();
}

QString NumberLookup::normalise(const QString &typed)
{
    return PhoneNumberList::normalise(typed);
}

QString NumberLookup::whereLooked(Area area)
{
    switch (area) {
    case Area::TollFree:
        return tr("toll-free verification requests");
    case Area::Hosted:
        return tr("hosted numbers and hosted-number orders");
    case Area::Rcs:
        return tr("RCS capabilities and the test invites sent from this console");
    }
    return {};
}

bool NumberLookup::start(const QString &typed, const QString &rcsAgentId)
{
    const QString number = normalise(typed);
    if (number.isEmpty())
        return false;
    cancel();
    m_number = number;
    m_agentId = rcsAgentId.trimmed();
    m_states.clear();
    m_errors.clear();
    m_tollFree.clear();
    m_tollFreeTruncated = false;
    m_hostedNumbers.clear();
    m_orders.clear();
    m_searchedAllOrders = false;
    m_capabilities.reset();
    m_capabilitiesFromCache = false;
    m_invites.clear();
    m_hostedError.clear();
    m_firstResultMs = -1;
    m_elapsedMs = -1;
    for (Area area : {Area::TollFree, Area::Hosted, Area::Rcs})
        m_states.insert(area, AreaState::Searching);
    m_clock.start();
    Q_EMIT started(m_number);
    startTollFree();
    startHosted();
    startRcs();
    return true;
}

void NumberLookup::cancel()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    if (m_orderSearch) {
        m_orderSearch->disconnect(this);
        m_orderSearch->cancel();
        m_orderSearch->deleteLater();
        m_orderSearch = nullptr;
    }
    if (m_checker) {
        m_checker->disconnect(this);
        m_checker->cancelOne();
        m_checker->deleteLater();
        m_checker = nullptr;
    }
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        if (it.value() == AreaState::Searching)
            it.value() = AreaState::Idle;
    }
}

bool NumberLookup::isRunning() const
{
    return std::any_of(m_states.cbegin(), m_states.cend(),
                       [](AreaState state) { return state == AreaState::Searching; });
}

NumberLookup::AreaState NumberLookup::state(Area area) const
{
    return m_states.value(area, AreaState::Idle);
}

QString NumberLookup::errorMessage(Area area) const
{
    return m_errors.value(area);
}

void NumberLookup::startTollFree()
{
    TollFreeListFilter filter;
    filter.phoneNumber = m_number;
    auto *call = TollFreeApi(m_client).list(filter, 1, pageSize);
    m_calls.append(call);
    call->onResult(this, [this](const TollFreeApi::Page &page) {
        // The filter matches a substring of any number: keep the requests that hold this one.
        for (const TollFreeVerificationRequest &request : page.items) {
            if (request.phoneNumbers.contains(m_number))
                m_tollFree.append(request);
        }
        m_tollFreeTruncated = page.totalItems > page.items.size();
        finishArea(Area::TollFree,
                   m_tollFree.isEmpty() ? AreaState::NothingFound : AreaState::Found);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            finishArea(Area::TollFree, AreaState::Failed, error.message());
    });
}

void NumberLookup::startHosted()
{
    m_hostedPartsLeft = 2;
    HostedNumbersFilter filter;
    filter.phoneNumber = m_number;
    auto *call = m_client->send(HostedApi::listNumbersRequest(1, pageSize, filter));
    m_calls.append(call);
    call->onResult(this, [this](const PageOf<MessagingHostedNumber> &page) {
        for (const MessagingHostedNumber &number : page.items) {
            if (number.phoneNumber == m_number)
                m_hostedNumbers.append(number);
        }
        finishHostedPart();
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_hostedError = error.message();
        finishHostedPart();
    });

    m_orderSearch = CreatedRecordLookup::forHostedOrder(m_client, {m_number}, this);
    connect(m_orderSearch, &CreatedRecordLookup::finished, this, [this] {
        m_orders = m_orderSearch->orderMatches();
        m_searchedAllOrders = m_orderSearch->searchedEverything();
        m_orderSearch->deleteLater();
        m_orderSearch = nullptr;
        finishHostedPart();
    });
    connect(m_orderSearch, &CreatedRecordLookup::failed, this, [this](const ApiError &error) {
        if (m_hostedError.isEmpty())
            m_hostedError = error.message();
        m_orderSearch->deleteLater();
        m_orderSearch = nullptr;
        finishHostedPart();
    });
    m_orderSearch->start();
}

void NumberLookup::finishHostedPart()
{
    if (--m_hostedPartsLeft > 0)
        return;
    const bool found = !m_hostedNumbers.isEmpty() || !m_orders.isEmpty();
    // What one part found is shown even when the other failed; the failure is kept as a note.
    if (!m_hostedError.isEmpty() && !found)
        finishArea(Area::Hosted, AreaState::Failed, m_hostedError);
    else
        finishArea(Area::Hosted, found ? AreaState::Found : AreaState::NothingFound, m_hostedError);
}

void NumberLookup::startRcs()
{
    if (m_inviteStore) {
        for (const RcsInviteRecord &invite : m_inviteStore->allInvites()) {
            if (PhoneNumberList::normalise(invite.phoneNumber) == m_number)
                m_invites.append(invite);
        }
    }
    std::sort(m_invites.begin(), m_invites.end(),
              [](const RcsInviteRecord &a, const RcsInviteRecord &b) {
                  return a.invitedAt > b.invitedAt;
              });
    if (m_agentId.isEmpty() || !m_capabilitiesCache) {
        finishArea(Area::Rcs, m_invites.isEmpty() ? AreaState::NothingFound : AreaState::Found);
        return;
    }
    m_checker = new RcsCapabilityChecker(m_client, m_capabilitiesCache, this);
    connect(m_checker, &RcsCapabilityChecker::singleChecked, this,
            [this](const RcsCapabilities &capabilities, bool fromCache) {
                m_capabilities = capabilities;
                m_capabilitiesFromCache = fromCache;
                m_checker->deleteLater();
                m_checker = nullptr;
                finishArea(Area::Rcs, AreaState::Found);
            });
    connect(m_checker, &RcsCapabilityChecker::singleFailed, this,
            [this](const QString &, const QString &message, const ApiError &error) {
                if (error.kind() == ApiError::Kind::Cancelled)
                    return;
                m_checker->deleteLater();
                m_checker = nullptr;
                // The invites are still an answer; the capability failure is a note.
                finishArea(Area::Rcs, m_invites.isEmpty() ? AreaState::Failed : AreaState::Found,
                           message);
            });
    m_checker->checkOne(m_agentId, m_number);
}

void NumberLookup::finishArea(Area area, AreaState state, const QString &error)
{
    if (m_states.value(area) != AreaState::Searching)
        return;
    m_states.insert(area, state);
    if (!error.isEmpty())
        m_errors.insert(area, error);
    if (state == AreaState::Found && m_firstResultMs < 0)
        m_firstResultMs = m_clock.elapsed();
    if (!isRunning())
        m_elapsedMs = m_clock.elapsed();
    Q_EMIT areaFinished(area);
    if (!isRunning())
        Q_EMIT finished();
}
