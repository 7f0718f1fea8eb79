#include "builtin/builtinsandbox.h"
#include "hosted/hostedorderwizard.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "profilesdialog.h"
#include "sandboxsession.h"
#include "session/consolelanguage.h"
#include "tollfree/tollfreewizard.h"
#include "widgets/statetableview.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMutex>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// Installed on top of the console's translators, it translates nothing itself: it looks every
// text the console asks for up in the German catalogues (the console's and Qt's) and keeps
// those that have no German, the English that is left over.
class UntranslatedTexts : public QTranslator
{
public:
    explicit UntranslatedTexts(QObject *parent)
        : QTranslator(parent)
    {
        // console_de may have no finished entry yet: loaded, but empty.
        m_loaded = m_console.load(u"console_de"_s, u":/translations"_s) &&
                   m_qt.load(u"qtbase_de"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        if (source && *source &&
            m_console.translate(context, source, disambiguation, n).isEmpty() &&
            m_qt.translate(context, source, disambiguation, n).isEmpty()) {
            const QMutexLocker lock(&m_mutex); // workers format texts too
            m_sources.insert(QString::fromUtf8(source));
        }
        return {};
    }
    bool cataloguesLoaded() const { return m_loaded; }
    QSet<QString> sources() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_sources;
    }

private:
    QTranslator m_console;
    QTranslator m_qt;
    bool m_loaded = false;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_sources;
};

// How many entries of console_de.ts are still unfinished: while there are some, English left on
// screen is expected and the check only reports it.
int unfinishedGermanEntries()
{
    QFile file(QStringLiteral(CONSOLE_TRANSLATIONS_DIR "/console_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int unfinished = 0;
    QXmlStreamReader reader(&file);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == "translation"_L1 &&
            reader.attributes().value("type"_L1) == "unfinished"_L1)
            ++unfinished;
    }
    return reader.hasError() ? -1 : unfinished;
}

// The & before a letter that marks a shortcut key ("&Next").
const QRegularExpression &mnemonic()
{
    static const QRegularExpression ampersand(u"&(?=\\w)"_s);
    return ampersand;
}

// Names that are the same in every language.
bool isProductName(const QString &word)
{
    static const QStringList names = {u"Telnyx"_s, u"RCS"_s, u"SMS"_s, u"MMS"_s, u"API"_s,
                                      u"CSV"_s,    u"PDF"_s, u"URL"_s, u"LOA"_s, u"ID"_s,
                                      u"E.164"_s,  u"QR"_s,  u"OK"_s};
    return names.contains(word);
}

// The English a shown text still has: each untranslated source whose words (the parts between
// its placeholders and markup, with at least two letters that are not product names) appear in
// the text as whole words.
QStringList englishIn(const QString &shown, const QSet<QString> &untranslated)
{
    static const QRegularExpression separators(u"%L?[0-9n]+|<[^>]*>"_s);
    static const QRegularExpression words(u"[A-Za-z][A-Za-z.]+"_s);
    QStringList found;
    for (const QString &source : untranslated) {
        const QString withoutMnemonics = QString(source).remove(mnemonic());
        for (const QString &part : withoutMnemonics.split(separators, Qt::SkipEmptyParts)) {
            const QString fragment = part.trimmed();
            bool hasEnglish = false;
            for (auto match = words.globalMatch(fragment); match.hasNext();) {
                if (!isProductName(match.next().captured()))
                    hasEnglish = true;
            }
            if (!hasEnglish)
                continue;
            const QRegularExpression whole(u"(^|\\W)"_s + QRegularExpression::escape(fragment) +
                                           u"($|\\W)"_s);
            if (whole.match(shown).hasMatch()) {
                found.append(u"“%1” (from “%2”)"_s.arg(shown, source));
                break;
            }
        }
    }
    return found;
}

QString shownText(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    return text.remove(mnemonic());
}

// Every text a user sees in `surface`: labels, buttons, group boxes, tabs and the title.
QStringList visibleTexts(QWidget *surface)
{
    QStringList texts{surface->windowTitle()};
    for (QLabel *label : surface->findChildren<QLabel *>())
        if (label->isVisible())
            texts.append(label->text());
    for (QAbstractButton *button : surface->findChildren<QAbstractButton *>())
        if (button->isVisible())
            texts.append(button->text());
    for (QGroupBox *box : surface->findChildren<QGroupBox *>())
        if (box->isVisible())
            texts.append(box->title());
    for (QTabBar *tabs : surface->findChildren<QTabBar *>())
        for (int index = 0; tabs->isVisible() && index < tabs->count(); ++index)
            texts.append(tabs->tabText(index));
    QStringList shown;
    for (const QString &text : texts)
        if (!text.trimmed().isEmpty())
            shown.append(shownText(text));
    return shown;
}

// Buttons whose text does not fit: narrower than their text needs.
QStringList cutButtons(QWidget *surface)
{
    QStringList cut;
    for (QAbstractButton *button : surface->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->sizeHint().width())
            cut.append(u"“%1”: %2 px of %3"_s.arg(button->text())
                           .arg(button->width())
                           .arg(button->sizeHint().width()));
    }
    return cut;
}

} // namespace

