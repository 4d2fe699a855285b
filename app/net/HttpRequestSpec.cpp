// SPDX-License-Identifier: GPL-3.0-or-later
// The value types around one HTTP attempt: what to send (HttpRequestSpec) and the rate-limit
// headers of an answer (RateLimitInfo).
#include "net/HttpClient.h"

namespace sajudesk {

namespace {

qint64 headerNumber(const RawHeaderList &headers, QByteArrayView name)
{
    bool ok = false;
    const qint64 v = HttpHeaders::value(headers, name).toLongLong(&ok);
    return ok ? v : -1;
}

} // namespace

QUrl HttpRequestSpec::url() const
{
    QUrl u = baseUrl;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // An endpoint may carry a query ("/x?format=b"); it must not end up percent-encoded in the path.
    const qsizetype q = endpoint.indexOf(QLatin1Char('?'));
    const QString endpointPath = q < 0 ? endpoint : endpoint.left(q);
    if (!endpointPath.isEmpty() && !endpointPath.startsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    u.setPath(path + endpointPath);
    if (q >= 0)
        u.setQuery(endpoint.mid(q + 1));
    return u;
}

HttpRequestSpec HttpRequestSpec::get(ApiError::Service service, const QUrl &baseUrl, const QString &endpoint)
{
    HttpRequestSpec s;
    s.service = service;
    s.method = "GET";
    s.baseUrl = baseUrl;
    s.endpoint = endpoint;
    s.contentType.clear();
    return s;
}

HttpRequestSpec HttpRequestSpec::postJson(ApiError::Service service, const QUrl &baseUrl, const QString &endpoint,
                                          const QByteArray &jsonBody, bool streaming)
{
    HttpRequestSpec s;
    s.service = service;
    s.method = "POST";
    s.baseUrl = baseUrl;
    s.endpoint = endpoint;
    s.body = jsonBody;
    s.streaming = streaming;
    return s;
}

RateLimitInfo RateLimitInfo::fromHeaders(const RawHeaderList &headers)
{
    RateLimitInfo r;
    r.limit = headerNumber(headers, "X-RateLimit-Limit");
    r.remaining = headerNumber(headers, "X-RateLimit-Remaining");
    r.resetEpochSeconds = headerNumber(headers, "X-RateLimit-Reset");
    return r;
}

} // namespace sajudesk
