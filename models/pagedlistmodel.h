#pragma once

#include "api/apierror.h"
#include "api/pager.h"
#include "api/requestlimits.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QPointer>

class ApiClient;

// Shared base of the console's list models: a table over one paginated API list.
//
// The model owns a Pager. A view's canFetchMore()/fetchMore() pull the next page; loadAll()
// fetches every remaining page with several pages in flight. Each page is inserted as one
// beginInsertRows() batch. state() and errorMessage() tell a view what to draw when there are no
// rows (nothing loaded yet, loading, empty list, failure).
//
// Roles are separate from columns: every subclass declares its own `enum Column`, the roles
// below are shared by all lists.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Idle,    // nothing in flight; more pages may be available (or nothing asked yet)
        Loading, // at least one page in flight
        Loaded,  // every page has arrived
        Failed,  // the last request failed; retry() asks again, rows so far are kept
    };
    Q_ENUM(State)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable value: QDateTime, number, bool or string
        StatusRole,                      // wire status text ("In Progress", "pending"), for badges
        IdRole,                          // the record's id
        SearchTextRole,                  // lower-case text of the row, for the client-side filter
        RecordRole,                      // QVariant of the domain value (parsed on demand)
    };
    Q_ENUM(Role)

    static constexpr int defaultPageSize = 100;
    // Pages kept in flight by loadAll().
    static constexpr int defaultPrefetchPages = RequestLimits::maxInFlightPerTask;

    explicit PagedListModel(ApiClient *client, QObject *parent = nullptr);
    ~PagedListModel() override;

    ApiClient *client() const { return m_client; }

    // Takes ownership of `pager` (nullptr: no list) and starts over with no rows, Idle.
    // The first page is asked for by fetchMore() or loadAll().
    void setPager(Pager *pager);
    Pager *pager() const { return m_pager; }

    // Page size and prefetch depth used by reload() and loadAll().
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setPrefetchPages(int pages);
    int prefetchPages() const { return m_prefetchPages; }

    State state() const { return m_state; }
    bool isLoadingAll() const { return m_loadingAll; }
    // Rows the server reports for the whole list; -1 until the first page arrived.
    int totalRows() const;
    // Every page has arrived, but the rows are not the number the server's totals promised
    // (records added or deleted while loading, or totals that cannot be trusted).
    bool totalsDisagree() const;
    ApiError lastError() const { return m_error; }
    // Plain-language description of the failure; empty unless state() is Failed.
    QString errorMessage() const;
    // What a view draws instead of rows (ListStateText): "Loading…", "No records.", the error;
    // empty while there are rows to show or before anything was asked for. With `noun` it names
    // the rows ("Loading verification requests…"); `shownRows` and `filterText` say what a
    // filter lets through ("No verification requests match “foo”.").
    QString emptyStateText(const QString &noun = {}, int shownRows = -1,
                           const QString &filterText = {}) const;

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

    // Fast paths for ListFilterProxy (no QModelIndex or QVariant per row).
    virtual QString searchTextAt(int row) const = 0;
    virtual QString statusAt(int row) const = 0;
    // The words of a client-side filter, in lower case, as text and as UTF-8.
    struct SearchWords
    {
        QStringList text;
        QList<QByteArray> utf8;
    };
    // Whether the row's search text holds every word; by default looked up in searchTextAt().
    // Lists whose rows keep their search text as lower-case UTF-8 look there directly.
    virtual bool searchTextContains(int row, const SearchWords &words) const;

    // Rows keep their record as CBOR bytes: a parsed QJsonObject per row costs about three
    // times its text (7 KiB for a toll-free request, 800 MiB at 100 000 rows), and encoding
    // CBOR is four times cheaper than writing compact JSON. Decoded only for RecordRole.
    static QByteArray storedRecord(const QJsonObject &object);
    static QJsonObject restoredRecord(const QByteArray &stored);

    // Names of the account's messaging profiles (id -> name), for the lists that show a
    // profile: their profile column shows the name, with the id in the tooltip and in what
    // Copy and Export write ("Name (id)", TableExport::ExportTextRole). An id without a name
    // is shown as it is. The column repaints; the rows stay.
    void setProfileNames(const QHash<QString, QString> &names);
    const QHash<QString, QString> &profileNames() const { return m_profileNames; }
    // The column that shows a messaging profile id; -1 when the list has none.
    virtual int profileColumn() const { return -1; }

    // Display helpers shared by the lists.
    static QString displayDateTime(const QDateTime &value); // local "yyyy-MM-dd HH:mm"
    static QString displayList(const QStringList &values);  // "a, b, c"

public Q_SLOTS:
    // Starts over with a fresh pager from createPager() and asks for the first page.
    void reload();
    // Fetches every remaining page (prefetchPages() in flight) and reports progress().
    void loadAll();
    // Stops loading; rows that arrived are kept and fetchMore()/loadAll() continue later.
    void cancelLoading();
    // After a failure: asks again for what is missing (continuing loadAll() if it was running).
    void retry();

Q_SIGNALS:
    void stateChanged(PagedListModel::State state);
    void errorOccurred(const ApiError &error, const QString &message);
    // After each page; totalRows is -1 while the server has not said.
    void progress(int loadedRows, int totalRows);

protected:
    // A pager for the list with the current settings (filters of the subclass), parented to
    // nothing; nullptr when there is no client.
    virtual Pager *createPager(int pageSize) = 0;
    // The profile column's cell for `role` (display, tooltip, sort value, export text); an
    // invalid QVariant for the roles the list itself answers.
    QVariant profileCell(const QString &profileId, int role) const;
    // What the client-side filter also matches for a profile: its name, in lower case.
    QString profileSearchText(const QString &profileId) const;

    // Parses one page and inserts its rows in one batch.
    virtual void appendPage(const QJsonArray &items) = 0;
    // The reader that makes this list's rows from a page body on a worker thread; the model's
    // pagers get it (setPager). None: pages are parsed on the GUI thread (appendPage).
    virtual Pager::PageReader pageReader() const { return {}; }
    // Inserts the rows a page reader made, but the repeats, in one batch.
    virtual void appendRead(const PageRead &) {}
    // Drops every row; called between beginResetModel() and endResetModel().
    virtual void clearRows() = 0;

private:
    void onPageLoaded(const QJsonArray &items);
    void onPageRead(const PageRead &page);
    void onFailed(const ApiError &error);
    void updateState();

    ApiClient *m_client;
    QPointer<Pager> m_pager;
    int m_pageSize = defaultPageSize;
    int m_prefetchPages = defaultPrefetchPages;
    State m_state = State::Idle;
    bool m_loadingAll = false;
    ApiError m_error;
    QHash<QString, QString> m_profileNames;
};
