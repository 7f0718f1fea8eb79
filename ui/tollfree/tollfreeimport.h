#pragma once

#include "domain/tollfreecsv.h"
#include "domain/tollfreereadiness.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class DraftStore;
class QLabel;
class QPushButton;
class QTreeWidget;

// One CSV row turned into a draft.
struct TollFreeImportRow
{
    int row = 0;          // record number in the file; the header is record 1
    QString title;        // the draft's title (business name)
    QString draftId;      // empty when the draft could not be written
    QStringList problems; // what must be fixed before the request can be submitted
    QList<ReadinessWarning> warnings;

    bool isReady() const { return !draftId.isEmpty() && problems.isEmpty(); }
};

struct TollFreeImportResult
{
    QString error;     // the file as a whole could not be used; no drafts were made
    QStringList notes; // about the file: ignored columns, missing required columns
    QList<TollFreeImportRow> rows;

    bool isOk() const { return error.isEmpty(); }
    int draftCount() const;
    int readyCount() const;
};

// "Import CSV": one toll-free verification request per row, columns named like the API fields
// (businessName, phoneNumbers, ...; case and underscores do not matter, so business_name
// works too). phoneNumbers and optInWorkflowImageURLs hold several entries separated by ';'
// or whitespace; ageGatedContent is yes/no, true/false or 1/0. Every row becomes a draft (even
// with problems, so it can be fixed in the wizard), checked like the wizard checks a form.
namespace TollFreeImport {

using TollFreeCsv::parseCsv;

TollFreeImportResult importCsv(const QString &text, DraftStore *drafts);
TollFreeImportResult importFile(const QString &path, DraftStore *drafts);

} // namespace TollFreeImport

// Shows an import: one line per row with its draft and problems; Resume opens a draft.
class TollFreeImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TollFreeImportDialog(DraftStore *drafts, QWidget *parent = nullptr);

    // Imports the file and lists the outcome.
    void importFile(const QString &path);
    const TollFreeImportResult &result() const { return m_result; }

public Q_SLOTS:
    // A non-blocking file dialog ("importCsvFileDialog") that imports the chosen file.
    void chooseFile();

Q_SIGNALS:
    void resumeRequested(const QString &draftId);

private:
    void showResult();

    DraftStore *m_drafts;
    TollFreeImportResult m_result;
    QLabel *m_summary;
    QTreeWidget *m_rows;
    QPushButton *m_choose;
    QPushButton *m_resume;
};
