#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A list of phone numbers typed, pasted or imported by the user: one or more per line,
// separated by commas, semicolons, tabs or line breaks (so a CSV column or a spreadsheet
// paste works). Every entry is normalised to E.164 (+1 for 10-digit US/Canada numbers);
// duplicates and entries that are not phone numbers are reported, never silently dropped.
struct PhoneNumberList
{
    struct Rejected
    {
        int line = 0;   // 1-based line of the input
        QString text;   // what was written
        QString reason; // plain words
        bool operator==(const Rejected &) const = default;
    };

    QStringList numbers; // E.164, in first-seen order, no duplicates
    QList<Rejected> invalid;
    QStringList duplicates; // E.164 of entries seen more than once (each listed once)

    // A header cell such as "phone_number" or "Number" is skipped, not reported as invalid.
    static PhoneNumberList parse(const QString &text);
    // parse() of a text or CSV file's contents (UTF-8, BOM tolerated).
    static PhoneNumberList parse(const QByteArray &fileContents);

    // One number as people and servers write it, in E.164: a US/Canadian number in any usual
    // spelling ("(312) 555-0100", "13125550100") gets +1; "+<digits>" or "00<digits>" with
    // separators removed otherwise. Empty when it is not a phone number.
    static QString normalise(const QString &text);

    // "10 numbers, 2 duplicates dropped, 1 not a phone number" (the parts that apply).
    QString summary() const;
    bool operator==(const PhoneNumberList &) const = default;
};
