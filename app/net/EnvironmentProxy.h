// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace sajudesk {

/// The proxy environment variables as curl, the OpenAI SDKs (httpx) and Python requests read
/// them. Qt 6.4 on Linux reads only http_proxy / https_proxy through libproxy, ignores
/// ALL_PROXY / all_proxy and does not understand `no_proxy=*`, so we decide ourselves:
///  * `https_proxy` / `HTTPS_PROXY` for https URLs, `http_proxy` / `HTTP_PROXY` for http, then
///    `all_proxy` / `ALL_PROXY` for both (lower case wins; empty counts as unset);
///  * `no_proxy` / `NO_PROXY`: `*` bypasses every host; otherwise comma- or space-separated host
///    names (suffix match on a label boundary, a leading dot allowed), IP addresses and CIDR
///    ranges, each optionally with `:port`;
///  * loopback hosts never go through a proxy (as in Qt's own global proxy lookup);
///  * `http://`, scheme-less, `socks5://` (local DNS) and `socks5h://` (DNS by the proxy) URLs.
/// Pure functions, table-tested; EnvironmentProxyFactory puts them on a QNetworkAccessManager.
namespace EnvironmentProxy {

struct Choice
{
    bool decided = false; ///< false: no variable applies; ask the desktop's proxy settings
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    QString variable; ///< which variable decided (for logs), e.g. "ALL_PROXY" or "no_proxy"
    QString problem;  ///< set when a variable was present but unusable (it is then ignored)
};

Choice forUrl(const QProcessEnvironment &env, const QUrl &url);

/// localhost, *.localhost, 127.0.0.0/8, ::1 (and IPv4-mapped forms).
bool isLoopbackHost(const QString &host);

/// True when `noProxy` (the variable's value) exempts `host`:`port`.
bool bypasses(const QString &noProxy, const QString &host, int port);

/// A proxy URL as found in the variables; `ok` false (and NoProxy) for unsupported schemes.
QNetworkProxy parseProxyUrl(const QString &text, bool *ok);

} // namespace EnvironmentProxy

/// Proxy factory for NetworkSettings::ProxyMode::System: the environment variables first (see
/// EnvironmentProxy), then the desktop's settings (QNetworkProxyFactory::systemProxyForQuery).
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    QProcessEnvironment m_env;
};

} // namespace sajudesk
