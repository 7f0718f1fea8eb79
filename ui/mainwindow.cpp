#include "mainwindow.h"

#include "activitydialog.h"
#include "api/apicall.h"
#include "consolepalette.h"
#include "coreversion.h"
#include "hosted/hostedarea.h"
#include "hosted/hostedorderwizard.h"
#include "keyentryform.h"
#include "listpage.h"
#include "lookup/numberlookupdialog.h"
#include "preferencesdialog.h"
#include "profilesdialog.h"
#include "rcs/rcsarea.h"
#include "rcs/rcscomposerdialog.h"
#include "rcs/rcsdeeplinkdialog.h"
#include "session/consolesession.h"
#include "session/messagingprofiles.h"
#include "session/todaysummary.h"
#include "storage/activitylog.h"
#include "storage/credentialstore.h"
#include "storage/draftstore.h"
#include "storage/filelogger.h"
#include "today/todaypage.h"
#include "tollfree/draftsdialog.h"
#include "tollfree/tollfreearea.h"
#include "tollfree/tollfreeimport.h"
#include "tollfree/tollfreewizard.h"
#include "urldomainsmodel.h"
#include "widgets/notifier.h"
#include "widgets/plaintext.h"
#include "widgets/recordlink.h"
#include "widgets/statetableview.h"
#include "widgets/windowgeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

