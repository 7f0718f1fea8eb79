#include "sandbox/sandboxstate.h"

#include "sandbox/sandboxerrors.h"
#include "sandbox/sandboxformat.h"
#include "sandbox/sandboxjsonbody.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxState, "console.sandbox")

namespace {

constexpr int stateVersion = 1;
const QString stateFormat = u"telnyx-sandbox-state"_s;

// Refusals of requests that do not come from a program on this machine, or lack the token.
constexpr const char *foreignRequestCode = "10010";
constexpr const char *unsupportedMediaTypeCode = "10012";

bool isLoopbackHost(const QByteArray &hostHeader)
{
    QByteArray host = hostHeader.trimmed().toLower();
    if (host.startsWith('[')) {
        host = host.mid(1, host.indexOf(']') - 1);
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        host = host.left(colon);
    }
    return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

QByteArray numberText(double value)
{
    if (value == double(qint64(value)))
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'f', 3);
}

} // namespace

SandboxState::SandboxState(const SandboxOptions &options)
    : m_options(options)
    , m_tollFree(m_context)
    , m_hosted(m_context)
    , m_rcs(m_context)
    , m_urlDomains(m_context)
    , m_profiles(m_context)
{
    m_context.profiles = &m_profiles;
    m_context.clock.setSpeed(options.speed);
    m_context.realistic = options.realistic;
    if (m_options.controlToken.isEmpty()) {
        const quint64 high = QRandomGenerator::system()->generate64();
        const quint64 low = QRandomGenerator::system()->generate64();
        m_options.controlToken = QString::number(high, 16) + QString::number(low, 16);
    }
    m_log.setKeepBodies(options.logBodies);
    registerRoutes();
    if (!options.stateFile.isEmpty() && QFile::exists(options.stateFile)) {
        QString error;
        if (loadFromFile(options.stateFile, &error)) {
            m_loadedFromFile = true;
            return;
        }
        qCWarning(lcSandboxState).noquote()
            << "ignoring state file" << options.stateFile << "-" << error;
    }
    reset(options.seed, options.records);
    m_context.dirty = !options.stateFile.isEmpty();
}

SandboxState::~SandboxState() = default;

void SandboxState::reset(quint32 seed, int records)
{
    if (records < 0)
        records = m_options.records;
    m_records = records;
    m_context.seed = seed;
    m_context.clock.restart(QDateTime::currentSecsSinceEpoch() * 1000);
    m_context.epochMs = m_context.clock.nowMs();
    m_context.random = SandboxRandom::forStream(seed, 0, 1000);
    SandboxRandom accountRandom = SandboxRandom::forStream(seed, 0, 1001);
    m_context.organizationId = accountRandom.uuid();
    m_context.userId = accountRandom.uuid();

    m_tollFree.clear();
    m_hosted.clear();
    m_rcs.clear();
    m_urlDomains.clear();
    m_profiles.clear();
    m_faults.clear();
    m_log.clear();
    m_tollFree.seed(records > 0 ? records : defaultTollFreeRecords);
    m_hosted.seed(records > 0 ? records : defaultHostedOrders);
    m_rcs.seed();
    m_urlDomains.seed();
    m_profiles.seed();
    m_context.touch();
}

bool SandboxState::takeDirty()
{
    const bool dirty = m_context.dirty;
    m_context.dirty = false;
    return dirty;
}

void SandboxState::addApiRoute(const QString &method, const QString &pattern, Handler handler)
{
    m_apiRoutes.append({method, pattern.split(QLatin1Char('/')), std::move(handler)});
}

void SandboxState::addControlRoute(const QString &method, const QString &pattern, Handler handler)
{
    m_controlRoutes.append({method, pattern.split(QLatin1Char('/')), std::move(handler)});
}

