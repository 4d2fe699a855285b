// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QMetaType>
#include <QString>

namespace sajudesk {

/// Why a daily fortune asked on the stream endpoint is asked once more on the JSON endpoint —
/// and, through decide(), the rule that this happens only when the second request can succeed
/// and the first cannot have delivered anything: never after 401, 402, or an answer about
/// credits or daily/cost limits (whatever its status, 403 included); only after a 403 that is
/// about the key's permission (api-contract §2.2: a key without `stream:read`), when the service
/// has no stream endpoint, or when the stream cannot be read. FortuneRequest emits it as
/// streamFallback(); the UI and the CLI show message().
struct StreamFallback
{
    enum class Reason {
        None,               ///< no second request
        StreamNotPermitted, ///< 403 not about credits or limits: the key lacks `stream:read`
        StreamNotSupported, ///< 404, 405, 406 or 501 from the stream endpoint
        StreamUnreadable,   ///< 2xx that is not an event stream, or events that cannot be read
    };

    Reason reason = Reason::None;
    ApiError cause; ///< how the stream request ended

    bool isSet() const { return reason != Reason::None; }
    /// Translated note, e.g. "This Saju API key may not stream (HTTP 403); the whole fortune is
    /// fetched at once instead."
    QString message() const;
    /// "stream_not_permitted", "stream_not_supported", "stream_unreadable" (empty for None), for
    /// JSON output and logs.
    QString code() const;

    /// Pure decision. `streamError` is how the stream request failed; `contentShown` whether a
    /// section, extra field or text had arrived (then nothing is ever re-sent: it would bill
    /// twice); `unreadableEvents` how many stream events could not be read at all.
    static Reason decide(const ApiError &streamError, bool contentShown, int unreadableEvents);
    /// The answer is about money or quota: status 402, a credits/balance/quota/limit code, or a
    /// message or hint that says so (English or Korean). Asking again cannot help.
    static bool isCreditsOrLimit(const ApiError &error);
};

} // namespace sajudesk

Q_DECLARE_METATYPE(sajudesk::StreamFallback)
