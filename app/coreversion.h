#pragma once

#include <QString>

// The console's version and the User-Agent it sends, in one place.
namespace CoreVersion {
QString version();
QString userAgent();
} // namespace CoreVersion
