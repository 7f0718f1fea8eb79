#pragma once

#include "api/apicall.h"
#include "domain/tollfree.h"

#include <QObject>

class ApiClient;
class TollFreeRequestsModel;

// The toll-free verification requests of the session and the one way to change them. The list
// model is the only writer of the rows; the detail pane, the wizard and the watcher ask here.
// Each write calls the API and returns its call (the caller shows progress, cancels, and puts a
// 422 on its field); when Telnyx has confirmed it and the caller has shown the outcome
// (afterCallersHandlers, recordwrite.h), the row changes through the model's id index,
// never by loading the list again, and recordChanged or recordRemoved tells whoever shows it.
class TollFreeRecords : public QObject
{
    Q_OBJECT

public:
    explicit TollFreeRecords(ApiClient *client, QObject *parent = nullptr);

    // For the reads that are not of a request (its status history, the lost-create lookup).
    ApiClient *client() const { return m_client; }
    TollFreeRequestsModel *model() const { return m_model; }

    // POST: a new request (at most once: never retried behind the caller's back).
    ApiCallOf<TollFreeVerificationRequest> *submit(const TollFreeVerificationRequest &request);
    // PATCH of a request waiting for the customer or rejected.
    ApiCallOf<TollFreeVerificationRequest> *resubmit(const QString &id,
                                                     const TollFreeVerificationRequest &request);
    // DELETE of a rejected request.
    ApiCall *remove(const QString &id);

    // A request known from elsewhere (the watcher's fresh copy, a create the lookup found):
    // its row is replaced, or added as the first row. A list narrowed by a server-side filter
    // is asked again instead, as only the server knows whether the request belongs in it.
    void recordSaved(const TollFreeVerificationRequest &request);
    // A fresher copy of a listed request (the watcher's): its row changes in place, with its
    // selection and scroll position; a request not listed is not added.
    void recordRefreshed(const TollFreeVerificationRequest &request);
    // Telnyx accepted a write whose answer could not be read: only a reload can show it.
    void reload();

Q_SIGNALS:
    void recordChanged(const TollFreeVerificationRequest &request);
    void recordRemoved(const QString &id);

private:
    ApiCallOf<TollFreeVerificationRequest> *
    followSave(ApiCallOf<TollFreeVerificationRequest> *call);

    ApiClient *m_client;
    TollFreeRequestsModel *m_model;
};
