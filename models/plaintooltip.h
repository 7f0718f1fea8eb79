#pragma once

#include <QString>

// The part of PlainText (ui/widgets/plaintext.h) the item models need: they hand tooltips with
// the server's words to the views. QtGui only.
namespace PlainText {

// `text` as a tooltip that shows literally: a tooltip Qt takes for rich text is escaped (with
// its line breaks kept), any other is returned as it is.
QString toolTip(const QString &text);

} // namespace PlainText
