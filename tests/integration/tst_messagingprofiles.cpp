#include "api/hostedapi.h"
#include "api/messagingprofilesapi.h"
#include "api/rcsapi.h"
#include "sandboxtestbed.h"
#include "session/messagingprofiles.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString profilesList = u"GET /v2/messaging_profiles"_s;
} // namespace

// The session's messaging profiles over real HTTP against the sandbox: every page is read, the
// ids the sandbox's records use have names, a switch of account forgets them; and the
// hosted-number PATCH that moves a number to another profile.
class TestMessagingProfiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_bed;

    template<typename T> static T resultOf(ApiCallOf<T> *call)
    {
        T result;
        QObject::connect(call, &ApiCall::finished, [&] { result = call->result(); });
        SandboxTestbed::wait(call);
        return result;
    }
    static ApiError failureOf(ApiCall *call)
    {
        ApiError error;
        QObject::connect(call, &ApiCall::failed, [&](const ApiError &e) { error = e; });
        SandboxTestbed::wait(call);
        return error;
    }
    // Loads `profiles` to the end.
    static bool loaded(MessagingProfiles &profiles)
    {
        profiles.load();
        return QTest::qWaitFor([&] { return profiles.isLoaded() && !profiles.isLoading(); }, 15000);
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<SandboxTestbed>();
        QVERIFY(m_bed->isListening());
    }
    void cleanup() { m_bed.reset(); }

    void everyPageIsReadAndEveryProfileHasItsName()
    {
        MessagingProfiles profiles(&m_bed->client);
        profiles.setPageSize(2);
        QSignalSpy changed(&profiles, &MessagingProfiles::changed);
        QVERIFY(loaded(profiles));
        QCOMPARE(changed.size(), 1);
        // Six seeded profiles, two per page: three pages, asked once each.
        QCOMPARE(profiles.profiles().size(), 6);
        QCOMPARE(m_bed->requestCount(profilesList), 3);
        QSet<QString> pagesAsked;
        const QJsonArray log = m_bed->requestLog();
        for (const QJsonValue &entry : log) {
            const QJsonObject request = entry.toObject();
            if (request.value(u"path"_s).toString() != u"/v2/messaging_profiles"_s)
                continue;
            const QUrlQuery query(request.value(u"query"_s).toString());
            pagesAsked.insert(query.queryItemValue(u"page[number]"_s));
        }
        QCOMPARE(pagesAsked, (QSet<QString>{u"1"_s, u"2"_s, u"3"_s}));
        for (const MessagingProfile &profile : profiles.profiles()) {
            QVERIFY(!profile.id.isEmpty());
            QCOMPARE(profiles.name(profile.id), profile.name);
            QVERIFY(profile.enabled);
            QVERIFY(profile.createdAt.isValid());
        }
        QCOMPARE(profiles.name(u"no-such-profile"_s), QString());
    }

    void theProfilesOfTheSeededRecordsHaveNames()
    {
        MessagingProfiles profiles(&m_bed->client);
        QVERIFY(loaded(profiles));
        QSet<QString> used;
        for (const HostedOrder &order :
             resultOf(HostedApi(&m_bed->client).listOrders(1, 250)).items)
            used.insert(order.messagingProfileId.value_or(QString()));
        for (const RcsAgent &agent : resultOf(RcsApi(&m_bed->client).listAgents(1, 100)).items)
            used.insert(agent.profileId.value_or(QString()));
        used.remove(QString());
        QVERIFY(used.size() >= 2);
        for (const QString &id : std::as_const(used))
            QVERIFY2(!profiles.name(id).isEmpty(), qPrintable(id));
    }

    void aProfileAnOrderNamesResolvesAfterARefresh()
    {
        MessagingProfiles profiles(&m_bed->client);
        QVERIFY(loaded(profiles));
        const QString newProfile = u"7d9a3c2e-1b4f-4c8a-9e6d-2f5a8b1c3d4e"_s;
        HostedOrderCreateRequest request;
        request.messagingProfileId = newProfile;
        request.phoneNumbers = {u"+13125550177"_s};
        QCOMPARE(resultOf(HostedApi(&m_bed->client).createOrder(request)).messagingProfileId,
                 std::optional<QString>(newProfile));
        QCOMPARE(profiles.name(newProfile), QString());
        QSignalSpy changed(&profiles, &MessagingProfiles::changed);
        profiles.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QVERIFY(profiles.name(newProfile).contains(newProfile.left(8)));
    }

    void anotherAccountForgetsTheProfiles()
    {
        MessagingProfiles profiles(&m_bed->client);
        QVERIFY(loaded(profiles));
        QSignalSpy changed(&profiles, &MessagingProfiles::changed);
        profiles.forget();
        QCOMPARE(changed.size(), 1);
        QVERIFY(profiles.profiles().isEmpty());
        QVERIFY(!profiles.isLoaded());
        // A load cancelled half-way leaves nothing loaded and says nothing changed.
        profiles.load();
        QVERIFY(profiles.isLoading());
        profiles.cancel();
        QVERIFY(!profiles.isLoading());
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(changed.size(), 1);
    }

    void aFailedLoadKeepsTheNamesItHad()
    {
        MessagingProfiles profiles(&m_bed->client);
        QVERIFY(loaded(profiles));
        const int known = int(profiles.profiles().size());
        m_bed->addFault(u"GET"_s, u"/v2/messaging_profiles"_s, u"status"_s, {{u"status"_s, 403}});
        QSignalSpy failed(&profiles, &MessagingProfiles::failed);
        profiles.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(profiles.profiles().size(), known);
        QCOMPARE(profiles.lastError().httpStatus(), 403);
    }

    void aHostedNumberMovesToAnotherProfile()
    {
        MessagingProfiles profiles(&m_bed->client);
        QVERIFY(loaded(profiles));
        const MessagingHostedNumber number =
            resultOf(HostedApi(&m_bed->client).listNumbers(1, 1)).items.value(0);
        QVERIFY(!number.id.isEmpty());
        QString target;
        for (const MessagingProfile &profile : profiles.profiles()) {
            if (profile.id != number.messagingProfileId.value_or(QString()))
                target = profile.id;
        }
        MessagingHostedNumberUpdate update;
        update.messagingProfileId = target;
        update.messagingProduct = u"P2P"_s;
        update.tags = QStringList{u"front-desk"_s, u"east"_s};
        const MessagingHostedNumber moved =
            resultOf(HostedApi(&m_bed->client).updateNumber(number.id, update));
        QCOMPARE(moved.id, number.id);
        QCOMPARE(moved.messagingProfileId, std::optional<QString>(target));
        QCOMPARE(moved.messagingProduct, u"P2P"_s);
        QCOMPARE(moved.tags, (QStringList{u"front-desk"_s, u"east"_s}));
        const QJsonObject body = m_bed->requestLog().last().toObject().value(u"body"_s).toObject();
        QCOMPARE(body.value(u"messaging_profile_id"_s).toString(), target);

        // A profile the account does not have: 422 on the field; an unknown number: 404.
        update = {};
        update.messagingProfileId = u"00000000-0000-4000-8000-00000000beef"_s;
        const ApiError unknownProfile =
            failureOf(HostedApi(&m_bed->client).updateNumber(number.id, update));
        QCOMPARE(unknownProfile.httpStatus(), 422);
        const QList<ApiErrorItem> items = unknownProfile.fieldItems({u"messaging_profile_id"_s});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().pointer, u"/messaging_profile_id"_s);
        QCOMPARE(failureOf(HostedApi(&m_bed->client)
                               .updateNumber(u"00000000-0000-4000-8000-000000000000"_s, update))
                     .httpStatus(),
                 404);
    }
};

QTEST_GUILESS_MAIN(TestMessagingProfiles)
#include "tst_messagingprofiles.moc"
