#include "preferencesdialog.h"

#include "session/consolelanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

// A language named in itself ("Deutsch"), so a user who cannot read the current one finds it.
QString nativeName(const QString &language)
{
    const QLocale locale(language);
    // Qt names the English of en_US "American English"; the choice is the language alone.
    QString name = locale.language() == QLocale::English
                       ? QLocale::languageToString(QLocale::English)
                       : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &language : ConsoleLanguage::availableLanguages())
        m_language->addItem(nativeName(language), language);
    const int current = m_language->findData(ConsoleLanguage::preferredLanguage());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("The console changes its language the next time it starts."), this);
    note->setObjectName(QStringLiteral("languageNoteLabel"));
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    ConsoleLanguage::setPreferredLanguage(m_language->currentData().toString());
    QDialog::accept();
}
