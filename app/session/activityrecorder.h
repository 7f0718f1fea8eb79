#pragma once

#include <QObject>
#include <QString>

#include <functional>

class ActivityLog;
class ApiCall;
class ApiClient;

// Records every write the console makes in the activity log, at the one point every write
// passes: ApiClient::writeStarted, for requests whose builder gave them an activity note
// (creates, resubmits, deletes, uploads, code sends and checks, RCS sends, invites, agent
// edits). The entry is written before the request goes out and completed when its call ends;
// the outcome is read from the call's error as the panes read it (resendAdviceFor): done,
// failed, or unknown when it may have been done.
class ActivityRecorder : public QObject
{
    Q_OBJECT

public:
    // `log` is asked for the log on the first write only (ConsoleSession makes it on first use).
    ActivityRecorder(ApiClient *client, std::function<ActivityLog *()> log,
                     QObject *parent = nullptr);

    // The profile the next writes are made for.
    void setProfile(const QString &id, const QString &name);
    // The user logged in to this computer ($USER, or %USERNAME% on Windows).
    static QString osUser();

private:
    void onWriteStarted(ApiCall *call);

    std::function<ActivityLog *()> m_log;
    QString m_profileId;
    QString m_profileName;
};
