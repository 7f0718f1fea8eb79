#include "domain/rcsmessage.h"

#include "domain/enumtable_p.h"
#include "domain/jsonread.h"
#include "domain/jsonwrite.h"
#include "domain/validators.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString kFileUrl = u"file_url"_s;
const QString kForceRefresh = u"force_refresh"_s;
const QString kThumbnailUrl = u"thumbnail_url"_s;
const QString kReply = u"reply"_s;
const QString kAction = u"action"_s;
const QString kText = u"text"_s;
const QString kPostbackData = u"postback_data"_s;
const QString kFallbackUrl = u"fallback_url"_s;
const QString kOpenUrlAction = u"open_url_action"_s;
const QString kUrl = u"url"_s;
const QString kApplication = u"application"_s;
const QString kWebviewViewMode = u"webview_view_mode"_s;
const QString kDescription = u"description"_s;
const QString kDialAction = u"dial_action"_s;
const QString kPhoneNumber = u"phone_number"_s;
const QString kViewLocationAction = u"view_location_action"_s;
const QString kLabel = u"label"_s;
const QString kLatLong = u"lat_long"_s;
const QString kLatitude = u"latitude"_s;
const QString kLongitude = u"longitude"_s;
const QString kQuery = u"query"_s;
const QString kShareLocationAction = u"share_location_action"_s;
const QString kCreateCalendarEventAction = u"create_calendar_event_action"_s;
const QString kTitle = u"title"_s;
const QString kStartTime = u"start_time"_s;
const QString kEndTime = u"end_time"_s;
const QString kMedia = u"media"_s;
const QString kContentInfo = u"content_info"_s;
const QString kHeight = u"height"_s;
const QString kSuggestions = u"suggestions"_s;
const QString kStandaloneCard = u"standalone_card"_s;
const QString kCardContent = u"card_content"_s;
const QString kCardOrientation = u"card_orientation"_s;
const QString kThumbnailImageAlignment = u"thumbnail_image_alignment"_s;
const QString kCarouselCard = u"carousel_card"_s;
const QString kCardContents = u"card_contents"_s;
const QString kCardWidth = u"card_width"_s;
const QString kContentMessage = u"content_message"_s;
const QString kRichCard = u"rich_card"_s;
const QString kEvent = u"event"_s;
const QString kEventType = u"event_type"_s;
const QString kExpireTime = u"expire_time"_s;
const QString kTtl = u"ttl"_s;
const QString kAgentId = u"agent_id"_s;
const QString kAgentName = u"agent_name"_s;
const QString kTo = u"to"_s;
const QString kFrom = u"from"_s;
const QString kMessagingProfileId = u"messaging_profile_id"_s;
const QString kAgentMessage = u"agent_message"_s;
const QString kSmsFallback = u"sms_fallback"_s;
const QString kMmsFallback = u"mms_fallback"_s;
const QString kSubject = u"subject"_s;
const QString kMediaUrls = u"media_urls"_s;
const QString kType = u"type"_s;
const QString kWebhookUrl = u"webhook_url"_s;
const QString kId = u"id"_s;
const QString kBody = u"body"_s;
const QString kDirection = u"direction"_s;
const QString kEncoding = u"encoding"_s;
const QString kOrganizationId = u"organization_id"_s;
const QString kReceivedAt = u"received_at"_s;
const QString kRecordType = u"record_type"_s;
const QString kWaitSeconds = u"wait_seconds"_s;
const QString kCarrier = u"carrier"_s;
const QString kLineType = u"line_type"_s;
const QString kStatus = u"status"_s;

QStringList latin1List(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values) {
        list.append(QString::fromLatin1(value));
    }
    return list;
}

// A nested object, or nullopt when the key is missing or not an object.
std::optional<QJsonObject> nestedObject(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isObject()) {
        return std::nullopt;
    }
    return value.toObject();
}

