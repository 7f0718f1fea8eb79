#include "messagingprofilesapi.h"

#include "apiclient.h"
#include "pager.h"

namespace {

const QString profilesPath = QStringLiteral("/messaging_profiles");

} // namespace

ApiRequestOf<PageOf<MessagingProfile>> MessagingProfilesApi::listRequest(int page, int pageSize)
{
    return {ApiRequest::get(profilesPath).page(PageShape::DataMeta, page, pageSize),
            ApiParse::page<MessagingProfile>(PageShape::DataMeta)};
}

ApiCallOf<PageOf<MessagingProfile>> *MessagingProfilesApi::list(int page, int pageSize)
{
    return m_client->send(listRequest(page, pageSize));
}

Pager *MessagingProfilesApi::pager(int pageSize, QObject *parent)
{
    return new Pager(m_client, ApiRequest::get(profilesPath), PageShape::DataMeta, pageSize,
                     parent);
}
