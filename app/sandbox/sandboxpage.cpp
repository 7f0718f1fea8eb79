#include "sandbox/sandboxpage.h"

#include "sandbox/sandboxerrors.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

bool SandboxPage::parse(const SandboxRequest &request, const QString &numberKey,
                        const QString &sizeKey, SandboxPage *page, SandboxResponse *error,
                        bool realistic)
{
    const int clampTo = !realistic                  ? 0
                        : sizeKey == u"page_size"_s ? realisticPlainSize
                                                    : realisticBracketedSize;
    SandboxErrors errors;
    if (request.hasQueryItem(numberKey)) {
        bool ok = false;
        const qint64 number = request.queryValue(numberKey).trimmed().toLongLong(&ok);
        if (!ok || number < 1 || number > 100000000) {
            errors.addParameter(SandboxErrors::InvalidValue, u"Invalid value"_s,
                                u"%1 must be a whole number of at least 1."_s.arg(numberKey),
                                numberKey);
        } else {
            page->number = number;
        }
    }
    if (request.hasQueryItem(sizeKey)) {
        bool ok = false;
        const qint64 asked = request.queryValue(sizeKey).trimmed().toLongLong(&ok);
        const int size = clampTo > 0 && ok && asked > clampTo
                             ? clampTo
                             : int(qMin<qint64>(asked, maximumSize + 1));
        if (!ok || size < 1 || size > maximumSize) {
            errors.addParameter(SandboxErrors::InvalidValue, u"Invalid value"_s,
                                u"%1 must be a whole number between 1 and %2."_s.arg(
                                    sizeKey, QString::number(maximumSize)),
                                sizeKey);
        } else {
            page->size = size;
        }
    }
    if (!errors.isEmpty()) {
        *error = errors.response(422);
        return false;
    }
    return true;
}

QJsonObject SandboxPage::meta(qint64 totalResults) const
{
    const qint64 pages = (totalResults + size - 1) / size;
    return QJsonObject{{u"page_number"_s, double(number)},
                       {u"page_size"_s, size},
                       {u"total_pages"_s, double(pages)},
                       {u"total_results"_s, double(totalResults)}};
}

SandboxResponse SandboxPage::dataMetaAnswer(const QList<QByteArray> &items,
                                            qint64 totalResults) const
{
    return SandboxResponse::jsonList(
        "data", items, "meta", QJsonDocument(meta(totalResults)).toJson(QJsonDocument::Compact));
}

SandboxResponse SandboxPage::dataMetaPage(const SandboxRequest &request, const QJsonArray &items,
                                          bool realistic)
{
    SandboxPage page;
    SandboxResponse error;
    if (!parse(request, u"page[number]"_s, u"page[size]"_s, &page, &error, realistic))
        return error;
    QJsonArray data;
    const qint64 total = items.size();
    for (qint64 i = page.offset(); i < total && i < page.offset() + page.size; ++i)
        data.append(items.at(qsizetype(i)));
    return SandboxResponse::json(200,
                                 QJsonObject{{u"data"_s, data}, {u"meta"_s, page.meta(total)}});
}
