#pragma once

#include "domain/rawjson.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One entry of GET /messaging_url_domains.
struct UrlDomain : HasRawJson
{
    QString id;
    QString recordType;
    QString urlDomain;
    QString useCase;

    static UrlDomain fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const UrlDomain &) const = default;
};

Q_DECLARE_METATYPE(UrlDomain)
