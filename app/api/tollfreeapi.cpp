#include "tollfreeapi.h"

#include "apiclient.h"
#include "pager.h"

using namespace Qt::StringLiterals;

namespace {

const QString listPath = QStringLiteral("/messaging_tollfree/verification/requests");

QString historyPath(const QString &id)
{
    return TollFreeApi::requestPath(id) + QStringLiteral("/status_history");
}

} // namespace

QUrlQuery TollFreeListFilter::toQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            query.addQueryItem(QString::fromLatin1(key), value.trimmed());
    };
    add("status", status);
    add("business_name", businessName);
    add("phone_number", phoneNumber);
    if (createdFrom.isValid())
        add("date_start", createdFrom.toUTC().toString(Qt::ISODate));
    if (createdTo.isValid())
        add("date_end", createdTo.toUTC().toString(Qt::ISODate));
    return query;
}

QString TollFreeApi::requestPath(const QString &id)
{
    return listPath + u'/' + ApiRequest::segment(id);
}

ApiRequestOf<TollFreeApi::Page> TollFreeApi::listRequest(const TollFreeListFilter &filter, int page,
                                                         int pageSize)
{
    return {
        ApiRequest::get(listPath, filter.toQuery()).page(PageShape::RecordsPlain, page, pageSize),
        ApiParse::page<Request>(PageShape::RecordsPlain)};
}

ApiRequestOf<TollFreeApi::Request> TollFreeApi::createRequest(const Request &request)
{
    ActivityNote note =
        ActivityNote::about(u"Create toll-free verification request"_s, ActivityArea::tollFree);
    note.phoneNumbers = request.phoneNumbers;
    note.detail = ActivityNote::excerpt(request.businessName);
    return {ApiRequest::json("POST", listPath, request.toJson()).noted(note),
            ApiParse::object<Request>()};
}

ApiRequestOf<TollFreeApi::Request> TollFreeApi::retrieveRequest(const QString &id)
{
    return {ApiRequest::get(requestPath(id)), ApiParse::object<Request>()};
}

ApiRequestOf<TollFreeApi::Request> TollFreeApi::updateRequest(const QString &id,
                                                              const Request &request)
{
    ActivityNote note = ActivityNote::about(u"Resubmit toll-free verification request"_s,
                                            ActivityArea::tollFree, id);
    note.phoneNumbers = request.phoneNumbers;
    note.detail = ActivityNote::excerpt(request.businessName);
    return {ApiRequest::json("PATCH", requestPath(id), request.toJson()).noted(note),
            ApiParse::object<Request>()};
}

ApiRequest TollFreeApi::removeRequest(const QString &id)
{
    // The SDK sends this one with Accept: */* and does not read the answer (empty, JSON or text).
    ApiRequest request = ApiRequest::remove(requestPath(id))
                             .noted(ActivityNote::about(u"Delete toll-free verification request"_s,
                                                        ActivityArea::tollFree, id));
    request.readsAnswer = false;
    return request;
}

ApiRequestOf<TollFreeApi::HistoryPage> TollFreeApi::statusHistoryRequest(const QString &id,
                                                                         int page, int pageSize)
{
    return {ApiRequest::get(historyPath(id)).page(PageShape::RecordsBracketed, page, pageSize),
            ApiParse::page<TfvStatusChange>(PageShape::RecordsBracketed)};
}

ApiCallOf<TollFreeApi::Page> *TollFreeApi::list(const TollFreeListFilter &filter, int page,
                                                int pageSize)
{
    return m_client->send(listRequest(filter, page, pageSize));
}

Pager *TollFreeApi::listPager(const TollFreeListFilter &filter, int pageSize, QObject *parent)
{
    return new Pager(m_client, ApiRequest::get(listPath, filter.toQuery()), PageShape::RecordsPlain,
                     pageSize, parent);
}

ApiCallOf<TollFreeApi::Request> *TollFreeApi::create(const Request &request)
{
    return m_client->send(createRequest(request));
}

ApiCallOf<TollFreeApi::Request> *TollFreeApi::retrieve(const QString &id)
{
    return m_client->send(retrieveRequest(id));
}

ApiCallOf<TollFreeApi::Request> *TollFreeApi::update(const QString &id, const Request &request)
{
    return m_client->send(updateRequest(id, request));
}

ApiCall *TollFreeApi::remove(const QString &id)
{
    return m_client->send(removeRequest(id));
}

ApiCallOf<TollFreeApi::HistoryPage> *TollFreeApi::statusHistory(const QString &id, int page,
                                                                int pageSize)
{
    return m_client->send(statusHistoryRequest(id, page, pageSize));
}

Pager *TollFreeApi::statusHistoryPager(const QString &id, int pageSize, QObject *parent)
{
    return new Pager(m_client, ApiRequest::get(historyPath(id)), PageShape::RecordsBracketed,
                     pageSize, parent);
}
