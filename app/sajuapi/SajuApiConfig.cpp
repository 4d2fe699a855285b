// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/SajuApiConfig.h"

#include "runyour/RunYourConfig.h"
#include "sajuapi/SajuApiJson.h"

#include <QCoreApplication>

namespace sajudesk {

QUrl SajuApiConfig::defaultBaseUrl()
{
    return QUrl(QString::fromLatin1(SajuApiJson::DefaultBaseUrl));
}

ResolvedUrl SajuApiConfig::resolveBaseUrlChecked(const QString &override)
{
    return ServiceUrls::resolve(override, urlOption, urlEnvironmentVariable, urlSettingsKey, defaultBaseUrl());
}

QUrl SajuApiConfig::resolveBaseUrl(const QString &override)
{
    return resolveBaseUrlChecked(override).url;
}

RetryPolicy SajuApiConfig::defaultRetryPolicy()
{
    return ServiceUrls::applyEnvironment(RetryPolicy::forService(ApiError::Service::Saju));
}

HttpRequestSpec SajuApiConfig::spec(const QString &endpoint, const QByteArray &body, bool streaming) const
{
    HttpRequestSpec s = HttpRequestSpec::postJson(ApiError::Service::Saju, baseUrl, endpoint, body, streaming);
    s.urlProblem = baseUrlProblem;
    s.headers.append({QByteArray("X-API-Key"), apiKey.toUtf8()});
    return s;
}

QString SajuApiConfig::keyWarning() const
{
    if (apiKey.isEmpty() || apiKey.startsWith(QLatin1String("bs_live_"))
        || apiKey.startsWith(QLatin1String("bs_test_")))
        return {};
    return QCoreApplication::translate("SajuApi", "The Saju API key does not start with \"bs_live_\" or "
                                                  "\"bs_test_\"; it is sent as entered but will probably be "
                                                  "rejected.");
}

ApiError SajuApiConfig::missingKeyError(const QString &endpoint) const
{
    if (!apiKey.isEmpty())
        return {};
    ApiError e = ApiError::local(ApiError::Service::Saju, endpoint, "missing_api_key",
                                 QCoreApplication::translate("SajuApi", "No Saju API key is set."));
    e.hint = QCoreApplication::translate("SajuApi", "Add your key in Settings (or set SAJUDESK_SAJU_KEY for the "
                                                    "command line).");
    return e;
}

void RateLimitTracker::update(const RateLimitInfo &info)
{
    if (!info.isValid())
        return;
    m_info = info;
    emit changed(m_info);
}

} // namespace sajudesk
