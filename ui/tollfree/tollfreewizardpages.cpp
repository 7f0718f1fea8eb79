#include "tollfreewizardpages.h"

#include "domain/validators.h"
#include "hosted/hostedwizardui.h"
#include "tollfreewizard.h"
#include "widgets/fieldfeedback.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
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

struct Entry
{
    QString text;
    qsizetype position; // of the first character in the editor's text
};

QList<Entry> listEntries(const QString &field, const QString &text)
{
    QList<Entry> entries;
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

void setMonospaceHint(QPlainTextEdit *edit)
{
    QFont font = edit->font();
    font.setStyleHint(QFont::TypeWriter);
    font.setFamily(u"monospace"_s);
    edit->setFont(font);
}

int heightForLines(const QPlainTextEdit *edit, int lines)
{
    const int frame = 2 * edit->frameWidth();
    const int margins = int(2 * edit->document()->documentMargin());
    return edit->fontMetrics().lineSpacing() * lines + frame + margins + 4;
}

QString htmlValue(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

// --- TollFreeFormPage ------------------------------------------------------------------------

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
    m_banner->setStyleSheet(u"QLabel { background: #fff4e5; border: 1px solid #f0b36b; "
                            "border-radius: 4px; padding: 6px; color: #5c3b00; }"_s);
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
    m_problemsLabel->setStyleSheet(u"color: #8a4b00;"_s);
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
    auto *cell = new QWidget(m_form->parentWidget());
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(feedback->messageLabel());
    if (label) {
        label->setBuddy(editor);
        m_labels.insert(field, label);
        m_form->addRow(label, cell);
    } else {
        m_form->addRow(QString(), cell);
    }
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
            const QList<Entry> pieces = listEntries(field, text->toPlainText());
            for (const Entry &piece : pieces) {
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
            text += u"\n"_s + tr("… and %n more.", nullptr, int(list.size() - shown));
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
    const QList<Entry> entries = listEntries(field, text->toPlainText());
    int seen = 0;
    for (const Entry &entry : entries) {
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

// --- The pages ---------------------------------------------------------------------------------

TollFreeBusinessPage::TollFreeBusinessPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"business"_s, std::move(source), parent)
{
    setTitle(tr("Business"));
    setSubTitle(tr("The business that sends the messages, as it is registered. Fields marked * "
                   "are required."));

    addLineEdit(u"businessName"_s,
                tr("The legal name of the business, as registered (not a brand or product)."),
                tr("Acme Dental LLC"));
    addLineEdit(u"doingBusinessAs"_s,
                tr("The name customers know the business by, if it differs from the legal "
                   "name. Messages should carry this name."),
                tr("Acme Smiles"));
    QList<std::pair<QString, QString>> entityTypes;
    const QStringList entityWires = tfvEntityTypes();
    for (const QString &wire : entityWires)
        entityTypes.append({tfvEntityTypeLabel(wire), wire});
    addChoice(u"entityType"_s, tr("How the business is organised."), entityTypes, QString(),
              tr("Not given"));
    addLineEdit(u"corporateWebsite"_s,
                tr("The business's own website, with the scheme (https://). Reviewers check "
                   "that it matches the business and shows how people opt in."),
                tr("https://www.example.com"));

    addSection(tr("Address"));
    addLineEdit(u"businessAddr1"_s, tr("Street address of the business."),
                tr("600 Congress Avenue"));
    addLineEdit(u"businessAddr2"_s, tr("Suite, floor or unit, if any."), tr("Suite 200"));
    addLineEdit(u"businessCity"_s, tr("City, first letter capitalised."), tr("Austin"));
    addEditableChoice(u"businessState"_s,
                      tr("The full name of the US state or Canadian province (not the "
                         "two-letter code). Type to search the list."),
                      stateAndProvinceNames(), tr("Type to search, e.g. Texas"));
    addLineEdit(u"businessZip"_s, tr("US ZIP code or Canadian postal code."),
                tr("78701 or K1A 0B6"));

    addSection(tr("Business registration"),
               tr("Needed for new submissions from 2026 (the API still marks them optional)."));
    addLineEdit(u"businessRegistrationNumber"_s,
                tr("The official registration number, e.g. the Employer Identification Number "
                   "(EIN) in the U.S."),
                tr("12-3456789"));
    addEditableChoice(u"businessRegistrationType"_s,
                      tr("The kind of registration number given, e.g. EIN. Pick one or type "
                         "another."),
                      {u"EIN"_s, u"DUNS"_s, u"LEI"_s}, tr("EIN"));
    QLineEdit *country = addLineEdit(
        u"businessRegistrationCountry"_s,
        tr("Two-letter ISO 3166-1 code of the country that issued the registration, e.g. US "
           "or CA."),
        tr("US"));
    country->setMaxLength(2);
    country->setMaximumWidth(country->fontMetrics().horizontalAdvance(u"MMMMMM"_s) + 16);
    connect(country, &QLineEdit::textEdited, country, [country](const QString &text) {
        if (text != text.toUpper()) {
            const int cursor = country->cursorPosition();
            country->setText(text.toUpper());
            country->setCursorPosition(cursor);
        }
    });
}

TollFreeContactPage::TollFreeContactPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"contact"_s, std::move(source), parent)
{
    setTitle(tr("Contact"));
    setSubTitle(tr("The person at the business the reviewers can reach. Fields marked * are "
                   "required."));
    addLineEdit(u"businessContactFirstName"_s, tr("First name of the business contact."),
                tr("Jane"));
    addLineEdit(u"businessContactLastName"_s, tr("Last name of the business contact."), tr("Doe"));
    addLineEdit(u"businessContactEmail"_s,
                tr("An address at the business's own domain works best; free-mail addresses "
                   "draw questions."),
                tr("jane.doe@example.com"));
    QLineEdit *phone = addLineEdit(
        u"businessContactPhone"_s,
        tr("In E.164: + country code and number, e.g. +15125550100. A US or Canadian number "
           "typed as (512) 555-0100 is converted when you leave the field. Not one of the "
           "toll-free numbers being verified."),
        tr("+15125550100"));
    connect(phone, &QLineEdit::editingFinished, phone, [phone] {
        const QString normalized = Validators::normalizeUsNumber(phone->text());
        if (!normalized.isEmpty() && normalized != phone->text())
            phone->setText(normalized);
    });
}

TollFreeUseCasePage::TollFreeUseCasePage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"useCase"_s, std::move(source), parent)
{
    setTitle(tr("Use case"));
    setSubTitle(tr("What the messages are for and how many go out. Fields marked * are "
                   "required."));
    QList<std::pair<QString, QString>> useCases;
    const QStringList useCaseWires = tfvUseCases();
    for (const QString &wire : useCaseWires)
        useCases.append({wire, wire});
    addChoice(u"useCase"_s,
              tr("The category that fits the messages best. Political needs a Campaign Verify "
                 "token."),
              useCases, tr("Choose a use case…"));
    addTextEdit(u"useCaseSummary"_s,
                tr("In a few sentences: who receives the messages, what they are about and why "
                   "they are sent."),
                tr("Appointment reminders for patients who booked online or by phone."), 3);
    QList<std::pair<QString, QString>> volumes;
    const QStringList volumeWires = tfvMessageVolumes();
    for (const QString &wire : volumeWires)
        volumes.append({tr("%1 messages a month").arg(wire), wire});
    addChoice(u"messageVolume"_s, tr("The expected number of messages a month."), volumes,
              tr("Choose the expected volume…"));
    addCheck(u"ageGatedContent"_s, tr("The content is age-gated (for example 18+ or 21+)"),
             tr("Tick when the messages promote alcohol, tobacco, cannabis, gambling or other "
                "age-restricted content."));
    addLineEdit(u"isvReseller"_s,
                tr("When you submit for another business: the name of the ISV or reseller."),
                tr("Example Software Inc."));
    addLineEdit(u"campaignVerifyAuthorizationToken"_s,
                tr("Required for the Political use case: the authorization token from Campaign "
                   "Verify."),
                tr("cv|1.0|tcr|10dlc|…"));
}

TollFreeMessagesPage::TollFreeMessagesPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"messages"_s, std::move(source), parent)
{
    setTitle(tr("Messages and opt-in"));
    setSubTitle(tr("A real message and how people agree to receive them. Fields marked * are "
                   "required."));
    addTextEdit(u"productionMessageContent"_s,
                tr("A message exactly as it will be sent: with the business name and the "
                   "opt-out wording (Reply STOP to opt out). Avoid public link shorteners."),
                tr("Acme Dental: your appointment is tomorrow at 10:00. Reply STOP to opt out."),
                3);
    addTextEdit(u"optInWorkflow"_s,
                tr("How people agree to receive messages: where they give their number and "
                   "what they are told (checkbox on a form, keyword texted, sign-up page)."),
                tr("Patients tick an unchecked SMS consent box on the booking form…"), 4);
    addListEdit(u"optInWorkflowImageURLs"_s,
                tr("Links to screenshots of the opt-in (form, checkbox, keyword poster), one "
                   "per line."),
                tr("https://example.com/opt-in-form.png  (one link per line)"), 3);
    addLineEdit(u"optInKeywords"_s, tr("Keywords people text to opt in, if any."),
                tr("START, JOIN"));
    addTextEdit(u"optInConfirmationResponse"_s, tr("The message sent right after someone opts in."),
                tr("Acme Dental: you are subscribed to reminders. Msg&data rates may apply. "
                   "Reply HELP for help, STOP to cancel."),
                2);
    addTextEdit(u"helpMessageResponse"_s, tr("The answer to someone who texts HELP."),
                tr("Acme Dental: for help call +1 512 555 0100. Reply STOP to cancel."), 2);
    addLineEdit(u"privacyPolicyURL"_s,
                tr("The privacy policy; reviewers check it says mobile numbers are not shared "
                   "or sold."),
                tr("https://www.example.com/privacy"));
    addLineEdit(u"termsAndConditionURL"_s, tr("The terms and conditions of the messaging."),
                tr("https://www.example.com/terms"));
}

