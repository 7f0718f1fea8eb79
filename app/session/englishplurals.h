#pragma once

#include <QTranslator>

// The console ships in English only, so there are no translation files to give "%n row(s)"
// its plural forms. This translator does just that: "(s)" in a counted text becomes "" for
// one and "s" otherwise ("1 row", "3 rows"). Every other text is left to Qt as written.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;

    // The text for the count n, "%n" still in place (Qt replaces it afterwards).
    static QString pluralise(const QString &sourceText, int n);
};
