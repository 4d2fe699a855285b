// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/RunYourJson.h"

#include "net/ApiErrorParser.h"
#include "runyour/ChatChunkScanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sajudesk {

QString ChatTurn::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::User:
        break;
    }
    return QStringLiteral("user");
}

namespace RunYourJson {

namespace {

ApiError inputError(const QString &endpoint, const char *code, const QString &message, const QString &field)
{
    return ApiError::local(ApiError::Service::RunYour, endpoint, code, message, field);
}

ChatUsage parseUsage(const QJsonValue &v)
{
    ChatUsage u;
    if (!v.isObject())
        return u;
    const QJsonObject o = v.toObject();
    auto num = [&o](const char *key) {
        const QJsonValue x = o.value(QLatin1String(key));
        return x.isDouble() ? x.toInt(-1) : -1;
    };
    u.promptTokens = num("prompt_tokens");
    u.completionTokens = num("completion_tokens");
    u.totalTokens = num("total_tokens");
    return u;
}

/// `content` may be a string, null, or (some providers) an array of {type:"text", text} parts.
QString contentText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QString out;
        const QJsonArray parts = v.toArray();
        for (const QJsonValue &p : parts) {
            if (p.isString())
                out += p.toString();
            else if (p.isObject())
                out += p.toObject().value(QLatin1String("text")).toString();
        }
        return out;
    }
    return {};
}

/// The first non-empty of the reasoning fields of a delta or message.
QString reasoningText(const QJsonObject &o)
{
    const QString text = o.value(QLatin1String("reasoning_content")).toString();
    return text.isEmpty() ? o.value(QLatin1String("reasoning")).toString() : text;
}

QJsonObject firstChoice(const QJsonObject &o)
{
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    return choices.isEmpty() ? QJsonObject() : choices.first().toObject();
}

} // namespace

QString providerOf(const QString &modelId)
{
    const qsizetype slash = modelId.indexOf(QLatin1Char('/'));
    return slash > 0 ? modelId.left(slash) : QString();
}

bool isGatewayHost(const QUrl &baseUrl)
{
    return baseUrl.host().compare(QLatin1String(GatewayHost), Qt::CaseInsensitive) == 0;
}

bool keyHasUnexpectedPrefix(const QString &key)
{
    return !key.startsWith(QLatin1String(KeyPrefix));
}

ApiError validate(const ChatParams &params, const QString &endpoint, bool requireProviderPrefix)
{
    const QString model = params.model.trimmed();
    if (model.isEmpty())
        return inputError(endpoint, ApiErrorCode::InvalidInput,
                          QCoreApplication::translate("RunYour", "No model selected. Choose a model such as "
                                                                 "\"openai/gpt-5.2\" from the model list."),
                          QStringLiteral("model"));
    // Only the gateway needs "provider/model"; a local server or another proxy takes its own ids
    // ("llama3", "gpt-4o"), and a 400 about the id is explained with the same hint.
    const qsizetype slash = model.indexOf(QLatin1Char('/'));
    if (requireProviderPrefix && (slash <= 0 || slash == model.size() - 1 || model.contains(QLatin1Char(' '))))
        return inputError(endpoint, ApiErrorCode::UnsupportedModel,
                          QCoreApplication::translate("RunYour",
                                                      "The model id \"%1\" has no provider prefix. RunYour AI needs "
                                                      "\"provider/model\", for example \"openai/gpt-5.2\"; pick one "
                                                      "from the model list.")
                              .arg(model.left(200)),
                          QStringLiteral("model"));
    if (params.messages.isEmpty())
        return inputError(endpoint, ApiErrorCode::InvalidInput,
                          QCoreApplication::translate("RunYour", "There is no message to send."),
                          QStringLiteral("messages"));
    bool anyUserText = false;
    for (const ChatTurn &m : params.messages) {
        if (m.content.size() > MaxMessageChars)
            return inputError(endpoint, ApiErrorCode::InvalidInput,
                              QCoreApplication::translate("RunYour", "A message is too long (%1 characters; the "
                                                                     "limit is %2).")
                                  .arg(m.content.size())
                                  .arg(MaxMessageChars),
                              QStringLiteral("messages"));
        if (m.role == ChatTurn::Role::User && !m.content.trimmed().isEmpty())
            anyUserText = true;
    }
    if (!anyUserText)
        return inputError(endpoint, ApiErrorCode::InvalidInput,
                          QCoreApplication::translate("RunYour", "The prompt is empty. Type a question first."),
                          QStringLiteral("messages"));
    if (params.temperature && (!(*params.temperature >= 0.0) || *params.temperature > 2.0))
        return inputError(endpoint, ApiErrorCode::InvalidInput,
                          QCoreApplication::translate("RunYour", "Temperature must be between 0 and 2."),
                          QStringLiteral("temperature"));
    if (params.maxTokens && *params.maxTokens <= 0)
        return inputError(endpoint, ApiErrorCode::InvalidInput,
                          QCoreApplication::translate("RunYour", "The maximum number of tokens must be positive."),
                          QStringLiteral("max_tokens"));
    return {};
}