TollFreeNumbersPage::TollFreeNumbersPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"numbers"_s, std::move(source), parent)
    , m_count(new QLabel(this))
{
    setTitle(tr("Toll-free numbers"));
    setSubTitle(tr("The numbers to verify: US or Canadian toll-free numbers (+1 %1). Type or "
                   "paste them, one per line.")
                    .arg(Validators::tollFreePrefixList()));
    m_numbers = addListEdit(u"phoneNumbers"_s,
                            tr("One number per line (commas and semicolons also separate). "
                               "(888) 555-0101 and 1-888-555-0101 are understood; Tidy up "
                               "rewrites them as +18885550101."),
                            tr("+18885550101\n+18775550102"), 10);

    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    m_count->setObjectName(u"phoneNumbersCountLabel"_s);
    auto *tidy = new QPushButton(tr("&Tidy up"), row);
    tidy->setObjectName(u"tidyPhoneNumbersButton"_s);
    tidy->setToolTip(tr("Rewrite the numbers in E.164, one per line, without repeats."));
    rowLayout->addWidget(m_count, 1);
    rowLayout->addWidget(tidy);
    addExtraRow(row);

    connect(tidy, &QPushButton::clicked, this, &TollFreeNumbersPage::tidyNumbers);
    connect(m_numbers, &QPlainTextEdit::textChanged, this, &TollFreeNumbersPage::updateCount);
    updateCount();
}

