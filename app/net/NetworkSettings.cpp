// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/NetworkSettings.h"

#include "core/Logging.h"
#include "net/EnvironmentProxy.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace sajudesk {

namespace {

qint64 readPositive(QSettings &settings, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 v = settings.value(key).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

QNetworkProxy NetworkSettings::proxy() const
{
    switch (proxyMode) {
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Manual: {
        const QString scheme = proxyUrl.scheme().toLower();
        QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
        if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
            type = QNetworkProxy::Socks5Proxy;
        else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            type = QNetworkProxy::DefaultProxy;
        if (type == QNetworkProxy::DefaultProxy || proxyUrl.host().isEmpty()) {
            // Never log the URL itself: it may carry a proxy password.
            qCWarning(lcNet) << "ignoring unusable manual proxy setting (scheme" << scheme
                             << "); using the system proxy";
            return QNetworkProxy(QNetworkProxy::DefaultProxy);
        }
        const int defaultPort = type == QNetworkProxy::Socks5Proxy ? 1080 : 8080;
        return QNetworkProxy(type, proxyUrl.host(), static_cast<quint16>(proxyUrl.port(defaultPort)),
                             proxyUrl.userName(), proxyUrl.password());
    }
    case ProxyMode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void NetworkSettings::applyTo(QNetworkAccessManager &nam) const
{
    if (proxyMode == ProxyMode::System)
        nam.setProxyFactory(new EnvironmentProxyFactory()); // the manager owns it
    else
        nam.setProxy(proxy());
    qCDebug(lcNet) << "proxy mode" << proxyModeName(proxyMode);
}

NetworkSettings NetworkSettings::load(QSettings &settings)
{
    NetworkSettings s;
    ProxyMode mode = ProxyMode::System;
    if (parseProxyMode(settings.value(QStringLiteral("network/proxyMode")).toString(), &mode))
        s.proxyMode = mode;
    s.proxyUrl = QUrl(settings.value(QStringLiteral("network/proxyUrl")).toString());
    s.connectTimeoutMs = readPositive(settings, QStringLiteral("network/connectTimeoutMs"), s.connectTimeoutMs);
    s.totalTimeoutMs = readPositive(settings, QStringLiteral("network/totalTimeoutMs"), s.totalTimeoutMs);
    s.streamInactivityTimeoutMs =
        readPositive(settings, QStringLiteral("network/streamInactivityTimeoutMs"), s.streamInactivityTimeoutMs);
    s.streamFirstEventTimeoutMs =
        readPositive(settings, QStringLiteral("network/streamFirstEventTimeoutMs"), s.streamFirstEventTimeoutMs);
    s.maxBodyBytes = readPositive(settings, QStringLiteral("network/maxBodyBytes"), s.maxBodyBytes);
    s.allowInsecureHttp = settings.value(QStringLiteral("network/allowInsecureHttp"), false).toBool();
    return s;
}

void NetworkSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("network/proxyMode"), proxyModeName(proxyMode));
    settings.setValue(QStringLiteral("network/proxyUrl"), proxyUrl.toString());
    settings.setValue(QStringLiteral("network/connectTimeoutMs"), connectTimeoutMs);
    settings.setValue(QStringLiteral("network/totalTimeoutMs"), totalTimeoutMs);
    settings.setValue(QStringLiteral("network/streamInactivityTimeoutMs"), streamInactivityTimeoutMs);
    settings.setValue(QStringLiteral("network/streamFirstEventTimeoutMs"), streamFirstEventTimeoutMs);
    settings.setValue(QStringLiteral("network/maxBodyBytes"), maxBodyBytes);
    settings.setValue(QStringLiteral("network/allowInsecureHttp"), allowInsecureHttp);
}

QString NetworkSettings::proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

bool NetworkSettings::parseProxyMode(const QString &name, ProxyMode *mode)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("system"))
        *mode = ProxyMode::System;
    else if (n == QLatin1String("none") || n == QLatin1String("direct"))
        *mode = ProxyMode::None;
    else if (n == QLatin1String("manual"))
        *mode = ProxyMode::Manual;
    else
        return false;
    return true;
}

} // namespace sajudesk
