#include "plaintooltip.h"

#include <QTextDocument>

namespace PlainText {

QString toolTip(const QString &text)
{
    // A tooltip has no text format of its own: QToolTip decides with mightBeRichText.
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace PlainText
