#include "sandbox/sandboxrandom.h"

SandboxRandom SandboxRandom::forStream(quint64 seed, quint64 index, quint64 purpose)
{
    SandboxRandom mixer(seed * 0x9E3779B97F4A7C15ULL ^ (index + 1) * 0xC2B2AE3D27D4EB4FULL ^
                        (purpose + 1) * 0x165667B19E3779F9ULL);
    return SandboxRandom(mixer.next());
}

quint64 SandboxRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint32 SandboxRandom::bounded(quint32 bound)
{
    return quint32((next() >> 32) % bound);
}

int SandboxRandom::between(int low, int high)
{
    return low + int(bounded(quint32(high - low + 1)));
}

bool SandboxRandom::chance(double probability)
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0) < probability;
}

QString SandboxRandom::uuid()
{
    static const char hex[] = "0123456789abcdef";
    const quint64 high = next();
    const quint64 low = next();
    unsigned char bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<unsigned char>(high >> (56 - 8 * i));
        bytes[8 + i] = static_cast<unsigned char>(low >> (56 - 8 * i));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);
    // Built in a plain buffer: seeding creates hundreds of thousands of these.
    char text[36];
    int out = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[out++] = '-';
        text[out++] = hex[bytes[i] >> 4];
        text[out++] = hex[bytes[i] & 0x0F];
    }
    return QString::fromLatin1(text, 36);
}

QString SandboxRandom::digits(int count)
{
    char text[32];
    count = qBound(0, count, 32);
    for (int i = 0; i < count; ++i)
        text[i] = char('0' + bounded(10));
    return QString::fromLatin1(text, count);
}
