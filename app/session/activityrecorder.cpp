#include "activityrecorder.h"

#include "api/apiclient.h"
#include "api/resendadvice.h"
#include "storage/activitylog.h"

#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

ActivityOutcome outcomeOf(const ApiCall *call)
{
    if (call->isSucceeded())
        return ActivityOutcome::Done;
    switch (resendAdviceFor(call->error())) {
    case ResendAdvice::Done:
        return ActivityOutcome::Done;
    case ResendAdvice::LookFirst:
        return ActivityOutcome::Unknown;
    case ResendAdvice::SendAgain:
    case ResendAdvice::FixFirst:
        break;
    }
    return ActivityOutcome::Failed;
}

// The id of the record a create made, from its answer ({"data": {"id"}} or {"id"}).
QString createdRecordId(const ApiCall *call)
{
    const QJsonObject answer = call->json().object();
    const QJsonObject data = answer.value(u"data"_s).toObject();
    const QString id = data.value(u"id"_s).toString();
    return id.isEmpty() ? answer.value(u"id"_s).toString() : id;
}

} // namespace

ActivityRecorder::ActivityRecorder(ApiClient *client, std::function<ActivityLog *()> log,
                                   QObject *parent)
    : QObject(parent)
    , m_log(std::move(log))
{
    connect(client, &ApiClient::writeStarted, this, &ActivityRecorder::onWriteStarted);
}

void ActivityRecorder::setProfile(const QString &id, const QString &name)
{
    m_profileId = id;
    m_profileName = name;
}

QString ActivityRecorder::osUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

void ActivityRecorder::onWriteStarted(ApiCall *call)
{
    ActivityLog *log = m_log();
    if (!log || !call->request().activity)
        return;
    ActivityEntry entry;
    entry.profileId = m_profileId;
    entry.profileName = m_profileName;
    entry.osUser = osUser();
    entry.method = call->method();
    entry.path = call->path();
    entry.note = *call->request().activity;
    const QString id = log->begin(entry);
    const bool isCreate = entry.note.recordId.isEmpty();
    connect(call, &ApiCall::done, log, [log = QPointer<ActivityLog>(log), call, id, isCreate] {
        if (!log)
            return;
        const ActivityOutcome outcome = outcomeOf(call);
        const QString error =
            call->isSucceeded() || call->error().isNull() ? QString() : call->error().message();
        log->finish(id, outcome, error, call->httpStatus(), call->requestId(),
                    isCreate && call->isSucceeded() ? createdRecordId(call) : QString());
    });
}
