// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiErrorParser.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sajudesk::ApiErrorParser {

namespace {

// Error bodies are a few hundred bytes. Anything above this is not an error envelope we could
// use (a proxy's page, a mis-routed download), so it is not even handed to the JSON parser.
constexpr qsizetype kMaxJsonErrorBody = 1024 * 1024;
// A Retry-After beyond a day is as good as "do not retry"; clamping keeps the arithmetic far
// from overflow whatever digits a server sends.
constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

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
    if (seconds * 1000.0 >= double(kMaxRetryAfterMs))
        return kMaxRetryAfterMs;
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

/// RunYour has no codes of its own (§1.7): derive one from the status and the message.
QString runYourCode(int status, const Extracted &x)
{
    // OpenAI-shaped bodies may carry a code; honour the ones that change what the user must do.
    // `insufficient_quota` is OpenAI's "out of credit" and arrives as a 429 — it must not be
    // retried as a rate limit.
    if (x.code == QLatin1String("insufficient_quota") || x.openAiType == QLatin1String("insufficient_quota"))
        return QLatin1String(ApiErrorCode::CreditsExhausted);
    if (status == 402 || (status >= 400 && status < 500 && mentionsCredit(x.message)))
        return QLatin1String(ApiErrorCode::CreditsExhausted);
    if (x.code == QLatin1String("model_not_found"))
        return QLatin1String(ApiErrorCode::UnsupportedModel);
    if ((status == 400 || status == 404) && mentionsUnsupportedModel(x.message))
        return QLatin1String(ApiErrorCode::UnsupportedModel);
    return codeForStatus(status);
}

QString sajuCode(int status, const Extracted &x)
{
    if (isKnownSajuCode(x.code))
        return x.code;
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

qint64 parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return -1;
    // delta-seconds (RFC 9110 §10.2.3). Fractions are not in the RFC but some servers send
    // them and OpenAI's SDK accepts them (float()), so do we.
    // QNetworkReply joins repeated headers with ", " ("5, 5"); for delta-seconds the first
    // value counts. (An HTTP-date has its own comma after the weekday, so only digits qualify.)
    static const QRegularExpression seconds(QStringLiteral("^([0-9]+(\\.[0-9]+)?)(\\s*,.*)?$"));
    const QString text = QString::fromLatin1(v);
    if (const QRegularExpressionMatch m = seconds.match(text); m.hasMatch()) {
        bool ok = false;
        const double s = m.captured(1).toDouble(&ok);
        if (!ok || !std::isfinite(s))
            return kMaxRetryAfterMs;
        if (s * 1000.0 >= double(kMaxRetryAfterMs))
            return kMaxRetryAfterMs;
        return qint64(std::ceil(s * 1000.0));
    }
    // HTTP-date: IMF-fixdate, plus the obsolete RFC 850 and asctime forms the RFC says
    // recipients must accept. The weekday is redundant and dropped (Qt would reject a date whose
    // weekday disagrees, e.g. a two-digit year read as 19xx); "GMT"/"UTC" is the only zone
    // allowed. Parsed with the C locale: month names are English.
    QString date = text.simplified();
    const qsizetype comma = date.indexOf(QLatin1Char(','));
    if (comma >= 0)
        date = date.mid(comma + 1).trimmed(); // "Sun, 06 Nov 1994 …" / "Sunday, 06-Nov-94 …"
    else
        date = date.section(QLatin1Char(' '), 1); // asctime "Sun Nov 6 08:49:37 1994"
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date.chop(4);
    // Date and time are parsed apart: QLocale::toDateTime reads local time, which rejects a
    // wall-clock time that falls in the machine's DST gap although the value is UTC.
    static const QRegularExpression timeOfDay(QStringLiteral("\\b(\\d{1,2}):(\\d{2}):(\\d{2})\\b"));
    const QRegularExpressionMatch tm = timeOfDay.match(date);
    if (!tm.hasMatch())
        return -1;
    const QTime time(tm.captured(1).toInt(), tm.captured(2).toInt(), tm.captured(3).toInt());
    if (!time.isValid())
        return -1;
    const QString datePart = (date.left(tm.capturedStart()) + date.mid(tm.capturedEnd())).simplified();
    static const char *const formats[] = {
        "dd MMM yyyy", // IMF-fixdate
        "dd-MMM-yy",   // RFC 850
        "MMM d yyyy",  // asctime
    };
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDate day = c.toDate(datePart, QLatin1String(format));
        if (!day.isValid())
            continue;
        if (QByteArrayView(format).contains("-yy") && day.year() < 1970) // RFC 850 two-digit years 00..69 are 20xx
            day = day.addYears(100);
        if (!nowUtc.isValid())
            return -1;
        const QDateTime when(day, time, Qt::UTC);
        const qint64 ms = nowUtc.msecsTo(when);
        return ms <= 0 ? 0 : std::min(ms, kMaxRetryAfterMs);
    }
    return -1;
}