void SandboxState::registerRoutes()
{
    using Params = const QStringList &;
    using Request = const SandboxRequest &;
    const QString tfv = u"messaging_tollfree/verification/requests"_s;
    const QString orders = u"messaging_hosted_number_orders"_s;

    // RCS
    addApiRoute(u"POST"_s, u"messages/rcs"_s, [this](Request r, Params) { return m_rcs.send(r); });
    addApiRoute(u"GET"_s, u"messages/rcs/deeplinks/{}"_s,
                [this](Request r, Params p) { return m_rcs.deeplink(p.at(0), r); });
    addApiRoute(u"GET"_s, u"messaging/rcs/agents"_s,
                [this](Request r, Params) { return m_rcs.listAgents(r); });
    addApiRoute(u"GET"_s, u"messaging/rcs/agents/{}"_s,
                [this](Request, Params p) { return m_rcs.retrieveAgent(p.at(0)); });
    addApiRoute(u"PATCH"_s, u"messaging/rcs/agents/{}"_s,
                [this](Request r, Params p) { return m_rcs.updateAgent(p.at(0), r); });
    addApiRoute(u"POST"_s, u"messaging/rcs/bulk_capabilities"_s,
                [this](Request r, Params) { return m_rcs.bulkCapabilities(r); });
    addApiRoute(u"GET"_s, u"messaging/rcs/capabilities/{}/{}"_s,
                [this](Request, Params p) { return m_rcs.capabilities(p.at(0), p.at(1)); });
    addApiRoute(u"PUT"_s, u"messaging/rcs/test_number_invite/{}/{}"_s,
                [this](Request, Params p) { return m_rcs.inviteTestNumber(p.at(0), p.at(1)); });

    // Hosted number orders and hosted numbers
    addApiRoute(u"GET"_s, orders, [this](Request r, Params) { return m_hosted.listOrders(r); });
    addApiRoute(u"POST"_s, orders, [this](Request r, Params) { return m_hosted.createOrder(r); });
    addApiRoute(u"POST"_s, orders + u"/eligibility_numbers_check"_s,
                [this](Request r, Params) { return m_hosted.checkEligibility(r); });
    addApiRoute(u"GET"_s, orders + u"/{}"_s,
                [this](Request, Params p) { return m_hosted.retrieveOrder(p.at(0)); });
    addApiRoute(u"DELETE"_s, orders + u"/{}"_s,
                [this](Request, Params p) { return m_hosted.deleteOrder(p.at(0)); });
    addApiRoute(u"POST"_s, orders + u"/{}/actions/file_upload"_s,
                [this](Request r, Params p) { return m_hosted.uploadFiles(p.at(0), r); });
    addApiRoute(u"POST"_s, orders + u"/{}/validation_codes"_s,
                [this](Request r, Params p) { return m_hosted.validateCodes(p.at(0), r); });
    addApiRoute(u"POST"_s, orders + u"/{}/verification_codes"_s, [this](Request r, Params p) {
        return m_hosted.createVerificationCodes(p.at(0), r);
    });
    addApiRoute(u"GET"_s, u"messaging_hosted_numbers"_s,
                [this](Request r, Params) { return m_hosted.listNumbers(r); });
    addApiRoute(u"GET"_s, u"messaging_hosted_numbers/{}"_s,
                [this](Request, Params p) { return m_hosted.retrieveNumber(p.at(0)); });
    addApiRoute(u"PATCH"_s, u"messaging_hosted_numbers/{}"_s,
                [this](Request r, Params p) { return m_hosted.updateNumber(p.at(0), r); });
    addApiRoute(u"DELETE"_s, u"messaging_hosted_numbers/{}"_s,
                [this](Request, Params p) { return m_hosted.deleteNumber(p.at(0)); });

    // Toll-free verification
    addApiRoute(u"GET"_s, tfv, [this](Request r, Params) { return m_tollFree.list(r); });
    addApiRoute(u"POST"_s, tfv, [this](Request r, Params) { return m_tollFree.create(r); });
    addApiRoute(u"GET"_s, tfv + u"/{}"_s,
                [this](Request, Params p) { return m_tollFree.retrieve(p.at(0)); });
    addApiRoute(u"PATCH"_s, tfv + u"/{}"_s,
                [this](Request r, Params p) { return m_tollFree.update(p.at(0), r); });
    addApiRoute(u"DELETE"_s, tfv + u"/{}"_s,
                [this](Request, Params p) { return m_tollFree.remove(p.at(0)); });
    addApiRoute(u"GET"_s, tfv + u"/{}/status_history"_s,
                [this](Request r, Params p) { return m_tollFree.statusHistory(p.at(0), r); });

    // URL domains
    addApiRoute(u"GET"_s, u"messaging_url_domains"_s,
                [this](Request r, Params) { return m_urlDomains.list(r); });

    // Messaging profiles
    addApiRoute(u"GET"_s, u"messaging_profiles"_s,
                [this](Request r, Params) { return m_profiles.list(r); });

    // Control surface (no auth; the server listens on 127.0.0.1 only).
    addControlRoute(u"GET"_s, QString(), [](Request, Params) {
        return SandboxResponse::json(
            200, QJsonObject{{u"endpoints"_s,
                              QJsonArray{u"GET /_sandbox/clock"_s, u"POST /_sandbox/clock"_s,
                                         u"POST /_sandbox/advance"_s, u"GET|POST /_sandbox/mode"_s,
                                         u"GET /_sandbox/verification_codes"_s,
                                         u"GET|POST|DELETE /_sandbox/faults"_s,
                                         u"GET|DELETE /_sandbox/requests"_s,
                                         u"GET /_sandbox/uploads/{order_id}"_s,
                                         u"GET /_sandbox/messages"_s, u"GET /_sandbox/stats"_s,
                                         u"POST /_sandbox/reset"_s, u"POST /_sandbox/save"_s}},
                             {u"documentation"_s, u"app/sandbox/README.md"_s}});
    });
    addControlRoute(u"GET"_s, u"clock"_s,
                    [this](Request, Params) { return SandboxResponse::json(200, clockJson()); });
    addControlRoute(u"POST"_s, u"clock"_s, [this](Request r, Params) {
        QJsonObject body;
        SandboxResponse error;
        if (!SandboxJsonBody::parseObject(r, false, &body, &error))
            return error;
        const QJsonValue speed = body.value(u"speed"_s);
        if (!speed.isDouble() || speed.toDouble() < 0) {
            SandboxErrors errors;
            errors.invalid(u"/speed"_s, u"speed must be a number of virtual seconds per real "
                                        "second (0 or more)."_s);
            return errors.response(422);
        }
        m_context.clock.setSpeed(speed.toDouble());
        return SandboxResponse::json(200, clockJson());
    });
    addControlRoute(u"POST"_s, u"advance"_s, [this](Request r, Params) {
        QJsonObject body;
        SandboxResponse error;
        if (!SandboxJsonBody::parseObject(r, false, &body, &error))
            return error;
        const QJsonValue seconds = body.value(u"seconds"_s);
        if (!seconds.isDouble() || seconds.toDouble() < 0) {
            SandboxErrors errors;
            errors.invalid(u"/seconds"_s, u"seconds must be a number of seconds (0 or more)."_s);
            return errors.response(422);
        }
        m_context.clock.advance(qint64(seconds.toDouble() * 1000.0));
        m_context.touch();
        return SandboxResponse::json(200, clockJson());
    });
    addControlRoute(u"GET"_s, u"mode"_s,
                    [this](Request, Params) { return SandboxResponse::data(modeJson()); });
    addControlRoute(u"POST"_s, u"mode"_s, [this](Request r, Params) {
        QJsonObject body;
        SandboxResponse error;
        if (!SandboxJsonBody::parseObject(r, false, &body, &error))
            return error;
        const QJsonValue realistic = body.value(u"realistic"_s);
        if (!realistic.isBool()) {
            SandboxErrors errors;
            errors.invalid(u"/realistic"_s, u"realistic must be true or false."_s);
            return errors.response(422);
        }
        m_context.realistic = realistic.toBool();
        return SandboxResponse::data(modeJson());
    });
    addControlRoute(u"GET"_s, u"verification_codes"_s, [this](Request r, Params) {
        QJsonArray data;
        const auto codes = m_hosted.codesSent(r.queryValue(u"order_id"_s));
        for (const SandboxHosted::CodeSent &code : codes) {
            data.append(QJsonObject{{u"order_id"_s, code.orderId},
                                    {u"phone_number"_s, code.phoneNumber},
                                    {u"code"_s, code.code},
                                    {u"method"_s, code.method},
                                    {u"sent_at"_s, SandboxFormat::isoTime(code.sentAtMs)}});
        }
        return SandboxResponse::data(data);
    });
    addControlRoute(u"GET"_s, u"faults"_s,
                    [this](Request, Params) { return SandboxResponse::data(m_faults.toJson()); });
    addControlRoute(u"POST"_s, u"faults"_s, [this](Request r, Params) {
        QJsonObject body;
        SandboxResponse error;
        if (!SandboxJsonBody::parseObject(r, false, &body, &error))
            return error;
        SandboxErrors errors;
        SandboxFault added;
        if (!m_faults.add(body, &added, &errors))
            return errors.response(422);
        return SandboxResponse::data(added.toJson(), 201);
    });
    addControlRoute(u"DELETE"_s, u"faults"_s, [this](Request, Params) {
        m_faults.clear();
        return SandboxResponse::data(QJsonArray());
    });
    addControlRoute(u"GET"_s, u"requests"_s,
                    [this](Request, Params) { return SandboxResponse::json(200, m_log.toJson()); });
    addControlRoute(u"DELETE"_s, u"requests"_s, [this](Request, Params) {
        m_log.clear();
        return SandboxResponse::json(200, m_log.toJson());
    });
    addControlRoute(u"GET"_s, u"uploads/{}"_s, [this](Request, Params p) {
        QJsonObject result;
        if (!m_hosted.uploads(p.at(0), &result))
            return SandboxErrors::notFound(u"messaging hosted number order"_s, p.at(0));
        return SandboxResponse::data(result);
    });
    addControlRoute(u"GET"_s, u"messages"_s,
                    [this](Request, Params) { return SandboxResponse::data(m_rcs.messages()); });
    addControlRoute(u"GET"_s, u"stats"_s, [this](Request, Params) {
        return SandboxResponse::data(
            QJsonObject{{u"seed"_s, double(m_context.seed)},
                        {u"tollfree_requests"_s, m_tollFree.size()},
                        {u"tollfree_by_status"_s, m_tollFree.statusCounts()},
                        {u"hosted_orders"_s, m_hosted.size()},
                        {u"hosted_by_status"_s, m_hosted.statusCounts()},
                        {u"faults_armed"_s, m_faults.toJson().size()},
                        {u"requests_seen"_s, double(m_log.total())}});
    });
    addControlRoute(u"POST"_s, u"reset"_s, [this](Request r, Params) {
        QJsonObject body;
        SandboxResponse error;
        if (!SandboxJsonBody::parseObject(r, true, &body, &error))
            return error;
        const QJsonValue seed = body.value(u"seed"_s);
        const QJsonValue records = body.value(u"records"_s);
        SandboxErrors errors;
        if (!seed.isUndefined() && (!seed.isDouble() || seed.toDouble() < 0))
            errors.invalid(u"/seed"_s, u"seed must be a whole number (0 or more)."_s);
        if (!records.isUndefined() &&
            (!records.isDouble() || records.toDouble() < 0 || records.toDouble() > 1000000))
            errors.invalid(u"/records"_s, u"records must be between 0 and 1000000."_s);
        if (!errors.isEmpty())
            return errors.response(422);
        reset(seed.isUndefined() ? m_context.seed : quint32(seed.toDouble()),
              records.isUndefined() ? m_records : records.toInt());
        return SandboxResponse::json(200, QJsonObject{{u"seed"_s, double(m_context.seed)},
                                                      {u"tollfree_requests"_s, m_tollFree.size()},
                                                      {u"hosted_orders"_s, m_hosted.size()}});
    });
    addControlRoute(u"POST"_s, u"save"_s, [this](Request, Params) {
        if (m_options.stateFile.isEmpty())
            return SandboxErrors::single(409, SandboxErrors::InvalidState, u"No state file"_s,
                                         u"The sandbox was started without --state."_s);
        QString error;
        if (!saveToFile(m_options.stateFile, &error))
            return SandboxErrors::single(500, SandboxErrors::ServerError, u"Save failed"_s, error);
        return SandboxResponse::json(200, QJsonObject{{u"saved"_s, m_options.stateFile}});
    });
}

