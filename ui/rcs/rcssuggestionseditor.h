#pragma once

#include "domain/rcsmessage.h"

#include <QGroupBox>
#include <QJsonArray>

class FieldFeedback;
class QPushButton;
class QTableWidget;

// The suggested replies and actions of an RCS message: a table with one row a chip (type,
// text, postback data, and the number or URL of an action), Add and Remove, and the check of
// every row with its message under the table. Rows left blank are not suggestions.
class RcsSuggestionsEditor : public QGroupBox
{
    Q_OBJECT

public:
    // Table columns.
    enum Column { TypeColumn, TextColumn, PostbackColumn, TargetColumn, ColumnCount };
    // Suggestion types, as the Type column's combo lists them.
    enum class SuggestionType { Reply, Dial, OpenUrl };

    explicit RcsSuggestionsEditor(QWidget *parent = nullptr);

    // Appends a row (as "Add suggestion" does, then filled in) and marks the field touched.
    void addSuggestion(SuggestionType type, const QString &text, const QString &postbackData = {},
                       const QString &target = {});
    // The suggestions the rows describe, in row order.
    QList<RcsSuggestion> suggestions() const;
    // The first row's problem ("Suggestion 2: …"); empty when every row is fine.
    QString problem() const;
    // The feedback of the table (its message label sits under it); the server's problems for
    // the suggestions go here.
    FieldFeedback *feedback() const { return m_feedback; }

    // The rows as typed, for a draft, and back.
    QJsonArray draftRows() const;
    void restoreDraftRows(const QJsonArray &rows);

Q_SIGNALS:
    // The user changed a cell.
    void edited();

private:
    void insertRow(SuggestionType type, const QString &text, const QString &postback,
                   const QString &target);
    void removeSelectedRows();
    void updateAddButton();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    FieldFeedback *m_feedback;
};
