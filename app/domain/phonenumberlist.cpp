#include "phonenumberlist.h"

#include "validators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

// The texts of this file, under the context PhoneNumberList; lupdate reads the context from here.
struct PhoneNumberListTexts
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberList)
};

bool looksLikeHeader(const QString &cell)
{
    // A header has letters and no digits: "phone_number", "Number", "To".
    bool hasLetter = false;
    for (const QChar c : cell) {
        if (c.isDigit())
            return false;
        hasLetter = hasLetter || c.isLetter();
    }
    return hasLetter;
}

} // namespace

QString PhoneNumberList::normalise(const QString &text)
{
    const QString us = Validators::normalizeUsNumber(text);
    if (!us.isEmpty())
        return us;
    // Another country: keep "+<digits>" with spaces, dots, dashes and brackets removed.
    QString compact = text.trimmed();
    compact.remove(QRegularExpression(QStringLiteral("[\\s().\\-]")));
    if (compact.startsWith(u"00"))
        compact.replace(0, 2, QStringLiteral("+"));
    return Validators::isE164(compact).isEmpty() ? compact : QString();
}

PhoneNumberList PhoneNumberList::parse(const QString &text)
{
    PhoneNumberList result;
    QSet<QString> seen;
    QSet<QString> repeated;
    static const QRegularExpression separators(QStringLiteral("[,;\\t]"));
    const QStringList lines = text.split(u'\n');
    for (qsizetype lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        const QStringList cells = lines.at(lineIndex).split(separators);
        for (QString cell : cells) {
            cell = cell.trimmed();
            if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
                cell = cell.mid(1, cell.size() - 2).trimmed();
            if (cell.isEmpty())
                continue;
            const int line = int(lineIndex) + 1;
            if (looksLikeHeader(cell)) {
                if (line == 1)
                    continue;
                result.invalid.append({line, cell, PhoneNumberListTexts::tr("not a phone number")});
                continue;
            }
            const QString number = normalise(cell);
            if (number.isEmpty()) {
                result.invalid.append(
                    {line, cell,
                     PhoneNumberListTexts::tr(
                         "not a phone number: use +<country code><number>, or 10 digits for the "
                         "US and Canada")});
                continue;
            }
            if (seen.contains(number)) {
                if (!repeated.contains(number)) {
                    repeated.insert(number);
                    result.duplicates.append(number);
                }
                continue;
            }
            seen.insert(number);
            result.numbers.append(number);
        }
    }
    return result;
}

PhoneNumberList PhoneNumberList::parse(const QByteArray &fileContents)
{
    QByteArray bytes = fileContents;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString text = QString::fromUtf8(bytes);
    text.remove(u'\r');
    return parse(text);
}

QString PhoneNumberList::summary() const
{
    // Counted texts: the English catalogue (ConsoleLanguage) says "1 number", "3 numbers".
    QStringList parts;
    parts << PhoneNumberListTexts::tr("%Ln number(s)", nullptr, int(numbers.size()));
    if (!duplicates.isEmpty())
        parts << PhoneNumberListTexts::tr("%Ln duplicate(s) dropped", nullptr,
                                          int(duplicates.size()));
    if (!invalid.isEmpty())
        parts << PhoneNumberListTexts::tr("%Ln invalid", nullptr, int(invalid.size()));
    return parts.join(QStringLiteral(", "));
}
