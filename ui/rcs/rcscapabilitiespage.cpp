#include "rcscapabilitiespage.h"

#include "api/apiclient.h"
#include "consolepalette.h"
#include "domain/validators.h"
#include "liststatetext.h"
#include "rcsagentpicker.h"
#include "rcsagentsmodel.h"
#include "rcscapabilitiesmodel.h"
#include "rcscapabilitiesproxy.h"
#include "session/rcscapabilitycache.h"
#include "widgets/errorbanner.h"
#include "widgets/fieldfeedback.h"
#include "widgets/plaintext.h"
#include "widgets/statetableview.h"
#include "widgets/tablerowactions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Imported files larger than this are refused: 20 MB is about a million numbers.
constexpr qint64 maxImportBytes = 20 * 1024 * 1024;

QString invalidDetails(const PhoneNumberList &list)
{
    constexpr int shown = 10;
    QStringList lines;
    for (const PhoneNumberList::Rejected &rejected : list.invalid) {
        if (lines.size() == shown) {
            lines << RcsCapabilitiesPage::tr("… and %L1 more").arg(list.invalid.size() - shown);
            break;
        }
        lines << RcsCapabilitiesPage::tr("Line %1: “%2”: %3")
                     .arg(rejected.line)
                     .arg(rejected.text.left(40), rejected.reason);
    }
    return lines.join(u'\n');
}

// Muted text, for what the single-number box says before and while it checks.
QString mutedHtml(const QString &html)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(ConsolePalette().muted().name(), html);
}

// The list summary is muted, or a warning when some lines are not numbers.
QString summaryStyle(const PhoneNumberList &list)
{
    const ConsolePalette colours;
    return list.invalid.isEmpty() ? colours.mutedStyle()
                                  : colours.textStyle(ConsolePalette::Kind::Warning);
}

// A few words for the results table; the whole message is in the cell's tooltip.
QString failureStatus(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
    case ApiError::Kind::Http:
        return RcsCapabilitiesPage::tr("Failed (HTTP %1)").arg(error.httpStatus());
    case ApiError::Kind::Timeout:
        return RcsCapabilitiesPage::tr("Failed: timed out");
    case ApiError::Kind::Network:
        return RcsCapabilitiesPage::tr("Failed: no connection");
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureUrl:
        return RcsCapabilitiesPage::tr("Failed: insecure connection");
    case ApiError::Kind::Parse:
    case ApiError::Kind::AcceptedUnreadable:
        return RcsCapabilitiesPage::tr("Failed: unreadable answer");
    case ApiError::Kind::Cancelled:
        return RcsCapabilitiesPage::tr("Cancelled");
    }
    return RcsCapabilitiesPage::tr("Failed");
}

} // namespace