QByteArray buildChatBody(const ChatParams &params, bool stream, bool includeUsage)
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), params.model.trimmed());
    QJsonArray messages;
    for (const ChatTurn &m : params.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), ChatTurn::roleName(m.role)}, {QStringLiteral("content"), m.content}});
    body.insert(QStringLiteral("messages"), messages);
    if (params.temperature)
        body.insert(QStringLiteral("temperature"), *params.temperature);
    if (params.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *params.maxTokens);
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        if (includeUsage)
            body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QList<ModelInfo>> parseModels(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isArray()) {
        if (error)
            *error = QStringLiteral("model list has no \"data\" array");
        return std::nullopt;
    }
    QList<ModelInfo> models;
    const QJsonArray data = doc.object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        models.append(ModelInfo{id, providerOf(id), o});
    }
    return models;
}

std::optional<ChatCompletion> parseChatCompletion(const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("chat completion is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    ChatCompletion c;
    c.id = o.value(QLatin1String("id")).toString();
    c.model = o.value(QLatin1String("model")).toString();
    const QJsonObject choice = firstChoice(o);
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    c.text = contentText(message.value(QLatin1String("content")));
    c.reasoning = reasoningText(message);
    c.refusal = message.value(QLatin1String("refusal")).toString();
    c.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    c.usage = parseUsage(o.value(QLatin1String("usage")));
    c.complete = true;
    return c;
}

StreamChunk parseStreamData(const QString &data, QByteArrayView utf8)
{
    StreamChunk chunk;
    if (QStringView(data).trimmed() == QLatin1String("[DONE]")) { // no per-event copy
        chunk.type = StreamChunk::Type::Done;
        return chunk;
    }
    // The raw bytes may hold invalid UTF-8: the scanner decodes its strings as `data` was decoded
    // (U+FFFD), while QJsonDocument would refuse them, so the fallback reads `data` re-encoded.
    const QByteArray encoded = utf8.isEmpty() ? data.toUtf8() : QByteArray();
    if (scanChatChunk(utf8.isEmpty() ? QByteArrayView(encoded) : utf8, &chunk))
        return chunk;
    chunk = StreamChunk();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8.isEmpty() ? encoded : data.toUtf8());
    if (!doc.isObject()) {
        chunk.type = StreamChunk::Type::Malformed;
        return chunk;
    }
    const QJsonObject o = doc.object();
    if (ApiErrorParser::looksLikeStreamError(ApiError::Service::RunYour, o)
        || (o.contains(QLatin1String("error")) && !o.value(QLatin1String("error")).isNull())
        || o.contains(QLatin1String("statusCode"))) {
        chunk.type = StreamChunk::Type::Error;
        chunk.errorPayload = o;
        return chunk;
    }
    chunk.id = o.value(QLatin1String("id")).toString();
    chunk.model = o.value(QLatin1String("model")).toString();
    const QJsonObject choice = firstChoice(o);
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    chunk.text = contentText(delta.value(QLatin1String("content")));
    chunk.reasoning = reasoningText(delta);
    chunk.refusal = delta.value(QLatin1String("refusal")).toString();
    chunk.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    chunk.usage = parseUsage(o.value(QLatin1String("usage")));
    return chunk;
}

