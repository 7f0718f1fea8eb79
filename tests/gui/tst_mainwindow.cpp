#include "api/tollfreeapi.h"
#include "builtin/builtinsandbox.h"
#include "consoleenglish.h"
#include "firstrundialog.h"
#include "hosted/hostedorderwizard.h"
#include "isolatedhome.h"
#include "keyentryform.h"
#include "listfilterproxy.h"
#include "listpage.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "profilesdialog.h"
#include "rcs/rcsarea.h"
#include "rcs/rcscapabilitiespage.h"
#include "rcs/rcscomposerdialog.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "session/consolesession.h"
#include "session/rcscapabilitycache.h"
#include "session/rcscapabilitychecker.h"
#include "session/tollfreewatcher.h"
#include "storage/credentialstore.h"
#include "storage/draftstore.h"
#include "storage/profilestore.h"
#include "tollfree/tollfreearea.h"
#include "tollfree/tollfreedetailpane.h"
#include "tollfree/tollfreewizard.h"
#include "tollfreerecords.h"
#include "tollfreerequestsmodel.h"
#include "widgets/statetableview.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The real main window, driven by objectName against the built-in sandbox.
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    int m_sessions = 0;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ConsoleSession> m_session;

    template<typename T> T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    void startSession()
    {
        m_profiles = std::make_unique<ProfileStore>(
            m_home.filePath(QStringLiteral("profiles-%1.ini").arg(++m_sessions)));
        m_credentials = std::make_unique<CredentialStore>();
        m_credentials->useSessionOnly(); // no keychain needed for these tests
        m_session = std::make_unique<ConsoleSession>(m_profiles.get(), m_credentials.get());
        m_session->setSandboxFactory(BuiltInSandbox::factory());
    }
    void activateSandbox()
    {
        QSignalSpy activated(m_session.get(), &ConsoleSession::activated);
        m_session->activate(Profile::sandboxId());
        QVERIFY(activated.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, QStringLiteral("gui-test")));
        // What users see: "1 row", "3 rows" (main.cpp installs the same).
        installEnglish();
    }
    void init() { startSession(); }
    void cleanup()
    {
        m_session.reset();
        m_credentials.reset();
        m_profiles.reset();
    }

    void firstRunOffersTheSandbox()
    {
        QVERIFY(m_profiles->isFirstRun());
        MainWindow window(m_session.get());
        window.show();
        FirstRunDialog dialog(m_session.get(), &window);
        connect(&dialog, &QDialog::accepted, m_session.get(),
                [&] { m_session->activate(dialog.chosenProfileId()); });
        dialog.open();
        auto *sandbox = child<QCommandLinkButton>(&dialog, "exploreSandboxButton");
        QVERIFY(sandbox);
        QTest::mouseClick(sandbox, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto *table = child<StateTableView>(&window, "tollFreeTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        QVERIFY(child<QLabel>(&window, "sandboxBadge")->isVisible());
        QVERIFY(child<QLabel>(&window, "baseUrlLabel")
                    ->text()
                    .startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(m_session->activeProfile().id, Profile::sandboxId());
    }

    void firstRunWithoutKeychainOffersSessionOnly()
    {
        // No Secret Service reachable: the key cannot be stored, the dialog says so.
        const QByteArray previous = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        m_credentials = std::make_unique<CredentialStore>(); // keychain backend by default
        m_session = std::make_unique<ConsoleSession>(m_profiles.get(), m_credentials.get());
        m_session->setSandboxFactory(BuiltInSandbox::factory());
        SandboxTestbed account;

        FirstRunDialog dialog(m_session.get());
        dialog.open();
        auto *url = child<QLineEdit>(&dialog, "baseUrlEdit");
        url->clear();
        QTest::keyClicks(url, account.baseUrl().toString());
        QTest::keyClicks(child<QLineEdit>(&dialog, "apiKeyEdit"),
                         QString::fromLatin1(SandboxTestbed::apiKey));
        QTest::mouseClick(child<QPushButton>(&dialog, "validateKeyButton"), Qt::LeftButton);
        auto *sessionOnly = child<QPushButton>(&dialog, "sessionOnlyButton");
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), 10000);
        QVERIFY(child<QLabel>(&dialog, "keychainProblemLabel")
                    ->text()
                    .contains(QStringLiteral("keychain")));
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.sessionOnlyKey(), QString::fromLatin1(SandboxTestbed::apiKey));
        QCOMPARE(m_credentials->backend(), CredentialStore::Backend::SessionOnly);
        QCOMPARE(m_profiles->profile(dialog.chosenProfileId())->keyStorage,
                 Profile::KeyStorage::Session);

        // The key is in no settings file.
        QFile settings(m_profiles->settingsFilePath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(SandboxTestbed::apiKey));
        qputenv("DBUS_SESSION_BUS_ADDRESS", previous);
    }

    void switchingPagesShowsEachArea()
    {
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        auto *navigation = child<QListWidget>(&window, "navigation");
        auto *pages = child<QStackedWidget>(&window, "pages");
        // Today comes first (tst_todaypage); then the four list areas.
        QCOMPARE(navigation->item(0)->data(Qt::UserRole).toString(), u"today"_s);
        QVERIFY(!navigation->item(0)->icon().pixmap(20, 20).toImage().isNull());
        const QList<std::pair<int, const char *>> areas{{1, "tollFreeTable"},
                                                        {2, "hostedOrdersTable"},
                                                        {3, "rcsAgentsTable"},
                                                        {4, "urlDomainsTable"}};
        for (const auto &[row, tableName] : areas) {
            navigation->setCurrentRow(row);
            QCOMPARE(pages->currentIndex(), row);
            auto *table = child<StateTableView>(&window, tableName);
            QVERIFY2(table, tableName);
            QTRY_VERIFY2_WITH_TIMEOUT(table->model()->rowCount() > 0, tableName, 10000);
            QVERIFY(window.currentListPage()->table() == table);
            // The area's own SVG icon is drawn (needs Qt's SVG plugin, which dev.sh installs).
            const QImage icon = navigation->item(row)->icon().pixmap(20, 20).toImage();
            QVERIFY2(!icon.isNull(), tableName);
            QVERIFY2(icon.pixelColor(10, 10).alpha() > 0, tableName);
        }
        QVERIFY(!QIcon(QStringLiteral(":/icons/app.svg")).pixmap(32, 32).isNull());
    }

    void scrollingFetchesMorePages()
    {
        // More requests than the list's first page of 1000.
        SandboxOptions options;
        options.records = 2500;
        m_session->setSandboxFactory(BuiltInSandbox::factory(options));
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        auto *table = child<StateTableView>(&window, "tollFreeTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        const int firstPage = table->model()->rowCount();
        QCOMPARE(child<QLabel>(&window, "tollFreeCountLabel")->text(),
                 QStringLiteral("%1 of 2500 rows loaded").arg(firstPage));
        table->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > firstPage, 10000);
    }

    void filterNarrowsTheRowsAndSaysSo()
    {
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        window.showArea(u"tollFree"_s); // Today is the first page
        auto *table = child<StateTableView>(&window, "tollFreeTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        const int before = table->model()->rowCount();
        const QString business = table->model()->index(0, 0).data().toString();
        auto *filter = child<QLineEdit>(&window, "tollFreeFilterEdit");
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, business);
        QTRY_VERIFY(table->model()->rowCount() < before);
        QVERIFY(table->model()->rowCount() >= 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), business);

        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("zzzz-no-such-business"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->placeholderText().contains(QStringLiteral("zzzz-no-such-business")), 10000);
    }

    void exportWritesTheVisibleRowsAsCsv()
    {
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        window.showArea(u"urlDomains"_s);
        auto *table = child<StateTableView>(&window, "urlDomainsTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        const QString path = m_home.filePath(QStringLiteral("domains.csv"));

        child<QAction>(&window, "exportCsvAction")->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(QStringLiteral("exportCsvDialog"))));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected

        QFile file(path);
        QTRY_VERIFY(file.exists());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), table->model()->rowCount() + 1);
        QVERIFY2(lines.first().contains(QStringLiteral("Domain")), qPrintable(lines.first()));
        QVERIFY(lines.at(1).contains(table->model()->index(0, 1).data().toString()));
    }

    void addSwitchAndRemoveAProfileWithoutRestarting()
    {
        SandboxTestbed other; // a second "account" with a known key
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        ProfilesDialog dialog(m_session.get(), &window);
        dialog.open();
        QTest::mouseClick(child<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
        QDialog *add = nullptr;
        QTRY_VERIFY((add = dialog.findChild<QDialog *>(QStringLiteral("addProfileDialog"))));
        QTest::keyClicks(child<QLineEdit>(add, "profileNameEdit"), QStringLiteral("Staging"));
        auto *url = child<QLineEdit>(add, "baseUrlEdit");
        url->clear();
        QTest::keyClicks(url, other.baseUrl().toString());
        auto *key = child<QLineEdit>(add, "apiKeyEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, QStringLiteral("KEYWRONG"));
        QTest::mouseClick(child<QPushButton>(add, "validateKeyButton"), Qt::LeftButton);
        auto *problem = child<QLabel>(add, "keyProblemLabel");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("API key")));
        key->clear();
        QTest::keyClicks(key, QString::fromLatin1(SandboxTestbed::apiKey));
        QTest::mouseClick(child<QPushButton>(add, "validateKeyButton"), Qt::LeftButton);
        QTRY_COMPARE(m_profiles->savedProfileCount(), 1);

        const Profile staging = m_profiles->profiles().last();
        QCOMPARE(staging.name, QStringLiteral("Staging"));
        // What the session knows of the sandbox account stays with it.
        RcsCapabilities known;
        known.agentId = u"agent"_s;
        known.phoneNumber = u"+13125550100"_s;
        m_session->rcsCapabilities()->insert(known);
        QCOMPARE(m_session->drafts()->profile(), Profile::sandboxId());
        QSignalSpy activated(m_session.get(), &ConsoleSession::activated);
        m_session->activate(staging.id);
        QVERIFY(activated.wait(5000));
        QCOMPARE(m_session->client()->baseUrl(), other.baseUrl());
        QCOMPARE(m_session->rcsCapabilities()->size(), 0);
        QCOMPARE(m_session->drafts()->profile(), staging.id);
        QVERIFY(child<QLabel>(&window, "baseUrlLabel")->text().contains(other.baseUrl().host()));
        auto *table = child<StateTableView>(&window, "tollFreeTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);

        QVERIFY(m_profiles->removeProfileAndKey(staging.id, m_credentials.get()));
        QCOMPARE(m_profiles->savedProfileCount(), 0);
    }

    // The services pages share belong to the session: every area is given the session's, and
    // they outlive the window (a new window finds what the last one learnt).
    void theAreasUseTheSessionsServices()
    {
        activateSandbox();
        RcsCapabilities known;
        known.agentId = u"agent"_s;
        known.phoneNumber = u"+13125550100"_s;
        {
            MainWindow window(m_session.get());
            QCOMPARE(window.tollFreeArea()->watcher(), m_session->tollFreeWatcher());
            auto *rcs = window.findChild<RcsArea *>();
            QVERIFY(rcs);
            QCOMPARE(rcs->inviteStore(), m_session->rcsInvites());
            QCOMPARE(rcs->capabilitiesPage()->checker()->cache(), m_session->rcsCapabilities());
            m_session->rcsCapabilities()->insert(known);
        }
        MainWindow again(m_session.get());
        auto *rcs = again.findChild<RcsArea *>();
        QVERIFY(rcs);
        QVERIFY(rcs->capabilitiesPage()->checker()->cache()->contains(known.agentId,
                                                                      known.phoneNumber));
    }

    void newActionCreatesWhatTheAreaIsAbout()
    {
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        auto *newAction = child<QAction>(&window, "newAction");

        window.showArea(u"urlDomains"_s);
        QVERIFY(!newAction->isEnabled()); // URL domains: nothing to create

        window.showArea(u"tollFree"_s);
        QVERIFY(newAction->isEnabled());
        newAction->trigger();
        TollFreeWizard *wizard = nullptr;
        QTRY_VERIFY(
            (wizard = window.findChild<TollFreeWizard *>(QStringLiteral("tollFreeWizard"))));
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->isEditing());
        wizard->close();

        window.showArea(u"hosted"_s);
        QVERIFY(newAction->isEnabled());
        QCOMPARE(newAction->toolTip(), QStringLiteral("New hosted-number order"));
        newAction->trigger();
        HostedOrderWizard *hosted = nullptr;
        QTRY_VERIFY(
            (hosted = window.findChild<HostedOrderWizard *>(QStringLiteral("hostedOrderWizard"))));
        QVERIFY(hosted->isVisible());
        QVERIFY(hosted->orderId().isEmpty());
        hosted->close();

        window.showArea(u"rcs"_s);
        QVERIFY(newAction->isEnabled());
        newAction->trigger();
        RcsComposerDialog *composer = nullptr;
        QTRY_VERIFY(
            (composer = window.findChild<RcsComposerDialog *>(QStringLiteral("rcsComposer"))));
        QVERIFY(composer->isVisible());
        composer->close();
    }

    void secondaryWindowsComeBackWhereTheyWere()
    {
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        HostedOrderWizard *first = window.openHostedOrderWizard();
        first->startNew();
        QVERIFY(QTest::qWaitForWindowExposed(first));
        first->resize(801, 603);
        first->close(); // deleted on close; its size is kept
        QTRY_VERIFY(window.findChildren<HostedOrderWizard *>().isEmpty());

        HostedOrderWizard *second = window.openHostedOrderWizard();
        second->startNew();
        QVERIFY(QTest::qWaitForWindowExposed(second));
        QCOMPARE(second->size(), QSize(801, 603));
        second->close();
    }

    void continueOpensOneWizardPerOrder()
    {
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        window.showArea(u"hosted"_s);
        auto *orders = child<StateTableView>(&window, "hostedOrdersTable");
        QTRY_VERIFY_WITH_TIMEOUT(orders->model()->rowCount() > 0, 10000);
        const QString orderId =
            orders->model()->index(0, 0).data(PagedListModel::IdRole).toString();
        QVERIFY(!orderId.isEmpty());
        window.continueHostedOrder(orderId);
        window.continueHostedOrder(orderId); // brings the first one forward
        QTRY_COMPARE(window.findChildren<HostedOrderWizard *>().size(), 1);
        HostedOrderWizard *wizard = window.findChildren<HostedOrderWizard *>().first();
        QCOMPARE(wizard->orderId(), orderId);
        wizard->close();
    }

    void deletingARejectedRequestRemovesItFromTheList()
    {
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        window.showArea(u"tollFree"_s); // Today is the first page
        auto *table = child<StateTableView>(&window, "tollFreeTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        auto *deleteButton = child<QPushButton>(&window, "deleteRequestButton");
        int rejectedRow = -1;
        for (int row = 0; row < table->model()->rowCount() && rejectedRow < 0; ++row) {
            if (table->model()->index(row, 0).data(PagedListModel::StatusRole).toString() ==
                QStringLiteral("Rejected"))
                rejectedRow = row;
            else if (row == 0) {
                table->selectRow(row); // not Rejected: delete is refused with a reason
                QVERIFY(!deleteButton->isEnabled());
                QVERIFY(!deleteButton->toolTip().isEmpty());
            }
        }
        QVERIFY(rejectedRow >= 0);
        const QString id =
            table->model()->index(rejectedRow, 0).data(PagedListModel::IdRole).toString();
        table->selectRow(rejectedRow);
        QTRY_VERIFY(deleteButton->isEnabled());
        QSignalSpy reloaded(window.tollFreeArea()->model(), &QAbstractItemModel::modelReset);
        const int rowsBefore = window.tollFreeArea()->model()->rowCount();
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QPushButton *confirm = nullptr;
        QTRY_VERIFY(
            (confirm = window.findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))));
        QTest::mouseClick(confirm, Qt::LeftButton);
        const auto listed = [&] {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data(PagedListModel::IdRole).toString() == id)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!listed() && table->model()->rowCount() > 0, 10000);
        // The row left through the model's id index: the list was not loaded again.
        QCOMPARE(window.tollFreeArea()->model()->rowCount(), rowsBefore - 1);
        QCOMPARE(reloaded.size(), 0);
    }

    // What is submitted through the area's records reaches the list by itself: a new request
    // becomes the first row, a changed one replaces its row (and the pane showing it), and the
    // list is not loaded again.
    void aSavedRequestUpdatesItsRowInPlace()
    {
        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        TollFreeArea *area = window.tollFreeArea();
        TollFreeRequestsModel *model = area->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->state() != PagedListModel::State::Loading && model->rowCount() > 0, 10000);
        const int rows = model->rowCount();
        QSignalSpy reloaded(model, &QAbstractItemModel::modelReset);

        auto *create =
            area->records()->submit(sampleTollFreeRequest(QStringLiteral("In Place Dental")));
        TollFreeVerificationRequest created;
        create->onResult(this,
                         [&created](const TollFreeVerificationRequest &saved) { created = saved; });
        QVERIFY(SandboxTestbed::wait(create));
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->rowOf(created.id), 0);
        QVERIFY(area->watcher()->isWatching(created.id));

        TollFreeVerificationRequest changed = created;
        changed.businessName = QStringLiteral("In Place Dental Group");
        changed.raw.insert(QStringLiteral("businessName"), changed.businessName);
        area->detailPane()->setRequest(created); // as when its row is selected
        area->records()->recordSaved(changed);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(model->rowAt(0).businessName, QStringLiteral("In Place Dental Group"));
        QCOMPARE(area->detailPane()->request().businessName,
                 QStringLiteral("In Place Dental Group"));
        QCOMPARE(reloaded.size(), 0);
    }

    void settingsAreRestoredAfterRestart()
    {
        activateSandbox();
        int widthSet = 0;
        {
            MainWindow window(m_session.get());
            window.show();
            window.showArea(u"rcs"_s);
            auto *table = child<StateTableView>(&window, "tollFreeTable");
            table->horizontalHeader()->resizeSection(0, 321);
            table->sortByColumn(4, Qt::DescendingOrder);
            widthSet = table->horizontalHeader()->sectionSize(0);
            window.close();
        }
        MainWindow restarted(m_session.get());
        restarted.show();
        QCOMPARE(restarted.currentAreaName(), u"rcs"_s);
        auto *table = child<StateTableView>(&restarted, "tollFreeTable");
        QCOMPARE(table->horizontalHeader()->sectionSize(0), widthSet);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 4);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    // A draft typed under a production profile is no sandbox request: the sandbox's Drafts
    // list leaves it out. One saved before drafts remembered their profile is offered, marked.
    void draftsListsOnlyTheActiveProfilesDrafts()
    {
        DraftStore disk; // the directory the window's store reads
        const auto removeAll = [&disk] {
            for (const DraftInfo &info : disk.list())
                disk.discard(info.id);
        };
        removeAll();
        const auto cleanUp = qScopeGuard(removeAll);
        const QString kind = QString::fromLatin1(DraftStore::tollFreeKind);
        disk.setProfile(u"production-profile-id"_s);
        QVERIFY(!disk.create(kind, {}, u"Production draft"_s).isEmpty());
        disk.setProfile(Profile::sandboxId());
        QVERIFY(!disk.create(kind, {}, u"Sandbox draft"_s).isEmpty());
        disk.setProfile({}); // as an earlier version saved it: no profile
        QVERIFY(!disk.create(kind, {}, u"Old draft"_s).isEmpty());

        activateSandbox();
        MainWindow window(m_session.get());
        window.show();
        child<QAction>(&window, "draftsAction")->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"draftsDialog"_s)));
        auto *list = child<QTreeWidget>(dialog, "draftsList");
        QStringList shown;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            shown.append(list->topLevelItem(row)->text(0) + u" | "_s +
                         list->topLevelItem(row)->text(1));
        shown.sort();
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(0).startsWith(u"Old draft | "_s), qPrintable(shown.join(u'\n')));
        QVERIFY(shown.at(0).contains(u"profile unknown"_s));
        QVERIFY2(shown.at(1).startsWith(u"Sandbox draft | "_s), qPrintable(shown.at(1)));
        QVERIFY(!shown.at(1).contains(u"profile unknown"_s));
        dialog->close();
    }

    // Switching profile while a create waits for its answer does not cancel it unasked: the
    // switch waits (and says so), the user may stay or switch now; wizards of the old profile
    // close with their drafts kept.
    void aProfileSwitchWaitsForACreateInFlight()
    {
        SandboxTestbed first; // the account the create goes to
        const QString createPath = QStringLiteral("/v2/messaging_tollfree/verification/requests");
        const Profile firstProfile =
            m_profiles->addProfile(QStringLiteral("First"), first.baseUrl());
        QVERIFY(firstProfile.isValid());
        m_credentials->writeKey(firstProfile.id, QString::fromLatin1(SandboxTestbed::apiKey));
        QSignalSpy activated(m_session.get(), &ConsoleSession::activated);
        m_session->activate(firstProfile.id);
        QVERIFY(activated.wait(10000));
        MainWindow window(m_session.get());
        window.show();
        QPointer<TollFreeWizard> wizard = window.openTollFreeWizard();
        wizard->startFromCopy(sampleTollFreeRequest(QStringLiteral("Switching Dental")));
        QVERIFY(!wizard->draftId().isEmpty());

        // A create the server has taken and holds the answer of.
        first.addFault(QStringLiteral("POST"), createPath, QStringLiteral("delay"),
                       {{QStringLiteral("delay_ms"), 30000}});
        ApiCall *held = TollFreeApi(m_session->client())
                            .create(sampleTollFreeRequest(QStringLiteral("Held Dental")));
        QSignalSpy heldFailed(held, &ApiCall::failed);
        QVERIFY(first.waitForRequests(u"POST "_s + createPath, 1));

        QSignalSpy waiting(m_session.get(), &ConsoleSession::switchWaiting);
        QSignalSpy ended(m_session.get(), &ConsoleSession::pendingSwitchEnded);
        m_session->activate(Profile::sandboxId());
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(m_session->activeProfile().id, firstProfile.id);
        QCOMPARE(heldFailed.size(), 0);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("switchWaitBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("POST")), qPrintable(box->text()));
        QVERIFY(child<QLabel>(&window, "baseUrlLabel")->text().contains(QStringLiteral("when")));
        QVERIFY(wizard && wizard->isVisible());
        if (const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(box->grab().save(QDir(dir).filePath(u"profile-switch-waits.png"_s)));

        // Stay: nothing changes, the create still waits.
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("stayButton")),
                          Qt::LeftButton);
        QCOMPARE(ended.size(), 1);
        QVERIFY(m_session->pendingProfileId().isEmpty());
        QTRY_VERIFY(!box->isVisible());
        QCOMPARE(heldFailed.size(), 0);

        // Switch now: the create is cancelled, and its outcome is unknown.
        m_session->activate(Profile::sandboxId());
        QCOMPARE(waiting.size(), 2);
        QVERIFY(box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("switchNowButton")),
                          Qt::LeftButton);
        QCOMPARE(heldFailed.size(), 1);
        QVERIFY(heldFailed.first().first().value<ApiError>().isOutcomeUnknown());
        QVERIFY(activated.wait(10000));
        QVERIFY(m_session->isSandbox());
        QTRY_VERIFY(!wizard || !wizard->isVisible()); // the old profile's wizard closed

        // Back on First: a create answered after a short delay is waited for, then the switch
        // happens by itself.
        m_session->activate(firstProfile.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->activeProfile().id, firstProfile.id, 10000);
        QTRY_VERIFY(m_session->isActive());
        first.clearFaults();
        first.addFault(QStringLiteral("POST"), createPath, QStringLiteral("delay"),
                       {{QStringLiteral("delay_ms"), 700}});
        ApiCall *slow = TollFreeApi(m_session->client())
                            .create(sampleTollFreeRequest(QStringLiteral("Slow Dental")));
        bool answeredBeforeSwitch = false;
        connect(slow, &ApiCall::finished, this,
                [&] { answeredBeforeSwitch = m_session->activeProfile().id == firstProfile.id; });
        QVERIFY(first.waitForRequests(u"POST "_s + createPath, 2));
        activated.clear();
        m_session->activate(Profile::sandboxId());
        QCOMPARE(waiting.size(), 3);
        QVERIFY(activated.wait(10000));
        QVERIFY(answeredBeforeSwitch);
        QVERIFY(m_session->isSandbox());
        QTRY_VERIFY(!box->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
