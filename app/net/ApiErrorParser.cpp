// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiErrorParser.h"

#include "core/Logging.h"
#include "net/ErrorClassification.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sajudesk::ApiErrorParser {

using namespace ErrorClassification;

namespace {

// Error bodies are a few hundred bytes. Anything above this is not an error envelope we could
// use (a proxy's page, a mis-routed download), so it is not even handed to the JSON parser.
constexpr qsizetype kMaxJsonErrorBody = 1024 * 1024;

ApiError base(ApiError::Service service, ApiError::Kind kind, const QString &endpoint, int httpStatus, const char *code)
{
    ApiError e;
    e.service = service;
    e.kind = kind;
    e.endpoint = endpoint;
    e.httpStatus = httpStatus;
    e.code = QLatin1String(code);
    e.localTime = QDateTime::currentDateTimeUtc();
    return e;
}

/// A JSON value used as human text: a string, or (NestJS validation) an array of strings joined
/// with "; ". Numbers/objects are not text; we do not invent a message from them.
QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isArray()) {
        QStringList parts;
        const QJsonArray arr = v.toArray();
        for (const QJsonValue &item : arr) {
            if (item.isString() && !item.toString().trimmed().isEmpty())
                parts.append(item.toString().trimmed());
            else if (item.isObject()) // class-validator style {property, constraints} objects
                parts.append(textOf(item.toObject().value(QLatin1String("message"))));
        }
        parts.removeAll(QString());
        return parts.join(QLatin1String("; "));
    }
    return {};
}

/// A request id as a string, tolerating a number; capped so a hostile body cannot flood logs.
QString idOf(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString().trimmed().left(200);
}

/// Seconds given as a JSON number or a numeric string, in ms; -1 when absent or unusable.
qint64 secondsToMs(const QJsonValue &v)
{
    double seconds = -1;
    if (v.isDouble()) {
        seconds = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        seconds = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            return -1;
    } else {
        return -1;
    }
    if (!std::isfinite(seconds) || seconds < 0)
        return -1;
    // Clamp before converting: a double beyond qint64 range is undefined behaviour to convert.
    if (seconds * 1000.0 >= double(MaxRetryAfterMs))
        return MaxRetryAfterMs;
    return qint64(std::ceil(seconds * 1000.0));
}

int statusOf(const QJsonValue &v)
{
    double d = -1;
    if (v.isDouble())
        d = v.toDouble();
    else if (v.isString())
        d = v.toString().toDouble();
    if (!std::isfinite(d) || d < 100 || d > 599)
        return 0;
    return int(d);
}

/// The fields every error shape boils down to.
struct Extracted
{
    bool isJsonObject = false;
    QString code;       ///< server code (Saju `error.code`, OpenAI `error.code`/`type`)
    QString openAiType; ///< OpenAI `error.type`
    QString message;
    QString hint;
    QString field;
    QString requestId;
    QString timestamp;
    qint64 retryAfterMs = -1;
    int embeddedStatus = 0; ///< `statusCode` / `error.status` when present
};

