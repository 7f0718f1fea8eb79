// RCS domain types: agents and their PATCH body, capabilities, test-number invites,
// deeplinks, the message request/response of POST /messages/rcs, and the composer's draft.

#include "domain/rcs.h"
#include "domain/rcscomposerdraft.h"
#include "domain/rcsmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// URLs in the raw-string JSON fixtures are written "https:\/\/..." (JSON's escaped slash):
// moc reads a literal "//" inside a raw string as a comment and then misses the test class.

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qFatal("test fixture is not a JSON object: %s", qPrintable(error.errorString()));
    }
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

RcsCardContent card(const QString &title)
{
    RcsCardContent content;
    content.title = title;
    content.description = u"Description of "_s + title;
    RcsCardMedia media;
    media.contentInfo = RcsContentInfo{u"https://example.com/"_s + title + u".png"_s, true,
                                       u"https://example.com/thumb.png"_s};
    media.height = u"TALL"_s;
    content.media = media;
    content.suggestions = {RcsSuggestion::reply(u"Buy"_s, u"buy-"_s + title)};
    return content;
}

// A message that uses every nested type once.
RcsMessageRequest richMessage()
{
    RcsMessageRequest request;
    request.agentId = u"Agent007"_s;
    request.to = u"+13125551234"_s;
    request.messagingProfileId = u"550e8400-e29b-41d4-a716-446655440000"_s;
    request.webhookUrl = u"https://example.com/rcs-hook"_s;

    RcsContentMessage content;
    content.text = u"Your order has shipped"_s;

    RcsSuggestion calendar;
    calendar.kind = RcsSuggestion::Kind::Action;
    calendar.text = u"Remind me"_s;
    calendar.postbackData = u"cal"_s;
    calendar.fallbackUrl = u"https://example.com/calendar"_s;
    calendar.createCalendarEvent = RcsCalendarEventAction{
        u"Delivery"_s, u"Parcel arrives"_s, utc(2024, 7, 1, 9, 0, 0), utc(2024, 7, 1, 17, 0, 0)};

    RcsSuggestion location;
    location.kind = RcsSuggestion::Kind::Action;
    location.text = u"Depot"_s;
    location.viewLocation =
        RcsViewLocationAction{u"Depot"_s, RcsLatLong{30.2672, -97.7431}, u"depot austin"_s};

    RcsSuggestion share;
    share.kind = RcsSuggestion::Kind::Action;
    share.text = u"Share location"_s;
    share.shareLocation = true;

    RcsSuggestion web = RcsSuggestion::openUrlAction(u"Track"_s, u"https://example.com/t"_s);
    web.openUrl->application = u"WEBVIEW"_s;
    web.openUrl->webviewViewMode = u"HALF"_s;
    web.openUrl->description = u"Tracking page"_s;

    content.suggestions = {RcsSuggestion::reply(u"Thanks"_s, u"thanks"_s),
                           RcsSuggestion::dialAction(u"Call us"_s, u"+18005550100"_s),
                           calendar,
                           location,
                           share,
                           web};

    RcsRichCard rich;
    RcsStandaloneCard standalone;
    standalone.cardContent = card(u"single"_s);
    standalone.cardOrientation = u"HORIZONTAL"_s;
    standalone.thumbnailImageAlignment = u"RIGHT"_s;
    rich.standaloneCard = standalone;
    RcsCarouselCard carousel;
    carousel.cardContents = {card(u"one"_s), card(u"two"_s)};
    carousel.cardWidth = u"SMALL"_s;
    rich.carouselCard = carousel;
    content.richCard = rich;
    content.contentInfo = RcsContentInfo{u"https://example.com/file.pdf"_s, std::nullopt, {}};

    request.agentMessage.contentMessage = content;
    request.agentMessage.eventType = u"IS_TYPING"_s;
    request.agentMessage.expireTime = utc(2024, 7, 2, 0, 0, 0);
    request.agentMessage.ttl = u"3600s"_s;
    request.smsFallback = RcsSmsFallback{u"+13125550000"_s, u"Your order has shipped"_s};
    request.mmsFallback = RcsMmsFallback{
        u"+13125550000"_s, u"Shipped"_s, u"See picture"_s, {u"https://example.com/p.jpg"_s}};
    return request;
}

} // namespace

