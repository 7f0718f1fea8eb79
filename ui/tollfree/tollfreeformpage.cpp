#include "tollfreeformpage.h"

#include "consolepalette.h"
#include "domain/tollfreereadiness.h"
#include "widgets/fieldfeedback.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Where a list editor's entries are: numbers may also be separated by commas and semicolons
// (as pasted from a spreadsheet); URLs only by line breaks, since they may contain both.
QRegularExpression entrySeparator(const QString &field)
{
    return field == u"phoneNumbers"_s ? QRegularExpression(u"[\\n,;\\t]"_s)
                                      : QRegularExpression(u"\\n"_s);
}

int heightForLines(const QPlainTextEdit *edit, int lines)
{
    const int frame = 2 * edit->frameWidth();
    const int margins = int(2 * edit->document()->documentMargin());
    return edit->fontMetrics().lineSpacing() * lines + frame + margins + 4;
}

} // namespace

QList<TollFreeFormPage::ListEntry> TollFreeFormPage::listEntries(const QString &field,
                                                                 const QString &text)
{
    QList<ListEntry> entries;
    const QRegularExpression separator = entrySeparator(field);
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(separator, start);
        if (end < 0)
            end = text.size();
        const QString piece = text.mid(start, end - start);
        qsizetype leading = 0;
        while (leading < piece.size() && piece.at(leading).isSpace())
            ++leading;
        entries.append({piece, start + leading});
        start = end + 1;
    }
    return entries;
}

void TollFreeFormPage::setMonospaceHint(QPlainTextEdit *edit)
{
    QFont font = edit->font();
    font.setStyleHint(QFont::TypeWriter);
    font.setFamily(u"monospace"_s);
    edit->setFont(font);
}

TollFreeFormPage::TollFreeFormPage(const QString &key, RequestSource source, QWidget *parent)
    : QWizardPage(parent)
    , m_key(key)
    , m_source(std::move(source))
    , m_pageLayout(new QVBoxLayout(this))
    , m_scroll(new QScrollArea(this))
    , m_form(nullptr)
    , m_banner(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
{
    setObjectName(key + u"Page"_s);
    // Letters the wizard's own buttons use: Next, Back, Submit, Close, Discard draft.
    m_mnemonics = {u'n', u'b', u's', u'c', u'd'};

    m_banner->setObjectName(key + u"PageBanner"_s);
    m_banner->setTextFormat(Qt::PlainText); // quotes the reviewers' reason
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(
        ConsolePalette().bannerStyle(ConsolePalette::Kind::Warning, u"QLabel"_s, u"6px"_s));
    m_banner->hide();

    auto *content = new QWidget(m_scroll);
    content->setObjectName(key + u"PageContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    m_form = new QFormLayout;
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1); // spare height goes below the form, not between its rows
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_problemsLabel->setObjectName(key + u"PageProblems"_s);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(ConsolePalette().textStyle(ConsolePalette::Kind::Warning));
    m_problemsLabel->hide();

    m_pageLayout->addWidget(m_banner);
    m_pageLayout->addWidget(m_scroll, 1);
    m_pageLayout->addWidget(m_problemsLabel);
}

QString TollFreeFormPage::editorName(const QString &field, const char *suffix)
{
    return field + QLatin1StringView(suffix);
}

QString TollFreeFormPage::nextMnemonicLabel(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'&', u"&&"_s);
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i).toLower();
        if (c.isLetter() && c.unicode() < 0x80 && !m_mnemonics.contains(c)) {
            m_mnemonics.insert(c);
            return escaped.left(i) + u'&' + escaped.mid(i);
        }
    }
    return escaped;
}

TollFreeVerificationRequest TollFreeFormPage::currentRequest() const
{
    if (m_snapshot)
        return *m_snapshot;
    return m_source ? m_source() : TollFreeVerificationRequest();
}

QString TollFreeFormPage::labelText(const QString &field) const
{
    const bool required = isTollFreeFieldRequired(field, currentRequest());
    return m_labelTexts.value(field) + (required ? u" *"_s : QString());
}

QString TollFreeFormPage::fieldProblem(const QString &field) const
{
    return tollFreeFieldProblem(field, currentRequest());
}

void TollFreeFormPage::bindField(const QString &field, QWidget *editor, QLabel *label)
{
    auto *feedback = new FieldFeedback(
        editor, [this, field] { return fieldProblem(field); }, this);
    if (label)
        m_labels.insert(field, label);
    addLabelledRow(m_form, label, editor, feedback->messageLabel());
    m_fields.append(field);
    m_editors.insert(field, editor);
    m_feedback.insert(field, feedback);
    connect(feedback, &FieldFeedback::edited, this, [this, field] {
        refreshFeedback();
        Q_EMIT fieldEdited(field);
    });
}

