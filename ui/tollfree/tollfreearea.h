#pragma once

#include "domain/tollfree.h"

#include <QWidget>

class ApiClient;
class ListPage;
class TollFreeDetailPane;
class TollFreeRecords;
class TollFreeRequestsModel;
class TollFreeWatcher;

// The Toll-free verification area: the requests list with its server-side filter bar, the
// selected request's detail pane, and the watcher that re-checks open requests. The records
// (TollFreeRecords) own the list model, the one writer of the rows: a saved, changed or deleted
// request updates its own row (found through the model's id index) instead of loading the list
// again. The pane and the wizard ask the records; the watcher's fresh copies go there too.
class TollFreeArea : public QWidget
{
    Q_OBJECT

public:
    // `watcher` is the session's (ConsoleSession::tollFreeWatcher()); the area tells it which
    // requests are listed.
    TollFreeArea(ApiClient *client, TollFreeWatcher *watcher, QWidget *parent = nullptr);

    // What the wizard is given to submit through.
    TollFreeRecords *records() const { return m_records; }

    ListPage *page() const { return m_page; }
    TollFreeRequestsModel *model() const { return m_model; }
    TollFreeDetailPane *detailPane() const { return m_detail; }
    TollFreeWatcher *watcher() const { return m_watcher; }
    // A request found elsewhere (Find a number): its row is selected when the list shows it,
    // else the pane shows it as found, with no row selected.
    void showRequest(const TollFreeVerificationRequest &request);

Q_SIGNALS:
    // Edit and Duplicate belong to the wizard, which whoever listens opens.
    void editRequested(const TollFreeVerificationRequest &request);
    void duplicateRequested(const TollFreeVerificationRequest &request);
    // The watcher saw a request's status change; its row and the pane are already updated.
    void statusChanged(const TollFreeVerificationRequest &updated, const QString &previous);
    void statusMessage(const QString &message);

private:
    TollFreeRecords *m_records;
    TollFreeRequestsModel *m_model;
    ListPage *m_page;
    TollFreeDetailPane *m_detail;
    TollFreeWatcher *m_watcher;
};
