#pragma once

// The stall probe of issue #14: a 5 ms heartbeat on the thread that runs the GUI (here the main
// thread of the benchmark). While it runs, every tick records the time since the previous one;
// a gap much longer than 5 ms is the time the thread could not serve its event loop (a window
// would not repaint or react for that long). An operation run synchronously between start()
// and stop() shows as one gap as long as the operation.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace benchsupport {

struct StallStats
{
    double maxGapMs = -1;
    double p99GapMs = -1;
    int ticks = 0;
    int gapsOver50Ms = 0;   // how many times the thread was held longer than the goal's bound
    double maxGapAtMs = -1; // when the longest gap ended, from start()
    double spanMs = 0;
};

class StallProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int heartbeatMs = 5;

    explicit StallProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(heartbeatMs);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    }

    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }

    // Waits for one more heartbeat, so a block that ended just before stop() is counted whole,
    // then stops and returns the longest gap and the 99th percentile of all gaps.
    StallStats stop()
    {
        if (!m_timer.isActive())
            return {};
        QEventLoop loop;
        connect(this, &StallProbe::ticked, &loop, &QEventLoop::quit);
        loop.exec();
        m_timer.stop();
        StallStats stats;
        stats.ticks = int(m_gaps.size());
        stats.spanMs = double(m_lastNs) / 1e6;
        if (m_gaps.isEmpty())
            return stats;
        double endMs = 0;
        for (const double gap : std::as_const(m_gaps)) {
            endMs += gap;
            if (gap > 50)
                ++stats.gapsOver50Ms;
            if (gap > stats.maxGapMs) {
                stats.maxGapMs = gap;
                stats.maxGapAtMs = endMs;
            }
        }
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        // Nearest rank: the smallest gap that at least 99 % of the gaps do not exceed.
        const auto rank = qsizetype(std::ceil(0.99 * double(sorted.size())));
        stats.p99GapMs = sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
        return stats;
    }

Q_SIGNALS:
    void ticked();

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_gaps.append(double(now - m_lastNs) / 1e6);
        m_lastNs = now;
        Q_EMIT ticked();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    QList<double> m_gaps;
};

} // namespace benchsupport
