#include "fieldfeedback.h"

#include "consolepalette.h"
#include "plaintext.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString invalidProperty = u"fieldInvalid"_s;

QString borderStyle(const QWidget *editor)
{
    return QStringLiteral("%1 { border: 1px solid %2; border-radius: 3px; }")
        .arg(QLatin1StringView(editor->metaObject()->className()),
             ConsolePalette().text(ConsolePalette::Kind::Error).name());
}

} // namespace

FieldFeedback::FieldFeedback(QWidget *editor, Check check, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_message(new QLabel(editor->parentWidget()))
    , m_check(std::move(check))
    , m_baseToolTip(editor->toolTip())
{
    m_message->setObjectName(editor->objectName() + u"Problem"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(ConsolePalette().textStyle(ConsolePalette::Kind::Error));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textEdited, this, &FieldFeedback::onEdited);
        connect(line, &QLineEdit::textChanged, this, [this] {
            if (m_tracking)
                refresh();
        });
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, &FieldFeedback::onEdited);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldFeedback::onEdited);
        connect(combo, &QComboBox::editTextChanged, this, &FieldFeedback::onEdited);
    } else if (auto *button = qobject_cast<QAbstractButton *>(editor)) {
        connect(button, &QAbstractButton::toggled, this, &FieldFeedback::onEdited);
    }
    editor->installEventFilter(this);
}

QString FieldFeedback::problem() const
{
    if (!m_serverProblem.isEmpty())
        return m_serverProblem;
    return m_check ? m_check() : QString();
}

bool FieldFeedback::isShowingProblem() const
{
    return m_shownInvalid;
}

void FieldFeedback::setTouched(bool touched)
{
    m_touched = touched;
    refresh();
}

void FieldFeedback::setServerProblem(const QString &detail)
{
    m_serverProblem = detail;
    refresh();
}

void FieldFeedback::onEdited()
{
    if (!m_tracking)
        return;
    m_touched = true;
    m_serverProblem.clear();
    refresh();
    Q_EMIT edited();
}

void FieldFeedback::refresh()
{
    if (!m_editor)
        return;
    const QString text = problem();
    const bool show = !text.isEmpty() && (m_touched || !m_serverProblem.isEmpty());
    m_message->setText(show ? text : QString());
    m_message->setVisible(show);
    m_editor->setAccessibleDescription(show ? text : QString());
    // The problem may quote the server: shown as plain text in the tooltip too.
    m_editor->setToolTip(
        show ? PlainText::toolTip(m_baseToolTip.isEmpty() ? text : m_baseToolTip + u"\n\n"_s + text)
             : m_baseToolTip);
    if (show != m_shownInvalid) {
        m_shownInvalid = show;
        m_editor->setProperty(invalidProperty.toLatin1().constData(), show);
        m_editor->setStyleSheet(show ? borderStyle(m_editor) : QString());
    }
}

bool FieldFeedback::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving a field counts as touching it: a skipped required field then says so.
    if (watched == m_editor && event->type() == QEvent::FocusOut && m_tracking && !m_touched) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
            reason == Qt::MouseFocusReason || reason == Qt::ShortcutFocusReason) {
            m_touched = true;
            refresh();
        }
    }
    return QObject::eventFilter(watched, event);
}

void addLabelledRow(QFormLayout *form, QLabel *label, QWidget *editor, QLabel *message)
{
    auto *cell = new QVBoxLayout;
    cell->setContentsMargins(0, 0, 0, 0);
    cell->setSpacing(2);
    cell->addWidget(editor);
    if (message)
        cell->addWidget(message);
    if (label) {
        label->setBuddy(editor);
        form->addRow(label, cell);
    } else {
        form->addRow(QString(), cell);
    }
}
