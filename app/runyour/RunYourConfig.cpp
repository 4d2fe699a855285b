// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/RunYourConfig.h"

#include "runyour/RunYourJson.h"

#include <QCoreApplication>
#include <QSettings>

namespace sajudesk {

namespace ServiceUrls {

QString urlProblem(const QString &text, const QString &source, QUrl *url)
{
    const QUrl parsed = QUrl::fromUserInput(text.trimmed());
    const QString scheme = parsed.scheme().toLower();
    if (parsed.isValid() && !parsed.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        *url = parsed;
        return {};
    }
    *url = QUrl();
    return QCoreApplication::translate("ServiceUrls", "%1 is “%2”, which is not a usable http:// or https:// address "
                                                      "(it needs that scheme and a host name). Correct it or remove "
                                                      "it to use the default address.")
        .arg(source, text.trimmed().left(200));
}

ResolvedUrl resolve(const QString &override, const char *optionName, const char *envVar, const char *settingsKey,
                    const QUrl &fallback)
{
    // The first source that is set decides, usable or not: falling back to the default server
    // would send the user's key and prompts somewhere they did not choose.
    ResolvedUrl r;
    if (!override.trimmed().isEmpty()) {
        r.problem = urlProblem(
            override, QCoreApplication::translate("ServiceUrls", "The option %1").arg(QLatin1String(optionName)),
            &r.url);
        return r;
    }
    const QString env = qEnvironmentVariable(envVar);
    if (!env.trimmed().isEmpty()) {
        r.problem = urlProblem(
            env, QCoreApplication::translate("ServiceUrls", "The environment variable %1").arg(QLatin1String(envVar)),
            &r.url);
        return r;
    }
    if (QCoreApplication::instance()) {
        const QString stored = QSettings().value(QLatin1String(settingsKey)).toString();
        if (!stored.trimmed().isEmpty()) {
            r.problem = urlProblem(
                stored, QCoreApplication::translate("ServiceUrls", "The setting %1").arg(QLatin1String(settingsKey)),
                &r.url);
            return r;
        }
    }
    r.url = fallback;
    return r;
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

ResolvedUrl RunYourConfig::resolveBaseUrlChecked(const QString &override)
{
    return ServiceUrls::resolve(override, urlOption, urlEnvironmentVariable, urlSettingsKey, defaultBaseUrl());
}

QUrl RunYourConfig::resolveBaseUrl(const QString &override)
{
    return resolveBaseUrlChecked(override).url;
}

std::optional<bool> RunYourConfig::streamUsageSetting()
{
    if (!QCoreApplication::instance())
        return std::nullopt;
    const QVariant v = QSettings().value(QLatin1String(streamUsageSettingsKey));
    const QString text = v.toString().trimmed().toLower();
    if (!v.isValid() || text.isEmpty() || text == QLatin1String("auto"))
        return std::nullopt;
    return v.toBool();
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
    s.urlProblem = baseUrlProblem;
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