void TollFreeNumbersPage::tidyNumbers()
{
    QStringList lines;
    const QList<Entry> entries = listEntries(u"phoneNumbers"_s, m_numbers->toPlainText());
    for (const Entry &entry : entries) {
        const QString typed = entry.text.trimmed();
        if (typed.isEmpty())
            continue;
        const QString normalized = Validators::normalizeUsNumber(typed);
        const QString number = normalized.isEmpty() ? typed : normalized;
        if (!lines.contains(number))
            lines.append(number);
    }
    const QString tidy = lines.join(u'\n');
    if (tidy != m_numbers->toPlainText())
        m_numbers->setPlainText(tidy);
}

bool TollFreeNumbersPage::validatePage()
{
    tidyNumbers();
    return true;
}

void TollFreeNumbersPage::updateCount()
{
    int count = 0;
    int bad = 0;
    const QList<Entry> entries = listEntries(u"phoneNumbers"_s, m_numbers->toPlainText());
    for (const Entry &entry : entries) {
        const QString typed = entry.text.trimmed();
        if (typed.isEmpty())
            continue;
        ++count;
        const QString normalized = Validators::normalizeUsNumber(typed);
        if (!Validators::tollFreeNumber(normalized.isEmpty() ? typed : normalized).isEmpty())
            ++bad;
    }
    if (count == 0)
        m_count->setText(tr("No numbers yet."));
    else if (bad == 0)
        m_count->setText(tr("%n number(s).", nullptr, count));
    else
        m_count->setText(tr("%n number(s), ", nullptr, count) +
                         tr("%n not a toll-free number.", nullptr, bad));
}

