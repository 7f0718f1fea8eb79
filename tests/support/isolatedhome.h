#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

// Settings, drafts, logs and invite lists of a GUI test go to a temporary home, under an
// application name of the test's own, so no test reads or writes the user's files or another
// test's. Call once from initTestCase(), before anything opens QSettings.
inline bool isolateUserFiles(const QTemporaryDir &home, const QString &applicationName)
{
    if (!home.isValid())
        return false;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("TelnyxHostedConsoleTest"));
    QCoreApplication::setApplicationName(applicationName);
    return true;
}
