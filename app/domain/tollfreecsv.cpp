#include "domain/tollfreecsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The texts of this file, under the context TollFreeImport; lupdate reads the context from here.
struct TollFreeCsvTexts
{
    Q_DECLARE_TR_FUNCTIONS(TollFreeImport)
};

QString columnKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
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

namespace TollFreeCsv {

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
        *error = TollFreeCsvTexts::tr("A quoted field is not closed: the file ends inside quotes.");
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return records;
}

TollFreeCsvFile read(const QString &text)
{
    TollFreeCsvFile result;
    QString parseError;
    const QList<QStringList> records = parseCsv(text, &parseError);
    if (!parseError.isEmpty()) {
        result.error = parseError;
        return result;
    }
    if (records.isEmpty()) {
        result.error = TollFreeCsvTexts::tr("The file is empty.");
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
                TollFreeCsvTexts::tr("The column %1 appears twice; the first one is used.")
                    .arg(name));
            field.clear();
        } else {
            seen.insert(field);
        }
        columnField.append(field);
    }
    if (seen.isEmpty()) {
        result.error = TollFreeCsvTexts::tr(
            "The first line names no API field. Use headers such as businessName, "
            "corporateWebsite, phoneNumbers.");
        return result;
    }
    if (!ignored.isEmpty())
        result.notes.append(
            TollFreeCsvTexts::tr("Columns that are not API fields were ignored: %1.")
                .arg(ignored.join(u", "_s)));
    QStringList missing;
    for (const QString &field : TollFreeVerificationRequest::requiredFieldNames()) {
        if (!seen.contains(field))
            missing.append(field);
    }
    if (!missing.isEmpty())
        result.notes.append(
            TollFreeCsvTexts::tr("No column for the required field(s) %1: fill in what is missing "
                                 "in the wizard.",
                                 nullptr, int(missing.size()))
                .arg(missing.join(u", "_s)));

    static const QRegularExpression listSeparator(u"[;\\s]+"_s);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &cells = records.at(r);
        if (std::all_of(cells.begin(), cells.end(),
                        [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            continue; // blank line
        TollFreeCsvRow row;
        row.row = int(r + 1);
        QJsonObject body;
        for (qsizetype c = 0; c < cells.size() && c < columnField.size(); ++c) {
            const QString &field = columnField.at(c);
            if (field.isEmpty())
                continue;
            const QString cell = cells.at(c);
            if (const QString member = TollFreeVerificationRequest::listEntryMember(field);
                !member.isEmpty()) {
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
                    row.problems.append(TollFreeCsvTexts::tr("%1: “%2” is not yes or no.")
                                            .arg(tollFreeFieldLabel(field), cell.trimmed()));
            } else {
                body.insert(field, cell.trimmed());
            }
        }
        if (cells.size() > header.size())
            row.problems.append(
                TollFreeCsvTexts::tr("The row has %Ln cell(s) more than the header; they were "
                                     "ignored.",
                                     nullptr, int(cells.size() - header.size())));

        const TollFreeVerificationRequest typed = TollFreeVerificationRequest::fromJson(body);
        const TollFreeVerificationRequest normalized = normalizedTollFreeRequest(typed);
        const auto fieldProblems = tollFreeFieldProblems(normalized);
        for (const auto &[field, problem] : fieldProblems)
            row.problems.append(problem);
        row.warnings = tollFreeReadiness(normalized);
        row.request = typed;
        result.rows.append(row);
    }
    if (result.rows.isEmpty())
        result.error = TollFreeCsvTexts::tr("The file has a header but no rows.");
    return result;
}

} // namespace TollFreeCsv
