// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared body of fuzz_runyour_error and fuzz_saju_error. Input layout:
//   byte 0      selects the HTTP status (table below, or 100 + byte)
//   byte 1      selects which headers are attached
//   rest        header value and body, split at the first "\n\n" within the first 256 bytes
//               (no separator: everything is the body)
// Besides "no crash, no sanitizer report" it checks the parser's promises and aborts when one
// is broken: a non-empty message, kind Http, retryAfterMs ≥ -1, the status kept.

#include "net/ApiErrorParser.h"
#include "net/RetryPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

namespace sajudesk::fuzz {

inline void check(bool ok)
{
    if (!ok)
        std::abort();
}

inline void runErrorParser(ApiError::Service service, const uint8_t *data, size_t size)
{
    if (size < 2)
        return;
    static const int statuses[] = {400, 401, 402, 403, 404, 408, 409, 413, 422, 429, 500, 501, 502, 503, 504, 0};
    const int sel = data[0];
    const int status = sel < 16 * 8 ? statuses[sel % 16] : 100 + (sel - 128) * 4;
    const int headerSel = data[1];
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    QByteArray headerValue;
    QByteArray body = rest;
    const qsizetype sep = rest.left(256).indexOf("\n\n");
    if (sep >= 0) {
        headerValue = rest.left(sep);
        body = rest.mid(sep + 2);
    }
    RawHeaderList headers;
    if (headerSel & 1)
        headers.append({QByteArrayLiteral("Retry-After"), headerValue});
    if (headerSel & 2)
        headers.append({QByteArrayLiteral("X-Request-Id"), headerValue});
    if (headerSel & 4)
        headers.append({QByteArrayLiteral("retry-after-ms"), headerValue});
    if (headerSel & 8)
        headers.append({headerValue, headerValue});

    const QDateTime now(QDate(2026, 5, 2), QTime(8, 15, 30), Qt::UTC);
    const ApiError e = ApiErrorParser::fromHttp(service, QStringLiteral("/fuzz"), status, body, headers, now);
    check(e.kind == ApiError::Kind::Http);
    check(e.httpStatus == status);
    check(!e.message.isEmpty());
    check(!e.code.isEmpty());
    check(e.retryAfterMs >= -1);
    check(!e.userMessage().isEmpty());
    check(!e.userHint().isEmpty());

    const RetryPolicy policy = RetryPolicy::forService(service);
    for (int attempt = 1; attempt <= 6; ++attempt) {
        const RetryPolicy::Decision d = policy.decide(attempt, e, false, double(headerSel) / 256.0);
        check(!d.retry || (d.delayMs >= 0 && d.delayMs <= policy.maxRetryAfterMs + policy.maxDelayMs * 2));
        check(!d.reason.isEmpty());
    }

    (void)ApiErrorParser::parseRetryAfter(headerValue, now);
    (void)ApiErrorParser::sanitizedSnippet(body, headerSel % 64);

    // The same body as a mid-stream payload.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        (void)ApiErrorParser::looksLikeStreamError(service, doc.object());
        const ApiError s = ApiErrorParser::fromStreamPayload(service, QStringLiteral("/fuzz"), doc.object(), 200);
        check(!s.message.isEmpty());
        check(!s.code.isEmpty());
        check(s.kind == ApiError::Kind::Http || s.kind == ApiError::Kind::Protocol);
    }
}

} // namespace sajudesk::fuzz
