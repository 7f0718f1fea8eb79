#include "pagination.h"

#include <QJsonObject>

#include <algorithm>

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
    } else {
        page->totalItems = nonNegativeInt(root.value(QLatin1StringView("total_records")));
    }
    return true;
}

int lastPage(const PageContent &firstPage, int pageSize)
{
    if (firstPage.totalPages >= 0)
        return firstPage.totalPages;
    if (pageSize <= 0)
        return firstPage.items.isEmpty() ? 0 : 1;
    if (firstPage.totalItems >= 0) {
        const qint64 pages = (qint64(firstPage.totalItems) + pageSize - 1) / pageSize;
        return static_cast<int>(pages);
    }
    // No totals: a short page is the last one.
    return firstPage.items.size() < pageSize ? (firstPage.items.isEmpty() ? 0 : 1) : -1;
}

} // namespace Pagination
