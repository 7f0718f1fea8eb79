#pragma once

#include <QUrl>

// Where the console may send an API key: the one rule for the API client (checked before every
// request) and for the profiles (checked before a base URL is saved). QtCore only, so that the
// storage layer needs neither the API nor the network library.
namespace ApiBaseUrl {

// https://api.telnyx.com/v2
QUrl production();

// https for every host; plain http only for this computer (the sandbox): localhost and the
// loopback addresses, 127.0.0.0/8, ::1 and ::ffff:127.0.0.0/104, as QHostAddress::isLoopback()
// counts them (tst_apibaseurl compares the two).
bool isAllowed(const QUrl &url);

} // namespace ApiBaseUrl
