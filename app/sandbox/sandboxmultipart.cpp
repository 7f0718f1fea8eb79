#include "sandbox/sandboxmultipart.h"

using namespace Qt::StringLiterals;

namespace SandboxMultipart {

namespace {

// The value of `key=` in a header such as `form-data; name="loa"; filename="a.pdf"`.
QByteArray parameter(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> pieces = header.split(';');
    for (const QByteArray &piece : pieces) {
        const QByteArray trimmed = piece.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (equals < 0 || trimmed.left(equals).trimmed().toLower() != key)
            continue;
        QByteArray value = trimmed.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace

bool isMultipart(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("multipart/form-data");
}

bool parse(const QByteArray &contentType, const QByteArray &body,
           QList<SandboxMultipartPart> *parts, QString *error)
{
    if (!isMultipart(contentType)) {
        *error = u"The body must be multipart/form-data."_s;
        return false;
    }
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 200) {
        *error = u"The multipart/form-data Content-Type has no usable boundary."_s;
        return false;
    }
    const QByteArray delimiter = QByteArray("--" + boundary);
    qsizetype position = body.indexOf(delimiter);
    if (position < 0) {
        *error = u"The body does not contain the multipart boundary."_s;
        return false;
    }
    position += delimiter.size();
    while (true) {
        if (body.mid(position, 2) == "--")
            return true; // closing delimiter
        if (body.mid(position, 2) == "\r\n")
            position += 2;
        else if (body.mid(position, 1) == "\n")
            position += 1;
        else {
            *error = u"A multipart boundary is not followed by a line break."_s;
            return false;
        }
        qsizetype headerEnd = body.indexOf("\r\n\r\n", position);
        qsizetype separator = 4;
        const qsizetype bareEnd = body.indexOf("\n\n", position);
        if (headerEnd < 0 || (bareEnd >= 0 && bareEnd < headerEnd)) {
            headerEnd = bareEnd;
            separator = 2;
        }
        if (headerEnd < 0) {
            *error = u"A multipart part has no end of headers."_s;
            return false;
        }
        SandboxMultipartPart part;
        const QList<QByteArray> lines = body.mid(position, headerEnd - position).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = QString::fromUtf8(parameter(value, "name"));
                part.filename = QString::fromUtf8(parameter(value, "filename"));
                // RFC 5987 `filename*=UTF-8''…` wins over the plain one, as in RFC 6266.
                const QByteArray extended = parameter(value, "filename*");
                if (extended.toLower().startsWith("utf-8''"))
                    part.filename = QString::fromUtf8(QByteArray::fromPercentEncoding(
                        extended.mid(qsizetype(sizeof("utf-8''")) - 1)));
            } else if (name == "content-type") {
                part.contentType = QString::fromUtf8(value);
            }
        }
        const qsizetype dataStart = headerEnd + separator;
        qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), dataStart);
        qsizetype lineBreak = 2;
        if (next < 0) {
            next = body.indexOf(QByteArray("\n" + delimiter), dataStart);
            lineBreak = 1;
        }
        if (next < 0) {
            *error = u"The multipart body ends without a closing boundary."_s;
            return false;
        }
        part.data = body.mid(dataStart, next - dataStart);
        parts->append(part);
        position = next + lineBreak + delimiter.size();
    }
}

} // namespace SandboxMultipart