QLineEdit *TollFreeFormPage::addLineEdit(const QString &field, const QString &toolTip,
                                         const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(editorName(field, "Edit"));
    edit->setToolTip(toolTip);
    edit->setPlaceholderText(placeholder);
    m_labelTexts.insert(field, nextMnemonicLabel(tollFreeFieldLabel(field)));
    bindField(field, edit, new QLabel(labelText(field), this));
    return edit;
}

QPlainTextEdit *TollFreeFormPage::addTextEdit(const QString &field, const QString &toolTip,
                                              const QString &placeholder, int visibleLines)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(editorName(field, "Edit"));
    edit->setToolTip(toolTip);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    edit->setFixedHeight(heightForLines(edit, visibleLines));
    m_labelTexts.insert(field, nextMnemonicLabel(tollFreeFieldLabel(field)));
    bindField(field, edit, new QLabel(labelText(field), this));
    return edit;
}

QPlainTextEdit *TollFreeFormPage::addListEdit(const QString &field, const QString &toolTip,
                                              const QString &placeholder, int visibleLines)
{
    QPlainTextEdit *edit = addTextEdit(field, toolTip, placeholder, visibleLines);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    setMonospaceHint(edit);
    edit->setFixedHeight(heightForLines(edit, visibleLines));
    return edit;
}

QComboBox *TollFreeFormPage::addChoice(const QString &field, const QString &toolTip,
                                       const QList<std::pair<QString, QString>> &choices,
                                       const QString &placeholder, const QString &noneLabel)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(editorName(field, "Combo"));
    combo->setToolTip(toolTip);
    combo->setMaxVisibleItems(20);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (!noneLabel.isEmpty())
        combo->addItem(noneLabel, QString());
    for (const auto &[label, wire] : choices)
        combo->addItem(label, wire);
    combo->setPlaceholderText(placeholder);
    combo->setCurrentIndex(noneLabel.isEmpty() ? -1 : 0);
    m_labelTexts.insert(field, nextMnemonicLabel(tollFreeFieldLabel(field)));
    bindField(field, combo, new QLabel(labelText(field), this));
    return combo;
}

QComboBox *TollFreeFormPage::addEditableChoice(const QString &field, const QString &toolTip,
                                               const QStringList &suggestions,
                                               const QString &placeholder)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(editorName(field, "Combo"));
    combo->setToolTip(toolTip);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(20);
    combo->addItems(suggestions);
    combo->setCurrentIndex(-1);
    combo->setEditText(QString());
    combo->lineEdit()->setPlaceholderText(placeholder);
    auto *completer = new QCompleter(suggestions, combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    m_labelTexts.insert(field, nextMnemonicLabel(tollFreeFieldLabel(field)));
    bindField(field, combo, new QLabel(labelText(field), this));
    return combo;
}

QCheckBox *TollFreeFormPage::addCheck(const QString &field, const QString &text,
                                      const QString &toolTip)
{
    auto *check = new QCheckBox(nextMnemonicLabel(text), this);
    check->setObjectName(editorName(field, "Check"));
    check->setToolTip(toolTip);
    m_labelTexts.insert(field, QString());
    bindField(field, check, nullptr);
    return check;
}

void TollFreeFormPage::addSection(const QString &title, const QString &note)
{
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), this);
    heading->setContentsMargins(0, 10, 0, 0);
    m_form->addRow(heading);
    if (!note.isEmpty())
        addNote(note);
}

void TollFreeFormPage::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setEnabled(false); // the palette's muted text
    m_form->addRow(note);
}

QWidget *TollFreeFormPage::addExtraRow(QWidget *widget)
{
    m_form->addRow(QString(), widget);
    return widget;
}

bool TollFreeFormPage::isComplete() const
{
    return problems().isEmpty();
}

QList<std::pair<QString, QString>>
TollFreeFormPage::fieldProblems(const TollFreeVerificationRequest &request) const
{
    QList<std::pair<QString, QString>> list;
    for (const QString &field : m_fields) {
        QString problem = m_feedback.value(field)->serverProblem();
        if (problem.isEmpty())
            problem = tollFreeFieldProblem(field, request);
        if (!problem.isEmpty())
            list.append({field, problem});
    }
    return list;
}

QStringList TollFreeFormPage::problems() const
{
    QStringList list;
    const auto pairs = fieldProblems(currentRequest());
    for (const auto &[field, problem] : pairs)
        list.append(problem);
    return list;
}

