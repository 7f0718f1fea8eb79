#pragma once

#include "api/apicall.h"
#include "domain/rcs.h"

#include <QObject>

class ApiClient;
class RcsAgentsModel;

// The RCS agents of the session and the one way to change or refresh them. The agents model is
// the only writer of the rows; the detail pane and the edit dialog ask here. Each call returns
// the API call (the caller shows progress, cancels, puts a 422 on its field); an answer that
// differs from the listed copy replaces its row in place through the model's id index once the
// caller has shown the outcome (afterCallersHandlers, recordwrite.h), and
// agentChanged tells whoever shows it. An agent that is not among the loaded rows is not added
// (the list is paged by the server).
class RcsAgentRecords : public QObject
{
    Q_OBJECT

public:
    explicit RcsAgentRecords(ApiClient *client, QObject *parent = nullptr);

    // For the calls that are not about an agent record (test-number invites, capabilities).
    ApiClient *client() const { return m_client; }
    RcsAgentsModel *model() const { return m_model; }

    // GET of one agent: a newer copy (another console changed it) replaces its row.
    ApiCallOf<RcsAgent> *refresh(const QString &agentId);
    // PATCH of the fields in `update`.
    ApiCallOf<RcsAgent> *update(const QString &agentId, const RcsAgentUpdate &update);

Q_SIGNALS:
    // After its row changed; `listed` is false when no loaded row holds it.
    void agentChanged(const RcsAgent &agent, bool listed);

private:
    ApiCallOf<RcsAgent> *follow(ApiCallOf<RcsAgent> *call);

    ApiClient *m_client;
    RcsAgentsModel *m_model;
};
