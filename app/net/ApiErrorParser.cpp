// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiErrorParser.h"

namespace sajudesk::ApiErrorParser {

ApiError fromHttp(ApiError::Service service, const QString &endpoint, int httpStatus, const QByteArray &,
                  const RawHeaderList &, const QDateTime &nowUtc)
{
    ApiError e;
    e.service = service;
    e.kind = ApiError::Kind::Http;
    e.endpoint = endpoint;
    e.httpStatus = httpStatus;
    e.code = codeForStatus(httpStatus);
    e.message = QStringLiteral("HTTP %1").arg(httpStatus);
    e.localTime = nowUtc;
    return e;
}

ApiError fromNetwork(ApiError::Service service, const QString &endpoint, QNetworkReply::NetworkError,
                     const QString &errorString)
{
    ApiError e;
    e.service = service;
    e.kind = ApiError::Kind::Network;
    e.endpoint = endpoint;
    e.code = QLatin1String(ApiErrorCode::NetworkError);
    e.message = errorString;
    return e;
}

ApiError fromTimeout(ApiError::Service service, const QString &endpoint, const char *)
{
    ApiError e;
    e.service = service;
    e.kind = ApiError::Kind::Timeout;
    e.endpoint = endpoint;
    e.code = QLatin1String(ApiErrorCode::Timeout);
    return e;
}

ApiError cancelled(ApiError::Service service, const QString &endpoint)
{
    ApiError e;
    e.service = service;
    e.kind = ApiError::Kind::Cancelled;
    e.endpoint = endpoint;
    e.code = QLatin1String(ApiErrorCode::Cancelled);
    return e;
}

ApiError invalidResponse(ApiError::Service service, const QString &endpoint, int httpStatus, const QString &detail,
                         const QByteArray &)
{
    ApiError e;
    e.service = service;
    e.kind = ApiError::Kind::Protocol;
    e.endpoint = endpoint;
    e.httpStatus = httpStatus;
    e.code = QLatin1String(ApiErrorCode::InvalidResponse);
    e.message = detail;
    return e;
}

ApiError streamIncomplete(ApiError::Service service, const QString &endpoint, int httpStatus)
{
    ApiError e;
    e.service = service;
    e.kind = ApiError::Kind::Incomplete;
    e.endpoint = endpoint;
    e.httpStatus = httpStatus;
    e.code = QLatin1String(ApiErrorCode::StreamIncomplete);
    return e;
}

bool looksLikeStreamError(ApiError::Service, const QJsonObject &)
{
    return false;
}

ApiError fromStreamPayload(ApiError::Service service, const QString &endpoint, const QJsonObject &, int httpStatus)
{
    return invalidResponse(service, endpoint, httpStatus, QString());
}

qint64 parseRetryAfter(const QByteArray &, const QDateTime &)
{
    return -1;
}

QString sanitizedSnippet(const QByteArray &body, int maxChars)
{
    return QString::fromUtf8(body.left(maxChars));
}

QString codeForStatus(int)
{
    return QLatin1String(ApiErrorCode::ServerError);
}

} // namespace sajudesk::ApiErrorParser