void TollFreeFormPage::writeValues(QJsonObject &body) const
{
    for (const QString &field : m_fields) {
        QWidget *editor = m_editors.value(field);
        const QString member = TollFreeVerificationRequest::listEntryMember(field);
        if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            body.insert(field, check->isChecked());
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            body.insert(field, combo->isEditable()
                                   ? combo->currentText()
                                   : (combo->currentIndex() < 0 ? QString()
                                                                : combo->currentData().toString()));
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            body.insert(field, line->text());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            if (member.isEmpty()) {
                body.insert(field, text->toPlainText());
                continue;
            }
            QJsonArray entries;
            const QList<ListEntry> pieces = listEntries(field, text->toPlainText());
            for (const ListEntry &piece : pieces) {
                if (!piece.text.trimmed().isEmpty())
                    entries.append(QJsonObject{{member, piece.text.trimmed()}});
            }
            body.insert(field, entries);
        }
    }
}

void TollFreeFormPage::readValues(const QJsonObject &body)
{
    for (const QString &field : m_fields) {
        QWidget *editor = m_editors.value(field);
        const QJsonValue value = body.value(field);
        const QString member = TollFreeVerificationRequest::listEntryMember(field);
        if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            check->setChecked(value.toBool(false));
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QString text = value.toString();
            if (combo->isEditable()) {
                combo->setCurrentIndex(combo->findText(text));
                combo->setEditText(text);
                continue;
            }
            int index = combo->findData(text);
            if (index < 0 && !text.isEmpty()) {
                // A value from a draft or import that the list does not know: keep it visible
                // (and flagged) rather than dropping it.
                combo->addItem(tr("%1 (not in the list)").arg(text), text);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setText(value.toString());
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            if (member.isEmpty()) {
                text->setPlainText(value.toString());
                continue;
            }
            QStringList lines;
            const QJsonArray entries = value.toArray();
            for (const QJsonValue &entry : entries)
                lines.append(entry.isObject() ? entry.toObject().value(member).toString()
                                              : entry.toString());
            text->setPlainText(lines.join(u'\n'));
        }
    }
}

void TollFreeFormPage::refreshFeedback()
{
    m_snapshot = m_source ? m_source() : TollFreeVerificationRequest();
    for (const QString &field : m_fields) {
        if (QLabel *label = m_labels.value(field))
            label->setText(labelText(field));
        m_feedback.value(field)->refresh();
    }
    const QStringList list = problems();
    if (list.isEmpty()) {
        m_problemsLabel->clear();
        m_problemsLabel->hide();
    } else {
        constexpr qsizetype shown = 3;
        QString text = tr("To go on, fix:");
        for (qsizetype i = 0; i < std::min(shown, list.size()); ++i)
            text += u"\n• "_s + list.at(i);
        if (list.size() > shown)
            text += u"\n"_s + tr("… and %Ln more.", nullptr, int(list.size() - shown));
        m_problemsLabel->setText(text);
        m_problemsLabel->show();
    }
    m_snapshot.reset();
    Q_EMIT completeChanged();
}

void TollFreeFormPage::touchFilledFields()
{
    QJsonObject body;
    writeValues(body);
    for (const QString &field : m_fields) {
        const QJsonValue value = body.value(field);
        const bool filled =
            value.isArray() ? !value.toArray().isEmpty() : !value.toString().trimmed().isEmpty();
        if (filled)
            m_feedback.value(field)->setTouched(true);
    }
}

void TollFreeFormPage::setTracking(bool on)
{
    for (FieldFeedback *feedback : std::as_const(m_feedback))
        feedback->setTracking(on);
}

void TollFreeFormPage::focusField(const QString &field, int index)
{
    QWidget *editor = m_editors.value(field);
    if (!editor)
        return;
    editor->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(editor);
    auto *text = qobject_cast<QPlainTextEdit *>(editor);
    if (!text || index < 0 || TollFreeVerificationRequest::listEntryMember(field).isEmpty())
        return;
    // The index counts the entries sent, so blank lines do not count.
    const QList<ListEntry> entries = listEntries(field, text->toPlainText());
    int seen = 0;
    for (const ListEntry &entry : entries) {
        if (entry.text.trimmed().isEmpty())
            continue;
        if (seen++ == index) {
            QTextCursor cursor = text->textCursor();
            cursor.setPosition(int(entry.position));
            cursor.setPosition(int(entry.position + entry.text.trimmed().size()),
                               QTextCursor::KeepAnchor);
            text->setTextCursor(cursor);
            text->ensureCursorVisible();
            return;
        }
    }
}

void TollFreeFormPage::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}
