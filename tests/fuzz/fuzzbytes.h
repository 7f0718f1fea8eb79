#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// The fuzzer's input as an owned QByteArray, as the code under test gets it from a reply or a
// file (readAll copies too).
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
