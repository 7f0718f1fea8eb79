#pragma once

#include <QElapsedTimer>

// Virtual time: real elapsed time multiplied by the speed, plus manual advances.
class SandboxClock
{
public:
    explicit SandboxClock(double speed = 60.0);

    // Virtual now, milliseconds since the Unix epoch (UTC).
    qint64 nowMs() const;
    // Moves virtual time forward by the given amount.
    void advance(qint64 ms);
    // Restarts the clock at the given virtual instant (manual offset cleared).
    void restart(qint64 virtualNowMs);
    double speed() const { return m_speed; }
    void setSpeed(double speed);
    // Sum of all manual advances since the last restart.
    qint64 advancedMs() const { return m_advancedMs; }

private:
    QElapsedTimer m_real;
    qint64 m_baseMs = 0;
    qint64 m_advancedMs = 0;
    double m_speed = 60.0;
};
