#pragma once

#include "listpage.h"
#include "mainwindow.h"
#include "sandboxsession.h"
#include "widgets/statetableview.h"

#include <QCoreApplication>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <memory>

// A main window on `session`, at the size the page walks are measured at, shown with its
// session active; null when the session did not activate.
inline std::unique_ptr<MainWindow> showMainWindow(FrozenSandboxSession &session)
{
    auto window = std::make_unique<MainWindow>(session.session());
    window->resize(1280, 800);
    window->show();
    if (!session.activate())
        return nullptr;
    return window;
}

// Shows each main page in turn (Today, Toll-free, both Hosted tabs, both RCS tabs, URL domains),
// the first row of its list selected so its detail pane shows, and calls `visit` with the page's
// name ("hosted / Orders"). Stops at the first failure (check QTest::currentTestFailed()).
inline void visitMainPages(MainWindow *window, const std::function<void(const QString &)> &visit)
{
    for (const QString &area :
         {QStringLiteral("today"), QStringLiteral("tollFree"), QStringLiteral("hosted"),
          QStringLiteral("rcs"), QStringLiteral("urlDomains")}) {
        window->showArea(area);
        auto *tabs =
            qobject_cast<QTabWidget *>(window->findChild<QStackedWidget *>()->currentWidget());
        for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
            if (tabs)
                tabs->setCurrentIndex(tab);
            if (ListPage *page = window->currentListPage()) {
                auto *table = page->findChild<StateTableView *>();
                QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
                table->setCurrentIndex(table->model()->index(0, 0));
            }
            QCoreApplication::processEvents();
            visit(tabs ? area + QStringLiteral(" / ") + tabs->tabText(tab) : area);
        }
    }
}