QJsonObject SandboxState::modeJson() const
{
    return QJsonObject{{u"realistic"_s, m_context.realistic}};
}

QJsonObject SandboxState::clockJson() const
{
    return QJsonObject{{u"now"_s, SandboxFormat::isoTime(m_context.now())},
                       {u"now_ms"_s, double(m_context.now())},
                       {u"speed"_s, m_context.clock.speed()},
                       {u"advanced_seconds"_s, double(m_context.clock.advancedMs()) / 1000.0}};
}

SandboxResponse SandboxState::dispatch(const QList<Route> &routes, const SandboxRequest &request,
                                       const QStringList &segments)
{
    QStringList allowed;
    for (const Route &route : routes) {
        const bool empty = route.pattern.size() == 1 && route.pattern.first().isEmpty();
        if (empty ? !segments.isEmpty() : route.pattern.size() != segments.size())
            continue;
        QStringList params;
        bool matched = true;
        for (qsizetype i = 0; matched && !empty && i < segments.size(); ++i) {
            if (route.pattern.at(i) == u"{}"_s) {
                if (segments.at(i).isEmpty())
                    matched = false;
                params.append(segments.at(i));
            } else if (route.pattern.at(i) != segments.at(i)) {
                matched = false;
            }
        }
        if (!matched)
            continue;
        if (route.method == request.method)
            return route.handler(request, params);
        if (!allowed.contains(route.method))
            allowed.append(route.method);
    }
    if (!allowed.isEmpty()) {
        SandboxResponse response = SandboxErrors::single(
            405, SandboxErrors::MethodNotAllowed, u"Method not allowed"_s,
            u"%1 is not supported on %2; use %3."_s.arg(request.method, request.decodedPath(),
                                                        allowed.join(u", "_s)));
        response.setHeader("Allow", allowed.join(u", "_s).toLatin1());
        return response;
    }
    return SandboxErrors::single(
        404, SandboxErrors::NotFound, u"Resource not found"_s,
        u"There is no resource at %1 %2."_s.arg(request.method, request.decodedPath()));
}

