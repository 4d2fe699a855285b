// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/FakeApiServer.h"
#include "net/HttpClient.h"
#include "runyour/RunYourConfig.h"
#include "sajuapi/SajuApiConfig.h"

#include <QNetworkAccessManager>

#include <memory>

// A FakeApiServer plus one HttpClient, as every client integration test needs them.
namespace sajudesk::testing {

inline const QString kRunYourKey = QStringLiteral("runyour-v1-00000000-1111-2222-3333-444444444444-testtoken");
inline const QString kSajuKey = QStringLiteral("bs_test_integration0123456789");

struct ClientFixture
{
    QNetworkAccessManager nam;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<FakeApiServer> server;

    bool start()
    {
        // Fast retries: every test here asserts attempt counts, never wall-clock delays.
        qputenv("SAJUDESK_RETRY_BASE_MS", "5");
        server = std::make_unique<FakeApiServer>();
        server->config().sajuRateLimitPerMinute = 0;
        http = std::make_unique<HttpClient>(&nam);
        NetworkSettings s;
        s.proxyMode = NetworkSettings::ProxyMode::None;
        s.streamInactivityTimeoutMs = 5000;
        http->setSettings(s);
        return server->start();
    }

    RunYourConfig runYour(const QString &key = kRunYourKey) const
    {
        RunYourConfig c;
        c.baseUrl = server->runYourBaseUrl();
        c.apiKey = key;
        c.retryPolicy = RunYourConfig::defaultRetryPolicy();
        return c;
    }

    SajuApiConfig saju(const QString &key = kSajuKey) const
    {
        SajuApiConfig c;
        c.baseUrl = server->sajuBaseUrl();
        c.apiKey = key;
        c.retryPolicy = SajuApiConfig::defaultRetryPolicy();
        return c;
    }
};

} // namespace sajudesk::testing
