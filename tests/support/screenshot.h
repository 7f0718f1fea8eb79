#pragma once

#include <QCoreApplication>
#include <QString>
#include <QWidget>

// For looking at a window by eye and for the README: with CONSOLE_SCREENSHOT_DIR=<dir> set,
// saves <dir>/<name>.png of `widget` as it is drawn now; otherwise does nothing.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let the layouts settle as they would on screen
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
