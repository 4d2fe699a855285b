// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/EnvironmentProxy.h"

#include "core/Logging.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace sajudesk {

namespace EnvironmentProxy {

namespace {

/// The first non-empty variable among `names`; its name goes to `which`.
QString firstSet(const QProcessEnvironment &env, std::initializer_list<const char *> names, QString *which)
{
    for (const char *name : names) {
        const QString value = env.value(QLatin1String(name)).trimmed();
        if (!value.isEmpty()) {
            *which = QLatin1String(name);
            return value;
        }
    }
    return {};
}

/// One no_proxy entry against host:port. `entry` is trimmed and non-empty.
bool entryMatches(QString entry, const QString &host, int port)
{
    // An optional ":port" (not inside an IPv6 literal: "[::1]:8080" or a bare "::1").
    int entryPort = -1;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        if (entry.size() > close + 1 && entry.at(close + 1) == QLatin1Char(':'))
            entryPort = entry.mid(close + 2).toInt();
        entry = entry.mid(1, close - 1);
    } else if (entry.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        bool ok = false;
        entryPort = entry.mid(colon + 1).toInt(&ok);
        if (!ok)
            return false;
        entry = entry.left(colon);
    }
    if (entryPort >= 0 && entryPort != port)
        return false;

    QHostAddress hostAddress;
    const bool hostIsIp = hostAddress.setAddress(host);
    if (entry.contains(QLatin1Char('/'))) {
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
        return hostIsIp && subnet.second >= 0 && hostAddress.isInSubnet(subnet);
    }
    QHostAddress entryAddress;
    if (entryAddress.setAddress(entry))
        return hostIsIp && entryAddress.isEqual(hostAddress, QHostAddress::TolerantConversion);
    // Domain: "example.com", ".example.com" and "*.example.com" all match example.com and every
    // subdomain, never "notexample.com".
    while (entry.startsWith(QLatin1Char('*')) || entry.startsWith(QLatin1Char('.')))
        entry.remove(0, 1);
    if (entry.endsWith(QLatin1Char('.')))
        entry.chop(1);
    if (entry.isEmpty())
        return false;
    QString h = host;
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h.compare(entry, Qt::CaseInsensitive) == 0 || h.endsWith(QLatin1Char('.') + entry, Qt::CaseInsensitive);
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

bool bypasses(const QString &noProxy, const QString &host, int port)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList entries = noProxy.split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        if (entry == QLatin1String("*"))
            return true;
        if (entryMatches(entry.trimmed(), host, port))
            return true;
    }
    return false;
}

QNetworkProxy parseProxyUrl(const QString &text, bool *ok)
{
    *ok = false;
    const QString trimmed = text.trimmed();
    // "proxy:3128" has no scheme: curl takes it as an HTTP proxy, so do we.
    const QUrl url = QUrl(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QNetworkProxy proxy;
    if (scheme == QLatin1String("http")) {
        proxy = QNetworkProxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(80)));
    } else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        proxy = QNetworkProxy(QNetworkProxy::Socks5Proxy, url.host(), quint16(url.port(1080)));
        // socks5 resolves names here, socks5h lets the proxy do it (curl's meaning).
        QNetworkProxy::Capabilities caps = proxy.capabilities();
        caps.setFlag(QNetworkProxy::HostNameLookupCapability, scheme == QLatin1String("socks5h"));
        proxy.setCapabilities(caps);
    } else {
        // https:// proxies (TLS to the proxy) and socks4 are not supported by Qt 6.4.
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    proxy.setUser(url.userName(QUrl::FullyDecoded));
    proxy.setPassword(url.password(QUrl::FullyDecoded));
    *ok = true;
    return proxy;
}

Choice forUrl(const QProcessEnvironment &env, const QUrl &url)
{
    Choice choice;
    const QString host = url.host();
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    if (isLoopbackHost(host)) {
        choice.decided = true;
        choice.variable = QStringLiteral("loopback");
        return choice;
    }
    QString noProxyName;
    const QString noProxy = firstSet(env, {"no_proxy", "NO_PROXY"}, &noProxyName);
    if (!noProxy.isEmpty() && bypasses(noProxy, host, port)) {
        choice.decided = true;
        choice.variable = noProxyName;
        return choice;
    }
    QString name;
    QString value = scheme == QLatin1String("https") ? firstSet(env, {"https_proxy", "HTTPS_PROXY"}, &name)
                                                     : firstSet(env, {"http_proxy", "HTTP_PROXY"}, &name);
    if (value.isEmpty())
        value = firstSet(env, {"all_proxy", "ALL_PROXY"}, &name);
    if (value.isEmpty())
        return choice;
    bool ok = false;
    const QNetworkProxy proxy = parseProxyUrl(value, &ok);
    if (!ok) {
        choice.problem = QStringLiteral("%1 is not an http://, socks5:// or socks5h:// proxy URL; ignored").arg(name);
        return choice;
    }
    choice.decided = true;
    choice.proxy = proxy;
    choice.variable = name;
    return choice;
}

} // namespace EnvironmentProxy

EnvironmentProxyFactory::EnvironmentProxyFactory(const QProcessEnvironment &env)
    : m_env(env)
{}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const EnvironmentProxy::Choice choice = EnvironmentProxy::forUrl(m_env, query.url());
    if (!choice.problem.isEmpty())
        qCWarning(lcNet).noquote() << choice.problem; // names the variable, never its value
    if (choice.decided)
        return {choice.proxy};
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

} // namespace sajudesk