QList<RcsSuggestion> readSuggestions(const QJsonObject &object)
{
    QList<RcsSuggestion> suggestions;
    const QList<QJsonObject> entries = JsonRead::objectArray(object, kSuggestions);
    suggestions.reserve(entries.size());
    for (const QJsonObject &entry : entries) {
        suggestions.append(RcsSuggestion::fromJson(entry));
    }
    return suggestions;
}

void writeSuggestions(QJsonObject &object, const QList<RcsSuggestion> &suggestions)
{
    if (suggestions.isEmpty()) {
        return;
    }
    QJsonArray array;
    for (const RcsSuggestion &suggestion : suggestions) {
        array.append(suggestion.toJson());
    }
    object.insert(kSuggestions, array);
}

QList<RcsCardContent> readCardContents(const QJsonObject &object)
{
    QList<RcsCardContent> cards;
    const QList<QJsonObject> entries = JsonRead::objectArray(object, kCardContents);
    cards.reserve(entries.size());
    for (const QJsonObject &entry : entries) {
        cards.append(RcsCardContent::fromJson(entry));
    }
    return cards;
}

// The texts of this file, under the context Domain; lupdate reads the context from here.
struct RcsMessageTexts
{
    Q_DECLARE_TR_FUNCTIONS(Domain)
};

QString suggestionProblem(const RcsSuggestion &suggestion)
{
    if (suggestion.text.trimmed().isEmpty()) {
        return RcsMessageTexts::tr("Every suggestion needs a text.");
    }
    if (suggestion.text.size() > RcsLimits::maxSuggestionTextLength) {
        return RcsMessageTexts::tr("The suggestion \"%1\" is longer than 25 characters.")
            .arg(suggestion.text);
    }
    if (suggestion.postbackData.size() > RcsLimits::maxPostbackDataLength) {
        return RcsMessageTexts::tr("The postback data of \"%1\" is longer than 2048 characters.")
            .arg(suggestion.text);
    }
    if (suggestion.dial) {
        if (const QString problem = Validators::isE164(suggestion.dial->phoneNumber);
            !problem.isEmpty()) {
            return RcsMessageTexts::tr("The number to dial from \"%1\" is not valid: %2")
                .arg(suggestion.text, problem);
        }
    }
    if (suggestion.openUrl) {
        if (const QString problem = Validators::httpUrl(suggestion.openUrl->url);
            !problem.isEmpty()) {
            return RcsMessageTexts::tr("The link of \"%1\" is not valid: %2")
                .arg(suggestion.text, problem);
        }
    }
    return {};
}

