#include "tableexport.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString tsvCell(const QString &text)
{
    QString cell = TableExport::guardFormula(text);
    for (QChar &c : cell) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return cell;
}

} // namespace

QList<int> TableExport::exportedColumns(const QAbstractItemModel *model, const QList<int> &wanted)
{
    if (!wanted.isEmpty())
        return wanted;
    QList<int> all;
    const int count = model->columnCount();
    all.reserve(count);
    for (int column = 0; column < count; ++column)
        all.append(column);
    return all;
}

QString TableExport::headerText(const QAbstractItemModel *model, int column)
{
    return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString TableExport::cellText(const QAbstractItemModel *model, int row, int column)
{
    const QModelIndex index = model->index(row, column);
    const QVariant exported = index.data(ExportTextRole);
    return exported.isValid() ? exported.toString() : index.data(Qt::DisplayRole).toString();
}

void TableExport::appendCsvRecord(QString *line, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            *line += u',';
        *line += csvField(fields.at(i));
    }
    *line += u"\r\n"_s;
}

bool TableExport::isPhoneNumberList(const QString &text)
{
    // "+<digits>" items, at most 15 digits each (E.164), separated by "," and optional spaces.
    qsizetype i = 0;
    const qsizetype length = text.size();
    if (length == 0)
        return false;
    while (true) {
        if (i >= length || text.at(i) != u'+')
            return false;
        ++i;
        qsizetype digits = 0;
        while (i < length && isDigit(text.at(i))) {
            ++i;
            ++digits;
        }
        if (digits == 0 || digits > 15)
            return false;
        if (i == length)
            return true;
        if (text.at(i) != u',')
            return false;
        ++i;
        while (i < length && text.at(i) == u' ')
            ++i;
    }
}

QString TableExport::guardFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                       first == u'\t' || first == u'\r';
    if (!risky || isPhoneNumberList(text))
        return text;
    return u'\'' + text;
}

QString TableExport::csvField(const QString &text)
{
    const QString guarded = guardFormula(text);
    bool needsQuotes = false;
    for (const QChar c : guarded) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return guarded;
    QString quoted = guarded;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool TableExport::writeCsv(const QAbstractItemModel *model, QIODevice *device,
                           const CsvExportOptions &options)
{
    if (!model || !device)
        return false;
    const QList<int> columns = exportedColumns(model, options.columns);
    bool ok = true;
    if (options.byteOrderMark)
        ok = device->write("\xEF\xBB\xBF", 3) == 3;

    QString line;
    QStringList fields;
    fields.reserve(columns.size());
    const auto writeRecord = [&] {
        appendCsvRecord(&line, fields);
        const QByteArray bytes = line.toUtf8();
        ok = ok && device->write(bytes) == bytes.size();
        line.clear();
        fields.clear();
    };
    for (const int column : columns)
        fields.append(headerText(model, column));
    writeRecord();
    const int rows = model->rowCount();
    for (int row = 0; row < rows && ok; ++row) {
        for (const int column : columns)
            fields.append(cellText(model, row, column));
        writeRecord();
    }
    return ok;
}

QByteArray TableExport::toCsv(const QAbstractItemModel *model, const CsvExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeCsv(model, &buffer, options);
    return bytes;
}

bool TableExport::writeCsvFile(const QAbstractItemModel *model, const QString &fileName,
                               QString *errorMessage, const CsvExportOptions &options)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = QObject::tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    if (!writeCsv(model, &file, options)) {
        if (errorMessage)
            *errorMessage = QObject::tr("Could not write %1: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = QObject::tr("Could not save %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QString TableExport::toTsv(const QAbstractItemModel *model, const QModelIndexList &rows,
                           bool includeHeader, const QList<int> &columns)
{
    if (!model)
        return {};
    QList<int> rowNumbers;
    rowNumbers.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        if (index.isValid() && index.model() == model)
            rowNumbers.append(index.row());
    }
    std::sort(rowNumbers.begin(), rowNumbers.end());
    rowNumbers.erase(std::unique(rowNumbers.begin(), rowNumbers.end()), rowNumbers.end());

    const QList<int> used = exportedColumns(model, columns);
    QString text;
    const auto appendLine = [&](auto cellOf) {
        for (qsizetype i = 0; i < used.size(); ++i) {
            if (i > 0)
                text += u'\t';
            text += tsvCell(cellOf(used.at(i)));
        }
        text += u'\n';
    };
    if (includeHeader)
        appendLine([&](int column) { return headerText(model, column); });
    for (const int row : std::as_const(rowNumbers))
        appendLine([&](int column) { return cellText(model, row, column); });
    return text;
}
