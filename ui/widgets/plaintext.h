#pragma once

#include "plaintooltip.h"

class QLabel;
class QMessageBox;

// Text from outside (a server's answer, a file, what the user typed) is data, never markup
// (issue #11). Qt guesses by default (Qt::AutoText, Qt::mightBeRichText): a server's "<b>"
// would come out bold, an <img> would be fetched. These pin such text to plain; where rich
// text is meant, escape the quoted part with QString::toHtmlEscaped() instead.
namespace PlainText {

// `label` shows its text literally; returns it, for use in initialisers.
QLabel *setUp(QLabel *label);
// The main text of `box` shows literally.
void setUp(QMessageBox *box);

} // namespace PlainText
