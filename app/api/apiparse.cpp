#include "apiparse.h"

#include <QJsonParseError>

namespace ApiParse {

QJsonDocument readDocument(const QByteArray &body, QString *problem)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("invalid JSON at byte %1: %2")
                       .arg(parseError.offset)
                       .arg(parseError.errorString());
        return {};
    }
    return document;
}

} // namespace ApiParse