// The areas, known by name (the navigation's item data), not by their place in the list.
const QString todayAreaName = QStringLiteral("today");
const QString tollFreeAreaName = QStringLiteral("tollFree");
const QString hostedAreaName = QStringLiteral("hosted");
const QString rcsAreaName = QStringLiteral("rcs");
const QString urlDomainsAreaName = QStringLiteral("urlDomains");

} // namespace

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    // The icons live in a static library's resources: the linker keeps them only when asked.
    Q_INIT_RESOURCE(resources);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    ApiClient *client = session->client();

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(220);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setSpacing(2);
    m_stack->setObjectName(QStringLiteral("pages"));
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1000});
    setCentralWidget(splitter);

    // Toll-free verification
    m_tollFreeArea = new TollFreeArea(client, m_session->tollFreeWatcher(), this);
    addListPage(m_tollFreeArea->page());
    connect(m_tollFreeArea, &TollFreeArea::editRequested, this,
            [this](const TollFreeVerificationRequest &request) {
                openTollFreeWizard()->editRequest(request);
            });
    connect(m_tollFreeArea, &TollFreeArea::duplicateRequested, this,
            [this](const TollFreeVerificationRequest &request) {
                openTollFreeWizard()->startFromCopy(request);
            });
    connect(m_tollFreeArea, &TollFreeArea::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_tollFreeArea, &TollFreeArea::statusChanged, this,
            [this](const TollFreeVerificationRequest &updated, const QString &previous) {
                // Made on first use, in the status bar.
                if (!m_notifier)
                    m_notifier = new Notifier(statusBar(), this);
                m_notifier->notify(
                    tr("%1: %2").arg(updated.businessName, tfvStatusLabel(updated.status())),
                    tr("Toll-free verification moved from \"%1\" to \"%2\".")
                        .arg(tfvStatusLabel(previous), tfvStatusLabel(updated.status())));
            });
    addArea(tollFreeAreaName, tr("Toll-free verification"), QStringLiteral("area-tollfree"),
            m_tollFreeArea);

    // Hosted numbers: orders and numbers
    m_hostedArea = new HostedArea(client, this);
    for (ListPage *page : m_hostedArea->listPages())
        addListPage(page);
    connect(m_hostedArea, &HostedArea::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_hostedArea, &HostedArea::newOrderRequested, this,
            [this] { openHostedOrderWizard()->startNew(); });
    connect(m_hostedArea, &HostedArea::continueOrderRequested, this,
            &MainWindow::continueHostedOrder);
    addArea(hostedAreaName, tr("Hosted numbers"), QStringLiteral("area-hosted"), m_hostedArea);

    // RCS: agents and capability checks
    m_rcsArea = new RcsArea(client, m_session->rcsInvites(), m_session->rcsCapabilities(), this);
    for (ListPage *page : m_rcsArea->listPages())
        addListPage(page);
    connect(m_rcsArea, &RcsArea::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_rcsArea, &RcsArea::composeRequested, this, &MainWindow::openRcsComposer);
    connect(m_rcsArea, &RcsArea::deeplinkRequested, this, &MainWindow::openRcsDeeplink);
    addArea(rcsAreaName, tr("RCS"), QStringLiteral("area-rcs"), m_rcsArea);

    // Messaging profiles by name in both areas; loaded by the session when it activates.
    m_hostedArea->setMessagingProfiles(m_session->messagingProfiles());
    m_rcsArea->setMessagingProfiles(m_session->messagingProfiles());

    // URL domains
    ListPage *domains = addListPage(
        new ListPage({QStringLiteral("urlDomains"), tr("URL domains"), tr("URL domains"),
                      new UrlDomainsModel(client, this), -1,
                      [](const QVariant &record) { return record.value<UrlDomain>().raw; }},
                     this));
    addArea(urlDomainsAreaName, tr("URL domains"), QStringLiteral("area-domains"), domains);

    // Today: first in the navigation, made last because it opens the other areas' records.
    m_todayPage = new TodayPage(new TodaySummary(client, m_session->rcsInvites(), this),
                                m_rcsArea->agentsModel(), this);
    connect(m_todayPage, &TodayPage::openRecordRequested, this, &MainWindow::openRecord);
    connect(m_tollFreeArea, &TollFreeArea::statusChanged, m_todayPage, &TodayPage::markStale);
    addArea(todayAreaName, tr("Today"), QStringLiteral("area-today"), m_todayPage, 0);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);

    buildActions();
    buildStatusBar();
    restoreSettings();

    connect(session, &ConsoleSession::activating, this, [this](const Profile &profile) {
        closeProfileWindows();
        m_todayPage->setReady(false);
        m_errorLabel->clear();
        m_baseUrlLabel->setText(tr("Connecting to %1…").arg(profile.name));
    });
    connect(session, &ConsoleSession::switchWaiting, this, &MainWindow::onSwitchWaiting);
    connect(session, &ConsoleSession::pendingSwitchEnded, this, [this] {
        if (m_switchWaitBox)
            m_switchWaitBox->close();
        rebuildProfileCombo();
        if (m_session->isActive())
            m_baseUrlLabel->setText(m_session->client()->baseUrl().toDisplayString());
    });
    connect(session, &ConsoleSession::activated, this, &MainWindow::onActivated);
    connect(session, &ConsoleSession::activationFailed, this,
            [this](const Profile &profile, const QString &message, bool keyMissing) {
                showError(message);
                if (keyMissing && profile.isValid())
                    QTimer::singleShot(0, this, &MainWindow::enterKeyForActiveProfile);
            });
    connect(session->profiles(), &ProfileStore::profilesChanged, this,
            &MainWindow::rebuildProfileCombo);
    if (session->isActive())
        onActivated(session->activeProfile());
}

MainWindow::~MainWindow() = default;

ListPage *MainWindow::addListPage(ListPage *page)
{
    m_pages.append(page);
    connect(page, &ListPage::errorChanged, this, &MainWindow::showError);
    connect(page, &ListPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(page, &ListPage::keyEntryRequested, this, &MainWindow::enterKeyForActiveProfile);
    return page;
}

void MainWindow::addArea(const QString &name, const QString &title, const QString &iconName,
                         QWidget *page, int place)
{
    // The console's own icons (resources/icons), so the navigation looks the same everywhere.
    auto *item = new QListWidgetItem(
        QIcon(QStringLiteral(":/icons/") + iconName + QStringLiteral(".svg")), title);
    item->setSizeHint(QSize(0, 34));
    item->setData(Qt::UserRole, name);
    if (place < 0)
        place = m_navigation->count();
    m_navigation->insertItem(place, item);
    m_stack->insertWidget(place, page);
    page->setAccessibleName(title); // an area's tab bar is announced by the area's name
    // As wide as the longest title in the user's language (German titles are half as long
    // again), so no area's name is cut: the icon, the gap after it, the item's and the list's
    // margins.
    const int titleWidth = m_navigation->fontMetrics().horizontalAdvance(title);
    const int needed = titleWidth + m_navigation->iconSize().width() + 4 * m_navigation->spacing() +
                       2 * m_navigation->frameWidth() + 16;
    m_navigation->setMinimumWidth(qMax(m_navigation->minimumWidth(), needed));
    m_navigation->setMaximumWidth(qMax(m_navigation->maximumWidth(), needed));
}

QString MainWindow::currentAreaName() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::showArea(const QString &name)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == name)
            m_navigation->setCurrentRow(row);
    }
}

