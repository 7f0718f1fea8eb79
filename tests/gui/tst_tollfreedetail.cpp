#include "api/tollfreeapi.h"
#include "builtin/builtinsandbox.h"
#include "consoleenglish.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "mainwindow.h"
#include "samplerequests.h"
#include "sandboxsession.h"
#include "sandboxtestbed.h"
#include "session/consolesession.h"
#include "session/tollfreewatcher.h"
#include "statushistorymodel.h"
#include "storage/credentialstore.h"
#include "storage/profilestore.h"
#include "tollfree/statustimeline.h"
#include "tollfree/tollfreedetailpane.h"
#include "tollfreerecords.h"
#include "tollfreerequestsmodel.h"
#include "widgets/notifier.h"
#include "widgets/statetableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The toll-free detail pane and its status timeline against the in-process sandbox (clock
// frozen, so the seeded requests keep their statuses). Requests are picked by status with the
// list's server-side filter.
class TestTollFreeDetail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;

    TollFreeVerificationRequest firstWithStatus(const QString &status)
    {
        return m_bed->firstTollFreeWithStatus(status);
    }

    int retrieveStatus(const QString &id)
    {
        auto *call = TollFreeApi(&m_bed->client).retrieve(id);
        int status = 0;
        connect(call, &ApiCall::done, this, [&] { status = call->httpStatus(); });
        SandboxTestbed::wait(call);
        return status;
    }

    QList<TfvStatusChange> serverHistory(const QString &id)
    {
        auto *call = TollFreeApi(&m_bed->client).statusHistory(id, 1, 1000);
        QList<TfvStatusChange> changes;
        connect(call, &ApiCall::finished, this, [&] { changes = call->result().items; });
        SandboxTestbed::wait(call);
        return changes;
    }

    template<typename T> static T *child(QObject *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    static bool waitForHistory(TollFreeDetailPane &pane)
    {
        return QTest::qWaitFor(
            [&] { return pane.historyModel()->state() == StatusHistoryModel::State::Loaded; },
            10000);
    }

    static void saveScreenshot(QWidget *widget, const char *name)
    {
        // For reviewing the look by eye: TFV_SCREENSHOT_DIR=/tmp
        const QString dir = qEnvironmentVariable("TFV_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + QString::fromLatin1(name) + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, QStringLiteral("tollfree-detail-test")));
        // What users see: "1 row", "3 rows" (main.cpp installs the same).
        installEnglish();
        qRegisterMetaType<TollFreeVerificationRequest>();
        SandboxOptions options;
        options.speed = 0;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
    }

    void init() { m_bed->clearFaults(); }

    void cleanupTestCase() { m_bed.reset(); }

    void showsEveryFieldInTheWizardsGroups()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Waiting For Customer"_s);
        QVERIFY(!request.id.isEmpty());
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.setRequest(request);

        QStringList titles;
        const QList<QGroupBox *> groups = pane.findChildren<QGroupBox *>();
        for (const QGroupBox *group : groups)
            titles.append(group->title());
        QCOMPARE(titles,
                 (QStringList{u"Business"_s, u"Contact"_s, u"Use case"_s, u"Messages and opt-in"_s,
                              u"Phone numbers"_s, u"Additional information"_s}));

        const QStringList fields = TollFreeVerificationRequest::requiredFieldNames() +
                                   TollFreeVerificationRequest::optionalFieldNames();
        QCOMPARE(fields.size(), 33);
        for (const QString &field : fields)
            QVERIFY2(child<QLabel>(&pane, u"field_"_s + field), qPrintable(field));

        QVERIFY(child<QLabel>(&pane, u"field_businessName"_s)
                    ->text()
                    .contains(request.businessName.toHtmlEscaped()));
        const QString numbers = child<QLabel>(&pane, u"field_phoneNumbers"_s)->text();
        for (const QString &number : request.phoneNumbers)
            QVERIFY(numbers.contains(number));
        QVERIFY(child<QLabel>(&pane, u"field_businessState"_s)
                    ->text()
                    .contains(request.businessState.toHtmlEscaped()));
        QVERIFY(child<QLabel>(&pane, u"detailMeta"_s)->text().contains(request.id));
    }

    void waitingForCustomerShowsReasonAndNextStep()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Waiting For Customer"_s);
        QVERIFY(!request.reason.isEmpty());
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.resize(620, 1100);
        pane.show();
        pane.setRequest(request);

        auto *callout = child<QFrame>(&pane, u"reasonCallout"_s);
        QVERIFY(callout->isVisible());
        QVERIFY(child<QLabel>(&pane, u"reasonLabel"_s)->text().contains(request.reason));
        const QString next = child<QLabel>(&pane, u"nextStepLabel"_s)->text();
        QVERIFY(next.contains(u"Edit and resubmit"_s));
        QVERIFY(child<QPushButton>(&pane, u"editResubmitButton"_s)->isEnabled());
        QVERIFY(waitForHistory(pane));
        saveScreenshot(&pane, "tfv-detail-waiting");
    }

    void rejectedShowsReasonToo()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Rejected"_s);
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.resize(620, 1000);
        pane.show();
        pane.setRequest(request);
        QVERIFY(child<QFrame>(&pane, u"reasonCallout"_s)->isVisible());
        QVERIFY(child<QLabel>(&pane, u"reasonLabel"_s)->text().contains(request.reason));
        QVERIFY(child<QLabel>(&pane, u"nextStepLabel"_s)->text().contains(u"delete"_s));
        QVERIFY(waitForHistory(pane));
        saveScreenshot(&pane, "tfv-detail-rejected");
    }

    void actionsFollowTheStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("canEdit");
        QTest::addColumn<bool>("canDelete");
        QTest::addColumn<bool>("callout");
        QTest::newRow("in progress") << u"In Progress"_s << false << false << false;
        QTest::newRow("waiting for telnyx") << u"Waiting For Telnyx"_s << false << false << false;
        QTest::newRow("waiting for vendor") << u"Waiting For Vendor"_s << false << false << false;
        QTest::newRow("waiting for customer") << u"Waiting For Customer"_s << true << false << true;
        QTest::newRow("verified") << u"Verified"_s << false << false << false;
        QTest::newRow("rejected") << u"Rejected"_s << true << true << true;
    }

    void actionsFollowTheStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, canEdit);
        QFETCH(bool, canDelete);
        QFETCH(bool, callout);
        const TollFreeVerificationRequest request = firstWithStatus(status);
        QCOMPARE(request.verificationStatus, status);
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(request);

        auto *edit = child<QPushButton>(&pane, u"editResubmitButton"_s);
        auto *remove = child<QPushButton>(&pane, u"deleteRequestButton"_s);
        QCOMPARE(edit->isEnabled(), canEdit);
        QCOMPARE(remove->isEnabled(), canDelete);
        QVERIFY(child<QPushButton>(&pane, u"duplicateButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&pane, u"copyIdButton"_s)->isEnabled());
        QCOMPARE(child<QFrame>(&pane, u"reasonCallout"_s)->isVisible(), callout);
        if (!canDelete) {
            // The tooltip says why: only rejected requests can be deleted.
            QVERIFY(remove->toolTip().contains(u"Only rejected requests can be deleted"_s));
            QVERIFY(remove->toolTip().contains(tfvStatusLabel(status)));
            // Clicking a disabled button does nothing, and no DELETE is sent.
            m_bed->resetRequests();
            QTest::mouseClick(remove, Qt::LeftButton);
            pane.requestDelete(); // also refused when called directly
            QVERIFY(!child<QMessageBox>(&pane, u"confirmDeleteDialog"_s));
            QCOMPARE(m_bed->requestCount(u"DELETE /v2"_s + TollFreeApi::requestPath(request.id)),
                     0);
        }
        if (!canEdit)
            QVERIFY(edit->toolTip().contains(tfvStatusLabel(status)));
    }

    void deletesARejectedRequestAfterConfirming()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Rejected"_s);
        QVERIFY(!request.id.isEmpty());
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(request);
        QSignalSpy deleted(&pane, &TollFreeDetailPane::deleted);

        QTest::mouseClick(child<QPushButton>(&pane, u"deleteRequestButton"_s), Qt::LeftButton);
        auto *dialog = child<QMessageBox>(&pane, u"confirmDeleteDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->text().contains(request.businessName.toHtmlEscaped()));
        for (const QString &number : request.phoneNumbers)
            QVERIFY(dialog->informativeText().contains(number));
        QCOMPARE(deleted.size(), 0); // nothing happens before the answer
        QVERIFY(pane.hasRequest());
        saveScreenshot(dialog, "tfv-confirm-delete");

        QTest::mouseClick(child<QPushButton>(dialog, u"confirmDeleteButton"_s), Qt::LeftButton);
        QVERIFY(deleted.wait(10000));
        QCOMPARE(deleted.at(0).at(0).toString(), request.id);
        QCOMPARE(retrieveStatus(request.id), 404);
        QVERIFY(!pane.hasRequest());
        QVERIFY(child<QLabel>(&pane, u"detailPlaceholder"_s)->text().contains(u"deleted"_s));
    }

    // The realistic sandbox answers the delete with a plain-text body, which the SDK never
    // reads: still a success, and the list no longer shows the request.
    void deletesAgainstTheRealisticSandbox()
    {
        m_bed->control("POST", u"/_sandbox/mode"_s, QJsonObject{{u"realistic"_s, true}});
        const auto restore = qScopeGuard([this] {
            m_bed->control("POST", u"/_sandbox/mode"_s, QJsonObject{{u"realistic"_s, false}});
        });
        const TollFreeVerificationRequest request = firstWithStatus(u"Rejected"_s);
        QVERIFY(!request.id.isEmpty());
        TollFreeRequestsModel list(&m_bed->client);
        const auto listed = [&list](const QString &id) {
            for (int row = 0; row < list.rowCount(); ++row) {
                if (list.rowAt(row).id == id)
                    return true;
            }
            return false;
        };
        list.reload();
        QTRY_VERIFY_WITH_TIMEOUT(list.state() != PagedListModel::State::Loading, 10000);
        list.loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(list.state(), PagedListModel::State::Loaded, 10000);
        QVERIFY(listed(request.id));

        TollFreeRecords records(&m_bed->client);

        TollFreeDetailPane pane(&records);
        connect(&pane, &TollFreeDetailPane::deleted, &list, &TollFreeRequestsModel::reload);
        pane.show();
        pane.setRequest(request);
        QSignalSpy deleted(&pane, &TollFreeDetailPane::deleted);
        pane.requestDelete();
        auto *dialog = child<QMessageBox>(&pane, u"confirmDeleteDialog"_s);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"confirmDeleteButton"_s), Qt::LeftButton);
        QVERIFY(deleted.wait(10000));
        QVERIFY2(pane.errorText().isEmpty(), qPrintable(pane.errorText()));
        QVERIFY(!child<QLabel>(&pane, u"detailErrorLabel"_s)->isVisible());
        QCOMPARE(retrieveStatus(request.id), 404);

        QTRY_VERIFY_WITH_TIMEOUT(list.state() != PagedListModel::State::Loading, 10000);
        list.loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(list.state(), PagedListModel::State::Loaded, 10000);
        QVERIFY(list.rowCount() > 0);
        QVERIFY(!listed(request.id));
    }

    void cancellingTheConfirmationDeletesNothing()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Rejected"_s);
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(request);
        QSignalSpy deleted(&pane, &TollFreeDetailPane::deleted);
        m_bed->resetRequests();

        QTest::mouseClick(child<QPushButton>(&pane, u"deleteRequestButton"_s), Qt::LeftButton);
        auto *dialog = child<QMessageBox>(&pane, u"confirmDeleteDialog"_s);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"cancelDeleteButton"_s), Qt::LeftButton);
        QVERIFY(m_bed->waitUntilIdle()); // a DELETE, had one been sent, is answered and counted
        QCOMPARE(deleted.size(), 0);
        QCOMPARE(m_bed->requestCount(u"DELETE /v2"_s + TollFreeApi::requestPath(request.id)), 0);
        QCOMPARE(retrieveStatus(request.id), 200);
        QVERIFY(pane.hasRequest());
    }

    void deleteFailureIsShownInline()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Rejected"_s);
        m_bed->addFault({{u"method"_s, u"DELETE"_s},
                         {u"path"_s, QString(u"/v2"_s + TollFreeApi::requestPath(request.id))},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 400},
                         {u"count"_s, 1}});
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(request);
        QSignalSpy deleted(&pane, &TollFreeDetailPane::deleted);
        pane.requestDelete();
        auto *dialog = child<QMessageBox>(&pane, u"confirmDeleteDialog"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"confirmDeleteButton"_s), Qt::LeftButton);
        QVERIFY(pane.isDeleting());
        QVERIFY(!child<QPushButton>(&pane, u"deleteRequestButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isDeleting(), 10000);
        QVERIFY(!pane.errorText().isEmpty());
        QVERIFY(child<QLabel>(&pane, u"detailErrorLabel"_s)->isVisible());
        QCOMPARE(deleted.size(), 0);
        QVERIFY(pane.hasRequest());
        QVERIFY(child<QPushButton>(&pane, u"deleteRequestButton"_s)->isEnabled()); // try again
    }

    void changingTheRequestCancelsItsCalls()
    {
        const TollFreeVerificationRequest rejected = firstWithStatus(u"Rejected"_s);
        const TollFreeVerificationRequest other = firstWithStatus(u"Verified"_s);
        m_bed->addFault(
            {{u"method"_s, u"*"_s},
             {u"path"_s, QString(u"/v2"_s + TollFreeApi::requestPath(rejected.id) + u"*"_s)},
             {u"kind"_s, u"delay"_s},
             {u"delay_ms"_s, 600},
             {u"count"_s, 0}});
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(rejected);
        QVERIFY(pane.historyModel()->isLoading());
        QSignalSpy deleted(&pane, &TollFreeDetailPane::deleted);
        pane.requestDelete();
        QTest::mouseClick(child<QPushButton>(child<QMessageBox>(&pane, u"confirmDeleteDialog"_s),
                                             u"confirmDeleteButton"_s),
                          Qt::LeftButton);
        QVERIFY(pane.isDeleting());

        pane.setRequest(other);
        QVERIFY(!pane.isDeleting());
        QVERIFY(waitForHistory(pane));
        QCOMPARE(pane.historyModel()->requestId(), other.id);
        // The calls for the first request, unless cancelled, stay in flight until their delayed
        // answers have landed.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(deleted.size(), 0);
        QCOMPARE(pane.requestId(), other.id);
        QCOMPARE(pane.historyModel()->currentStatus(), u"Verified"_s);
    }

    void timelineHasOneMarkPerChange()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Waiting For Customer"_s);
        const QList<TfvStatusChange> history = serverHistory(request.id);
        QVERIFY(history.size() >= 2);
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.resize(620, 1000);
        pane.show();
        pane.setRequest(request);
        QVERIFY(waitForHistory(pane));

        StatusTimeline *timeline = pane.timeline();
        QVERIFY(timeline->placeholderText().isEmpty());
        QCOMPARE(timeline->markCount(), int(history.size()));
        QSet<int> tops;
        for (int row = 0; row < history.size(); ++row) {
            const QRect mark = timeline->markRect(row);
            QVERIFY(!mark.isNull());
            tops.insert(mark.top());
        }
        QCOMPARE(tops.size(), int(history.size())); // one mark each, not drawn over one another
        // Newest on top.
        QVERIFY(timeline->markRect(int(history.size()) - 1).top() < timeline->markRect(0).top());

        const QString text = timeline->plainText();
        for (const TfvStatusChange &change : history) {
            QVERIFY2(text.contains(change.verificationStatus), qPrintable(text));
            if (!change.reason.isEmpty())
                QVERIFY2(text.contains(change.reason), qPrintable(change.reason));
        }
        QVERIFY(text.contains(request.businessName));
        QVERIFY(text.contains(u"Current status: Waiting For Customer"_s));
        QVERIFY(text.contains(u"Total age: "_s));
        saveScreenshot(timeline, "tfv-timeline");
    }

    void timelineCopiesAsText()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Verified"_s);
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.resize(600, 900);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setRequest(request);
        QVERIFY(waitForHistory(pane));
        StatusTimeline *timeline = pane.timeline();

        QGuiApplication::clipboard()->clear();
        QSignalSpy copied(timeline, &StatusTimeline::copied);
        QTest::mouseClick(child<QWidget>(timeline, u"copyTimelineButton"_s), Qt::LeftButton);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), timeline->plainText());

        // Ctrl+C with the focus in the timeline copies the same text.
        QGuiApplication::clipboard()->clear();
        pane.activateWindow();
        timeline->canvas()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QTest::keyClick(timeline->canvas(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(copied.size(), 2);
        QCOMPARE(QGuiApplication::clipboard()->text(), timeline->plainText());
    }

    void timelineStates()
    {
        StatusHistoryModel model(&m_bed->client);
        StatusTimeline timeline;
        timeline.resize(420, 360);
        timeline.show();
        QVERIFY(timeline.placeholderText().contains(u"Select a request"_s)); // no model
        timeline.setModel(&model);
        QVERIFY(timeline.placeholderText().contains(u"Select a request"_s));
        QVERIFY(!timeline.copyAction()->isEnabled());

        const TollFreeVerificationRequest request = firstWithStatus(u"In Progress"_s);
        const QString path = u"/v2"_s + TollFreeApi::requestPath(request.id) + u"/status_history"_s;
        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, path},
                         {u"kind"_s, u"delay"_s},
                         {u"delay_ms"_s, 300}});
        model.setRequest(request.id);
        QVERIFY(timeline.placeholderText().contains(u"Loading"_s));
        saveScreenshot(&timeline, "tfv-timeline-loading");
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), StatusHistoryModel::State::Loaded, 10000);
        QVERIFY(timeline.placeholderText().isEmpty());
        QVERIFY(timeline.copyAction()->isEnabled());

        m_bed->addFault({{u"method"_s, u"GET"_s},
                         {u"path"_s, path},
                         {u"kind"_s, u"status"_s},
                         {u"status"_s, 403},
                         {u"count"_s, 1}});
        model.clear();
        model.setRequest(request.id);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), StatusHistoryModel::State::Failed, 10000);
        QVERIFY(timeline.placeholderText().contains(u"could not be loaded"_s));
        auto *retry = child<QWidget>(&timeline, u"timelineRetryButton"_s);
        QVERIFY(retry->isVisible());
        saveScreenshot(&timeline, "tfv-timeline-error");
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), StatusHistoryModel::State::Loaded, 10000);
        QVERIFY(!retry->isVisible());

        model.setChanges({});
        QVERIFY(timeline.placeholderText().contains(u"No status changes"_s));
        QCOMPARE(timeline.markCount(), 0);
        QVERIFY(timeline.plainText().isEmpty());
    }

    void copyIdPutsTheIdOnTheClipboard()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"In Progress"_s);
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(request);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&pane, u"copyIdButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), request.id);
    }

    void editAndDuplicateAreAnnounced()
    {
        const TollFreeVerificationRequest request = firstWithStatus(u"Waiting For Customer"_s);
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        pane.setRequest(request);
        QSignalSpy edit(&pane, &TollFreeDetailPane::editRequested);
        QSignalSpy duplicate(&pane, &TollFreeDetailPane::duplicateRequested);
        QTest::mouseClick(child<QPushButton>(&pane, u"editResubmitButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&pane, u"duplicateButton"_s), Qt::LeftButton);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.at(0).at(0).value<TollFreeVerificationRequest>().id, request.id);
        QCOMPARE(duplicate.size(), 1);
        QCOMPARE(duplicate.at(0).at(0).value<TollFreeVerificationRequest>(), request);
    }

    void clearingShowsThePlaceholder()
    {
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.show();
        QVERIFY(child<QLabel>(&pane, u"detailPlaceholder"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&pane, u"copyIdButton"_s)->isEnabled());
        pane.setRequest(firstWithStatus(u"Verified"_s));
        QVERIFY(!child<QLabel>(&pane, u"detailPlaceholder"_s)->isVisible());
        pane.setRequest({});
        QVERIFY(!pane.hasRequest());
        QVERIFY(child<QLabel>(&pane, u"detailPlaceholder"_s)->isVisible());
        QCOMPARE(pane.historyModel()->state(), StatusHistoryModel::State::Empty);
    }

    void notifierFallsBackToTheStatusBar()
    {
        QMainWindow window;
        Notifier notifier(window.statusBar());
        window.show();
        notifier.setTrayAllowed(false);
        notifier.setToastDurationMs(150);
        QSignalSpy notified(&notifier, &Notifier::notified);
        auto *label = child<QLabel>(window.statusBar(), u"notificationLabel"_s);
        QVERIFY(label);
        QVERIFY(!label->isVisible());

        notifier.notify(u"Verified"_s, u"Acme Dental LLC is verified"_s);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(2).value<Notifier::Channel>(), Notifier::Channel::StatusBar);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(u"Acme Dental LLC is verified"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), 3000); // the toast goes away by itself

        // Without a tray on this platform, allowing it changes nothing.
        notifier.setTrayAllowed(true);
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            QCOMPARE(notifier.channel(), Notifier::Channel::StatusBar);
    }

    // The main window's wiring: selecting a row fills the pane; the watcher sees the selected
    // request change status, the notification shows in the status bar, the request's row is
    // updated in place (no reload) and the pane keeps showing it with its new status and history.
    void mainWindowWatchesSelectedRequest()
    {
        FrozenSandboxSession sandbox(m_home.filePath(u"profiles.ini"_s));
        QVERIFY(sandbox.activate());
        ConsoleSession &session = *sandbox.session();

        const QString business = u"Main Window Dental [customer]"_s;
        auto *create = TollFreeApi(session.client()).create(sampleTollFreeRequest(business));
        QString id;
        connect(create, &ApiCall::finished, this, [&] { id = create->result().id; });
        QVERIFY(SandboxTestbed::wait(create));

        MainWindow window(&session);
        window.showArea(u"tollFree"_s);
        window.show();
        // The session's watcher is the one the window's list feeds.
        TollFreeWatcher *watcher = session.tollFreeWatcher();
        watcher->setIntervalMs(50);
        auto *page = child<ListPage>(&window, u"tollFreePage"_s);
        auto *pane = child<TollFreeDetailPane>(&window, u"tollFreeDetailPane"_s);
        QVERIFY(page && pane);
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 10000);
        QCOMPARE(page->model()->index(0, 0).data(PagedListModel::IdRole).toString(), id);
        QTRY_VERIFY(watcher->isWatching(id));

        page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
        QCOMPARE(pane->requestId(), id);
        QCOMPARE(pane->request().verificationStatus, u"In Progress"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pane->historyModel()->state(), StatusHistoryModel::State::Loaded,
                                  10000);
        QCOMPARE(pane->historyModel()->rowCount(), 1);

        // Move the sandbox's clock past the outcome.
        QSignalSpy reloaded(page->model(), &QAbstractItemModel::modelReset);
        QNetworkAccessManager network;
        QUrl advance = session.client()->baseUrl();
        advance.setPath(u"/_sandbox/advance"_s);
        QNetworkRequest request(advance);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-Sandbox-Token", session.sandboxControlToken().toUtf8());
        QNetworkReply *reply = network.post(request, QByteArray("{\"seconds\": 7200}"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        reply->deleteLater();

        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            // No tray here: the toast in the status bar tells the user.
            QTRY_VERIFY_WITH_TIMEOUT(
                child<QLabel>(&window, u"notificationLabel"_s) &&
                    child<QLabel>(&window, u"notificationLabel"_s)->isVisible(),
                10000);
            QVERIFY(child<QLabel>(&window, u"notificationLabel"_s)
                        ->text()
                        .contains(u"Main Window Dental"_s));
        }
        QTRY_COMPARE_WITH_TIMEOUT(pane->request().verificationStatus, u"Waiting For Customer"_s,
                                  10000);
        QVERIFY(child<QFrame>(pane, u"reasonCallout"_s)->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(0, 0).data(PagedListModel::StatusRole),
                                  QVariant(u"Waiting For Customer"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->currentIndex().data(PagedListModel::IdRole),
                                  QVariant(id), 10000);
        QCOMPARE(reloaded.size(), 0);
        QCOMPARE(pane->requestId(), id);
        QTRY_COMPARE_WITH_TIMEOUT(pane->historyModel()->currentStatus(), u"Waiting For Customer"_s,
                                  10000);
        QCOMPARE(pane->historyModel()->rowCount(), 3);
        saveScreenshot(&window, "tfv-mainwindow");
    }
};

QTEST_MAIN(TestTollFreeDetail)
#include "tst_tollfreedetail.moc"
