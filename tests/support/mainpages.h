#pragma once

#include "listpage.h"
#include "mainwindow.h"
#include "widgets/statetableview.h"

#include <QCoreApplication>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <functional>

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
