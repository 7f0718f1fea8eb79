// The RCS message composer driven through its widgets against the in-process sandbox: the
// JSON the sandbox receives matches what was typed (fallbacks included), problems refused
// before any request, the capability warning for a number that cannot receive RCS, one
// request per Send without automatic retries, 422 mapping, and the draft kept between
// openings.

#include "consoleenglish.h"
#include "consolepalette.h"
#include "domain/rcscomposerdraft.h"
#include "isolatedhome.h"
#include "rcs/rcscomposerdialog.h"
#include "rcs/rcssuggestionseditor.h"
#include "rcsagentsmodel.h"
#include "sandboxtestbed.h"
#include "session/rcscapabilitycache.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString sendPath = u"POST /v2/messages/rcs"_s;
const QString capabilitiesPrefix = u"GET /v2/messaging/rcs/capabilities/"_s;
const QString capableNumber = u"+13125551234"_s;    // last digit even: RCS
const QString notCapableNumber = u"+13125551235"_s; // odd: no RCS

} // namespace

class TestRcsComposer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_sandbox;
    // Each test's own capability answers and composer draft, as a session keeps them.
    std::unique_ptr<RcsCapabilityCache> m_cache;
    RcsComposerDraft m_draft;

    template<typename T> static T *find(QWidget *root, const QString &name)
    {
        T *child = root->findChild<T *>(name);
        if (!child)
            qWarning("no widget %s", qPrintable(name));
        return child;
    }
    // Types like a user: a click into the field, then key presses ("\n" presses Return).
    static void type(QWidget *target, const QString &text)
    {
        QVERIFY(target);
        QVERIFY2(target->isVisible(), qPrintable(target->objectName()));
        target->setFocus(Qt::MouseFocusReason);
        if (auto *combo = qobject_cast<QComboBox *>(target))
            target = combo->lineEdit();
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(target, Qt::Key_Return);
            QTest::keyClicks(target, lines.at(i));
        }
    }
    void typeInto(RcsComposerDialog &dialog, const QString &name, const QString &text)
    {
        type(find<QWidget>(&dialog, name), text);
    }
    static void setCell(QTableWidget *table, int row, int column, const QString &text)
    {
        QTableWidgetItem *item = table->item(row, column);
        QVERIFY(item);
        item->setText(text);
    }
    // The basic message: agent, profile, recipient, text.
    void fillBasics(RcsComposerDialog &dialog, const QString &to = capableNumber,
                    const QString &text = u"Your table is ready."_s)
    {
        typeInto(dialog, u"agentCombo"_s, u"sandbox_demo_agent"_s);
        typeInto(dialog, u"profileEdit"_s, u"profile-123"_s);
        typeInto(dialog, u"toEdit"_s, to);
        typeInto(dialog, u"textEdit"_s, text);
    }
    int capabilityChecks() { return m_sandbox->requestCountStartingWith(capabilitiesPrefix); }
    QJsonObject lastSentBody()
    {
        const QJsonArray log = m_sandbox->requestLog();
        for (qsizetype i = log.size() - 1; i >= 0; --i) {
            const QJsonObject entry = log.at(i).toObject();
            if (entry.value(u"method"_s).toString() == u"POST"_s &&
                entry.value(u"path"_s).toString() == u"/v2/messages/rcs"_s)
                return entry.value(u"body"_s).toObject();
        }
        return {};
    }
    static bool waitForStage(RcsComposerDialog &dialog, RcsComposerDialog::Stage stage)
    {
        return QTest::qWaitFor([&] { return dialog.stage() == stage; }, 10000);
    }
    static void clickSend(RcsComposerDialog &dialog)
    {
        QTest::mouseClick(find<QPushButton>(&dialog, u"sendButton"_s), Qt::LeftButton);
    }
    static void screenshot(QWidget &widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
        if (directory.isEmpty())
            return;
        QCoreApplication::processEvents(); // let the layouts settle after the last keystroke
        widget.grab().save(QDir(directory).filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"rcs-composer-test"_s));
        // What users see: "1 row", "3 rows" (main.cpp installs the same).
        installEnglish();
    }
    void init()
    {
        m_draft = RcsComposerDraft();
        m_sandbox = std::make_unique<SandboxTestbed>();
        QVERIFY(m_sandbox->isListening());
        m_cache = std::make_unique<RcsCapabilityCache>();
    }
    void cleanup()
    {
        m_cache.reset();
        m_sandbox.reset();
    }

    void sendsWhatWasComposed()
    {
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillBasics(dialog, capableNumber, u"Your table is ready.\nSee you soon!"_s);

        // A suggested reply through the table, as a user adds it.
        auto *table = find<QTableWidget>(&dialog, u"suggestionTable"_s);
        QTest::mouseClick(find<QPushButton>(&dialog, u"addSuggestionButton"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        setCell(table, 0, RcsSuggestionsEditor::TextColumn, u"On my way"_s);
        setCell(table, 0, RcsSuggestionsEditor::PostbackColumn, u"reply_on_my_way"_s);
        // And a dial action, typed the same way after choosing the type.
        QTest::mouseClick(find<QPushButton>(&dialog, u"addSuggestionButton"_s), Qt::LeftButton);
        auto *typeCombo =
            qobject_cast<QComboBox *>(table->cellWidget(1, RcsSuggestionsEditor::TypeColumn));
        QVERIFY(typeCombo);
        typeCombo->setCurrentIndex(typeCombo->findText(u"Dial"_s));
        setCell(table, 1, RcsSuggestionsEditor::TextColumn, u"Call us"_s);
        setCell(table, 1, RcsSuggestionsEditor::TargetColumn, u"+13125550199"_s);

        auto *sms = find<QGroupBox>(&dialog, u"smsFallbackGroup"_s);
        QVERIFY(!sms->isChecked());
        sms->setChecked(true);
        typeInto(dialog, u"smsFromEdit"_s, u"+13125550100"_s);
        typeInto(dialog, u"smsTextEdit"_s, u"Your table is ready (SMS)."_s);
        auto *mms = find<QGroupBox>(&dialog, u"mmsFallbackGroup"_s);
        mms->setChecked(true);
        typeInto(dialog, u"mmsFromEdit"_s, u"+13125550101"_s);
        typeInto(dialog, u"mmsSubjectEdit"_s, u"Table ready"_s);
        typeInto(dialog, u"mmsTextEdit"_s, u"Your table is ready (MMS)."_s);
        typeInto(dialog, u"mmsMediaEdit"_s,
                 u"https://example.com/a.jpg\n\nhttps://example.com/b.png"_s);
        typeInto(dialog, u"webhookEdit"_s, u"https://hooks.example.com/rcs"_s);
        screenshot(dialog, u"rcs-composer.png"_s);

        QSignalSpy sent(&dialog, &RcsComposerDialog::sent);
        clickSend(dialog);
        QCOMPARE(dialog.stage(), RcsComposerDialog::Stage::Checking);
        QVERIFY(find<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"Checking"_s));
        QVERIFY(sent.wait(10000));
        QCOMPARE(dialog.stage(), RcsComposerDialog::Stage::Editing);
        QCOMPARE(capabilityChecks(), 1);
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);

        // What the sandbox received, field by field.
        const QJsonObject body = lastSentBody();
        QCOMPARE(body.value(u"agent_id"_s).toString(), u"sandbox_demo_agent"_s);
        QCOMPARE(body.value(u"messaging_profile_id"_s).toString(), u"profile-123"_s);
        QCOMPARE(body.value(u"to"_s).toString(), capableNumber);
        QCOMPARE(body.value(u"type"_s).toString(), u"RCS"_s);
        QCOMPARE(body.value(u"webhook_url"_s).toString(), u"https://hooks.example.com/rcs"_s);
        const QJsonObject content =
            body.value(u"agent_message"_s).toObject().value(u"content_message"_s).toObject();
        QCOMPARE(content.value(u"text"_s).toString(), u"Your table is ready.\nSee you soon!"_s);
        const QJsonArray suggestions = content.value(u"suggestions"_s).toArray();
        QCOMPARE(suggestions.size(), 2);
        const QJsonObject reply = suggestions.at(0).toObject().value(u"reply"_s).toObject();
        QCOMPARE(reply.value(u"text"_s).toString(), u"On my way"_s);
        QCOMPARE(reply.value(u"postback_data"_s).toString(), u"reply_on_my_way"_s);
        const QJsonObject action = suggestions.at(1).toObject().value(u"action"_s).toObject();
        QCOMPARE(action.value(u"text"_s).toString(), u"Call us"_s);
        QCOMPARE(action.value(u"dial_action"_s).toObject().value(u"phone_number"_s).toString(),
                 u"+13125550199"_s);
        QVERIFY(!action.contains(u"postback_data"_s));
        const QJsonObject smsBody = body.value(u"sms_fallback"_s).toObject();
        QCOMPARE(smsBody.value(u"from"_s).toString(), u"+13125550100"_s);
        QCOMPARE(smsBody.value(u"text"_s).toString(), u"Your table is ready (SMS)."_s);
        const QJsonObject mmsBody = body.value(u"mms_fallback"_s).toObject();
        QCOMPARE(mmsBody.value(u"from"_s).toString(), u"+13125550101"_s);
        QCOMPARE(mmsBody.value(u"subject"_s).toString(), u"Table ready"_s);
        QCOMPARE(mmsBody.value(u"text"_s).toString(), u"Your table is ready (MMS)."_s);
        QCOMPARE(mmsBody.value(u"media_urls"_s).toArray(),
                 (QJsonArray{u"https://example.com/a.jpg"_s, u"https://example.com/b.png"_s}));
        // And it is exactly the request the form describes.
        QCOMPARE(RcsMessageRequest::fromJson(body), dialog.message());

        // The result: id (copyable), status and wait.
        const QJsonArray messages =
            m_sandbox->control("GET", u"/_sandbox/messages"_s).object().value(u"data"_s).toArray();
        QCOMPARE(messages.size(), 1);
        const QJsonObject stored = messages.first().toObject();
        const QString id = stored.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(stored.value(u"body"_s).toObject(), body.value(u"agent_message"_s).toObject());
        auto *idEdit = find<QLineEdit>(&dialog, u"messageIdEdit"_s);
        QVERIFY(idEdit->isVisible());
        QVERIFY(idEdit->isReadOnly());
        QCOMPARE(idEdit->text(), id);
        QCOMPARE(dialog.lastResponse().id, id);
        const QString status = find<QLabel>(&dialog, u"resultStatusLabel"_s)->text();
        QVERIFY2(status.contains(u"queued"_s), qPrintable(status));
        QVERIFY2(status.contains(u"Wait: 0 s"_s), qPrintable(status));
        QTest::mouseClick(find<QPushButton>(&dialog, u"copyIdButton"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), id);
        screenshot(dialog, u"rcs-composer-sent.png"_s);
    }

    void liveCounterAndOverLengthText()
    {
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog, capableNumber, u"Hello"_s);
        auto *counter = find<QLabel>(&dialog, u"textCounter"_s);
        QCOMPARE(counter->text(), u"5 / 3072"_s);
        QVERIFY(!counter->property("overLimit").toBool());

        auto *text = find<QPlainTextEdit>(&dialog, u"textEdit"_s);
        text->setPlainText(QString(3073, u'x'));
        QCOMPARE(counter->text(), u"3073 / 3072"_s);
        QVERIFY(counter->property("overLimit").toBool());
        QVERIFY(counter->styleSheet().contains(
            ConsolePalette().text(ConsolePalette::Kind::Error).name()));

        clickSend(dialog);
        QCOMPARE(dialog.stage(), RcsComposerDialog::Stage::Editing);
        QVERIFY(m_sandbox->waitUntilIdle()); // a request, had one been sent, is answered
        QCOMPARE(capabilityChecks(), 0);
        QCOMPARE(m_sandbox->requestCount(sendPath), 0);
        auto *problem = find<QLabel>(&dialog, u"textEditProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"at most 3,072"_s), qPrintable(problem->text()));
        QVERIFY(text->hasFocus());

        // Back to the limit: accepted again.
        text->setPlainText(QString(3072, u'x'));
        QCOMPARE(counter->text(), u"3072 / 3072"_s);
        QVERIFY(!counter->property("overLimit").toBool());
        QVERIFY(!problem->isVisible());
    }

    void invalidRecipientRefusedAsTyped()
    {
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog, u"+1312555abc"_s);
        auto *problem = find<QLabel>(&dialog, u"toEditProblem"_s);
        QVERIFY(problem->isVisible()); // as typed, before any Send
        clickSend(dialog);
        QVERIFY(m_sandbox->waitUntilIdle()); // a request, had one been sent, is answered
        QCOMPARE(capabilityChecks(), 0);
        QCOMPARE(m_sandbox->requestCount(sendPath), 0);
        QVERIFY(find<QLineEdit>(&dialog, u"toEdit"_s)->hasFocus());
        QVERIFY(find<QLabel>(&dialog, u"statusLabel"_s)->text().startsWith(u"Not sent"_s));

        // A loosely typed US number becomes E.164 on leaving the field.
        auto *to = find<QLineEdit>(&dialog, u"toEdit"_s);
        to->clear();
        type(to, u"(312) 555-1234"_s);
        QTest::keyClick(to, Qt::Key_Tab);
        QCOMPARE(to->text(), capableNumber);
        QVERIFY(!problem->isVisible());
    }

    void missingFieldsAndBadSuggestionRefused()
    {
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        typeInto(dialog, u"toEdit"_s, capableNumber);
        typeInto(dialog, u"textEdit"_s, u"Hi"_s);
        dialog.addSuggestion(RcsComposerDialog::SuggestionType::OpenUrl,
                             u"A chip text that is far too long"_s, {}, u"not a url"_s);
        clickSend(dialog);
        QVERIFY(m_sandbox->waitUntilIdle()); // a request, had one been sent, is answered
        QCOMPARE(capabilityChecks(), 0);
        QVERIFY(find<QLabel>(&dialog, u"agentComboProblem"_s)->isVisible());
        QVERIFY(find<QLabel>(&dialog, u"profileEditProblem"_s)->isVisible());
        auto *suggestionProblem = find<QLabel>(&dialog, u"suggestionTableProblem"_s);
        QVERIFY(suggestionProblem->isVisible());
        QVERIFY2(suggestionProblem->text().contains(u"Suggestion 1"_s),
                 qPrintable(suggestionProblem->text()));
        // A checked fallback without a sender is a problem; unchecked it is not.
        auto *sms = find<QGroupBox>(&dialog, u"smsFallbackGroup"_s);
        sms->setChecked(true);
        QVERIFY(find<QLabel>(&dialog, u"smsFromEditProblem"_s)->isVisible());
        screenshot(dialog, u"rcs-composer-problems.png"_s);
        sms->setChecked(false);
        QVERIFY(find<QLabel>(&dialog, u"smsFromEditProblem"_s)->isHidden());
        QCOMPARE(m_sandbox->requestCount(sendPath), 0);
    }

    void notRcsCapableWarnsBeforeSending()
    {
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog, notCapableNumber);
        clickSend(dialog);
        QVERIFY(waitForStage(dialog, RcsComposerDialog::Stage::Warning));
        auto *warning = find<QWidget>(&dialog, u"capabilityWarning"_s);
        QVERIFY(warning->isVisible());
        QVERIFY(
            find<QLabel>(&dialog, u"capabilityWarningText"_s)->text().contains(notCapableNumber));
        QVERIFY(find<QPushButton>(&dialog, u"addSmsFallbackButton"_s)->isVisible());
        screenshot(dialog, u"rcs-composer-warning.png"_s);
        QVERIFY(m_sandbox->waitUntilIdle()); // a send, had one started, is answered and counted
        QCOMPARE(capabilityChecks(), 1);
        QCOMPARE(m_sandbox->requestCount(sendPath), 0); // nothing until the user decides

        QSignalSpy sent(&dialog, &RcsComposerDialog::sent);
        QTest::mouseClick(find<QPushButton>(&dialog, u"sendAnywayButton"_s), Qt::LeftButton);
        QVERIFY(sent.wait(10000));
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);
        QCOMPARE(capabilityChecks(), 1); // not asked again
        QVERIFY(!warning->isVisible());
        QCOMPARE(lastSentBody().value(u"to"_s).toString(), notCapableNumber);
    }

    // Realistic sandbox: the recipient check answers 404, RBM's word for a phone without RCS:
    // the same warning with the SMS fallback, not "Telnyx does not know the agent".
    void notRcsCapable404WarnsWithTheFallback()
    {
        QVERIFY(m_sandbox->setRealistic(true));
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog, notCapableNumber);
        clickSend(dialog);
        QVERIFY(waitForStage(dialog, RcsComposerDialog::Stage::Warning));
        const QString text = find<QLabel>(&dialog, u"capabilityWarningText"_s)->text();
        QVERIFY2(text.contains(u"cannot receive RCS"_s), qPrintable(text));
        QVERIFY(find<QPushButton>(&dialog, u"addSmsFallbackButton"_s)->isVisible());
        QCOMPARE(capabilityChecks(), 1);
        QCOMPARE(m_sandbox->requestLog().last().toObject().value("status"_L1).toInt(), 404);
        QCOMPARE(m_sandbox->requestCount(sendPath), 0);
    }

    void warningOffersAnSmsFallback()
    {
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog, notCapableNumber, u"Your code is 1234"_s);
        clickSend(dialog);
        QVERIFY(waitForStage(dialog, RcsComposerDialog::Stage::Warning));
        QTest::mouseClick(find<QPushButton>(&dialog, u"addSmsFallbackButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.stage(), RcsComposerDialog::Stage::Editing);
        QVERIFY(!find<QWidget>(&dialog, u"capabilityWarning"_s)->isVisible());
        QVERIFY(find<QGroupBox>(&dialog, u"smsFallbackGroup"_s)->isChecked());
        auto *from = find<QLineEdit>(&dialog, u"smsFromEdit"_s);
        QVERIFY(from->hasFocus());
        QCOMPARE(find<QPlainTextEdit>(&dialog, u"smsTextEdit"_s)->toPlainText(),
                 u"Your code is 1234"_s);
        QCOMPARE(m_sandbox->requestCount(sendPath), 0);

        type(from, u"+13125550100"_s);
        QSignalSpy sent(&dialog, &RcsComposerDialog::sent);
        clickSend(dialog);
        QVERIFY(sent.wait(10000)); // a fallback is set: no warning this time
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);
        QCOMPARE(lastSentBody().value(u"sms_fallback"_s).toObject().value(u"from"_s).toString(),
                 u"+13125550100"_s);
    }

    void serverErrorKeepsEverythingAndIsNotRetried()
    {
        m_sandbox->addFault(u"POST"_s, u"/v2/messages/rcs"_s, u"status"_s,
                            {{u"status"_s, 500}, {u"count"_s, 0}});
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog, capableNumber, u"Important update"_s);
        dialog.addSuggestion(RcsComposerDialog::SuggestionType::Reply, u"OK"_s, u"ok"_s);
        find<QGroupBox>(&dialog, u"smsFallbackGroup"_s)->setChecked(true);
        typeInto(dialog, u"smsFromEdit"_s, u"+13125550100"_s);
        typeInto(dialog, u"smsTextEdit"_s, u"Important update (SMS)"_s);
        const RcsMessageRequest before = dialog.message();

        QSignalSpy failed(&dialog, &RcsComposerDialog::sendFailed);
        QSignalSpy sent(&dialog, &RcsComposerDialog::sent);
        clickSend(dialog);
        clickSend(dialog); // a double click
        QVERIFY(failed.wait(10000));
        // The client reports a failure after its last attempt only, so any retry it scheduled
        // is known (and answered) by now; a second send, had the dialog started one, too.
        QVERIFY(m_sandbox->waitUntilIdle());
        QCOMPARE(m_sandbox->retriesScheduled(), 0);
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(sent.size(), 0);
        QCOMPARE(dialog.stage(), RcsComposerDialog::Stage::Editing);
        QCOMPARE(dialog.message(), before);
        QCOMPARE(find<QLineEdit>(&dialog, u"toEdit"_s)->text(), capableNumber);
        QCOMPARE(find<QPlainTextEdit>(&dialog, u"textEdit"_s)->toPlainText(),
                 u"Important update"_s);
        QVERIFY(!find<QWidget>(&dialog, u"resultPanel"_s)->isVisible());
        const QString status = find<QLabel>(&dialog, u"statusLabel"_s)->text();
        // A server error after the message was read: it may have gone out.
        QVERIFY2(status.startsWith(u"Maybe sent"_s), qPrintable(status));
        QVERIFY2(status.contains(u"may have been delivered"_s), qPrintable(status));
        QVERIFY(find<QPushButton>(&dialog, u"sendButton"_s)->isEnabled());
        screenshot(dialog, u"rcs-composer-failed.png"_s);
    }

    // The connection drops after the message was taken: it may have been delivered, so the
    // composer says so and the next Send asks once more before it sends the same message.
    void aLostSendAnswerSaysItMayHaveBeenDelivered()
    {
        m_sandbox->addFault(u"POST"_s, u"/v2/messages/rcs"_s, u"drop"_s,
                            {{u"after_processing"_s, true}});
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog);
        QSignalSpy failed(&dialog, &RcsComposerDialog::sendFailed);
        QSignalSpy sent(&dialog, &RcsComposerDialog::sent);
        clickSend(dialog);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<ApiError>().isOutcomeUnknown());
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);
        auto *statusLabel = find<QLabel>(&dialog, u"statusLabel"_s);
        QVERIFY2(statusLabel->text().startsWith(u"Maybe sent"_s) &&
                     statusLabel->text().contains(u"may have been delivered"_s),
                 qPrintable(statusLabel->text()));
        clickSend(dialog);
        QVERIFY2(statusLabel->text().contains(u"may already have been delivered"_s),
                 qPrintable(statusLabel->text()));
        QCOMPARE(dialog.stage(), RcsComposerDialog::Stage::Editing);
        QCOMPARE(m_sandbox->requestCount(sendPath), 1); // asked, not sent
        clickSend(dialog);                              // the user insists: it goes out
        QVERIFY(sent.wait(10000));
        QCOMPARE(m_sandbox->requestCount(sendPath), 2);
    }

    // A 2xx without a readable answer: the message went out, so one more Send press does not
    // send it again (the same guard as after any send).
    void acceptedButUnreadableIsNotSentAgainByOnePress()
    {
        m_sandbox->addFault(u"POST"_s, u"/v2/messages/rcs"_s, u"malformed"_s, {{u"status"_s, 200}});
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog);
        QSignalSpy failed(&dialog, &RcsComposerDialog::sendFailed);
        clickSend(dialog);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<ApiError>().wasAccepted());
        const QString status = find<QLabel>(&dialog, u"statusLabel"_s)->text();
        QVERIFY2(status.startsWith(u"Sent to"_s) && status.contains(u"accepted"_s),
                 qPrintable(status));
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);
        clickSend(dialog);
        QVERIFY2(find<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"just sent"_s),
                 qPrintable(find<QLabel>(&dialog, u"statusLabel"_s)->text()));
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);
    }

    void oneRequestPerSend()
    {
        m_sandbox->addFault(u"POST"_s, u"/v2/messages/rcs"_s, u"delay"_s, {{u"delay_ms"_s, 300}});
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog);
        QSignalSpy sent(&dialog, &RcsComposerDialog::sent);
        clickSend(dialog);
        QVERIFY(waitForStage(dialog, RcsComposerDialog::Stage::Sending));
        QVERIFY(!find<QPushButton>(&dialog, u"sendButton"_s)->isEnabled());
        QVERIFY(find<QWidget>(&dialog, u"busyBar"_s)->isVisible());
        dialog.send(); // Ctrl+Enter again while sending
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(sent.wait(10000));
        QVERIFY(m_sandbox->waitUntilIdle()); // a second send, had one started, is answered
        QCOMPARE(sent.size(), 1);
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);
    }

    void sameMessageAgainAsksForASecondPress()
    {
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog);
        QSignalSpy sent(&dialog, &RcsComposerDialog::sent);
        clickSend(dialog);
        QVERIFY(sent.wait(10000));
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);

        // Send again, unchanged: told first, nothing sent.
        clickSend(dialog);
        QVERIFY(m_sandbox->waitUntilIdle()); // a send, had one started, is answered and counted
        QCOMPARE(dialog.stage(), RcsComposerDialog::Stage::Editing);
        QCOMPARE(m_sandbox->requestCount(sendPath), 1);
        QVERIFY(find<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"just sent"_s));

        // A second press sends it a second time.
        clickSend(dialog);
        QVERIFY(sent.wait(10000));
        QCOMPARE(m_sandbox->requestCount(sendPath), 2);

        // A changed message goes at once.
        typeInto(dialog, u"textEdit"_s, u" And a dessert."_s);
        clickSend(dialog);
        QVERIFY(sent.wait(10000));
        QCOMPARE(m_sandbox->requestCount(sendPath), 3);
    }

    void validationErrorLandsOnItsField()
    {
        const QJsonObject errors{
            {u"errors"_s,
             QJsonArray{
                 QJsonObject{
                     {u"code"_s, u"10015"_s},
                     {u"title"_s, u"Invalid value"_s},
                     {u"detail"_s, u"Unknown messaging profile."_s},
                     {u"source"_s, QJsonObject{{u"pointer"_s, u"/messaging_profile_id"_s}}}},
                 QJsonObject{{u"code"_s, u"10015"_s},
                             {u"title"_s, u"Invalid value"_s},
                             {u"detail"_s, u"Media not reachable."_s},
                             {u"source"_s,
                              QJsonObject{{u"pointer"_s, u"/mms_fallback/media_urls/0"_s}}}}}}};
        m_sandbox->addFault(u"POST"_s, u"/v2/messages/rcs"_s, u"status"_s,
                            {{u"status"_s, 422}, {u"body"_s, errors}});
        RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        dialog.show();
        fillBasics(dialog);
        find<QGroupBox>(&dialog, u"mmsFallbackGroup"_s)->setChecked(true);
        typeInto(dialog, u"mmsFromEdit"_s, u"+13125550101"_s);
        typeInto(dialog, u"mmsMediaEdit"_s, u"https://example.com/a.jpg"_s);
        QSignalSpy failed(&dialog, &RcsComposerDialog::sendFailed);
        clickSend(dialog);
        QVERIFY(failed.wait(10000));
        auto *profileProblem = find<QLabel>(&dialog, u"profileEditProblem"_s);
        QVERIFY(profileProblem->isVisible());
        QCOMPARE(profileProblem->text(), u"Unknown messaging profile."_s);
        QCOMPARE(find<QLabel>(&dialog, u"mmsMediaEditProblem"_s)->text(),
                 u"Media not reachable."_s);
        QVERIFY(find<QLineEdit>(&dialog, u"profileEdit"_s)->hasFocus());
        QCOMPARE(find<QLineEdit>(&dialog, u"profileEdit"_s)->text(), u"profile-123"_s);
        // Editing the field clears the server's complaint.
        typeInto(dialog, u"profileEdit"_s, u"4"_s);
        QVERIFY(!profileProblem->isVisible());
    }

    void draftSurvivesClosing()
    {
        {
            RcsComposerDialog dialog(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
            dialog.show();
            fillBasics(dialog, capableNumber, u"Half-written message"_s);
            dialog.addSuggestion(RcsComposerDialog::SuggestionType::OpenUrl, u"Menu"_s, {},
                                 u"https://example.com/menu"_s);
            find<QGroupBox>(&dialog, u"smsFallbackGroup"_s)->setChecked(true);
            typeInto(dialog, u"smsFromEdit"_s, u"+13125550100"_s);
            QTest::mouseClick(find<QPushButton>(&dialog, u"closeButton"_s), Qt::LeftButton);
            QVERIFY(!dialog.isVisible());
        }
        // Kept by its owner (the session), not by the dialog.
        QCOMPARE(m_draft.message.to, capableNumber);
        QVERIFY(m_draft.smsFallbackOn);
        RcsComposerDialog reopened(&m_sandbox->client, nullptr, m_cache.get(), &m_draft);
        QCOMPARE(reopened.agentId(), u"sandbox_demo_agent"_s);
        const RcsMessageRequest request = reopened.message();
        QCOMPARE(request.to, capableNumber);
        QCOMPARE(request.messagingProfileId, u"profile-123"_s);
        QCOMPARE(request.agentMessage.contentMessage->text, u"Half-written message"_s);
        QCOMPARE(request.agentMessage.contentMessage->suggestions,
                 QList<RcsSuggestion>{
                     RcsSuggestion::openUrlAction(u"Menu"_s, u"https://example.com/menu"_s)});
        QVERIFY(request.smsFallback);
        QCOMPARE(request.smsFallback->from, u"+13125550100"_s);
        // Restored, not typed: no field is shouted at.
        reopened.show();
        QVERIFY(!find<QLabel>(&reopened, u"smsTextEditProblem"_s)->isVisible());
        // The lead opens it for an agent: that agent wins over the draft's.
        reopened.setAgentId(u"other_agent"_s);
        QCOMPARE(reopened.agentId(), u"other_agent"_s);
    }

    void agentsFromTheModel()
    {
        RcsAgentsModel agents(&m_sandbox->client);
        RcsComposerDialog dialog(&m_sandbox->client, &agents, m_cache.get(), &m_draft);
        auto *combo = find<QComboBox>(&dialog, u"agentCombo"_s);
        QVERIFY(!combo->isEditable());
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 6, 10000);
        QCOMPARE(dialog.agentId(), u"sandbox_demo_agent"_s);
        // The agent's messaging profile is filled in, and follows the agent.
        auto *profile = find<QLineEdit>(&dialog, u"profileEdit"_s);
        QCOMPARE(profile->text(), agents.rowAt(0).messagingProfileId);
        int withOtherProfile = -1;
        for (int row = 1; row < agents.rowCount(); ++row) {
            if (agents.rowAt(row).messagingProfileId != agents.rowAt(0).messagingProfileId)
                withOtherProfile = row;
        }
        QVERIFY(withOtherProfile > 0);
        dialog.setAgentId(agents.rowAt(withOtherProfile).id);
        QCOMPARE(profile->text(), agents.rowAt(withOtherProfile).messagingProfileId);
        // A profile the user typed stays.
        profile->setText(u"my-profile"_s);
        dialog.setAgentId(agents.rowAt(0).id);
        QCOMPARE(profile->text(), u"my-profile"_s);
    }
};

QTEST_MAIN(TestRcsComposer)
#include "tst_rcscomposer.moc"