/// Reads every known envelope from one JSON object. Shapes accepted (any service):
///   Saju    {success:false, error:{code,message,hint,field,retryAfter}, meta:{requestId}}
///   Saju    {code,message,hint,field,retryAfter}               (bare, and stream error events)
///   RunYour {statusCode,timestamp,path,message(string|array),error?}  (NestJS filter)
///   OpenAI  {error:{message,type,code,param}}
/// Being lenient across shapes costs nothing and survives a vendor switching frameworks.
Extracted extract(const QJsonObject &obj)
{
    Extracted x;
    x.isJsonObject = true;
    const QJsonValue errorValue = obj.value(QLatin1String("error"));
    QJsonObject err;
    if (errorValue.isObject()) {
        err = errorValue.toObject();
    } else {
        err = obj; // bare shape: fields at the top level
    }
    const QJsonValue codeValue = err.value(QLatin1String("code"));
    if (codeValue.isString())
        x.code = codeValue.toString().trimmed();
    else if (codeValue.isDouble() && !statusOf(codeValue)) // a numeric code that is no status
        x.code = QString::number(codeValue.toDouble());
    x.openAiType = err.value(QLatin1String("type")).toString().trimmed();
    x.message = textOf(err.value(QLatin1String("message")));
    if (x.message.isEmpty() && err != obj)
        x.message = textOf(obj.value(QLatin1String("message")));
    // NestJS puts the status phrase ("Bad Request") in a string `error`; only a last resort.
    if (x.message.isEmpty() && errorValue.isString())
        x.message = errorValue.toString().trimmed();
    if (x.message.isEmpty())
        x.message = textOf(err.value(QLatin1String("detail"))); // RFC 7807 problem+json
    x.hint = textOf(err.value(QLatin1String("hint")));
    x.field = textOf(err.value(QLatin1String("field")));
    if (x.field.isEmpty())
        x.field = textOf(err.value(QLatin1String("param"))); // OpenAI names the field `param`
    x.retryAfterMs = secondsToMs(err.value(QLatin1String("retryAfter")));
    if (x.retryAfterMs < 0)
        x.retryAfterMs = secondsToMs(obj.value(QLatin1String("retryAfter")));

    const QJsonObject meta = obj.value(QLatin1String("meta")).toObject();
    x.requestId = idOf(meta.value(QLatin1String("requestId")));
    if (x.requestId.isEmpty())
        x.requestId = idOf(obj.value(QLatin1String("requestId")));
    x.timestamp = textOf(obj.value(QLatin1String("timestamp")));

    x.embeddedStatus = statusOf(obj.value(QLatin1String("statusCode")));
    if (!x.embeddedStatus)
        x.embeddedStatus = statusOf(err.value(QLatin1String("status")));
    if (!x.embeddedStatus)
        x.embeddedStatus = statusOf(err.value(QLatin1String("statusCode")));
    if (!x.embeddedStatus && codeValue.isDouble())
        x.embeddedStatus = statusOf(codeValue);
    return x;
}

/// The code the server sent, verbatim: `error.code` when it is text, else the OpenAI-style
/// `error.type` ("invalid_request_error", vLLM's "BadRequestError").
QString serverCodeOf(const Extracted &x)
{
    return (x.code.isEmpty() ? x.openAiType : x.code).left(200);
}

/// RunYour has no codes of its own (§1.7): derive one from the status and the message.
QString runYourCode(int status, const Extracted &x)
{
    // OpenAI-shaped bodies may carry a code; honour the ones that change what the user must do.
    // `insufficient_quota` is OpenAI's "out of credit" and arrives as a 429 — it must not be
    // retried as a rate limit.
    const char *fromServer = classificationOfServerCode(serverCodeOf(x));
    if (is(fromServer, ApiErrorCode::CreditsExhausted))
        return QLatin1String(fromServer);
    if (status == 402 || (status >= 400 && status < 500 && mentionsCredit(x.message)))
        return QLatin1String(ApiErrorCode::CreditsExhausted);
    // "Daily request limit exceeded" / "Monthly cost limit exceeded" come as 429s from the
    // gateway; the message is all that tells them from a short-window rate limit.
    if (const char *quota = quotaClassOfMessage(x.message); quota && status == 429)
        return QLatin1String(quota);
    // A generic class (bad_request, server_error) says less than the status and message do.
    if (fromServer && !is(fromServer, ApiErrorCode::BadRequest) && !is(fromServer, ApiErrorCode::ServerError))
        return QLatin1String(fromServer);
    if ((status == 400 || status == 404) && mentionsUnsupportedModel(x.message))
        return QLatin1String(ApiErrorCode::UnsupportedModel);
    return codeForStatus(status);
}

QString sajuCode(int status, const Extracted &x)
{
    if (isKnownSajuCode(x.code))
        return x.code;
    // Not in the v0 catalogue but sent by the live service for an empty balance (with 402, and
    // with 403): the user must top up, which no key permission and no retry fixes.
    if (is(classificationOfServerCode(x.code), ApiErrorCode::CreditsExhausted)
        || (status >= 400 && status < 500 && x.code.contains(QLatin1String("credit"), Qt::CaseInsensitive)))
        return QLatin1String(ApiErrorCode::CreditsExhausted);
    if (!x.code.isEmpty())
        qCDebug(lcNet) << "unknown Saju error code" << x.code << "mapped by HTTP status" << status;
    return codeForStatus(status);
}

QString describeStatus(int status)
{
    return status > 0 ? QCoreApplication::translate("ApiError", "HTTP %1").arg(status)
                      : QCoreApplication::translate("ApiError", "no HTTP status");
}

} // namespace

