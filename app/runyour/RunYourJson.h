// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

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
    QString finishReason; ///< stop | length | content_filter | … ; empty when unknown
    ChatUsage usage;
    bool complete = false; ///< stream: [DONE] or finish_reason seen; non-stream: always true
};

/// Pure request building and response parsing for RunYour AI (§1 of the API contract).
namespace RunYourJson {

inline constexpr char DefaultBaseUrl[] = "https://api.runyour.ai/v1";
inline constexpr char KeyPrefix[] = "runyour-v1-";
/// Prompts larger than this are refused locally: they cannot be a sensible chat turn and would
/// only burn credits or be rejected after a long upload.
inline constexpr int MaxMessageChars = 1024 * 1024;

/// Text before the first '/', or empty when the id has none (or starts with '/').
QString providerOf(const QString &modelId);

/// Local check before any request: `provider/model` shape (ApiError kind Input, code
/// unsupported_model with a translated explanation), non-empty messages, non-empty last user
/// text, temperature 0–2, max_tokens > 0. Returns a default (non-error) ApiError when fine.
ApiError validate(const ChatParams &params, const QString &endpoint);

/// True when the key does not look like a RunYour key (caller warns; the key is still sent).
bool keyHasUnexpectedPrefix(const QString &key);

/// Body of POST /v1/chat/completions; `stream` adds stream:true and stream_options.include_usage.
QByteArray buildChatBody(const ChatParams &params, bool stream);

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
        Error,     ///< payload has `error` or `statusCode`: `errorPayload` holds it
        Malformed, ///< not JSON / not an object
    };
    Type type = Type::Delta;
    QString text;         ///< choices[0].delta.content (null → empty)
    QString finishReason; ///< choices[0].finish_reason when set
    QString id;
    QString model;
    ChatUsage usage;
    QJsonObject errorPayload;
};
StreamChunk parseStreamData(const QString &data);

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
    RunYourJson::StreamChunk add(const QString &data);

    const ChatCompletion &completion() const { return m_completion; }
    bool sawDone() const { return m_done; }
    /// True once any text reached the caller; a stream must not be re-sent after that.
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
