// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxy>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QSettings;

namespace sajudesk {

/// Transport settings shared by every request: proxy choice and default timeouts. Load it from
/// QSettings (group "network"), hand it to HttpClient::setSettings(); the client applies the proxy
/// to its QNetworkAccessManager. Usage:
///   QSettings s; HttpClient client(&nam); client.setSettings(NetworkSettings::load(s));
struct NetworkSettings
{
    enum class ProxyMode {
        System, ///< proxy environment variables (EnvironmentProxy), else the desktop's settings
        None,   ///< direct connection (also right for the loopback demo server)
        Manual, ///< proxyUrl, e.g. "http://user:pass@proxy:3128" or "socks5://host:1080"
    };

    ProxyMode proxyMode = ProxyMode::System;
    QUrl proxyUrl;

    /// Until the request is fully sent (TCP + TLS handshake + upload).
    qint64 connectTimeoutMs = 15 * 1000;
    /// Whole non-streaming exchange; generous because reasoning models answer slowly.
    qint64 totalTimeoutMs = 120 * 1000;
    /// Streams, after the first `data:` event: longest silence (no byte at all) before we give up.
    qint64 streamInactivityTimeoutMs = 60 * 1000;
    /// Streams, until the first `data:` event: how long a model may think before it says anything.
    /// Keep-alive comments do not end this wait; reasoning models can be silent for minutes.
    qint64 streamFirstEventTimeoutMs = 300 * 1000;
    /// Send API keys over plain http:// to hosts other than this computer. Off: such a request is
    /// refused before anything is sent (insecure_http).
    bool allowInsecureHttp = false;
    /// Non-streaming bodies larger than this are refused so a broken server cannot eat memory.
    qint64 maxBodyBytes = 32 * 1024 * 1024;

    /// The proxy to put on the QNetworkAccessManager for this setting. A Manual mode with an
    /// unusable URL falls back to the system proxy (logged) rather than silently going direct.
    QNetworkProxy proxy() const;
    /// Sets the proxy on `nam` (System: an EnvironmentProxyFactory owned by `nam`).
    void applyTo(QNetworkAccessManager &nam) const;

    /// Reads keys network/proxyMode ("system"|"none"|"manual"), network/proxyUrl, the timeouts
    /// (network/connectTimeoutMs, …/streamFirstEventTimeoutMs …) and network/allowInsecureHttp;
    /// missing or invalid values keep the defaults above.
    static NetworkSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    static QString proxyModeName(ProxyMode mode);
    static bool parseProxyMode(const QString &name, ProxyMode *mode);
};

} // namespace sajudesk
