// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"
#include "net/RetryPolicy.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace sajudesk {

/// A service base URL with where it came from. An option, variable or setting that is present
/// but unusable (another scheme, no host) is a problem to show, never silently replaced by the
/// default: the user meant another server.
struct ResolvedUrl
{
    QUrl url;        ///< invalid when `problem` is set
    QString problem; ///< translated, names the option / variable / setting; empty when fine
};

/// Where and how to reach RunYour AI; every RunYour request class takes one by value.
///   RunYourConfig cfg;
///   cfg.baseUrl = RunYourConfig::resolveBaseUrl(cliOverride);   // option > env > setting > default
///   cfg.apiKey = keys.key(ApiKeyStore::Service::RunYour);
struct RunYourConfig
{
    QUrl baseUrl = defaultBaseUrl();
    /// Why `baseUrl` is unusable (from resolveBaseUrlChecked); requests then fail with
    /// invalid_base_url without sending anything.
    QString baseUrlProblem;
    QString apiKey;
    /// stream_options.include_usage for streams: unset = only on the gateway's own host.
    std::optional<bool> streamUsage;
    /// Retry schedule; defaults to RetryPolicy::forService(RunYour) (see retryPolicyFromEnvironment).
    RetryPolicy retryPolicy = defaultRetryPolicy();

    static QUrl defaultBaseUrl(); ///< https://api.runyour.ai/v1
    static constexpr const char *urlEnvironmentVariable = "SAJUDESK_RUNYOUR_URL";
    static constexpr const char *urlSettingsKey = "runyour/baseUrl";
    static constexpr const char *urlOption = "--runyour-url";
    static constexpr const char *streamUsageSettingsKey = "runyour/streamUsage";
    /// `override` (e.g. --runyour-url) if non-empty, else $SAJUDESK_RUNYOUR_URL, else the
    /// QSettings value runyour/baseUrl, else the default. The first one present decides; if it is
    /// unusable the result carries a problem (and no URL).
    static ResolvedUrl resolveBaseUrlChecked(const QString &override = QString());
    /// resolveBaseUrlChecked().url: an invalid QUrl when the chosen value is unusable.
    static QUrl resolveBaseUrl(const QString &override = QString());
    /// QSettings runyour/streamUsage (true/false); unset or "auto" = nullopt.
    static std::optional<bool> streamUsageSetting();
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
/// Shared resolution rule for both services (option > env > setting > default); `optionName`
/// (e.g. "--saju-url") is named in the problem text.
ResolvedUrl resolve(const QString &override, const char *optionName, const char *envVar, const char *settingsKey,
                    const QUrl &fallback);
/// Translated problem text for `text` as a base URL, or empty when it is a usable http(s) URL.
QString urlProblem(const QString &text, const QString &source, QUrl *url);
/// Test hook: SAJUDESK_RETRY_BASE_MS shrinks the backoff so retry tests run in milliseconds.
RetryPolicy applyEnvironment(RetryPolicy policy);
} // namespace ServiceUrls

} // namespace sajudesk
