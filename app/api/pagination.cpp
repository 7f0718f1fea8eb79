#include "pagination.h"

#include <QJsonObject>

namespace Pagination {

QUrlQuery pageQuery(PageShape shape, int pageNumber, int pageSize)
{
    QUrlQuery query;
    if (shape == PageShape::RecordsPlain) {
        query.addQueryItem(QStringLiteral("page"), QString::number(pageNumber));
        query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    } else {
        query.addQueryItem(QStringLiteral("page[number]"), QString::number(pageNumber));
        query.addQueryItem(QStringLiteral("page[size]"), QString::number(pageSize));
    }
    return query;
}

namespace {

int nonNegativeInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (number < 0 || number > 2e9)
        return -1;
    return static_cast<int>(number);
}

} // namespace

bool parsePage(PageShape shape, const QJsonDocument &document, PageContent *page, QString *error)
{
    *page = {};
    if (!document.isObject()) {
        *error = QStringLiteral("a list page must be a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    const QLatin1StringView itemsKey(shape == PageShape::DataMeta ? "data" : "records");
    const QJsonValue items = root.value(itemsKey);
    if (items.isNull() || items.isUndefined()) {
        page->totalItems = 0;
    } else if (!items.isArray()) {
        *error = QStringLiteral("\"%1\" is not a list").arg(itemsKey);
        return false;
    } else {
        page->items = items.toArray();
    }

    if (shape == PageShape::DataMeta) {
        const QJsonObject meta = root.value(QLatin1StringView("meta")).toObject();
        page->totalItems = nonNegativeInt(meta.value(QLatin1StringView("total_results")));
        page->totalPages = nonNegativeInt(meta.value(QLatin1StringView("total_pages")));
        page->pageSize = nonNegativeInt(meta.value(QLatin1StringView("page_size")));
    } else {
        page->totalItems = nonNegativeInt(root.value(QLatin1StringView("total_records")));
    }
    return true;
}

int honouredPageSize(const PageContent &firstPage, int requestedSize)
{
    if (firstPage.pageSize > 0 && firstPage.pageSize < requestedSize)
        return firstPage.pageSize;
    const int rows = firstPage.rows();
    const bool morePromised = firstPage.totalItems > rows || firstPage.totalPages > 1;
    if (rows > 0 && rows < requestedSize && morePromised)
        return rows;
    return requestedSize;
}

int lastPage(const PageContent &firstPage, int pageSize)
{
    qint64 pages = -1;
    if (firstPage.totalItems >= 0 && pageSize > 0)
        pages = (qint64(firstPage.totalItems) + pageSize - 1) / pageSize;
    else if (firstPage.totalPages >= 0)
        pages = firstPage.totalPages;
    else if (firstPage.rows() == 0)
        pages = 0; // no totals, and nothing at all
    // No totals and some rows: unknown, even for a short page (the size may have been clamped).
    return pages < 0 ? -1 : int(qMin<qint64>(pages, maxTrustedPages));
}

} // namespace Pagination
