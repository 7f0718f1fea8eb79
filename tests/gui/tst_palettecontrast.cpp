#include "consoleenglish.h"
#include "consolepalette.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "mainwindow.h"
#include "pagedlistmodel.h"
#include "sandboxsession.h"
#include "sandboxtestbed.h"
#include "statushistorymodel.h"
#include "storage/draftstore.h"
#include "tollfree/tollfreedetailpane.h"
#include "tollfree/tollfreewizard.h"
#include "tollfreerecords.h"
#include "widgets/errorbanner.h"
#include "widgets/statetableview.h"
#include "widgets/statusbadgedelegate.h"

#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

// Every badge, banner and callout stays readable in a light and in a dark theme: the contrast
// of its text against its background is at least 4.5:1 (WCAG 2 AA, relative luminance).
//
// Each case runs under Fusion with its light palette and with a dark one. The colours are
// checked twice: as ConsolePalette gives them (every tone and every message kind), and as
// they come out on screen: the main window (the TFV list's status badges, the sandbox badge,
// the list's error banner, the detail pane's badge and callout), a TFV wizard (the reviewers'
// reason banner and a field's problem) and detail panes for a request waiting for the
// customer and a rejected one. On screen, a badge's fill is the most frequent colour inside
// it and its text the pixel that differs most from that fill.
//
// The worst ratio of each theme is printed at the end. With CONSOLE_SCREENSHOT_DIR=<dir> the
// main window is saved as main-window-<theme>.png.
class TestPaletteContrast : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<SandboxTestbed> m_bed;
    // "dark", "dark, badges", "dark, as drawn", … → (the lowest ratio, of what)
    std::map<QString, std::pair<double, QString>> m_worst;
    QString m_theme;

    static constexpr double minimumRatio = 4.5;

    // WCAG 2: relative luminance of an sRGB colour.
    static double luminance(const QColor &colour)
    {
        const auto channel = [](double value) {
            value /= 255.0;
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) +
               0.0722 * channel(colour.blue());
    }

    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    // Fusion's usual dark palette.
    static QPalette darkPalette()
    {
        QPalette palette;
        const QColor window(0x35, 0x35, 0x35);
        const QColor base(0x2a, 0x2a, 0x2a);
        const QColor text(0xf0, 0xf0, 0xf0);
        const QColor disabled(0x8c, 0x8c, 0x8c);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::PlaceholderText, disabled);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
        palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Light, window.lighter(150));
        palette.setColor(QPalette::Midlight, window.lighter(125));
        palette.setColor(QPalette::Mid, window.lighter(110));
        palette.setColor(QPalette::Dark, window.darker(150));
        palette.setColor(QPalette::Shadow, Qt::black);
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, disabled);
        palette.setColor(QPalette::Disabled, QPalette::Base, window);
        return palette;
    }

    static QPalette themePalette(const QString &theme)
    {
        return theme == u"dark"_s ? darkPalette() : QApplication::style()->standardPalette();
    }

    // Records the ratio; false (and a message) when it is below AA.
    bool readable(const QString &what, const QColor &text, const QColor &background)
    {
        const double ratio = contrast(text, background);
        QStringList keys{m_theme};
        if (what.contains(u"badge"_s))
            keys << m_theme + u", badges"_s;
        if (what.contains(u"(drawn)"_s))
            keys << m_theme + u", as drawn"_s;
        for (const QString &key : std::as_const(keys)) {
            auto &worst = m_worst[key];
            if (worst.second.isEmpty() || ratio < worst.first)
                worst = {ratio, what};
        }
        if (ratio >= minimumRatio)
            return true;
        qWarning("%s (%s): %s on %s is %.2f:1, below %.1f:1", qPrintable(what), qPrintable(m_theme),
                 qPrintable(text.name()), qPrintable(background.name()), ratio, minimumRatio);
        return false;
    }

    struct Sample
    {
        QColor fill;
        QColor text;
    };
    // Inside `area` of `image`: the most frequent colour, and the pixel that stands out most
    // from it (the core of a glyph).
    static Sample sample(const QImage &image, const QRect &area)
    {
        QHash<QRgb, int> counts;
        const QRect inside = area.intersected(image.rect());
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            for (int x = inside.left(); x <= inside.right(); ++x)
                ++counts[image.pixel(x, y) | 0xff000000];
        }
        QRgb fill = 0;
        int most = -1;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            if (it.value() > most) {
                most = it.value();
                fill = it.key();
            }
        }
        QColor text = QColor::fromRgb(fill);
        double best = 1.0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            const double ratio = contrast(QColor::fromRgb(it.key()), QColor::fromRgb(fill));
            if (ratio > best) {
                best = ratio;
                text = QColor::fromRgb(it.key());
            }
        }
        return {QColor::fromRgb(fill), text};
    }

    // The text of `label` as drawn: sampled in `root`'s picture, where the label's background
    // (its own or an ancestor's up to `root`) is painted too.
    bool labelReadable(const QString &what, QWidget *root, QLabel *label)
    {
        if (!label || !label->isVisible() || label->text().isEmpty()) {
            qWarning("%s: not shown", qPrintable(what));
            return false;
        }
        const QImage image = root->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        const QRect local = label->contentsRect().adjusted(2, 2, -2, -2);
        const QRect area(label->mapTo(root, local.topLeft()) * ratio, local.size() * ratio);
        const Sample drawn = sample(image, area);
        return readable(what + u" (drawn)"_s, drawn.text, drawn.fill);
    }

    // Every status badge of `table`'s status column, as drawn.
    bool badgesReadable(const QString &what, QTableView *table, int column, int rows)
    {
        const QImage image = table->viewport()->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        const ConsolePalette colours(table->palette());
        bool ok = true;
        int checked = 0;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = table->model()->index(row, column);
            const QRect cell = table->visualRect(index);
            // A strip through the middle of the pill, clear of its rounded ends.
            const QRect strip(cell.left() + 14, cell.center().y() - 4, 36, 9);
            if (!cell.isValid() || !table->viewport()->rect().contains(strip))
                continue;
            const QString status = index.data(PagedListModel::StatusRole).toString().isEmpty()
                                       ? index.data().toString()
                                       : index.data(PagedListModel::StatusRole).toString();
            const Sample drawn =
                sample(image, QRect(strip.topLeft() * ratio, strip.size() * ratio));
            const auto tone = ConsolePalette::toneForStatus(status);
            // What is drawn is the palette's badge.
            if (drawn.fill != colours.badgeBackground(tone)) {
                qWarning("%s row %d (%s): fill %s, the palette says %s", qPrintable(what), row,
                         qPrintable(status), qPrintable(drawn.fill.name()),
                         qPrintable(colours.badgeBackground(tone).name()));
                ok = false;
            }
            const QString name = u"%1 badge “%2”"_s.arg(what, index.data().toString());
            ok = readable(name, colours.badgeText(tone), colours.badgeBackground(tone)) && ok;
            ok = readable(name + u" (drawn)"_s, drawn.text, drawn.fill) && ok;
            ++checked;
        }
        if (checked == 0) {
            qWarning("%s: no badge on screen", qPrintable(what));
            return false;
        }
        return ok;
    }

    static void addThemes()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }

    // With CONSOLE_SCREENSHOT_DIR=<dir>: <dir>/<name>-<theme>.png, for looking at by eye.
    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(widget->grab().save(QDir(dir).filePath(u"%1-%2.png"_s.arg(name, m_theme))));
    }

    void useTheme(const QString &theme)
    {
        m_theme = theme;
        QApplication::setPalette(themePalette(theme));
        QCOMPARE(ConsolePalette().isDark(), theme == u"dark"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"palette-contrast-test"_s));
        // What users see: "3 changes", not "3 change(s)" (main.cpp installs the same).
        installEnglish();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(QApplication::style());
        m_bed = SandboxTestbed::withFrozenClock();
        QVERIFY(m_bed->isListening());
    }

    void cleanupTestCase()
    {
        for (const auto &[theme, worst] : m_worst)
            qInfo("worst contrast, %s: %.2f:1 (%s)", qPrintable(theme), worst.first,
                  qPrintable(worst.second));
        m_bed.reset();
    }

    // Every colour pair the palette hands out, against what it is drawn on.
    void paletteColoursMeetAA_data() { addThemes(); }
    void paletteColoursMeetAA()
    {
        QFETCH(QString, theme);
        useTheme(theme);
        const ConsolePalette colours;
        const QPalette &base = colours.base();
        bool ok = true;
        const QStringList toneNames{u"neutral"_s, u"progress"_s, u"action needed"_s, u"success"_s,
                                    u"failure"_s};
        for (const auto tone : ConsolePalette::tones()) {
            const QString name = toneNames.at(int(tone));
            const QColor fill = colours.badgeBackground(tone);
            ok = readable(name + u" badge"_s, colours.badgeText(tone), fill) && ok;
            for (const auto text :
                 {ConsolePalette::CalloutText::Accent, ConsolePalette::CalloutText::Strong})
                ok = readable(name + u" callout"_s, colours.calloutText(tone, text), fill) && ok;
        }
        const QStringList kindNames{u"error"_s, u"warning"_s, u"success"_s, u"info"_s};
        for (const auto kind : ConsolePalette::kinds()) {
            const QString name = kindNames.at(int(kind));
            ok = readable(name + u" banner"_s, colours.messageText(kind),
                          colours.messageBackground(kind)) &&
                 ok;
            for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
                ok = readable(name + u" text"_s, colours.text(kind), base.color(role)) && ok;
        }
        for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
            ok = readable(u"muted text"_s, colours.muted(), base.color(role)) && ok;
        ok = readable(u"toast"_s, colours.toastText(), colours.toastBackground()) && ok;
        ok = readable(u"sandbox badge"_s, colours.sandboxText(), colours.sandboxBackground()) && ok;
        QVERIFY(ok);
    }

    // The badge delegate, one row per tone.
    void everyToneAsTheDelegateDrawsIt_data() { addThemes(); }
    void everyToneAsTheDelegateDrawsIt()
    {
        QFETCH(QString, theme);
        useTheme(theme);
        QStandardItemModel model;
        for (const QString &status : {u"Deleted"_s, u"In Progress"_s, u"Waiting For Customer"_s,
                                      u"Verified"_s, u"Rejected"_s}) {
            auto *item = new QStandardItem(status);
            item->setData(status, PagedListModel::StatusRole);
            model.appendRow(item);
        }
        QTableView table;
        table.setModel(&model);
        table.setItemDelegateForColumn(0, new StatusBadgeDelegate(&table));
        table.setColumnWidth(0, 220);
        table.resize(300, 240);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(badgesReadable(u"delegate"_s, &table, 0, model.rowCount()));
    }

    // The main window on the sandbox: list badges, sandbox badge, error banner, detail pane.
    void mainWindow_data() { addThemes(); }
    void mainWindow()
    {
        QFETCH(QString, theme);
        useTheme(theme);
        FrozenSandboxSession sandbox(m_home.filePath(u"profiles-%1.ini"_s.arg(theme)));
        QVERIFY(sandbox.activate());

        MainWindow window(sandbox.session());
        window.showArea(u"tollFree"_s);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<ListPage *>(u"tollFreePage"_s);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 20, 10000);
        StateTableView *table = page->table();
        int statusColumn = -1;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (qobject_cast<StatusBadgeDelegate *>(table->itemDelegateForColumn(column)))
                statusColumn = column;
        }
        QVERIFY(statusColumn >= 0);

        // The pane shows a request waiting for the customer: its badge and callout.
        int waiting = -1;
        for (int row = 0; row < table->model()->rowCount() && waiting < 0; ++row) {
            if (table->model()->index(row, 0).data(PagedListModel::StatusRole).toString() ==
                u"Waiting For Customer"_s)
                waiting = row;
        }
        QVERIFY(waiting >= 0);
        table->setCurrentIndex(table->model()->index(waiting, 0));
        auto *pane = window.findChild<TollFreeDetailPane *>(u"tollFreeDetailPane"_s);
        QVERIFY(pane);
        QTRY_VERIFY(pane->findChild<QFrame *>(u"reasonCallout"_s)->isVisible());
        // The status history's first answer, for the picture.
        QTRY_COMPARE_WITH_TIMEOUT(pane->historyModel()->state(), StatusHistoryModel::State::Loaded,
                                  10000);

        auto *callout = pane->findChild<QFrame *>(u"reasonCallout"_s);
        QVERIFY(labelReadable(u"callout title"_s, callout,
                              pane->findChild<QLabel *>(u"reasonCalloutTitle"_s)));
        QVERIFY(labelReadable(u"callout reason"_s, callout,
                              pane->findChild<QLabel *>(u"reasonLabel"_s)));
        auto *badge = pane->findChild<QLabel *>(u"detailStatusBadge"_s);
        QVERIFY(labelReadable(u"detail badge"_s, badge, badge));
        auto *sandboxBadge = window.findChild<QLabel *>(u"sandboxBadge"_s);
        QVERIFY(labelReadable(u"sandbox badge"_s, sandboxBadge, sandboxBadge));

        screenshot(&window, u"main-window"_s);

        table->scrollTo(table->model()->index(waiting, statusColumn));
        QApplication::processEvents();
        QVERIFY(badgesReadable(u"TFV list"_s, table, statusColumn, table->model()->rowCount()));

        // The list's error banner.
        auto *banner = page->findChild<ErrorBanner *>();
        QVERIFY(banner);
        banner->showError(u"Could not load verification requests: the connection was refused."_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(labelReadable(u"error banner"_s, banner,
                              banner->findChild<QLabel *>(u"errorBannerText"_s)));
        screenshot(banner, u"palette-error-banner"_s);
    }

    // A TFV wizard editing a request sent back: the reviewers' reason and a field's problem.
    void tollFreeWizard_data() { addThemes(); }
    void tollFreeWizard()
    {
        QFETCH(QString, theme);
        useTheme(theme);
        const TollFreeVerificationRequest waiting =
            m_bed->firstTollFreeWithStatus(u"Waiting For Customer"_s);
        QVERIFY(!waiting.reason.isEmpty());
        QTemporaryDir drafts;
        DraftStore store(drafts.path());
        TollFreeRecords records(&m_bed->client);
        TollFreeWizard wizard(&records, &store);
        wizard.editRequest(waiting);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *banner = wizard.findChild<QLabel *>(u"businessPageBanner"_s);
        QVERIFY(labelReadable(u"wizard reason banner"_s, banner, banner));

        auto *name = wizard.findChild<QLineEdit *>(u"businessNameEdit"_s);
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        auto *problem = wizard.findChild<QLabel *>(u"businessNameEditProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(labelReadable(u"field problem"_s, &wizard, problem));
        auto *problems = wizard.findChild<QLabel *>(u"businessPageProblems"_s);
        QTRY_VERIFY(problems->isVisible());
        QVERIFY(labelReadable(u"page problems"_s, &wizard, problems));
        screenshot(&wizard, u"palette-tollfree-wizard"_s);
    }

    // Detail panes of a request waiting for the customer and of a rejected one.
    void detailPanes_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("status");
        for (const QString &theme : {u"light"_s, u"dark"_s}) {
            for (const QString &status : {u"Waiting For Customer"_s, u"Rejected"_s})
                QTest::addRow("%s, %s", qPrintable(theme), qPrintable(status)) << theme << status;
        }
    }
    void detailPanes()
    {
        QFETCH(QString, theme);
        QFETCH(QString, status);
        useTheme(theme);
        const TollFreeVerificationRequest request = m_bed->firstTollFreeWithStatus(status);
        QVERIFY(!request.id.isEmpty());
        TollFreeRecords records(&m_bed->client);
        TollFreeDetailPane pane(&records);
        pane.resize(620, 900);
        pane.show();
        pane.setRequest(request);
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *callout = pane.findChild<QFrame *>(u"reasonCallout"_s);
        QTRY_VERIFY(callout->isVisible());
        for (const QString &label : {u"reasonCalloutTitle"_s, u"reasonLabel"_s, u"nextStepLabel"_s})
            QVERIFY(labelReadable(u"callout "_s + label, callout, pane.findChild<QLabel *>(label)));
        auto *badge = pane.findChild<QLabel *>(u"detailStatusBadge"_s);
        QVERIFY(labelReadable(u"detail badge"_s, badge, badge));
        screenshot(&pane, u"palette-detail-"_s + status.section(u' ', 0, 0).toLower());
    }
};

QTEST_MAIN(TestPaletteContrast)
#include "tst_palettecontrast.moc"