RcsCapabilitiesPage::RcsCapabilitiesPage(ApiClient *client, RcsCapabilityCache *cache,
                                         RcsAgentsModel *agents, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_agents(agents)
    , m_checker(new RcsCapabilityChecker(client, cache, this))
    , m_model(new RcsCapabilitiesModel(this))
    , m_proxy(new RcsCapabilitiesProxy(this))
{
    setObjectName(QStringLiteral("rcsCapabilitiesPage"));
    m_proxy->setSourceModel(m_model);

    // Made in reading order, which is the order Tab visits them in.
    QWidget *agentRow = buildAgentRow();
    auto *inputs = new QHBoxLayout;
    inputs->setSpacing(10);
    inputs->addWidget(buildSingleGroup(), 2);
    inputs->addWidget(buildBulkGroup(), 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(agentRow);
    layout->addLayout(inputs);
    layout->addWidget(buildResults(), 1);

    connect(m_checker, &RcsCapabilityChecker::singleChecked, this,
            &RcsCapabilitiesPage::showSingleResult);
    connect(m_checker, &RcsCapabilityChecker::singleFailed, this,
            &RcsCapabilitiesPage::showSingleFailure);
    connect(m_checker, &RcsCapabilityChecker::started, this, [this](int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(0);
        m_progress->setFormat(tr("%v of %m"));
        m_progress->show();
        m_cancelButton->show();
        m_runStatus->setText(
            tr("Checking %Ln number(s) with %1…", nullptr, total).arg(agentName(m_runAgent)));
        updateBulkControls();
        updatePlaceholder();
    });
    connect(m_checker, &RcsCapabilityChecker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(total == 0 ? 1 : done);
    });
    connect(m_checker, &RcsCapabilityChecker::resultsReady, this,
            [this](const QList<RcsCapabilities> &results, bool fromCache) {
                m_model->addResults(results, fromCache);
            });
    connect(m_checker, &RcsCapabilityChecker::batchFailed, this,
            [this](const QStringList &numbers, const QString &message, const ApiError &error) {
                // Checked locally (not a phone number, no answer): the message is short.
                if (error.isNull() && message == RcsCapabilityChecker::noAnswerMessage())
                    m_model->addFailures(numbers, tr("No answer"), message);
                else if (error.isNull())
                    m_model->addFailures(numbers, message);
                else
                    m_model->addFailures(numbers, failureStatus(error), message);
                ++m_failedBatches;
                m_lastFailure = message;
            });
    connect(m_checker, &RcsCapabilityChecker::rateLimited, this, [this](int waitMs) {
        m_runStatus->setText(
            tr("The API asked to slow down: waiting %1 s, then one batch at a time.")
                .arg(QString::number((waitMs + 999) / 1000)));
    });
    connect(m_checker, &RcsCapabilityChecker::finished, this, &RcsCapabilitiesPage::onBulkFinished);

    connect(m_model, &RcsCapabilitiesModel::countsChanged, this, [this] {
        updateFeatureColumns();
        updateCounts();
        updatePlaceholder();
    });

    if (m_agents) {
        connect(m_agents, &QAbstractItemModel::rowsInserted, this,
                &RcsCapabilitiesPage::rebuildAgentItems);
        connect(m_agents, &QAbstractItemModel::modelReset, this,
                &RcsCapabilitiesPage::rebuildAgentItems);
        connect(m_agents, &QAbstractItemModel::dataChanged, this,
                &RcsCapabilitiesPage::rebuildAgentItems);
        connect(m_agents, &PagedListModel::errorOccurred, this,
                [this](const ApiError &error, const QString &) {
                    if (error.kind() != ApiError::Kind::Cancelled && m_agentCombo->count() == 0)
                        m_agentNote->setText(
                            tr("Could not load the agents list; type an agent ID."));
                });
    }
    rebuildAgentItems();
    updateSingleButton();
    updateBulkControls();
    updateFeatureColumns();
    updateCounts();
    updatePlaceholder();
}

RcsCapabilitiesPage::~RcsCapabilitiesPage()
{
    // The page's requests end with it; nothing is reported to the half-destroyed page.
    disconnect(m_checker, nullptr, this, nullptr);
    delete m_checker;
    m_checker = nullptr;
}

// --- Building ------------------------------------------------------------------------------

QWidget *RcsCapabilitiesPage::buildAgentRow()
{
    auto *row = new QWidget(this);
    auto *label = new QLabel(tr("&Agent:"), row);
    m_agentCombo = new QComboBox(row);
    RcsAgentPicker::setUpCombo(m_agentCombo, m_agents,
                               tr("The RCS agent whose reach is checked. Pick one from your "
                                  "agents or type an agent ID."),
                               RcsAgentPicker::Entry::PickOrType);
    m_agentCombo->setObjectName(u"rcsCapAgentCombo"_s);
    m_agentCombo->setMinimumContentsLength(34);
    m_agentCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_agentCombo);
    m_agentNote = new QLabel(row);
    m_agentNote->setObjectName(u"rcsCapAgentNote"_s);
    PlainText::setUp(m_agentNote);
    m_agentNote->setStyleSheet(ConsolePalette().mutedStyle());
    m_refresh = new QCheckBox(tr("Check a&gain (ignore answers from this session)"), row);
    m_refresh->setObjectName(u"rcsCapRefreshCheck"_s);
    m_refresh->setToolTip(tr("Numbers already checked with this agent are answered from memory "
                             "without asking the API. Tick this to ask again, for example "
                             "after someone switched phones."));

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_agentCombo);
    layout->addWidget(m_agentNote, 1);
    layout->addWidget(m_refresh);

    connect(m_agentCombo, &QComboBox::currentTextChanged, this, [this] {
        updateAgentNote();
        updateSingleButton();
        updateBulkControls();
    });
    return row;
}

