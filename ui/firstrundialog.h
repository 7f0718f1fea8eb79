#pragma once

#include <QDialog>

class ConsoleSession;
class KeyEntryForm;
class QLabel;
class QPushButton;

// Shown when no profile exists yet: explore the built-in sandbox, or enter an API key (checked
// against the API before it is saved to the OS keychain). When there is no keychain, offers to
// keep the key for this session only.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(ConsoleSession *session, QWidget *parent = nullptr);

    // The profile to activate after accept().
    QString chosenProfileId() const { return m_chosenProfileId; }
    // A key to use for this session only (no keychain); empty otherwise.
    QString sessionOnlyKey() const { return m_sessionOnlyKey; }

private:
    void saveValidatedKey();

    ConsoleSession *m_session;
    KeyEntryForm *m_form;
    QLabel *m_keychainProblem;
    QPushButton *m_sessionOnlyButton;
    QString m_chosenProfileId;
    QString m_sessionOnlyKey;
};
