#pragma once

// Helpers shared by the tst_sandbox*.cpp tests: an HTTP client that waits for each answer
// (spinning the event loop, so the in-process server keeps serving) and request bodies.

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

namespace SandboxTest {

using namespace Qt::StringLiterals;

inline const QString apiKey = u"test-key-0123"_s;

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonValue data() const { return json().value(u"data"_s); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &entry : headers) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return entry.second;
        }
        return {};
    }
    // The source.pointer (or source.parameter) of every errors[] entry.
    QStringList pointers() const
    {
        QStringList result;
        const QJsonArray errors = json().value(u"errors"_s).toArray();
        for (const QJsonValue &entry : errors) {
            const QJsonObject source = entry.toObject().value(u"source"_s).toObject();
            result.append(source.contains(u"pointer"_s) ? source.value(u"pointer"_s).toString()
                                                        : source.value(u"parameter"_s).toString());
        }
        return result;
    }
};

class Client
{
public:
    // baseUrl: http://127.0.0.1:N/v2
    // controlToken: the server's X-Sandbox-Token, sent with control() requests.
    explicit Client(const QUrl &baseUrl, const QString &controlToken, const QString &key = apiKey)
        : m_root(baseUrl.adjusted(QUrl::RemovePath).toString())
        , m_key(key)
        , m_controlToken(controlToken)
    {}

    // target: "/messaging_url_domains?page[size]=2" (under /v2) or "/_sandbox/..." (as is).
    QUrl url(const QString &target) const
    {
        const QString path = target.startsWith(u"/_sandbox"_s) || target.startsWith(u"/v2"_s)
                                 ? target
                                 : u"/v2"_s + target;
        return QUrl(m_root + path, QUrl::TolerantMode);
    }

    Answer send(const QByteArray &method, const QString &target, const QByteArray &body = {},
                const QByteArray &contentType = "application/json", bool authenticate = true,
                int transferTimeoutMs = 0)
    {
        QNetworkRequest request(url(target));
        if (target.startsWith(u"/_sandbox"_s))
            request.setRawHeader("X-Sandbox-Token", m_controlToken.toUtf8());
        if (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (authenticate)
            request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        return finish(reply, timer);
    }

    Answer get(const QString &target) { return send("GET", target); }
    Answer post(const QString &target, const QJsonObject &body)
    {
        return send("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Answer patch(const QString &target, const QJsonObject &body)
    {
        return send("PATCH", target, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Answer put(const QString &target) { return send("PUT", target); }
    Answer remove(const QString &target) { return send("DELETE", target); }
    Answer control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        const QByteArray bytes =
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        return send(method, path, bytes, "application/json", false);
    }

    // Uploads parts (name, filename, content type, bytes) as multipart/form-data.
    struct Part
    {
        QByteArray name;
        QByteArray filename;
        QByteArray contentType;
        QByteArray data;
    };
    Answer upload(const QString &target, const QList<Part> &parts)
    {
        auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const Part &part : parts) {
            QHttpPart httpPart;
            httpPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                               QByteArray("form-data; name=\"" + part.name + "\"; filename=\"" +
                                          part.filename + "\""));
            httpPart.setHeader(QNetworkRequest::ContentTypeHeader, part.contentType);
            httpPart.setBody(part.data);
            multiPart->append(httpPart);
        }
        QNetworkRequest request(url(target));
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.post(request, multiPart);
        multiPart->setParent(reply);
        return finish(reply, timer);
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    Answer finish(QNetworkReply *reply, const QElapsedTimer &timer)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(60000);
        }
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.error = reply->error();
        answer.headers = reply->rawHeaderPairs();
        answer.elapsedMs = timer.elapsed();
        return answer;
    }

    QString m_root;
    QString m_key;
    QString m_controlToken;
    QNetworkAccessManager m_nam;
};

// A toll-free verification body that passes validation.
inline QJsonObject tollFreeBody(const QString &businessName = u"Acme Dental"_s)
{
    return QJsonObject{
        {u"businessName"_s, businessName},
        {u"corporateWebsite"_s, u"https://www.acmedental.com"_s},
        {u"businessAddr1"_s, u"600 Congress Avenue"_s},
        {u"businessCity"_s, u"Austin"_s},
        {u"businessState"_s, u"Texas"_s},
        {u"businessZip"_s, u"78701"_s},
        {u"businessContactFirstName"_s, u"Dana"_s},
        {u"businessContactLastName"_s, u"Reyes"_s},
        {u"businessContactEmail"_s, u"dana@acmedental.com"_s},
        {u"businessContactPhone"_s, u"+15125550143"_s},
        {u"messageVolume"_s, u"1,000"_s},
        {u"phoneNumbers"_s, QJsonArray{QJsonObject{{u"phoneNumber"_s, u"+18885550101"_s}},
                                       QJsonObject{{u"phoneNumber"_s, u"+18335550102"_s}}}},
        {u"useCase"_s, u"Appointments"_s},
        {u"useCaseSummary"_s, u"Appointment reminders for patients."_s},
        {u"productionMessageContent"_s, u"Acme Dental: your visit is tomorrow at 9."_s},
        {u"optInWorkflow"_s, u"Patients tick an SMS box on the intake form."_s},
        {u"optInWorkflowImageURLs"_s,
         QJsonArray{QJsonObject{{u"url"_s, u"https://www.acmedental.com/consent.png"_s}}}},
        {u"additionalInformation"_s, u"Messages only between 8 AM and 8 PM."_s}};
}

inline QByteArray pdfBytes(const QByteArray &marker)
{
    return "%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
}

} // namespace SandboxTest
