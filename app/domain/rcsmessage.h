#pragma once

#include "domain/rawjson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// POST /messages/rcs: the request body and the reply's "data" object, shaped after the SDK's
// RcSendParams / RcsAgentMessage / RcSendResponse. Optional fields left empty (or nullopt)
// are left out of toJson(); a default RcsAgentMessage serialises to {} as in the SDK example.
//
// Only RcsMessageResponse keeps `raw`: the nested content types are built by the console and
// reach the server only as part of a request.

// Choice lists for the wire enums of the nested types (first entry is the default used here).
QStringList rcsCardOrientations();    // VERTICAL, HORIZONTAL, CARD_ORIENTATION_UNSPECIFIED
QStringList rcsThumbnailAlignments(); // LEFT, RIGHT, THUMBNAIL_IMAGE_ALIGNMENT_UNSPECIFIED
QStringList rcsCardWidths();          // MEDIUM, SMALL, CARD_WIDTH_UNSPECIFIED
QStringList rcsMediaHeights();        // MEDIUM, SHORT, TALL, HEIGHT_UNSPECIFIED
QStringList rcsOpenUrlApplications(); // BROWSER, WEBVIEW, OPEN_URL_APPLICATION_UNSPECIFIED
QStringList rcsWebviewViewModes();    // WEBVIEW_VIEW_MODE_UNSPECIFIED, FULL, HALF, TALL
QStringList rcsEventTypes();          // IS_TYPING, READ, TYPE_UNSPECIFIED

// Limits stated by the SDK documentation.
namespace RcsLimits {
inline constexpr qsizetype maxTextLength = 3072;
inline constexpr qsizetype maxSuggestionTextLength = 25;
inline constexpr qsizetype maxPostbackDataLength = 2048;
inline constexpr qsizetype maxCardTitleLength = 200;
inline constexpr qsizetype maxCardDescriptionLength = 2000;
inline constexpr qsizetype maxCardSuggestions = 10;
inline constexpr qsizetype minCarouselCards = 2;
inline constexpr qsizetype maxCarouselCards = 10;
} // namespace RcsLimits

// A media file: the SDK's RcsContentInfo.
struct RcsContentInfo
{
    QString fileUrl; // required
    std::optional<bool> forceRefresh;
    QString thumbnailUrl;

    static RcsContentInfo fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsContentInfo &) const = default;
};

struct RcsOpenUrlAction
{
    QString url;
    QString application = QStringLiteral("BROWSER");
    QString webviewViewMode = QStringLiteral("WEBVIEW_VIEW_MODE_UNSPECIFIED");
    QString description; // accessibility text for the web view

    bool operator==(const RcsOpenUrlAction &) const = default;
};

struct RcsDialAction
{
    QString phoneNumber; // E.164

    bool operator==(const RcsDialAction &) const = default;
};

struct RcsLatLong
{
    double latitude = 0.0;  // -90 .. 90
    double longitude = 0.0; // -180 .. 180

    bool operator==(const RcsLatLong &) const = default;
};

struct RcsViewLocationAction
{
    QString label;
    std::optional<RcsLatLong> latLong;
    QString query; // Android only

    bool operator==(const RcsViewLocationAction &) const = default;
};

struct RcsCalendarEventAction
{
    QString title;
    QString description;
    QDateTime startTime;
    QDateTime endTime;

    bool operator==(const RcsCalendarEventAction &) const = default;
};

// A suggested reply ({"reply": {...}}) or a suggested action ({"action": {...}}).
struct RcsSuggestion
{
    enum class Kind { Reply, Action };

    Kind kind = Kind::Reply;
    QString text;         // shown on the chip, at most 25 characters
    QString postbackData; // sent back to the agent when tapped

    // Kind::Action only; normally exactly one of the actions is set.
    QString fallbackUrl;
    std::optional<RcsOpenUrlAction> openUrl;
    std::optional<RcsDialAction> dial;
    std::optional<RcsViewLocationAction> viewLocation;
    bool shareLocation = false;
    std::optional<RcsCalendarEventAction> createCalendarEvent;

    static RcsSuggestion reply(const QString &text, const QString &postbackData = {});
    static RcsSuggestion openUrlAction(const QString &text, const QString &url,
                                       const QString &postbackData = {});
    static RcsSuggestion dialAction(const QString &text, const QString &phoneNumber,
                                    const QString &postbackData = {});

