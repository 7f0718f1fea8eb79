// Everyone can use it: every main page, every page of both wizards and every dialog is walked
// as a keyboard and screen-reader user meets it. Each tab stop has an accessible name, Tab
// visits the stops in reading order (top to bottom, left to right within a row) and reaches
// each of them, every label with a buddy has a mnemonic and no two mnemonics of one window part
// share a letter; Escape closes each dialog. The custom-painted widgets (status badges, the
// status timeline, the Today chart, the QR code, the PDF preview) carry their content as
// accessible text. Both wizards are completed end to end with key presses only.

#include "accessibilitywalker.h"
#include "activitydialog.h"
#include "consoleenglish.h"
#include "firstrundialog.h"
#include "hosted/hostedorderwizard.h"
#include "hosted/pdfdocumentfield.h"
#include "hostedrecords.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "lookup/numberlookupdialog.h"
#include "mainpages.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "preferencesdialog.h"
#include "profilesdialog.h"
#include "rcs/rcsagenteditdialog.h"
#include "rcs/rcsarea.h"
#include "rcs/rcscomposerdialog.h"
#include "rcs/rcsdeeplinkdialog.h"
#include "rcs/rcstestnumbersdialog.h"
#include "rcsagentsmodel.h"
#include "samplepdf.h"
#include "samplerequests.h"
#include "sandboxsession.h"
#include "sandboxtestbed.h"
#include "screenshot.h"
#include "statushistorymodel.h"
#include "storage/draftstore.h"
#include "today/statuscountchart.h"
#include "today/todaypage.h"
#include "tollfree/draftsdialog.h"
#include "tollfree/statustimelinecanvas.h"
#include "tollfree/tollfreearea.h"
#include "tollfree/tollfreedetailpane.h"
#include "tollfree/tollfreeformpage.h"
#include "tollfree/tollfreeimport.h"
#include "tollfree/tollfreewizard.h"
#include "tollfreerecords.h"
#include "widgets/statetableview.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace AccessibilityWalker;

namespace {

const QString tollFreeCreatePath = u"POST /v2/messaging_tollfree/verification/requests"_s;
const QString hostedCreatePath = u"POST /v2/messaging_hosted_number_orders"_s;

// The widget with the keyboard focus, or `fallback` when none has it yet.
QWidget *focused(QWidget *fallback)
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus : fallback;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<FrozenSandboxSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SandboxTestbed> m_sandbox; // for the wizards: its codes and request log
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<DraftStore> m_drafts;
    QStringList m_problems;
    QStringList m_partsWalked;
    int m_stopsWalked = 0;

    template<typename T> static T *find(QWidget *root, const QString &name)
    {
        T *child = root->findChild<T *>(name);
        if (!child)
            qWarning("no widget named %s", qPrintable(name));
        return child;
    }

    // The menu bar's titles: Alt+letter opens them from anywhere in the main window.
    QStringList menuTitles() const
    {
        QStringList titles;
        const auto actions = m_window->menuBar()->actions();
        for (QAction *action : actions)
            titles << action->text();
        return titles;
    }

    void walk(QWidget *root, const QString &part, const QStringList &reserved = {})
    {
        m_problems << problems(root, part, reserved);
        m_partsWalked << part;
        m_stopsWalked += int(readingOrder(root).size());
    }

