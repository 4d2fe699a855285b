// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

namespace sajudesk {

/// Turns whatever came back (an HTTP error body, a network error, a mid-stream error event) into
/// one ApiError. Pure functions: no I/O, never throw, never crash on any bytes, never return an
/// empty message. Usage (in HttpClient, after a non-2xx reply):
///   ApiError e = ApiErrorParser::fromHttp(ApiError::Service::Saju, path, status, body,
///                                         reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc());
namespace ApiErrorParser {

/// A Retry-After beyond a day is as good as "do not retry"; clamping keeps the arithmetic far from
/// overflow whatever digits a server sends.
inline constexpr qint64 MaxRetryAfterMs = 24LL * 3600 * 1000;

/// A non-2xx HTTP answer. `headers` as QNetworkReply::rawHeaderPairs(); `nowUtc` resolves an
/// HTTP-date Retry-After. Sets localTime = nowUtc.
ApiError fromHttp(ApiError::Service service, const QString &endpoint, int httpStatus, const QByteArray &body,
                  const RawHeaderList &headers, const QDateTime &nowUtc);

/// A transport failure without a usable HTTP answer (kinds Network, Timeout, Tls, Cancelled).
/// OperationCanceledError maps to Cancelled; the driver that aborted the reply for a timeout
/// must call fromTimeout() instead, because Qt reports both the same way. A proxy that refuses
/// (or a CONNECT tunnel it answers with an error, `viaHttpsProxyTunnel`) gives proxy_error,
/// which is not retried.
ApiError fromNetwork(ApiError::Service service, const QString &endpoint, QNetworkReply::NetworkError error,
                     const QString &errorString, bool viaHttpsProxyTunnel = false);

/// Our own timeout fired. `which` is "connect", "total", "inactivity" or "first-event" (the
/// model did not start answering within `limitMs`).
ApiError fromTimeout(ApiError::Service service, const QString &endpoint, const char *which, qint64 limitMs = -1);

/// The user or the app cancelled the request.
ApiError cancelled(ApiError::Service service, const QString &endpoint);

/// A 2xx answer whose body could not be used (malformed JSON, wrong shape, wrong content type).
/// `detail` is a short English/translated description; a sanitized snippet of `body` is appended.
ApiError invalidResponse(ApiError::Service service, const QString &endpoint, int httpStatus, const QString &detail,
                         const QByteArray &body = {});

/// A stream closed before its end marker; partial content was kept by the caller.
ApiError streamIncomplete(ApiError::Service service, const QString &endpoint, int httpStatus);

/// True when a mid-stream SSE data object is an error: RunYour `error` / `statusCode` keys, vLLM's
/// `{"object":"error",…}`, or a Saju `{success:false,...}` / `{code,message}` / `{error:{...}}`.
bool looksLikeStreamError(ApiError::Service service, const QJsonObject &payload);

/// A mid-stream error payload (see looksLikeStreamError, or any Saju `event: error` data).
/// Kind Protocol unless the payload carries a status/code that implies Http semantics.
ApiError fromStreamPayload(ApiError::Service service, const QString &endpoint, const QJsonObject &payload,
                           int httpStatus);

/// Retry-After value (delta-seconds or HTTP-date) in milliseconds; -1 when absent or invalid,
/// 0 when the date is already past.
qint64 parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

/// True when a RunYour 400/404 message says the requested model is unknown or malformed (so a
/// refreshed model list can help), not merely when it mentions a model.
bool mentionsUnsupportedModel(const QString &text);

/// At most `maxChars` characters of `body` made printable: HTML tags and control characters
/// stripped, whitespace collapsed, "…" appended when cut. Used for unreadable error bodies.
QString sanitizedSnippet(const QByteArray &body, int maxChars = 200);

/// The derived code for an HTTP status when nothing better is known (e.g. 401 → invalid_api_key).
QString codeForStatus(int httpStatus);

} // namespace ApiErrorParser
} // namespace sajudesk
