#pragma once

#include "domain/tollfree.h"
#include "domain/tollfreereadiness.h"

#include <QList>
#include <QString>
#include <QStringList>

// One CSV row read as a toll-free verification request, checked like the wizard checks a form.
struct TollFreeCsvRow
{
    int row = 0;                         // record number in the file; the header is record 1
    TollFreeVerificationRequest request; // as typed in the file
    QStringList problems;                // what must be fixed before it can be submitted
    QList<ReadinessWarning> warnings;
};

struct TollFreeCsvFile
{
    QString error;     // the file as a whole cannot be used
    QStringList notes; // about the file: ignored columns, missing required columns
    QList<TollFreeCsvRow> rows;
};

// The widget-free part of "Import CSV" (ui/tollfree/tollfreeimport.h): columns named like the
// API fields (businessName, phoneNumbers, ...; case and underscores do not matter).
// phoneNumbers and optInWorkflowImageURLs hold several entries separated by ';' or whitespace;
// ageGatedContent is yes/no, true/false or 1/0.
namespace TollFreeCsv {

// RFC 4180 records: comma-separated, double-quoted fields with "" for a quote, line breaks
// inside quotes, CRLF or LF. A UTF-8 BOM is ignored. *error is set for an unterminated quote.
QList<QStringList> parseCsv(const QString &input, QString *error = nullptr);

// One request per row that is not blank.
TollFreeCsvFile read(const QString &text);

} // namespace TollFreeCsv
