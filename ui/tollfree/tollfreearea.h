#pragma once

#include "domain/tollfree.h"

#include <QWidget>

class ApiClient;
class ListPage;
class TollFreeDetailPane;
class TollFreeRequestsModel;
class TollFreeWatcher;

// The Toll-free verification area: the requests list with its server-side filter bar, the
// selected request's detail pane, and the watcher that re-checks open requests. The list model
// is the one writer of the rows: a saved, changed or deleted request updates its own row
// (found through the model's id index) instead of loading the list again.
class TollFreeArea : public QWidget
{
    Q_OBJECT

public:
    // `watcher` is the session's (ConsoleSession::tollFreeWatcher()); the area tells it which
    // requests are listed.
    TollFreeArea(ApiClient *client, TollFreeWatcher *watcher, QWidget *parent = nullptr);

    ListPage *page() const { return m_page; }
    TollFreeRequestsModel *model() const { return m_model; }
    TollFreeDetailPane *detailPane() const { return m_detail; }
    TollFreeWatcher *watcher() const { return m_watcher; }

public Q_SLOTS:
    // A request the wizard created or changed: its row is replaced, or added as the first row.
    // A list narrowed by a server-side filter is asked again instead, as only the server knows
    // whether the request belongs in it.
    void recordSaved(const TollFreeVerificationRequest &request);
    // Telnyx accepted a request but its answer could not be read: only a reload can show it.
    void reload();

Q_SIGNALS:
    // Edit and Duplicate belong to the wizard, which whoever listens opens.
    void editRequested(const TollFreeVerificationRequest &request);
    void duplicateRequested(const TollFreeVerificationRequest &request);
    // The watcher saw a request's status change; its row and the pane are already updated.
    void statusChanged(const TollFreeVerificationRequest &updated, const QString &previous);
    void statusMessage(const QString &message);

private:
    void onStatusChanged(const TollFreeVerificationRequest &updated, const QString &previous);

    TollFreeRequestsModel *m_model;
    ListPage *m_page;
    TollFreeDetailPane *m_detail;
    TollFreeWatcher *m_watcher;
};
