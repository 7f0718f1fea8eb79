#include "tollfreeapi.h"

#include "apiclient.h"
#include "pager.h"

namespace {

const QString listPath = QStringLiteral("/messaging_tollfree/verification/requests");

void appendQuery(QUrlQuery &query, const QUrlQuery &more)
{
    for (const auto &item : more.queryItems(QUrl::FullyDecoded))
        query.addQueryItem(item.first, item.second);
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
    return listPath + u'/' + ApiClient::segment(id);
}

ApiCall *TollFreeApi::list(const TollFreeListFilter &filter, int page, int pageSize)
{
    QUrlQuery query = filter.toQuery();
    appendQuery(query, Pagination::pageQuery(PageShape::RecordsPlain, page, pageSize));
    return m_client->get(listPath, query,
                         ApiParse::page<TollFreeVerificationRequest>(PageShape::RecordsPlain));
}

Pager *TollFreeApi::listPager(const TollFreeListFilter &filter, int pageSize, QObject *parent)
{
    return new Pager(m_client, listPath, PageShape::RecordsPlain, pageSize, filter.toQuery(),
                     parent);
}

ApiCall *TollFreeApi::create(const TollFreeVerificationRequest &request)
{
    return m_client->sendJson("POST", listPath, request.toJson(),
                              ApiParse::object<TollFreeVerificationRequest>());
}

ApiCall *TollFreeApi::retrieve(const QString &id)
{
    return m_client->get(requestPath(id), {}, ApiParse::object<TollFreeVerificationRequest>());
}

ApiCall *TollFreeApi::update(const QString &id, const TollFreeVerificationRequest &request)
{
    return m_client->sendJson("PATCH", requestPath(id), request.toJson(),
                              ApiParse::object<TollFreeVerificationRequest>());
}

ApiCall *TollFreeApi::remove(const QString &id)
{
    // The SDK sends this one with Accept: */* and does not read the answer (empty, JSON or text).
    return m_client->deleteIgnoringAnswer(requestPath(id));
}

ApiCall *TollFreeApi::statusHistory(const QString &id, int page, int pageSize)
{
    return m_client->get(requestPath(id) + QStringLiteral("/status_history"),
                         Pagination::pageQuery(PageShape::RecordsBracketed, page, pageSize),
                         ApiParse::page<TfvStatusChange>(PageShape::RecordsBracketed));
}

Pager *TollFreeApi::statusHistoryPager(const QString &id, int pageSize, QObject *parent)
{
    return new Pager(m_client, requestPath(id) + QStringLiteral("/status_history"),
                     PageShape::RecordsBracketed, pageSize, {}, parent);
}