bool SandboxState::authorized(const SandboxRequest &request) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (!header.toLower().startsWith("bearer "))
        return false;
    const QString key = QString::fromUtf8(header.mid(7).trimmed());
    if (key.isEmpty())
        return false;
    return m_options.apiKey.isEmpty() || key == m_options.apiKey;
}

SandboxResponse SandboxState::handleApi(const SandboxRequest &request, const QStringList &segments)
{
    if (request.body.size() > maximumBodyBytes) {
        return SandboxErrors::single(
            413, SandboxErrors::TooLarge, u"Request body too large"_s,
            u"The request body is %1 bytes; the limit is %2 bytes (20 MB)."_s.arg(
                QString::number(request.body.size()), QString::number(maximumBodyBytes)));
    }
    if (!authorized(request)) {
        const bool present = !request.header("Authorization").isEmpty();
        return SandboxErrors::single(
            401, SandboxErrors::AuthenticationFailed, u"Authentication failed"_s,
            present ? u"The API key in the Authorization header is not valid."_s
                    : u"Send the API key as 'Authorization: Bearer <API key>'."_s);
    }
    return dispatch(m_apiRoutes, request, segments.mid(1));
}

// The same list request, asking `shift` pages earlier (not before the first).
SandboxRequest SandboxState::withEarlierPage(const SandboxRequest &request, int shift)
{
    QStringList pairs = request.query.query(QUrl::FullyEncoded).split(u'&');
    for (QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = QUrl::fromPercentEncoding(pair.left(equals).toUtf8());
        if (equals < 0 || (key != u"page"_s && key != u"page[number]"_s))
            continue;
        const qint64 number = pair.mid(equals + 1).toLongLong();
        pair = pair.left(equals + 1) + QString::number(qMax<qint64>(1, number - shift));
    }
    SandboxRequest earlier = request;
    earlier.query = QUrlQuery(pairs.join(u'&'));
    return earlier;
}

