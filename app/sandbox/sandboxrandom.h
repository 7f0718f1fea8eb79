#pragma once

#include <QList>
#include <QString>

// A small deterministic generator (SplitMix64): the same seed yields the same sequence on
// every platform and Qt version, which keeps seeded data and ids reproducible.
class SandboxRandom
{
public:
    explicit SandboxRandom(quint64 seed = 0)
        : m_state(seed)
    {}

    // A generator for one independent stream, e.g. (seed, record index, purpose).
    static SandboxRandom forStream(quint64 seed, quint64 index, quint64 purpose);

    quint64 next();
    // Uniform in [0, bound); bound must be > 0.
    quint32 bounded(quint32 bound);
    // Uniform in [low, high].
    int between(int low, int high);
    // True with the given probability (0..1).
    bool chance(double probability);
    // A version-4 UUID string built from this generator.
    QString uuid();
    // n random decimal digits.
    QString digits(int count);

    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(bounded(quint32(items.size()))));
    }

    quint64 state() const { return m_state; }
    void setState(quint64 state) { m_state = state; }

private:
    quint64 m_state;
};