class TestDomainRcs : public QObject
{
    Q_OBJECT

private slots:
    void agentParsesServerSample();
    void agentRoundTrip();
    void agentUpdateBodies_data();
    void agentUpdateBodies();
    void agentUpdateReadsAndApplies();
    void capabilities();
    void featureLabels();
    void testNumberInviteAndDeeplink();
    void minimalMessageMatchesSdkShape();
    void richMessageWireShape();
    void richMessageRoundTrip();
    void suggestionKinds();
    void messageProblems_data();
    void messageProblems();
    void messageResponse();
    void composerDraftRoundTripKeepsWhatWasTyped();
};

void TestDomainRcs::agentParsesServerSample()
{
    const QJsonObject json = parseObject(R"({
        "agent_id": "Agent007", "agent_name": "Acme Bot", "created_at": "2024-01-01T00:00:00Z",
        "enabled": true, "profile_id": null, "updated_at": "2024-01-02T00:00:00.500Z",
        "user_id": "user-1", "webhook_failover_url": null,
        "webhook_url": "https:\/\/example.com/rcs", "carrier_approvals": []})");
    const RcsAgent agent = RcsAgent::fromJson(json);
    QCOMPARE(agent.agentId, u"Agent007"_s);
    QCOMPARE(agent.agentName, u"Acme Bot"_s);
    QCOMPARE(agent.createdAt, utc(2024, 1, 1, 0, 0, 0));
    QCOMPARE(agent.updatedAt, utc(2024, 1, 2, 0, 0, 0).addMSecs(500));
    QVERIFY(agent.enabled);
    QVERIFY(!agent.profileId.has_value());
    QCOMPARE(agent.userId, u"user-1"_s);
    QVERIFY(!agent.webhookFailoverUrl.has_value());
    QCOMPARE(agent.webhookUrl, std::optional<QString>(u"https://example.com/rcs"_s));
    QCOMPARE(agent.raw, json);
}

void TestDomainRcs::agentRoundTrip()
{
    RcsAgent agent;
    agent.agentId = u"a"_s;
    agent.agentName = u"Agent"_s;
    agent.enabled = true;
    agent.profileId = u"profile"_s;
    agent.webhookUrl = u""_s;
    agent.createdAt = utc(2023, 3, 3, 3, 3, 3);
    QCOMPARE(RcsAgent::fromJson(agent.toJson()), agent);
    QCOMPARE(agent.toJson().value(u"webhook_failover_url"), QJsonValue(QJsonValue::Null));
    QCOMPARE(agent.toJson().value(u"webhook_url"), QJsonValue(u""_s));

    RcsAgent disabled = agent;
    disabled.enabled = false;
    QVERIFY(!(disabled == agent));
}

void TestDomainRcs::agentUpdateBodies_data()
{
    QTest::addColumn<RcsAgentUpdate>("update");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("nothing") << RcsAgentUpdate() << QByteArray("{}");
    QTest::newRow("set profile") << RcsAgentUpdate{PatchString::set(u"p-1"_s), {}, {}}
                                 << QByteArray(R"({"profile_id":"p-1"})");
    QTest::newRow("clear webhook")
        << RcsAgentUpdate{{}, PatchString::clear(), {}} << QByteArray(R"({"webhook_url":null})");
    QTest::newRow("all three")
        << RcsAgentUpdate{PatchString::clear(), PatchString::set(u"https://a.example/h"_s),
                          PatchString::set(u"https://b.example/h"_s)}
        << QByteArray(R"({"profile_id":null,"webhook_failover_url":"https:\/\/b.example/h",)"
                      R"("webhook_url":"https:\/\/a.example/h"})");
    QTest::newRow("set to empty") << RcsAgentUpdate{{}, {}, PatchString::set(QString())}
                                  << QByteArray(R"({"webhook_failover_url":""})");
}

