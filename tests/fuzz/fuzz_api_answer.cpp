// A successful answer's body through ApiParse::readAnswer (what ApiCall runs) with every parser
// the API classes give ApiCall, and through the Pager's own reading of list pages.
#include "api/apiparse.h"
#include "api/hostedapi.h"
#include "domain/hosted.h"
#include "domain/rcs.h"
#include "domain/rcsmessage.h"
#include "domain/tollfree.h"
#include "domain/urldomain.h"
#include "fuzzbytes.h"

namespace {

const QList<ApiCall::Parser> &clientParsers()
{
    static const QList<ApiCall::Parser> parsers = {
        ApiParse::object<TollFreeVerificationRequest>(),
        ApiParse::page<TollFreeVerificationRequest>(PageShape::RecordsPlain),
        ApiParse::page<TfvStatusChange>(PageShape::RecordsBracketed),
        ApiParse::page<HostedOrder>(PageShape::DataMeta),
        ApiParse::dataObject<HostedOrder>(),
        HostedApi::eligibilityParser(),
        ApiParse::dataArray<VerificationCodeResult>(),
        ApiParse::dataObject<CodeValidationResult>(),
        ApiParse::page<MessagingHostedNumber>(PageShape::DataMeta),
        ApiParse::dataObject<MessagingHostedNumber>(),
        ApiParse::dataObject<RcsMessageResponse>(),
        ApiParse::dataObject<RcsDeeplink>(),
        ApiParse::page<RcsAgent>(PageShape::DataMeta),
        ApiParse::dataObject<RcsAgent>(),
        ApiParse::dataArray<RcsCapabilities>(),
        ApiParse::dataObject<RcsCapabilities>(),
        ApiParse::dataObject<RcsTestNumberInvite>(),
        ApiParse::page<UrlDomain>(PageShape::DataMeta),
    };
    return parsers;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    for (const ApiCall::Parser &parser : clientParsers()) {
        QJsonDocument json;
        QString problem;
        ApiParse::readAnswer(body, parser, &json, &problem);
    }

    // The Pager gets the document without a parser and reads the page and totals itself.
    QJsonDocument json;
    QString problem;
    ApiParse::readAnswer(body, {}, &json, &problem);
    for (const PageShape shape :
         {PageShape::DataMeta, PageShape::RecordsBracketed, PageShape::RecordsPlain}) {
        PageContent page;
        if (Pagination::parsePage(shape, json, &page, &problem))
            Pagination::lastPage(page, Pagination::honouredPageSize(page, 100));
    }
    return 0;
}
