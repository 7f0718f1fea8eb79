// A successful answer's body through ApiParse::readAnswer (what ApiCallOf<T> runs) with the
// parser of every endpoint's request value, and through the Pager's own reading of list pages.
#include "api/apiparse.h"
#include "api/hostedapi.h"
#include "api/messagingprofilesapi.h"
#include "api/pagebody.h"
#include "api/rcsapi.h"
#include "api/tollfreeapi.h"
#include "api/urldomainsapi.h"
#include "fuzzbytes.h"

#include <functional>

namespace {

using Reader = std::function<void(const QByteArray &body)>;

template<typename T> Reader readerOf(const ApiRequestOf<T> &request)
{
    return [parse = request.parse](const QByteArray &body) {
        QJsonDocument json;
        QString problem;
        ApiParse::readAnswer(body, parse, &json, &problem);
    };
}

QList<Reader> endpointReaders()
{
    const QString id = QStringLiteral("x");
    return {
        readerOf(TollFreeApi::listRequest({}, 1)),
        readerOf(TollFreeApi::retrieveRequest(id)),
        readerOf(TollFreeApi::statusHistoryRequest(id, 1)),
        readerOf(HostedApi::listOrdersRequest(1)),
        readerOf(HostedApi::retrieveOrderRequest(id)),
        readerOf(HostedApi::checkEligibilityRequest({})),
        readerOf(HostedApi::createVerificationCodesRequest(id, {})),
        readerOf(HostedApi::validateCodesRequest(id, {})),
        readerOf(HostedApi::listNumbersRequest(1)),
        readerOf(HostedApi::retrieveNumberRequest(id)),
        readerOf(HostedApi::updateNumberRequest(id, {})),
        readerOf(RcsApi::sendRequest({})),
        readerOf(RcsApi::deeplinkRequest(id)),
        readerOf(RcsApi::listAgentsRequest(1)),
        readerOf(RcsApi::retrieveAgentRequest(id)),
        readerOf(RcsApi::bulkCapabilitiesRequest(id, {})),
        readerOf(RcsApi::capabilitiesRequest(id, id)),
        readerOf(RcsApi::inviteTestNumberRequest(id, id)),
        readerOf(UrlDomainsApi::listRequest(1)),
        readerOf(MessagingProfilesApi::listRequest(1)),
    };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Built once: the parsers are pure.
    static const QList<Reader> readers = endpointReaders();
    const QByteArray body = fuzzBytes(data, size);
    for (const Reader &read : readers)
        read(body);

    // The Pager gets the document without a parser and reads the page and totals itself.
    QString problem;
    const QJsonDocument json = ApiParse::readDocument(body, &problem);
    for (const PageShape shape :
         {PageShape::DataMeta, PageShape::RecordsBracketed, PageShape::RecordsPlain}) {
        PageContent page;
        if (Pagination::parsePage(shape, json, &page, &problem))
            Pagination::lastPage(page, Pagination::honouredPageSize(page, 100));
        // The list models' page reader: the same checks with simdjson, each item made a value.
        PageRead read;
        if (PageBody::read(shape, body, QStringLiteral("id"), &read,
                           [](qsizetype, const QString &, const simdjson::dom::element &item) {
                               PageBody::toJsonValue(item);
                           }))
            Pagination::lastPage(read.totals, Pagination::honouredPageSize(read.totals, 100));
    }
    return 0;
}
