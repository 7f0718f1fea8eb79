#include "tollfreerequestsmodel.h"

#include "api/pager.h"
#include "domain/jsonread.h"

#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

namespace {

void finish(TollFreeRequestRow &row)
{
    row.status = CompactRecord::sharedText(row.status);
    row.useCase = CompactRecord::sharedText(row.useCase);
    row.searchText = QString(row.businessName % u'\n' % row.phoneNumbers % u'\n' % row.useCase %
                             u'\n' % tfvStatusLabel(row.status) % u'\n' % row.id)
                         .toLower()
                         .toUtf8();
    row.searchText.squeeze();
}

// As JsonRead::string: the text of a string field, "" for anything else.
QString stringField(const dom::object &object, std::string_view key)
{
    std::string_view text;
    dom::element value;
    if (object.at_key(key).get(value) || value.get_string().get(text))
        return {};
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int digits(std::string_view text, size_t at, size_t count)
{
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// As JsonRead::dateTime, with a fast path for the API's own form (2026-11-15T04:18:52.402Z).
QDateTime dateField(const dom::object &object, std::string_view key)
{
    std::string_view text;
    dom::element value;
    if (object.at_key(key).get(value) || value.get_string().get(text))
        return {};
    const bool withMs = text.size() == 24 && text[19] == '.';
    if ((text.size() == 20 || withMs) && text[4] == '-' && text[7] == '-' && text[10] == 'T' &&
        text[13] == ':' && text[16] == ':' && text.back() == 'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                         withMs ? digits(text, 20, 3) : 0);
        if (date.isValid() && time.isValid() && digits(text, 0, 4) >= 0)
            return QDateTime(date, time, Qt::UTC);
    }
    return JsonRead::parseDateTime(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

// As JsonRead::wrappedStringList: strings, or the "phoneNumber" of objects.
QStringList phoneNumbersField(const dom::object &object)
{
    QStringList numbers;
    dom::array array;
    if (object.at_key("phoneNumbers").get(array))
        return numbers;
    for (const dom::element item : array) {
        std::string_view text;
        if (!item.get_string().get(text)) {
            numbers.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
            continue;
        }
        dom::object wrapper;
        dom::element inner;
        if (!item.get_object().get(wrapper) && !wrapper.at_key("phoneNumber").get(inner) &&
            !inner.get_string().get(text))
            numbers.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    return numbers;
}

} // namespace

TollFreeRequestRow TollFreeRequestRow::fromJson(const QJsonObject &object)
{
    TollFreeRequestRow row;
    row.id = JsonRead::string(object, u"id");
    row.status = JsonRead::string(object, u"verificationStatus");
    row.businessName = JsonRead::string(object, u"businessName");
    row.phoneNumbers = PagedListModel::displayList(
        JsonRead::wrappedStringList(object, u"phoneNumbers", u"phoneNumber"));
    row.useCase = JsonRead::string(object, u"useCase");
    row.createdAt = JsonRead::dateTime(object, u"createdAt");
    row.updatedAt = JsonRead::dateTime(object, u"updatedAt");
    row.stored = CompactRecord::fromJson(object);
    finish(row);
    return row;
}

TollFreeRequestRow TollFreeRequestRow::fromElement(const QString &id, const dom::element &element)
{
    TollFreeRequestRow row;
    dom::object object;
    if (element.get_object().get(object))
        return row;
    // The pager's id is a number's text too; the row's, as fromJson's, only a string's.
    dom::element idValue;
    row.id = !object.at_key("id").get(idValue) && idValue.is_string() ? id : QString();
    row.status = stringField(object, "verificationStatus");
    row.businessName = stringField(object, "businessName");
    row.phoneNumbers = PagedListModel::displayList(phoneNumbersField(object));
    row.useCase = stringField(object, "useCase");
    row.createdAt = dateField(object, "createdAt");
    row.updatedAt = dateField(object, "updatedAt");
    row.stored = CompactRecord::fromElement(element);
    finish(row);
    return row;
}

QVariant TollFreeRequestRow::record() const
{
    return QVariant::fromValue(TollFreeVerificationRequest::fromJson(stored.toJson()));
}

TollFreeRequestsModel::TollFreeRequestsModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(client, parent)
{
    // Large pages: a big account's list loads in a hundredth of the round trips, and a page of
    // 1000 rows is read on the worker in a few milliseconds.
    setPageSize(TollFreeApi::largePageSize);
}

void TollFreeRequestsModel::setFilter(const TollFreeListFilter &filter)
{
    if (filter == m_filter && pager())
        return;
    m_filter = filter;
    reload();
}

int TollFreeRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TollFreeRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return PagedRowsModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case BusinessColumn:
        return tr("Business");
    case PhoneNumbersColumn:
        return tr("Toll-free numbers");
    case UseCaseColumn:
        return tr("Use case");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

Pager *TollFreeRequestsModel::createPager(int pageSize)
{
    return TollFreeApi(client()).listPager(m_filter, pageSize);
}

QVariant TollFreeRequestsModel::cellData(const TollFreeRequestRow &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return tfvStatusExplanation(tfvStatusFromString(row.status));
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(column)) {
    case BusinessColumn:
        return row.businessName;
    case PhoneNumbersColumn:
        return row.phoneNumbers;
    case UseCaseColumn:
        return row.useCase;
    case StatusColumn:
        return display ? tfvStatusLabel(row.status) : row.status;
    case CreatedColumn:
        return display ? QVariant(displayDateTime(row.createdAt)) : QVariant(row.createdAt);
    case UpdatedColumn:
        return display ? QVariant(displayDateTime(row.updatedAt)) : QVariant(row.updatedAt);
    case ColumnCount:
        break;
    }
    return {};
}
