// The console at QT_SCALE_FACTOR=2 (a high-DPI screen): no header section and no button of the
// main pages and the wizards' first pages cuts its text short, and the navigation and toolbar
// icons are drawn for two device pixels per point (from SVG), not scaled up from small bitmaps.
// With CONSOLE_SCREENSHOT_DIR=<dir> the main window is saved as main-window-2x.png.

#include "consoleenglish.h"
#include "hosted/hostedorderwizard.h"
#include "isolatedhome.h"
#include "listpage.h"
#include "mainpages.h"
#include "mainwindow.h"
#include "sandboxsession.h"
#include "screenshot.h"
#include "tollfree/tollfreewizard.h"
#include "widgets/statetableview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString describe(QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u'#' + widget->objectName();
}

} // namespace

class TestHighDpi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<FrozenSandboxSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    // Each visible header section and button under `root` whose text does not fit.
    static QStringList elidedTexts(QWidget *root, const QString &part)
    {
        QStringList found;
        const auto headers = root->findChildren<QHeaderView *>();
        for (QHeaderView *header : headers) {
            if (!header->isVisible() || !header->model() || header->orientation() != Qt::Horizontal)
                continue;
            const int margin =
                header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const QFontMetrics metrics(header->font());
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                const int needed = metrics.horizontalAdvance(text) + 2 * margin;
                if (needed > header->sectionSize(section))
                    found << u"%1: header \"%2\" of %3 needs %4, has %5"_s
                                 .arg(part, text, describe(header->parentWidget()))
                                 .arg(needed)
                                 .arg(header->sectionSize(section));
            }
        }
        const auto buttons = root->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (!button->isVisible() || button->text().isEmpty() || button->window() != root)
                continue;
            QStyleOptionButton option;
            option.initFrom(button);
            QStyle::SubElement contents;
            int reserved = 0;
            if (qobject_cast<QPushButton *>(button)) {
                contents = QStyle::SE_PushButtonContents;
                if (!button->icon().isNull())
                    reserved = button->iconSize().width() + 4;
            } else if (qobject_cast<QCheckBox *>(button)) {
                contents = QStyle::SE_CheckBoxContents;
            } else if (qobject_cast<QRadioButton *>(button)) {
                contents = QStyle::SE_RadioButtonContents;
            } else {
                continue;
            }
            const int available =
                button->style()->subElementRect(contents, &option, button).width() - reserved;
            const QString text = withoutMnemonic(button->text());
            const int needed = button->fontMetrics().horizontalAdvance(text);
            if (needed > available)
                found << u"%1: button \"%2\" (%3) needs %4, has %5"_s
                             .arg(part, text, describe(button))
                             .arg(needed)
                             .arg(available);
        }
        return found;
    }

    // The icon as drawn at `size` points on this screen: two device pixels per point.
    static QString blurryIcon(const QIcon &icon, const QSize &size, const QString &what)
    {
        const qreal ratio = qApp->devicePixelRatio();
        const QPixmap pixmap = icon.pixmap(size, ratio);
        if (pixmap.size() != size * ratio)
            return u"%1: %2x%3 pixels for %4x%5 points at ratio %6"_s.arg(what)
                .arg(pixmap.width())
                .arg(pixmap.height())
                .arg(size.width())
                .arg(size.height())
                .arg(ratio);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(isolateUserFiles(m_home, u"highdpi-test"_s));
        installEnglish();
        m_session = std::make_unique<FrozenSandboxSession>(m_home.filePath(u"profiles.ini"_s));
        m_window = showMainWindow(*m_session);
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void theScreenHasTwoDevicePixelsPerPoint()
    {
        QCOMPARE(m_window->devicePixelRatio(), 2.0);
        QCOMPARE(m_window->grab().devicePixelRatio(), 2.0);
    }

    void noHeaderOrButtonTextIsCutShort()
    {
        QStringList found;
        visitMainPages(m_window.get(),
                       [&](const QString &page) { found << elidedTexts(m_window.get(), page); });
        m_window->showArea(u"tollFree"_s);
        saveScreenshot(m_window.get(), u"main-window-2x"_s);

        TollFreeWizard *tollFree = m_window->openTollFreeWizard();
        tollFree->startNew();
        tollFree->show();
        QVERIFY(QTest::qWaitForWindowExposed(tollFree));
        found << elidedTexts(tollFree, u"toll-free wizard"_s);
        tollFree->close();
        HostedOrderWizard *hosted = m_window->openHostedOrderWizard();
        QVERIFY(QTest::qWaitForWindowExposed(hosted));
        found << elidedTexts(hosted, u"hosted wizard"_s);
        hosted->close();
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
    }

    void iconsAreDrawnForTheScreensPixels()
    {
        QStringList found;
        auto *navigation = m_window->findChild<QListWidget *>();
        QVERIFY(navigation);
        for (int row = 0; row < navigation->count(); ++row)
            found << blurryIcon(navigation->item(row)->icon(), navigation->iconSize(),
                                navigation->item(row)->text());
        const auto toolbars = m_window->findChildren<QToolBar *>();
        for (QToolBar *toolbar : toolbars) {
            const auto actions = toolbar->actions();
            for (QAction *action : actions) {
                if (!action->icon().isNull())
                    found << blurryIcon(action->icon(), toolbar->iconSize(), action->text());
            }
        }
        found.removeAll(QString());
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
    }
};

// The scale factor must be set before the application exists.
int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication application(argc, argv);
    TestHighDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_highdpi.moc"