QWidget *RcsCapabilitiesPage::buildSingleGroup()
{
    auto *group = new QGroupBox(tr("One number"), this);
    group->setObjectName(u"rcsCapSingleGroup"_s);
    m_singleNumber = new QLineEdit(group);
    m_singleNumber->setAccessibleName(group->title());
    m_singleNumber->setObjectName(u"rcsCapSingleNumberEdit"_s);
    m_singleNumber->setPlaceholderText(tr("+13125550123"));
    m_singleNumber->setClearButtonEnabled(true);
    m_singleNumber->setToolTip(tr("A phone number in E.164 format: + then the country code and "
                                  "number. A 10-digit US number is accepted too."));
    m_singleFeedback = new FieldFeedback(
        m_singleNumber,
        [this]() -> QString {
            const QString text = m_singleNumber->text().trimmed();
            if (text.isEmpty())
                return tr("Enter a phone number, e.g. +13125550123.");
            if (Validators::normalizeUsNumber(text).isEmpty())
                return tr("Not a phone number: use E.164, + then up to 15 digits "
                          "(e.g. +13125550123).");
            return {};
        },
        this);
    m_singleButton = new QPushButton(tr("&Check"), group);
    m_singleButton->setObjectName(u"rcsCapSingleCheckButton"_s);
    m_singleButton->setToolTip(tr("Ask which RCS features this number supports (Enter)"));
    m_singleResult = new QLabel(group);
    m_singleResult->setObjectName(u"rcsCapSingleResult"_s);
    m_singleResult->setWordWrap(true);
    m_singleResult->setTextFormat(Qt::RichText);
    m_singleResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_singleResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_singleResult->setMinimumHeight(90);
    m_singleResult->setText(
        mutedHtml(tr("Type a number and press Check to see which RCS features it supports.")
                      .toHtmlEscaped()));

    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_singleNumber, 1);
    numberRow->addWidget(m_singleButton);
    auto *layout = new QVBoxLayout(group);
    layout->addLayout(numberRow);
    layout->addWidget(m_singleFeedback->messageLabel());
    layout->addWidget(m_singleResult, 1);

    connect(m_singleNumber, &QLineEdit::textChanged, this,
            &RcsCapabilitiesPage::updateSingleButton);
    connect(m_singleNumber, &QLineEdit::returnPressed, this, &RcsCapabilitiesPage::checkSingle);
    connect(m_singleButton, &QPushButton::clicked, this, &RcsCapabilitiesPage::checkSingle);
    return group;
}

QWidget *RcsCapabilitiesPage::buildBulkGroup()
{
    auto *group = new QGroupBox(tr("Many numbers"), this);
    group->setObjectName(u"rcsCapBulkGroup"_s);
    m_bulkEdit = new QPlainTextEdit(group);
    m_bulkEdit->setAccessibleName(group->title());
    m_bulkEdit->setObjectName(u"rcsCapBulkEdit"_s);
    m_bulkEdit->setPlaceholderText(tr("Paste phone numbers: one per line, comma-separated, or a "
                                      "column copied from a spreadsheet. Duplicates are "
                                      "dropped; numbers are checked %1 per request.")
                                       .arg(100));
    m_bulkEdit->setTabChangesFocus(true);
    m_bulkEdit->setMinimumHeight(70);
    m_bulkSummary = new QLabel(group);
    m_bulkSummary->setObjectName(u"rcsCapBulkSummary"_s);
    PlainText::setUp(m_bulkSummary); // file names and what the file held
    m_bulkSummary->setStyleSheet(ConsolePalette().mutedStyle());
    m_bulkSummary->setWordWrap(true);
    m_importButton = new QPushButton(tr("&Import file…"), group);
    m_importButton->setObjectName(u"rcsCapImportButton"_s);
    m_importButton->setToolTip(tr("Read the numbers from a CSV or text file"));
    m_checkAllButton = new QPushButton(tr("Check a&ll"), group);
    m_checkAllButton->setObjectName(u"rcsCapCheckAllButton"_s);
    m_checkAllButton->setToolTip(tr("Check every number (Ctrl+Enter)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_bulkSummary, 1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_checkAllButton);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_bulkEdit, 1);
    layout->addLayout(buttons);

    m_parseDebounce.setSingleShot(true);
    m_parseDebounce.setInterval(200);
    connect(m_bulkEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_importNote.clear();
        m_parseDebounce.start();
    });
    connect(&m_parseDebounce, &QTimer::timeout, this, &RcsCapabilitiesPage::parseBulkText);
    connect(m_importButton, &QPushButton::clicked, this, &RcsCapabilitiesPage::importFile);
    connect(m_checkAllButton, &QPushButton::clicked, this, &RcsCapabilitiesPage::checkAll);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_bulkEdit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &RcsCapabilitiesPage::checkAll);
    }
    parseBulkText();
    return group;
}

