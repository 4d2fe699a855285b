// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ErrorClassification.h"

#include "net/ApiError.h"
#include "net/ApiErrorParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sajudesk {

namespace ErrorClassification {

bool is(const char *code, const char *machineCode)
{
    return code && qstrcmp(code, machineCode) == 0;
}

bool mentionsCredit(const QString &text)
{
    // Credit exhaustion has no documented status (api-contract Q-R1), so the text decides. The
    // Korean words are what the vendor's console and docs use (크레딧 credit, 잔액 balance).
    static const QRegularExpression re(QStringLiteral("credit|크레딧|balance|잔액"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

/// Codes of the Saju v0 catalogue (api-contract §2.9) plus those from the v1 / Enterprise pages
/// that we tolerate. They pass through verbatim; anything else is mapped by HTTP status class.
bool isKnownSajuCode(const QString &code)
{
    static const char *const known[] = {
        "missing_api_key",
        "invalid_api_key",
        "expired_api_key",
        "suspended_api_key",
        "invalid_json",
        "missing_field",
        "invalid_field",
        "invalid_saju",
        "invalid_model",
        "invalid_date",
        "invalid_request",
        "rate_limited",
        "daily_limit_exceeded",
        "cost_limit_exceeded",
        "internal_error",
        "ai_provider_error",
        "timeout",
        "service_unavailable",
        // v1 / Enterprise (not live, tolerated)
        "UNAUTHORIZED",
        "validation_error",
        "authentication_error",
        "forbidden",
        "not_found",
        "payload_too_large",
    };
    for (const char *k : known) {
        if (code == QLatin1String(k))
            return true;
    }
    return false;
}

/// Status a known Saju code implies (for mid-stream errors that arrive on a 200 stream).
int impliedStatusForSajuCode(const QString &code)
{
    if (code == QLatin1String("rate_limited") || code == QLatin1String("daily_limit_exceeded")
        || code == QLatin1String("cost_limit_exceeded"))
        return 429;
    if (code == QLatin1String("internal_error"))
        return 500;
    if (code == QLatin1String("ai_provider_error") || code == QLatin1String("service_unavailable"))
        return 503;
    if (code == QLatin1String("timeout"))
        return 504;
    if (code.endsWith(QLatin1String("_api_key")) || code == QLatin1String("UNAUTHORIZED")
        || code == QLatin1String("authentication_error"))
        return 401;
    if (code == QLatin1String("forbidden"))
        return 403;
    if (code == QLatin1String("not_found"))
        return 404;
    if (code == QLatin1String("payload_too_large"))
        return 413;
    return 400;
}

/// Server codes of other vendors and OpenAI-compatible servers (OpenAI, OpenRouter, Anthropic,
/// vLLM, Azure) that tell us what the user must do; our classification for each. Anything not
/// listed is judged by HTTP status and message.
const char *classificationOfServerCode(const QString &serverCode)
{
    struct Row
    {
        const char *serverCode;
        const char *ours;
    };
    static const Row rows[] = {
        {"insufficient_quota", ApiErrorCode::CreditsExhausted},
        {"insufficient_credits", ApiErrorCode::CreditsExhausted},
        {"insufficient_funds", ApiErrorCode::CreditsExhausted},
        {"insufficient_balance", ApiErrorCode::CreditsExhausted},
        {"payment_required", ApiErrorCode::CreditsExhausted},
        {"billing_hard_limit_reached", ApiErrorCode::CreditsExhausted},
        {"billing_not_active", ApiErrorCode::CreditsExhausted},
        {"daily_limit_exceeded", ApiErrorCode::DailyLimitExceeded},
        {"cost_limit_exceeded", ApiErrorCode::CostLimitExceeded},
        {"invalid_api_key", ApiErrorCode::InvalidApiKey},
        {"invalid_authentication", ApiErrorCode::InvalidApiKey},
        {"authentication_error", ApiErrorCode::InvalidApiKey},
        {"unauthorized", ApiErrorCode::InvalidApiKey},
        {"UNAUTHORIZED", ApiErrorCode::InvalidApiKey},
        {"expired_api_key", ApiErrorCode::InvalidApiKey},
        {"permission_denied", ApiErrorCode::PermissionDenied},
        {"permission_error", ApiErrorCode::PermissionDenied},
        {"forbidden", ApiErrorCode::PermissionDenied},
        {"rate_limit_exceeded", ApiErrorCode::RateLimited},
        {"rate_limit_error", ApiErrorCode::RateLimited},
        {"rate_limited", ApiErrorCode::RateLimited},
        {"too_many_requests", ApiErrorCode::RateLimited},
        {"model_not_found", ApiErrorCode::UnsupportedModel},
        {"unsupported_model", ApiErrorCode::UnsupportedModel},
        {"context_length_exceeded", ApiErrorCode::BadRequest},
        {"invalid_request_error", ApiErrorCode::BadRequest},
        {"BadRequestError", ApiErrorCode::BadRequest},
        {"not_found_error", ApiErrorCode::NotFound},
        {"NotFoundError", ApiErrorCode::NotFound},
        {"server_error", ApiErrorCode::ServerError},
        {"internal_error", ApiErrorCode::ServerError},
        {"internal_server_error", ApiErrorCode::ServerError},
        {"InternalServerError", ApiErrorCode::ServerError},
        {"api_error", ApiErrorCode::ServerError},
        {"overloaded_error", ApiErrorCode::ServiceUnavailable},
        {"engine_overloaded", ApiErrorCode::ServiceUnavailable},
        {"service_unavailable", ApiErrorCode::ServiceUnavailable},
        {"ServiceUnavailableError", ApiErrorCode::ServiceUnavailable},
        {"timeout", ApiErrorCode::Timeout},
    };
    if (serverCode.isEmpty())
        return nullptr;
    for (const Row &r : rows) {
        if (serverCode == QLatin1String(r.serverCode))
            return r.ours;
    }
    return nullptr;
}

/// A quota that resets only after a day or a month, worded the way gateways word it. It arrives
/// as a 429 but is no rate limit: retrying cannot succeed before the reset.
const char *quotaClassOfMessage(const QString &text)
{
    static const QRegularExpression daily(
        QStringLiteral(
            "daily[^.]{0,40}limit|limit[^.]{0,20}per day|requests per day|일일[^.]{0,20}(한도|제한)|하루[^.]{0,20}"
            "(한도|제한)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthly(
        QStringLiteral("(monthly|month)[^.]{0,40}(cost|spend|budget)[^.]{0,20}limit|cost limit|spending limit|"
                       "budget (limit )?exceeded|월[^.]{0,20}(비용|사용액|예산)[^.]{0,20}(한도|제한)"),
        QRegularExpression::CaseInsensitiveOption);
    if (monthly.match(text).hasMatch())
        return ApiErrorCode::CostLimitExceeded;
    if (daily.match(text).hasMatch())
        return ApiErrorCode::DailyLimitExceeded;
    return nullptr;
}

/// Qt's own texts for a CONNECT the proxy refused (QHttpSocketEngine), in English and in the UI
/// language (Qt's catalogue is loaded with ours).
bool isProxyRefusalText(const QString &text)
{
    static const char *const phrases[] = {"Error communicating with HTTP proxy", "Proxy denied connection"};
    for (const char *phrase : phrases) {
        if (text.contains(QLatin1String(phrase))
            || text.contains(QCoreApplication::translate("QHttpSocketEngine", phrase)))
            return true;
    }
    return false;
}

} // namespace ErrorClassification

namespace ApiErrorParser {

QString codeForStatus(int httpStatus)
{
    // Status-class mapping for bodies without a usable code. 408 (Request Timeout) is the
    // server saying "you were too slow", transient like a timeout; OpenAI's SDK retries it too.
    switch (httpStatus) {
    case 401:
        return QLatin1String(ApiErrorCode::InvalidApiKey);
    case 402:
        return QLatin1String(ApiErrorCode::CreditsExhausted);
    case 403:
        return QLatin1String(ApiErrorCode::PermissionDenied);
    case 404:
        return QLatin1String(ApiErrorCode::NotFound);
    case 408:
        return QLatin1String(ApiErrorCode::Timeout);
    case 429:
        return QLatin1String(ApiErrorCode::RateLimited);
    case 503:
        return QLatin1String(ApiErrorCode::ServiceUnavailable);
    default:
        break;
    }
    if (httpStatus >= 500)
        return QLatin1String(ApiErrorCode::ServerError);
    if (httpStatus >= 400)
        return QLatin1String(ApiErrorCode::BadRequest);
    // A 1xx/2xx/3xx handed to us as an error is something we could not use.
    return QLatin1String(ApiErrorCode::InvalidResponse);
}

bool mentionsUnsupportedModel(const QString &text)
{
    // "model" alone is not enough: "max_tokens is too large for this model" is a bad request that
    // a fresh model list cannot fix. The message must also say the model is unknown, unsupported,
    // invalid, missing or wrongly formatted (api-contract §1.2: missing provider prefix → 400).
    static const QRegularExpression model(QStringLiteral("model|모델"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression verdict(
        QStringLiteral("not (be )?(supported|found|available|exist)|unsupported|unknown|invalid|does ?n[o']t exist|"
                       "no such|not allowed|format|provider|지원하지 않|지원되지 않|없는|없습니다|알 수 없|잘못|형식"),
        QRegularExpression::CaseInsensitiveOption);
    return model.match(text).hasMatch() && verdict.match(text).hasMatch();
}

} // namespace ApiErrorParser

} // namespace sajudesk