TollFreeAdditionalPage::TollFreeAdditionalPage(RequestSource source, QWidget *parent)
    : TollFreeFormPage(u"additional"_s, std::move(source), parent)
{
    setTitle(tr("Additional information and webhook"));
    setSubTitle(tr("Anything else the reviewers should know, and where status changes are "
                   "posted. Fields marked * are required."));
    addTextEdit(u"additionalInformation"_s,
                tr("Context for the reviewers: e.g. why more than five numbers are needed, or "
                   "what changed since a previous rejection."),
                tr("Reminders only; no marketing."), 6);
    addLineEdit(u"webhookUrl"_s,
                tr("An http(s) URL that receives a webhook when the request changes status."),
                tr("https://hooks.example.com/telnyx/tollfree"));
}

// --- TollFreeReviewPage ------------------------------------------------------------------------

TollFreeReviewPage::TollFreeReviewPage(TollFreeWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_banner(new QLabel(this))
    , m_serverError(new QLabel(this))
    , m_summary(new QTextBrowser(this))
    , m_changesLabel(new QLabel(tr("What changed since the request was sent:"), this))
    , m_changes(new QTextBrowser(this))
    , m_warningsLabel(new QLabel(this))
    , m_warningList(new QListWidget(this))
    , m_acknowledge(
          new QCheckBox(tr("I have read these &warnings and want to submit anyway"), this))
    , m_showJson(new QPushButton(tr("Show the &JSON body"), this))
    , m_json(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Review"));
    setSubTitle(tr("Everything below is what will be sent. Check the warnings: they are the "
                   "usual reasons requests come back."));
    setFinalPage(true);

    m_banner->setObjectName(u"reviewPageBanner"_s);
    m_banner->setTextFormat(Qt::PlainText); // quotes the reviewers' reason
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fff4e5; border: 1px solid #f0b36b; "
                            "border-radius: 4px; padding: 6px; color: #5c3b00; }"_s);
    m_banner->hide();
    m_serverError->setObjectName(u"reviewServerError"_s);
    m_serverError->setWordWrap(true);
    m_serverError->setTextFormat(Qt::PlainText);
    m_serverError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverError->setStyleSheet(HostedWizardUi::errorStyle());
    m_serverError->hide();
    m_summary->setObjectName(u"reviewSummary"_s);
    m_summary->setOpenLinks(false);
    m_summary->setMinimumHeight(160);
    m_changesLabel->setObjectName(u"reviewChangesLabel"_s);
    m_changes->setObjectName(u"reviewChanges"_s);
    m_changes->setMaximumHeight(110);
    m_warningsLabel->setObjectName(u"reviewWarningsLabel"_s);
    m_warningsLabel->setWordWrap(true);
    m_warningList->setObjectName(u"reviewWarnings"_s);
    m_warningList->setWordWrap(true);
    m_warningList->setMaximumHeight(150);
    m_warningList->setToolTip(tr("Double-click (or press Enter on) a warning to go to its "
                                 "field."));
    m_acknowledge->setObjectName(u"acknowledgeWarningsCheck"_s);
    m_showJson->setObjectName(u"showJsonButton"_s);
    m_showJson->setCheckable(true);
    m_showJson->setToolTip(tr("The exact request body, as sent to the API."));
    m_json->setObjectName(u"reviewJson"_s);
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    setMonospaceHint(m_json);
    m_json->hide();
    m_progress->setObjectName(u"submitProgress"_s);
    m_progress->setRange(0, 0); // busy: the API gives no progress for one small request
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_status->setObjectName(u"submitStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_problemsLabel->setObjectName(u"reviewPageProblems"_s);
    m_problemsLabel->setTextFormat(Qt::PlainText); // may quote the server's field problem
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(u"color: #8a4b00;"_s);
    m_problemsLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_serverError);
    layout->addWidget(m_summary, 3);
    auto *jsonRow = new QHBoxLayout;
    jsonRow->addStretch(1);
    jsonRow->addWidget(m_showJson);
    layout->addLayout(jsonRow);
    layout->addWidget(m_json, 2);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warningList, 1);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_problemsLabel);

    connect(m_showJson, &QPushButton::toggled, m_json, &QWidget::setVisible);
    connect(m_showJson, &QPushButton::toggled, this, [this](bool shown) {
        m_showJson->setText(shown ? tr("Hide the &JSON body") : tr("Show the &JSON body"));
    });
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool checked) {
        QStringList messages;
        for (const ReadinessWarning &warning : std::as_const(m_warnings))
            messages.append(warning.message);
        m_acknowledgedWarnings = checked ? messages.join(u'\n') : QString();
        updateProblemsLabel();
        Q_EMIT completeChanged();
    });
    connect(m_warningList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_wizard->goToField(item->data(Qt::UserRole).toString());
    });
}