    // Fails the test function with every problem found since it started.
    void verifyNoProblems()
    {
        const QStringList found = std::exchange(m_problems, {});
        for (const QString &problem : found) // whole: a failure message is cut short
            qWarning("%s", qPrintable(problem));
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"%1 problems, each in a warning above"_s.arg(found.size())));
    }

    // Presses Tab until `target` (or the inner widget it hands its focus to) has the focus.
    [[nodiscard]] static bool tabTo(QWidget *target, int limit = 80)
    {
        for (int press = 0; press <= limit; ++press) {
            QWidget *focus = QApplication::focusWidget();
            if (focus && speakerFor(focus) == target)
                return true;
            QTest::keyClick(focused(target->window()), Qt::Key_Tab);
        }
        QWidget *focus = QApplication::focusWidget();
        qWarning("Tab did not reach %s; the focus stays on %s", qPrintable(describe(target)),
                 focus ? qPrintable(describe(focus)) : "nothing");
        return false;
    }
    // Types into the focused widget, key by key as a keyboard does (the first key may open an
    // editor that takes the focus); "\n" presses Return.
    static void typeHere(const QString &text, QWidget *fallback)
    {
        for (const QChar key : text) {
            if (key == u'\n')
                QTest::keyClick(focused(fallback), Qt::Key_Return);
            else
                QTest::keyClicks(focused(fallback), QString(key));
        }
    }
    // Tab to the button, then Space: what a keyboard user does to press it.
    [[nodiscard]] static bool press(QAbstractButton *button)
    {
        if (!button || !tabTo(button))
            return false;
        QTest::keyClick(button, Qt::Key_Space);
        return true;
    }

    // Opens `dialog`, walks it, and checks that Escape closes it.
    void walkDialog(QDialog *dialog, const QString &part)
    {
        QVERIFY2(dialog, qPrintable(part));
        if (!dialog->isVisible())
            dialog->open();
        QVERIFY2(QTest::qWaitForWindowActive(dialog), qPrintable(part));
        // The window system activates the dialog a moment after it shows.
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        walk(dialog, part);
        saveScreenshot(dialog, u"a11y-"_s + QLatin1StringView(dialog->metaObject()->className()));
        QTest::keyClick(focused(dialog), Qt::Key_Escape);
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(part + u": Escape did not close it"_s));
    }

    static void selectFirstRow(QAbstractItemView *view)
    {
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"accessibility-test"_s));
        installEnglish();
        m_session = std::make_unique<FrozenSandboxSession>(m_home.filePath(u"profiles.ini"_s));
        m_window = showMainWindow(*m_session);
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        SandboxOptions options;
        options.speed = 0;
        options.records = 20;
        m_sandbox = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_sandbox->isListening());
        m_files = std::make_unique<QTemporaryDir>();
        m_drafts = std::make_unique<DraftStore>(m_files->filePath(u"drafts"_s));
    }
    void cleanupTestCase()
    {
        qInfo("walked %d window parts, %d tab stops: %s", int(m_partsWalked.size()), m_stopsWalked,
              qPrintable(m_partsWalked.join(u", "_s)));
        m_window.reset();
        m_session.reset();
    }

    void everyMainPageIsNamedAndTabsInReadingOrder()
    {
        const QStringList reserved = menuTitles();
        visitMainPages(m_window.get(), [&](const QString &page) {
            walk(m_window.get(), u"main window, "_s + page, reserved);
        });
        verifyNoProblems();
    }

    void everyDialogIsNamedTabsInOrderAndClosesOnEscape()
    {
        ConsoleSession *session = m_session->session();
        walkDialog(new DraftsDialog(session->drafts(), m_window.get()), u"Drafts"_s);
        walkDialog(new TollFreeImportDialog(session->drafts(), m_window.get()), u"CSV import"_s);
        walkDialog(m_window->openActivity(), u"Activity"_s);
        walkDialog(new ProfilesDialog(session, m_window.get()), u"Profiles"_s);
        walkDialog(new FirstRunDialog(session, m_window.get()), u"First run"_s);
        walkDialog(new PreferencesDialog(m_window.get()), u"Preferences"_s);
        walkDialog(m_window->openNumberLookup(), u"Find a number"_s);

        m_window->showArea(u"rcs"_s);
        auto *rcs = m_window->findChild<RcsArea *>();
        auto *agents = rcs->agentsPage()->findChild<StateTableView *>();
        selectFirstRow(agents);
        const auto agent =
            agents->model()->index(0, 0).data(PagedListModel::RecordRole).value<RcsAgent>();
        QVERIFY(!agent.agentId.isEmpty());
        walkDialog(m_window->openRcsComposer(agent.agentId), u"RCS message"_s);
        walkDialog(m_window->openRcsDeeplink(agent.agentId), u"RCS deep link"_s);
        walkDialog(rcs->editAgent(agent), u"RCS agent"_s);
        walkDialog(rcs->inviteTestNumber(agent), u"RCS test numbers"_s);
        verifyNoProblems();
    }

    void everyTollFreeWizardPageIsNamedAndTabsInReadingOrder()
    {
        TollFreeWizard *wizard = m_window->openTollFreeWizard();
        wizard->startFromCopy(sampleTollFreeRequest());
        wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        while (true) {
            walk(wizard, u"toll-free wizard, "_s + wizard->currentPage()->objectName());
            if (wizard->currentId() == TollFreeWizard::ReviewPageId)
                break;
            const int before = wizard->currentId();
            wizard->next();
            QCOMPARE_NE(wizard->currentId(), before);
        }
        wizard->close();
        verifyNoProblems();
    }

    void customPaintedWidgetsSpeakTheirContent()
    {
        // The Today chart: each bar's status and count.
        m_window->showArea(u"today"_s);
        auto *chart = m_window->findChild<StatusCountChart *>();
        QTRY_VERIFY(!chart->accessibleDescription().isEmpty());
        QVERIFY(!accessibleName(chart).isEmpty());

        // A status badge cell: the screen reader reads the status the badge shows.
        m_window->showArea(u"tollFree"_s);
        auto *table = m_window->findChild<StateTableView *>(u"tollFreeTable"_s);
        selectFirstRow(table);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(table);
        QVERIFY(view && view->tableInterface());
        const int statusColumn = [&] {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                if (table->model()->headerData(column, Qt::Horizontal) == u"Status"_s)
                    return column;
            }
            return -1;
        }();
        QVERIFY(statusColumn >= 0);
        QAccessibleInterface *cell = view->tableInterface()->cellAt(0, statusColumn);
        QVERIFY(cell);
        const QString status = table->model()->index(0, statusColumn).data().toString();
        QVERIFY(!status.isEmpty());
        QCOMPARE(cell->text(QAccessible::Name), status);

        // The status timeline: every entry as text, newest first, kept up to date.
        // By name: the canvas has no meta-object of its own to find it by type.
        auto *timeline = m_window->findChild<QWidget *>(u"statusTimelineCanvas"_s);
        auto *history = m_window->findChild<TollFreeDetailPane *>()->historyModel();
        QVERIFY(timeline && history);
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() > 0, 10000);
        QVERIFY(!accessibleName(timeline).isEmpty());
        QTRY_VERIFY2(timeline->accessibleDescription().startsWith(
                         StatusTimelineCanvas::entryText(history, history->rowCount() - 1)),
                     qPrintable(timeline->accessibleDescription()));
        QCOMPARE(timeline->accessibleDescription().count(u'\n') + 1 -
                     timeline->accessibleDescription().count(u"Reason: "_s),
                 history->rowCount());

        // The QR code: the link it encodes.
        const QString agentId = m_window->findChild<RcsArea *>()
                                    ->agentsModel()
                                    ->index(0, 0)
                                    .data(PagedListModel::IdRole)
                                    .toString();
        RcsDeeplinkDialog *deeplink = m_window->openRcsDeeplink(agentId);
        QVERIFY(QTest::qWaitForWindowActive(deeplink));
        QVERIFY(tabTo(find<QLineEdit>(deeplink, u"bodyEdit"_s)));
        QTest::keyClicks(focused(deeplink), u"Hello"_s);
        QTest::keyClick(focused(deeplink), Qt::Key_Return); // Enter generates
        auto *url = find<QLineEdit>(deeplink, u"urlEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!url->text().isEmpty(), 10000);
        QTRY_COMPARE(find<QLabel>(deeplink, u"qrLabel"_s)->accessibleDescription(), url->text());
        deeplink->close();
    }

    void tollFreeWizardIsCompletedWithKeysOnly()
    {
        auto *records = new TollFreeRecords(&m_sandbox->client);
        TollFreeWizard wizard(records, m_drafts.get());
        records->setParent(&wizard);
        QSignalSpy submitted(&wizard, &TollFreeWizard::submitted);
        wizard.startNew();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        const QList<QList<std::pair<QString, QString>>> pages{
            {{u"businessName"_s, u"Keyboard Dental LLC"_s},
             {u"entityType"_s, u"Priv"_s},
             {u"corporateWebsite"_s, u"https://keyboarddental.example"_s},
             {u"businessAddr1"_s, u"600 Congress Avenue"_s},
             {u"businessCity"_s, u"Austin"_s},
             {u"businessState"_s, u"Texas"_s},
             {u"businessZip"_s, u"78701"_s}},
            {{u"businessContactFirstName"_s, u"Jane"_s},
             {u"businessContactLastName"_s, u"Doe"_s},
             {u"businessContactEmail"_s, u"jane@keyboarddental.example"_s},
             {u"businessContactPhone"_s, u"+15125550100"_s}},
            {{u"useCase"_s, u"Appointments"_s},
             {u"useCaseSummary"_s, u"Appointment reminders for patients who booked online."_s},
             {u"messageVolume"_s, u"10,000"_s}},
            {{u"productionMessageContent"_s,
              u"Keyboard Dental: your appointment is tomorrow. Reply STOP to opt out."_s},
             {u"optInWorkflow"_s, u"Patients tick an unchecked SMS consent box on the form."_s},
             {u"optInWorkflowImageURLs"_s, u"https://keyboarddental.example/optin.png"_s}},
            {{u"phoneNumbers"_s, u"+18885550171\n+18775550172"_s}},
            {{u"additionalInformation"_s, u"Reminders only; no marketing."_s}},
        };
        for (const auto &fields : pages) {
            const int page = wizard.currentId();
            for (const auto &[field, text] : fields) {
                QWidget *editor = wizard.formPage(page)->editor(field);
                QVERIFY2(editor, qPrintable(field));
                QVERIFY2(tabTo(editor), qPrintable(field));
                typeHere(text, &wizard);
            }
            QVERIFY2(tabTo(find<QAbstractButton>(&wizard, u"nextButton"_s)),
                     qPrintable(wizard.currentPage()->objectName() + u": "_s +
                                wizard.formPage(page)->problems().join(u"; "_s)));
            QTest::keyClick(focused(&wizard), Qt::Key_Space);
            QTRY_COMPARE(wizard.currentId(), page + 1);
        }
        QCOMPARE(wizard.currentId(), int(TollFreeWizard::ReviewPageId));
        auto *acknowledge = find<QCheckBox>(&wizard, u"acknowledgeWarningsCheck"_s);
        if (acknowledge->isVisible())
            QVERIFY(press(acknowledge));
        auto *submit = find<QAbstractButton>(&wizard, u"submitButton"_s);
        QTRY_VERIFY(submit->isEnabled());
        QVERIFY(tabTo(submit));
        QTest::keyClick(submit, Qt::Key_Return); // Enter confirms
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
        QVERIFY(m_sandbox->waitUntilIdle());
        QCOMPARE(m_sandbox->requestCount(tollFreeCreatePath), 1);
        bool found = false;
        const QJsonArray log = m_sandbox->requestLog();
        for (const QJsonValue &entry : log) {
            const QJsonObject body = entry.toObject().value(u"body"_s).toObject();
            found = found || body.value(u"businessName"_s).toString() == u"Keyboard Dental LLC"_s;
        }
        QVERIFY(found);
    }

    void hostedOrderWizardIsCompletedWithKeysOnlyAndEveryPageWalked()
    {
        const QString loa = m_files->filePath(u"loa.pdf"_s);
        const QString bill = m_files->filePath(u"bill.pdf"_s);
        writePdf(loa, u"Letter of authorization"_s);
        writePdf(bill, u"Carrier bill"_s);
        HostedRecords records(&m_sandbox->client);
        HostedOrderWizard wizard(&records, m_drafts.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *next = find<QAbstractButton>(&wizard, u"nextButton"_s);
        const auto pageName = [&]() -> QString {
            return u"hosted wizard, "_s + wizard.currentPage()->objectName();
        };

        // Numbers, typed one a line.
        walk(&wizard, pageName());
        QVERIFY(tabTo(find<QPlainTextEdit>(&wizard, u"numbersEdit"_s)));
        typeHere(u"+13125990101\n(312) 599-0102"_s, &wizard);
        QVERIFY(press(next));
        // Eligibility: checked on entering.
        QTRY_COMPARE(wizard.currentId(), int(HostedOrderWizard::EligibilityPageId));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        walk(&wizard, pageName());
        QVERIFY(press(next));
        // Create: the commit button.
        QTRY_COMPARE(wizard.currentId(), int(HostedOrderWizard::CreatePageId));
        walk(&wizard, pageName());
        QVERIFY(press(find<QAbstractButton>(&wizard, u"createOrderButton"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(HostedOrderWizard::DocumentsPageId),
                                  10000);
        QCOMPARE(m_sandbox->requestCount(hostedCreatePath), 1);
        const QString orderId = wizard.orderId();
        QVERIFY(!orderId.isEmpty());
        walk(&wizard, pageName());

        // Documents: each chosen through its file dialog, the path typed.
        for (const auto &[key, path] : {std::pair{u"loa"_s, loa}, std::pair{u"bill"_s, bill}}) {
            QVERIFY(press(find<QPushButton>(&wizard, key + u"ChooseButton"_s)));
            QFileDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>(key + u"FileDialog"_s)));
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTRY_COMPARE(QApplication::activeWindow(), dialog);
            typeHere(path, dialog);
            QTest::keyClick(focused(dialog), Qt::Key_Return);
            auto *field = find<PdfDocumentField>(&wizard, key + u"Field"_s);
            QTRY_COMPARE(field->path(), path);
            QTRY_VERIFY_WITH_TIMEOUT(!field->isChecking(), 10000);
            QVERIFY2(field->isAcceptable(), qPrintable(field->problem()));
            // The preview is read as text: which file, how many pages.
            QTRY_VERIFY2(field->previewLabel()->accessibleDescription().contains(u"1 page"_s),
                         qPrintable(field->previewLabel()->accessibleDescription()));
            // A window manager hands the activation back to the wizard; offscreen has none.
            wizard.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&wizard));
            QTRY_COMPARE(QApplication::activeWindow(), &wizard);
        }
        walk(&wizard, pageName() + u" (chosen)"_s);
        QVERIFY(press(find<QPushButton>(&wizard, u"uploadButton"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QVERIFY(press(next));

        // Codes: sent, then typed into the table row by row.
        QTRY_COMPARE(wizard.currentId(), int(HostedOrderWizard::CodesPageId));
        walk(&wizard, pageName());
        QVERIFY(press(find<QPushButton>(&wizard, u"sendCodesButton"_s)));
        QHash<QString, QString> sent;
        QTRY_VERIFY_WITH_TIMEOUT((sent = m_sandbox->verificationCodes(orderId)).size() == 2, 10000);
        auto *codes = find<QTableWidget>(&wizard, u"codesTable"_s);
        QTRY_VERIFY(codes->isEnabled());
        QVERIFY(tabTo(codes));
        for (int row = 0; row < codes->rowCount(); ++row) {
            QCOMPARE(codes->currentRow(), row);
            typeHere(sent.value(codes->item(row, 0)->text()) + u'\n', codes);
            QTest::keyClick(codes, Qt::Key_Down);
        }
        QVERIFY(press(find<QPushButton>(&wizard, u"validateCodesButton"_s)));

        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QVERIFY(press(next));

        // Done: Enter finishes.
        QTRY_COMPARE(wizard.currentId(), int(HostedOrderWizard::DonePageId));
        walk(&wizard, pageName());
        QTest::keyClick(focused(&wizard), Qt::Key_Return);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(m_sandbox->requestCount(hostedCreatePath), 1);
        verifyNoProblems();
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
