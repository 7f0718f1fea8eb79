#pragma once

#include "domain/tollfree.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWizardPage>

#include <functional>
#include <optional>

class FieldFeedback;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QVBoxLayout;

// A wizard page made of request fields. Each field is known by its wire name; its editor is
// named "<wireName>Edit" / "Combo" / "Check" and its message label "<editor name>Problem".
// The page is complete when none of its fields has a problem, and a label at the bottom
// ("<key>PageProblems") says what keeps Next disabled.
class TollFreeFormPage : public QWizardPage
{
    Q_OBJECT

public:
    // Supplies the whole request (normalized) that the field checks look at.
    using RequestSource = std::function<TollFreeVerificationRequest()>;

    TollFreeFormPage(const QString &key, RequestSource source, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QStringList fieldNames() const { return m_fields; }
    bool hasField(const QString &field) const { return m_fields.contains(field); }
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    FieldFeedback *feedback(const QString &field) const { return m_feedback.value(field); }

    bool isComplete() const override;
    // Problems of this page's fields, in field order ("City is required.").
    QStringList problems() const;
    // {wire name, problem} for this page's fields, checked against `request`; a problem the
    // server reported for a field comes first.
    QList<std::pair<QString, QString>>
    fieldProblems(const TollFreeVerificationRequest &request) const;

    // Form ⇄ request body (wire names; list fields as [{"phoneNumber": "..."}]). The values
    // are as typed, not normalized, so that a draft brings back exactly what was there.
    void writeValues(QJsonObject &body) const;
    void readValues(const QJsonObject &body);

    // Re-runs every check of the page, updates the required marks and the problems label.
    void refreshFeedback();
    // Shows every field's problem, as if each had been touched (after loading a draft).
    void touchFilledFields();
    void setTracking(bool on);
    // Puts the keyboard focus on the field; for a list field, on its index-th entry.
    void focusField(const QString &field, int index = -1);
    // A banner at the top of the page (e.g. the reviewer's reason); hidden when empty.
    void setBanner(const QString &text);

    // A fixed-pitch font for an editor of lists or JSON.
    static void setMonospaceHint(QPlainTextEdit *edit);

Q_SIGNALS:
    void fieldEdited(const QString &field);

protected:
    QLineEdit *addLineEdit(const QString &field, const QString &toolTip,
                           const QString &placeholder = {});
    QPlainTextEdit *addTextEdit(const QString &field, const QString &toolTip,
                                const QString &placeholder, int visibleLines);
    // A list typed one entry per line (numbers, URLs).
    QPlainTextEdit *addListEdit(const QString &field, const QString &toolTip,
                                const QString &placeholder, int visibleLines);
    // A closed list: {label, wire value}. With a noneLabel, the first entry means "not given".
    QComboBox *addChoice(const QString &field, const QString &toolTip,
                         const QList<std::pair<QString, QString>> &choices,
                         const QString &placeholder, const QString &noneLabel = {});
    // Free text with suggestions (and completion) from the list.
    QComboBox *addEditableChoice(const QString &field, const QString &toolTip,
                                 const QStringList &suggestions, const QString &placeholder);
    QCheckBox *addCheck(const QString &field, const QString &text, const QString &toolTip);
    void addSection(const QString &title, const QString &note = {});
    void addNote(const QString &text);
    QWidget *addExtraRow(QWidget *widget); // under the last field, no label

    QVBoxLayout *pageLayout() const { return m_pageLayout; }

    // One entry of a list field as typed: numbers may also be separated by commas and
    // semicolons (as pasted from a spreadsheet); URLs only by line breaks.
    struct ListEntry
    {
        QString text;
        qsizetype position; // of the first character in the editor's text
    };
    static QList<ListEntry> listEntries(const QString &field, const QString &text);

private:
    void bindField(const QString &field, QWidget *editor, QLabel *label);
    QString labelText(const QString &field) const;
    QString nextMnemonicLabel(const QString &text);
    QString fieldProblem(const QString &field) const;
    TollFreeVerificationRequest currentRequest() const;
    static QString editorName(const QString &field, const char *suffix);

    QString m_key;
    RequestSource m_source;
    QStringList m_fields;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, FieldFeedback *> m_feedback;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QString> m_labelTexts; // with the mnemonic, without the required mark
    QSet<QChar> m_mnemonics;
    QVBoxLayout *m_pageLayout;
    QScrollArea *m_scroll;
    QFormLayout *m_form;
    QLabel *m_banner;
    QLabel *m_problemsLabel;
    // Set while refreshFeedback() runs: one request for all the checks of one refresh.
    std::optional<TollFreeVerificationRequest> m_snapshot;
};
