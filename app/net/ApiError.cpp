// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiError.h"

#include <QCoreApplication>

namespace sajudesk {

namespace {

using Service = ApiError::Service;

/// Display text per machine code. Service::Local in `service` means "any service"; a
/// service-specific row wins over it. Strings are marked for lupdate with QT_TRANSLATE_NOOP and
/// translated at display time, so a language switch applies without re-creating errors.
struct CodeText
{
    Service service;
    const char *code;
    const char *message;
    const char *hint;
};

// clang-format off
constexpr CodeText kTexts[] = {
    // --- Saju API v0 catalogue (api-contract §2.9) ---
    {Service::Saju, "missing_api_key",
     QT_TRANSLATE_NOOP("ApiError", "No Saju API key was sent."),
     QT_TRANSLATE_NOOP("ApiError", "Enter your Saju API key in Settings; it is sent in the X-API-Key header.")},
    {Service::Saju, "invalid_api_key",
     QT_TRANSLATE_NOOP("ApiError", "The Saju API key is not valid."),
     QT_TRANSLATE_NOOP("ApiError", "Check the key in Settings: Saju API keys start with bs_live_ or bs_test_.")},
    {Service::Saju, "expired_api_key",
     QT_TRANSLATE_NOOP("ApiError", "The Saju API key has been revoked."),
     QT_TRANSLATE_NOOP("ApiError", "Create a new key in the Saju API dashboard and enter it in Settings.")},
    {Service::Saju, "suspended_api_key",
     QT_TRANSLATE_NOOP("ApiError", "The Saju API key has been suspended."),
     QT_TRANSLATE_NOOP("ApiError", "Contact Saju API support about the suspension.")},
    {Service::Local, "invalid_json",
     QT_TRANSLATE_NOOP("ApiError", "The server could not read the request."),
     QT_TRANSLATE_NOOP("ApiError", "This is a bug in the app; please report it with the diagnostics.")},
    {Service::Local, "missing_field",
     QT_TRANSLATE_NOOP("ApiError", "A required value is missing from the request."),
     QT_TRANSLATE_NOOP("ApiError", "Fill in the missing value and try again.")},
    {Service::Local, "invalid_field",
     QT_TRANSLATE_NOOP("ApiError", "A value in the request has the wrong format."),
     QT_TRANSLATE_NOOP("ApiError", "Correct the highlighted value and try again.")},
    {Service::Local, "invalid_saju",
     QT_TRANSLATE_NOOP("ApiError", "The four pillars sent to the server are not valid."),
     QT_TRANSLATE_NOOP("ApiError", "Check the birth date and time, then try again.")},
    {Service::Local, "invalid_model",
     QT_TRANSLATE_NOOP("ApiError", "The selected fortune model is not available."),
     QT_TRANSLATE_NOOP("ApiError", "Choose haiku, sonnet or gpt4o.")},
    {Service::Local, "invalid_date",
     QT_TRANSLATE_NOOP("ApiError", "The date is not valid."),
     QT_TRANSLATE_NOOP("ApiError", "Use a date in the form YYYY-MM-DD.")},
    {Service::Local, "invalid_request",
     QT_TRANSLATE_NOOP("ApiError", "The server rejected the request."),
     QT_TRANSLATE_NOOP("ApiError", "Check the entered values and try again.")},
    {Service::Saju, "rate_limited",
     QT_TRANSLATE_NOOP("ApiError", "Too many requests to the Saju API in a short time."),
     QT_TRANSLATE_NOOP("ApiError", "Wait a minute before trying again; the app retries automatically when it can.")},
    {Service::Saju, "daily_limit_exceeded",
     QT_TRANSLATE_NOOP("ApiError", "The daily request quota of your Saju API plan is used up."),
     QT_TRANSLATE_NOOP("ApiError", "Wait for the daily quota to reset or upgrade your plan in the Saju API dashboard. "
                                   "The app does not retry this automatically.")},
    {Service::Saju, "cost_limit_exceeded",
     QT_TRANSLATE_NOOP("ApiError", "The monthly spending limit of your Saju API account has been reached."),
     QT_TRANSLATE_NOOP("ApiError", "Raise the spending limit in the Saju API dashboard or wait for next month. "
                                   "The app does not retry this automatically.")},
    {Service::RunYour, "daily_limit_exceeded",
     QT_TRANSLATE_NOOP("ApiError", "The daily request limit for your RunYour AI key has been reached."),
     QT_TRANSLATE_NOOP("ApiError", "Wait for the daily limit to reset, or ask your group administrator to raise it "
                                   "in the RunYour console. The app does not retry this automatically.")},
    {Service::RunYour, "cost_limit_exceeded",
     QT_TRANSLATE_NOOP("ApiError", "The monthly cost limit of your RunYour AI group has been reached."),
     QT_TRANSLATE_NOOP("ApiError", "Ask your group administrator to raise the monthly limit in the RunYour console, "
                                   "or wait until next month. The app does not retry this automatically.")},
    {Service::Local, "daily_limit_exceeded",
     QT_TRANSLATE_NOOP("ApiError", "The daily request limit has been reached."),
     QT_TRANSLATE_NOOP("ApiError", "Wait for the daily limit to reset. The app does not retry this automatically.")},
    {Service::Local, "cost_limit_exceeded",
     QT_TRANSLATE_NOOP("ApiError", "The monthly cost limit has been reached."),
     QT_TRANSLATE_NOOP("ApiError", "Raise the limit in the provider's console or wait until next month. The app does "
                                   "not retry this automatically.")},
    {Service::Local, "internal_error",
     QT_TRANSLATE_NOOP("ApiError", "The server had an internal error."),
     QT_TRANSLATE_NOOP("ApiError", "Try again later. If it keeps happening, contact support and quote the request ID.")},
    {Service::Local, "ai_provider_error",
     QT_TRANSLATE_NOOP("ApiError", "The AI model behind the service failed to answer."),
     QT_TRANSLATE_NOOP("ApiError", "Try again in a moment, or choose a different model.")},
    // status.sajuapi.dev is the Saju API's own status page; it says nothing about RunYour AI.
    {Service::Saju, "service_unavailable",
     QT_TRANSLATE_NOOP("ApiError", "The service is temporarily unavailable."),
     QT_TRANSLATE_NOOP("ApiError", "Try again in a few minutes. The Saju API status page is status.sajuapi.dev.")},
    {Service::Local, "service_unavailable",
     QT_TRANSLATE_NOOP("ApiError", "The service is temporarily unavailable."),
     QT_TRANSLATE_NOOP("ApiError", "Try again in a few minutes; the service or the AI provider behind it is "
                                   "temporarily unavailable.")},
    // --- Saju v1 / Enterprise codes we tolerate ---
    {Service::Local, "UNAUTHORIZED",
     QT_TRANSLATE_NOOP("ApiError", "The API key was not accepted."),
     QT_TRANSLATE_NOOP("ApiError", "Check the API key in Settings.")},
    {Service::Local, "authentication_error",
     QT_TRANSLATE_NOOP("ApiError", "The API key was not accepted."),
     QT_TRANSLATE_NOOP("ApiError", "Check the API key in Settings.")},
    {Service::Local, "validation_error",
     QT_TRANSLATE_NOOP("ApiError", "The server rejected a value in the request."),
     QT_TRANSLATE_NOOP("ApiError", "Check the entered values and try again.")},
    {Service::Local, "forbidden",
     QT_TRANSLATE_NOOP("ApiError", "The API key is not allowed to do this."),
     QT_TRANSLATE_NOOP("ApiError", "Use a key with the needed permission.")},
    {Service::Local, "payload_too_large",
     QT_TRANSLATE_NOOP("ApiError", "The request is too large for the server."),
     QT_TRANSLATE_NOOP("ApiError", "Shorten the input and try again.")},
    // --- Derived codes (ApiErrorCode) ---
    {Service::RunYour, "invalid_api_key",
     QT_TRANSLATE_NOOP("ApiError", "RunYour AI did not accept the API key."),
     QT_TRANSLATE_NOOP("ApiError", "Check the key in Settings: it starts with runyour-v1- and is sent as "
                                   "'Authorization: Bearer <key>'. Make sure the key is still active in the RunYour "
                                   "console and that your account still belongs to a group; leaving a group deletes "
                                   "its keys.")},
    {Service::Local, "invalid_api_key",
     QT_TRANSLATE_NOOP("ApiError", "The API key was not accepted."),
     QT_TRANSLATE_NOOP("ApiError", "Check the API key in Settings.")},
    {Service::Saju, "permission_denied",
     QT_TRANSLATE_NOOP("ApiError", "The Saju API key lacks the permission for this request."),
     QT_TRANSLATE_NOOP("ApiError", "Use a key with the fortune:read, saju:calculate or stream:read permission as "
                                   "needed, or turn off streaming.")},
    {Service::Local, "permission_denied",
     QT_TRANSLATE_NOOP("ApiError", "The API key is not allowed to do this."),
     QT_TRANSLATE_NOOP("ApiError", "Check the key's permissions in the provider's console.")},
    {Service::Local, "bad_request",
     QT_TRANSLATE_NOOP("ApiError", "The server rejected the request."),
     QT_TRANSLATE_NOOP("ApiError", "Check the entered values and the selected model, then try again.")},
    {Service::Local, "unsupported_model",
     QT_TRANSLATE_NOOP("ApiError", "The selected model is not available."),
     QT_TRANSLATE_NOOP("ApiError", "Pick a model from the refreshed list; model IDs look like provider/model, "
                                   "e.g. openai/gpt-5.2.")},
    {Service::Local, "not_found",
     QT_TRANSLATE_NOOP("ApiError", "The server does not know this address."),
     QT_TRANSLATE_NOOP("ApiError", "Check the server address in Settings; if it is correct, please report this.")},
    {Service::Local, "rate_limited",
     QT_TRANSLATE_NOOP("ApiError", "Too many requests in a short time."),
     QT_TRANSLATE_NOOP("ApiError", "Wait a moment; the app retries automatically with increasing pauses.")},
    {Service::Saju, "credits_exhausted", // a 402 from the Saju API (not documented there)
     QT_TRANSLATE_NOOP("ApiError", "The Saju API account cannot pay for this request."),
     QT_TRANSLATE_NOOP("ApiError", "Check the plan and billing in the Saju API dashboard.")},
    {Service::Local, "credits_exhausted",
     QT_TRANSLATE_NOOP("ApiError", "Your RunYour AI credits are used up, so no answer was generated."),
     QT_TRANSLATE_NOOP("ApiError", "Top up the group's credits in the RunYour console (or ask your group "
                                   "administrator), then try again.")},
    {Service::Local, "server_error",
     QT_TRANSLATE_NOOP("ApiError", "The server had a temporary problem."),
     QT_TRANSLATE_NOOP("ApiError", "Try again in a moment. If it keeps happening, copy the diagnostics for support.")},
    {Service::Local, "network_error",
     QT_TRANSLATE_NOOP("ApiError", "The network connection failed."),
     QT_TRANSLATE_NOOP("ApiError", "Check your internet connection and proxy settings, then try again.")},
    {Service::Local, "connection_refused",
     QT_TRANSLATE_NOOP("ApiError", "The server refused the connection."),
     QT_TRANSLATE_NOOP("ApiError", "The service may be down, or a firewall or proxy is blocking it. Try again later.")},
    {Service::Local, "host_not_found",
     QT_TRANSLATE_NOOP("ApiError", "The server's address could not be found."),
     QT_TRANSLATE_NOOP("ApiError", "Check your internet connection and the server address in Settings.")},
    {Service::Local, "timeout",
     QT_TRANSLATE_NOOP("ApiError", "The request took too long."),
     QT_TRANSLATE_NOOP("ApiError", "Try again; a faster model or a shorter request may help.")},
    {Service::Local, "tls_error",
     QT_TRANSLATE_NOOP("ApiError", "A secure connection to the server could not be established."),
     QT_TRANSLATE_NOOP("ApiError", "Check the system date and time and any proxy that inspects HTTPS traffic. The "
                                   "app never ignores certificate errors.")},
    {Service::Local, "proxy_error",
     QT_TRANSLATE_NOOP("ApiError", "The proxy server refused to connect to the service."),
     QT_TRANSLATE_NOOP("ApiError", "Check the proxy settings (network/proxyMode, or the https_proxy, all_proxy and "
                                   "no_proxy environment variables) or ask your network administrator. The app does "
                                   "not retry this automatically.")},
    {Service::Local, "insecure_http",
     QT_TRANSLATE_NOOP("ApiError", "The API key was not sent: the server address uses plain http:// and is not on "
                                   "this computer."),
     QT_TRANSLATE_NOOP("ApiError", "Use an https:// address. To send keys over plain http to another computer anyway, "
                                   "set network/allowInsecureHttp=true in the settings file (off by default).")},
    {Service::Local, "invalid_base_url",
     QT_TRANSLATE_NOOP("ApiError", "The server address is not a usable http:// or https:// URL."),
     QT_TRANSLATE_NOOP("ApiError", "Correct the address in the option, environment variable or setting named above, "
                                   "or remove it to use the default address.")},
    {Service::Local, "invalid_response",
     QT_TRANSLATE_NOOP("ApiError", "The server sent a response the app cannot read."),
     QT_TRANSLATE_NOOP("ApiError", "Try again later; if it persists, copy the diagnostics for support.")},
    {Service::Local, "stream_incomplete",
     QT_TRANSLATE_NOOP("ApiError", "The answer was cut off before it was complete."),
     QT_TRANSLATE_NOOP("ApiError", "The partial answer was kept. Ask again to get a full answer; this is a new, "
                                   "separately billed request.")},
    {Service::Local, "cancelled",
     QT_TRANSLATE_NOOP("ApiError", "The request was cancelled."),
     QT_TRANSLATE_NOOP("ApiError", "Start it again when you are ready.")},
    {Service::Local, "invalid_input",
     QT_TRANSLATE_NOOP("ApiError", "The input is not valid."),
     QT_TRANSLATE_NOOP("ApiError", "Correct the highlighted value and try again.")},
};
// clang-format on

const CodeText *lookup(Service service, const QString &code)
{
    const CodeText *fallback = nullptr;
    for (const CodeText &t : kTexts) {
        if (!t.message || code != QLatin1String(t.code))
            continue;
        if (t.service == service)
            return &t;
        if (t.service == Service::Local && !fallback)
            fallback = &t;
    }
    return fallback;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

} // namespace

QString ApiError::codeText() const
{
    if (const CodeText *t = lookup(service, code))
        return translated(t->message);
    return {};
}

QString ApiError::userMessage() const
{
    const CodeText *t = lookup(service, code);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Cancelled: {
        // `message` is Qt's English transport text or our own description; lead with our
        // translated sentence and keep Qt's detail, which names the host or certificate issue.
        const QString base =
            t ? translated(t->message) : QCoreApplication::translate("ApiError", "The network connection failed.");
        if (message.isEmpty() || message == base)
            return base;
        return QCoreApplication::translate("ApiError", "%1 (%2)").arg(base, message);
    }
    default:
        break;
    }
    // The server's own words win: they are specific (which field, which model) and support
    // staff recognise them. Our sentence is only the fallback.
    if (!message.isEmpty())
        return message;
    if (t)
        return translated(t->message);
    if (httpStatus > 0)
        return QCoreApplication::translate("ApiError", "The server reported an error (HTTP %1).").arg(httpStatus);
    return QCoreApplication::translate("ApiError", "Something went wrong.");
}

QString ApiError::userHint() const
{
    if (!hint.isEmpty())
        return hint;
    QString text;
    if (const CodeText *t = lookup(service, code)) {
        text = translated(t->hint);
    } else if (kind == Kind::Http && httpStatus >= 500) {
        text = QCoreApplication::translate(
            "ApiError", "Try again in a moment. If it keeps happening, copy the diagnostics for support.");
    } else {
        text = QCoreApplication::translate("ApiError", "If this keeps happening, copy the diagnostics for support.");
    }
    if (!field.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("ApiError", "(Field: %1)").arg(field);
    return text;
}

ApiError ApiError::local(Service service, const QString &endpoint, const char *code, const QString &message,
                         const QString &field)
{
    ApiError e;
    e.service = service;
    e.kind = Kind::Input;
    e.endpoint = endpoint;
    e.code = QLatin1String(code ? code : ApiErrorCode::InvalidInput);
    e.message = message;
    e.field = field;
    e.attempts = 0; // refused before any request
    e.localTime = QDateTime::currentDateTimeUtc();
    return e;
}

void registerApiErrorMetaType()
{
    qRegisterMetaType<ApiError>("sajudesk::ApiError");
}

} // namespace sajudesk