void TestDomainRcs::agentUpdateBodies()
{
    QFETCH(RcsAgentUpdate, update);
    QFETCH(QByteArray, body);
    QCOMPARE(update.toJson(), parseObject(body));
    QCOMPARE(update.isEmpty(), body == "{}");
    QCOMPARE(RcsAgentUpdate::fromJson(update.toJson()), update);
}

void TestDomainRcs::agentUpdateReadsAndApplies()
{
    const RcsAgentUpdate update = RcsAgentUpdate::fromJson(
        parseObject(R"({"profile_id": "new", "webhook_url": null, "webhook_failover_url": 3})"));
    QCOMPARE(update.profileId, PatchString::set(u"new"_s));
    QCOMPARE(update.webhookUrl, PatchString::clear());
    QCOMPARE(update.webhookFailoverUrl, PatchString::keep()); // wrong type: leave alone

    RcsAgent agent;
    agent.profileId = u"old"_s;
    agent.webhookUrl = u"https://old.example"_s;
    agent.webhookFailoverUrl = u"https://failover.example"_s;
    const RcsAgent updated = update.appliedTo(agent);
    QCOMPARE(updated.profileId, std::optional<QString>(u"new"_s));
    QVERIFY(!updated.webhookUrl.has_value());
    QCOMPARE(updated.webhookFailoverUrl, agent.webhookFailoverUrl);
}

void TestDomainRcs::capabilities()
{
    const QJsonObject body = parseObject(R"({"data": [
        {"record_type": "rcs.capabilities", "phone_number": "+15559876543",
         "agent_id": "a", "agent_name": "Acme Bot",
         "features": ["ACTION_DIAL", "RICHCARD_CAROUSEL", 7, null]},
        {"record_type": "rcs.capabilities", "phone_number": "+15550000000", "agent_id": "a",
         "features": []},
        "garbage"
    ]})");
    const QList<RcsCapabilities> list = RcsCapabilities::listFromResponse(body);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).features, QStringList({u"ACTION_DIAL"_s, u"RICHCARD_CAROUSEL"_s}));
    QVERIFY(list.at(0).isRcsCapable());
    QVERIFY(list.at(0).supports(u"RICHCARD_CAROUSEL"_s));
    QVERIFY(!list.at(0).supports(u"RICHCARD_STANDALONE"_s));
    QVERIFY(!list.at(1).isRcsCapable());
    QCOMPARE(list.at(0).agentName, u"Acme Bot"_s);
    QCOMPARE(list.at(0).recordType, u"rcs.capabilities"_s);
    QCOMPARE(RcsCapabilities::fromJson(list.at(0).toJson()), list.at(0));

    const RcsBulkCapabilitiesRequest request{u"TestAgent"_s, {u"+13125551234"_s}};
    QCOMPARE(compact(request.toJson()),
             QByteArray(R"({"agent_id":"TestAgent","phone_numbers":["+13125551234"]})"));
    QCOMPARE(RcsBulkCapabilitiesRequest::fromJson(request.toJson()), request);
}

void TestDomainRcs::featureLabels()
{
    const QStringList known = rcsKnownFeatures();
    for (const char *feature :
         {"RICHCARD_STANDALONE", "RICHCARD_CAROUSEL", "ACTION_OPEN_URL",
          "ACTION_OPEN_URL_IN_WEBVIEW", "ACTION_DIAL", "ACTION_VIEW_LOCATION",
          "ACTION_SHARE_LOCATION", "ACTION_CREATE_CALENDAR_EVENT", "ACTION_COMPOSE"}) {
        QVERIFY2(known.contains(QString::fromLatin1(feature)), feature);
    }
    QSet<QString> labels;
    for (const QString &feature : known) {
        const QString label = rcsFeatureLabel(feature);
        QVERIFY(!label.isEmpty());
        QVERIFY2(label != feature, qPrintable(feature));
        labels.insert(label);
    }
    QCOMPARE(labels.size(), known.size());
    QCOMPARE(rcsFeatureLabel(u"ACTION_DIAL"_s), u"Dial a number"_s);
    QCOMPARE(rcsFeatureLabel(u"RICHCARD_STANDALONE"_s), u"Rich card"_s);
    QCOMPARE(rcsFeatureLabel(u"HOLOGRAM_CALL"_s), u"Hologram call"_s);
    QCOMPARE(rcsFeatureLabel(QString()), QString());
    QVERIFY(rcsFeatureLabel(QString(1000000, u'Z')).size() <= 64);
}

