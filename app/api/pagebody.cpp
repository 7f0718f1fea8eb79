#include "pagebody.h"

#include <QJsonArray>
#include <QJsonObject>

#include <simdjson.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

namespace {

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

bool isNumber(dom::element_type type)
{
    return type == dom::element_type::INT64 || type == dom::element_type::UINT64 ||
           type == dom::element_type::DOUBLE;
}

double number(const dom::element &value)
{
    switch (value.type()) {
    case dom::element_type::INT64:
        return double(value.get_int64().value_unsafe());
    case dom::element_type::UINT64:
        return double(value.get_uint64().value_unsafe());
    default:
        return value.get_double().value_unsafe();
    }
}

// As Pagination's nonNegativeInt: a number in 0..2e9, else -1.
int nonNegativeInt(simdjson::simdjson_result<dom::element> value)
{
    if (value.error() || !isNumber(value.value_unsafe().type()))
        return -1;
    const double count = number(value.value_unsafe());
    return count < 0 || count > 2e9 ? -1 : int(count);
}

// As the Pager's recordId: a string, or a number written with 17 digits; "" otherwise.
QString idOf(const dom::element &item, const QString &idKey, const std::string &key)
{
    if (idKey.isEmpty() || item.type() != dom::element_type::OBJECT)
        return {};
    dom::element id;
    if (item.get_object().value_unsafe().at_key(key).get(id))
        return {};
    if (id.type() == dom::element_type::STRING)
        return text(id.get_string().value_unsafe());
    return isNumber(id.type()) ? QString::number(number(id), 'g', 17) : QString();
}

// One parser per reading thread, kept between pages: allocating its buffers (several times a
// page) for every page leaves holes between the rows made meanwhile.
dom::parser &threadParser()
{
    thread_local dom::parser parser;
    return parser;
}

} // namespace

namespace PageBody {

void releaseThreadMemory()
{
    threadParser() = dom::parser();
#ifdef __GLIBC__
    // Freed page bodies and buffers stay in the allocator's arenas otherwise.
    malloc_trim(0);
#endif
}

bool read(PageShape shape, const QByteArray &body, const QString &idKey, PageRead *page,
          const ItemVisitor &visit)
{
    page->totals = {};
    page->ids.clear();
    if (body.trimmed().isEmpty()) {
        page->problem = u"a list page must be a JSON object"_s;
        return false;
    }
    dom::element root;
    if (const auto error = threadParser().parse(body.constData(), size_t(body.size())).get(root)) {
        page->problem =
            u"invalid JSON: %1"_s.arg(QString::fromLatin1(simdjson::error_message(error)));
        return false;
    }
    if (root.type() != dom::element_type::OBJECT) {
        page->problem = u"a list page must be a JSON object"_s;
        return false;
    }
    const dom::object object = root.get_object().value_unsafe();
    const char *itemsKey = shape == PageShape::DataMeta ? "data" : "records";
    dom::array items;
    dom::element itemsValue;
    bool hasItems = false;
    if (object.at_key(itemsKey).get(itemsValue) ||
        itemsValue.type() == dom::element_type::NULL_VALUE) {
        page->totals.totalItems = 0;
    } else if (itemsValue.type() != dom::element_type::ARRAY) {
        page->problem = u"\"%1\" is not a list"_s.arg(QLatin1StringView(itemsKey));
        return false;
    } else {
        items = itemsValue.get_array().value_unsafe();
        hasItems = true;
    }

    if (shape == PageShape::DataMeta) {
        dom::element meta;
        if (!object.at_key("meta").get(meta) && meta.type() == dom::element_type::OBJECT) {
            const dom::object fields = meta.get_object().value_unsafe();
            page->totals.totalItems = nonNegativeInt(fields.at_key("total_results"));
            page->totals.totalPages = nonNegativeInt(fields.at_key("total_pages"));
            page->totals.pageSize = nonNegativeInt(fields.at_key("page_size"));
        } else {
            page->totals.totalItems = -1;
        }
    } else {
        page->totals.totalItems = nonNegativeInt(object.at_key("total_records"));
    }

    page->totals.itemCount = hasItems ? int(items.size()) : 0;
    if (!hasItems)
        return true;
    page->ids.reserve(page->totals.itemCount);
    const std::string key = idKey.toStdString();
    qsizetype index = 0;
    for (const dom::element item : items) {
        page->ids.append(idOf(item, idKey, key));
        if (visit)
            visit(index, page->ids.last(), item);
        ++index;
    }
    return true;
}

bool isObject(const dom::element &value)
{
    return value.type() == dom::element_type::OBJECT;
}

QJsonValue toJsonValue(const dom::element &value)
{
    switch (value.type()) {
    case dom::element_type::ARRAY: {
        QJsonArray array;
        const dom::array items = value.get_array().value_unsafe();
        for (const dom::element item : items)
            array.append(toJsonValue(item));
        return array;
    }
    case dom::element_type::OBJECT: {
        QJsonObject object;
        const dom::object fields = value.get_object().value_unsafe();
        for (const dom::key_value_pair field : fields)
            object.insert(text(field.key), toJsonValue(field.value));
        return object;
    }
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return number(value);
    case dom::element_type::STRING:
        return text(value.get_string().value_unsafe());
    case dom::element_type::BOOL:
        return value.get_bool().value_unsafe();
    case dom::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace PageBody
