#include "activitydialog.h"

#include "activityfilterproxy.h"
#include "activitymodel.h"
#include "liststatetext.h"
#include "storage/activitylog.h"
#include "widgets/statetableview.h"
#include "widgets/tablerowactions.h"
#include "widgets/taborder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString headerKey = u"windows/activityDialog/header"_s;

// Keeps the chosen entry (by its data) when the choices are made again.
void setChoices(QComboBox *combo, const QString &allText, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

ActivityDialog::ActivityDialog(ActivityLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new ActivityModel(this))
    , m_proxy(new ActivityFilterProxy(this))
    , m_table(new StateTableView(this))
    , m_profileFilter(new QComboBox(this))
    , m_actionFilter(new QComboBox(this))
    , m_outcomeFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_retention(new QSpinBox(this))
    , m_countLabel(new QLabel(this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
{
    setObjectName(u"activityDialog"_s);
    setWindowTitle(tr("Activity"));
    resize(980, 520);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"activityTable"_s);
    m_table->setModel(m_proxy);
    m_table->applyListLook(8);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(ActivityModel::Time, Qt::DescendingOrder);
    m_table->setToolTip(tr("Double-click a row or press Enter to open its record"));

    m_profileFilter->setObjectName(u"activityProfileCombo"_s);
    m_actionFilter->setObjectName(u"activityActionCombo"_s);
    m_outcomeFilter->setObjectName(u"activityOutcomeCombo"_s);
    m_outcomeFilter->addItem(tr("Any outcome"), QString());
    for (const ActivityOutcome outcome : {ActivityOutcome::Done, ActivityOutcome::Failed,
                                          ActivityOutcome::Unknown, ActivityOutcome::InProgress})
        m_outcomeFilter->addItem(activityOutcomeLabel(outcome), activityOutcomeName(outcome));
    m_search->setObjectName(u"activitySearchEdit"_s);
    m_search->setPlaceholderText(tr("Number, id, error…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the activity"));
    m_profileFilter->setAccessibleName(tr("Profile"));
    m_actionFilter->setAccessibleName(tr("Action"));
    m_outcomeFilter->setAccessibleName(tr("Outcome"));
    m_table->setAccessibleName(tr("Activity"));
    m_retention->setObjectName(u"activityRetentionSpin"_s);
    m_retention->setRange(1, ActivityLog::maximumRetentionDays);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(m_log->retentionDays());
    m_retention->setToolTip(tr("Entries older than this are deleted from this computer"));
    m_exportButton->setObjectName(u"activityExportButton"_s);
    m_countLabel->setObjectName(u"activityCountLabel"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_profileFilter, 1);
    filters->addWidget(m_actionFilter, 1);
    filters->addWidget(m_outcomeFilter, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel, 1);
    auto *keepLabel = new QLabel(tr("&Keep for"), this);
    keepLabel->setBuddy(m_retention);
    bottom->addWidget(keepLabel);
    bottom->addWidget(m_retention);
    bottom->addWidget(m_exportButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(buttons);

    TabOrder::chain({m_search, m_profileFilter, m_actionFilter, m_outcomeFilter, m_table,
                     m_retention, m_exportButton, buttons});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    TableRowActions::Options rowOptions{tr("Export activity as CSV"), u"activityExportDialog"_s,
                                        u"activity.csv"_s};
    rowOptions.shownColumnsOnly = true;
    m_rowActions = new TableRowActions(m_table, rowOptions, this);
    connect(m_rowActions, &TableRowActions::statusMessage, m_countLabel, &QLabel::setText);
    connect(m_rowActions, &TableRowActions::exportFailed, m_countLabel, &QLabel::setText);
    connect(m_rowActions, &TableRowActions::shownRowsChanged, this, &ActivityDialog::updateState);
    connect(m_exportButton, &QPushButton::clicked, m_rowActions, &TableRowActions::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateState();
    });
    connect(m_profileFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProfileFilter(m_profileFilter->currentData().toString());
        updateState();
    });
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setActionFilter(m_actionFilter->currentData().toString());
        updateState();
    });
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString outcome = m_outcomeFilter->currentData().toString();
        m_proxy->setStatusFilter(outcome.isEmpty() ? QStringList() : QStringList{outcome});
        updateState();
    });
    connect(m_retention, &QSpinBox::editingFinished, this, [this] {
        if (m_retention->value() != m_log->retentionDays())
            m_log->setRetentionDays(m_retention->value());
    });
    connect(m_table, &QAbstractItemView::activated, this, &ActivityDialog::openRow);

    connect(m_log, &ActivityLog::entriesReset, this, &ActivityDialog::reload);
    connect(m_log, &ActivityLog::entryAdded, this, [this](const ActivityEntry &entry) {
        m_model->upsertEntry(entry);
        refreshChoices();
        updateState();
    });
    connect(m_log, &ActivityLog::entryChanged, this, [this](const ActivityEntry &entry) {
        m_model->upsertEntry(entry);
        updateState();
    });
    reload();

    const QByteArray header = QSettings().value(headerKey).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    else
        setDefaultColumnWidths();
}

