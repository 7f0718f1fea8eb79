#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The areas an activity entry opens its record in (ActivityNote::area).
namespace ActivityArea {
inline const QString tollFree = QStringLiteral("tollfree");
inline const QString hostedOrder = QStringLiteral("hosted_order");
inline const QString hostedNumber = QStringLiteral("hosted_number");
inline const QString rcsAgent = QStringLiteral("rcs_agent");
} // namespace ActivityArea

// What one write to the API is about, in the user's words: filled by the request builders of
// app/api (ApiRequest::activity) and kept by the activity log. Never a key, a verification code
// or more than the first words of a message (ActivityNote::excerpt).
struct ActivityNote
{
    QString action;   // "Create toll-free verification request"
    QString area;     // where the record opens: "tollfree", "hosted", "rcs"
    QString recordId; // the record to open; a create fills it in from the answer
    QStringList ids;  // other ids the write names (the agent of a message, a number's id)
    QStringList phoneNumbers;
    QString detail; // e.g. the start of a message's text

    static ActivityNote about(const QString &action, const QString &area,
                              const QString &recordId = {}, const QStringList &phoneNumbers = {})
    {
        ActivityNote note;
        note.action = action;
        note.area = area;
        note.recordId = recordId;
        note.phoneNumbers = phoneNumbers;
        return note;
    }

    // At most `limit` characters of `text` (on one line); longer text ends with "…".
    static QString excerpt(const QString &text, qsizetype limit = maximumExcerpt);
    static constexpr qsizetype maximumExcerpt = 40;

    bool operator==(const ActivityNote &) const = default;
};

enum class ActivityOutcome {
    InProgress, // sent, no answer yet (only while this console runs)
    Done,
    Failed,  // it was not done: the error says why
    Unknown, // it may have been done: the answer was lost, or the console stopped first
};

// "in_progress", "done", "failed", "unknown": how the log file and the filters name it.
QString activityOutcomeName(ActivityOutcome outcome);
ActivityOutcome activityOutcomeFromName(const QString &name); // Unknown for anything else
// "Done", "Unknown: may have been done": what the activity list shows.
QString activityOutcomeLabel(ActivityOutcome outcome);

// One line of the activity list: a write, who made it, when, and how it ended.
struct ActivityEntry
{
    QString id;
    QDateTime startedAt; // UTC
    QDateTime endedAt;   // invalid until it ended
    QString profileId;
    QString profileName;
    QString osUser;
    QByteArray method; // "POST"
    QString path;      // "/messaging_hosted_number_orders/…/actions/file_upload"
    ActivityNote note;
    ActivityOutcome outcome = ActivityOutcome::InProgress;
    QString error; // Failed or Unknown: what went wrong, in plain words
    int httpStatus = 0;
    QString requestId; // the server's x-request-id, when an answer carried one

    // The phone numbers and ids as one text, for the list's Target column and its search.
    QString targetText() const;

    bool operator==(const ActivityEntry &) const = default;
};

Q_DECLARE_METATYPE(ActivityEntry)