QWidget *RcsCapabilitiesPage::buildResults()
{
    auto *box = new QWidget(this);
    m_banner = new ErrorBanner(box);
    m_banner->setObjectName(u"rcsCapErrorBanner"_s);
    m_banner->hide();
    m_filter = new QLineEdit(box);
    m_filter->setAccessibleName(tr("Filter results"));
    m_filter->setObjectName(u"rcsCapFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter results (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_outcomeFilter = new QComboBox(box);
    m_outcomeFilter->setAccessibleName(tr("Outcome"));
    m_outcomeFilter->setObjectName(u"rcsCapOutcomeFilter"_s);
    m_outcomeFilter->addItem(tr("All results"), int(RcsCapabilitiesProxy::OutcomeFilter::All));
    m_outcomeFilter->addItem(tr("RCS only"), int(RcsCapabilitiesProxy::OutcomeFilter::RcsOnly));
    m_outcomeFilter->addItem(tr("Not RCS"), int(RcsCapabilitiesProxy::OutcomeFilter::NotRcs));
    m_outcomeFilter->addItem(tr("Failed"), int(RcsCapabilitiesProxy::OutcomeFilter::Failed));
    m_outcomeFilter->setToolTip(tr("Show every number, only those that can receive RCS, those "
                                   "that cannot, or those whose check failed"));
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(u"rcsCapProgress"_s);
    m_progress->setFixedWidth(200);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setObjectName(u"rcsCapCancelButton"_s);
    m_cancelButton->setToolTip(tr("Stop checking; answers so far are kept (Esc)"));
    m_cancelButton->hide();
    m_retryFailedButton = new QPushButton(tr("Chec&k failed again"), box);
    m_retryFailedButton->setObjectName(u"rcsCapRetryFailedButton"_s);
    m_retryFailedButton->hide();
    m_runStatus = new QLabel(box);
    m_runStatus->setObjectName(u"rcsCapRunStatus"_s);
    PlainText::setUp(m_runStatus); // agent names and the server's errors
    m_runStatus->setWordWrap(true);
    m_countLabel = new QLabel(box);
    m_countLabel->setObjectName(u"rcsCapCountLabel"_s);
    m_countLabel->setStyleSheet(ConsolePalette().mutedStyle());
    m_copyButton = new QPushButton(tr("Cop&y"), box);
    m_copyButton->setObjectName(u"rcsCapCopyButton"_s);
    m_copyButton->setToolTip(tr("Copy the selected rows (or every shown row) for a spreadsheet"));
    m_exportButton = new QPushButton(tr("E&xport CSV…"), box);
    m_exportButton->setObjectName(u"rcsCapExportButton"_s);
    m_exportButton->setToolTip(tr("Save the shown rows and columns as a CSV file"));

    m_table = new StateTableView(box);
    m_table->setAccessibleName(tr("Capability results"));
    m_table->setObjectName(u"rcsCapResultsTable"_s);
    m_table->setModel(m_proxy);
    m_table->applyListLook(8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    // Feature labels wrap onto two lines so the ✓ columns stay narrow.
    header->setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    header->setMinimumHeight(fontMetrics().height() * 2 + 12);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(RcsCapabilitiesModel::NumberColumn,
                          metrics.horizontalAdvance(u"+000000000000000"_s) + 16);
    header->resizeSection(RcsCapabilitiesModel::RcsColumn,
                          metrics.horizontalAdvance(tr("Unknown")) + 20);
    for (int column = RcsCapabilitiesModel::FirstFeatureColumn; column < m_model->statusColumn();
         ++column) {
        const QString label = m_model->headerData(column, Qt::Horizontal).toString();
        // About half the label per line.
        // The narrowest width that fits the label on two lines.
        const QStringList words = label.split(u' ');
        int twoLines = metrics.horizontalAdvance(label);
        for (qsizetype split = 1; split < words.size(); ++split) {
            const int first = metrics.horizontalAdvance(words.mid(0, split).join(u' '));
            const int second = metrics.horizontalAdvance(words.mid(split).join(u' '));
            twoLines = std::min(twoLines, std::max(first, second));
        }
        header->resizeSection(column, std::clamp(twoLines + 20, 60, 130));
    }

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_outcomeFilter);
    tools->addWidget(m_countLabel);
    tools->addWidget(m_copyButton);
    tools->addWidget(m_exportButton);
    auto *run = new QHBoxLayout;
    run->addWidget(m_progress);
    run->addWidget(m_cancelButton);
    run->addWidget(m_runStatus, 1);
    run->addWidget(m_retryFailedButton);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(run);
    layout->addWidget(m_banner);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);

    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDebounce, qOverload<>(&QTimer::start));
    connect(&m_filterDebounce, &QTimer::timeout, this, [this] {
        m_proxy->setFilterText(m_filter->text());
        updateCounts();
        updatePlaceholder();
    });
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOutcomeFilter(
            RcsCapabilitiesProxy::OutcomeFilter(m_outcomeFilter->currentData().toInt()));
        updateCounts();
        updatePlaceholder();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &RcsCapabilitiesPage::cancelBulk);
    connect(m_retryFailedButton, &QPushButton::clicked, this, &RcsCapabilitiesPage::retryFailed);
    connect(m_banner, &ErrorBanner::retryRequested, this, &RcsCapabilitiesPage::retryFailed);
    connect(m_copyButton, &QPushButton::clicked, this, &RcsCapabilitiesPage::copyRows);
    connect(m_exportButton, &QPushButton::clicked, this, &RcsCapabilitiesPage::exportCsv);

    TableRowActions::Options rowOptions{tr("Export RCS capabilities as CSV"),
                                        u"rcsCapExportDialog"_s, u"rcs-capabilities.csv"_s};
    rowOptions.copyAllWhenNothingSelected = true;
    rowOptions.shownColumnsOnly = true;
    m_rowActions = new TableRowActions(m_table, rowOptions, this);
    connect(m_rowActions, &TableRowActions::statusMessage, this,
            &RcsCapabilitiesPage::statusMessage);
    connect(m_rowActions, &TableRowActions::exportFailed, m_banner,
            [this](const QString &message) { m_banner->showError(message); });
    connect(m_rowActions, &TableRowActions::shownRowsChanged, this,
            &RcsCapabilitiesPage::updateCounts);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &RcsCapabilitiesPage::cancelBulk);
    return box;
}

