#include "urldomainsapi.h"

#include "apiclient.h"
#include "pager.h"

namespace {

const QString domainsPath = QStringLiteral("/messaging_url_domains");

} // namespace

ApiRequestOf<PageOf<UrlDomain>> UrlDomainsApi::listRequest(int page, int pageSize)
{
    return {ApiRequest::get(domainsPath).page(PageShape::DataMeta, page, pageSize),
            ApiParse::page<UrlDomain>(PageShape::DataMeta)};
}

ApiCallOf<PageOf<UrlDomain>> *UrlDomainsApi::list(int page, int pageSize)
{
    return m_client->send(listRequest(page, pageSize));
}

Pager *UrlDomainsApi::pager(int pageSize, QObject *parent)
{
    return new Pager(m_client, ApiRequest::get(domainsPath), PageShape::DataMeta, pageSize, parent);
}