// A list answer whose totals claim `total` pages and records (the list itself is unchanged).
SandboxResponse SandboxState::withTotals(SandboxResponse response, double total)
{
    QJsonObject root = response.object();
    if (response.status != 200 || root.isEmpty())
        return response;
    if (root.contains(u"meta"_s)) {
        QJsonObject meta = root.value(u"meta"_s).toObject();
        meta.insert(u"total_pages"_s, total);
        meta.insert(u"total_results"_s, total);
        root.insert(u"meta"_s, meta);
    }
    if (root.contains(u"total_records"_s))
        root.insert(u"total_records"_s, total);
    SandboxResponse inflated = SandboxResponse::json(200, root);
    inflated.headers = response.headers;
    return inflated;
}

SandboxResponse SandboxState::applyFault(const SandboxFault &fault, const SandboxRequest &request,
                                         const QStringList &segments)
{
    SandboxResponse response;
    switch (fault.kind) {
    case SandboxFault::Kind::Drop:
        if (fault.afterProcessing)
            response = handleApi(request, segments);
        response.drop = true;
        return response;
    case SandboxFault::Kind::Delay:
        response = handleApi(request, segments);
        response.delayMs = fault.delayMs;
        break;
    case SandboxFault::Kind::RepeatPage:
        response = handleApi(withEarlierPage(request, fault.pageShift), segments);
        break;
    case SandboxFault::Kind::Totals:
        response = withTotals(handleApi(request, segments), fault.total);
        break;
    case SandboxFault::Kind::Malformed:
        response.status = fault.status;
        response.body = QByteArrayLiteral("{\"data\": {\"id\": \"3f1c2a, \"status\": tru");
        response.setHeader("Content-Type", "application/json");
        break;
    case SandboxFault::Kind::Status:
        if (!fault.body.isEmpty())
            response = SandboxResponse::json(fault.status, fault.body);
        else if (fault.status == 429)
            response =
                SandboxErrors::single(429, SandboxErrors::RateLimited, u"Too many requests"_s,
                                      u"Rate limit exceeded; retry later."_s);
        else if (fault.status >= 500)
            response = SandboxErrors::single(fault.status, SandboxErrors::ServerError,
                                             u"Unexpected error"_s,
                                             u"The sandbox was asked to fail this request."_s);
        else
            response = SandboxErrors::single(fault.status, SandboxErrors::InvalidValue,
                                             u"Injected error"_s,
                                             u"The sandbox was asked to fail this request."_s);
        break;
    }
    if (fault.retryAfterSeconds >= 0)
        response.setHeader("Retry-After", numberText(fault.retryAfterSeconds));
    if (fault.retryAfterMs >= 0)
        response.setHeader("retry-after-ms", QByteArray::number(fault.retryAfterMs));
    for (auto it = fault.headers.constBegin(); it != fault.headers.constEnd(); ++it) {
        const QByteArray value = it.value().isDouble() ? numberText(it.value().toDouble())
                                                       : it.value().toString().toUtf8();
        response.setHeader(it.key().toUtf8(), value);
    }
    return response;
}

