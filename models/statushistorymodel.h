#pragma once

#include "api/apierror.h"
#include "domain/tollfree.h"
#include "pagedlistmodel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

class ApiClient;
class Pager;

// The status history of one toll-free verification request, every page of it, oldest first.
//
// Each row is one change: the status the request entered, the reviewers' reason, when it
// happened, and how long the request stayed in that status (until the next change, or until
// now for the current one). setRequest() fetches all pages and swaps them in at once, so a
// reload of the same request keeps the old rows on screen until the new ones are complete.
class StatusHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Empty,   // no request chosen
        Loading, // pages in flight (rows may still show the previous answer)
        Loaded,  // every page has arrived
        Failed,  // the last load failed; errorMessage() says why, reload() asks again
    };
    Q_ENUM(State)

    enum Column { StatusColumn, ReasonColumn, ChangedAtColumn, DurationColumn, ColumnCount };
    Q_ENUM(Column)

    // RawValueRole and StatusRole share their numbers with the list models, so the same
    // StatusBadgeDelegate draws this model's status column.
    enum Role {
        RawValueRole = PagedListModel::RawValueRole, // wire status, reason, QDateTime, qint64 ms
        StatusRole = PagedListModel::StatusRole,     // wire status of the row
        ReasonRole = Qt::UserRole + 32,              // reason; empty when none
        ChangedAtRole,                               // QDateTime (UTC) of the change
        DurationRole,                                // qint64 ms spent in the row's status
        IsCurrentRole,                               // true for the newest row
    };
    Q_ENUM(Role)

    static constexpr int defaultPageSize = 100;

    explicit StatusHistoryModel(ApiClient *client, QObject *parent = nullptr);
    ~StatusHistoryModel() override;

    // Loads the history of `id` (all pages); an empty id clears the model. Choosing another
    // request cancels the calls of the previous one; the same id reloads.
    void setRequest(const QString &id);
    QString requestId() const { return m_requestId; }
    // Shows a history that is already known (no request is sent); rows are sorted by time.
    void setChanges(const QList<TfvStatusChange> &changes);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    // "Now" for the duration of the current status; the system clock unless replaced.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    QString errorMessage() const;
    ApiError lastError() const { return m_error; }

    const QList<TfvStatusChange> &changes() const { return m_changes; }
    TfvStatusChange changeAt(int row) const { return m_changes.value(row); }
    // Wire status of the newest change; empty when there is none.
    QString currentStatus() const;
    QString currentReason() const;
    QDateTime currentSince() const;
    // From the first change until now, in milliseconds; 0 without history.
    qint64 totalAge() const;
    // Time spent in the status of `row`, in milliseconds: until the next change, or until now
    // for the newest row. Never negative; -1 for a row that does not exist.
    qint64 durationInStatus(int row) const;

    // "3 d 4 h", "2 h 5 min", "12 min", "< 1 min".
    static QString formatDuration(qint64 milliseconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();
    void clear();
    // Stops a load in flight; the rows already shown stay, the state becomes Failed
    // (Kind::Cancelled) so a view can offer to load again.
    void cancel();

Q_SIGNALS:
    void stateChanged(StatusHistoryModel::State state);
    void loaded();
    void failed(const ApiError &error, const QString &message);

private:
    void setState(State state);
    void abortPager();
    void onPage(const QJsonArray &items);
    void onCompleted();
    void onFailed(const ApiError &error);
    void replaceChanges(QList<TfvStatusChange> changes);
    void tick();

    ApiClient *m_client;
    QString m_requestId;
    int m_pageSize = defaultPageSize;
    QPointer<Pager> m_pager;
    QList<TfvStatusChange> m_incoming;
    QList<TfvStatusChange> m_changes;
    State m_state = State::Empty;
    ApiError m_error;
    std::function<QDateTime()> m_clock;
    // The current status's duration grows: its cell is refreshed every minute.
    QTimer m_ticker;
};