void TestDomainRcs::testNumberInviteAndDeeplink()
{
    const QJsonObject invite = parseObject(R"({"agent_id": "a", "phone_number": "+13125550001",
        "record_type": "rcs.test_number_invite", "status": "pending"})");
    const RcsTestNumberInvite parsed = RcsTestNumberInvite::fromJson(invite);
    QCOMPARE(parsed.agentId, u"a"_s);
    QCOMPARE(parsed.phoneNumber, u"+13125550001"_s);
    QCOMPARE(parsed.recordType, u"rcs.test_number_invite"_s);
    QCOMPARE(parsed.status, u"pending"_s);
    QCOMPARE(parsed.toJson(), invite);
    QCOMPARE(RcsTestNumberInvite::fromJson(parsed.toJson()), parsed);

    const RcsDeeplink link =
        RcsDeeplink::fromJson(parseObject(R"({"url": "sms:+13125550001?service_id=x"})"));
    QCOMPARE(link.url, u"sms:+13125550001?service_id=x"_s);
    QCOMPARE(RcsDeeplink::fromJson(link.toJson()), link);
}

void TestDomainRcs::minimalMessageMatchesSdkShape()
{
    // The SDK's own example: agent_message may be an empty object.
    RcsMessageRequest request;
    request.agentId = u"Agent007"_s;
    request.to = u"+13125551234"_s;
    request.messagingProfileId = u"messaging_profile_id"_s;
    QCOMPARE(compact(request.toJson()),
             QByteArray(R"({"agent_id":"Agent007","agent_message":{},)"
                        R"("messaging_profile_id":"messaging_profile_id","to":"+13125551234",)"
                        R"("type":"RCS"})"));

    request.agentMessage.contentMessage = RcsContentMessage();
    request.agentMessage.contentMessage->text = u"Hello"_s;
    request.smsFallback = RcsSmsFallback{u"+13125550000"_s, u"Hello"_s};
    QCOMPARE(request.toJson().value(u"agent_message").toObject(),
             parseObject(R"({"content_message": {"text": "Hello"}})"));
    QCOMPARE(request.toJson().value(u"sms_fallback").toObject(),
             parseObject(R"({"from": "+13125550000", "text": "Hello"})"));
    QVERIFY(!request.toJson().contains(u"mms_fallback"));
    QVERIFY(!request.toJson().contains(u"webhook_url"));
}

