#include "sandbox/sandboxjsonbody.h"

#include "sandbox/sandboxerrors.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace SandboxJsonBody {

bool parseObject(const SandboxRequest &request, bool emptyIsObject, QJsonObject *object,
                 SandboxResponse *error)
{
    if (request.body.trimmed().isEmpty()) {
        if (emptyIsObject) {
            *object = {};
            return true;
        }
        *error = SandboxErrors::single(400, SandboxErrors::BadRequest, u"Bad request"_s,
                                       u"The request body is empty; a JSON object is expected."_s);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = SandboxErrors::single(
            400, SandboxErrors::BadRequest, u"Malformed JSON"_s,
            u"The request body is not valid JSON (%1 at offset %2)."_s.arg(
                parseError.errorString(), QString::number(parseError.offset)));
        return false;
    }
    if (!document.isObject()) {
        *error = SandboxErrors::single(400, SandboxErrors::BadRequest, u"Bad request"_s,
                                       u"The request body must be a JSON object."_s);
        return false;
    }
    *object = document.object();
    return true;
}

} // namespace SandboxJsonBody
