// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/ChatChunkScanner.h"

#include <cstring>

namespace sajudesk::RunYourJson {

namespace {

/// Key comparison that the compiler inlines (length first): QByteArrayView's operator== against a
/// literal measures it and calls into QtCore, ten times per chunk.
template <std::size_t N>
bool is(QByteArrayView key, const char (&literal)[N])
{
    return key.size() == qsizetype(N - 1) && std::memcmp(key.data(), literal, N - 1) == 0;
}

/// Allocation-light reader for the everyday chunk shape
///   {"id":…,"model":…,"choices":[{"index":0,"delta":{"content":"…"},"finish_reason":null}]}
/// (delta may also carry reasoning_content / reasoning / refusal strings).
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
                   if (is(key, "id"))
                       return once(seen, 1) && optionalString(&chunk->id, &t_lastId);
                   if (is(key, "model"))
                       return once(seen, 2) && optionalString(&chunk->model, &t_lastModel);
                   if (is(key, "choices"))
                       return once(seen, 4) && choices(chunk);
                   if (is(key, "usage"))
                       return once(seen, 8) && literal("null");
                   if (is(key, "object"))
                       return once(seen, 16) && notErrorObject();
                   if (is(key, "error") || is(key, "statusCode") || is(key, "success") || is(key, "code")
                       || is(key, "message"))
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
    /// A string, or null (which leaves `out` empty); anything else is not the everyday shape.
    bool nullableString(QString *out) { return peek('"') ? string(out) : literal("null"); }
    /// `"object"` is "chat.completion.chunk"; "error" (vLLM's error envelope) is left to the
    /// QJsonDocument path, which recognises errors.
    bool notErrorObject()
    {
        skipWs();
        static constexpr char kError[] = "\"error\"";
        if (m_end - m_p >= qsizetype(sizeof kError - 1) && qstrncmp(m_p, kError, sizeof kError - 1) == 0)
            return false;
        return skipValue(0);
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
            if (is(key, "delta")) {
                QString reasoning;
                const bool ok = once(seen, 1) && object([this, chunk, &reasoning](QByteArrayView k, unsigned *s) {
                                    if (is(k, "content"))
                                        return once(s, 1) && nullableString(&chunk->text);
                                    if (is(k, "reasoning_content"))
                                        return once(s, 2) && nullableString(&chunk->reasoning);
                                    if (is(k, "reasoning"))
                                        return once(s, 4) && nullableString(&reasoning);
                                    if (is(k, "refusal"))
                                        return once(s, 8) && nullableString(&chunk->refusal);
                                    return skipValue(0);
                                });
                // DeepSeek / vLLM say reasoning_content, OpenRouter says reasoning.
                if (chunk->reasoning.isEmpty())
                    chunk->reasoning = reasoning;
                return ok;
            }
            if (is(key, "finish_reason"))
                return once(seen, 2) && nullableString(&chunk->finishReason);
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

bool scanChatChunk(QByteArrayView json, StreamChunk *chunk)
{
    return ChunkScanner(json).scan(chunk);
}

} // namespace sajudesk::RunYourJson
