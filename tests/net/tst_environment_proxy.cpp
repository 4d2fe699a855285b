// SPDX-License-Identifier: GPL-3.0-or-later
// EnvironmentProxy: the proxy variables as curl and the OpenAI SDKs read them — including
// ALL_PROXY / all_proxy and no_proxy=*, which Qt 6.4 ignores — one named row per rule.
#include "net/EnvironmentProxy.h"

#include <QTest>

using namespace sajudesk;

class TestEnvironmentProxy : public QObject
{
    Q_OBJECT

private slots:
    void forUrl_data();
    void forUrl();
    void bypasses_data();
    void bypasses();
    void factoryUsesVariables();
};

void TestEnvironmentProxy::forUrl_data()
{
    QTest::addColumn<QString>("env"); ///< NAME=value pairs separated by ";"
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("decided");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("variable");
    const int http = int(QNetworkProxy::HttpProxy), socks = int(QNetworkProxy::Socks5Proxy),
              none = int(QNetworkProxy::NoProxy);
    const QString api = QStringLiteral("https://api.runyour.ai/v1/models");

    QTest::newRow("nothing set: ask the desktop") << "" << api << false << none << "" << 0 << "";
    QTest::newRow("https_proxy for https")
        << "https_proxy=http://proxy.corp:3128" << api << true << http << "proxy.corp" << 3128 << "https_proxy";
    QTest::newRow("HTTPS_PROXY upper case")
        << "HTTPS_PROXY=proxy.corp:8080" << api << true << http << "proxy.corp" << 8080 << "HTTPS_PROXY";
    QTest::newRow("lower case wins") << "https_proxy=http://a:1;HTTPS_PROXY=http://b:2" << api << true << http << "a"
                                     << 1 << "https_proxy";
    QTest::newRow("http_proxy is not used for https")
        << "http_proxy=http://p:1" << api << false << none << "" << 0 << "";
    QTest::newRow("http_proxy for http") << "http_proxy=http://p:1"
                                         << "http://llm.lan:8000/v1/chat/completions" << true << http << "p" << 1
                                         << "http_proxy";
    QTest::newRow("ALL_PROXY socks5") << "ALL_PROXY=socks5://gw:1081" << api << true << socks << "gw" << 1081
                                      << "ALL_PROXY";
    QTest::newRow("all_proxy socks5h default port")
        << "all_proxy=socks5h://gw" << api << true << socks << "gw" << 1080 << "all_proxy";
    QTest::newRow("scheme proxy wins over all_proxy")
        << "all_proxy=socks5://gw:1;https_proxy=http://p:2" << api << true << http << "p" << 2 << "https_proxy";
    QTest::newRow("empty value counts as unset")
        << "https_proxy=;all_proxy=http://p:3" << api << true << http << "p" << 3 << "all_proxy";
    QTest::newRow("no_proxy star") << "https_proxy=http://p:1;no_proxy=*" << api << true << none << "" << 0
                                   << "no_proxy";
    QTest::newRow("NO_PROXY star without proxy variables")
        << "NO_PROXY=*" << api << true << none << "" << 0 << "NO_PROXY";
    QTest::newRow("no_proxy domain suffix")
        << "all_proxy=http://p:1;no_proxy=localhost,.runyour.ai" << api << true << none << "" << 0 << "no_proxy";
    QTest::newRow("no_proxy other domain")
        << "all_proxy=http://p:1;no_proxy=example.com" << api << true << http << "p" << 1 << "all_proxy";
    QTest::newRow("loopback never proxied") << "all_proxy=http://p:1"
                                            << "http://127.0.0.1:8080/v1" << true << none << "" << 0 << "loopback";
    QTest::newRow("localhost never proxied") << "http_proxy=http://p:1"
                                             << "http://localhost:11434/v1" << true << none << "" << 0 << "loopback";
    QTest::newRow("https proxy url unsupported: ask the desktop")
        << "https_proxy=https://p:443" << api << false << none << "" << 0 << "";
    QTest::newRow("socks4 unsupported") << "all_proxy=socks4://p:1080" << api << false << none << "" << 0 << "";
}

void TestEnvironmentProxy::forUrl()
{
    QFETCH(QString, env);
    QFETCH(QString, url);
    QFETCH(bool, decided);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, variable);
    QProcessEnvironment e;
    for (const QString &kv : env.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    const EnvironmentProxy::Choice c = EnvironmentProxy::forUrl(e, QUrl(url));
    QCOMPARE(c.decided, decided);
    QCOMPARE(int(c.proxy.type()), type);
    QCOMPARE(c.proxy.hostName(), host);
    if (port)
        QCOMPARE(int(c.proxy.port()), port);
    QCOMPARE(c.variable, variable);
}

void TestEnvironmentProxy::bypasses_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("bypass");
    QTest::newRow("star") << "*"
                          << "api.runyour.ai" << 443 << true;
    QTest::newRow("star among others") << "example.com, *"
                                       << "x.y" << 443 << true;
    QTest::newRow("exact host") << "api.runyour.ai"
                                << "api.runyour.ai" << 443 << true;
    QTest::newRow("parent domain") << "runyour.ai"
                                   << "api.runyour.ai" << 443 << true;
    QTest::newRow("leading dot") << ".runyour.ai"
                                 << "api.runyour.ai" << 443 << true;
    QTest::newRow("wildcard prefix") << "*.runyour.ai"
                                     << "api.runyour.ai" << 443 << true;
    QTest::newRow("label boundary") << "ouryour.ai"
                                    << "api.runyour.ai" << 443 << false;
    QTest::newRow("case insensitive") << "RUNYOUR.AI"
                                      << "api.runyour.ai" << 443 << true;
    QTest::newRow("space separated") << "a.com b.com runyour.ai"
                                     << "api.runyour.ai" << 443 << true;
    QTest::newRow("port must match") << "api.runyour.ai:8443"
                                     << "api.runyour.ai" << 443 << false;
    QTest::newRow("port matches") << "api.runyour.ai:443"
                                  << "api.runyour.ai" << 443 << true;
    QTest::newRow("ip exact") << "10.1.2.3"
                              << "10.1.2.3" << 80 << true;
    QTest::newRow("ip cidr") << "10.0.0.0/8"
                             << "10.1.2.3" << 80 << true;
    QTest::newRow("ip outside cidr") << "10.0.0.0/8"
                                     << "11.1.2.3" << 80 << false;
    QTest::newRow("ipv6 bracketed with port") << "[::1]:8080"
                                              << "::1" << 8080 << true;
    QTest::newRow("empty entries ignored") << ",, ,"
                                           << "api.runyour.ai" << 443 << false;
}

void TestEnvironmentProxy::bypasses()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, bypass);
    QCOMPARE(EnvironmentProxy::bypasses(noProxy, host, port), bypass);
}

void TestEnvironmentProxy::factoryUsesVariables()
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("ALL_PROXY"), QStringLiteral("socks5://user:pw@gw:1081"));
    EnvironmentProxyFactory factory(e);
    const QList<QNetworkProxy> list = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://x.y/"))));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(list.first().user(), QStringLiteral("user"));
    QCOMPARE(list.first().password(), QStringLiteral("pw"));
    QVERIFY(!list.first().capabilities().testFlag(QNetworkProxy::HostNameLookupCapability)); // socks5: local DNS
}

QTEST_GUILESS_MAIN(TestEnvironmentProxy)
#include "tst_environment_proxy.moc"
