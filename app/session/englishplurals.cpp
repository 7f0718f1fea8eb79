#include "englishplurals.h"

QString EnglishPlurals::translate(const char * /*context*/, const char *sourceText,
                                  const char * /*disambiguation*/, int n) const
{
    if (n < 0 || sourceText == nullptr)
        return {}; // not a counted text: Qt shows the source as it is
    const QString source = QString::fromUtf8(sourceText);
    if (!source.contains(QStringLiteral("(s)")))
        return {};
    return pluralise(source, n);
}

QString EnglishPlurals::pluralise(const QString &sourceText, int n)
{
    QString text = sourceText;
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}
