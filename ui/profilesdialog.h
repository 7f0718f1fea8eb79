#pragma once

#include <QDialog>

class ConsoleSession;
class QListWidget;
class QPushButton;

// Manage account profiles: add one (its key is checked against the API, then stored in the OS
// keychain), replace a key, remove a profile together with its keychain entry, switch to one.
// Keys are only ever shown masked, and never offered for copying.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(ConsoleSession *session, QWidget *parent = nullptr);

private:
    void reload();
    QString selectedId() const;
    void addProfile();
    void removeSelected();

    ConsoleSession *m_session;
    QListWidget *m_list;
    QPushButton *m_remove;
    QPushButton *m_use;
};