QString sanitizedSnippet(const QByteArray &body, int maxChars)
{
    if (maxChars <= 0)
        return {};
    // Look only at the head: the useful part of an error page ("502 Bad Gateway") is at the top
    // and sanitising megabytes would be wasted work.
    QString text = QString::fromUtf8(body.left(16 * 1024));
    static const QRegularExpression scriptOrStyle(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                                  QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>?"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.remove(scriptOrStyle);
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    QString clean;
    clean.reserve(text.size());
    for (QChar ch : std::as_const(text)) {
        // Control and format characters (incl. bidi overrides) could garble or spoof the UI.
        const auto cat = ch.category();
        if (ch.isSpace())
            clean.append(QLatin1Char(' '));
        else if (cat != QChar::Other_Control && cat != QChar::Other_Format && ch != QChar::ReplacementCharacter)
            clean.append(ch);
    }
    clean.replace(spaces, QStringLiteral(" "));
    clean = clean.trimmed();
    if (clean.size() > maxChars) {
        qsizetype cut = maxChars;
        if (clean.at(cut - 1).isHighSurrogate()) // never split a surrogate pair
            --cut;
        clean = clean.left(cut).trimmed() + QChar(0x2026);
    }
    return clean;
}

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
            retryAfter =
                std::max(retryAfter, ms >= double(kMaxRetryAfterMs) ? kMaxRetryAfterMs : qint64(std::ceil(ms)));
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
                     const QString &errorString)
{
    using NE = QNetworkReply::NetworkError;
    ApiError e;
    switch (error) {
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

ApiError fromTimeout(ApiError::Service service, const QString &endpoint, const char *which)
{
    ApiError e = base(service, ApiError::Kind::Timeout, endpoint, 0, ApiErrorCode::Timeout);
    const QLatin1String w(which ? which : "");
    if (w == QLatin1String("connect"))
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
    ApiError e;
    if (x.embeddedStatus >= 400) {
        // The payload states an HTTP-class failure: treat it exactly like that HTTP error.
        e = fromHttp(service, endpoint, x.embeddedStatus, QJsonDocument(payload).toJson(QJsonDocument::Compact), {},
                     QDateTime::currentDateTimeUtc());
    } else if (service == ApiError::Service::Saju && isKnownSajuCode(x.code)) {
        // A catalogue code keeps its meaning mid-stream (rate_limited stays retryable while no
        // content was shown); the status it implies is recorded for diagnostics.
        e = base(service, ApiError::Kind::Http, endpoint, impliedStatusForSajuCode(x.code), "");
        e.code = x.code;
    } else {
        e = base(service, ApiError::Kind::Protocol, endpoint, httpStatus, ApiErrorCode::ServerError);
        if (x.code == QLatin1String("insufficient_quota") || mentionsCredit(x.message))
            e.code = QLatin1String(ApiErrorCode::CreditsExhausted);
        else if (x.code.contains(QLatin1String("rate_limit")) || x.openAiType.contains(QLatin1String("rate_limit")))
            e.code = QLatin1String(ApiErrorCode::RateLimited);
    }
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
