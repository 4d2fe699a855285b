// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/RunYourJson.h"

#include "net/ApiErrorParser.h"

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

bool keyHasUnexpectedPrefix(const QString &key)
{
    return !key.startsWith(QLatin1String(KeyPrefix));
}

ApiError validate(const ChatParams &params, const QString &endpoint)
{
    const QString model = params.model.trimmed();
    if (model.isEmpty())
        return inputError(endpoint, ApiErrorCode::InvalidInput,
                          QCoreApplication::translate("RunYour", "No model selected. Choose a model such as "
                                                                 "\"openai/gpt-5.2\" from the model list."),
                          QStringLiteral("model"));
    const qsizetype slash = model.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == model.size() - 1 || model.contains(QLatin1Char(' ')))
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

QByteArray buildChatBody(const ChatParams &params, bool stream)
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
    c.text = contentText(choice.value(QLatin1String("message")).toObject().value(QLatin1String("content")));
    c.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    c.usage = parseUsage(o.value(QLatin1String("usage")));
    c.complete = true;
    return c;
}

namespace {

/// Allocation-light reader for the everyday chunk shape
///   {"id":…,"model":…,"choices":[{"index":0,"delta":{"content":"…"},"finish_reason":null}]}
/// QJsonDocument builds a whole tree per chunk, which at thousands of chunks a second is most of
/// the client's CPU. Anything outside that shape (error envelopes, usage objects, content part
/// arrays, duplicate or escaped keys, long numbers, lone surrogates, syntax errors) makes it give
/// up and the caller parses with QJsonDocument, so the result never depends on which path ran.
class ChunkScanner
{
public:
    explicit ChunkScanner(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    {}

    bool scan(StreamChunk *chunk)
    {
        return object([this, chunk](QByteArrayView key, unsigned *seen) {
                   if (key == "id")
                       return once(seen, 1) && optionalString(&chunk->id, &t_lastId);
                   if (key == "model")
                       return once(seen, 2) && optionalString(&chunk->model, &t_lastModel);
                   if (key == "choices")
                       return once(seen, 4) && choices(chunk);
                   if (key == "usage")
                       return once(seen, 8) && literal("null");
                   if (key == "error" || key == "statusCode" || key == "success" || key == "code" || key == "message")
                       return false;
                   return skipValue(0);
               })
               && (skipWs(), m_p == m_end);
    }

private:
    static bool once(unsigned *seen, unsigned bit)
    {
        if (*seen & bit)
            return false;
        *seen |= bit;
        return true;
    }
    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool eat(char c)
    {
        skipWs();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipWs();
        return m_p < m_end && *m_p == c;
    }
    bool literal(const char *word)
    {
        skipWs();
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p < n || qstrncmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    /// `{ "key": value, … }`; onMember parses each value. Keys with escapes are not handled.
    template <typename F>
    bool object(F onMember)
    {
        if (!eat('{'))
            return false;
        if (eat('}'))
            return true;
        unsigned seen = 0;
        do {
            if (!eat('"'))
                return false;
            const char *start = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20)
                ++m_p;
            if (m_p >= m_end || *m_p != '"')
                return false;
            const QByteArrayView key(start, m_p - start);
            ++m_p;
            if (!eat(':') || !onMember(key, &seen))
                return false;
        } while (eat(','));
        return eat('}');
    }

    /// The last id / model seen: every chunk of a stream repeats them, so the decoded string is
    /// shared instead of decoded and allocated again for each chunk.
    struct Recent
    {
        QByteArray raw;
        QString text;
    };
    static thread_local Recent t_lastId;
    static thread_local Recent t_lastModel;

    /// A string is read; null or any other value leaves `out` empty, like QJsonValue::toString().
    bool optionalString(QString *out, Recent *recent)
    {
        if (!peek('"'))
            return skipValue(0);
        const char *start = m_p;
        if (!string(nullptr))
            return false;
        const QByteArrayView raw(start, m_p - start);
        if (raw != recent->raw) {
            const char *end = m_p;
            m_p = start;
            string(&recent->text);
            m_p = end;
            recent->raw = raw.toByteArray();
        }
        *out = recent->text;
        return true;
    }

    bool choices(StreamChunk *chunk)
    {
        if (!eat('['))
            return false;
        if (eat(']'))
            return true;
        const bool firstOk = object([this, chunk](QByteArrayView key, unsigned *seen) {
            if (key == "delta") {
                return once(seen, 1) && object([this, chunk](QByteArrayView k, unsigned *s) {
                           if (k != "content")
                               return skipValue(0);
                           return once(s, 1) && (peek('"') ? string(&chunk->text) : literal("null"));
                       });
            }
            if (key == "finish_reason")
                return once(seen, 2) && (peek('"') ? string(&chunk->finishReason) : literal("null"));
            return skipValue(0);
        });
        if (!firstOk)
            return false;
        while (eat(',')) {
            if (!skipValue(0))
                return false;
        }
        return eat(']');
    }

    static void appendUtf8(QByteArray &out, uint cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    bool hex4(uint *cp)
    {
        if (m_end - m_p < 4)
            return false;
        uint v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= uint(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= uint(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= uint(c - 'A' + 10);
            else
                return false;
        }
        *cp = v;
        return true;
    }

    /// A JSON string (the opening quote is next); decoded into `out` unless it is null.
    bool string(QString *out)
    {
        if (!eat('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20)
            ++m_p;
        if (m_p < m_end && *m_p == '"') {
            if (out)
                *out = QString::fromUtf8(start, m_p - start);
            ++m_p;
            return true;
        }
        QByteArray buf(start, m_p - start);
        while (m_p < m_end) {
            const uchar c = uchar(*m_p++);
            if (c == '"') {
                if (out)
                    *out = QString::fromUtf8(buf);
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                buf += char(c);
                continue;
            }
            if (m_p >= m_end)
                return false;
            switch (*m_p++) {
            case '"':
                buf += '"';
                break;
            case '\\':
                buf += '\\';
                break;
            case '/':
                buf += '/';
                break;
            case 'b':
                buf += '\b';
                break;
            case 'f':
                buf += '\f';
                break;
            case 'n':
                buf += '\n';
                break;
            case 'r':
                buf += '\r';
                break;
            case 't':
                buf += '\t';
                break;
            case 'u': {
                uint cp = 0;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xD800 && cp < 0xDC00) {
                    uint low = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                        return false;
                    m_p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low >= 0xE000)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp < 0xE000) {
                    return false;
                }
                appendUtf8(buf, cp);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    /// Plain short numbers only; anything a double might not hold exactly goes to QJsonDocument.
    bool number()
    {
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0')
            ++m_p;
        else
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E'))
            return false;
        return m_p - start <= 15;
    }

    bool skipValue(int depth)
    {
        if (depth > 32)
            return false;
        skipWs();
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object([this, depth](QByteArrayView, unsigned *) { return skipValue(depth + 1); });
        case '[':
            ++m_p;
            if (eat(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (eat(','));
            return eat(']');
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    const char *m_p;
    const char *m_end;
};

thread_local ChunkScanner::Recent ChunkScanner::t_lastId;
thread_local ChunkScanner::Recent ChunkScanner::t_lastModel;

} // namespace

StreamChunk parseStreamData(const QString &data)
{
    StreamChunk chunk;
    if (QStringView(data).trimmed() == QLatin1String("[DONE]")) { // no per-event copy
        chunk.type = StreamChunk::Type::Done;
        return chunk;
    }
    const QByteArray utf8 = data.toUtf8();
    if (ChunkScanner(utf8).scan(&chunk))
        return chunk;
    chunk = StreamChunk();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8);
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
    chunk.text = contentText(choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content")));
    chunk.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    chunk.usage = parseUsage(o.value(QLatin1String("usage")));
    return chunk;
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

RunYourJson::StreamChunk ChatStreamAssembler::add(const QString &data)
{
    RunYourJson::StreamChunk chunk = RunYourJson::parseStreamData(data);
    switch (chunk.type) {
    case RunYourJson::StreamChunk::Type::Done:
        m_done = true;
        break;
    case RunYourJson::StreamChunk::Type::Delta:
        if (!chunk.text.isEmpty()) {
            m_delivered = true;
            if (m_keepText)
                m_completion.text += chunk.text;
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
