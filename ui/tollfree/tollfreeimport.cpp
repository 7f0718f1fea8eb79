#include "tollfreeimport.h"

#include "storage/draftstore.h"
#include "tollfreewizard.h"
#include "widgets/plaintext.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("TollFreeImport", text, disambiguation, n);
}

// The largest CSV the import reads; thousands of requests fit well below it.
constexpr qint64 maximumFileBytes = 32 * 1024 * 1024;

QString columnKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QString listMember(const QString &field)
{
    if (field == u"phoneNumbers"_s)
        return u"phoneNumber"_s;
    if (field == u"optInWorkflowImageURLs"_s)
        return u"url"_s;
    return {};
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == u"false"_s || value == u"no"_s || value == u"n"_s ||
        value == u"0"_s)
        return false;
    if (value == u"true"_s || value == u"yes"_s || value == u"y"_s || value == u"1"_s)
        return true;
    return std::nullopt;
}

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

QList<QStringList> parseCsv(const QString &input, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        records.append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted && error)
        *error = tr("A quoted field is not closed: the file ends inside quotes.");
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return records;
}

TollFreeImportResult importCsv(const QString &text, DraftStore *drafts)
{
    TollFreeImportResult result;
    QString parseError;
    const QList<QStringList> records = parseCsv(text, &parseError);
    if (!parseError.isEmpty()) {
        result.error = parseError;
        return result;
    }
    if (records.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }

    // Header: which column feeds which field.
    QHash<QString, QString> fieldByKey;
    const QStringList fields = tollFreeFormFields();
    for (const QString &field : fields)
        fieldByKey.insert(columnKey(field), field);
    const QStringList &header = records.first();
    QList<QString> columnField;
    QStringList ignored;
    QSet<QString> seen;
    for (const QString &name : header) {
        QString field = fieldByKey.value(columnKey(name));
        if (field.isEmpty()) {
            if (!name.trimmed().isEmpty())
                ignored.append(name.trimmed());
        } else if (seen.contains(field)) {
            result.notes.append(
                tr("The column %1 appears twice; the first one is used.").arg(name));
            field.clear();
        } else {
            seen.insert(field);
        }
        columnField.append(field);
    }
    if (seen.isEmpty()) {
        result.error = tr("The first line names no API field. Use headers such as businessName, "
                          "corporateWebsite, phoneNumbers.");
        return result;
    }
    if (!ignored.isEmpty())
        result.notes.append(
            tr("Columns that are not API fields were ignored: %1.").arg(ignored.join(u", "_s)));
    QStringList missing;
    for (const QString &field : TollFreeVerificationRequest::requiredFieldNames()) {
        if (!seen.contains(field))
            missing.append(field);
    }
    if (!missing.isEmpty())
        result.notes.append(tr("No column for the required field(s) %1: fill them in the "
                               "wizard.")
                                .arg(missing.join(u", "_s)));

    static const QRegularExpression listSeparator(u"[;\\s]+"_s);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &cells = records.at(r);
        if (std::all_of(cells.begin(), cells.end(),
                        [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue; // blank line
        TollFreeImportRow row;
        row.row = int(r + 1);
        QJsonObject body;
        for (qsizetype c = 0; c < cells.size() && c < columnField.size(); ++c) {
            const QString &field = columnField.at(c);
            if (field.isEmpty())
                continue;
            const QString cell = cells.at(c);
            if (const QString member = listMember(field); !member.isEmpty()) {
                QJsonArray entries;
                const QStringList parts = cell.split(listSeparator, Qt::SkipEmptyParts);
                for (const QString &part : parts)
                    entries.append(QJsonObject{{member, part}});
                body.insert(field, entries);
            } else if (field == u"ageGatedContent"_s) {
                const std::optional<bool> value = parseYesNo(cell);
                if (value)
                    body.insert(field, *value);
                else
                    row.problems.append(tr("%1: “%2” is not yes or no.")
                                            .arg(tollFreeFieldLabel(field), cell.trimmed()));
            } else {
                body.insert(field, cell.trimmed());
            }
        }
        if (cells.size() > header.size())
            row.problems.append(tr("The row has %n cell(s) more than the header; they were "
                                   "ignored.",
                                   nullptr, int(cells.size() - header.size())));

        const TollFreeVerificationRequest typed = TollFreeVerificationRequest::fromJson(body);
        const TollFreeVerificationRequest normalized = normalizedTollFreeRequest(typed);
        const auto fieldProblems = tollFreeFieldProblems(normalized);
        for (const auto &[field, problem] : fieldProblems)
            row.problems.append(problem);
        row.warnings = tollFreeReadiness(normalized);
        row.title = TollFreeWizard::draftTitleFor(typed);
        if (drafts) {
            row.draftId = drafts->create(QString::fromLatin1(DraftStore::tollFreeKind),
                                         TollFreeWizard::draftContentFor(typed), row.title);
            if (row.draftId.isEmpty())
                row.problems.prepend(
                    tr("The draft could not be saved: %1").arg(drafts->lastError()));
        }
        result.rows.append(row);
    }
    if (result.rows.isEmpty())
        result.error = tr("The file has a header but no rows.");
    return result;
}

TollFreeImportResult importFile(const QString &path, DraftStore *drafts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TollFreeImportResult result;
        result.error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > maximumFileBytes) {
        TollFreeImportResult result;
        result.error = tr("%1 is larger than 32 MB; split it into smaller files.").arg(path);
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
    , m_choose(new QPushButton(QDialog::tr("&Choose CSV file…"), this))
    , m_resume(new QPushButton(QDialog::tr("&Open draft"), this))
{
    setObjectName(u"tollFreeImportDialog"_s);
    setWindowTitle(QDialog::tr("Import toll-free requests from CSV"));
    m_summary->setObjectName(u"importSummaryLabel"_s);
    PlainText::setUp(m_summary); // quotes the file
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(
        QDialog::tr("Choose a CSV file with one request per row and a header naming the API "
                    "fields (businessName, corporateWebsite, phoneNumbers, …). Several phone "
                    "numbers or image URLs go in one cell, separated by ; or spaces. Each row "
                    "becomes a draft."));
    m_rows->setObjectName(u"importResultsList"_s);
    m_rows->setRootIsDecorated(false);
    m_rows->setAllColumnsShowFocus(true);
    m_rows->setWordWrap(true);
    m_rows->setHeaderLabels({QDialog::tr("Row"), QDialog::tr("Business"), QDialog::tr("Draft"),
                             QDialog::tr("Problems")});
    m_rows->header()->setSectionResizeMode(ProblemsColumn, QHeaderView::Stretch);
    m_choose->setObjectName(u"chooseCsvButton"_s);
    m_resume->setObjectName(u"openImportedDraftButton"_s);
    m_resume->setEnabled(false);
    m_resume->setToolTip(QDialog::tr("Open the selected draft in the wizard to fix it."));

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
    auto *dialog = new QFileDialog(this, QDialog::tr("Import CSV"), QString(),
                                   QDialog::tr("CSV files (*.csv);;All files (*)"));
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
    setWindowTitle(QDialog::tr("Import %1").arg(QFileInfo(path).fileName()));
    showResult();
}

void TollFreeImportDialog::showResult()
{
    m_rows->clear();
    if (!m_result.isOk()) {
        m_summary->setText(QDialog::tr("Nothing was imported. %1").arg(m_result.error));
        return;
    }
    const int drafts = m_result.draftCount();
    const int ready = m_result.readyCount();
    QString summary = QDialog::tr("%n draft(s) created.", nullptr, drafts) + u' ' +
                      QDialog::tr("%n ready to submit, ", nullptr, ready) +
                      QDialog::tr("%n need fixing in the wizard.", nullptr, drafts - ready);
    for (const QString &note : std::as_const(m_result.notes))
        summary += u"\n"_s + note;
    m_summary->setText(summary);

    for (const TollFreeImportRow &row : std::as_const(m_result.rows)) {
        auto *item = new QTreeWidgetItem(m_rows);
        item->setText(RowColumn, QString::number(row.row));
        item->setData(RowColumn, Qt::UserRole, row.draftId);
        item->setText(TitleColumn, row.title);
        item->setText(StateColumn,
                      row.draftId.isEmpty()
                          ? QDialog::tr("Not saved")
                          : (row.problems.isEmpty() ? QDialog::tr("Ready")
                                                    : QDialog::tr("%n problem(s)", nullptr,
                                                                  int(row.problems.size()))));
        QStringList lines = row.problems;
        for (const ReadinessWarning &warning : row.warnings)
            lines.append(QDialog::tr("Warning: %1").arg(warning.message));
        item->setText(ProblemsColumn, row.problems.isEmpty()
                                          ? QDialog::tr("No problems; %n warning(s).", nullptr,
                                                        int(row.warnings.size()))
                                          : row.problems.join(u"; "_s));
        item->setToolTip(ProblemsColumn, PlainText::toolTip(lines.join(u'\n')));
        if (!row.problems.isEmpty())
            item->setForeground(StateColumn, QColor(0xc6, 0x28, 0x28));
    }
    if (m_rows->topLevelItemCount() > 0)
        m_rows->setCurrentItem(m_rows->topLevelItem(0));
}