void TollFreeReviewPage::initializePage()
{
    showStatus({}, false);
    showServerError({});
    refresh();
}

void TollFreeReviewPage::refresh()
{
    const TollFreeVerificationRequest request = m_wizard->request();
    const QJsonObject body = request.toJson();
    const QStringList changed = m_wizard->isEditing() ? m_wizard->changedFields() : QStringList();

    // Summary: every field, grouped as in the wizard.
    // One table for all groups, so the values line up from top to bottom.
    QString html = u"<style>td { padding: 2px 12px 2px 0; vertical-align: top; } "
                   ".label { color: #555; white-space: nowrap; } .unset { color: #888; } "
                   ".changed { background: #fff1b8; } "
                   ".group { font-weight: bold; font-size: large; padding-top: 10px; }"
                   "</style><table width='100%'>"_s;
    for (int pageId = TollFreeWizard::BusinessPageId; pageId < TollFreeWizard::ReviewPageId;
         ++pageId) {
        const TollFreeFormPage *page = m_wizard->formPage(pageId);
        html +=
            u"<tr><td colspan='2' class='group'>%1</td></tr>"_s.arg(page->title().toHtmlEscaped());
        const QStringList fields = page->fieldNames();
        for (const QString &field : fields) {
            const QJsonValue value = body.value(field);
            QString shown;
            if (request.clearedFields.contains(field)) {
                shown = u"<span class='unset'>%1</span>"_s.arg(tr("cleared"));
            } else if (value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
                shown = u"<span class='unset'>%1</span>"_s.arg(tr("not given"));
            } else if (value.isBool()) {
                shown = value.toBool() ? tr("Yes") : tr("No");
            } else if (value.isArray()) {
                QStringList lines;
                const QString member = TollFreeVerificationRequest::listEntryMember(field);
                const QJsonArray entries = value.toArray();
                for (const QJsonValue &entry : entries)
                    lines.append(entry.toObject().value(member).toString());
                shown = lines.isEmpty() ? u"<span class='unset'>%1</span>"_s.arg(tr("none"))
                                        : htmlValue(lines.join(u'\n'));
            } else if (field == u"entityType"_s) {
                shown = htmlValue(
                    u"%1 (%2)"_s.arg(tfvEntityTypeLabel(value.toString()), value.toString()));
            } else {
                shown = htmlValue(value.toString());
            }
            const bool isChanged = changed.contains(field);
            html += u"<tr%1><td class='label' width='30%'>%2</td><td>%3%4</td></tr>"_s.arg(
                isChanged ? u" class='changed'"_s : QString(),
                tollFreeFieldLabel(field).toHtmlEscaped(), shown,
                isChanged ? u" <i>(%1)</i>"_s.arg(tr("changed")) : QString());
        }
    }
    html += u"</table>"_s;
    const int scroll = m_summary->verticalScrollBar() ? m_summary->verticalScrollBar()->value() : 0;
    m_summary->setHtml(html);
    m_summary->verticalScrollBar()->setValue(scroll);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)));

    // Changes against the request as the server has it.
    m_changesLabel->setVisible(m_wizard->isEditing());
    m_changes->setVisible(m_wizard->isEditing());
    if (m_wizard->isEditing()) {
        const QJsonObject before = normalizedTollFreeRequest(m_wizard->originalRequest()).toJson();
        const auto text = [](const QString &field, const QJsonValue &value) {
            if (value.isBool())
                return value.toBool() ? tr("Yes") : tr("No");
            if (value.isArray()) {
                QStringList items;
                const QJsonArray entries = value.toArray();
                for (const QJsonValue &entry : entries)
                    items.append(entry.toObject()
                                     .value(TollFreeVerificationRequest::listEntryMember(field))
                                     .toString());
                return items.join(u", "_s);
            }
            return value.toString();
        };
        QString changes;
        // Emptied fields are cleared on the server, not left as they were: say which.
        QStringList cleared;
        for (const QString &field : std::as_const(request.clearedFields))
            cleared.append(tollFreeFieldLabel(field));
        if (!cleared.isEmpty())
            changes += u"<p>%1</p>"_s.arg(
                tr("These fields will be cleared: %1.").arg(cleared.join(u", "_s)).toHtmlEscaped());
        for (const QString &field : changed) {
            const QString from = text(field, before.value(field));
            const QString to = text(field, body.value(field));
            changes += u"<p><b>%1</b>: <s>%2</s> → %3</p>"_s.arg(
                tollFreeFieldLabel(field).toHtmlEscaped(),
                from.isEmpty() ? tr("(empty)") : htmlValue(from),
                request.clearedFields.contains(field) ? tr("(cleared)")
                : to.isEmpty()                        ? tr("(empty)")
                                                      : htmlValue(to));
        }
        if (changed.isEmpty())
            changes = tr("Nothing changed yet: the request would be resubmitted as it is.")
                          .toHtmlEscaped();
        m_changes->setHtml(changes);
    }

    // Readiness warnings.
    m_warnings = m_wizard->readinessWarnings();
    QStringList messages;
    m_warningList->clear();
    for (const ReadinessWarning &warning : std::as_const(m_warnings)) {
        messages.append(warning.message);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
        if (warning.severity == ReadinessWarning::Severity::Advice)
            icon = QStyle::SP_MessageBoxInformation;
        else if (warning.severity == ReadinessWarning::Severity::LikelyRejection)
            icon = QStyle::SP_MessageBoxCritical;
        auto *item = new QListWidgetItem(
            style()->standardIcon(icon),
            u"%1 — %2: %3"_s.arg(readinessSeverityLabel(warning.severity),
                                 tollFreeFieldLabel(warning.fieldName), warning.message),
            m_warningList);
        item->setData(Qt::UserRole, warning.fieldName);
    }
    const QString warningKey = messages.join(u'\n');
    if (warningKey != m_acknowledgedWarnings) {
        // New or different warnings: the earlier tick does not cover them.
        const QSignalBlocker blocker(m_acknowledge);
        m_acknowledge->setChecked(false);
        m_acknowledgedWarnings.clear();
    }
    m_warningsLabel->setText(
        m_warnings.isEmpty()
            ? tr("No readiness warnings: nothing the usual review checks would object to.")
            : tr("%n thing(s) the reviewers may object to (double-click one to fix it):", nullptr,
                 int(m_warnings.size())));
    m_warningList->setVisible(!m_warnings.isEmpty());
    m_acknowledge->setVisible(!m_warnings.isEmpty());

    updateProblemsLabel();
    Q_EMIT completeChanged();
}

