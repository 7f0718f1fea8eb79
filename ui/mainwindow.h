#pragma once

#include <QMainWindow>
#include <QPointer>

class ConsoleSession;
class HostedArea;
class HostedOrderWizard;
class RcsComposerDialog;
class RcsDeeplinkDialog;
class RcsArea;
class Notifier;
class TollFreeArea;
class TollFreeWizard;
class ListPage;
class QComboBox;
class QMessageBox;
class QLabel;
class QListWidget;
class QStackedWidget;
struct Profile;

// The console's frame: navigation between the four areas, each a page with its list and detail
// pane; a toolbar (Refresh, New…, Filter, Load all, Export CSV); a status bar with the profile
// switcher, base URL, SANDBOX badge, requests in flight and the last error. Window geometry,
// splitters, the selected page and every table's columns are remembered.
class ActivityDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The list page the user is looking at (for the hosted area: its visible tab).
    ListPage *currentListPage() const;
    QList<ListPage *> listPages() const { return m_pages; }
    void selectArea(int index);
    // The area with this name ("tollFree", "hosted", "rcs", "urlDomains"); the navigation
    // knows areas by name, not by their place.
    void showArea(const QString &name);
    QString currentAreaName() const;
    TollFreeArea *tollFreeArea() const { return m_tollFreeArea; }
    // A new toll-free wizard window (non-modal); the caller picks how it starts.
    TollFreeWizard *openTollFreeWizard();
    void resumeTollFreeDraft(const QString &draftId);
    // Any draft of the Drafts list, opened in the wizard of its kind.
    void resumeDraft(const QString &draftId);
    HostedOrderWizard *openHostedOrderWizard();
    void continueHostedOrder(const QString &orderId);
    RcsComposerDialog *openRcsComposer(const QString &agentId = {});
    RcsDeeplinkDialog *openRcsDeeplink(const QString &agentId = {});
    // File ▸ New…: what the visible area is about.
    void createNewInCurrentArea();
    // View ▸ Activity: the writes of this computer (one window, brought forward when open).
    ActivityDialog *openActivity();
    // Shows the record of an activity entry in its page, its detail pane showing it; false (and
    // a status message) when it is not among the loaded rows.
    bool openRecord(const QString &area, const QString &recordId);

public Q_SLOTS:
    void refresh();
    void showAbout();
    void enterKeyForActiveProfile();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ListPage *addListPage(ListPage *page);
    void addArea(const QString &name, const QString &title, const QString &iconName, QWidget *page);
    void buildActions();
    void buildStatusBar();
    void rebuildProfileCombo();
    void onActivated(const Profile &profile);
    void onSwitchWaiting(const Profile &target, int writesInFlight);
    void closeProfileWindows();
    void showError(const QString &message);
    void saveSettings() const;
    void restoreSettings();

    ConsoleSession *m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    TollFreeArea *m_tollFreeArea = nullptr;
    QPointer<Notifier> m_notifier;
    HostedArea *m_hostedArea = nullptr;
    RcsArea *m_rcsArea = nullptr;
    QList<ListPage *> m_pages;
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_baseUrlLabel = nullptr;
    QLabel *m_sandboxBadge = nullptr;
    QLabel *m_inFlightLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPointer<QMessageBox> m_switchWaitBox; // a profile switch waiting for answers
};
