#include "consoleenglish.h"
#include "isolatedhome.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sandboxsession.h"
#include "session/consolelanguage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// File ▸ Preferences: the language choice, kept for the next start.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static PreferencesDialog *openFrom(MainWindow *window)
    {
        auto *action = window->findChild<QAction *>(u"preferencesAction"_s);
        if (!action || action->shortcuts().isEmpty())
            return nullptr;
        QTest::keySequence(window, action->shortcuts().constFirst());
        PreferencesDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            // The one open now; an earlier one may wait for its deletion, hidden.
            for (PreferencesDialog *open : window->findChildren<PreferencesDialog *>())
                dialog = open->isVisible() ? open : dialog;
            return dialog != nullptr;
        });
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"gui-preferences"_s));
        installEnglish();
    }

    void theShortcutOpensItAndTheChoiceIsKeptForTheNextStart()
    {
        FrozenSandboxSession sandbox(m_home.filePath(u"profiles.ini"_s));
        MainWindow window(sandbox.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        PreferencesDialog *dialog = openFrom(&window);
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        QCOMPARE(language->currentData().toString(), QString()); // the system's by default
        QCOMPARE(language->itemText(0), u"System default"_s);
        QVERIFY(language->findText(u"English"_s) >= 0);
        QVERIFY(language->findText(u"Deutsch"_s) >= 0);
        QVERIFY(dialog->findChild<QLabel *>(u"languageNoteLabel"_s)
                    ->text()
                    .contains(u"next time it starts"_s));

        language->setCurrentIndex(language->findText(u"Deutsch"_s));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(ConsoleLanguage::preferredLanguage(), u"de"_s);
        QCOMPARE(ConsoleLanguage::preferredLocale().language(), QLocale::German);
        // Nothing changes before the next start.
        QCOMPARE(QLocale().language(), QLocale::English);

        dialog = openFrom(&window);
        QVERIFY(dialog);
        language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        QCOMPARE(language->currentText(), u"Deutsch"_s);
        language->setCurrentIndex(0);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(ConsoleLanguage::preferredLanguage(), u"de"_s); // cancelled: kept

        dialog = openFrom(&window);
        QVERIFY(dialog);
        dialog->findChild<QComboBox *>(u"languageCombo"_s)->setCurrentIndex(0);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(ConsoleLanguage::preferredLanguage(), QString());
        QCOMPARE(ConsoleLanguage::preferredLocale(), QLocale::system());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
