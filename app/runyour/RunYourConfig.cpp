// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/RunYourConfig.h"

#include "runyour/RunYourJson.h"

#include <QCoreApplication>
#include <QSettings>

namespace sajudesk {

namespace ServiceUrls {

namespace {
QUrl usable(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {};
    return url;
}
} // namespace

QUrl resolve(const QString &override, const char *envVar, const char *settingsKey, const QUrl &fallback)
{
    if (!override.trimmed().isEmpty()) {
        const QUrl url = usable(override);
        if (url.isValid())
            return url;
    }
    const QString env = qEnvironmentVariable(envVar);
    if (!env.trimmed().isEmpty()) {
        const QUrl url = usable(env);
        if (url.isValid())
            return url;
    }
    if (QCoreApplication::instance()) {
        const QString stored = QSettings().value(QLatin1String(settingsKey)).toString();
        if (!stored.trimmed().isEmpty()) {
            const QUrl url = usable(stored);
            if (url.isValid())
                return url;
        }
    }
    return fallback;
}

RetryPolicy applyEnvironment(RetryPolicy policy)
{
    bool ok = false;
    const qint64 base = qEnvironmentVariableIntValue("SAJUDESK_RETRY_BASE_MS", &ok);
    if (ok && base >= 0) {
        policy.baseDelayMs = base;
        policy.maxDelayMs = base * 16;
        policy.rateLimitFallbackMs = std::min(policy.rateLimitFallbackMs, base);
    }
    return policy;
}

} // namespace ServiceUrls

QUrl RunYourConfig::defaultBaseUrl()
{
    return QUrl(QString::fromLatin1(RunYourJson::DefaultBaseUrl));
}

QUrl RunYourConfig::resolveBaseUrl(const QString &override)
{
    return ServiceUrls::resolve(override, urlEnvironmentVariable, urlSettingsKey, defaultBaseUrl());
}

RetryPolicy RunYourConfig::defaultRetryPolicy()
{
    return ServiceUrls::applyEnvironment(RetryPolicy::forService(ApiError::Service::RunYour));
}

HttpRequestSpec RunYourConfig::spec(const QByteArray &method, const QString &endpoint, const QByteArray &body,
                                    bool streaming) const
{
    HttpRequestSpec s = method == "GET"
                            ? HttpRequestSpec::get(ApiError::Service::RunYour, baseUrl, endpoint)
                            : HttpRequestSpec::postJson(ApiError::Service::RunYour, baseUrl, endpoint, body, streaming);
    // The key is sent exactly as stored: a missing `Bearer ` or prefix is never "fixed" silently.
    s.headers.append({QByteArray("Authorization"), QByteArray("Bearer ") + apiKey.toUtf8()});
    return s;
}

QString RunYourConfig::keyWarning() const
{
    if (apiKey.isEmpty() || !RunYourJson::keyHasUnexpectedPrefix(apiKey))
        return {};
    return QCoreApplication::translate("RunYour", "The RunYour AI key does not start with \"runyour-v1-\"; it is "
                                                  "sent as entered but will probably be rejected.");
}

ApiError RunYourConfig::missingKeyError(const QString &endpoint) const
{
    if (!apiKey.isEmpty())
        return {};
    ApiError e = ApiError::local(ApiError::Service::RunYour, endpoint, "missing_api_key",
                                 QCoreApplication::translate("RunYour", "No RunYour AI key is set."));
    e.hint = QCoreApplication::translate("RunYour", "Add your key in Settings (or set SAJUDESK_RUNYOUR_KEY for the "
                                                    "command line).");
    return e;
}

} // namespace sajudesk
