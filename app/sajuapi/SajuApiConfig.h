// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"
#include "net/RetryPolicy.h"
#include "runyour/RunYourConfig.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace sajudesk {

/// Where and how to reach the Saju API; every Saju request class takes one by value.
///   SajuApiConfig cfg;
///   cfg.baseUrl = SajuApiConfig::resolveBaseUrl(cliOverride);   // option > env > setting > default
///   cfg.apiKey = keys.key(ApiKeyStore::Service::Saju);
struct SajuApiConfig
{
    QUrl baseUrl = defaultBaseUrl();
    /// Why `baseUrl` is unusable (see ResolvedUrl); requests then fail with invalid_base_url.
    QString baseUrlProblem;
    QString apiKey;
    RetryPolicy retryPolicy = defaultRetryPolicy();

    static QUrl defaultBaseUrl(); ///< https://api.sajuapi.dev
    static constexpr const char *urlEnvironmentVariable = "SAJUDESK_SAJU_URL";
    static constexpr const char *urlSettingsKey = "sajuapi/baseUrl";
    static constexpr const char *urlOption = "--saju-url";
    /// Same rule as RunYourConfig::resolveBaseUrlChecked.
    static ResolvedUrl resolveBaseUrlChecked(const QString &override = QString());
    static QUrl resolveBaseUrl(const QString &override = QString());
    /// RetryPolicy::forService(Saju) with the test-only SAJUDESK_RETRY_BASE_MS applied.
    static RetryPolicy defaultRetryPolicy();

    /// POST `endpoint` with X-API-Key (and Accept: text/event-stream when streaming).
    HttpRequestSpec spec(const QString &endpoint, const QByteArray &body, bool streaming = false) const;
    /// Non-empty translated warning when the key lacks `bs_live_` / `bs_test_`.
    QString keyWarning() const;
    /// Kind Input "missing_api_key" when no key is set (nothing is sent), else no error.
    ApiError missingKeyError(const QString &endpoint) const;
};

/// Latest X-RateLimit-* values seen on any Saju API reply. Share one per app and hand it to the
/// request classes (setRateLimitTracker) so a status bar can show "remaining/limit".
class RateLimitTracker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    const RateLimitInfo &current() const { return m_info; }
    void update(const RateLimitInfo &info);

signals:
    void changed(const sajudesk::RateLimitInfo &info);

private:
    RateLimitInfo m_info;
};

} // namespace sajudesk
