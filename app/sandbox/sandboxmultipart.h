#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One part of a multipart/form-data body.
struct SandboxMultipartPart
{
    QString name;
    QString filename;
    QString contentType;
    QByteArray data;
};

namespace SandboxMultipart {

// True when the Content-Type header names multipart/form-data.
bool isMultipart(const QByteArray &contentType);
// Splits a multipart/form-data body. Returns false with a plain-words *error when the
// boundary is missing or the body does not follow it.
bool parse(const QByteArray &contentType, const QByteArray &body,
           QList<SandboxMultipartPart> *parts, QString *error);

} // namespace SandboxMultipart
