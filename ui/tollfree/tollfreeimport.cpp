#include "tollfreeimport.h"

#include "consolepalette.h"
#include "storage/draftstore.h"
#include "tollfreewizard.h"
#include "widgets/plaintext.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The texts of this file, under the context TollFreeImport; lupdate reads the context from here.
struct TollFreeImportTexts
{
    Q_DECLARE_TR_FUNCTIONS(TollFreeImport)
};

// The largest CSV the import reads; thousands of requests fit well below it.
constexpr qint64 maximumFileBytes = 32 * 1024 * 1024;

} // namespace

int TollFreeImportResult::draftCount() const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const TollFreeImportRow &row) { return !row.draftId.isEmpty(); }));
}

int TollFreeImportResult::readyCount() const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [](const TollFreeImportRow &row) { return row.isReady(); }));
}

namespace TollFreeImport {

TollFreeImportResult importCsv(const QString &text, DraftStore *drafts)
{
    const TollFreeCsvFile file = TollFreeCsv::read(text);
    TollFreeImportResult result;
    result.error = file.error;
    result.notes = file.notes;
    for (const TollFreeCsvRow &read : file.rows) {
        TollFreeImportRow row;
        row.row = read.row;
        row.problems = read.problems;
        row.warnings = read.warnings;
        row.title = TollFreeWizard::draftTitleFor(read.request);
        if (drafts) {
            row.draftId = drafts->create(QString::fromLatin1(DraftStore::tollFreeKind),
                                         TollFreeWizard::draftContentFor(read.request), row.title);
            if (row.draftId.isEmpty())
                row.problems.prepend(TollFreeImportTexts::tr("The draft could not be saved: %1")
                                         .arg(drafts->lastError()));
        }
        result.rows.append(row);
    }
    return result;
}

TollFreeImportResult importFile(const QString &path, DraftStore *drafts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TollFreeImportResult result;
        result.error =
            TollFreeImportTexts::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > maximumFileBytes) {
        TollFreeImportResult result;
        result.error =
            TollFreeImportTexts::tr("%1 is larger than 32 MB; split it into smaller files.")
                .arg(path);
        return result;
    }
    return importCsv(QString::fromUtf8(file.readAll()), drafts);
}

} // namespace TollFreeImport

// --- TollFreeImportDialog ------------------------------------------------------------------

namespace {
enum Column { RowColumn, TitleColumn, StateColumn, ProblemsColumn };
} // namespace

TollFreeImportDialog::TollFreeImportDialog(DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_summary(new QLabel(this))
    , m_rows(new QTreeWidget(this))
    , m_choose(new QPushButton(tr("&Choose CSV file…"), this))
    , m_resume(new QPushButton(tr("&Open draft"), this))
{
    setObjectName(u"tollFreeImportDialog"_s);
    setWindowTitle(tr("Import toll-free requests from CSV"));
    m_summary->setObjectName(u"importSummaryLabel"_s);
    PlainText::setUp(m_summary); // quotes the file
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(
        tr("Choose a CSV file with one request per row and a header naming the API "
           "fields (businessName, corporateWebsite, phoneNumbers, …). Several phone "
           "numbers or image URLs go in one cell, separated by ; or spaces. Each row "
           "becomes a draft."));
    m_rows->setObjectName(u"importResultsList"_s);
    m_rows->setAccessibleName(QDialog::tr("Imported rows"));
    m_rows->setRootIsDecorated(false);
    m_rows->setAllColumnsShowFocus(true);
    m_rows->setWordWrap(true);
    m_rows->setHeaderLabels({tr("Row"), tr("Business"), tr("Draft"), tr("Problems")});
    m_rows->header()->setSectionResizeMode(ProblemsColumn, QHeaderView::Stretch);
    m_choose->setObjectName(u"chooseCsvButton"_s);
    m_resume->setObjectName(u"openImportedDraftButton"_s);
    m_resume->setEnabled(false);
    m_resume->setToolTip(tr("Open the selected draft in the wizard to fix it."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_choose, QDialogButtonBox::ActionRole);
    buttons->addButton(m_resume, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
    layout->addWidget(buttons);
    resize(820, 440);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &TollFreeImportDialog::chooseFile);
    connect(m_rows, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_resume->setEnabled(item && !item->data(RowColumn, Qt::UserRole).toString().isEmpty());
    });
    const auto resume = [this] {
        const QTreeWidgetItem *item = m_rows->currentItem();
        const QString id = item ? item->data(RowColumn, Qt::UserRole).toString() : QString();
        if (id.isEmpty())
            return;
        Q_EMIT resumeRequested(id);
        accept();
    };
    connect(m_resume, &QPushButton::clicked, this, resume);
    connect(m_rows, &QTreeWidget::itemActivated, this, resume);
}

void TollFreeImportDialog::chooseFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Import CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(u"importCsvFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &TollFreeImportDialog::importFile);
    dialog->open();
}

void TollFreeImportDialog::importFile(const QString &path)
{
    m_result = TollFreeImport::importFile(path, m_drafts);
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    showResult();
}

void TollFreeImportDialog::showResult()
{
    m_rows->clear();
    if (!m_result.isOk()) {
        m_summary->setText(tr("Nothing was imported. %1").arg(m_result.error));
        return;
    }
    const int drafts = m_result.draftCount();
    const int ready = m_result.readyCount();
    QString summary = tr("%Ln draft(s) created.", nullptr, drafts) + u' ' +
                      tr("%Ln ready to submit, ", nullptr, ready) +
                      tr("%Ln need fixing in the wizard.", nullptr, drafts - ready);
    for (const QString &note : std::as_const(m_result.notes))
        summary += u"\n"_s + note;
    m_summary->setText(summary);

    for (const TollFreeImportRow &row : std::as_const(m_result.rows)) {
        auto *item = new QTreeWidgetItem(m_rows);
        item->setText(RowColumn, QLocale().toString(row.row));
        item->setData(RowColumn, Qt::UserRole, row.draftId);
        item->setText(TitleColumn, row.title);
        item->setText(StateColumn, row.draftId.isEmpty()
                                       ? tr("Not saved")
                                       : (row.problems.isEmpty() ? tr("Ready")
                                                                 : tr("%Ln problem(s)", nullptr,
                                                                      int(row.problems.size()))));
        QStringList lines = row.problems;
        for (const ReadinessWarning &warning : row.warnings)
            lines.append(tr("Warning: %1").arg(warning.message));
        item->setText(ProblemsColumn, row.problems.isEmpty() ? tr("No problems; %Ln warning(s).",
                                                                  nullptr, int(row.warnings.size()))
                                                             : row.problems.join(u"; "_s));
        item->setToolTip(ProblemsColumn, PlainText::toolTip(lines.join(u'\n')));
        if (!row.problems.isEmpty())
            item->setForeground(StateColumn, ConsolePalette().text(ConsolePalette::Kind::Error));
    }
    if (m_rows->topLevelItemCount() > 0)
        m_rows->setCurrentItem(m_rows->topLevelItem(0));
}