// The console in German: the main window, both wizards and two dialogs. No button cuts its
// text; no English is left in what they show (product names aside). While console_de.ts has
// unfinished entries the English check reports what is left and skips; once the catalogue is
// complete it is a hard check.
class TestGerman : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    UntranslatedTexts *m_untranslated = nullptr;
    std::unique_ptr<FrozenSandboxSession> m_sandbox;
    std::unique_ptr<MainWindow> m_window;

    // With CONSOLE_SCREENSHOT_DIR=<dir>: <dir>/<name>-de.png, for looking at by eye (README).
    static void saveScreenshot(QWidget *surface, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
            surface->grab().save(dir + u'/' + name + u"-de.png"_s);
    }

    void checkGerman(QWidget *surface)
    {
        QTRY_VERIFY(surface->isVisible());
        QCoreApplication::processEvents(); // let layouts settle before sizes are read
        saveScreenshot(surface, surface->objectName().isEmpty()
                                    ? QString::fromLatin1(surface->metaObject()->className())
                                    : surface->objectName());
        const QStringList cut = cutButtons(surface);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"\n"_s)));

        QStringList english;
        for (const QString &text : visibleTexts(surface))
            english += englishIn(text, m_untranslated->sources());
        english.removeDuplicates();
        if (english.isEmpty())
            return;
        const int unfinished = unfinishedGermanEntries();
        QVERIFY2(unfinished >= 0, "console_de.ts cannot be read");
        if (unfinished > 0) {
            QSKIP(qPrintable(u"console_de.ts has %1 unfinished entries; English left here: %2 "
                             u"texts, e.g. %3"_s.arg(unfinished)
                                 .arg(english.size())
                                 .arg(english.first())));
        }
        QFAIL(qPrintable(u"English left in German:\n"_s + english.join(u"\n"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"gui-german"_s));
        ConsoleLanguage::install(QCoreApplication::instance(),
                                 QLocale(QLocale::German, QLocale::Germany));
        m_untranslated = new UntranslatedTexts(this);
        QVERIFY(m_untranslated->cataloguesLoaded());
        QVERIFY(QCoreApplication::installTranslator(m_untranslated));

        m_sandbox = std::make_unique<FrozenSandboxSession>(m_home.filePath(u"profiles.ini"_s));
        QVERIFY(m_sandbox->activate());
        m_window = std::make_unique<MainWindow>(m_sandbox->session());
        m_window->show();
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_sandbox.reset();
    }

    void theCheckFindsEnglish()
    {
        // The English check itself: an untranslated text shown as is is found, a German one or
        // a product name is not.
        const QSet<QString> untranslated{u"Load &all rows"_s, u"Pre&ferences…"_s, u"Telnyx"_s};
        QCOMPARE(englishIn(u"Load all rows"_s, untranslated).size(), 1);
        QCOMPARE(englishIn(u"Preferences…"_s, untranslated).size(), 1);
        QCOMPARE(englishIn(u"Alle Zeilen laden"_s, untranslated).size(), 0);
        QCOMPARE(englishIn(u"Telnyx-Konto"_s, untranslated).size(), 0);
    }

    void mainWindow()
    {
        m_window->showArea(u"tollFree"_s);
        // The rows and a request's detail pane, in German too.
        StateTableView *table = m_window->currentListPage()->table();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        table->selectRow(0);
        checkGerman(m_window.get());
        // The navigation fits its German titles ("Gebührenfreie Nummern"): none is cut.
        const auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(navigation);
        for (int row = 0; row < navigation->count(); ++row) {
            const QListWidgetItem *item = navigation->item(row);
            const int needed = navigation->fontMetrics().horizontalAdvance(item->text()) +
                               navigation->iconSize().width() + 8;
            QVERIFY2(navigation->visualItemRect(item).width() >= needed,
                     qPrintable(u"cut: "_s + item->text()));
        }
    }

    void tollFreeWizard()
    {
        m_window->showArea(u"tollFree"_s);
        m_window->findChild<QAction *>(u"newAction"_s)->trigger();
        TollFreeWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<TollFreeWizard *>(u"tollFreeWizard"_s)));
        // Qt's own catalogue gives the wizard's buttons.
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), u"&Weiter >"_s);
        checkGerman(wizard);
        wizard->close();
    }

    void hostedOrderWizard()
    {
        m_window->showArea(u"hosted"_s);
        m_window->findChild<QAction *>(u"newAction"_s)->trigger();
        HostedOrderWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<HostedOrderWizard *>(u"hostedOrderWizard"_s)));
        checkGerman(wizard);
        wizard->close();
    }

    void profilesDialog()
    {
        ProfilesDialog dialog(m_sandbox->session(), m_window.get());
        dialog.show();
        checkGerman(&dialog);
    }

    void preferencesDialog()
    {
        PreferencesDialog dialog(m_window.get());
        dialog.show();
        checkGerman(&dialog);
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
