#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One entry of a Telnyx `errors[]` array.
struct ApiErrorItem
{
    QString code;
    QString title;
    QString detail;    // "detail", or "description" in the older variant
    QString pointer;   // source.pointer, e.g. "/businessZip"
    QString parameter; // source.parameter, e.g. "page[size]"
    QJsonObject meta;  // e.g. {"url": "https://developers.telnyx.com/..."}; kept, never required

    bool operator==(const ApiErrorItem &) const = default;
};

// Everything that can go wrong with one API call, with a plain-language message per class.
class ApiError
{
public:
    enum class Kind {
        None,
        Http,        // the server answered with a 4xx/5xx status
        Network,     // offline, refused, connection dropped
        Timeout,     // no complete answer within the call's timeout
        Tls,         // certificate or handshake failure; never ignored
        InsecureUrl, // plain http to a host that is not loopback
        Parse,       // the answer was not the JSON we expect
        Cancelled,   // cancelled by the user or because its page closed
        // A write (POST/PATCH/PUT/DELETE) the server accepted with a 2xx, whose answer could
        // not be read (malformed, or without the record). Done: never worth sending again.
        AcceptedUnreadable,
    };

    ApiError() = default;
    ApiError(Kind kind, QString technicalDetail = {});

    // Builds an Http error from a status and the response body (both errors[] variants).
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    // A 3xx answer: never followed (the key would go along to wherever it points); the error
    // names the target so the user can check the base URL.
    static ApiError redirect(int httpStatus, const QString &target);
    static QList<ApiErrorItem> parseItems(const QByteArray &body);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    const QList<ApiErrorItem> &items() const { return m_items; }
    QString technicalDetail() const { return m_technicalDetail; }

    // The call that failed, for messages and logs ("POST /messaging_hosted_number_orders").
    void setRequest(const QByteArray &method, const QString &path);
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }

    // One plain-language sentence (or a few) for the user.
    QString message() const;
    // Server detail per field pointer ("/businessZip" → "must be 5 digits").
    QList<ApiErrorItem> fieldItems() const;
    // The items that name one of `knownFields` (wire names, e.g. "businessZip"), each with
    // `pointer` set to the field's JSON pointer: from source.pointer, else source.parameter,
    // else a field named in detail or title ("businessZip", "business_zip", "'to'").
    // Items that name no known field are left out: see unplacedItems().
    QList<ApiErrorItem> fieldItems(const QStringList &knownFields) const;
    QList<ApiErrorItem> unplacedItems(const QStringList &knownFields) const;
    // The JSON pointer ("/businessZip", "/phoneNumbers/1") of the known field the item is
    // about, or empty when it names none.
    static QString resolvePointer(const ApiErrorItem &item, const QStringList &knownFields);
    QString detailForPointer(const QString &pointer) const;
    // Whether requests with this method reach the server at most once: every create, upload,
    // send and check (POST) and the test-number invite (PUT, it sends an invitation). GET,
    // PATCH and DELETE may be sent again.
    static bool isSentAtMostOnce(const QByteArray &method)
    {
        return method == "POST" || method == "PUT";
    }
    // Whether sending the same request again cannot create anything twice.
    bool isSafeToRetry() const;
    // The server accepted the request (2xx) but its answer could not be read.
    bool wasAccepted() const { return m_kind == Kind::AcceptedUnreadable; }
    // A request sent at most once (a create, upload, send) that may have reached the server
    // before the connection was lost or the time ran out: nobody knows whether it was done.
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QList<ApiErrorItem> m_items;
    QString m_technicalDetail;
    QByteArray m_method;
    QString m_path;
    bool m_outcomeUnknown = false;
};

Q_DECLARE_METATYPE(ApiError)
