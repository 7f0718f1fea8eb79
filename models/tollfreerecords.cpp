#include "tollfreerecords.h"

#include "api/resendadvice.h"
#include "api/tollfreeapi.h"
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
    call->onResult(this, [this](const TollFreeVerificationRequest &saved) { recordSaved(saved); });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        if (resendAdviceFor(error) == ResendAdvice::Done)
            reload(); // done on the server, but its answer is not known here
    });
    return call;
}

ApiCall *TollFreeRecords::remove(const QString &id)
{
    ApiCall *call = TollFreeApi(m_client).remove(id);
    connect(call, &ApiCall::finished, this, [this, id] {
        m_model->removeRecord(id);
        Q_EMIT recordRemoved(id);
    });
    return call;
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