void ActivityDialog::setDefaultColumnWidths()
{
    // Room for typical values, so a first opening on an empty log does not keep slivers.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto room = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(ActivityModel::Time, room(u"2026-12-05 23:59:59"_s));
    header->resizeSection(ActivityModel::Profile, room(u"Sandbox (built-in)"_s));
    header->resizeSection(ActivityModel::User, room(u"j.doe-desk"_s));
    header->resizeSection(ActivityModel::Action, room(u"Create hosted-number order"_s));
    header->resizeSection(ActivityModel::Target, room(u"+13125550100"_s));
    header->resizeSection(ActivityModel::Outcome, room(u"Unknown: may be done"_s));
    header->resizeSection(ActivityModel::Details, room(u"The connection was lost before"_s));
}

ActivityDialog::~ActivityDialog()
{
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

bool ActivityDialog::exportCsvTo(const QString &fileName, QString *errorMessage) const
{
    return m_rowActions->exportCsvTo(fileName, errorMessage);
}

void ActivityDialog::reload()
{
    m_model->setEntries(m_log->entries());
    refreshChoices();
    updateState();
}

void ActivityDialog::refreshChoices()
{
    setChoices(m_profileFilter, tr("Any profile"), m_model->profiles());
    setChoices(m_actionFilter, tr("Any action"), m_model->actions());
}

void ActivityDialog::updateState()
{
    ListStateText state;
    state.rows = m_model->rowCount();
    state.phase = state.rows == 0 ? ListStateText::Phase::Idle : ListStateText::Phase::Done;
    state.shownRows = m_proxy->isFiltering() || !m_proxy->profileFilter().isEmpty() ||
                              !m_proxy->actionFilter().isEmpty()
                          ? m_proxy->rowCount()
                          : -1;
    state.noun = tr("writes");
    state.filterText = m_proxy->filterText();
    state.idleText = tr("Nothing was written to Telnyx from this computer in the last %Ln day(s).",
                        nullptr, m_log->retentionDays());
    m_table->setPlaceholderText(state.text());
    m_countLabel->setText(
        state.shownRows >= 0
            ? tr("%1 of %Ln write(s) shown", nullptr, state.rows).arg(m_proxy->rowCount())
            : tr("%Ln write(s)", nullptr, state.rows));
    m_exportButton->setEnabled(m_proxy->rowCount() > 0);
}

void ActivityDialog::openRow(const QModelIndex &index)
{
    const QString area = index.data(ActivityModel::AreaRole).toString();
    const QString recordId = index.data(ActivityModel::RecordIdRole).toString();
    if (!area.isEmpty() && !recordId.isEmpty())
        Q_EMIT recordRequested(area, recordId);
}