// --- Agents --------------------------------------------------------------------------------

void RcsCapabilitiesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The agents list is usually loaded by its own tab; ask for it if nobody has yet.
    if (!m_agents || m_agents->rowCount() > 0 || !m_client || !m_client->hasApiKey() ||
        m_agents->state() != PagedListModel::State::Idle)
        return;
    if (!m_agents->pager())
        m_agents->reload();
    else if (m_agents->canFetchMore())
        m_agents->fetchMore();
}

void RcsCapabilitiesPage::rebuildAgentItems()
{
    if (!m_agents)
        return;
    {
        const QSignalBlocker blocker(m_agentCombo);
        RcsAgentPicker::refill(m_agentCombo, m_agents);
    }
    updateAgentNote();
    updateSingleButton();
    updateBulkControls();
}

QString RcsCapabilitiesPage::agentId() const
{
    return RcsAgentPicker::agentId(m_agentCombo);
}

void RcsCapabilitiesPage::setAgentId(const QString &id)
{
    RcsAgentPicker::select(m_agentCombo, id);
    updateAgentNote();
}

QString RcsCapabilitiesPage::agentName(const QString &id) const
{
    if (m_agents) {
        for (int row = 0; row < m_agents->rowCount(); ++row) {
            const RcsAgentRow &agent = m_agents->rowAt(row);
            if (agent.id == id && !agent.name.isEmpty())
                return agent.name;
        }
    }
    return id;
}