ApiError fromHttp(ApiError::Service service, const QString &endpoint, int httpStatus, const QByteArray &body,
                  const RawHeaderList &headers, const QDateTime &nowUtc)
{
    ApiError e = base(service, ApiError::Kind::Http, endpoint, httpStatus, "");
    if (nowUtc.isValid())
        e.localTime = nowUtc;

    Extracted x;
    QJsonParseError parseError{};
    const bool tooLarge = body.size() > kMaxJsonErrorBody;
    const QJsonDocument doc = tooLarge ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (!tooLarge && parseError.error == QJsonParseError::NoError && doc.isObject())
        x = extract(doc.object());

    e.code = service == ApiError::Service::Saju ? sajuCode(httpStatus, x) : runYourCode(httpStatus, x);
    e.serverCode = serverCodeOf(x);
    e.message = x.message;
    e.hint = x.hint;
    e.field = x.field;
    e.serverTimestamp = x.timestamp;

    // Saju documents meta.requestId; any x-request-id header (OpenAI convention, proxies) is
    // the fallback for both services.
    e.requestId = x.requestId;
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(HttpHeaders::value(headers, "x-request-id")).left(200);

    // Honour every hint the server gives and wait for the longest: Retry-After (RFC 9110),
    // retry-after-ms (OpenAI's millisecond variant, read by their SDKs) and the body's
    // error.retryAfter. Waiting less than any of them would just earn another 429.
    qint64 retryAfter = x.retryAfterMs;
    retryAfter = std::max(retryAfter, parseRetryAfter(HttpHeaders::value(headers, "retry-after"), nowUtc));
    const QByteArray retryAfterMsHeader = HttpHeaders::value(headers, "retry-after-ms");
    if (!retryAfterMsHeader.isEmpty()) {
        bool ok = false;
        const double ms = QString::fromLatin1(retryAfterMsHeader.left(64)).toDouble(&ok);
        if (ok && std::isfinite(ms) && ms >= 0)
            retryAfter = std::max(retryAfter, ms >= double(MaxRetryAfterMs) ? MaxRetryAfterMs : qint64(std::ceil(ms)));
    }
    e.retryAfterMs = retryAfter;

    if (e.message.isEmpty()) {
        // No server text: describe what we got, so the user never sees an empty message.
        const QString snippet = sanitizedSnippet(body);
        if (body.trimmed().isEmpty()) {
            e.message = QCoreApplication::translate("ApiError", "The server returned an empty error response (%1).")
                            .arg(describeStatus(httpStatus));
        } else if (x.isJsonObject) {
            e.message =
                QCoreApplication::translate("ApiError", "The server returned an error without a description (%1).")
                    .arg(describeStatus(httpStatus));
        } else {
            e.message = QCoreApplication::translate("ApiError", "The server returned an unreadable error page (%1).")
                            .arg(describeStatus(httpStatus));
            if (!snippet.isEmpty())
                e.message += QLatin1Char(' ') + QCoreApplication::translate("ApiError", "It begins: “%1”").arg(snippet);
        }
    }
    return e;
}