void TestDomainRcs::richMessageWireShape()
{
    // Expected fragments, in the SDK's shapes.
    const QByteArray calendarJson = R"({"action": {
        "text": "Remind me", "postback_data": "cal", "fallback_url": "https:\/\/example.com/calendar",
        "create_calendar_event_action": {"title": "Delivery", "description": "Parcel arrives",
            "start_time": "2024-07-01T09:00:00.000Z", "end_time": "2024-07-01T17:00:00.000Z"}}})";
    const QByteArray locationJson = R"({"action": {"text": "Depot",
        "view_location_action": {"label": "Depot", "query": "depot austin",
            "lat_long": {"latitude": 30.2672, "longitude": -97.7431}}}})";
    const QByteArray webJson = R"({"action": {"text": "Track",
        "open_url_action": {"url": "https:\/\/example.com/t", "application": "WEBVIEW",
                            "webview_view_mode": "HALF", "description": "Tracking page"}}})";
    const QByteArray cardJson = R"({
        "title": "single", "description": "Description of single",
        "media": {"height": "TALL", "content_info": {"file_url": "https:\/\/example.com/single.png",
                  "force_refresh": true, "thumbnail_url": "https:\/\/example.com/thumb.png"}},
        "suggestions": [{"reply": {"text": "Buy", "postback_data": "buy-single"}}]})";
    const QByteArray contentInfoJson = R"({"file_url": "https:\/\/example.com/file.pdf"})";
    const QByteArray mmsJson = R"({"from": "+13125550000", "subject": "Shipped",
        "text": "See picture", "media_urls": ["https:\/\/example.com/p.jpg"]})";

    const QJsonObject body = richMessage().toJson();
    const QJsonObject agentMessage = body.value(u"agent_message").toObject();
    QCOMPARE(agentMessage.value(u"event").toObject(),
             parseObject(R"({"event_type": "IS_TYPING"})"));
    QCOMPARE(agentMessage.value(u"ttl").toString(), u"3600s"_s);
    QCOMPARE(agentMessage.value(u"expire_time").toString(), u"2024-07-02T00:00:00.000Z"_s);

    const QJsonObject content = agentMessage.value(u"content_message").toObject();
    QCOMPARE(content.value(u"text").toString(), u"Your order has shipped"_s);
    const QJsonArray suggestions = content.value(u"suggestions").toArray();
    QCOMPARE(suggestions.size(), 6);
    QCOMPARE(suggestions.at(0).toObject(),
             parseObject(R"({"reply": {"text": "Thanks", "postback_data": "thanks"}})"));
    QCOMPARE(suggestions.at(1).toObject(), parseObject(R"({"action": {"text": "Call us",
                                        "dial_action": {"phone_number": "+18005550100"}}})"));
    QCOMPARE(suggestions.at(2).toObject(), parseObject(calendarJson));
    QCOMPARE(suggestions.at(3).toObject(), parseObject(locationJson));
    QCOMPARE(suggestions.at(4).toObject(),
             parseObject(R"({"action": {"text": "Share location", "share_location_action": {}}})"));
    QCOMPARE(suggestions.at(5).toObject(), parseObject(webJson));

    const QJsonObject richCard = content.value(u"rich_card").toObject();
    const QJsonObject standalone = richCard.value(u"standalone_card").toObject();
    QCOMPARE(standalone.value(u"card_orientation").toString(), u"HORIZONTAL"_s);
    QCOMPARE(standalone.value(u"thumbnail_image_alignment").toString(), u"RIGHT"_s);
    QCOMPARE(standalone.value(u"card_content").toObject(), parseObject(cardJson));
    const QJsonObject carousel = richCard.value(u"carousel_card").toObject();
    QCOMPARE(carousel.value(u"card_width").toString(), u"SMALL"_s);
    QCOMPARE(carousel.value(u"card_contents").toArray().size(), 2);
    QCOMPARE(content.value(u"content_info").toObject(), parseObject(contentInfoJson));

    QCOMPARE(body.value(u"mms_fallback").toObject(), parseObject(mmsJson));
    QCOMPARE(body.value(u"webhook_url").toString(), u"https://example.com/rcs-hook"_s);
}

void TestDomainRcs::richMessageRoundTrip()
{
    const RcsMessageRequest request = richMessage();
    const RcsMessageRequest back = RcsMessageRequest::fromJson(request.toJson());
    QVERIFY2(back == request, compact(back.toJson()).constData());

    // A change deep inside is noticed.
    RcsMessageRequest changed = request;
    changed.agentMessage.contentMessage->richCard->carouselCard->cardContents[1]
        .suggestions[0]
        .postbackData = u"other"_s;
    QVERIFY(!(changed == request));
}

void TestDomainRcs::suggestionKinds()
{
    const RcsSuggestion reply =
        RcsSuggestion::fromJson(parseObject(R"({"reply": {"text": "Yes"}})"));
    QCOMPARE(reply.kind, RcsSuggestion::Kind::Reply);
    QCOMPARE(reply.text, u"Yes"_s);

    const RcsSuggestion action = RcsSuggestion::fromJson(parseObject(
        R"({"action": {"text": "Go", "open_url_action": {"url": "https:\/\/x.example"}}})"));
    QCOMPARE(action.kind, RcsSuggestion::Kind::Action);
    QVERIFY(action.openUrl.has_value());
    QCOMPARE(action.openUrl->application, u"BROWSER"_s); // default for a missing required enum
    QVERIFY(!action.dial.has_value());
    QVERIFY(!action.shareLocation);

    const RcsSuggestion garbage = RcsSuggestion::fromJson(parseObject(R"({"action": "x"})"));
    QCOMPARE(garbage.kind, RcsSuggestion::Kind::Reply);
    QVERIFY(garbage.text.isEmpty());
}

