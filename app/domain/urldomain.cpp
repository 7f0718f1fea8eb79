#include "domain/urldomain.h"

#include "domain/jsonread.h"

using namespace Qt::StringLiterals;

namespace {
const QString kId = u"id"_s;
const QString kRecordType = u"record_type"_s;
const QString kUrlDomain = u"url_domain"_s;
const QString kUseCase = u"use_case"_s;
} // namespace

UrlDomain UrlDomain::fromJson(const QJsonObject &object)
{
    UrlDomain domain;
    domain.raw = object;
    domain.id = JsonRead::string(object, kId);
    domain.recordType = JsonRead::string(object, kRecordType);
    domain.urlDomain = JsonRead::string(object, kUrlDomain);
    domain.useCase = JsonRead::string(object, kUseCase);
    return domain;
}

QJsonObject UrlDomain::toJson() const
{
    return {{kId, id}, {kRecordType, recordType}, {kUrlDomain, urlDomain}, {kUseCase, useCase}};
}