ListPage *MainWindow::currentListPage() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_tollFreeArea)
        return m_tollFreeArea->page();
    // Areas with tabs: the visible tab, when it is a list.
    if (auto *tabs = qobject_cast<QTabWidget *>(current))
        return qobject_cast<ListPage *>(tabs->currentWidget());
    return qobject_cast<ListPage *>(current);
}

void MainWindow::selectArea(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::buildActions()
{
    const auto onPage = [this](void (ListPage::*slot)()) {
        return [this, slot] {
            if (ListPage *page = currentListPage())
                (page->*slot)();
        };
    };

    // The console's own SVG: the style's reload icon is a small bitmap, blurry on a high-DPI
    // screen.
    auto *refreshAction =
        new QAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    auto *newAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New…"), this);
    newAction->setObjectName(QStringLiteral("newAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::createNewInCurrentArea);
    // New… makes what the visible area is about; the URL domains list has nothing to create.
    const QHash<QString, QString> newTips = {
        {tollFreeAreaName, tr("New toll-free verification request")},
        {hostedAreaName, tr("New hosted-number order")},
        {rcsAreaName, tr("New RCS message")}};
    const auto describeNew = [this, newAction, newTips] {
        const QString tip = newTips.value(currentAreaName());
        newAction->setEnabled(!tip.isEmpty());
        newAction->setToolTip(tip.isEmpty() ? tr("Nothing to create here") : tip);
    };
    connect(m_navigation, &QListWidget::currentRowChanged, newAction, describeNew);
    describeNew();

    auto *draftsAction = new QAction(tr("&Drafts…"), this);
    draftsAction->setObjectName(QStringLiteral("draftsAction"));
    connect(draftsAction, &QAction::triggered, this, [this] {
        auto *dialog = new DraftsDialog(m_session->drafts(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DraftsDialog::resumeRequested, this, &MainWindow::resumeDraft);
        dialog->open();
    });

    auto *importAction = new QAction(tr("&Import requests from CSV…"), this);
    importAction->setObjectName(QStringLiteral("importCsvAction"));
    connect(importAction, &QAction::triggered, this, [this] {
        auto *dialog = new TollFreeImportDialog(m_session->drafts(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TollFreeImportDialog::resumeRequested, this,
                &MainWindow::resumeTollFreeDraft);
        dialog->open();
        dialog->chooseFile();
    });

    auto *filterAction = new QAction(tr("&Filter"), this);
    filterAction->setObjectName(QStringLiteral("filterAction"));
    filterAction->setShortcut(QKeySequence::Find);
    connect(filterAction, &QAction::triggered, this, onPage(&ListPage::focusFilter));

    auto *loadAllAction =
        new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Load &all"), this);
    loadAllAction->setObjectName(QStringLiteral("loadAllAction"));
    loadAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(loadAllAction, &QAction::triggered, this, onPage(&ListPage::loadAll));

    auto *exportAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Export CSV…"), this);
    exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, onPage(&ListPage::exportCsv));

    auto *findNumberAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                         tr("Find a &number…"), this);
    findNumberAction->setObjectName(QStringLiteral("findNumberAction"));
    findNumberAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    findNumberAction->setToolTip(
        tr("Everything about one phone number: toll-free verification, hosted numbers, RCS"));
    connect(findNumberAction, &QAction::triggered, this, [this] { openNumberLookup(); });

    auto *keyAction = new QAction(tr("Enter API &key…"), this);
    keyAction->setObjectName(QStringLiteral("enterKeyAction"));
    connect(keyAction, &QAction::triggered, this, &MainWindow::enterKeyForActiveProfile);

    auto *profilesAction = new QAction(tr("&Profiles…"), this);
    profilesAction->setObjectName(QStringLiteral("profilesAction"));
    connect(profilesAction, &QAction::triggered, this, [this] {
        auto *dialog = new ProfilesDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *preferencesAction = new QAction(tr("Pre&ferences…"), this);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    // Most Linux desktops have no standard key for it; Ctrl+, is the common one there.
    preferencesAction->setShortcuts(
        QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
            : QKeySequence::keyBindings(QKeySequence::Preferences));
    connect(preferencesAction, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *activityAction = new QAction(tr("&Activity"), this);
    activityAction->setObjectName(QStringLiteral("activityAction"));
    activityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(activityAction, &QAction::triggered, this, &MainWindow::openActivity);

    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *aboutAction = new QAction(tr("&About"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(newAction);
    fileMenu->addAction(draftsAction);
    fileMenu->addAction(importAction);
    fileMenu->addAction(exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(profilesAction);
    fileMenu->addAction(keyAction);
    fileMenu->addAction(preferencesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(refreshAction);
    viewMenu->addAction(filterAction);
    viewMenu->addAction(loadAllAction);
    viewMenu->addSeparator();
    viewMenu->addAction(activityAction);
    viewMenu->addAction(findNumberAction);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(refreshAction);
    toolbar->addAction(newAction);
    toolbar->addSeparator();
    toolbar->addAction(filterAction);
    toolbar->addAction(loadAllAction);
    toolbar->addAction(exportAction);
    toolbar->addSeparator();
    // Paste a number and press Enter: the lookup window opens with it.
    auto *lookupEdit = new QLineEdit(toolbar);
    lookupEdit->setObjectName(QStringLiteral("toolbarLookupEdit"));
    lookupEdit->setPlaceholderText(tr("Find a number (Ctrl+K)"));
    lookupEdit->setAccessibleName(tr("Find a number"));
    lookupEdit->setClearButtonEnabled(true);
    lookupEdit->setMaximumWidth(260);
    connect(lookupEdit, &QLineEdit::returnPressed, this, [this, lookupEdit] {
        openNumberLookup(lookupEdit->text());
        lookupEdit->clear();
    });
    toolbar->addWidget(lookupEdit);
}

void MainWindow::showTollFreeRequest(const TollFreeVerificationRequest &request)
{
    showArea(tollFreeAreaName);
    m_tollFreeArea->showRequest(request);
    bringForward();
}

void MainWindow::showHostedOrder(const HostedOrder &order)
{
    showArea(hostedAreaName);
    m_hostedArea->showOrderRecord(order);
    bringForward();
}

void MainWindow::showHostedNumber(const MessagingHostedNumber &number)
{
    showArea(hostedAreaName);
    m_hostedArea->showNumber(number);
    bringForward();
}

void MainWindow::showRcsAgent(const QString &agentId)
{
    showArea(rcsAreaName);
    m_rcsArea->showAgent(agentId);
    bringForward();
}

void MainWindow::openRecord(const RecordLink &link)
{
    switch (link.kind) {
    case RecordLink::Kind::TollFreeRequest:
        showTollFreeRequest(link.record.value<TollFreeVerificationRequest>());
        break;
    case RecordLink::Kind::HostedOrder:
        showHostedOrder(link.record.value<HostedOrder>());
        break;
    case RecordLink::Kind::HostedNumber:
        showHostedNumber(link.record.value<MessagingHostedNumber>());
        break;
    case RecordLink::Kind::RcsAgent:
        showRcsAgent(link.record.toString());
        break;
    case RecordLink::Kind::None:
        break;
    }
}

void MainWindow::bringForward()
{
    raise();
    activateWindow();
}

NumberLookupDialog *MainWindow::openNumberLookup(const QString &typed)
{
    if (!m_lookupDialog) {
        m_lookupDialog = new NumberLookupDialog(m_session, m_rcsArea->agentsModel(), this);
        connect(m_lookupDialog, &NumberLookupDialog::openRecordRequested, this,
                &MainWindow::openRecord);
    }
    m_lookupDialog->show();
    m_lookupDialog->raise();
    m_lookupDialog->activateWindow();
    m_lookupDialog->lookUp(typed);
    return m_lookupDialog;
}

void MainWindow::buildStatusBar()
{
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setToolTip(tr("Switch account profile"));
    m_profileCombo->setAccessibleName(tr("Account profile"));
    m_baseUrlLabel = new QLabel(this);
    m_baseUrlLabel->setObjectName(QStringLiteral("baseUrlLabel"));
    PlainText::setUp(m_baseUrlLabel); // names the profile as the user typed it
    m_sandboxBadge = new QLabel(tr("SANDBOX"), this);
    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setStyleSheet(ConsolePalette().sandboxBadgeStyle());
    m_sandboxBadge->hide();
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("lastErrorLabel"));
    PlainText::setUp(m_errorLabel); // quotes the server
    m_errorLabel->setStyleSheet(ConsolePalette().textStyle(ConsolePalette::Kind::Error));
    m_inFlightLabel = new QLabel(this);
    m_inFlightLabel->setObjectName(QStringLiteral("inFlightLabel"));

    statusBar()->addWidget(m_profileCombo);
    statusBar()->addWidget(m_baseUrlLabel);
    statusBar()->addWidget(m_sandboxBadge);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_inFlightLabel);
    // The status bar is read last: Tab goes from the page to the profile switcher, then round
    // to the toolbar's lookup field.
    if (auto *lookupEdit = findChild<QLineEdit *>(QStringLiteral("toolbarLookupEdit")))
        QWidget::setTabOrder(m_profileCombo, lookupEdit);

    rebuildProfileCombo();
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileCombo->itemData(index).toString();
        if (id != m_session->activeProfile().id)
            m_session->activate(id);
    });
    connect(m_session->client(), &ApiClient::callsInFlightChanged, m_inFlightLabel,
            [this](int count) {
                m_inFlightLabel->setText(count > 0 ? tr("%Ln request(s) in flight", nullptr, count)
                                                   : QString());
            });
}

void MainWindow::rebuildProfileCombo()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    const QList<Profile> profiles = m_session->profiles()->profiles();
    for (const Profile &profile : profiles)
        m_profileCombo->addItem(profile.name, profile.id);
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_session->activeProfile().id));
}

void MainWindow::onActivated(const Profile &profile)
{
    rebuildProfileCombo();
    const QUrl baseUrl = m_session->client()->baseUrl();
    m_baseUrlLabel->setText(baseUrl.toDisplayString());
    m_sandboxBadge->setVisible(profile.isSandbox() || baseUrl != ApiClient::productionBaseUrl());
    m_sandboxBadge->setText(profile.isSandbox() ? tr("SANDBOX") : tr("NOT PRODUCTION"));
    m_errorLabel->clear();
    for (ListPage *page : std::as_const(m_pages))
        page->refresh();
    m_todayPage->setReady(true);
}

void MainWindow::onSwitchWaiting(const Profile &target, int writesInFlight)
{
    // Not silent, and nothing cancelled unasked: the switch waits for the answers, and the user
    // may switch now (leaving the outcome unknown) or stay.
    const QString active = m_session->activeProfile().name;
    m_baseUrlLabel->setText(tr("Switching to %1 when the answers are in…").arg(target.name));
    QString text = tr("%Ln request(s) that create or send something are waiting for their "
                      "answer from %1.",
                      nullptr, writesInFlight)
                       .arg(active);
    const QList<ApiCall *> calls = m_session->client()->atMostOnceCallsInFlight();
    QStringList lines;
    for (const ApiCall *call : calls)
        lines.append(QString::fromLatin1(call->method()) + u' ' + call->path());
    text += u'\n' + lines.join(u'\n') + QStringLiteral("\n\n") +
            tr("The console switches to %1 as soon as the answers are in. Switching now stops "
               "waiting: whether they were carried out would be unknown.")
                .arg(target.name);
    if (!m_switchWaitBox) {
        m_switchWaitBox = new QMessageBox(QMessageBox::Information, tr("Switch profile"), {},
                                          QMessageBox::NoButton, this);
        m_switchWaitBox->setObjectName(QStringLiteral("switchWaitBox"));
        m_switchWaitBox->setTextFormat(Qt::PlainText);
        m_switchWaitBox->setWindowModality(Qt::NonModal);
        QPushButton *now = m_switchWaitBox->addButton(tr("Switch &now"), QMessageBox::ActionRole);
        now->setObjectName(QStringLiteral("switchNowButton"));
        QPushButton *stay = m_switchWaitBox->addButton(QString(), QMessageBox::RejectRole);
        stay->setObjectName(QStringLiteral("stayButton"));
        m_switchWaitBox->setDefaultButton(stay);
        connect(m_switchWaitBox, &QMessageBox::buttonClicked, this,
                [this, now](QAbstractButton *clicked) {
                    const QString pending = m_session->pendingProfileId();
                    if (pending.isEmpty())
                        return;
                    if (clicked == now)
                        m_session->activate(pending, ConsoleSession::InFlightWrites::Cancel);
                    else
                        m_session->cancelPendingSwitch();
                });
    }
    m_switchWaitBox->findChild<QPushButton *>(QStringLiteral("stayButton"))
        ->setText(tr("&Stay on %1").arg(active));
    m_switchWaitBox->setText(text);
    m_switchWaitBox->show();
}

void MainWindow::closeProfileWindows()
{
    // Wizards and dialogs send with the session's client: after a switch they would send to
    // the other profile. They close (drafts kept, under the profile they were typed under).
    int closed = 0;
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        if (!dialog->isVisible() ||
            !(qobject_cast<TollFreeWizard *>(dialog) || qobject_cast<HostedOrderWizard *>(dialog) ||
              qobject_cast<RcsComposerDialog *>(dialog) ||
              qobject_cast<RcsDeeplinkDialog *>(dialog) ||
              qobject_cast<NumberLookupDialog *>(dialog)))
            continue;
        dialog->reject();
        ++closed;
    }
    if (closed > 0)
        statusBar()->showMessage(tr("Closed %Ln window(s) of the previous profile; drafts are "
                                    "kept under it.",
                                    nullptr, closed),
                                 8000);
}

void MainWindow::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setToolTip(PlainText::toolTip(message));
}

TollFreeWizard *MainWindow::openTollFreeWizard()
{
    auto *wizard = new TollFreeWizard(m_tollFreeArea->records(), m_session->drafts(), this);
    wizard->setObjectName(QStringLiteral("tollFreeWizard"));
    WindowGeometry::remember(wizard, QStringLiteral("tollFreeWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &TollFreeWizard::submitted, this,
            [this](const TollFreeVerificationRequest &result) {
                statusBar()->showMessage(
                    tr("Submitted the verification request for %1").arg(result.businessName), 8000);
            });
    connect(wizard, &TollFreeWizard::submittedUnreadable, this, [this] {
        statusBar()->showMessage(
            tr("Telnyx accepted the verification request; the list is reloaded to show it"), 8000);
    });
    wizard->show();
    return wizard;
}

void MainWindow::createNewInCurrentArea()
{
    const QString area = currentAreaName();
    if (area == tollFreeAreaName)
        openTollFreeWizard()->startNew();
    else if (area == hostedAreaName)
        openHostedOrderWizard()->startNew();
    else if (area == rcsAreaName)
        openRcsComposer(m_rcsArea->currentAgentId());
}

ActivityDialog *MainWindow::openActivity()
{
    if (auto *open = findChild<ActivityDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new ActivityDialog(m_session->activityLog(), this);
    WindowGeometry::remember(dialog, QStringLiteral("activityDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivityDialog::recordRequested, this, &MainWindow::openActivityRecord);
    dialog->show();
    return dialog;
}

bool MainWindow::openActivityRecord(const QString &area, const QString &recordId)
{
    // Selecting the row shows the record in the page's detail pane.
    bool shown = false;
    if (area == ActivityArea::tollFree) {
        showArea(tollFreeAreaName);
        shown = m_tollFreeArea->page()->selectRecord(recordId);
    } else if (area == ActivityArea::hostedOrder) {
        showArea(hostedAreaName);
        return m_hostedArea->showOrder(recordId); // loads the rest of the list to find it
    } else if (area == ActivityArea::hostedNumber) {
        showArea(hostedAreaName);
        m_hostedArea->setCurrentWidget(m_hostedArea->numbersPage());
        shown = m_hostedArea->numbersPage()->selectRecord(recordId);
    } else if (area == ActivityArea::rcsAgent) {
        showArea(rcsAreaName);
        shown = m_rcsArea->selectAgent(recordId);
    }
    if (!shown) {
        statusBar()->showMessage(
            tr("%1 is not among the loaded rows (it may have been deleted); load the whole list "
               "to look again.")
                .arg(recordId),
            8000);
    }
    return shown;
}

HostedOrderWizard *MainWindow::openHostedOrderWizard()
{
    auto *wizard = new HostedOrderWizard(m_hostedArea->records(), m_session->drafts(), this);
    wizard->setMessagingProfiles(m_session->messagingProfiles());
    wizard->setObjectName(QStringLiteral("hostedOrderWizard"));
    WindowGeometry::remember(wizard, QStringLiteral("hostedOrderWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard writes through the area's HostedRecords, which updates the lists itself.
    connect(wizard, &HostedOrderWizard::orderChanged, this, [this](const QString &orderId) {
        statusBar()->showMessage(orderId.isEmpty()
                                     ? tr("Hosted-number orders updated")
                                     : tr("Hosted-number order %1 updated").arg(orderId),
                                 5000);
    });
    wizard->show();
    return wizard;
}

void MainWindow::continueHostedOrder(const QString &orderId)
{
    // One wizard per order: a second Continue brings the open one forward.
    const QList<HostedOrderWizard *> open = findChildren<HostedOrderWizard *>();
    for (HostedOrderWizard *wizard : open) {
        if (wizard->orderId() == orderId) {
            wizard->raise();
            wizard->activateWindow();
            return;
        }
    }
    openHostedOrderWizard()->continueOrder(orderId);
}

void MainWindow::resumeDraft(const QString &draftId)
{
    const std::optional<Draft> draft = m_session->drafts()->load(draftId);
    if (draft && draft->info.kind == QLatin1StringView(DraftStore::hostedOrderKind)) {
        showArea(hostedAreaName);
        openHostedOrderWizard()->resumeDraft(draftId);
        return;
    }
    resumeTollFreeDraft(draftId);
}

RcsComposerDialog *MainWindow::openRcsComposer(const QString &agentId)
{
    auto *dialog =
        new RcsComposerDialog(m_session->client(), m_rcsArea->agentsModel(),
                              m_session->rcsCapabilities(), m_session->rcsComposerDraft(), this);
    dialog->setObjectName(QStringLiteral("rcsComposer"));
    WindowGeometry::remember(dialog, QStringLiteral("rcsComposer"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!agentId.isEmpty())
        dialog->setAgentId(agentId);
    dialog->show();
    return dialog;
}

RcsDeeplinkDialog *MainWindow::openRcsDeeplink(const QString &agentId)
{
    auto *dialog = new RcsDeeplinkDialog(m_session->client(), m_rcsArea->agentsModel(), this);
    dialog->setObjectName(QStringLiteral("rcsDeeplinkDialog"));
    WindowGeometry::remember(dialog, QStringLiteral("rcsDeeplinkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!agentId.isEmpty())
        dialog->setAgentId(agentId);
    dialog->show();
    return dialog;
}

void MainWindow::resumeTollFreeDraft(const QString &draftId)
{
    TollFreeWizard *wizard = openTollFreeWizard();
    if (!wizard->resumeDraft(draftId)) {
        wizard->close();
        showError(
            tr("That draft could not be read; it may have been discarded in another window."));
    }
}

void MainWindow::refresh()
{
    if (m_stack->currentWidget() == m_todayPage) {
        m_todayPage->refresh();
        return;
    }
    ListPage *page = currentListPage();
    if (!page)
        return;
    page->refresh();
    // The pages that show profiles by name read the names again too.
    if (m_hostedArea->listPages().contains(page) || m_rcsArea->listPages().contains(page))
        m_session->messagingProfiles()->refresh();
}

void MainWindow::enterKeyForActiveProfile()
{
    const Profile profile = m_session->activeProfile();
    if (!profile.isValid() || profile.isSandbox())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("enterKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("API key for %1").arg(profile.name));
    auto *form = new KeyEntryForm(dialog);
    form->setProfileName(profile.name);
    form->setBaseUrl(profile.baseUrl);
    form->setNameEditable(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *sessionOnly = new QPushButton(tr("Use for this &session only"), dialog);
    sessionOnly->setObjectName(QStringLiteral("useKeyForSessionButton"));
    buttons->addButton(sessionOnly, QDialogButtonBox::ActionRole);
    sessionOnly->hide(); // offered once the keychain has refused the key
    connect(sessionOnly, &QPushButton::clicked, dialog, [this, dialog, form, profile] {
        m_session->activateWithKey(profile.id, form->apiKey());
        dialog->accept();
    });
    connect(form, &KeyEntryForm::validated, dialog, [this, dialog, form, profile, sessionOnly] {
        const QString key = form->apiKey();
        CredentialStore *credentials = m_session->credentials();
        if (credentials->backend() == CredentialStore::Backend::SessionOnly ||
            profile.keyStorage == Profile::KeyStorage::Session) {
            m_session->activateWithKey(profile.id, key);
            dialog->accept();
            return;
        }
        // Used only once it is stored; if the keychain refuses, say so here and let the user
        // choose to use the key for this session only.
        form->setEnabled(false);
        credentials->whenFinished(profile.id, CredentialStore::Operation::Write, dialog,
                                  [this, dialog, form, profile, key,
                                   sessionOnly](const QString &failure, CredentialStore::Failure) {
                                      form->setEnabled(true);
                                      if (failure.isEmpty()) {
                                          m_session->activateWithKey(profile.id, key);
                                          dialog->accept();
                                          return;
                                      }
                                      form->showProblem(
                                          tr("The key was not saved. %1").arg(failure));
                                      sessionOnly->show();
                                  });
        credentials->writeKey(profile.id, key);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString settingsPath = QSettings().fileName();
    QMessageBox::about(
        this, tr("About %1").arg(QApplication::applicationDisplayName()),
        tr("<h3>%1</h3><p>Version %2<br>Qt %3</p>"
           "<p>Toll-free verification, hosted SMS numbers and RCS for Telnyx accounts.</p>"
           "<p><b>Settings:</b> %4<br><b>Logs:</b> %5</p>"
           "<p>API keys are kept in the system keychain, never in these files.</p>")
            .arg(QApplication::applicationDisplayName(), CoreVersion::version(),
                 QString::fromLatin1(qVersion()), settingsPath.toHtmlEscaped(),
                 FileLogger::logDirectory().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("areaName"), currentAreaName());
    settings.setValue(QStringLiteral("hostedTab"), m_hostedArea->currentIndex());
    settings.setValue(QStringLiteral("rcsTab"), m_rcsArea->currentIndex());
    settings.setValue(QStringLiteral("splitter"),
                      static_cast<QSplitter *>(centralWidget())->saveState());
    settings.endGroup();
    settings.beginGroup(QStringLiteral("lists"));
    for (ListPage *page : m_pages)
        page->saveState(settings);
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    static_cast<QSplitter *>(centralWidget())
        ->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    // Settings of earlier versions kept the area's place in the list.
    m_navigation->setCurrentRow(
        qBound(0, settings.value(QStringLiteral("area"), 0).toInt(), m_navigation->count() - 1));
    showArea(settings.value(QStringLiteral("areaName")).toString());
    m_hostedArea->setCurrentIndex(settings.value(QStringLiteral("hostedTab"), 0).toInt());
    m_rcsArea->setCurrentIndex(settings.value(QStringLiteral("rcsTab"), 0).toInt());
    settings.endGroup();
    settings.beginGroup(QStringLiteral("lists"));
    for (ListPage *page : std::as_const(m_pages))
        page->restoreState(settings);
    settings.endGroup();
}