bool TollFreeReviewPage::warningsAcknowledged() const
{
    return m_warnings.isEmpty() || m_acknowledge->isChecked();
}

QString TollFreeReviewPage::blockingReason() const
{
    const auto problems = m_wizard->fieldProblems();
    if (!problems.isEmpty()) {
        const int page = m_wizard->pageOfField(problems.first().first);
        return tr("Fix this first (page “%1”): %2")
            .arg(m_wizard->formPage(page)->title(), problems.first().second);
    }
    if (!warningsAcknowledged())
        return tr("Tick “I have read these warnings” to submit anyway, or go back and fix "
                  "them.");
    return {};
}

void TollFreeReviewPage::updateProblemsLabel()
{
    const QString reason = m_submitting ? QString() : blockingReason();
    m_problemsLabel->setText(reason);
    m_problemsLabel->setVisible(!reason.isEmpty());
}

bool TollFreeReviewPage::isComplete() const
{
    return !m_submitting && blockingReason().isEmpty();
}

bool TollFreeReviewPage::validatePage()
{
    return m_wizard->handleFinish();
}

void TollFreeReviewPage::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    if (submitting)
        showServerError({}); // only the new answer counts
    m_progress->setVisible(submitting);
    m_acknowledge->setEnabled(!submitting);
    m_warningList->setEnabled(!submitting);
    if (submitting)
        showStatus(m_wizard->isEditing() ? tr("Sending the changes to Telnyx…")
                                         : tr("Sending the request to Telnyx…"),
                   false);
    updateProblemsLabel();
    Q_EMIT completeChanged();
}

void TollFreeReviewPage::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? u"color: #c62828;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

void TollFreeReviewPage::showServerError(const QString &text)
{
    m_serverError->setText(text);
    m_serverError->setVisible(!text.isEmpty());
}

void TollFreeReviewPage::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}