void TestDomainRcs::messageProblems_data()
{
    QTest::addColumn<RcsMessageRequest>("request");
    QTest::addColumn<QString>("problemContains"); // empty: no problem expected

    RcsMessageRequest text;
    text.agentId = u"a"_s;
    text.to = u"+13125551234"_s;
    text.messagingProfileId = u"p"_s;
    text.agentMessage.contentMessage = RcsContentMessage();
    text.agentMessage.contentMessage->text = u"Hello"_s;
    QTest::newRow("plain text") << text << QString();
    QTest::newRow("rich message") << richMessage() << QString();

    RcsMessageRequest request = text;
    request.agentId.clear();
    QTest::newRow("no agent") << request << u"agent"_s;

    request = text;
    request.to = u"3125551234"_s;
    QTest::newRow("recipient not E.164") << request << u"Recipient"_s;

    request = text;
    request.messagingProfileId = u"  "_s;
    QTest::newRow("no profile") << request << u"messaging profile"_s;

    request = text;
    request.agentMessage = RcsAgentMessage();
    QTest::newRow("empty message") << request << u"empty"_s;

    request = text;
    request.agentMessage.contentMessage->text = QString(3073, u'a');
    QTest::newRow("text too long") << request << u"3072"_s;

    request = text;
    request.agentMessage.contentMessage->suggestions = {
        RcsSuggestion::reply(u"This suggestion is far too long"_s)};
    QTest::newRow("suggestion too long") << request << u"25 characters"_s;

    request = text;
    request.agentMessage.contentMessage->suggestions = {
        RcsSuggestion::dialAction(u"Call"_s, u"555"_s)};
    QTest::newRow("dial number invalid") << request << u"dial"_s;

    request = richMessage();
    request.agentMessage.contentMessage->richCard->carouselCard->cardContents.removeLast();
    QTest::newRow("carousel of one") << request << u"between 2 and 10"_s;

    request = text;
    request.smsFallback = RcsSmsFallback{u"not a number"_s, u"x"_s};
    QTest::newRow("fallback sender") << request << u"SMS fallback"_s;

    request = text;
    request.webhookUrl = u"ftp://example.com"_s;
    QTest::newRow("webhook scheme") << request << u"Webhook URL"_s;

    request = text;
    request.type = u"SMS"_s;
    QTest::newRow("type") << request << u"RCS"_s;
}

void TestDomainRcs::messageProblems()
{
    QFETCH(RcsMessageRequest, request);
    QFETCH(QString, problemContains);
    const QString problem = request.firstProblem();
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(problemContains, Qt::CaseInsensitive), qPrintable(problem));
    }
}

