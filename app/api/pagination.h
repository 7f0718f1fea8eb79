#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

// The three list shapes of the API.
enum class PageShape {
    // page[number] / page[size]; {"data": [...], "meta": {page_number, page_size, total_pages,
    // total_results}}: hosted orders and numbers, RCS agents, URL domains.
    DataMeta,
    // page[number] / page[size]; {"records": [...], "total_records": N}: TFV status history.
    RecordsBracketed,
    // page / page_size; {"records": [...], "total_records": N}: TFV request list.
    RecordsPlain,
};

// One decoded page, whatever its shape.
struct PageContent
{
    QJsonArray items;
    int totalItems = -1; // -1 when the server did not say
    int totalPages = -1;
    int pageSize = -1; // meta.page_size: the size the server honoured, when it says
    // Items on the page when they were read elsewhere (PageRead) and `items` is empty; -1
    // when `items` holds them.
    int itemCount = -1;
    int rows() const { return itemCount >= 0 ? itemCount : int(items.size()); }
};

// Pure pagination arithmetic, kept apart from the network so it is easy to test.
namespace Pagination {

QUrlQuery pageQuery(PageShape shape, int pageNumber, int pageSize);
// Decodes one page; on a shape mismatch returns false and says why.
bool parsePage(PageShape shape, const QJsonDocument &document, PageContent *page, QString *error);
// Totals are the server's word, not a promise: no list is walked further than this.
constexpr int maxTrustedPages = 10000;

// The page size the server honoured for a first page asked with `requestedSize`: a server may
// clamp a size it finds too large without saying so. Taken from meta.page_size, else from the
// rows of a page that is not the last one; `requestedSize` when nothing says otherwise.
int honouredPageSize(const PageContent &firstPage, int requestedSize);
// The last page number (1-based) from the totals and the honoured page size; 0 when there is
// nothing at all, -1 when the server gave no totals, at most maxTrustedPages.
// Counts pages from total items, never from the total itself (the SDK's TFV mistake).
int lastPage(const PageContent &firstPage, int pageSize);

} // namespace Pagination
