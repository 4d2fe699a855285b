// SPDX-License-Identifier: GPL-3.0-or-later
// Pure parts of the HTTP layer: NetworkSettings (proxy choice, QSettings round trip),
// HttpRequestSpec::url() joining and RateLimitInfo parsing.

#include "net/HttpClient.h"
#include "net/NetworkSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;

class TestNetworkSettings : public QObject
{
    Q_OBJECT

private slots:
    void proxy_data();
    void proxy();
    void roundTrip();
    void invalidValuesKeepDefaults();
    void url_data();
    void url();
    void rateLimit();
};

void TestNetworkSettings::proxy_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");

    const int system = int(NetworkSettings::ProxyMode::System);
    const int none = int(NetworkSettings::ProxyMode::None);
    const int manual = int(NetworkSettings::ProxyMode::Manual);
    QTest::newRow("system") << system << QString() << int(QNetworkProxy::DefaultProxy) << QString() << 0 << QString();
    QTest::newRow("none") << none << QString() << int(QNetworkProxy::NoProxy) << QString() << 0 << QString();
    QTest::newRow("http with user") << manual << QStringLiteral("http://alice:pw@proxy.local:3128")
                                    << int(QNetworkProxy::HttpProxy) << QStringLiteral("proxy.local") << 3128
                                    << QStringLiteral("alice");
    QTest::newRow("http default port") << manual << QStringLiteral("http://proxy.local")
                                       << int(QNetworkProxy::HttpProxy) << QStringLiteral("proxy.local") << 8080
                                       << QString();
    QTest::newRow("socks5") << manual << QStringLiteral("socks5://10.0.0.1:1081") << int(QNetworkProxy::Socks5Proxy)
                            << QStringLiteral("10.0.0.1") << 1081 << QString();
    QTest::newRow("unknown scheme falls back to system")
        << manual << QStringLiteral("ftp://x:1") << int(QNetworkProxy::DefaultProxy) << QString() << 0 << QString();
    QTest::newRow("empty manual falls back to system")
        << manual << QString() << int(QNetworkProxy::DefaultProxy) << QString() << 0 << QString();
}

void TestNetworkSettings::proxy()
{
    QFETCH(int, mode);
    QFETCH(QString, url);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    NetworkSettings s;
    s.proxyMode = NetworkSettings::ProxyMode(mode);
    s.proxyUrl = QUrl(url);
    const QNetworkProxy p = s.proxy();
    QCOMPARE(int(p.type()), type);
    if (!host.isEmpty()) {
        QCOMPARE(p.hostName(), host);
        QCOMPARE(int(p.port()), port);
        QCOMPARE(p.user(), user);
    }
}

void TestNetworkSettings::roundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    NetworkSettings s;
    s.proxyMode = NetworkSettings::ProxyMode::Manual;
    s.proxyUrl = QUrl(QStringLiteral("http://proxy:3128"));
    s.connectTimeoutMs = 5000;
    s.totalTimeoutMs = 90000;
    s.streamInactivityTimeoutMs = 20000;
    s.maxBodyBytes = 1024;
    s.save(settings);
    const NetworkSettings loaded = NetworkSettings::load(settings);
    QCOMPARE(loaded.proxyMode, NetworkSettings::ProxyMode::Manual);
    QCOMPARE(loaded.proxyUrl, s.proxyUrl);
    QCOMPARE(loaded.connectTimeoutMs, qint64(5000));
    QCOMPARE(loaded.totalTimeoutMs, qint64(90000));
    QCOMPARE(loaded.streamInactivityTimeoutMs, qint64(20000));
    QCOMPARE(loaded.maxBodyBytes, qint64(1024));
}

void TestNetworkSettings::invalidValuesKeepDefaults()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("network/proxyMode"), QStringLiteral("bogus"));
    settings.setValue(QStringLiteral("network/connectTimeoutMs"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("network/totalTimeoutMs"), -5);
    const NetworkSettings loaded = NetworkSettings::load(settings);
    const NetworkSettings defaults;
    QCOMPARE(loaded.proxyMode, NetworkSettings::ProxyMode::System);
    QCOMPARE(loaded.connectTimeoutMs, defaults.connectTimeoutMs);
    QCOMPARE(loaded.totalTimeoutMs, defaults.totalTimeoutMs);
    QCOMPARE(defaults.totalTimeoutMs, qint64(120000));
    QCOMPARE(defaults.streamInactivityTimeoutMs, qint64(60000));
}

void TestNetworkSettings::url_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("runyour") << "https://api.runyour.ai/v1"
                             << "/chat/completions"
                             << "https://api.runyour.ai/v1/chat/completions";
    QTest::newRow("trailing slash") << "https://api.runyour.ai/v1/"
                                    << "models"
                                    << "https://api.runyour.ai/v1/models";
    QTest::newRow("saju") << "https://api.sajuapi.dev"
                          << "/api/daily-fortune"
                          << "https://api.sajuapi.dev/api/daily-fortune";
    QTest::newRow("query") << "http://127.0.0.1:8080"
                           << "/api/daily-fortune-stream?format=b"
                           << "http://127.0.0.1:8080/api/daily-fortune-stream?format=b";
}

void TestNetworkSettings::url()
{
    QFETCH(QString, base);
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    HttpRequestSpec spec;
    spec.baseUrl = QUrl(base);
    spec.endpoint = endpoint;
    QCOMPARE(spec.url().toString(), expected);
}

void TestNetworkSettings::rateLimit()
{
    const RawHeaderList headers = {qMakePair(QByteArray("x-ratelimit-limit"), QByteArray("60")),
                                   qMakePair(QByteArray("X-RateLimit-Remaining"), QByteArray(" 7 ")),
                                   qMakePair(QByteArray("X-RateLimit-Reset"), QByteArray("1767230000"))};
    const RateLimitInfo r = RateLimitInfo::fromHeaders(headers);
    QCOMPARE(r.limit, qint64(60));
    QCOMPARE(r.remaining, qint64(7));
    QCOMPARE(r.resetEpochSeconds, qint64(1767230000));
    QVERIFY(r.isValid());
    QVERIFY(!RateLimitInfo::fromHeaders({}).isValid());
    QCOMPARE(RateLimitInfo::fromHeaders({qMakePair(QByteArray("X-RateLimit-Limit"), QByteArray("abc"))}).limit,
             qint64(-1));
}

QTEST_GUILESS_MAIN(TestNetworkSettings)
#include "tst_network_settings.moc"
