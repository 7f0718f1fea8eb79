// The base-URL rule (ApiBaseUrl, QtCore only) against the one it replaced in ApiClient, which
// asked QHostAddress (QtNetwork) whether a host is loopback: the same answer for every URL.

#include "domain/apibaseurl.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Whether ApiClient let plain http go to this host before the rule moved to the domain: when
// QHostAddress said it was loopback.
bool wasLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == QLatin1StringView("localhost") ||
           (!address.isNull() && address.isLoopback());
}

} // namespace

class TestApiBaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQHostAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<QString, bool>> rows = {
            {u"https://api.telnyx.com/v2"_s, true},
            {u"https://api.example.com:8443/v2"_s, true},
            {u"https://192.168.1.10"_s, true},
            {u"http://api.telnyx.com"_s, false},
            {u"http://127.0.0.1:8080"_s, true},
            {u"http://127.255.255.254/v2"_s, true},
            {u"http://127.1:9000"_s, true},
            {u"http://0x7f.0.0.1"_s, true},
            {u"http://2130706433/"_s, true},
            {u"http://128.0.0.1"_s, false},
            {u"http://126.255.255.255"_s, false},
            {u"http://0.0.0.0"_s, false},
            {u"http://192.168.1.10"_s, false},
            {u"http://10.0.0.1"_s, false},
            {u"http://localhost:9000/v2"_s, true},
            {u"http://LOCALHOST:9000/v2"_s, true},
            {u"http://localhost.example.com"_s, false},
            {u"http://127.0.0.1.example.com"_s, false},
            {u"http://[::1]:8080"_s, true},
            {u"http://[0:0:0:0:0:0:0:1]:8080"_s, true},
            {u"http://[::2]"_s, false},
            {u"http://[::]"_s, false},
            {u"http://[::ffff:127.0.0.1]"_s, true},
            {u"http://[::ffff:7f00:1]"_s, true},
            {u"http://[::ffff:10.0.0.1]"_s, false},
            {u"http://[::127.0.0.1]"_s, false},
            {u"http://[fe80::1%25lo]"_s, false},
            {u"http://[::1%25lo]"_s, true},
            {u"http://[2001:db8::1]"_s, false},
            {u"ftp://127.0.0.1"_s, false},
            {u"file:///tmp/x"_s, false},
            {u"127.0.0.1:8080"_s, false},
            {u"http://"_s, false},
            {u""_s, false},
        };
        for (const auto &[url, allowed] : rows)
            QTest::newRow(qPrintable(url)) << url << allowed;
        // Every first octet, so the 127.0.0.0/8 boundary is right on both sides.
        for (int octet = 0; octet < 256; ++octet) {
            const QString url = u"http://%1.1.2.3/v2"_s.arg(octet);
            QTest::newRow(qPrintable(url)) << url << (octet == 127);
        }
    }

    void agreesWithQHostAddress()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QUrl parsed(url);
        QCOMPARE(ApiBaseUrl::isAllowed(parsed), allowed);
        if (parsed.isValid() && parsed.scheme() == QLatin1StringView("http") &&
            !parsed.host().isEmpty())
            QCOMPARE(wasLoopback(parsed), allowed); // the table says what QHostAddress said
    }

    void productionIsHttpsTelnyx()
    {
        QCOMPARE(ApiBaseUrl::production(), QUrl(u"https://api.telnyx.com/v2"_s));
        QVERIFY(ApiBaseUrl::isAllowed(ApiBaseUrl::production()));
    }
};

QTEST_GUILESS_MAIN(TestApiBaseUrl)
#include "tst_apibaseurl.moc"
