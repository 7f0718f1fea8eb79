#include "sandbox/sandboxclock.h"

#include <QDateTime>

SandboxClock::SandboxClock(double speed)
    : m_speed(speed < 0 ? 0 : speed)
{
    // Whole seconds keep the generated timestamps tidy.
    restart(QDateTime::currentSecsSinceEpoch() * 1000);
}

qint64 SandboxClock::nowMs() const
{
    return m_baseMs + qint64(double(m_real.elapsed()) * m_speed) + m_advancedMs;
}

void SandboxClock::advance(qint64 ms)
{
    if (ms > 0)
        m_advancedMs += ms;
}

void SandboxClock::restart(qint64 virtualNowMs)
{
    m_baseMs = virtualNowMs;
    m_advancedMs = 0;
    m_real.start();
}

void SandboxClock::setSpeed(double speed)
{
    const qint64 advanced = m_advancedMs;
    const qint64 now = nowMs();
    m_baseMs = now - advanced;
    m_real.start();
    m_speed = speed < 0 ? 0 : speed;
}
