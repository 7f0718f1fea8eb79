#include "plaintext.h"

#include <QLabel>
#include <QMessageBox>

namespace PlainText {

QLabel *setUp(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setUp(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
}

} // namespace PlainText
