#include "sandbox/sandboxfaults.h"

using namespace Qt::StringLiterals;

namespace {

QString kindName(SandboxFault::Kind kind)
{
    switch (kind) {
    case SandboxFault::Kind::Delay:
        return u"delay"_s;
    case SandboxFault::Kind::Status:
        return u"status"_s;
    case SandboxFault::Kind::Malformed:
        return u"malformed"_s;
    case SandboxFault::Kind::Drop:
        return u"drop"_s;
    case SandboxFault::Kind::RepeatPage:
        return u"repeat_page"_s;
    case SandboxFault::Kind::Totals:
        return u"totals"_s;
    }
    return {};
}

} // namespace

bool SandboxFault::matches(const QString &requestMethod, const QString &requestPath) const
{
    if (method != u"*"_s && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (path.endsWith(QLatin1Char('*')))
        return requestPath.startsWith(path.left(path.size() - 1));
    return requestPath == path;
}

QJsonObject SandboxFault::toJson() const
{
    QJsonObject json{{u"id"_s, id},
                     {u"method"_s, method},
                     {u"path"_s, path},
                     {u"kind"_s, kindName(kind)},
                     {u"count"_s, count},
                     {u"fired"_s, fired},
                     {u"skip"_s, skip},
                     {u"remaining"_s, count == 0 ? QJsonValue() : QJsonValue(count - fired)}};
    if (kind == Kind::Status || kind == Kind::Malformed)
        json.insert(u"status"_s, status);
    if (kind == Kind::Delay)
        json.insert(u"delay_ms"_s, delayMs);
    if (kind == Kind::Drop)
        json.insert(u"after_processing"_s, afterProcessing);
    if (kind == Kind::RepeatPage)
        json.insert(u"shift"_s, pageShift);
    if (kind == Kind::Totals)
        json.insert(u"total"_s, total);
    if (retryAfterSeconds >= 0)
        json.insert(u"retry_after"_s, retryAfterSeconds);
    if (retryAfterMs >= 0)
        json.insert(u"retry_after_ms"_s, double(retryAfterMs));
    if (!headers.isEmpty())
        json.insert(u"headers"_s, headers);
    if (!body.isEmpty())
        json.insert(u"body"_s, body);
    return json;
}

bool SandboxFaults::add(const QJsonObject &description, SandboxFault *added, SandboxErrors *errors)
{
    SandboxFault fault;
    fault.method = description.value(u"method"_s).toString(u"*"_s).toUpper();
    fault.path = description.value(u"path"_s).toString();
    if (fault.path.isEmpty() || !fault.path.startsWith(QLatin1Char('/')))
        errors->invalid(u"/path"_s, u"path must start with '/', e.g. "
                                    "\"/v2/messaging_hosted_number_orders\" or \"/v2/*\"."_s);
    const QString kind = description.value(u"kind"_s).toString(u"status"_s);
    if (kind == u"delay"_s)
        fault.kind = SandboxFault::Kind::Delay;
    else if (kind == u"status"_s)
        fault.kind = SandboxFault::Kind::Status;
    else if (kind == u"malformed"_s)
        fault.kind = SandboxFault::Kind::Malformed;
    else if (kind == u"drop"_s)
        fault.kind = SandboxFault::Kind::Drop;
    else if (kind == u"repeat_page"_s)
        fault.kind = SandboxFault::Kind::RepeatPage;
    else if (kind == u"totals"_s)
        fault.kind = SandboxFault::Kind::Totals;
    else
        errors->invalid(u"/kind"_s, u"kind must be delay, status, malformed, drop, repeat_page "
                                    "or totals."_s);

    fault.status = description.value(u"status"_s)
                       .toInt(fault.kind == SandboxFault::Kind::Malformed ? 200 : 500);
    if (fault.status < 100 || fault.status > 599)
        errors->invalid(u"/status"_s, u"status must be an HTTP status code (100-599)."_s);
    if (description.contains(u"retry_after"_s)) {
        fault.retryAfterSeconds = description.value(u"retry_after"_s).toDouble(-1);
        if (fault.retryAfterSeconds < 0)
            errors->invalid(u"/retry_after"_s, u"retry_after must be a number of seconds."_s);
    }
    if (description.contains(u"retry_after_ms"_s)) {
        fault.retryAfterMs = qint64(description.value(u"retry_after_ms"_s).toDouble(-1));
        if (fault.retryAfterMs < 0)
            errors->invalid(u"/retry_after_ms"_s,
                            u"retry_after_ms must be a number of milliseconds."_s);
    }
    fault.delayMs = description.value(u"delay_ms"_s).toInt(1000);
    if (fault.delayMs < 0 || fault.delayMs > 600000)
        errors->invalid(u"/delay_ms"_s, u"delay_ms must be between 0 and 600000."_s);
    const QJsonValue headers = description.value(u"headers"_s);
    if (!headers.isUndefined() && !headers.isNull()) {
        if (!headers.isObject()) {
            errors->invalid(u"/headers"_s, u"headers must be an object of name: value."_s);
        } else {
            fault.headers = headers.toObject();
            for (auto it = fault.headers.constBegin(); it != fault.headers.constEnd(); ++it) {
                if (!it.value().isString() && !it.value().isDouble())
                    errors->invalid(u"/headers/"_s + it.key(),
                                    u"Header values must be strings or numbers."_s);
            }
        }
    }
    const QJsonValue body = description.value(u"body"_s);
    if (!body.isUndefined() && !body.isNull()) {
        if (!body.isObject())
            errors->invalid(u"/body"_s, u"body must be a JSON object, e.g. {\"errors\": [...]}."_s);
        else if (fault.kind != SandboxFault::Kind::Status)
            errors->invalid(u"/body"_s, u"body is only used with kind \"status\"."_s);
        else
            fault.body = body.toObject();
    }
    fault.count = description.value(u"count"_s).toInt(1);
    if (fault.count < 0)
        errors->invalid(u"/count"_s, u"count must be 0 (until cleared) or more."_s);
    fault.skip = description.value(u"skip"_s).toInt(0);
    if (fault.skip < 0)
        errors->invalid(u"/skip"_s, u"skip must be 0 or more requests."_s);
    fault.afterProcessing = description.value(u"after_processing"_s).toBool(false);
    fault.pageShift = description.value(u"shift"_s).toInt(1);
    if (fault.pageShift < 1)
        errors->invalid(u"/shift"_s, u"shift must be a whole number of pages (1 or more)."_s);
    fault.total = description.value(u"total"_s).toDouble(2e9);
    if (fault.total < 0 || fault.total > 9e15)
        errors->invalid(u"/total"_s, u"total must be a number between 0 and 9e15."_s);
    if (!errors->isEmpty())
        return false;
    fault.id = m_nextId++;
    m_faults.append(fault);
    *added = fault;
    return true;
}

std::optional<SandboxFault> SandboxFaults::take(const QString &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFault &fault = m_faults[i];
        if (!fault.matches(method, path))
            continue;
        if (fault.skip > 0) {
            --fault.skip; // this one goes through untouched, and no later fault takes it
            return std::nullopt;
        }
        ++fault.fired;
        const SandboxFault fired = fault;
        if (fault.count != 0 && fault.fired >= fault.count)
            m_faults.removeAt(i);
        return fired;
    }
    return std::nullopt;
}

QJsonArray SandboxFaults::toJson() const
{
    QJsonArray list;
    for (const SandboxFault &fault : m_faults)
        list.append(fault.toJson());
    return list;
}
