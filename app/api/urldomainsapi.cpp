#include "urldomainsapi.h"

#include "apiclient.h"
#include "pager.h"

namespace {

const QString domainsPath = QStringLiteral("/messaging_url_domains");

} // namespace

ApiCall *UrlDomainsApi::list(int page, int pageSize)
{
    return m_client->get(domainsPath, Pagination::pageQuery(PageShape::DataMeta, page, pageSize),
                         ApiParse::page<UrlDomain>(PageShape::DataMeta));
}

Pager *UrlDomainsApi::pager(int pageSize, QObject *parent)
{
    return new Pager(m_client, domainsPath, PageShape::DataMeta, pageSize, {}, parent);
}