QString suggestionsProblem(const QList<RcsSuggestion> &suggestions)
{
    if (suggestions.size() > RcsLimits::maxCardSuggestions) {
        return RcsMessageTexts::tr("At most 10 suggestions are allowed.");
    }
    for (const RcsSuggestion &suggestion : suggestions) {
        if (const QString problem = suggestionProblem(suggestion); !problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

QString cardProblem(const RcsCardContent &card)
{
    if (card.title.size() > RcsLimits::maxCardTitleLength) {
        return RcsMessageTexts::tr("A card title is longer than 200 characters.");
    }
    if (card.description.size() > RcsLimits::maxCardDescriptionLength) {
        return RcsMessageTexts::tr("A card description is longer than 2000 characters.");
    }
    if (card.title.trimmed().isEmpty() && card.description.trimmed().isEmpty() && !card.media) {
        return RcsMessageTexts::tr("Every card needs a title, a description or media.");
    }
    return suggestionsProblem(card.suggestions);
}

} // namespace

QStringList rcsCardOrientations()
{
    return latin1List({"VERTICAL", "HORIZONTAL", "CARD_ORIENTATION_UNSPECIFIED"});
}

QStringList rcsThumbnailAlignments()
{
    return latin1List({"LEFT", "RIGHT", "THUMBNAIL_IMAGE_ALIGNMENT_UNSPECIFIED"});
}

QStringList rcsCardWidths()
{
    return latin1List({"MEDIUM", "SMALL", "CARD_WIDTH_UNSPECIFIED"});
}

QStringList rcsMediaHeights()
{
    return latin1List({"MEDIUM", "SHORT", "TALL", "HEIGHT_UNSPECIFIED"});
}

QStringList rcsOpenUrlApplications()
{
    return latin1List({"BROWSER", "WEBVIEW", "OPEN_URL_APPLICATION_UNSPECIFIED"});
}

QStringList rcsWebviewViewModes()
{
    return latin1List({"WEBVIEW_VIEW_MODE_UNSPECIFIED", "FULL", "HALF", "TALL"});
}

QStringList rcsEventTypes()
{
    return latin1List({"IS_TYPING", "READ", "TYPE_UNSPECIFIED"});
}

// --- RcsContentInfo --------------------------------------------------------------------------

RcsContentInfo RcsContentInfo::fromJson(const QJsonObject &object)
{
    return {JsonRead::string(object, kFileUrl), JsonRead::optionalBoolean(object, kForceRefresh),
            JsonRead::string(object, kThumbnailUrl)};
}

QJsonObject RcsContentInfo::toJson() const
{
    QJsonObject object{{kFileUrl, fileUrl}};
    JsonWrite::insertOptional(object, kForceRefresh, forceRefresh);
    JsonWrite::insertIfNotEmpty(object, kThumbnailUrl, thumbnailUrl);
    return object;
}

// --- RcsSuggestion ---------------------------------------------------------------------------

RcsSuggestion RcsSuggestion::reply(const QString &text, const QString &postbackData)
{
    RcsSuggestion suggestion;
    suggestion.kind = Kind::Reply;
    suggestion.text = text;
    suggestion.postbackData = postbackData;
    return suggestion;
}

RcsSuggestion RcsSuggestion::openUrlAction(const QString &text, const QString &url,
                                           const QString &postbackData)
{
    RcsSuggestion suggestion;
    suggestion.kind = Kind::Action;
    suggestion.text = text;
    suggestion.postbackData = postbackData;
    RcsOpenUrlAction action;
    action.url = url;
    suggestion.openUrl = action;
    return suggestion;
}

RcsSuggestion RcsSuggestion::dialAction(const QString &text, const QString &phoneNumber,
                                        const QString &postbackData)
{
    RcsSuggestion suggestion;
    suggestion.kind = Kind::Action;
    suggestion.text = text;
    suggestion.postbackData = postbackData;
    suggestion.dial = RcsDialAction{phoneNumber};
    return suggestion;
}

RcsSuggestion RcsSuggestion::fromJson(const QJsonObject &object)
{
    using namespace JsonRead;
    RcsSuggestion suggestion;
    const std::optional<QJsonObject> action = nestedObject(object, kAction);
    if (!action) {
        const QJsonObject reply = JsonRead::object(object, kReply);
        suggestion.kind = Kind::Reply;
        suggestion.text = string(reply, kText);
        suggestion.postbackData = string(reply, kPostbackData);
        return suggestion;
    }
    suggestion.kind = Kind::Action;
    suggestion.text = string(*action, kText);
    suggestion.postbackData = string(*action, kPostbackData);
    suggestion.fallbackUrl = string(*action, kFallbackUrl);
    if (const auto openUrl = nestedObject(*action, kOpenUrlAction)) {
        RcsOpenUrlAction value;
        value.url = string(*openUrl, kUrl);
        value.application = string(*openUrl, kApplication, value.application);
        value.webviewViewMode = string(*openUrl, kWebviewViewMode, value.webviewViewMode);
        value.description = string(*openUrl, kDescription);
        suggestion.openUrl = value;
    }
    if (const auto dial = nestedObject(*action, kDialAction)) {
        suggestion.dial = RcsDialAction{string(*dial, kPhoneNumber)};
    }
    if (const auto viewLocation = nestedObject(*action, kViewLocationAction)) {
        RcsViewLocationAction value;
        value.label = string(*viewLocation, kLabel);
        if (const auto latLong = nestedObject(*viewLocation, kLatLong)) {
            value.latLong = RcsLatLong{number(*latLong, kLatitude), number(*latLong, kLongitude)};
        }
        value.query = string(*viewLocation, kQuery);
        suggestion.viewLocation = value;
    }
    suggestion.shareLocation = action->value(kShareLocationAction).isObject();
    if (const auto calendar = nestedObject(*action, kCreateCalendarEventAction)) {
        suggestion.createCalendarEvent =
            RcsCalendarEventAction{string(*calendar, kTitle), string(*calendar, kDescription),
                                   dateTime(*calendar, kStartTime), dateTime(*calendar, kEndTime)};
    }
    return suggestion;
}

QJsonObject RcsSuggestion::toJson() const
{
    QJsonObject inner{{kText, text}};
    JsonWrite::insertIfNotEmpty(inner, kPostbackData, postbackData);
    if (kind == Kind::Reply) {
        return {{kReply, inner}};
    }
    JsonWrite::insertIfNotEmpty(inner, kFallbackUrl, fallbackUrl);
    if (openUrl) {
        QJsonObject value{{kUrl, openUrl->url},
                          {kApplication, openUrl->application},
                          {kWebviewViewMode, openUrl->webviewViewMode}};
        JsonWrite::insertIfNotEmpty(value, kDescription, openUrl->description);
        inner.insert(kOpenUrlAction, value);
    }
    if (dial) {
        inner.insert(kDialAction, QJsonObject{{kPhoneNumber, dial->phoneNumber}});
    }
    if (viewLocation) {
        QJsonObject value;
        JsonWrite::insertIfNotEmpty(value, kLabel, viewLocation->label);
        if (viewLocation->latLong) {
            value.insert(kLatLong, QJsonObject{{kLatitude, viewLocation->latLong->latitude},
                                               {kLongitude, viewLocation->latLong->longitude}});
        }
        JsonWrite::insertIfNotEmpty(value, kQuery, viewLocation->query);
        inner.insert(kViewLocationAction, value);
    }
    if (shareLocation) {
        inner.insert(kShareLocationAction, QJsonObject());
    }
    if (createCalendarEvent) {
        QJsonObject value;
        JsonWrite::insertIfNotEmpty(value, kTitle, createCalendarEvent->title);
        JsonWrite::insertIfNotEmpty(value, kDescription, createCalendarEvent->description);
        JsonWrite::insertDateTime(value, kStartTime, createCalendarEvent->startTime);
        JsonWrite::insertDateTime(value, kEndTime, createCalendarEvent->endTime);
        inner.insert(kCreateCalendarEventAction, value);
    }
    return {{kAction, inner}};
}

// --- Cards -----------------------------------------------------------------------------------

RcsCardContent RcsCardContent::fromJson(const QJsonObject &object)
{
    RcsCardContent card;
    card.title = JsonRead::string(object, kTitle);
    card.description = JsonRead::string(object, kDescription);
    if (const auto media = nestedObject(object, kMedia)) {
        RcsCardMedia value;
        if (const auto info = nestedObject(*media, kContentInfo)) {
            value.contentInfo = RcsContentInfo::fromJson(*info);
        }
        value.height = JsonRead::string(*media, kHeight);
        card.media = value;
    }
    card.suggestions = readSuggestions(object);
    return card;
}

QJsonObject RcsCardContent::toJson() const
{
    QJsonObject object;
    JsonWrite::insertIfNotEmpty(object, kTitle, title);
    JsonWrite::insertIfNotEmpty(object, kDescription, description);
    if (media) {
        QJsonObject value;
        if (media->contentInfo) {
            value.insert(kContentInfo, media->contentInfo->toJson());
        }
        JsonWrite::insertIfNotEmpty(value, kHeight, media->height);
        object.insert(kMedia, value);
    }
    writeSuggestions(object, suggestions);
    return object;
}

RcsRichCard RcsRichCard::fromJson(const QJsonObject &object)
{
    RcsRichCard card;
    if (const auto standalone = nestedObject(object, kStandaloneCard)) {
        RcsStandaloneCard value;
        value.cardContent = RcsCardContent::fromJson(JsonRead::object(*standalone, kCardContent));
        value.cardOrientation =
            JsonRead::string(*standalone, kCardOrientation, value.cardOrientation);
        value.thumbnailImageAlignment =
            JsonRead::string(*standalone, kThumbnailImageAlignment, value.thumbnailImageAlignment);
        card.standaloneCard = value;
    }
    if (const auto carousel = nestedObject(object, kCarouselCard)) {
        RcsCarouselCard value;
        value.cardContents = readCardContents(*carousel);
        value.cardWidth = JsonRead::string(*carousel, kCardWidth, value.cardWidth);
        card.carouselCard = value;
    }
    return card;
}

QJsonObject RcsRichCard::toJson() const
{
    QJsonObject object;
    if (standaloneCard) {
        object.insert(
            kStandaloneCard,
            QJsonObject{{kCardContent, standaloneCard->cardContent.toJson()},
                        {kCardOrientation, standaloneCard->cardOrientation},
                        {kThumbnailImageAlignment, standaloneCard->thumbnailImageAlignment}});
    }
    if (carouselCard) {
        QJsonArray cards;
        for (const RcsCardContent &card : carouselCard->cardContents) {
            cards.append(card.toJson());
        }
        object.insert(kCarouselCard,
                      QJsonObject{{kCardContents, cards}, {kCardWidth, carouselCard->cardWidth}});
    }
    return object;
}

// --- Content and agent message ---------------------------------------------------------------

RcsContentMessage RcsContentMessage::fromJson(const QJsonObject &object)
{
    RcsContentMessage message;
    message.text = JsonRead::string(object, kText);
    message.suggestions = readSuggestions(object);
    if (const auto richCard = nestedObject(object, kRichCard)) {
        message.richCard = RcsRichCard::fromJson(*richCard);
    }
    if (const auto info = nestedObject(object, kContentInfo)) {
        message.contentInfo = RcsContentInfo::fromJson(*info);
    }
    return message;
}

QJsonObject RcsContentMessage::toJson() const
{
    QJsonObject object;
    JsonWrite::insertIfNotEmpty(object, kText, text);
    writeSuggestions(object, suggestions);
    if (richCard) {
        object.insert(kRichCard, richCard->toJson());
    }
    if (contentInfo) {
        object.insert(kContentInfo, contentInfo->toJson());
    }
    return object;
}

RcsAgentMessage RcsAgentMessage::fromJson(const QJsonObject &object)
{
    RcsAgentMessage message;
    if (const auto content = nestedObject(object, kContentMessage)) {
        message.contentMessage = RcsContentMessage::fromJson(*content);
    }
    message.eventType = JsonRead::string(JsonRead::object(object, kEvent), kEventType);
    message.expireTime = JsonRead::dateTime(object, kExpireTime);
    message.ttl = JsonRead::string(object, kTtl);
    return message;
}

QJsonObject RcsAgentMessage::toJson() const
{
    QJsonObject object;
    if (contentMessage) {
        object.insert(kContentMessage, contentMessage->toJson());
    }
    if (!eventType.isEmpty()) {
        object.insert(kEvent, QJsonObject{{kEventType, eventType}});
    }
    JsonWrite::insertDateTime(object, kExpireTime, expireTime);
    JsonWrite::insertIfNotEmpty(object, kTtl, ttl);
    return object;
}

// --- RcsMessageRequest -----------------------------------------------------------------------

RcsMessageRequest RcsMessageRequest::fromJson(const QJsonObject &object)
{
    using namespace JsonRead;
    RcsMessageRequest request;
    request.agentId = string(object, kAgentId);
    request.to = string(object, kTo);
    request.messagingProfileId = string(object, kMessagingProfileId);
    request.agentMessage = RcsAgentMessage::fromJson(JsonRead::object(object, kAgentMessage));
    if (const auto sms = nestedObject(object, kSmsFallback)) {
        request.smsFallback = RcsSmsFallback{string(*sms, kFrom), string(*sms, kText)};
    }
    if (const auto mms = nestedObject(object, kMmsFallback)) {
        request.mmsFallback = RcsMmsFallback{string(*mms, kFrom), string(*mms, kSubject),
                                             string(*mms, kText), stringList(*mms, kMediaUrls)};
    }
    request.type = string(object, kType);
    request.webhookUrl = string(object, kWebhookUrl);
    return request;
}

QJsonObject RcsMessageRequest::toJson() const
{
    QJsonObject body{{kAgentId, agentId},
                     {kTo, to},
                     {kMessagingProfileId, messagingProfileId},
                     {kAgentMessage, agentMessage.toJson()}};
    if (smsFallback) {
        QJsonObject sms;
        JsonWrite::insertIfNotEmpty(sms, kFrom, smsFallback->from);
        JsonWrite::insertIfNotEmpty(sms, kText, smsFallback->text);
        body.insert(kSmsFallback, sms);
    }
    if (mmsFallback) {
        QJsonObject mms;
        JsonWrite::insertIfNotEmpty(mms, kFrom, mmsFallback->from);
        JsonWrite::insertIfNotEmpty(mms, kSubject, mmsFallback->subject);
        JsonWrite::insertIfNotEmpty(mms, kText, mmsFallback->text);
        if (!mmsFallback->mediaUrls.isEmpty()) {
            mms.insert(kMediaUrls, JsonWrite::stringArray(mmsFallback->mediaUrls));
        }
        body.insert(kMmsFallback, mms);
    }
    JsonWrite::insertIfNotEmpty(body, kType, type);
    JsonWrite::insertIfNotEmpty(body, kWebhookUrl, webhookUrl);
    return body;
}

QString RcsMessageRequest::firstProblem() const
{
    if (agentId.trimmed().isEmpty()) {
        return RcsMessageTexts::tr("Choose the RCS agent that sends the message.");
    }
    if (const QString problem = Validators::isE164(to); !problem.isEmpty()) {
        return RcsMessageTexts::tr("Recipient: %1").arg(problem);
    }
    if (messagingProfileId.trimmed().isEmpty()) {
        return RcsMessageTexts::tr("Choose a messaging profile.");
    }
    if (!type.isEmpty() && type != u"RCS"_s) {
        return RcsMessageTexts::tr("The message type must be RCS.");
    }
    if (!webhookUrl.isEmpty()) {
        if (const QString problem = Validators::httpUrl(webhookUrl); !problem.isEmpty()) {
            return RcsMessageTexts::tr("Webhook URL: %1").arg(problem);
        }
    }
    const std::optional<RcsContentMessage> &content = agentMessage.contentMessage;
    const bool hasContent = content && (!content->text.trimmed().isEmpty() || content->richCard ||
                                        content->contentInfo);
    if (!hasContent && agentMessage.eventType.isEmpty()) {
        return RcsMessageTexts::tr("The message is empty: add a text, a rich card or a file.");
    }
    if (content) {
        if (content->text.size() > RcsLimits::maxTextLength) {
            return RcsMessageTexts::tr("The text is longer than 3072 characters.");
        }
        if (const QString problem = suggestionsProblem(content->suggestions); !problem.isEmpty()) {
            return problem;
        }
        if (content->richCard) {
            if (content->richCard->standaloneCard) {
                if (const QString problem =
                        cardProblem(content->richCard->standaloneCard->cardContent);
                    !problem.isEmpty()) {
                    return problem;
                }
            }
            if (content->richCard->carouselCard) {
                const QList<RcsCardContent> &cards = content->richCard->carouselCard->cardContents;
                if (cards.size() < RcsLimits::minCarouselCards ||
                    cards.size() > RcsLimits::maxCarouselCards) {
                    return RcsMessageTexts::tr("A carousel needs between 2 and 10 cards.");
                }
                for (const RcsCardContent &card : cards) {
                    if (const QString problem = cardProblem(card); !problem.isEmpty()) {
                        return problem;
                    }
                }
            }
        }
    }
    if (smsFallback) {
        if (const QString problem = Validators::isE164(smsFallback->from); !problem.isEmpty()) {
            return RcsMessageTexts::tr("SMS fallback sender: %1").arg(problem);
        }
        if (smsFallback->text.size() > RcsLimits::maxTextLength) {
            return RcsMessageTexts::tr("The SMS fallback text is longer than 3072 characters.");
        }
    }
    if (mmsFallback) {
        if (const QString problem = Validators::isE164(mmsFallback->from); !problem.isEmpty()) {
            return RcsMessageTexts::tr("MMS fallback sender: %1").arg(problem);
        }
        for (const QString &mediaUrl : mmsFallback->mediaUrls) {
            if (const QString problem = Validators::httpUrl(mediaUrl); !problem.isEmpty()) {
                return RcsMessageTexts::tr("MMS fallback media URL: %1").arg(problem);
            }
        }
    }
    return {};
}

// --- RcsMessageResponse ----------------------------------------------------------------------

RcsMessageResponse RcsMessageResponse::fromJson(const QJsonObject &object)
{
    using namespace JsonRead;
    RcsMessageResponse response;
    response.raw = object;
    response.id = string(object, kId);
    response.body = RcsAgentMessage::fromJson(JsonRead::object(object, kBody));
    response.direction = string(object, kDirection);
    response.encoding = string(object, kEncoding);
    const QJsonObject from = JsonRead::object(object, kFrom);
    response.from =
        RcsSender{string(from, kAgentId), string(from, kAgentName), string(from, kCarrier)};
    response.messagingProfileId = string(object, kMessagingProfileId);
    response.organizationId = string(object, kOrganizationId);
    response.receivedAt = dateTime(object, kReceivedAt);
    response.recordType = string(object, kRecordType);
    const QList<QJsonObject> recipients = objectArray(object, kTo);
    response.to.reserve(recipients.size());
    for (const QJsonObject &recipient : recipients) {
        response.to.append(RcsRecipient{string(recipient, kPhoneNumber),
                                        string(recipient, kCarrier), string(recipient, kLineType),
                                        string(recipient, kStatus)});
    }
    response.type = string(object, kType);
    response.waitSeconds = optionalNumber(object, kWaitSeconds);
    return response;
}

QJsonObject RcsMessageResponse::toJson() const
{
    QJsonArray recipients;
    for (const RcsRecipient &recipient : to) {
        recipients.append(QJsonObject{{kPhoneNumber, recipient.phoneNumber},
                                      {kCarrier, recipient.carrier},
                                      {kLineType, recipient.lineType},
                                      {kStatus, recipient.status}});
    }
    QJsonObject object{
        {kId, id},
        {kBody, body.toJson()},
        {kDirection, direction},
        {kEncoding, encoding},
        {kFrom, QJsonObject{{kAgentId, from.agentId},
                            {kAgentName, from.agentName},
                            {kCarrier, from.carrier}}},
        {kMessagingProfileId, messagingProfileId},
        {kOrganizationId, organizationId},
        {kRecordType, recordType},
        {kTo, recipients},
        {kType, type},
        {kWaitSeconds, waitSeconds ? QJsonValue(*waitSeconds) : QJsonValue(QJsonValue::Null)},
    };
    JsonWrite::insertDateTime(object, kReceivedAt, receivedAt);
    return object;
}
