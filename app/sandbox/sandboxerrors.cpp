#include "sandbox/sandboxerrors.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

void SandboxErrors::add(const char *code, const QString &title, const QString &detail,
                        const QString &pointer)
{
    QJsonObject entry{
        {u"code"_s, QString::fromLatin1(code)}, {u"title"_s, title}, {u"detail"_s, detail}};
    if (!pointer.isEmpty())
        entry.insert(u"source"_s, QJsonObject{{u"pointer"_s, pointer}});
    m_entries.append(entry);
}

void SandboxErrors::addParameter(const char *code, const QString &title, const QString &detail,
                                 const QString &parameter)
{
    QJsonObject entry{
        {u"code"_s, QString::fromLatin1(code)}, {u"title"_s, title}, {u"detail"_s, detail}};
    entry.insert(u"source"_s, QJsonObject{{u"parameter"_s, parameter}});
    m_entries.append(entry);
}

void SandboxErrors::missing(const QString &pointer, const QString &fieldLabel)
{
    add(MissingParameter, u"Missing required field"_s,
        u"%1 is required and must not be empty."_s.arg(fieldLabel), pointer);
}

void SandboxErrors::invalid(const QString &pointer, const QString &detail)
{
    add(InvalidValue, u"Invalid value"_s, detail, pointer);
}

SandboxResponse SandboxErrors::response(int status) const
{
    return SandboxResponse::json(status, QJsonObject{{u"errors"_s, m_entries}});
}

SandboxResponse SandboxErrors::responseWithoutSources(int status, const QString &docsUrl) const
{
    QJsonArray entries;
    for (const QJsonValue &value : m_entries) {
        QJsonObject entry = value.toObject();
        const QJsonObject source = entry.take(u"source"_s).toObject();
        // "/phoneNumbers/1/phoneNumber" → "phoneNumbers[1].phoneNumber"
        QString name;
        const QStringList parts =
            source.value(u"pointer"_s).toString().split(u'/', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool isIndex = false;
            part.toInt(&isIndex);
            name += isIndex ? u"[%1]"_s.arg(part) : (name.isEmpty() ? part : u'.' + part);
        }
        if (name.isEmpty())
            name = source.value(u"parameter"_s).toString();
        const QString detail = entry.value(u"detail"_s).toString();
        if (!name.isEmpty() && !detail.contains(name))
            entry.insert(u"detail"_s, u"%1: %2"_s.arg(name, detail));
        entry.insert(u"meta"_s, QJsonObject{{u"url"_s, docsUrl}});
        entries.append(entry);
    }
    return SandboxResponse::json(status, QJsonObject{{u"errors"_s, entries}});
}

SandboxResponse SandboxErrors::single(int status, const char *code, const QString &title,
                                      const QString &detail)
{
    SandboxErrors errors;
    errors.add(code, title, detail);
    return errors.response(status);
}

SandboxResponse SandboxErrors::notFound(const QString &what, const QString &id)
{
    return single(404, NotFound, u"Resource not found"_s,
                  u"No %1 with id '%2' exists."_s.arg(what, id));
}