void RcsCapabilitiesPage::updateAgentNote()
{
    const QString id = agentId();
    QString note;
    if (id.isEmpty()) {
        note = m_agentCombo->count() == 0 ? tr("No agents loaded yet: type an agent ID.")
                                          : tr("Pick an agent.");
    } else if (m_agentCombo->findData(id) < 0 && m_agentCombo->count() > 0) {
        note = tr("Not one of your listed agents: checked as typed.");
    }
    m_agentNote->setText(note);
}

// --- One number ----------------------------------------------------------------------------

bool RcsCapabilitiesPage::forceRefresh() const
{
    return m_refresh->isChecked();
}

void RcsCapabilitiesPage::updateSingleButton()
{
    if (!m_singleButton)
        return;
    const bool numberOk = m_singleFeedback->problem().isEmpty();
    m_singleButton->setEnabled(numberOk && !agentId().isEmpty());
}

void RcsCapabilitiesPage::checkSingle()
{
    const QString problem = m_singleFeedback->problem();
    if (!problem.isEmpty()) {
        // Refused before sending: the reason is shown under the field.
        m_singleFeedback->setTouched(true);
        m_singleNumber->setFocus();
        return;
    }
    if (agentId().isEmpty()) {
        m_agentNote->setText(tr("Pick an agent or type its ID first."));
        m_agentCombo->setFocus();
        return;
    }
    const QString number = Validators::normalizeUsNumber(m_singleNumber->text().trimmed());
    if (number != m_singleNumber->text().trimmed())
        m_singleNumber->setText(number); // shows what is sent
    m_singleResult->setText(mutedHtml(tr("Checking %1…").arg(number.toHtmlEscaped())));
    m_checker->checkOne(agentId(), number, forceRefresh());
}

void RcsCapabilitiesPage::showSingleResult(const RcsCapabilities &capabilities, bool fromCache)
{
    const QString number = capabilities.phoneNumber.toHtmlEscaped();
    const QString agent =
        (capabilities.agentName.isEmpty() ? agentName(agentId()) : capabilities.agentName)
            .toHtmlEscaped();
    const ConsolePalette colours;
    QString html;
    if (capabilities.isRcsCapable()) {
        html = u"<p style='margin:0'><b style='color:%2'>✓ %1</b></p>"_s.arg(
            tr("%1 can receive RCS messages from %2.").arg(number, agent),
            colours.text(ConsolePalette::Kind::Success).name());
        QStringList cells;
        for (const QString &feature : capabilities.features)
            cells << u"<td style='padding:2px 14px 2px 0'>• %1</td>"_s.arg(
                rcsFeatureLabel(feature).toHtmlEscaped());
        html += u"<table style='margin-top:4px'>"_s;
        for (qsizetype i = 0; i < cells.size(); i += 2)
            html += u"<tr>"_s + cells.mid(i, 2).join(QString()) + u"</tr>"_s;
        html += u"</table>"_s;
    } else {
        html = u"<p style='margin:0'><b style='color:%3'>✗ %1</b></p><p style='margin:4px 0 "
               u"0 0'>%2</p>"_s.arg(
                   tr("%1 cannot receive RCS messages from %2.").arg(number, agent),
                   // No JSON: the API answered 404, RBM's word for a phone without RCS.
                   capabilities.raw.isEmpty()
                       ? tr("The API has no RCS device on record for this number (it answered "
                            "“not found”): the phone, its carrier or its settings do not "
                            "support RCS. Send it SMS instead.")
                       : tr("The API reports no RCS features for this number: the phone, its "
                            "carrier or its settings do not support RCS (or RCS is switched "
                            "off). Send it SMS instead."),
                   colours.text(ConsolePalette::Kind::Warning).name());
    }
    if (fromCache)
        html += u"<p style='color:%2; margin:4px 0 0 0'>%1</p>"_s.arg(
            tr("Answer from earlier in this session. Tick “Check again” to ask the API."),
            colours.muted().name());
    m_singleResult->setText(html);
}