std::optional<SandboxResponse> SandboxState::refusal(const SandboxRequest &request,
                                                     bool control) const
{
    // A web page can make a browser send requests to 127.0.0.1 (directly, or through a DNS
    // name that resolves there): such requests carry an Origin, or a Host that is not a
    // loopback name. Neither the API nor the control surface answers them.
    const QByteArray host = request.header("Host");
    if (!host.isEmpty() && !isLoopbackHost(host))
        return SandboxErrors::single(403, foreignRequestCode, u"Forbidden"_s,
                                     u"The sandbox answers requests for 127.0.0.1 or localhost "
                                     "only."_s);
    if (!request.header("Origin").isEmpty())
        return SandboxErrors::single(403, foreignRequestCode, u"Forbidden"_s,
                                     u"The sandbox does not answer requests from web pages."_s);
    if (!control)
        return std::nullopt;
    if (QString::fromUtf8(request.header("X-Sandbox-Token")) != m_options.controlToken)
        return SandboxErrors::single(
            403, foreignRequestCode, u"Forbidden"_s,
            u"Control requests need the X-Sandbox-Token header with the token telnyx-sandbox "
            "printed at start."_s);
    const bool sendsBody =
        request.method == u"POST"_s || request.method == u"PUT"_s || request.method == u"PATCH"_s;
    if (sendsBody && !request.header("Content-Type").toLower().startsWith("application/json"))
        return SandboxErrors::single(415, unsupportedMediaTypeCode, u"Unsupported media type"_s,
                                     u"Control requests send JSON: Content-Type: "
                                     "application/json."_s);
    return std::nullopt;
}

