// bench_bare_window: the baseline of the start-up benchmark (issue #14, goal 6). A bare
// QMainWindow with a QTableView of 50 rows and 6 columns filled in memory, started the same way
// as the console (bench_startup with the probe library), so the console's time to its first
// window and first painted rows can be set against what Qt itself costs on this machine.

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bench_bare_window"));
    QStandardItemModel model(50, 6);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.setItem(
                row, column,
                new QStandardItem(QStringLiteral("row %1, column %2").arg(row).arg(column)));
    }
    auto *table = new QTableView(&window);
    table->setObjectName(QStringLiteral("bareTable"));
    table->setModel(&model);
    window.setCentralWidget(table);
    window.resize(1200, 760); // the console's first size
    window.show();
    return QApplication::exec();
}
