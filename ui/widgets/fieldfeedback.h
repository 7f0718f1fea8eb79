#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

// Live validation feedback for one input: a red border and a message under the field.
//
// The check runs on every change; its message is shown once the field has been touched
// (edited, or left after focusing it), so an untouched empty form is not a wall of red.
// A problem reported by the server (setServerProblem) is shown at once and stays until the
// value changes. Works with QLineEdit, QPlainTextEdit, QComboBox and QAbstractButton.
class FieldFeedback : public QObject
{
    Q_OBJECT

public:
    using Check = std::function<QString()>;

    // Creates the message label (objectName: the editor's + "Problem"); put messageLabel()
    // under the editor in the layout.
    FieldFeedback(QWidget *editor, Check check, QObject *parent = nullptr);

    QWidget *editor() const { return m_editor; }
    QLabel *messageLabel() const { return m_message; }

    // The server's problem if any, else the check's.
    QString problem() const;
    QString serverProblem() const { return m_serverProblem; }
    bool isTouched() const { return m_touched; }
    bool isShowingProblem() const;

    void setTouched(bool touched);
    void setServerProblem(const QString &detail);
    // While off, changes to the editor (e.g. filling it from a draft) neither touch the field
    // nor clear the server's problem.
    void setTracking(bool on) { m_tracking = on; }

    // Repaints border, message, tooltip and accessible description from the current state.
    void refresh();

Q_SIGNALS:
    // The user changed the value (tracking on).
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onEdited();

    QPointer<QWidget> m_editor;
    QLabel *m_message;
    Check m_check;
    QString m_serverProblem;
    QString m_baseToolTip;
    bool m_touched = false;
    bool m_tracking = true;
    bool m_shownInvalid = false;
};

// Adds the form row "label: editor, with `message` under it" (either may be null). A layout, not a
// wrapping widget, holds the pair: the editor stays a sibling of its label, which is how a
// screen reader finds the label that names it.
void addLabelledRow(QFormLayout *form, QLabel *label, QWidget *editor, QLabel *message);