ApiError fromNetwork(ApiError::Service service, const QString &endpoint, QNetworkReply::NetworkError error,
                     const QString &errorString, bool viaHttpsProxyTunnel)
{
    using NE = QNetworkReply::NetworkError;
    ApiError e;
    switch (error) {
    case NE::ProxyConnectionRefusedError:
    case NE::ProxyNotFoundError:
    case NE::ProxyAuthenticationRequiredError:
    case NE::UnknownProxyError:
        // The proxy itself says no (or is not there): its configuration has to change, and
        // asking it again five times only delays the message by a quarter of a minute.
        e = base(service, ApiError::Kind::Network, endpoint, 0, ApiErrorCode::ProxyError);
        break;
    case NE::UnknownNetworkError:
        // Qt 6.4 reports a proxy's refusal of CONNECT (502, 403, 400 …) as UnknownNetworkError
        // with its own text; nothing reached the service, and the proxy will refuse again.
        e = base(service, ApiError::Kind::Network, endpoint, 0,
                 viaHttpsProxyTunnel || isProxyRefusalText(errorString) ? ApiErrorCode::ProxyError
                                                                        : ApiErrorCode::NetworkError);
        break;
    case NE::ConnectionRefusedError:
        e = base(service, ApiError::Kind::Network, endpoint, 0, ApiErrorCode::ConnectionRefused);
        break;
    case NE::HostNotFoundError:
        e = base(service, ApiError::Kind::Network, endpoint, 0, ApiErrorCode::HostNotFound);
        break;
    case NE::TimeoutError:
    case NE::ProxyTimeoutError:
        e = base(service, ApiError::Kind::Timeout, endpoint, 0, ApiErrorCode::Timeout);
        break;
    case NE::OperationCanceledError:
        // Qt reports our own abort() this way, whatever the reason; a driver that aborted for a
        // timeout calls fromTimeout() instead.
        e = base(service, ApiError::Kind::Cancelled, endpoint, 0, ApiErrorCode::Cancelled);
        break;
    case NE::SslHandshakeFailedError:
        // Certificate problems are never ignored nor retried: they will not fix themselves and
        // might be an attack.
        e = base(service, ApiError::Kind::Tls, endpoint, 0, ApiErrorCode::TlsError);
        break;
    case NE::TooManyRedirectsError:
    case NE::InsecureRedirectError:
    case NE::ProtocolUnknownError:
    case NE::ProtocolInvalidOperationError:
    case NE::UnknownContentError:
    case NE::ContentReSendError:
        // Deterministic client/protocol problems: retrying gives the same result.
        e = base(service, ApiError::Kind::Protocol, endpoint, 0, ApiErrorCode::InvalidResponse);
        break;
    case NE::ContentAccessDenied:
        e = base(service, ApiError::Kind::Http, endpoint, 403, ApiErrorCode::PermissionDenied);
        break;
    case NE::AuthenticationRequiredError:
        e = base(service, ApiError::Kind::Http, endpoint, 401, ApiErrorCode::InvalidApiKey);
        break;
    case NE::ContentNotFoundError:
        e = base(service, ApiError::Kind::Http, endpoint, 404, ApiErrorCode::NotFound);
        break;
    case NE::ContentOperationNotPermittedError:
    case NE::ContentConflictError:
    case NE::ContentGoneError:
        e = base(service, ApiError::Kind::Http, endpoint, 0, ApiErrorCode::BadRequest);
        break;
    case NE::InternalServerError:
    case NE::OperationNotImplementedError:
    case NE::UnknownServerError:
        e = base(service, ApiError::Kind::Http, endpoint, 0, ApiErrorCode::ServerError);
        break;
    case NE::ServiceUnavailableError:
        e = base(service, ApiError::Kind::Http, endpoint, 503, ApiErrorCode::ServiceUnavailable);
        break;
    default:
        // RemoteHostClosed, TemporaryNetworkFailure, proxy errors, ProtocolFailure (a reply cut
        // mid-headers), UnknownNetworkError …: the connection failed, which is transient.
        e = base(service, ApiError::Kind::Network, endpoint, 0, ApiErrorCode::NetworkError);
        break;
    }
    e.message = errorString.trimmed();
    if (e.message.isEmpty())
        e.message = e.userMessage();
    return e;
}

ApiError fromTimeout(ApiError::Service service, const QString &endpoint, const char *which, qint64 limitMs)
{
    ApiError e = base(service, ApiError::Kind::Timeout, endpoint, 0, ApiErrorCode::Timeout);
    const QLatin1String w(which ? which : "");
    // (Computed apart: lupdate's parser loops on a template argument inside translate().)
    const int seconds = limitMs > 0 ? int(limitMs / 1000) : 0;
    if (w == QLatin1String("first-event"))
        e.message = QCoreApplication::translate("ApiError", "The model did not start answering within %n second(s).",
                                                nullptr, seconds);
    else if (w == QLatin1String("connect"))
        e.message = QCoreApplication::translate("ApiError", "Could not connect to the server in time.");
    else if (w == QLatin1String("inactivity"))
        e.message = QCoreApplication::translate("ApiError", "The server stopped sending data.");
    else
        e.message = QCoreApplication::translate("ApiError", "The server did not answer in time.");
    return e;
}

ApiError cancelled(ApiError::Service service, const QString &endpoint)
{
    ApiError e = base(service, ApiError::Kind::Cancelled, endpoint, 0, ApiErrorCode::Cancelled);
    e.message = QCoreApplication::translate("ApiError", "The request was cancelled.");
    return e;
}

