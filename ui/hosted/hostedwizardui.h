#pragma once

#include "consolepalette.h"

#include <QString>

class QLabel;
class QProgressBar;
class QTableWidgetItem;
class QWidget;

// The look shared by the pages of the hosted-order wizard.
namespace HostedWizardUi {

QString problemStyle(); // what keeps Next disabled
QString errorStyle();   // something failed
// A result cell coloured like a status badge of that tone.
void tint(QTableWidgetItem *item, ConsolePalette::Tone tone);
// Back to the table's own colours.
void untint(QTableWidgetItem *item);

// An indeterminate progress bar, hidden until something runs.
QProgressBar *busyBar(const QString &name, QWidget *parent);
// A word-wrapped, selectable plain-text label.
QLabel *wrappedLabel(const QString &name, QWidget *parent);
// The label at the bottom of a page that says what keeps Next disabled; hidden when empty.
QLabel *problemsLabel(const QString &name, QWidget *parent);
void showProblem(QLabel *label, const QString &text);
QTableWidgetItem *readOnlyItem(const QString &text);

} // namespace HostedWizardUi
