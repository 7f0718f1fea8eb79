#pragma once

#include "session/consolelanguage.h"

#include <QCoreApplication>
#include <QLocale>

// The console as it starts on an American English system: the English catalogue's counted
// texts ("1 row", "3 rows") and American number and date formats, whatever the machine's
// locale. main.cpp installs the same for the user's locale.
inline void installEnglish()
{
    ConsoleLanguage::install(QCoreApplication::instance(),
                             QLocale(QLocale::English, QLocale::UnitedStates));
}
