#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The language the console speaks, set once at start (a change in Preferences applies at the
// next start). For a locale it installs, from the first searched to the last:
//   Qt's own texts (qtbase_<lang>.qm of the system's Qt, e.g. a wizard's "&Next >"),
//   the console's texts (:/translations/console_<lang>.qm),
//   the English counted texts (:/translations/console_en.qm), so that "%n row(s)" reads
//   "1 row", "3 rows" in English and wherever a language has no translation of its own yet;
// and makes the locale the default, so QLocale() formats numbers and dates in it.
// Texts sent to the API never go through a translator: enum wire values, status names and
// field names come from the domain's tables.
class ConsoleLanguage
{
public:
    // Replaces the translators of an earlier install (tests switch languages).
    static void install(QCoreApplication *app, const QLocale &locale);

    // The languages the console has a catalogue for, as ISO codes ("en", "de").
    static QStringList availableLanguages();

    // The user's choice, in the settings file: an ISO code, or empty for the system's language.
    static QString preferredLanguage();
    static void setPreferredLanguage(const QString &language);
    // The locale to start in: the preferred language, or the system's locale. A language the
    // console has no catalogue for falls back to the system's locale.
    static QLocale preferredLocale();
};