void TestDomainRcs::messageResponse()
{
    const QJsonObject json = parseObject(R"({
        "id": "msg-1", "direction": "outbound", "encoding": "utf-8",
        "body": {"content_message": {"text": "Hello"}},
        "from": {"agent_id": "Agent007", "agent_name": "Acme Bot", "carrier": "Google"},
        "messaging_profile_id": "prof", "organization_id": "org",
        "received_at": "2024-07-01T12:00:00.250Z", "record_type": "message",
        "to": [{"phone_number": "+13125551234", "carrier": "T-Mobile", "line_type": "Wireless",
                "status": "queued"}],
        "type": "RCS", "wait_seconds": 1.5})");
    const RcsMessageResponse response = RcsMessageResponse::fromJson(json);
    QCOMPARE(response.id, u"msg-1"_s);
    QCOMPARE(response.direction, u"outbound"_s);
    QCOMPARE(response.encoding, u"utf-8"_s);
    QVERIFY(response.body.contentMessage.has_value());
    QCOMPARE(response.body.contentMessage->text, u"Hello"_s);
    QCOMPARE(response.from.agentId, u"Agent007"_s);
    QCOMPARE(response.from.agentName, u"Acme Bot"_s);
    QCOMPARE(response.from.carrier, u"Google"_s);
    QCOMPARE(response.messagingProfileId, u"prof"_s);
    QCOMPARE(response.organizationId, u"org"_s);
    QCOMPARE(response.receivedAt, utc(2024, 7, 1, 12, 0, 0).addMSecs(250));
    QCOMPARE(response.recordType, u"message"_s);
    QCOMPARE(response.to.size(), 1);
    QCOMPARE(response.to.at(0).phoneNumber, u"+13125551234"_s);
    QCOMPARE(response.to.at(0).carrier, u"T-Mobile"_s);
    QCOMPARE(response.to.at(0).lineType, u"Wireless"_s);
    QCOMPARE(response.to.at(0).status, u"queued"_s);
    QCOMPARE(response.type, u"RCS"_s);
    QCOMPARE(response.waitSeconds, std::optional<double>(1.5));
    QCOMPARE(response.raw, json);
    QCOMPARE(RcsMessageResponse::fromJson(response.toJson()), response);

    const RcsMessageResponse nullWait =
        RcsMessageResponse::fromJson(parseObject(R"({"wait_seconds": null})"));
    QVERIFY(!nullWait.waitSeconds.has_value());
    QCOMPARE(nullWait.toJson().value(u"wait_seconds"), QJsonValue(QJsonValue::Null));
    QCOMPARE(RcsMessageResponse::fromJson(nullWait.toJson()), nullWait);
}

void TestDomainRcs::composerDraftRoundTripKeepsWhatWasTyped()
{
    QVERIFY(RcsComposerDraft().isEmpty());
    QVERIFY(RcsComposerDraft::fromJson(RcsComposerDraft().toJson()).isEmpty());

    // A half-typed form: spaces, a blank suggestion row, an action without its target, both
    // fallbacks typed in but only the MMS one switched on, a blank line between media URLs.
    RcsComposerDraft draft;
    draft.message.agentId = u"Agent007"_s;
    draft.message.to = u" +1312555 "_s;
    draft.message.messagingProfileId = u"profile-1"_s;
    RcsContentMessage content;
    content.text = u"Line one\n\nLine three "_s;
    content.suggestions = {RcsSuggestion::reply(u"Yes"_s, u"yes"_s), RcsSuggestion::reply({}),
                           RcsSuggestion::dialAction(u"Call"_s, {}),
                           RcsSuggestion::openUrlAction(u"Menu"_s, u"https://example.com/m"_s)};
    draft.message.agentMessage.contentMessage = content;
    draft.message.smsFallback = RcsSmsFallback{u"+13125550100"_s, u"Typed, then switched off"_s};
    draft.message.mmsFallback =
        RcsMmsFallback{{}, u"Subject"_s, {}, {u"https://example.com/a.jpg"_s, {}, u"b"_s}};
    draft.message.webhookUrl = u"https://hooks.example.com"_s;
    draft.smsFallbackOn = false;
    draft.mmsFallbackOn = true;
    draft.autoProfileId = u"profile-1"_s;
    QVERIFY(!draft.isEmpty());

    const RcsComposerDraft back = RcsComposerDraft::fromJson(draft.toJson());
    QVERIFY2(back == draft, compact(back.toJson()).constData());

    // Each piece of form state is part of the comparison.
    RcsComposerDraft switched = draft;
    switched.smsFallbackOn = true;
    QVERIFY(!(RcsComposerDraft::fromJson(switched.toJson()) == draft));
    RcsComposerDraft typedProfile = draft;
    typedProfile.autoProfileId.clear();
    QVERIFY(!(RcsComposerDraft::fromJson(typedProfile.toJson()) == draft));
}

QTEST_GUILESS_MAIN(TestDomainRcs)
#include "tst_domain_rcs.moc"