ApiError invalidResponse(ApiError::Service service, const QString &endpoint, int httpStatus, const QString &detail,
                         const QByteArray &body)
{
    ApiError e = base(service, ApiError::Kind::Protocol, endpoint, httpStatus, ApiErrorCode::InvalidResponse);
    e.message = detail.trimmed();
    if (e.message.isEmpty())
        e.message = QCoreApplication::translate("ApiError", "The server sent a response the app cannot read.");
    const QString snippet = sanitizedSnippet(body);
    if (!snippet.isEmpty())
        e.message += QLatin1Char(' ') + QCoreApplication::translate("ApiError", "It begins: “%1”").arg(snippet);
    return e;
}

ApiError streamIncomplete(ApiError::Service service, const QString &endpoint, int httpStatus)
{
    ApiError e = base(service, ApiError::Kind::Incomplete, endpoint, httpStatus, ApiErrorCode::StreamIncomplete);
    e.message = QCoreApplication::translate("ApiError", "The connection closed before the answer was complete.");
    return e;
}

bool looksLikeStreamError(ApiError::Service service, const QJsonObject &payload)
{
    Q_UNUSED(service) // both services' shapes are accepted from either; see extract()
    // Defensive (api-contract §1.5 rule 4, §2.6 rule 2): neither vendor documents mid-stream
    // errors, so any of the error envelopes counts. OpenAI chunks never carry these keys.
    const QJsonValue err = payload.value(QLatin1String("error"));
    if (!err.isUndefined() && !err.isNull() && !(err.isBool() && !err.toBool()))
        return true;
    if (payload.contains(QLatin1String("statusCode")))
        return true;
    // vLLM and FastChat: {"object":"error","message":…,"type":…,"code":400}.
    if (payload.value(QLatin1String("object")).toString() == QLatin1String("error"))
        return true;
    const QJsonValue success = payload.value(QLatin1String("success"));
    if (success.isBool() && !success.toBool())
        return true;
    return payload.value(QLatin1String("code")).isString() && payload.value(QLatin1String("message")).isString()
           && !payload.contains(QLatin1String("chunk")) && !payload.contains(QLatin1String("choices"));
}

ApiError fromStreamPayload(ApiError::Service service, const QString &endpoint, const QJsonObject &payload,
                           int httpStatus)
{
    const Extracted x = extract(payload);
    const QString serverCode = serverCodeOf(x);
    ApiError e;
    if (x.embeddedStatus >= 400) {
        // The payload states an HTTP-class failure: treat it exactly like that HTTP error.
        e = fromHttp(service, endpoint, x.embeddedStatus, QJsonDocument(payload).toJson(QJsonDocument::Compact), {},
                     QDateTime::currentDateTimeUtc());
    } else if (service == ApiError::Service::Saju && isKnownSajuCode(x.code)) {
        // A catalogue code keeps its meaning mid-stream; the status it implies is recorded for
        // diagnostics.
        e = base(service, ApiError::Kind::Http, endpoint, impliedStatusForSajuCode(x.code), "");
        e.code = x.code;
    } else if (const char *ours = classificationOfServerCode(serverCode)) {
        // A code the server chose (e.g. OpenAI's invalid_api_key) says more than "an error
        // happened while streaming": the user must act on it exactly as on the HTTP error.
        e = base(service, is(ours, ApiErrorCode::ServerError) ? ApiError::Kind::Protocol : ApiError::Kind::Http,
                 endpoint, httpStatus, ours);
    } else if (mentionsCredit(x.message)) {
        e = base(service, ApiError::Kind::Http, endpoint, httpStatus, ApiErrorCode::CreditsExhausted);
    } else if (const char *quota = quotaClassOfMessage(x.message)) {
        e = base(service, ApiError::Kind::Http, endpoint, httpStatus, quota);
    } else {
        e = base(service, ApiError::Kind::Protocol, endpoint, httpStatus, ApiErrorCode::ServerError);
        if (x.code.contains(QLatin1String("rate_limit")) || x.openAiType.contains(QLatin1String("rate_limit")))
            e.code = QLatin1String(ApiErrorCode::RateLimited);
    }
    e.serverCode = serverCode;
    if (e.message.isEmpty() || x.embeddedStatus < 400) {
        e.message = x.message;
        e.hint = x.hint;
        e.field = x.field;
        e.requestId = x.requestId;
        e.serverTimestamp = x.timestamp;
        e.retryAfterMs = x.retryAfterMs;
    }
    if (e.message.isEmpty())
        e.message = QCoreApplication::translate("ApiError", "The server reported an error while streaming the answer.");
    return e;
}

} // namespace sajudesk::ApiErrorParser