ApiError streamError(const StreamChunk &chunk, const QString &endpoint, int httpStatus)
{
    return refineError(
        ApiErrorParser::fromStreamPayload(ApiError::Service::RunYour, endpoint, chunk.errorPayload, httpStatus));
}

ApiError refineError(ApiError error)
{
    if (error.kind != ApiError::Kind::Http && error.kind != ApiError::Kind::Protocol)
        return error;
    const int status = error.httpStatus;
    static const QRegularExpression creditPattern(QStringLiteral("credit|크레딧|balance|잔액"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (status == 402 || (status >= 400 && status < 500 && creditPattern.match(error.message).hasMatch())
        || error.code == QLatin1String("insufficient_quota")) {
        error.code = QString::fromLatin1(ApiErrorCode::CreditsExhausted);
        error.retryAfterMs = -1;
        return error;
    }
    if (isUnsupportedModelError(error))
        error.code = QString::fromLatin1(ApiErrorCode::UnsupportedModel);
    return error;
}

bool rejectsStreamOptions(const ApiError &error)
{
    return error.kind == ApiError::Kind::Http && error.httpStatus == 400
           && (error.message.contains(QLatin1String("stream_options"), Qt::CaseInsensitive)
               || error.message.contains(QLatin1String("include_usage"), Qt::CaseInsensitive));
}

bool isUnsupportedModelError(const ApiError &error)
{
    if (error.code == QLatin1String(ApiErrorCode::UnsupportedModel))
        return true;
    if (error.httpStatus != 400 && error.httpStatus != 404)
        return false;
    // 404 from the gateway is how one known client sees an unknown model; a 400 must say so.
    return ApiErrorParser::mentionsUnsupportedModel(error.message)
           || (error.httpStatus == 404 && error.endpoint.endsWith(QLatin1String("/chat/completions")));
}

} // namespace RunYourJson

RunYourJson::StreamChunk ChatStreamAssembler::addEvent(const QString &eventName, const QString &data,
                                                       QByteArrayView utf8)
{
    if (eventName != QLatin1String("error"))
        return add(data, utf8);
    RunYourJson::StreamChunk chunk;
    chunk.type = RunYourJson::StreamChunk::Type::Error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toUtf8());
    chunk.errorPayload =
        doc.isObject() ? doc.object()
                       : QJsonObject{{QStringLiteral("message"), ApiErrorParser::sanitizedSnippet(data.toUtf8(), 500)}};
    return chunk;
}

RunYourJson::StreamChunk ChatStreamAssembler::add(const QString &data, QByteArrayView utf8)
{
    RunYourJson::StreamChunk chunk = RunYourJson::parseStreamData(data, utf8);
    switch (chunk.type) {
    case RunYourJson::StreamChunk::Type::Done:
        m_done = true;
        break;
    case RunYourJson::StreamChunk::Type::Delta:
        if (!chunk.text.isEmpty() || !chunk.reasoning.isEmpty() || !chunk.refusal.isEmpty())
            m_delivered = true;
        if (m_keepText) {
            m_completion.text += chunk.text;
            m_completion.reasoning += chunk.reasoning;
            m_completion.refusal += chunk.refusal;
        }
        if (!chunk.finishReason.isEmpty())
            m_completion.finishReason = chunk.finishReason;
        if (chunk.usage.isValid())
            m_completion.usage = chunk.usage;
        if (m_completion.id.isEmpty())
            m_completion.id = chunk.id;
        if (m_completion.model.isEmpty())
            m_completion.model = chunk.model;
        break;
    case RunYourJson::StreamChunk::Type::Error:
    case RunYourJson::StreamChunk::Type::Malformed:
        break;
    }
    m_completion.complete = isComplete();
    return chunk;
}

} // namespace sajudesk
