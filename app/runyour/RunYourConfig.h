// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"
#include "net/RetryPolicy.h"

#include <QString>
#include <QUrl>

namespace sajudesk {

/// Where and how to reach RunYour AI; every RunYour request class takes one by value.
///   RunYourConfig cfg;
///   cfg.baseUrl = RunYourConfig::resolveBaseUrl(cliOverride);   // option > env > setting > default
///   cfg.apiKey = keys.key(ApiKeyStore::Service::RunYour);
struct RunYourConfig
{
    QUrl baseUrl = defaultBaseUrl();
    QString apiKey;
    /// Retry schedule; defaults to RetryPolicy::forService(RunYour) (see retryPolicyFromEnvironment).
    RetryPolicy retryPolicy = defaultRetryPolicy();

    static QUrl defaultBaseUrl(); ///< https://api.runyour.ai/v1
    static constexpr const char *urlEnvironmentVariable = "SAJUDESK_RUNYOUR_URL";
    static constexpr const char *urlSettingsKey = "runyour/baseUrl";
    /// `override` (e.g. --runyour-url) if non-empty, else $SAJUDESK_RUNYOUR_URL, else the
    /// QSettings value runyour/baseUrl, else the default. An unusable URL falls through.
    static QUrl resolveBaseUrl(const QString &override = QString());
    /// RetryPolicy::forService(RunYour) with the test-only SAJUDESK_RETRY_BASE_MS applied.
    static RetryPolicy defaultRetryPolicy();

    /// Authorization header etc. for a request to `endpoint` (e.g. "/models").
    HttpRequestSpec spec(const QByteArray &method, const QString &endpoint, const QByteArray &body = {},
                         bool streaming = false) const;
    /// Non-empty translated warning when the key is not empty and lacks `runyour-v1-`.
    QString keyWarning() const;
    /// Kind Input "missing_api_key" when no key is set (nothing is sent), else no error.
    ApiError missingKeyError(const QString &endpoint) const;
};

namespace ServiceUrls {
/// Shared resolution rule for both services (option > env > setting > default).
QUrl resolve(const QString &override, const char *envVar, const char *settingsKey, const QUrl &fallback);
/// Test hook: SAJUDESK_RETRY_BASE_MS shrinks the backoff so retry tests run in milliseconds.
RetryPolicy applyEnvironment(RetryPolicy policy);
} // namespace ServiceUrls

} // namespace sajudesk
