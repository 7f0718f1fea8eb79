#include "api/rcsapi.h"
#include "consoleenglish.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "rcs/rcsagentdetailpane.h"
#include "rcs/rcsagenteditdialog.h"
#include "rcs/rcsarea.h"
#include "rcs/rcscapabilitiespage.h"
#include "rcs/rcstestnumbersdialog.h"
#include "rcsagentsmodel.h"
#include "sandboxtestbed.h"
#include "session/messagingprofiles.h"
#include "session/rcscapabilitycache.h"
#include "storage/rcsinvitestore.h"
#include "widgets/messagingprofilepicker.h"
#include "widgets/statetableview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The RCS agents tab against the in-process sandbox (clock frozen): the list, the agent pane,
// editing (only changed fields, null to clear, 422 on the field), test-number invites and the
// actions that hand over to other dialogs.
class TestRcsAgents : public QObject
{
    Q_OBJECT

private:
    static constexpr auto demoAgent = "sandbox_demo_agent";
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;

    static QString demoId() { return QString::fromLatin1(demoAgent); }

    RcsAgent serverAgent(const QString &id)
    {
        auto *call = RcsApi(&m_bed->client).retrieveAgent(id);
        RcsAgent agent;
        connect(call, &ApiCall::finished, this, [&] { agent = call->result(); });
        SandboxTestbed::wait(call);
        return agent;
    }

    QList<RcsAgent> serverAgents()
    {
        auto *call = RcsApi(&m_bed->client).listAgents(1, 100);
        QList<RcsAgent> agents;
        connect(call, &ApiCall::finished, this, [&] { agents = call->result().items; });
        SandboxTestbed::wait(call);
        return agents;
    }

    // The bodies of the PATCH requests the sandbox saw, oldest first.
    QList<QJsonObject> patchBodies()
    {
        QList<QJsonObject> bodies;
        const QJsonArray log = m_bed->requestLog();
        for (const QJsonValue &entry : log) {
            const QJsonObject request = entry.toObject();
            if (request.value(u"method"_s).toString() == u"PATCH")
                bodies.append(request.value(u"body"_s).toObject());
        }
        return bodies;
    }

