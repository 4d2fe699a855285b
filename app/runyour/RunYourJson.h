// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace sajudesk {

/// One entry of GET /v1/models. Only `id` is required by the client; everything the gateway
/// sends is kept in `raw` so the UI can show extra fields if they appear.
struct ModelInfo
{
    QString id;       ///< "provider/model", e.g. "openai/gpt-5.2"
    QString provider; ///< text before the first '/', for grouping in the picker
    QJsonObject raw;
};

/// One message as sent on the wire (role + content); the stored, stateful turn is chat/ChatMessage.
struct ChatTurn
{
    enum class Role { System, User, Assistant };
    Role role = Role::User;
    QString content;

    static QString roleName(Role role);
};

/// What a chat completion request sends. Optional fields are left out of the body when unset so
/// the provider's defaults apply.
struct ChatParams
{
    QString model;
    QList<ChatTurn> messages;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    /// Streams only: ask for a final usage chunk (`stream_options.include_usage`). Unset: sent
    /// only to the RunYour gateway itself or when the config enables it (RunYourConfig::streamUsage),
    /// because some OpenAI-compatible servers reject the field with a 400.
    std::optional<bool> includeUsage;
};

/// Token counts; -1 when the server did not send them (usage is never required).
struct ChatUsage
{
    int promptTokens = -1;
    int completionTokens = -1;
    int totalTokens = -1;

    bool isValid() const { return totalTokens >= 0 || promptTokens >= 0 || completionTokens >= 0; }
};

/// A finished (or partially received) answer.
struct ChatCompletion
{
    QString id;
    QString model;        ///< as the server spelled it; may differ from the request
    QString text;         ///< empty when content was null / choices empty
    QString reasoning;    ///< the model's thinking (reasoning_content / reasoning), shown apart
    QString refusal;      ///< the model's refusal text (`refusal`), given instead of an answer
    QString finishReason; ///< stop | length | content_filter | … ; empty when unknown
    ChatUsage usage;
    bool complete = false; ///< stream: [DONE] or finish_reason seen; non-stream: always true
};

/// Pure request building and response parsing for RunYour AI (§1 of the API contract).
namespace RunYourJson {

inline constexpr char DefaultBaseUrl[] = "https://api.runyour.ai/v1";
/// The gateway's own host: only there are `provider/model` ids required and stream_options known
/// to be accepted.
inline constexpr char GatewayHost[] = "api.runyour.ai";
inline constexpr char KeyPrefix[] = "runyour-v1-";
/// Prompts larger than this are refused locally: they cannot be a sensible chat turn and would
/// only burn credits or be rejected after a long upload.
inline constexpr int MaxMessageChars = 1024 * 1024;

/// Text before the first '/', or empty when the id has none (or starts with '/').
QString providerOf(const QString &modelId);

/// True when `baseUrl` points at the RunYour gateway itself (not a local server or a proxy).
bool isGatewayHost(const QUrl &baseUrl);

/// Local check before any request: a model id, and — only when `requireProviderPrefix` (the
/// gateway's own host) — its `provider/model` shape (kind Input, code unsupported_model with a
/// translated explanation); non-empty messages with user text somewhere (the last message may be
/// an assistant message: the model continues that text), temperature 0–2, max_tokens > 0.
/// Returns a default (non-error) ApiError when fine.
ApiError validate(const ChatParams &params, const QString &endpoint, bool requireProviderPrefix = true);

/// True when the key does not look like a RunYour key (caller warns; the key is still sent).
bool keyHasUnexpectedPrefix(const QString &key);

/// Body of POST /v1/chat/completions; `stream` adds stream:true, and `includeUsage` (streams only)
/// stream_options.include_usage.
QByteArray buildChatBody(const ChatParams &params, bool stream, bool includeUsage = false);

/// True when a 400 says the server does not accept stream_options / include_usage (the request
/// is then sent once more without it).
bool rejectsStreamOptions(const ApiError &error);

/// GET /v1/models body → models. nullopt when `data` is not an array; entries without a
/// string `id` are skipped. `error` receives a short English description on failure.
std::optional<QList<ModelInfo>> parseModels(const QByteArray &body, QString *error = nullptr);

/// Non-streaming chat.completion body. nullopt when the body is not a JSON object.
/// Empty `choices` and `content: null` give an empty text, never a failure.
std::optional<ChatCompletion> parseChatCompletion(const QByteArray &body, QString *error = nullptr);

/// One SSE `data:` payload of a chat stream, interpreted.
struct StreamChunk
{
    enum class Type {
        Delta,     ///< content/usage/finish information (any of them may be empty)
        Done,      ///< literal [DONE]
        Error,     ///< an error envelope (`error`, `statusCode`, `"object":"error"` …): `errorPayload`
        Malformed, ///< not JSON / not an object
    };
    Type type = Type::Delta;
    QString text;         ///< choices[0].delta.content (null → empty)
    QString reasoning;    ///< delta.reasoning_content, else delta.reasoning (first non-empty)
    QString refusal;      ///< delta.refusal
    QString finishReason; ///< choices[0].finish_reason when set
    QString id;
    QString model;
    ChatUsage usage;
    QJsonObject errorPayload;
};
/// `utf8`: the same payload as the bytes that came (SseEvent::utf8Data), which spares encoding
/// `data` again for each chunk; when empty, `data` is encoded.
StreamChunk parseStreamData(const QString &data, QByteArrayView utf8 = {});

/// The ApiError for an Error chunk: the server's code kept in `serverCode`, our classification
/// in `code` (e.g. invalid_api_key stays invalid_api_key, not server_error).
ApiError streamError(const StreamChunk &chunk, const QString &endpoint, int httpStatus);

/// Applies RunYour-specific classification on top of the generic parser: credit exhaustion
/// (402, or any 4xx whose message mentions credit/크레딧/balance/잔액) → credits_exhausted, and
/// 400/404 about the model → unsupported_model. Idempotent.
ApiError refineError(ApiError error);

/// True when `error` says the requested model is unknown (the caller refreshes /v1/models).
bool isUnsupportedModelError(const ApiError &error);

} // namespace RunYourJson

/// Accumulates a chat stream from SSE events; pure, so the streaming rules are unit-testable.
/// Feed every event's data in order; read `completion()` at any time for the partial answer.
class ChatStreamAssembler
{
public:
    /// With keepText false the text is only handed out per chunk, never accumulated, so memory
    /// stays flat however long the stream is (the CLI pipes it straight to stdout).
    explicit ChatStreamAssembler(bool keepText = true)
        : m_keepText(keepText)
    {}

    /// Applies one SSE data payload; returns the interpreted chunk (its text is already appended).
    RunYourJson::StreamChunk add(const QString &data, QByteArrayView utf8 = {});
    /// Applies one SSE event: an event named `error` is an Error chunk whatever its data (an
    /// envelope, a flat {"message":…}, plain text); any other name is add(data).
    RunYourJson::StreamChunk addEvent(const QString &eventName, const QString &data, QByteArrayView utf8 = {});

    const ChatCompletion &completion() const { return m_completion; }
    bool sawDone() const { return m_done; }
    /// True once any answer, reasoning or refusal text reached the caller.
    bool deliveredContent() const { return m_delivered; }
    /// [DONE] seen, or a finish_reason arrived (some gateways close right after it).
    bool isComplete() const { return m_done || !m_completion.finishReason.isEmpty(); }

private:
    ChatCompletion m_completion;
    bool m_keepText = true;
    bool m_delivered = false;
    bool m_done = false;
};

} // namespace sajudesk
