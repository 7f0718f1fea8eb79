// libbench_startup_probe.so: measures a Qt Widgets program's start from the outside, without
// a line of the program changed. bench_startup loads it into the program with LD_PRELOAD; when
// the program constructs its QApplication, the probe installs an application-wide event filter
// and notes, on CLOCK_MONOTONIC (shared by all processes, so comparable with the time
// bench_startup took just before starting the program):
//   - expose: the first top-level window exposed (mapped on the X server and visible);
//   - first_window: that window's first frame painted and flushed (the expose handled);
//   - first_rows: the first frame in which an item view with rows has been painted (with
//     BENCH_STARTUP_ROWS_VIEW: only the view of that objectName counts).
// It then writes one JSON line to $BENCH_STARTUP_OUT and quits the program (after
// $BENCH_STARTUP_TIMEOUT_MS, default 30 000, it writes what it has and quits anyway).
// Without BENCH_STARTUP_OUT it does nothing. LD_PRELOAD is removed from the environment at once,
// so processes the program starts do not load the probe.

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWindow>

#include <ctime>

namespace {

double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

class StartupProbe : public QObject
{
public:
    explicit StartupProbe(QObject *parent)
        : QObject(parent)
        , m_outFile(qEnvironmentVariable("BENCH_STARTUP_OUT"))
        , m_rowsView(qEnvironmentVariable("BENCH_STARTUP_ROWS_VIEW"))
    {
        m_result.insert(QStringLiteral("app_constructed"), monotonicMs());
        const int timeoutMs = qEnvironmentVariableIntValue("BENCH_STARTUP_TIMEOUT_MS");
        QTimer::singleShot(timeoutMs > 0 ? timeoutMs : 30000, this, [this] { finish(true); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_done)
            return false;
        if (event->type() == QEvent::Expose && !m_result.contains(QStringLiteral("expose"))) {
            auto *window = qobject_cast<QWindow *>(watched);
            if (window && window->isTopLevel() && window->isExposed() &&
                window->type() != Qt::ToolTip && window->type() != Qt::Popup) {
                note(QStringLiteral("expose"));
                // The expose is handled (painted and flushed) before the next queued call.
                QMetaObject::invokeMethod(
                    this, [this] { noteThenMaybeFinish(QStringLiteral("first_window")); },
                    Qt::QueuedConnection);
            }
        } else if (event->type() == QEvent::Paint && !m_rowsPending &&
                   !m_result.contains(QStringLiteral("first_rows"))) {
            auto *view = qobject_cast<QAbstractItemView *>(watched->parent());
            if (view && view->viewport() == watched && view->model() &&
                view->model()->rowCount(view->rootIndex()) > 0 &&
                (m_rowsView.isEmpty() || view->objectName() == m_rowsView)) {
                m_rowsPending = true;
                m_result.insert(QStringLiteral("rows_view"), view->objectName());
                QMetaObject::invokeMethod(
                    this, [this] { noteThenMaybeFinish(QStringLiteral("first_rows")); },
                    Qt::QueuedConnection);
            }
        }
        return false;
    }

private:
    void note(const QString &what) { m_result.insert(what, monotonicMs()); }

    void noteThenMaybeFinish(const QString &what)
    {
        note(what);
        if (m_result.contains(QStringLiteral("first_window")) &&
            m_result.contains(QStringLiteral("first_rows")))
            finish(false);
    }

    void finish(bool timedOut)
    {
        if (m_done)
            return;
        m_done = true;
        m_result.insert(QStringLiteral("timed_out"), timedOut);
        QFile out(m_outFile);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(QJsonDocument(m_result).toJson(QJsonDocument::Compact) + '\n');
        out.close();
        QCoreApplication::quit();
    }

    QString m_outFile;
    QString m_rowsView;
    QJsonObject m_result;
    bool m_rowsPending = false;
    bool m_done = false;
};

void installProbe()
{
    qunsetenv("LD_PRELOAD");
    if (qEnvironmentVariableIsEmpty("BENCH_STARTUP_OUT") || !QCoreApplication::instance())
        return;
    QCoreApplication::instance()->installEventFilter(
        new StartupProbe(QCoreApplication::instance()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
