#include "tollfreerecords.h"

#include "api/resendadvice.h"
#include "api/tollfreeapi.h"
#include "recordwrite.h"
#include "tollfreerequestsmodel.h"

TollFreeRecords::TollFreeRecords(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new TollFreeRequestsModel(client, this))
{}

ApiCallOf<TollFreeVerificationRequest> *
TollFreeRecords::submit(const TollFreeVerificationRequest &request)
{
    return followSave(TollFreeApi(m_client).create(request));
}

ApiCallOf<TollFreeVerificationRequest> *
TollFreeRecords::resubmit(const QString &id, const TollFreeVerificationRequest &request)
{
    return followSave(TollFreeApi(m_client).update(id, request));
}

ApiCallOf<TollFreeVerificationRequest> *
TollFreeRecords::followSave(ApiCallOf<TollFreeVerificationRequest> *call)
{
    return afterCallersHandlers(this, call, [this](ApiCallOf<TollFreeVerificationRequest> *saved) {
        if (saved->isSucceeded())
            recordSaved(saved->result());
        else if (resendAdviceFor(saved->error()) == ResendAdvice::Done)
            reload(); // done on the server, but its answer is not known here
    });
}

ApiCall *TollFreeRecords::remove(const QString &id)
{
    return afterCallersHandlers(this, TollFreeApi(m_client).remove(id), [this, id](ApiCall *call) {
        if (!call->isSucceeded())
            return;
        m_model->removeRecord(id);
        Q_EMIT recordRemoved(id);
    });
}

void TollFreeRecords::recordSaved(const TollFreeVerificationRequest &request)
{
    if (m_model->filter() != TollFreeListFilter{})
        m_model->reload();
    else
        m_model->upsertRecord(request.raw);
    Q_EMIT recordChanged(request);
}

void TollFreeRecords::recordRefreshed(const TollFreeVerificationRequest &request)
{
    m_model->updateRecord(request.raw);
    Q_EMIT recordChanged(request);
}

void TollFreeRecords::reload()
{
    m_model->reload();
}
