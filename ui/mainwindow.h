#pragma once

#include <QMainWindow>

class ApiClient;
class PagedJsonModel;
class QLabel;
class QTabWidget;

// The console's window. Minimal for now: one tab per area listing its records from the API,
// and a status bar with the base URL, a SANDBOX badge, requests in flight and the last error.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient *client, bool sandbox, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    struct ListTab
    {
        PagedJsonModel *model;
        std::function<void()> reload;
    };
    void addListTab(const QString &title, const QString &objectName, PagedJsonModel *model,
                    std::function<void()> reload);

    ApiClient *m_client;
    QTabWidget *m_tabs;
    QLabel *m_inFlightLabel;
    QLabel *m_errorLabel;
    QList<ListTab> m_lists;
};