SandboxResponse SandboxState::handle(const SandboxRequest &request)
{
    const QStringList segments = request.segments();
    const bool control = !segments.isEmpty() && segments.first() == u"_sandbox"_s;
    if (const auto refused = refusal(request, control))
        return *refused;
    if (control)
        return dispatch(m_controlRoutes, request, segments.mid(1));
    if (segments.isEmpty() || segments.first() != u"v2"_s) {
        return SandboxErrors::single(
            404, SandboxErrors::NotFound, u"Resource not found"_s,
            u"The API lives under /v2 (e.g. /v2/messaging_url_domains)."_s);
    }
    m_log.record(request, m_context.now());
    SandboxResponse response;
    if (const auto fault = m_faults.take(request.method, request.decodedPath()))
        response = applyFault(*fault, request, segments);
    else
        response = handleApi(request, segments);
    m_log.finish(response.drop ? 0 : response.status);
    return response;
}

QJsonObject SandboxState::toJson() const
{
    return QJsonObject{{u"format"_s, stateFormat},
                       {u"version"_s, stateVersion},
                       {u"seed"_s, double(m_context.seed)},
                       {u"records"_s, m_records},
                       {u"epoch_ms"_s, double(m_context.epochMs)},
                       {u"now_ms"_s, double(m_context.now())},
                       {u"random_state"_s, QString::number(m_context.random.state())},
                       {u"organization_id"_s, m_context.organizationId},
                       {u"user_id"_s, m_context.userId},
                       {u"tollfree"_s, m_tollFree.save()},
                       {u"hosted"_s, m_hosted.save()},
                       {u"rcs"_s, m_rcs.save()},
                       {u"url_domains"_s, m_urlDomains.save()},
                       {u"messaging_profiles"_s, m_profiles.save()}};
}

bool SandboxState::loadJson(const QJsonObject &saved, QString *error)
{
    if (saved.value(u"format"_s).toString() != stateFormat ||
        saved.value(u"version"_s).toInt() != stateVersion) {
        *error = u"not a telnyx-sandbox state file of version %1"_s.arg(stateVersion);
        return false;
    }
    m_context.seed = quint32(saved.value(u"seed"_s).toDouble());
    m_records = saved.value(u"records"_s).toInt();
    m_context.epochMs = qint64(saved.value(u"epoch_ms"_s).toDouble());
    m_context.clock.restart(qint64(saved.value(u"now_ms"_s).toDouble()));
    m_context.random.setState(saved.value(u"random_state"_s).toString().toULongLong());
    m_context.organizationId = saved.value(u"organization_id"_s).toString();
    m_context.userId = saved.value(u"user_id"_s).toString();
    if (!m_tollFree.load(saved.value(u"tollfree"_s).toObject(), error) ||
        !m_hosted.load(saved.value(u"hosted"_s).toObject(), error) ||
        !m_rcs.load(saved.value(u"rcs"_s).toObject(), error))
        return false;
    m_urlDomains.load(saved.value(u"url_domains"_s).toObject());
    m_profiles.load(saved.value(u"messaging_profiles"_s).toObject());
    m_faults.clear();
    m_log.clear();
    m_context.dirty = false;
    return true;
}

bool SandboxState::saveToFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SandboxState::loadFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"not valid JSON: %1"_s.arg(parseError.errorString());
        return false;
    }
    // Load into the live areas only once the document looks right; a failure part-way
    // leaves a reseeded state rather than a half-loaded one.
    if (!loadJson(document.object(), error)) {
        reset(m_options.seed, m_options.records);
        return false;
    }
    return true;
}
