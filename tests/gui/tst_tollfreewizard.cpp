// The toll-free verification wizard, driven through its widgets by objectName against the
// in-process sandbox: typing a whole request, validation as typed, review and warnings,
// exactly one request per submit, drafts that survive destruction and SIGKILL, 422 mapping,
// other failures, edit and resubmit, duplicate, CSV import and the Drafts list.

#include "api/tollfreeapi.h"
#include "consoleenglish.h"
#include "isolatedhome.h"
#include "samplerequests.h"
#include "sandboxtestbed.h"
#include "statushistorymodel.h"
#include "storage/draftstore.h"
#include "tollfree/draftsdialog.h"
#include "tollfree/statustimeline.h"
#include "tollfree/tollfreeimport.h"
#include "tollfree/tollfreewizard.h"
#include "tollfree/tollfreewizardpages.h"
#include "tollfreerecords.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString createPath = u"POST /v2/messaging_tollfree/verification/requests"_s;
const QString crashChildVariable = u"TFV_WIZARD_CRASH_CHILD_DRAFTS"_s;

QString tollFreeKind()
{
    return QString::fromLatin1(DraftStore::tollFreeKind);
}

} // namespace

class TestTollFreeWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTestbed> m_sandbox;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_draftDir;
    std::unique_ptr<DraftStore> m_drafts;

    template<typename T> static T *find(QWidget *root, const QString &name)
    {
        return root->findChild<T *>(name);
    }
    static QWidget *editor(TollFreeWizard &wizard, const QString &field)
    {
        const int page = wizard.pageOfField(field);
        return page < 0 ? nullptr : wizard.formPage(page)->editor(field);
    }
    static QAbstractButton *nextButton(TollFreeWizard &wizard)
    {
        return find<QAbstractButton>(&wizard, u"nextButton"_s);
    }
    static QAbstractButton *submitButton(TollFreeWizard &wizard)
    {
        return find<QAbstractButton>(&wizard, u"submitButton"_s);
    }

    // Types like a user: key clicks into the widget; "\n" presses Return.
    static void type(QWidget *target, const QString &text)
    {
        QVERIFY(target);
        QVERIFY2(target->isVisible(), qPrintable(target->objectName()));
        target->setFocus(Qt::MouseFocusReason); // as a click into the field would
        if (auto *combo = qobject_cast<QComboBox *>(target)) {
            QTest::keyClicks(
                combo->isEditable() ? static_cast<QWidget *>(combo->lineEdit()) : combo, text);
            return;
        }
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(target, Qt::Key_Return);
            QTest::keyClicks(target, lines.at(i));
        }
    }
    void typeField(TollFreeWizard &wizard, const char *field, const QString &text)
    {
        QWidget *target = editor(wizard, QString::fromLatin1(field));
        QVERIFY2(target, field);
        type(target, text);
    }
    // With TFV_WIZARD_SCREENSHOTS=<dir>, saves the page as <dir>/tollfree-wizard-<page>.png
    // (for the README and for looking at the layout without a display).
    static void screenshot(TollFreeWizard &wizard, const QString &suffix = {})
    {
        const QString directory = qEnvironmentVariable("TFV_WIZARD_SCREENSHOTS");
        if (directory.isEmpty() || !wizard.currentPage())
            return;
        wizard.grab().save(directory + u"/tollfree-wizard-"_s + wizard.currentPage()->objectName() +
                           suffix + u".png"_s);
    }
    void clickNext(TollFreeWizard &wizard)
    {
        screenshot(wizard);
        const int before = wizard.currentId();
        QAbstractButton *next = nextButton(wizard);
        QVERIFY2(next->isEnabled(), qPrintable(pageProblems(wizard)));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), before + 1);
    }
    static QString pageProblems(TollFreeWizard &wizard)
    {
        QWidget *page = wizard.currentPage();
        const auto labels = page->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->objectName().endsWith(u"PageProblems"_s))
                return label->text();
        }
        return {};
    }
    static QLabel *problemLabel(TollFreeWizard &wizard, const QString &field)
    {
        QWidget *target = editor(wizard, field);
        return target ? find<QLabel>(&wizard, target->objectName() + u"Problem"_s) : nullptr;
    }
    // From the current page to Review by clicking Next; ticks the warnings box if shown.
    void goToReviewAndAcknowledge(TollFreeWizard &wizard)
    {
        while (wizard.currentId() < TollFreeWizard::ReviewPageId) {
            clickNext(wizard);
            if (QTest::currentTestFailed())
                return;
        }
        auto *acknowledge = find<QCheckBox>(&wizard, u"acknowledgeWarningsCheck"_s);
        if (acknowledge->isVisible() && !acknowledge->isChecked())
            QTest::mouseClick(acknowledge, Qt::LeftButton, {},
                              QPoint(8, acknowledge->height() / 2));
        QTRY_VERIFY(submitButton(wizard)->isEnabled());
    }
    QJsonObject lastBody(const QString &methodAndPathPrefix)
    {
        const QJsonArray log = m_sandbox->requestLog();
        for (qsizetype i = log.size() - 1; i >= 0; --i) {
            const QJsonObject entry = log.at(i).toObject();
            const QString line =
                entry.value(u"method"_s).toString() + u' ' + entry.value(u"path"_s).toString();
            if (line.startsWith(methodAndPathPrefix))
                return entry.value(u"body"_s).toObject();
        }
        return {};
    }
    std::unique_ptr<TollFreeWizard> newWizard()
    {
        auto *records = new TollFreeRecords(&m_sandbox->client);
        auto wizard = std::make_unique<TollFreeWizard>(records, m_drafts.get());
        records->setParent(wizard.get());
        return wizard;
    }
    // A wizard shown with a complete copy of the sample request as a new draft.
    std::unique_ptr<TollFreeWizard> shownCopy(const QString &businessName = u"Acme Dental LLC"_s)
    {
        auto wizard = newWizard();
        wizard->startFromCopy(sampleTollFreeRequest(businessName));
        wizard->show();
        if (!QTest::qWaitForWindowActive(wizard.get()))
            qWarning("the wizard did not become active");
        return wizard;
    }
    // The next create answers 422 with these errors (no `source`, as the public docs show).
    void failNextCreateWith(const QJsonArray &errors)
    {
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_tollfree/verification/requests"_s,
                            u"status"_s,
                            {{u"status"_s, 422}, {u"body"_s, QJsonObject{{u"errors"_s, errors}}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"wizard-test"_s));
        // What users see: "1 row", "3 rows" (main.cpp installs the same).
        installEnglish();
        SandboxOptions options;
        options.speed = 0; // statuses move only through /_sandbox/advance
        options.records = 20;
        m_sandbox = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_sandbox->isListening());
    }
    void init()
    {
        m_draftDir = std::make_unique<QTemporaryDir>();
        m_drafts = std::make_unique<DraftStore>(m_draftDir->path());
        m_sandbox->clearFaults();
        m_sandbox->resetRequests();
    }
    void cleanup()
    {
        m_drafts.reset();
        m_draftDir.reset();
    }

    void everyFieldHasANamedEditor()
    {
        auto wizard = newWizard();
        QStringList found;
        for (int page = TollFreeWizard::BusinessPageId; page < TollFreeWizard::ReviewPageId;
             ++page) {
            for (const QString &field : wizard->formPage(page)->fieldNames()) {
                QWidget *target = editor(*wizard, field);
                QVERIFY(target);
                QVERIFY2(target->objectName().startsWith(field), qPrintable(field));
                QVERIFY2(!target->toolTip().isEmpty(), qPrintable(field));
                QVERIFY(problemLabel(*wizard, field));
                found.append(field);
            }
        }
        QCOMPARE(found, tollFreeFormFields());
        QCOMPARE(found.size(), 33);
        QCOMPARE(find<QComboBox>(wizard.get(), u"useCaseCombo"_s)->count(), 43);
        QCOMPARE(find<QComboBox>(wizard.get(), u"messageVolumeCombo"_s)->count(),
                 int(tfvMessageVolumes().size()));
        QCOMPARE(find<QComboBox>(wizard.get(), u"businessStateCombo"_s)->count(),
                 int(stateAndProvinceNames().size()));
        QCOMPARE(find<QComboBox>(wizard.get(), u"entityTypeCombo"_s)->count(), 6);
    }

    void typeAWholeRequestAndSubmitItOnce()
    {
        auto wizard = newWizard();
        QSignalSpy submitted(wizard.get(), &TollFreeWizard::submitted);
        wizard->startNew();
        wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));

        // Business: Next stays disabled and says why.
        QCOMPARE(wizard->currentId(), int(TollFreeWizard::BusinessPageId));
        QVERIFY(!nextButton(*wizard)->isEnabled());
        QVERIFY(pageProblems(*wizard).contains(u"Legal business name is required"_s));
        typeField(*wizard, "businessName", u"Acme Dental LLC"_s);
        QVERIFY(!pageProblems(*wizard).contains(u"Legal business name"_s));
        typeField(*wizard, "doingBusinessAs", u"Acme Smiles"_s);
        type(find<QComboBox>(wizard.get(), u"entityTypeCombo"_s), u"Priv"_s);
        typeField(*wizard, "corporateWebsite", u"acmedental.example"_s);
        QLabel *websiteProblem = problemLabel(*wizard, u"corporateWebsite"_s);
        QVERIFY(websiteProblem->isVisible());
        QVERIFY2(websiteProblem->text().contains(u"must start with"_s),
                 qPrintable(websiteProblem->text()));
        QVERIFY(editor(*wizard, u"corporateWebsite"_s)->property("fieldInvalid").toBool());
        screenshot(*wizard, u"-invalid"_s);
        auto *website = find<QLineEdit>(wizard.get(), u"corporateWebsiteEdit"_s);
        website->selectAll();
        type(website, u"https://acmedental.example"_s);
        QVERIFY(!websiteProblem->isVisible());
        QVERIFY(!website->property("fieldInvalid").toBool());
        typeField(*wizard, "businessAddr1", u"600 Congress Avenue"_s);
        typeField(*wizard, "businessAddr2", u"Suite 200"_s);
        typeField(*wizard, "businessCity", u"Austin"_s);
        typeField(*wizard, "businessState", u"TX"_s);
        QVERIFY(problemLabel(*wizard, u"businessState"_s)->text().contains(u"full name"_s));
        auto *state = find<QComboBox>(wizard.get(), u"businessStateCombo"_s);
        state->lineEdit()->selectAll();
        type(state, u"Texas"_s);
        typeField(*wizard, "businessZip", u"78701"_s);
        QVERIFY(nextButton(*wizard)->isEnabled()); // the registration fields are optional
        typeField(*wizard, "businessRegistrationNumber", u"12-3456789"_s);
        typeField(*wizard, "businessRegistrationType", u"EIN"_s);
        typeField(*wizard, "businessRegistrationCountry", u"us"_s);
        QCOMPARE(find<QLineEdit>(wizard.get(), u"businessRegistrationCountryEdit"_s)->text(),
                 u"US"_s);
        clickNext(*wizard);

        // Contact
        QVERIFY(!nextButton(*wizard)->isEnabled());
        typeField(*wizard, "businessContactFirstName", u"Jane"_s);
        typeField(*wizard, "businessContactLastName", u"Doe"_s);
        typeField(*wizard, "businessContactEmail", u"jane.doe@"_s);
        QVERIFY(!nextButton(*wizard)->isEnabled());
        QVERIFY(problemLabel(*wizard, u"businessContactEmail"_s)->isVisible());
        typeField(*wizard, "businessContactEmail", u"acmedental.example"_s);
        typeField(*wizard, "businessContactPhone", u"(512) 555-0100"_s);
        QTest::keyClick(editor(*wizard, u"businessContactPhone"_s), Qt::Key_Tab);
        QCOMPARE(find<QLineEdit>(wizard.get(), u"businessContactPhoneEdit"_s)->text(),
                 u"+15125550100"_s);
        clickNext(*wizard);

        // Use case: Political would need a token.
        QVERIFY(!nextButton(*wizard)->isEnabled());
        type(find<QComboBox>(wizard.get(), u"useCaseCombo"_s), u"Political"_s);
        QCOMPARE(find<QComboBox>(wizard.get(), u"useCaseCombo"_s)->currentText(), u"Political"_s);
        QVERIFY(pageProblems(*wizard).contains(u"Campaign Verify token is required"_s));
        QTest::qWait(QApplication::keyboardInputInterval() + 50); // a new keyboard search
        type(find<QComboBox>(wizard.get(), u"useCaseCombo"_s), u"Appointments"_s);
        QCOMPARE(find<QComboBox>(wizard.get(), u"useCaseCombo"_s)->currentData().toString(),
                 u"Appointments"_s);
        QVERIFY(!pageProblems(*wizard).contains(u"Campaign Verify"_s));
        typeField(*wizard, "useCaseSummary",
                  u"Appointment reminders for patients who booked online or by phone."_s);
        type(find<QComboBox>(wizard.get(), u"messageVolumeCombo"_s), u"10,000 m"_s);
        QCOMPARE(find<QComboBox>(wizard.get(), u"messageVolumeCombo"_s)->currentData().toString(),
                 u"10,000"_s);
        clickNext(*wizard);

        // Messages and opt-in
        typeField(*wizard, "productionMessageContent",
                  u"Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out."_s);
        typeField(*wizard, "optInWorkflow",
                  u"Patients tick an unchecked SMS consent box on the booking form."_s);
        typeField(*wizard, "optInWorkflowImageURLs",
                  u"https://acmedental.example/optin.png\nhttps://acmedental.example/form.png"_s);
        typeField(*wizard, "optInKeywords", u"START"_s);
        typeField(*wizard, "optInConfirmationResponse",
                  u"Acme Dental: you will get reminders. Reply STOP to opt out."_s);
        typeField(*wizard, "helpMessageResponse", u"Acme Dental: call +1 512 555 0100."_s);
        typeField(*wizard, "termsAndConditionURL", u"https://acmedental.example/terms"_s);
        clickNext(*wizard);

        // Phone numbers: one typed, two pasted at once; a wrong one blocks Next.
        QVERIFY(!nextButton(*wizard)->isEnabled());
        typeField(*wizard, "phoneNumbers", u"(888) 555-0101\n+13125550100"_s);
        QVERIFY(!nextButton(*wizard)->isEnabled());
        QVERIFY2(pageProblems(*wizard).contains(u"entry 2"_s), qPrintable(pageProblems(*wizard)));
        auto *numbers = find<QPlainTextEdit>(wizard.get(), u"phoneNumbersEdit"_s);
        for (int i = 0; i < 12; ++i) // remove +13125550100
            QTest::keyClick(numbers, Qt::Key_Backspace);
        QGuiApplication::clipboard()->setText(u"877-555-0102\n1 844 555 0103\n"_s);
        QTest::keySequence(numbers, QKeySequence::Paste);
        QCOMPARE(find<QLabel>(wizard.get(), u"phoneNumbersCountLabel"_s)->text(), u"3 numbers."_s);
        clickNext(*wizard);
        QCOMPARE(numbers->toPlainText(), u"+18885550101\n+18775550102\n+18445550103"_s);

        // Additional information and webhook
        QVERIFY(!nextButton(*wizard)->isEnabled());
        typeField(*wizard, "additionalInformation", u"Reminders only; no marketing."_s);
        typeField(*wizard, "webhookUrl", u"https://hooks.acmedental.example/tfv"_s);
        clickNext(*wizard);

        // Review: everything that will be sent, and the warning about the privacy policy.
        const QString summary = find<QTextBrowser>(wizard.get(), u"reviewSummary"_s)->toPlainText();
        for (const QString &value :
             {u"Acme Dental LLC"_s, u"Private for-profit company"_s, u"+18445550103"_s,
              u"Appointments"_s, u"Texas"_s, u"https://acmedental.example/form.png"_s,
              u"jane.doe@acmedental.example"_s})
            QVERIFY2(summary.contains(value), qPrintable(value));
        auto *warnings = find<QListWidget>(wizard.get(), u"reviewWarnings"_s);
        QCOMPARE(warnings->count(), 1);
        QVERIFY(warnings->item(0)->text().contains(u"privacy policy"_s));
        QVERIFY(!submitButton(*wizard)->isEnabled());
        QVERIFY(
            find<QLabel>(wizard.get(), u"reviewPageProblems"_s)->text().contains(u"warnings"_s));
        QVERIFY(!m_drafts->list(tollFreeKind()).isEmpty()); // typed so far: kept as a draft

        screenshot(*wizard);
        goToReviewAndAcknowledge(*wizard);
        // The two clicks of a double click, Enter, and a direct call: one request.
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QVERIFY(wizard->isSubmitting()); // the first click sent it
        QVERIFY(!submitButton(*wizard)->isEnabled());
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTest::mouseDClick(submitButton(*wizard), Qt::LeftButton);
        QTest::keyClick(wizard.get(), Qt::Key_Return);
        wizard->submit();
        QVERIFY(wizard->isSubmitting());
        QVERIFY(find<QWidget>(wizard.get(), u"submitProgress"_s)->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
        QVERIFY(!wizard->isVisible());
        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        QVERIFY(m_sandbox->waitUntilIdle()); // a second create, had one been sent, is answered
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
        QVERIFY(m_drafts->list(tollFreeKind()).isEmpty()); // the submitted draft is gone

        // Exactly the camelCase fields typed, with their values.
        const QJsonObject expected{
            {u"businessName"_s, u"Acme Dental LLC"_s},
            {u"doingBusinessAs"_s, u"Acme Smiles"_s},
            {u"entityType"_s, u"PRIVATE_PROFIT"_s},
            {u"corporateWebsite"_s, u"https://acmedental.example"_s},
            {u"businessAddr1"_s, u"600 Congress Avenue"_s},
            {u"businessAddr2"_s, u"Suite 200"_s},
            {u"businessCity"_s, u"Austin"_s},
            {u"businessState"_s, u"Texas"_s},
            {u"businessZip"_s, u"78701"_s},
            {u"businessRegistrationNumber"_s, u"12-3456789"_s},
            {u"businessRegistrationType"_s, u"EIN"_s},
            {u"businessRegistrationCountry"_s, u"US"_s},
            {u"businessContactFirstName"_s, u"Jane"_s},
            {u"businessContactLastName"_s, u"Doe"_s},
            {u"businessContactEmail"_s, u"jane.doe@acmedental.example"_s},
            {u"businessContactPhone"_s, u"+15125550100"_s},
            {u"useCase"_s, u"Appointments"_s},
            {u"useCaseSummary"_s,
             u"Appointment reminders for patients who booked online or by phone."_s},
            {u"messageVolume"_s, u"10,000"_s},
            {u"ageGatedContent"_s, false},
            {u"productionMessageContent"_s,
             u"Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out."_s},
            {u"optInWorkflow"_s,
             u"Patients tick an unchecked SMS consent box on the booking form."_s},
            {u"optInWorkflowImageURLs"_s,
             QJsonArray{QJsonObject{{u"url"_s, u"https://acmedental.example/optin.png"_s}},
                        QJsonObject{{u"url"_s, u"https://acmedental.example/form.png"_s}}}},
            {u"optInKeywords"_s, u"START"_s},
            {u"optInConfirmationResponse"_s,
             u"Acme Dental: you will get reminders. Reply STOP to opt out."_s},
            {u"helpMessageResponse"_s, u"Acme Dental: call +1 512 555 0100."_s},
            {u"termsAndConditionURL"_s, u"https://acmedental.example/terms"_s},
            {u"phoneNumbers"_s, QJsonArray{QJsonObject{{u"phoneNumber"_s, u"+18885550101"_s}},
                                           QJsonObject{{u"phoneNumber"_s, u"+18775550102"_s}},
                                           QJsonObject{{u"phoneNumber"_s, u"+18445550103"_s}}}},
            {u"additionalInformation"_s, u"Reminders only; no marketing."_s},
            {u"webhookUrl"_s, u"https://hooks.acmedental.example/tfv"_s},
        };
        const QJsonObject sent = lastBody(createPath);
        QCOMPARE(QStringList(sent.keys()), QStringList(expected.keys()));
        QCOMPARE(sent, expected);
        const auto result = submitted.first().first().value<TollFreeVerificationRequest>();
        QVERIFY(!result.id.isEmpty());
        QCOMPARE(result.businessName, u"Acme Dental LLC"_s);
    }

    void aDestroyedWizardComesBackFromItsDraft()
    {
        QString draftId;
        TollFreeVerificationRequest typed;
        {
            auto wizard = newWizard();
            wizard->startNew();
            wizard->show();
            QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
            QVERIFY(m_drafts->list(tollFreeKind()).isEmpty()); // nothing typed, no draft
            typeField(*wizard, "businessName", u"Half Typed Inc"_s);
            typeField(*wizard, "corporateWebsite", u"https://halftyped.example"_s);
            typeField(*wizard, "businessAddr1", u"1 Main Street"_s);
            typeField(*wizard, "businessCity", u"Boston"_s);
            typeField(*wizard, "businessState", u"Massachusetts"_s);
            typeField(*wizard, "businessZip", u"02108"_s);
            clickNext(*wizard);
            typeField(*wizard, "businessContactFirstName", u"Sam"_s);
            typeField(*wizard, "businessContactEmail", u"sam@halft"_s); // mid-word
            typed = wizard->typedRequest();
            draftId = wizard->draftId();
            QVERIFY(!draftId.isEmpty()); // created on the first change, saved on page change
            // Destroyed right away: the last keystrokes are still inside the debounce delay.
        }
        QCOMPARE(m_drafts->list(tollFreeKind()).size(), 1);

        auto wizard = newWizard();
        QVERIFY(wizard->resumeDraft(draftId));
        wizard->show();
        QCOMPARE(wizard->typedRequest(), typed);
        QCOMPARE(find<QLineEdit>(wizard.get(), u"businessContactEmailEdit"_s)->text(),
                 u"sam@halft"_s);
        QCOMPARE(find<QComboBox>(wizard.get(), u"businessStateCombo"_s)->currentText(),
                 u"Massachusetts"_s);
        QCOMPARE(wizard->currentId(), int(TollFreeWizard::ContactPageId)); // where it was left
        QCOMPARE(wizard->draftId(), draftId);
        // The half-typed e-mail shows its problem at once.
        QVERIFY(problemLabel(*wizard, u"businessContactEmail"_s)->isVisible());
        QVERIFY(!nextButton(*wizard)->isEnabled());
    }

    void crashChildTypesHalfARequest()
    {
        // Runs only as the child process of aKilledProcessLeavesEveryFieldInTheDraft.
        const QString directory = qEnvironmentVariable(qPrintable(crashChildVariable));
        if (directory.isEmpty())
            QSKIP("runs as a child process of aKilledProcessLeavesEveryFieldInTheDraft");
        DraftStore drafts(directory);
        TollFreeRecords records(&m_sandbox->client);
        TollFreeWizard wizard(&records, &drafts);
        wizard.startNew();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        typeField(wizard, "businessName", u"Killed Mid Typing LLC"_s);
        type(find<QComboBox>(&wizard, u"entityTypeCombo"_s), u"Non"_s);
        typeField(wizard, "corporateWebsite", u"https://killed.example"_s);
        typeField(wizard, "businessAddr1", u"9 Elm Street"_s);
        typeField(wizard, "businessCity", u"Denver"_s);
        typeField(wizard, "businessState", u"Colorado"_s);
        typeField(wizard, "businessZip", u"80202"_s);
        typeField(wizard, "businessRegistrationCountry", u"U"_s); // half a code
        // Wait for the debounced save of the last keystroke, as a user pausing would.
        QTRY_VERIFY(drafts.list(tollFreeKind()).size() == 1 &&
                    drafts.load(drafts.list(tollFreeKind()).first().id)
                            ->content.value(u"request"_s)
                            .toObject()
                            .value(u"businessRegistrationCountry"_s)
                            .toString() == u"U"_s);
        std::printf("READY\n");
        std::fflush(stdout);
        // The child waits here to be killed (SIGKILL) by the parent; no condition ends it.
        QTest::qWait(60000); // killed long before this ends
        QFAIL("the parent should have killed this process");
    }

    void aKilledProcessLeavesEveryFieldInTheDraft()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(crashChildVariable, m_draftDir->path());
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // The child's own temporary home goes inside ours, removed with it (it gets no chance).
        environment.insert(u"TMPDIR"_s, m_home.path());
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"crashChildTypesHalfARequest"_s});
        QVERIFY(child.waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAll()).contains("READY\n") ||
                                     child.state() == QProcess::NotRunning,
                                 15000);
        QVERIFY2(output.contains("READY\n"), output.constData());
        child.kill(); // SIGKILL: no destructor, no flush, no goodbye
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QList<DraftInfo> drafts = m_drafts->list(tollFreeKind());
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().title, u"Killed Mid Typing LLC"_s);
        auto wizard = newWizard();
        QVERIFY(wizard->resumeDraft(drafts.first().id));
        wizard->show();
        const TollFreeVerificationRequest restored = wizard->typedRequest();
        QCOMPARE(restored.businessName, u"Killed Mid Typing LLC"_s);
        QCOMPARE(restored.entityType, std::optional<QString>(u"NON_PROFIT"_s));
        QCOMPARE(restored.corporateWebsite, u"https://killed.example"_s);
        QCOMPARE(restored.businessAddr1, u"9 Elm Street"_s);
        QCOMPARE(restored.businessCity, u"Denver"_s);
        QCOMPARE(restored.businessState, u"Colorado"_s);
        QCOMPARE(restored.businessZip, u"80202"_s);
        QCOMPARE(restored.businessRegistrationCountry, std::optional<QString>(u"U"_s));
        QVERIFY(problemLabel(*wizard, u"businessRegistrationCountry"_s)->isVisible());
    }

    void aServerRejectionLandsOnTheField()
    {
        auto wizard = newWizard();
        wizard->startFromCopy(sampleTollFreeRequest());
        wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        const TollFreeVerificationRequest before = wizard->typedRequest();
        const QString draftId = wizard->draftId();
        QVERIFY(!draftId.isEmpty());
        // A rejection the client cannot foresee: the sandbox answers with this body.
        const QJsonArray errors{
            QJsonObject{{u"code"_s, u"10015"_s},
                        {u"title"_s, u"Invalid value"_s},
                        {u"detail"_s, u"This ZIP code is not served."_s},
                        {u"source"_s, QJsonObject{{u"pointer"_s, u"/businessZip"_s}}}},
            QJsonObject{
                {u"code"_s, u"10016"_s},
                {u"title"_s, u"Invalid phone number"_s},
                {u"detail"_s, u"The number is not on this account."_s},
                {u"source"_s, QJsonObject{{u"pointer"_s, u"/phoneNumbers/1/phoneNumber"_s}}}}};
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_tollfree/verification/requests"_s,
                            u"status"_s,
                            {{u"status"_s, 422}, {u"body"_s, QJsonObject{{u"errors"_s, errors}}}});

        goToReviewAndAcknowledge(*wizard);
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TollFreeWizard::BusinessPageId), 10000);
        QVERIFY(wizard->isVisible());
        QLabel *zipProblem = problemLabel(*wizard, u"businessZip"_s);
        QVERIFY(zipProblem->isVisible());
        QCOMPARE(zipProblem->text(), u"This ZIP code is not served."_s);
        QCOMPARE(QApplication::focusWidget(), editor(*wizard, u"businessZip"_s));
        screenshot(*wizard, u"-rejected"_s);
        QVERIFY(!nextButton(*wizard)->isEnabled()); // fix it first
        QVERIFY(problemLabel(*wizard, u"phoneNumbers"_s)
                    ->text()
                    .contains(u"Entry 2 (+18775550102): The number is not on this account."_s));
        QCOMPARE(wizard->typedRequest(), before); // nothing typed was lost
        QVERIFY(m_drafts->contains(draftId));
        QCOMPARE(m_sandbox->requestCount(createPath), 1);

        // Changing the field clears the server's words; the numbers page still shows its own.
        auto *zip = find<QLineEdit>(wizard.get(), u"businessZipEdit"_s);
        zip->selectAll();
        type(zip, u"78702"_s);
        QVERIFY(!zipProblem->isVisible());
        QVERIFY(nextButton(*wizard)->isEnabled());
        wizard->goToField(u"phoneNumbers"_s, 1);
        QCOMPARE(wizard->currentId(), int(TollFreeWizard::NumbersPageId));
        auto *numbers = find<QPlainTextEdit>(wizard.get(), u"phoneNumbersEdit"_s);
        QCOMPARE(numbers->textCursor().selectedText(), u"+18775550102"_s);
        QVERIFY(!nextButton(*wizard)->isEnabled());
    }

    // The public TFV docs promise no `source`: the field is named in the words (as the
    // realistic sandbox sends it), with a `meta` link.
    void aRejectionWithoutPointerLandsOnTheFieldItNames()
    {
        auto wizard = shownCopy();
        const QJsonObject meta{{u"url"_s, u"https://developers.telnyx.com/docs/errors"_s}};
        const QJsonArray errors{
            QJsonObject{{u"code"_s, u"10015"_s},
                        {u"title"_s, u"Invalid value"_s},
                        {u"detail"_s, u"business_zip: This ZIP code is not served."_s},
                        {u"meta"_s, meta}},
            QJsonObject{{u"code"_s, u"10016"_s},
                        {u"title"_s, u"Invalid phone number"_s},
                        {u"detail"_s, u"phoneNumbers[1].phoneNumber is not on this account."_s},
                        {u"meta"_s, meta}}};
        failNextCreateWith(errors);

        goToReviewAndAcknowledge(*wizard);
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TollFreeWizard::BusinessPageId), 10000);
        QLabel *zipProblem = problemLabel(*wizard, u"businessZip"_s);
        QVERIFY(zipProblem->isVisible());
        QCOMPARE(zipProblem->text(), u"business_zip: This ZIP code is not served."_s);
        QCOMPARE(QApplication::focusWidget(), editor(*wizard, u"businessZip"_s));
        QVERIFY(problemLabel(*wizard, u"phoneNumbers"_s)
                    ->text()
                    .contains(u"Entry 2 (+18775550102): phoneNumbers[1].phoneNumber is not on "
                              "this account."_s));
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
    }

    void aRejectionNamingNoFieldStandsAtTheTopInFull()
    {
        auto wizard = shownCopy();
        const QString detail = u"The brand registry refused this business; contact support."_s;
        const QJsonArray errors{QJsonObject{{u"code"_s, u"10015"_s},
                                            {u"title"_s, u"Invalid value"_s},
                                            {u"detail"_s, detail},
                                            {u"meta"_s, QJsonObject{{u"url"_s, u"https://x"_s}}}}};
        failNextCreateWith(errors);
        auto *top = find<QLabel>(wizard.get(), u"reviewServerError"_s);
        QVERIFY(top);

        goToReviewAndAcknowledge(*wizard);
        QVERIFY(!top->isVisible());
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(top->isVisible(), 10000);
        QVERIFY2(top->text().contains(detail), qPrintable(top->text()));
        QCOMPARE(wizard->currentId(), int(TollFreeWizard::ReviewPageId));
        // Above everything else on the page.
        QVERIFY(top->geometry().top() <
                find<QWidget>(wizard.get(), u"reviewSummary"_s)->geometry().top());
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
    }

    // The connection drops after the server created the request: the wizard looks in the list,
    // finds it, and does not offer to submit it a second time.
    void aLostAnswerIsLookedForBeforeSubmittingAgain()
    {
        auto wizard = shownCopy(u"Lost Answer Dental LLC"_s);
        QSignalSpy submitted(wizard.get(), &TollFreeWizard::submitted);
        QSignalSpy failed(wizard.get(), &TollFreeWizard::submitFailed);
        const QString draftId = wizard->draftId();
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_tollfree/verification/requests"_s, u"drop"_s,
                            {{u"after_processing"_s, true}});

        goToReviewAndAcknowledge(*wizard);
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.first().first().value<ApiError>().isOutcomeUnknown());
        auto *status = find<QLabel>(wizard.get(), u"submitStatusLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
        QVERIFY2(status->text().contains(u"not known whether"_s) &&
                     status->text().contains(u"Telnyx did create it"_s),
                 qPrintable(status->text()));
        const auto found = submitted.first().first().value<TollFreeVerificationRequest>();
        QCOMPARE(found.businessName, u"Lost Answer Dental LLC"_s);
        QVERIFY(status->text().contains(found.id));
        screenshot(*wizard, u"-lost-answer-found"_s);
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
        QCOMPARE(submitButton(*wizard)->text().remove(u'&'), u"Close"_s);
        QVERIFY(!m_drafts->contains(draftId));
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton); // closes; sends nothing
        QTRY_VERIFY(!wizard->isVisible());
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
    }

    // A 2xx whose answer cannot be read: done on the server, so no second Submit.
    void anAcceptedButUnreadableAnswerIsNotSubmittedAgain()
    {
        auto wizard = shownCopy(u"Unreadable Dental LLC"_s);
        QSignalSpy submitted(wizard.get(), &TollFreeWizard::submitted);
        QSignalSpy failed(wizard.get(), &TollFreeWizard::submitFailed);
        QSignalSpy unreadable(wizard.get(), &TollFreeWizard::submittedUnreadable);
        const QString draftId = wizard->draftId();
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_tollfree/verification/requests"_s,
                            u"malformed"_s, {{u"status"_s, 200}});

        goToReviewAndAcknowledge(*wizard);
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(unreadable.count(), 1, 10000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(submitted.count(), 0);
        auto *status = find<QLabel>(wizard.get(), u"submitStatusLabel"_s);
        QVERIFY2(status->text().contains(u"accepted"_s) &&
                     status->text().contains(u"Do not submit it again"_s),
                 qPrintable(status->text()));
        QVERIFY(!m_drafts->contains(draftId)); // nothing left to submit a second time
        QCOMPARE(submitButton(*wizard)->text().remove(u'&'), u"Close"_s);
        QVERIFY(wizard->isSubmitted());

        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_VERIFY(!wizard->isVisible());
        QCOMPARE(m_sandbox->requestCount(createPath), 1);
    }

    void aServerErrorKeepsTheFormAndSaysWhetherToRetry()
    {
        auto wizard = newWizard();
        QSignalSpy submitted(wizard.get(), &TollFreeWizard::submitted);
        QSignalSpy failed(wizard.get(), &TollFreeWizard::submitFailed);
        wizard->startFromCopy(sampleTollFreeRequest(u"Retry Dental LLC"_s));
        wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        const TollFreeVerificationRequest before = wizard->typedRequest();
        const QString draftId = wizard->draftId();
        m_sandbox->addFault(u"POST"_s, u"/v2/messaging_tollfree/verification/requests"_s,
                            u"status"_s, {{u"status"_s, 500}});

        goToReviewAndAcknowledge(*wizard);
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        auto *status = find<QLabel>(wizard.get(), u"submitStatusLabel"_s);
        QVERIFY(status->isVisible());
        // A POST that failed with 500 may have created the request: the wizard looks in the
        // list first, and offers to submit again only because nothing is there.
        QTRY_VERIFY2(status->text().contains(u"so it was not created"_s),
                     qPrintable(status->text()));
        QVERIFY(m_sandbox->requestCount(u"GET /v2/messaging_tollfree/verification/requests"_s) >=
                1);
        QCOMPARE(submitButton(*wizard)->text(), u"Submit &again"_s);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(TollFreeWizard::ReviewPageId));
        QCOMPARE(wizard->typedRequest(), before);
        QVERIFY(m_drafts->contains(draftId));
        QCOMPARE(m_sandbox->requestCount(createPath), 1); // no automatic retry of a POST
        QVERIFY(!find<QWidget>(wizard.get(), u"submitProgress"_s)->isVisible());

        // The user checked; submitting again works and removes the draft.
        QTRY_VERIFY(submitButton(*wizard)->isEnabled());
        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
        QCOMPARE(m_sandbox->requestCount(createPath), 2);
        QVERIFY(!m_drafts->contains(draftId));
    }

    void editAndResubmitSendsTheFullBodyWithPatch()
    {
        // A request the reviewers sent back.
        TollFreeApi api(&m_sandbox->client);
        auto *create = api.create(sampleTollFreeRequest(u"Fix Me Dental [customer]"_s));
        QPointer<ApiCall> createGuard(create);
        TollFreeVerificationRequest created;
        connect(create, &ApiCall::finished, this, [&] { created = create->result(); });
        QVERIFY(SandboxTestbed::wait(create));
        m_sandbox->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 4 * 3600}});
        auto *retrieve = api.retrieve(created.id);
        TollFreeVerificationRequest existing;
        connect(retrieve, &ApiCall::finished, this, [&] { existing = retrieve->result(); });
        QVERIFY(SandboxTestbed::wait(retrieve));
        QCOMPARE(existing.status(), TfvStatus::WaitingForCustomer);
        m_sandbox->resetRequests();

        auto wizard = newWizard();
        QSignalSpy submitted(wizard.get(), &TollFreeWizard::submitted);
        wizard->editRequest(existing);
        wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        QVERIFY(wizard->isEditing());
        QCOMPARE(find<QLineEdit>(wizard.get(), u"businessNameEdit"_s)->text(),
                 u"Fix Me Dental [customer]"_s);
        auto *banner = find<QLabel>(wizard.get(), u"businessPageBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(existing.reason));
        QVERIFY(m_drafts->list(tollFreeKind()).isEmpty()); // unchanged: no draft yet

        clickNext(*wizard);
        clickNext(*wizard);
        auto *summary = find<QPlainTextEdit>(wizard.get(), u"useCaseSummaryEdit"_s);
        summary->selectAll();
        type(summary, u"Reminders for booked patients; consent on the booking form."_s);
        QTRY_COMPARE(m_drafts->list(tollFreeKind()).size(), 1);
        QCOMPARE(m_drafts->list(tollFreeKind()).first().requestId, existing.id);
        QCOMPARE(wizard->changedFields(), QStringList{u"useCaseSummary"_s});
        clickNext(*wizard);
        auto *privacy = find<QLineEdit>(wizard.get(), u"privacyPolicyURLEdit"_s);
        privacy->setFocus();
        privacy->selectAll();
        QTest::keyClick(privacy, Qt::Key_Backspace); // cleared: must reach the server
        QCOMPARE(wizard->changedFields(),
                 (QStringList{u"useCaseSummary"_s, u"privacyPolicyURL"_s}));

        goToReviewAndAcknowledge(*wizard);
        auto *changes = find<QTextBrowser>(wizard.get(), u"reviewChanges"_s);
        QVERIFY(changes->isVisible());
        QVERIFY2(changes->toPlainText().contains(u"Use case summary"_s) &&
                     changes->toPlainText().contains(u"consent on the booking form"_s),
                 qPrintable(changes->toPlainText()));
        QVERIFY(!changes->toPlainText().contains(u"Legal business name"_s));
        QVERIFY(changes->toPlainText().contains(u"Privacy policy URL"_s));
        // The Review page says the field will be cleared, not merely changed.
        QVERIFY2(
            changes->toPlainText().contains(u"These fields will be cleared: Privacy policy URL."_s),
            qPrintable(changes->toPlainText()));
        QVERIFY(changes->toPlainText().contains(u"(cleared)"_s));
        screenshot(*wizard, u"-edit"_s);
        QCOMPARE(submitButton(*wizard)->text().remove(u'&'), u"Resubmit"_s);

        QTest::mouseClick(submitButton(*wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
        const QString patchPath =
            u"PATCH /v2/messaging_tollfree/verification/requests/"_s + existing.id;
        QCOMPARE(m_sandbox->requestCount(patchPath), 1);
        QCOMPARE(m_sandbox->requestCount(createPath), 0);
        const QJsonObject sent = lastBody(patchPath);
        for (const QString &field : TollFreeVerificationRequest::requiredFieldNames())
            QVERIFY2(sent.contains(field), qPrintable(field)); // the full body
        QCOMPARE(sent.value(u"useCaseSummary"_s).toString(),
                 u"Reminders for booked patients; consent on the booking form."_s);
        QCOMPARE(sent.value(u"businessName"_s).toString(), u"Fix Me Dental [customer]"_s);
        // Cleared, not left out: null, as the SDK types it (string | null).
        QCOMPARE(sent.value(u"privacyPolicyURL"_s), QJsonValue(QJsonValue::Null));
        QVERIFY(!sent.contains(u"termsAndConditionURL"_s)); // never set: nothing to clear
        const auto result = submitted.first().first().value<TollFreeVerificationRequest>();
        QCOMPARE(result.id, existing.id);
        QCOMPARE(result.status(), TfvStatus::InProgress); // back in review
        QVERIFY(m_drafts->list(tollFreeKind()).isEmpty());

        // The sandbox moves the resubmitted request on; the timeline shows the new entries.
        StatusHistoryModel history(&m_sandbox->client);
        StatusTimeline timeline;
        timeline.setModel(&history);
        history.setRequest(existing.id);
        QTRY_COMPARE(history.state(), StatusHistoryModel::State::Loaded);
        const int entriesAtResubmission = history.rowCount();
        QCOMPARE(history.currentStatus(), u"In Progress"_s);
        m_sandbox->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 4 * 3600}});
        history.reload();
        QTRY_VERIFY_WITH_TIMEOUT(history.rowCount() > entriesAtResubmission, 10000);
        QTRY_COMPARE(history.state(), StatusHistoryModel::State::Loaded);
        // In Progress → Waiting For Telnyx → the outcome; the "[customer]" marker in the business
        // name makes the sandbox's reviewers send it back once more.
        QVERIFY(history.rowCount() >= entriesAtResubmission + 2);
        QCOMPARE(history.currentStatus(), u"Waiting For Customer"_s);
        QCOMPARE(timeline.markCount(), history.rowCount());
        QVERIFY2(timeline.plainText().contains(u"Waiting for Telnyx"_s, Qt::CaseInsensitive),
                 qPrintable(timeline.plainText()));
    }

    void duplicateStartsANewDraftWithoutTheId()
    {
        TollFreeVerificationRequest source = sampleTollFreeRequest(u"Copied Dental"_s);
        source.id = u"3f1c2a00-0000-4000-8000-000000000abc"_s;
        source.verificationStatus = u"Rejected"_s;
        source.reason = u"Opt-in unclear"_s;
        source.ageGatedContent = false; // the form always says yes or no
        auto wizard = newWizard();
        wizard->startFromCopy(source);
        QVERIFY(!wizard->isEditing());
        QVERIFY(wizard->requestId().isEmpty());
        const QList<DraftInfo> drafts = m_drafts->list(tollFreeKind());
        QCOMPARE(drafts.size(), 1);
        QVERIFY(!drafts.first().editsExistingRequest());
        QCOMPARE(drafts.first().title, u"Copied Dental"_s);
        QCOMPARE(wizard->request().toJson(), normalizedTollFreeRequest(source).toJson());
        QVERIFY(!find<QLabel>(wizard.get(), u"businessPageBanner"_s)->isVisibleTo(wizard.get()));
    }

    void csvImportMakesDraftsAndListsTheirProblems()
    {
        const QString path = m_draftDir->filePath(u"requests.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const TollFreeVerificationRequest sample = sampleTollFreeRequest(u"Csv Dental"_s);
            QStringList header;
            QStringList good;
            QStringList bad;
            const QJsonObject body = sample.toJson();
            for (auto it = body.begin(); it != body.end(); ++it) {
                header.append(it.key());
                QString value;
                if (it.key() == u"phoneNumbers"_s)
                    value = sample.phoneNumbers.join(u"; "_s);
                else if (it.key() == u"optInWorkflowImageURLs"_s)
                    value = sample.optInWorkflowImageURLs.join(u' ');
                else
                    value = it.value().toVariant().toString();
                const QString quoted = u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
                good.append(quoted);
                if (it.key() == u"businessZip"_s)
                    bad.append(QString());
                else if (it.key() == u"phoneNumbers"_s)
                    bad.append(u"+13125550100 +18885550199"_s);
                else if (it.key() == u"businessName"_s)
                    bad.append(u"\"Broken, Inc.\""_s);
                else
                    bad.append(quoted);
            }
            header.append(u"notes"_s);
            good.append(u"ignored"_s);
            bad.append(u"ignored"_s);
            file.write((header.join(u',') + u"\r\n"_s + good.join(u',') + u"\r\n"_s +
                        bad.join(u',') + u"\r\n"_s)
                           .toUtf8());
        }

        TollFreeImportDialog dialog(m_drafts.get());
        QSignalSpy resume(&dialog, &TollFreeImportDialog::resumeRequested);
        dialog.show();
        dialog.importFile(path);
        const TollFreeImportResult &result = dialog.result();
        QVERIFY2(result.isOk(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.draftCount(), 2);
        QCOMPARE(result.readyCount(), 1);
        QVERIFY(result.notes.join(u' ').contains(u"notes"_s)); // the ignored column is named
        const TollFreeImportRow &ready = result.rows.at(0);
        QCOMPARE(ready.row, 2);
        QCOMPARE(ready.title, u"Csv Dental"_s);
        QVERIFY2(ready.problems.isEmpty(), qPrintable(ready.problems.join(u'\n')));
        const TollFreeImportRow &broken = result.rows.at(1);
        QCOMPARE(broken.title, u"Broken, Inc."_s);
        const QString problems = broken.problems.join(u'\n');
        QVERIFY2(problems.contains(u"ZIP or postal code is required"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"+13125550100"_s), qPrintable(problems));
        QCOMPARE(m_drafts->list(tollFreeKind()).size(), 2);

        auto *list = find<QTreeWidget>(&dialog, u"importResultsList"_s);
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(1)->text(3).contains(u"ZIP"_s));
        QVERIFY(find<QLabel>(&dialog, u"importSummaryLabel"_s)->text().contains(u"2 drafts"_s));

        // The broken draft opens in the wizard with its problems shown.
        list->setCurrentItem(list->topLevelItem(1));
        QTest::mouseClick(find<QPushButton>(&dialog, u"openImportedDraftButton"_s), Qt::LeftButton);
        QCOMPARE(resume.count(), 1);
        auto wizard = newWizard();
        QVERIFY(wizard->resumeDraft(resume.first().first().toString()));
        wizard->show();
        QCOMPARE(wizard->currentId(), int(TollFreeWizard::BusinessPageId));
        QCOMPARE(find<QLineEdit>(wizard.get(), u"businessNameEdit"_s)->text(), u"Broken, Inc."_s);
        QVERIFY(!nextButton(*wizard)->isEnabled());
        QVERIFY(pageProblems(*wizard).contains(u"ZIP"_s));
        QCOMPARE(find<QPlainTextEdit>(wizard.get(), u"phoneNumbersEdit"_s)->toPlainText(),
                 u"+13125550100\n+18885550199"_s);
    }

    void csvParsingFollowsRfc4180()
    {
        QString error;
        const QList<QStringList> records =
            TollFreeImport::parseCsv(u"\xFEFF"
                                     "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3"_s,
                                     &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(records.at(1), (QStringList{u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
        QCOMPARE(records.at(2), (QStringList{u"1"_s, QString(), u"3"_s}));
        TollFreeImport::parseCsv(u"a,\"open"_s, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(!TollFreeImport::importCsv(u"foo,bar\n1,2\n"_s, m_drafts.get()).isOk());
        QVERIFY(m_drafts->list().isEmpty()); // a file with no API column makes no drafts
    }

    void theDraftsListResumesAndDiscards()
    {
        const QString first = m_drafts->create(
            tollFreeKind(), TollFreeWizard::draftContentFor(sampleTollFreeRequest(u"One"_s)),
            u"One"_s);
        // The second draft is newer by the clock the store uses (milliseconds).
        const QDateTime firstSaved = m_drafts->load(first)->info.updatedAt;
        QVERIFY(QTest::qWaitFor([&] { return QDateTime::currentDateTimeUtc() > firstSaved; }));
        const QString second = m_drafts->create(
            tollFreeKind(), TollFreeWizard::draftContentFor(sampleTollFreeRequest(u"Two"_s)),
            u"Two"_s, u"req-2"_s);
        DraftsDialog dialog(m_drafts.get());
        QSignalSpy resume(&dialog, &DraftsDialog::resumeRequested);
        dialog.show();
        QCOMPARE(dialog.draftCount(), 2);
        auto *list = find<QTreeWidget>(&dialog, u"draftsList"_s);
        QCOMPARE(list->topLevelItem(0)->text(0), u"Two"_s); // newest first
        QVERIFY(list->topLevelItem(0)->text(1).contains(u"Edit"_s));

        dialog.selectDraft(first);
        QTest::mouseClick(find<QPushButton>(&dialog, u"draftsDiscardButton"_s), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = dialog.findChild<QMessageBox *>(u"confirmDiscardBox"_s)));
        QTest::mouseClick(confirm->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_COMPARE(dialog.draftCount(), 1);
        QVERIFY(!m_drafts->contains(first));

        QTest::mouseClick(find<QPushButton>(&dialog, u"resumeDraftButton"_s), Qt::LeftButton);
        QCOMPARE(resume.count(), 1);
        QCOMPARE(resume.first().first().toString(), second);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void discardDraftInTheWizardDeletesItAndCloses()
    {
        auto wizard = newWizard();
        wizard->startNew();
        wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        auto *discard = find<QAbstractButton>(wizard.get(), u"discardDraftButton"_s);
        QVERIFY(!discard->isEnabled()); // nothing to discard yet
        typeField(*wizard, "businessName", u"Throwaway"_s);
        wizard->flushDraft();
        QVERIFY(discard->isEnabled());
        const QString id = wizard->draftId();
        QTest::mouseClick(discard, Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = wizard->findChild<QMessageBox *>(u"confirmDiscardDraftBox"_s)));
        QTest::mouseClick(confirm->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_VERIFY(!wizard->isVisible());
        wizard.reset(); // the destructor must not bring it back
        QVERIFY(!m_drafts->contains(id));
        QVERIFY(m_drafts->list().isEmpty());
    }
};

QTEST_MAIN(TestTollFreeWizard)
#include "tst_tollfreewizard.moc"
