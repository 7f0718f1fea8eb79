#include "domain/apibaseurl.h"

#include <algorithm>
#include <arpa/inet.h>
#include <array>

namespace {

// `host` as QUrl::host() gives it: lower case, IP addresses already in their canonical form
// (QUrl parsed them), IPv6 without brackets but perhaps with a zone ("fe80::1%eth0").
bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1StringView("localhost"))
        return true;
    if (host.contains(u':')) {
        const QByteArray address = host.section(u'%', 0, 0).toLatin1();
        std::array<unsigned char, 16> bytes{};
        if (inet_pton(AF_INET6, address.constData(), bytes.data()) != 1)
            return false;
        const auto zeroUpTo = [&bytes](int end) {
            return std::all_of(bytes.begin(), bytes.begin() + end, [](auto b) { return b == 0; });
        };
        if (zeroUpTo(15) && bytes[15] == 1)
            return true; // ::1
        // An IPv4-mapped address (::ffff:a.b.c.d) is as loopback as its IPv4 address.
        return zeroUpTo(10) && bytes[10] == 0xff && bytes[11] == 0xff && bytes[12] == 127;
    }
    const QByteArray address = host.toLatin1();
    in_addr ipv4{};
    if (inet_pton(AF_INET, address.constData(), &ipv4) != 1)
        return false;
    return (ntohl(ipv4.s_addr) >> 24) == 127;
}

} // namespace

namespace ApiBaseUrl {

QUrl production()
{
    return QUrl(QStringLiteral("https://api.telnyx.com/v2"));
}

bool isAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    if (url.scheme() != QLatin1StringView("http"))
        return false;
    return isLoopbackHost(url.host());
}

} // namespace ApiBaseUrl
