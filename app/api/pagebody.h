#pragma once

#include "pagination.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace simdjson::dom {
class element;
}

// One list page read from its body on a worker thread (Pager::setPageReader): the totals, the
// id of each item, and the items as the reader made them (a model's rows), in one pass over
// the body.
struct PageRead
{
    QString problem;             // not empty: the page could not be read (an ApiError::Kind::Parse)
    PageContent totals;          // totals and itemCount; no items
    QList<QString> ids;          // one per item, in order; "" for an item without one
    std::shared_ptr<void> items; // what the reader made of the items, e.g. a model's rows
    // Set by the Pager before it delivers the page: items whose record an earlier page
    // already delivered, in increasing order. Their rows are skipped.
    QList<qsizetype> repeats;
};

// Reads list pages with simdjson, which parses a 2 MB page of a thousand toll-free requests
// about ten times faster than QJsonDocument (see README, Performance). The same checks as
// Pagination::parsePage: an object, its items a list (null or absent: none), the totals of
// the shape.
namespace PageBody {

// `id` is the item's id as PageRead::ids holds it (share it rather than reading it again).
using ItemVisitor =
    std::function<void(qsizetype index, const QString &id, const simdjson::dom::element &item)>;

// Parses `body`, fills the totals and ids of `page` and calls `visit` for every item in order.
// On a problem sets page.problem and returns false (no item was visited then).
bool read(PageShape shape, const QByteArray &body, const QString &idKey, PageRead *page,
          const ItemVisitor &visit);

// Gives back what the calling thread's reads keep between pages: the parser's buffers, sized to
// the largest page read (some 30 MB for pages of 1000 toll-free requests), and the memory freed
// meanwhile that the allocator would keep. The next read allocates again.
void releaseThreadMemory();

bool isObject(const simdjson::dom::element &value);

// A parsed value as Qt's JSON classes hold it (for rows made by their fromJson).
QJsonValue toJsonValue(const simdjson::dom::element &value);

} // namespace PageBody