    // Invites sent, whatever the number.
    int inviteCount()
    {
        int count = 0;
        const QJsonObject counts = m_bed->requests().value(u"counts"_s).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (it.key().startsWith(u"PUT /v2/messaging/rcs/test_number_invite/"_s))
                count += it.value().toInt();
        }
        return count;
    }

    int patchCount()
    {
        return m_bed->requestCount(u"PATCH /v2/messaging/rcs/agents/"_s + demoId());
    }

    std::unique_ptr<RcsArea> makeArea()
    {
        // Each area gets the services a new session would give it (the invites read from disk).
        auto *invites = new RcsInviteStore;
        auto *capabilities = new RcsCapabilityCache;
        auto area = std::make_unique<RcsArea>(&m_bed->client, invites, capabilities);
        invites->setParent(area.get());
        capabilities->setParent(area.get());
        area->resize(1280, 760);
        area->show();
        area->agentsModel()->reload();
        const bool loaded = QTest::qWaitFor(
            [&] { return area->agentsModel()->state() == PagedListModel::State::Loaded; }, 10000);
        return loaded ? std::move(area) : nullptr;
    }

    // Selects the agent in the list and waits for the pane's refresh from the server.
    static bool select(RcsArea &area, const QString &agentId)
    {
        if (!area.selectAgent(agentId))
            return false;
        RcsAgentDetailPane *pane = area.agentDetailPane();
        return QTest::qWaitFor([&] { return pane->agentId() == agentId && !pane->isRefreshing(); },
                               10000);
    }

    static QString fieldText(RcsAgentDetailPane *pane, const QString &wire)
    {
        auto *label = pane->findChild<QLabel *>(u"agentField_"_s + wire);
        // Without the zero-width spaces that let long values wrap.
        return label ? label->text().remove(QChar(0x200B)) : u"<missing>"_s;
    }

    static RcsAgentEditDialog *openEdit(RcsArea &area)
    {
        auto *button = area.agentDetailPane()->findChild<QPushButton *>(u"editAgentButton"_s);
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        return area.editDialog();
    }

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        if (!text.isEmpty())
            QTest::keyClicks(edit, text);
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        // For looking at by eye: CONSOLE_SCREENSHOT_DIR=/tmp
        const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents(); // let pending layout requests settle first
        widget->grab().save(dir + u"/r2-"_s + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // What users see: "1 page", "3 rows" (main.cpp installs the same).
        installEnglish();
        QVERIFY(isolateUserFiles(m_home, QStringLiteral("rcs-agents-test")));
        qRegisterMetaType<RcsAgent>();
        SandboxOptions options;
        options.speed = 0;
        m_bed = std::make_unique<SandboxTestbed>(options);
        QVERIFY(m_bed->isListening());
        // The invite store of the area writes under the temporary data home, nowhere else.
        QVERIFY(RcsInviteStore::defaultDirectory().startsWith(m_home.path()));
    }

    void init()
    {
        // Every test starts from the seeded agents, with no faults and an empty request log.
        m_bed->control("POST", u"/_sandbox/reset"_s, QJsonObject{{u"seed"_s, 1}});
        m_bed->control("POST", u"/_sandbox/clock"_s, QJsonObject{{u"speed"_s, 0}});
        m_bed->clearFaults();
        m_bed->resetRequests();
    }

    void cleanupTestCase() { m_bed.reset(); }

    void listShowsTheSeededAgents()
    {
        const QList<RcsAgent> seeded = serverAgents();
        QCOMPARE(seeded.size(), 6);
        auto area = makeArea();
        QVERIFY(area);
        QCOMPARE(area->objectName(), u"rcsTabs"_s);
        QCOMPARE(area->widget(0), area->agentsPage());
        QCOMPARE(area->widget(1), area->capabilitiesPage());

        QAbstractItemModel *shown = area->agentsPage()->table()->model();
        QCOMPARE(shown->rowCount(), 6);
        QStringList headers;
        for (int column = 0; column < shown->columnCount(); ++column)
            headers << shown->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Agent"_s, u"Agent id"_s, u"Enabled"_s,
                                       u"Messaging profile"_s, u"Webhook URL"_s, u"Updated"_s}));
        int disabled = 0;
        for (const RcsAgent &agent : seeded) {
            const QModelIndexList hits = shown->match(shown->index(0, 0), PagedListModel::IdRole,
                                                      agent.agentId, 1, Qt::MatchExactly);
            QCOMPARE(hits.size(), 1);
            const int row = hits.first().row();
            const auto cell = [&](int column) {
                return shown->index(row, column).data().toString();
            };
            QCOMPARE(cell(RcsAgentsModel::NameColumn), agent.agentName);
            QCOMPARE(cell(RcsAgentsModel::AgentIdColumn), agent.agentId);
            QCOMPARE(cell(RcsAgentsModel::EnabledColumn), agent.enabled ? u"Yes"_s : u"No"_s);
            QCOMPARE(cell(RcsAgentsModel::MessagingProfileColumn),
                     agent.profileId.value_or(QString()));
            QCOMPARE(cell(RcsAgentsModel::WebhookUrlColumn), agent.webhookUrl.value_or(QString()));
            QCOMPARE(cell(RcsAgentsModel::UpdatedColumn),
                     PagedListModel::displayDateTime(agent.updatedAt));
            disabled += agent.enabled ? 0 : 1;
        }
        QCOMPARE(disabled, 1);
        QCOMPARE(shown->index(0, 0).data(PagedListModel::IdRole).toString().isEmpty(), false);
    }

    void paneShowsTheSelectedAgent()
    {
        auto area = makeArea();
        QVERIFY(area);
        RcsAgentDetailPane *pane = area->agentDetailPane();
        QVERIFY(!pane->hasAgent());
        QVERIFY(pane->findChild<QLabel *>(u"agentPlaceholder"_s)->isVisible());

        const RcsAgent demo = serverAgent(demoId());
        QVERIFY(select(*area, demoId()));
        // Shown, then fetched again from the server.
        QCOMPARE(m_bed->requestCount(u"GET /v2/messaging/rcs/agents/"_s + demoId()), 2);
        QCOMPARE(pane->findChild<QLabel *>(u"agentTitle"_s)->text(), u"Sandbox Demo"_s);
        QCOMPARE(pane->findChild<QLabel *>(u"agentEnabledBadge"_s)->text(), u"Enabled"_s);
        QVERIFY(fieldText(pane, u"agent_id"_s).contains(demoId()));
        QVERIFY(fieldText(pane, u"profile_id"_s).contains(*demo.profileId));
        QVERIFY(fieldText(pane, u"webhook_url"_s).contains(*demo.webhookUrl));
        QVERIFY(fieldText(pane, u"webhook_failover_url"_s).contains(*demo.webhookFailoverUrl));
        QVERIFY(fieldText(pane, u"created_at"_s)
                    .contains(PagedListModel::displayDateTime(demo.createdAt)));

        QTest::mouseClick(pane->findChild<QPushButton *>(u"copyAgentIdButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), demoId());

        // Another agent: its record replaces the first; one without webhook shows a dash.
        const QList<RcsAgent> agents = serverAgents();
        const auto noWebhook = std::find_if(agents.begin(), agents.end(), [](const RcsAgent &a) {
            return !a.webhookUrl.has_value();
        });
        QVERIFY(noWebhook != agents.end());
        QVERIFY(select(*area, noWebhook->agentId));
        QCOMPARE(pane->agent().agentName, noWebhook->agentName);
        QVERIFY(fieldText(pane, u"webhook_url"_s).contains(u"—"_s));
        QVERIFY(!fieldText(pane, u"agent_id"_s).contains(demoId()));
        saveScreenshot(area.get(), u"area"_s);
    }

    void switchingAgentsCancelsTheSlowRefresh()
    {
        auto area = makeArea();
        QVERIFY(area);
        RcsAgentDetailPane *pane = area->agentDetailPane();
        const QList<RcsAgent> agents = serverAgents();
        const QString other = agents.at(1).agentId;
        m_bed->addFault(u"GET"_s, u"/v2/messaging/rcs/agents/"_s + demoId(), u"delay"_s,
                        QJsonObject{{u"delay_ms"_s, 1500}});
        QVERIFY(area->selectAgent(demoId()));
        QVERIFY(pane->isRefreshing());
        QVERIFY(select(*area, other));
        // The late answer for the first agent must not replace the second: its call, unless
        // cancelled, stays in flight until that answer has landed.
        QVERIFY(m_bed->waitUntilIdle());
        QCOMPARE(pane->agentId(), other);
        QCOMPARE(pane->agent().agentName, agents.at(1).agentName);
    }

    void invalidWebhookIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("plain http") << u"http://hooks.example.com/rcs"_s;
        QTest::newRow("junk") << u"not a url"_s;
        QTest::newRow("no host") << u"https://"_s;
    }

    void invalidWebhookIsRefusedBeforeSending()
    {
        QFETCH(QString, url);
        auto area = makeArea();
        QVERIFY(area);
        QVERIFY(select(*area, demoId()));
        QPointer<RcsAgentEditDialog> dialog = openEdit(*area);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *webhook = dialog->findChild<QLineEdit *>(u"webhookUrlEdit"_s);
        auto *problem = dialog->findChild<QLabel *>(u"webhookUrlEditProblem"_s);
        QVERIFY(webhook && problem);
        QVERIFY(!problem->isVisible());

        retype(webhook, url);
        // Checked as typed: the message is next to the field before Save.
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());

        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAgentButton"_s), Qt::LeftButton);
        QVERIFY(m_bed->waitUntilIdle()); // a PATCH, had Save sent one, is answered and counted
        QCOMPARE(patchCount(), 0);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(webhook->text(), url);
        QVERIFY(problem->isVisible());
        dialog->close();
    }

    void validEditSendsOnlyTheChangedField()
    {
        auto area = makeArea();
        QVERIFY(area);
        QVERIFY(select(*area, demoId()));
        const RcsAgent before = serverAgent(demoId());
        QPointer<RcsAgentEditDialog> dialog = openEdit(*area);
        QVERIFY(dialog);
        auto *webhook = dialog->findChild<QLineEdit *>(u"webhookUrlEdit"_s);
        QCOMPARE(webhook->text(), *before.webhookUrl);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"failoverUrlEdit"_s)->text(),
                 *before.webhookFailoverUrl);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"messagingProfileEdit"_s)->text(),
                 *before.profileId);

        const QString newUrl = u"https://new-hooks.example.com/telnyx/rcs"_s;
        retype(webhook, newUrl);
        QVERIFY(dialog->findChild<QLabel *>(u"editAgentSummary"_s)->text().contains(u"webhook"_s));
        saveScreenshot(dialog, u"edit"_s);
        QSignalSpy saved(dialog.data(), &RcsAgentEditDialog::saved);
        QSignalSpy reloaded(area->agentsModel(), &QAbstractItemModel::modelReset);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAgentButton"_s), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY(!dialog);

        QCOMPARE(patchBodies(), (QList<QJsonObject>{QJsonObject{{u"webhook_url"_s, newUrl}}}));
        const RcsAgent after = serverAgent(demoId());
        QCOMPARE(after.webhookUrl, newUrl);
        QCOMPARE(after.webhookFailoverUrl, before.webhookFailoverUrl);
        QCOMPARE(after.profileId, before.profileId);

        // The pane and the list row show the new value: the row changes in place, through the
        // model's id index, with no reload.
        RcsAgentDetailPane *pane = area->agentDetailPane();
        QVERIFY(fieldText(pane, u"webhook_url"_s).contains(newUrl.toHtmlEscaped()));
        QAbstractItemModel *shown = area->agentsPage()->table()->model();
        QTRY_VERIFY(area->agentsModel()->state() == PagedListModel::State::Loaded &&
                    area->agentsPage()->table()->currentIndex().isValid());
        const QModelIndex current = area->agentsPage()->table()->currentIndex();
        QCOMPARE(current.data(PagedListModel::IdRole).toString(), demoId());
        QCOMPARE(shown->index(current.row(), RcsAgentsModel::WebhookUrlColumn).data().toString(),
                 newUrl);
        QCOMPARE(pane->agentId(), demoId());
        QCOMPARE(reloaded.size(), 0);
    }

    // Another console changed the agent: the pane's refresh brings the change, and the row
    // changes in place (no reload); a refresh that brings nothing new leaves the row alone.
    void aRefreshThatFindsAChangeUpdatesTheRowInPlace()
    {
        auto area = makeArea();
        QVERIFY(area);
        const QString otherUrl = u"https://other-console.example.com/rcs"_s;
        auto *elsewhere =
            RcsApi(&m_bed->client)
                .updateAgent(demoId(), RcsAgentUpdate::fromJson({{u"webhook_url"_s, otherUrl}}));
        QVERIFY(SandboxTestbed::wait(elsewhere));
        QSignalSpy reloaded(area->agentsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy rowChanged(area->agentsModel(), &QAbstractItemModel::dataChanged);

        QVERIFY(select(*area, demoId()));
        RcsAgentDetailPane *pane = area->agentDetailPane();
        QVERIFY(fieldText(pane, u"webhook_url"_s).contains(otherUrl));
        const int row = area->agentsModel()->rowOf(demoId());
        QCOMPARE(
            area->agentsModel()->index(row, RcsAgentsModel::WebhookUrlColumn).data().toString(),
            otherUrl);
        QCOMPARE(rowChanged.size(), 1);
        QCOMPARE(reloaded.size(), 0);

        pane->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isRefreshing(), 10000);
        QCOMPARE(m_bed->requestCount(u"GET /v2/messaging/rcs/agents/"_s + demoId()), 2);
        QCOMPARE(rowChanged.size(), 1);
        QCOMPARE(reloaded.size(), 0);
    }

    void clearingTheFailoverUrlSendsNull()
    {
        auto area = makeArea();
        QVERIFY(area);
        QVERIFY(select(*area, demoId()));
        QVERIFY(serverAgent(demoId()).webhookFailoverUrl.has_value());
        QPointer<RcsAgentEditDialog> dialog = openEdit(*area);
        QVERIFY(dialog);
        retype(dialog->findChild<QLineEdit *>(u"failoverUrlEdit"_s), {});
        QVERIFY(dialog->findChild<QLabel *>(u"editAgentSummary"_s)
                    ->text()
                    .contains(u"failover URL is cleared"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAgentButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);

        const QList<QJsonObject> bodies = patchBodies();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first().keys(), QStringList{u"webhook_failover_url"_s});
        QVERIFY(bodies.first().value(u"webhook_failover_url"_s).isNull());
        const RcsAgent after = serverAgent(demoId());
        QVERIFY(!after.webhookFailoverUrl.has_value());
        QVERIFY(after.webhookUrl.has_value());
        QVERIFY(fieldText(area->agentDetailPane(), u"webhook_failover_url"_s).contains(u"—"_s));
    }

    void serverRejectionLandsOnTheField()
    {
        auto area = makeArea();
        QVERIFY(area);
        QVERIFY(select(*area, demoId()));
        const QString detail = u"The webhook host did not answer our test request."_s;
        m_bed->addFault(
            u"PATCH"_s, u"/v2/messaging/rcs/agents/"_s + demoId(), u"status"_s,
            QJsonObject{{u"status"_s, 422},
                        {u"body"_s,
                         QJsonObject{{u"errors"_s,
                                      QJsonArray{QJsonObject{
                                          {u"code"_s, u"10015"_s},
                                          {u"title"_s, u"Invalid value"_s},
                                          {u"detail"_s, detail},
                                          {u"source"_s,
                                           QJsonObject{{u"pointer"_s, u"/webhook_url"_s}}}}}}}}});
        QPointer<RcsAgentEditDialog> dialog = openEdit(*area);
        QVERIFY(dialog);
        auto *webhook = dialog->findChild<QLineEdit *>(u"webhookUrlEdit"_s);
        auto *profile = dialog->findChild<QLineEdit *>(u"messagingProfileEdit"_s);
        const QString typedUrl = u"https://unreachable.example.com/hook"_s;
        const QString typedProfile = u"profile-typed-by-hand"_s;
        retype(webhook, typedUrl);
        retype(profile, typedProfile);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAgentButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isSaving());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 10000);

        QCOMPARE(patchCount(), 1);
        QVERIFY(dialog && dialog->isVisible());
        auto *problem = dialog->findChild<QLabel *>(u"webhookUrlEditProblem"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), detail);
        QVERIFY(!dialog->findChild<QLabel *>(u"messagingProfileEditProblem"_s)->isVisible());
        QCOMPARE(webhook->text(), typedUrl);
        QCOMPARE(profile->text(), typedProfile);
        QCOMPARE(qApp->focusWidget(), webhook);
        saveScreenshot(dialog, u"edit-422"_s);
        // Nothing changed on the server.
        QCOMPARE(serverAgent(demoId()).webhookUrl, area->agentDetailPane()->agent().webhookUrl);

        // Typing again clears the server's message; the next save goes through.
        QTest::keyClick(webhook, Qt::Key_Backspace);
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAgentButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(serverAgent(demoId()).profileId, typedProfile);
    }

    void inviteTestNumberAndCheckAgain()
    {
        auto area = makeArea();
        QVERIFY(area);
        QVERIFY(select(*area, demoId()));
        RcsAgentDetailPane *pane = area->agentDetailPane();
        QVERIFY(pane->findChild<QLabel *>(u"testNumbersEmpty"_s)->isVisible());
        QTest::mouseClick(pane->findChild<QPushButton *>(u"inviteTestNumberButton"_s),
                          Qt::LeftButton);
        QPointer<RcsTestNumbersDialog> dialog = area->inviteDialog();
        QVERIFY(dialog);
        auto *number = dialog->findChild<QLineEdit *>(u"testNumberEdit"_s);
        auto *problem = dialog->findChild<QLabel *>(u"testNumberEditProblem"_s);
        // Not E.164: said as typed, and nothing is sent.
        QTest::keyClicks(number, u"12345"_s);
        QVERIFY(problem->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"sendInviteButton"_s), Qt::LeftButton);
        QVERIFY(m_bed->waitUntilIdle()); // an invite, had one been sent, is answered and counted
        QCOMPARE(inviteCount(), 0);

        // The last digit is even: the sandbox's number can take RCS.
        retype(number, u"+13125550124"_s);
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"sendInviteButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->resultText().isEmpty(), 10000);
        QVERIFY2(dialog->resultText().contains(u"Pending"_s), qPrintable(dialog->resultText()));
        QCOMPARE(inviteCount(), 1);
        saveScreenshot(dialog, u"invite"_s);
        dialog->close();

        auto *list = pane->testNumbersList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), u"+13125550124"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), u"pending"_s);
        QVERIFY(!list->topLevelItem(0)->text(2).isEmpty());

        // Asked again too early: still pending.
        auto *checkAgain = pane->findChild<QPushButton *>(u"checkAgainButton"_s);
        QVERIFY(checkAgain->isEnabled());
        QTest::mouseClick(checkAgain, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isChecking(u"+13125550124"_s), 10000);
        QCOMPARE(list->topLevelItem(0)->text(1), u"pending"_s);

        m_bed->control("POST", u"/_sandbox/advance"_s, QJsonObject{{u"seconds"_s, 301}});
        QTest::mouseClick(checkAgain, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isChecking(u"+13125550124"_s), 10000);
        QCOMPARE(list->topLevelItem(0)->text(1), u"accepted"_s);
        QVERIFY(pane->errorText().isEmpty());
        saveScreenshot(area.get(), u"invites"_s);

        // Remembered on disk: a new store on the same folder, and a new area, know it.
        RcsInviteStore reopened(RcsInviteStore::defaultDirectory());
        const auto invite = reopened.find(demoId(), u"+13125550124"_s);
        QVERIFY(invite.has_value());
        QCOMPARE(invite->status, u"accepted"_s);
        QVERIFY(invite->invitedAt.isValid());
        QVERIFY(invite->checkedAt >= invite->invitedAt);
        area.reset();
        auto second = makeArea();
        QVERIFY(second);
        QVERIFY(select(*second, demoId()));
        QCOMPARE(second->agentDetailPane()->testNumbersList()->topLevelItemCount(), 1);
        // Other agents have their own list.
        QVERIFY(select(*second, serverAgents().at(1).agentId));
        QCOMPARE(second->agentDetailPane()->testNumbersList()->topLevelItemCount(), 0);
        QVERIFY(reopened.remove(demoId(), u"+13125550124"_s));
    }

    void actionsHandOverWithTheAgentId()
    {
        auto area = makeArea();
        QVERIFY(area);
        QVERIFY(select(*area, demoId()));
        RcsAgentDetailPane *pane = area->agentDetailPane();
        QSignalSpy compose(area.get(), &RcsArea::composeRequested);
        QSignalSpy deeplink(area.get(), &RcsArea::deeplinkRequested);
        QSignalSpy capabilities(area.get(), &RcsArea::capabilitiesRequested);

        QTest::mouseClick(pane->findChild<QPushButton *>(u"sendMessageButton"_s), Qt::LeftButton);
        QCOMPARE(compose.size(), 1);
        QCOMPARE(compose.first().first().toString(), demoId());
        QTest::mouseClick(pane->findChild<QPushButton *>(u"deeplinkButton"_s), Qt::LeftButton);
        QCOMPARE(deeplink.size(), 1);
        QCOMPARE(deeplink.first().first().toString(), demoId());
        QCOMPARE(compose.size(), 1);

        QCOMPARE(area->currentWidget(), area->agentsPage());
        QTest::mouseClick(pane->findChild<QPushButton *>(u"checkCapabilitiesButton"_s),
                          Qt::LeftButton);
        QCOMPARE(area->currentWidget(), area->capabilitiesPage());
        QCOMPARE(capabilities.size(), 1);
        QCOMPARE(capabilities.first().first().toString(), demoId());

        // A disabled agent cannot send: its Send message… is off.
        area->setCurrentWidget(area->agentsPage());
        const QList<RcsAgent> agents = serverAgents();
        const auto disabled = std::find_if(agents.begin(), agents.end(),
                                           [](const RcsAgent &a) { return !a.enabled; });
        QVERIFY(disabled != agents.end());
        QVERIFY(select(*area, disabled->agentId));
        QVERIFY(!pane->findChild<QPushButton *>(u"sendMessageButton"_s)->isEnabled());
        QCOMPARE(pane->findChild<QLabel *>(u"agentEnabledBadge"_s)->text(), u"Disabled"_s);
    }

    // The agents list and pane show the messaging profile by name (the id in the tooltip);
    // the edit dialog picks a profile by name and sends its id.
    void profilesAreShownAndPickedByName()
    {
        MessagingProfiles profiles(&m_bed->client);
        auto area = makeArea();
        QVERIFY(area);
        area->setMessagingProfiles(&profiles);
        profiles.load();
        QTRY_VERIFY_WITH_TIMEOUT(profiles.isLoaded(), 10000);

        RcsAgentsModel *model = area->agentsModel();
        const int row = model->rowOf(demoId());
        const QString current = model->rowAt(row).messagingProfileId;
        QVERIFY(!profiles.name(current).isEmpty());
        const QModelIndex cell = model->index(row, RcsAgentsModel::MessagingProfileColumn);
        QCOMPARE(cell.data().toString(), profiles.name(current));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(current));

        QVERIFY(select(*area, demoId()));
        auto *field = area->agentDetailPane()->findChild<QLabel *>(u"agentField_profile_id"_s);
        QVERIFY(field);
        QTRY_COMPARE(field->text(), profiles.name(current));
        QVERIFY(field->toolTip().contains(current));

        QPointer<RcsAgentEditDialog> dialog = openEdit(*area);
        QVERIFY(dialog);
        auto *picker = dialog->findChild<MessagingProfilePicker *>(u"messagingProfilePicker"_s);
        QVERIFY(picker);
        QCOMPARE(picker->profileId(), current);
        QCOMPARE(picker->currentText(), profiles.name(current) + u" — "_s + current);
        QString target;
        for (const MessagingProfile &profile : profiles.profiles()) {
            if (profile.id != current)
                target = profile.id;
        }
        // Typed by name, as someone who does not know the id would.
        retype(dialog->findChild<QLineEdit *>(u"messagingProfileEdit"_s), profiles.name(target));
        QCOMPARE(picker->profileId(), target);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAgentButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(patchBodies().last().value(u"profile_id"_s).toString(), target);
        QCOMPARE(serverAgent(demoId()).profileId, std::optional<QString>(target));
        QTRY_COMPARE(model->index(model->rowOf(demoId()), RcsAgentsModel::MessagingProfileColumn)
                         .data()
                         .toString(),
                     profiles.name(target));
    }
};

QTEST_MAIN(TestRcsAgents)
#include "tst_rcsagents.moc"
