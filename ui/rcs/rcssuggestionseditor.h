#pragma once

#include "domain/rcsmessage.h"

#include <QGroupBox>

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

    // Every row as typed, blank ones included, for a draft (a reply row keeps no target), and
    // back.
    QList<RcsSuggestion> draftSuggestions() const;
    void restoreDraftSuggestions(const QList<RcsSuggestion> &rows);

Q_SIGNALS:
    // The user changed a cell.
    void edited();

private:
    void insertRow(SuggestionType type, const QString &text, const QString &postback,
                   const QString &target);
    RcsSuggestion rowSuggestion(int row) const;
    bool isBlankRow(int row) const;
    void removeSelectedRows();
    void updateAddButton();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    FieldFeedback *m_feedback;
};