void RcsCapabilitiesPage::showSingleFailure(const QString &number, const QString &message,
                                            const ApiError &error)
{
    if (error.isNull()) {
        // Refused before sending (not a phone number).
        m_singleFeedback->setTouched(true);
        m_singleResult->clear();
        return;
    }
    // A 404 reaching here is about the agent (the checker turns RBM's 404 for a phone without
    // RCS into a "cannot receive RCS" answer).
    m_singleResult->setText(
        u"<p style='margin:0'><b style='color:%3'>%1</b></p><p style='margin:4px 0 0 0'>%2</p>"_s
            .arg(tr("Could not check %1.").arg(number.toHtmlEscaped()), message.toHtmlEscaped(),
                 ConsolePalette().text(ConsolePalette::Kind::Error).name()));
}

// --- Many numbers --------------------------------------------------------------------------

void RcsCapabilitiesPage::parseBulkText()
{
    m_parseDebounce.stop();
    m_parsed = PhoneNumberList::parse(m_bulkEdit->toPlainText());
    QString summary;
    if (!m_importNote.isEmpty())
        summary = m_importNote;
    else if (m_parsed.numbers.isEmpty() && m_parsed.invalid.isEmpty())
        summary = tr("No numbers yet.");
    else
        summary = m_parsed.summary();
    m_bulkSummary->setText(summary);
    m_bulkSummary->setToolTip(PlainText::toolTip(invalidDetails(m_parsed)));
    m_bulkSummary->setStyleSheet(summaryStyle(m_parsed));
    updateBulkControls();
}

void RcsCapabilitiesPage::updateBulkControls()
{
    if (!m_checkAllButton || !m_retryFailedButton)
        return;
    const bool running = m_checker->isRunning();
    m_checkAllButton->setEnabled(!running && !m_parsed.numbers.isEmpty() && !agentId().isEmpty());
    m_importButton->setEnabled(!running);
    m_cancelButton->setVisible(running);
    m_retryFailedButton->setVisible(!running && m_model->failedCount() > 0);
}

void RcsCapabilitiesPage::checkAll()
{
    if (m_parseDebounce.isActive())
        parseBulkText();
    if (m_checker->isRunning() || m_parsed.numbers.isEmpty())
        return;
    if (agentId().isEmpty()) {
        m_agentNote->setText(tr("Pick an agent or type its ID first."));
        m_agentCombo->setFocus();
        return;
    }
    m_model->clear();
    startBulk(m_parsed.numbers);
}

void RcsCapabilitiesPage::retryFailed()
{
    const QStringList failed = m_model->failedNumbers();
    if (failed.isEmpty() || m_checker->isRunning())
        return;
    startBulk(failed);
}

void RcsCapabilitiesPage::startBulk(const QStringList &numbers)
{
    m_banner->hide();
    m_failedBatches = 0;
    m_lastFailure.clear();
    m_runAgent = agentId();
    m_checker->check(m_runAgent, numbers, forceRefresh());
}

void RcsCapabilitiesPage::cancelBulk()
{
    m_checker->cancel();
}

void RcsCapabilitiesPage::onBulkFinished(const RcsCheckSummary &summary)
{
    m_cancelButton->hide();
    QStringList parts;
    if (summary.cancelled)
        parts << tr("Cancelled: %1 of %2 checked.").arg(summary.answered()).arg(summary.total);
    else if (summary.failed > 0)
        parts << tr("Done: %1 of %2 checked.").arg(summary.answered()).arg(summary.total);
    else
        parts << tr("Done: %Ln number(s) checked.", nullptr, summary.total);
    parts << tr("%1 can receive RCS, %2 cannot.")
                 .arg(summary.capable)
                 .arg(summary.answered() - summary.capable);
    if (summary.fromCache > 0)
        parts << tr("%1 answered from earlier in this session.").arg(summary.fromCache);
    if (summary.slowDowns > 0)
        parts << tr("Slowed down %Ln time(s) for the API's rate limit.", nullptr,
                    summary.slowDowns);
    m_runStatus->setText(parts.join(u' '));
    if (summary.failed > 0) {
        m_banner->showError(
            tr("%Ln number(s) could not be checked. %1 Use Retry to check them again.", nullptr,
               summary.failed)
                .arg(m_lastFailure),
            false);
    }
    Q_EMIT statusMessage(parts.first());
    updateBulkControls();
    updatePlaceholder();
}

