#include "apiparse.h"

#include <QJsonParseError>

namespace ApiParse {

QVariant readAnswer(const QByteArray &body, const ApiCall::Parser &parser, QJsonDocument *json,
                    QString *problem)
{
    *json = {};
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        *json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *problem = QStringLiteral("invalid JSON at byte %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
            return {};
        }
    }
    return parser ? parser(*json, problem) : QVariant();
}

} // namespace ApiParse