    static RcsSuggestion fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsSuggestion &) const = default;
};

struct RcsCardMedia
{
    std::optional<RcsContentInfo> contentInfo;
    QString height; // see rcsMediaHeights(); left out when empty

    bool operator==(const RcsCardMedia &) const = default;
};

struct RcsCardContent
{
    QString title;
    QString description;
    std::optional<RcsCardMedia> media;
    QList<RcsSuggestion> suggestions;

    static RcsCardContent fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsCardContent &) const = default;
};

struct RcsStandaloneCard
{
    RcsCardContent cardContent;
    QString cardOrientation = QStringLiteral("VERTICAL");
    QString thumbnailImageAlignment = QStringLiteral("LEFT");

    bool operator==(const RcsStandaloneCard &) const = default;
};

struct RcsCarouselCard
{
    QList<RcsCardContent> cardContents; // 2 to 10 cards
    QString cardWidth = QStringLiteral("MEDIUM");

    bool operator==(const RcsCarouselCard &) const = default;
};

// Exactly one of the two is normally set.
struct RcsRichCard
{
    std::optional<RcsStandaloneCard> standaloneCard;
    std::optional<RcsCarouselCard> carouselCard;

    static RcsRichCard fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsRichCard &) const = default;
};

struct RcsContentMessage
{
    QString text; // at most 3072 characters
    QList<RcsSuggestion> suggestions;
    std::optional<RcsRichCard> richCard;
    std::optional<RcsContentInfo> contentInfo;

    static RcsContentMessage fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsContentMessage &) const = default;
};

// The SDK's RcsAgentMessage.
struct RcsAgentMessage
{
    std::optional<RcsContentMessage> contentMessage;
    QString eventType;    // event.event_type; see rcsEventTypes(); left out when empty
    QDateTime expireTime; // left out when invalid
    QString ttl;          // duration in seconds ending with "s", e.g. "3600s"

    static RcsAgentMessage fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsAgentMessage &) const = default;
};

struct RcsSmsFallback
{
    QString from; // E.164
    QString text; // at most 3072 characters

    bool operator==(const RcsSmsFallback &) const = default;
};

struct RcsMmsFallback
{
    QString from;
    QString subject;
    QString text;
    QStringList mediaUrls;

    bool operator==(const RcsMmsFallback &) const = default;
};

// POST /messages/rcs body.
struct RcsMessageRequest
{
    QString agentId;            // required
    QString to;                 // required, E.164
    QString messagingProfileId; // required
    RcsAgentMessage agentMessage;
    std::optional<RcsSmsFallback> smsFallback;
    std::optional<RcsMmsFallback> mmsFallback;
    QString type = QStringLiteral("RCS"); // the only value the API accepts; left out when empty
    QString webhookUrl;

    static RcsMessageRequest fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // The first problem that would make the API reject the message, in plain English;
    // empty when the message looks sendable. Checks required fields, E.164 numbers and the
    // documented length and count limits.
    QString firstProblem() const;

    bool operator==(const RcsMessageRequest &) const = default;
};

struct RcsRecipient
{
    QString phoneNumber;
    QString carrier;
    QString lineType;
    QString status;

    bool operator==(const RcsRecipient &) const = default;
};

struct RcsSender
{
    QString agentId;
    QString agentName;
    QString carrier;

    bool operator==(const RcsSender &) const = default;
};

// The reply's "data" object.
struct RcsMessageResponse : HasRawJson
{
    QString id;
    RcsAgentMessage body;
    QString direction;
    QString encoding;
    RcsSender from;
    QString messagingProfileId;
    QString organizationId;
    QDateTime receivedAt;
    QString recordType;
    QList<RcsRecipient> to;
    QString type;
    std::optional<double> waitSeconds; // null on the wire when unknown

    static RcsMessageResponse fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const RcsMessageResponse &) const = default;
};

Q_DECLARE_METATYPE(RcsContentInfo)
Q_DECLARE_METATYPE(RcsSuggestion)
Q_DECLARE_METATYPE(RcsCardContent)
Q_DECLARE_METATYPE(RcsRichCard)
Q_DECLARE_METATYPE(RcsContentMessage)
Q_DECLARE_METATYPE(RcsAgentMessage)
Q_DECLARE_METATYPE(RcsMessageRequest)
Q_DECLARE_METATYPE(RcsMessageResponse)
