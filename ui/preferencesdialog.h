#pragma once

#include <QDialog>

class QComboBox;

// File ▸ Preferences (Ctrl+,): the language of the console ("System default" or one the console has
// a catalogue for). Kept in the settings file by ConsoleLanguage; it applies at the next start, and
// the dialog says so.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
};
