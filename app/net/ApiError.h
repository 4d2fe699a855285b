// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace sajudesk {

/// One typed value for every failure, from either service or the network. The error panel,
/// the CLI and the support report all read this; nothing else carries failure information.
///
/// Two codes travel together: `code` is our classification (what the app does about it: retry,
/// ask for a key, send to the console …), `serverCode` is the server's own code exactly as sent
/// (Saju `error.code`, OpenAI `error.code`/`type`), empty when the server sent none. They often
/// agree (Saju catalogue codes are our classification too) and differ where a vendor's code maps
/// onto ours (Saju `insufficient_credits` → `credits_exhausted`). The panel, the CLI and the
/// support report show both. `message` is the server's own text kept verbatim (or a translated
/// local description when there is no server text). `userMessage()` / `userHint()` give
/// translated text for display.
struct ApiError
{
    Q_GADGET
public:
    enum class Service { RunYour, Saju, Local };
    Q_ENUM(Service)

    /// Where the failure happened; decides retry class and the CLI exit code.
    enum class Kind {
        None,       ///< not an error (default-constructed)
        Http,       ///< the server answered with a non-2xx status
        Network,    ///< refused, DNS, reset, proxy … (no HTTP status)
        Timeout,    ///< connect / total / stream-inactivity timeout
        Tls,        ///< certificate or handshake failure (never ignored)
        Protocol,   ///< 2xx but unusable body (malformed JSON, wrong content type, mid-stream error)
        Incomplete, ///< stream closed before its end marker; partial content was kept
        Cancelled,  ///< the user or the app cancelled
        Input,      ///< refused locally before any request (bad model id, bad date, empty prompt)
    };
    Q_ENUM(Kind)

    Service service = Service::Local;
    Kind kind = Kind::None;
    QString endpoint;         ///< request path, e.g. "/v1/chat/completions"
    int httpStatus = 0;       ///< 0 when no HTTP status was received
    QString code;             ///< our classification, e.g. "rate_limited", "credits_exhausted"
    QString serverCode;       ///< the server's code verbatim (e.g. "insufficient_credits"), or empty
    QString message;          ///< server text verbatim, or a local description
    QString hint;             ///< server hint (Saju `error.hint`) or empty
    QString field;            ///< Saju `error.field` (dot path) or empty
    QString requestId;        ///< Saju `meta.requestId`, else any `x-request-id` header, else empty
    qint64 retryAfterMs = -1; ///< from Retry-After / `error.retryAfter`; -1 when absent
    QString serverTimestamp;  ///< RunYour `timestamp` (ISO-8601) or empty
    int attempts = 1;         ///< attempts made when this error was final
    QDateTime localTime;      ///< when the client saw the failure (UTC)

    bool isError() const { return kind != Kind::None; }
    /// True when `code` equals the given machine code (e.g. `e.is(ApiErrorCode::RateLimited)`).
    bool is(const char *machineCode) const { return code == QLatin1String(machineCode); }

    /// A local input error (kind Input): refused before any request was sent.
    static ApiError local(Service service, const QString &endpoint, const char *code, const QString &message,
                          const QString &field = {});

    /// Translated one-line description for display (uses `message` when the server sent one).
    QString userMessage() const;
    /// Our own translated sentence for `code`, whatever the server said; empty for unknown codes.
    /// Shown beside the server's verbatim message where both matter (the error panel).
    QString codeText() const;
    /// Translated hint: the server's hint when present, else our own advice for `code`.
    QString userHint() const;
};

/// Derived codes used where a service has no code of its own. Saju codes pass through verbatim.
namespace ApiErrorCode {
inline constexpr char InvalidApiKey[] = "invalid_api_key";
inline constexpr char PermissionDenied[] = "permission_denied";
inline constexpr char BadRequest[] = "bad_request";
inline constexpr char UnsupportedModel[] = "unsupported_model";
inline constexpr char NotFound[] = "not_found";
inline constexpr char RateLimited[] = "rate_limited";
inline constexpr char DailyLimitExceeded[] = "daily_limit_exceeded";
inline constexpr char CostLimitExceeded[] = "cost_limit_exceeded";
inline constexpr char CreditsExhausted[] = "credits_exhausted";
inline constexpr char ServerError[] = "server_error";
inline constexpr char ServiceUnavailable[] = "service_unavailable";
inline constexpr char NetworkError[] = "network_error";
inline constexpr char ConnectionRefused[] = "connection_refused";
inline constexpr char HostNotFound[] = "host_not_found";
inline constexpr char Timeout[] = "timeout";
inline constexpr char TlsError[] = "tls_error";
inline constexpr char ProxyError[] = "proxy_error";
inline constexpr char InsecureHttp[] = "insecure_http";
inline constexpr char InvalidBaseUrl[] = "invalid_base_url";
inline constexpr char InvalidResponse[] = "invalid_response";
inline constexpr char StreamIncomplete[] = "stream_incomplete";
inline constexpr char Cancelled[] = "cancelled";
inline constexpr char InvalidInput[] = "invalid_input";
} // namespace ApiErrorCode

/// Registers ApiError with the meta-type system (queued signals, QVariant). Idempotent.
void registerApiErrorMetaType();

} // namespace sajudesk

Q_DECLARE_METATYPE(sajudesk::ApiError)