bool RcsCapabilitiesPage::importFileFrom(const QString &fileName, QString *errorMessage)
{
    QFile file(fileName);
    const auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        m_bulkSummary->setText(message);
        m_bulkSummary->setStyleSheet(ConsolePalette().textStyle(ConsolePalette::Kind::Error));
        return false;
    };
    if (QFileInfo(fileName).size() > maxImportBytes)
        return fail(tr("%1 is larger than 20 MB; split it into smaller files.")
                        .arg(QFileInfo(fileName).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("Could not read %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString()));
    const PhoneNumberList list = PhoneNumberList::parse(file.readAll());
    if (list.numbers.isEmpty())
        return fail(tr("No phone numbers found in %1.").arg(QFileInfo(fileName).fileName()));
    m_settingText = true;
    m_bulkEdit->setPlainText(list.numbers.join(u'\n'));
    m_settingText = false;
    m_importNote = tr("From %1: %2").arg(QFileInfo(fileName).fileName(), list.summary());
    parseBulkText();
    // The file's problems, which the cleaned-up text no longer shows.
    m_bulkSummary->setToolTip(PlainText::toolTip(invalidDetails(list)));
    m_bulkSummary->setStyleSheet(summaryStyle(list));
    return true;
}

void RcsCapabilitiesPage::importFile()
{
    auto *dialog = new QFileDialog(this, tr("Import phone numbers"));
    dialog->setObjectName(u"rcsCapImportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV or text files (*.csv *.txt *.tsv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &fileName) { importFileFrom(fileName); });
    dialog->open();
}

// --- Results -------------------------------------------------------------------------------

void RcsCapabilitiesPage::updateFeatureColumns()
{
    // Only the features some number has: twelve mostly empty columns would hide the useful ones.
    const QStringList used = m_model->featuresInUse();
    for (int column = RcsCapabilitiesModel::FirstFeatureColumn; column < m_model->statusColumn();
         ++column) {
        const QString feature =
            m_model->headerData(column, Qt::Horizontal, RcsCapabilitiesModel::FeatureRole)
                .toString();
        m_table->setColumnHidden(column, !used.contains(feature));
    }
}

void RcsCapabilitiesPage::updateCounts()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    QString text;
    if (total == 0)
        text.clear();
    else if (m_proxy->isFiltering())
        text = tr("%1 of %2 shown").arg(shown).arg(total);
    else
        text = tr("%1 RCS · %2 not RCS%3")
                   .arg(m_model->capableCount())
                   .arg(m_model->notCapableCount())
                   .arg(m_model->failedCount() > 0 ? tr(" · %1 failed").arg(m_model->failedCount())
                                                   : QString());
    m_countLabel->setText(text);
    const bool hasRows = shown > 0;
    m_copyButton->setEnabled(hasRows);
    m_exportButton->setEnabled(hasRows);
    updateBulkControls();
}

void RcsCapabilitiesPage::updatePlaceholder()
{
    ListStateText state;
    state.phase = m_checker->isRunning()     ? ListStateText::Phase::Working
                  : m_model->rowCount() == 0 ? ListStateText::Phase::Idle
                                             : ListStateText::Phase::Done;
    state.rows = m_model->rowCount();
    state.shownRows = m_proxy->rowCount();
    state.noun = tr("numbers");
    state.filterText = m_filter->text();
    state.workingText = tr("Checking…");
    state.idleText = tr("No results yet.\nPaste or import numbers above and press Check all.");
    m_table->setPlaceholderText(state.text());
}

bool RcsCapabilitiesPage::exportCsvTo(const QString &fileName, QString *errorMessage)
{
    return m_rowActions->exportCsvTo(fileName, errorMessage);
}

void RcsCapabilitiesPage::exportCsv()
{
    m_rowActions->exportCsv();
}

void RcsCapabilitiesPage::copyRows()
{
    m_rowActions->copyRows();
}
