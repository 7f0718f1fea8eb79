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
class TodayPage;
class TollFreeArea;
class TollFreeWizard;
class ListPage;
class NumberLookupDialog;
class QComboBox;
class QMessageBox;
class QLabel;
class QListWidget;
class QStackedWidget;
struct HostedOrder;
struct MessagingHostedNumber;
struct Profile;
struct RecordLink;
struct TollFreeVerificationRequest;

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
    TodayPage *todayPage() const { return m_todayPage; }
    // A new toll-free wizard window (non-modal); the caller picks how it starts.
    TollFreeWizard *openTollFreeWizard();
    void resumeTollFreeDraft(const QString &draftId);
    // Any draft of the Drafts list, opened in the wizard of its kind.
    void resumeDraft(const QString &draftId);
    HostedOrderWizard *openHostedOrderWizard();
    void continueHostedOrder(const QString &orderId);
    RcsComposerDialog *openRcsComposer(const QString &agentId = {});
    RcsDeeplinkDialog *openRcsDeeplink(const QString &agentId = {});
    // Find a number (Ctrl+K): one window, brought forward when open; `typed` is looked up.
    NumberLookupDialog *openNumberLookup(const QString &typed = {});
    // A record found by a lookup or listed on another page, shown in its area's page: its row
    // selected when the list shows it, else its detail pane showing it as found.
    void showTollFreeRequest(const TollFreeVerificationRequest &request);
    void showHostedOrder(const HostedOrder &order);
    void showHostedNumber(const MessagingHostedNumber &number);
    void showRcsAgent(const QString &agentId);
    void openRecord(const RecordLink &link);
    // File ▸ New…: what the visible area is about.
    void createNewInCurrentArea();
    // View ▸ Activity: the writes of this computer (one window, brought forward when open).
    ActivityDialog *openActivity();
    // Shows the record of an activity entry in its page, its detail pane showing it; false (and
    // a status message) when it is not among the loaded rows.
    bool openActivityRecord(const QString &area, const QString &recordId);

public Q_SLOTS:
    void refresh();
    void showAbout();
    void enterKeyForActiveProfile();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ListPage *addListPage(ListPage *page);
    // At `place` in the navigation (-1: last).
    void addArea(const QString &name, const QString &title, const QString &iconName, QWidget *page,
                 int place = -1);
    void buildActions();
    void buildStatusBar();
    void bringForward();
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
    TodayPage *m_todayPage = nullptr;
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
    QPointer<NumberLookupDialog> m_lookupDialog;
};
