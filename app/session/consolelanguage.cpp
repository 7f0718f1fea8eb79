#include "consolelanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <vector>

namespace {

const QString catalogueDirectory = QStringLiteral(":/translations");
const QString catalogueName = QStringLiteral("console");
const QString preferenceKey = QStringLiteral("preferences/language");

// The translators of the last install, to remove when another language is installed.
std::vector<QPointer<QTranslator>> &installedTranslators()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalledTranslators()
{
    for (const QPointer<QTranslator> &translator : installedTranslators()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

// Installs (on top of those before it) the catalogue `name` found for `locale` in
// `directory`; nothing when there is none.
void installCatalogue(QCoreApplication *app, const QLocale &locale, const QString &name,
                      const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator)) {
        installedTranslators().emplace_back(translator);
    } else {
        delete translator;
    }
}

} // namespace

void ConsoleLanguage::install(QCoreApplication *app, const QLocale &locale)
{
    removeInstalledTranslators();
    QLocale::setDefault(locale);
    // Installed last is searched first: Qt's texts, then the console's, then English plurals.
    installCatalogue(app, QLocale(QLocale::English), catalogueName, catalogueDirectory);
    if (locale.language() != QLocale::English) {
        installCatalogue(app, locale, catalogueName, catalogueDirectory);
        installCatalogue(app, locale, QStringLiteral("qtbase"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
}

QStringList ConsoleLanguage::availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(catalogueDirectory)
            .entryList({catalogueName + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.section(u'_', 1).section(u'.', 0, 0));
    return languages;
}

QString ConsoleLanguage::preferredLanguage()
{
    return QSettings().value(preferenceKey).toString();
}

void ConsoleLanguage::setPreferredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(preferenceKey);
    else
        settings.setValue(preferenceKey, language);
}

QLocale ConsoleLanguage::preferredLocale()
{
    const QString language = preferredLanguage();
    if (!availableLanguages().contains(language))
        return QLocale::system();
    return QLocale(language);
}
