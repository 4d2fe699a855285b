// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/StreamFallback.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sajudesk {

QString StreamFallback::message() const
{
    switch (reason) {
    case Reason::StreamNotPermitted:
        return QCoreApplication::translate("StreamFallback", "This Saju API key may not stream (HTTP %1); the whole "
                                                             "fortune is fetched at once instead.")
            .arg(cause.httpStatus);
    case Reason::StreamNotSupported:
        return QCoreApplication::translate("StreamFallback", "The Saju API does not stream here (HTTP %1); the whole "
                                                             "fortune is fetched at once instead.")
            .arg(cause.httpStatus);
    case Reason::StreamUnreadable:
        return QCoreApplication::translate("StreamFallback", "The fortune stream could not be read; the whole "
                                                             "fortune is fetched at once instead.");
    case Reason::None:
        break;
    }
    return {};
}

QString StreamFallback::code() const
{
    switch (reason) {
    case Reason::StreamNotPermitted:
        return QStringLiteral("stream_not_permitted");
    case Reason::StreamNotSupported:
        return QStringLiteral("stream_not_supported");
    case Reason::StreamUnreadable:
        return QStringLiteral("stream_unreadable");
    case Reason::None:
        break;
    }
    return {};
}

bool StreamFallback::isCreditsOrLimit(const ApiError &error)
{
    if (error.httpStatus == 402)
        return true;
    // Credit exhaustion has no documented code or status (api-contract Q-R1, §2.9), and a
    // server may say it with any status, so the code, the message and the hint all count.
    static const QRegularExpression code(QStringLiteral("credit|quota|balance|payment|billing|limit|rate_limited"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression text(
        QStringLiteral("credit|크레딧|잔액|balance|quota|할당량|한도|daily[ _-]?limit|cost[ _-]?limit|spending|"
                       "billing|payment|결제|요금|limit[ _-]?(exceeded|reached)|초과"),
        QRegularExpression::CaseInsensitiveOption);
    return code.match(error.code).hasMatch() || text.match(error.message).hasMatch()
           || text.match(error.hint).hasMatch();
}

StreamFallback::Reason StreamFallback::decide(const ApiError &streamError, bool contentShown, int unreadableEvents)
{
    if (contentShown)
        return Reason::None;
    switch (streamError.kind) {
    case ApiError::Kind::Http: {
        const int status = streamError.httpStatus;
        if (status == 401 || status == 402 || isCreditsOrLimit(streamError))
            return Reason::None;
        if (status == 403)
            return Reason::StreamNotPermitted;
        if (status == 404 || status == 405 || status == 406 || status == 501)
            return Reason::StreamNotSupported;
        return Reason::None;
    }
    case ApiError::Kind::Protocol:
        // A 2xx that is not an event stream (or an oversized event). Error payloads keep the
        // server's code and are final.
        if (streamError.is(ApiErrorCode::InvalidResponse) && !isCreditsOrLimit(streamError))
            return Reason::StreamUnreadable;
        return Reason::None;
    case ApiError::Kind::Incomplete:
        return unreadableEvents > 0 ? Reason::StreamUnreadable : Reason::None;
    default:
        break;
    }
    return Reason::None;
}

} // namespace sajudesk
