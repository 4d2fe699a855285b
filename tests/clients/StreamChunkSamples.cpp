// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamChunkSamples.h"

const QList<QByteArray> &streamChunkSeeds()
{
    static const QList<QByteArray> seeds = {
        QByteArray(
            R"({"id":"chatcmpl-91b","object":"chat.completion.chunk","created":1767230100,"model":"openai/gpt-5.2","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})"),
        QByteArray(
            R"({"id":"chatcmpl-91b","object":"chat.completion.chunk","created":1767230100,"model":"openai/gpt-5.2","choices":[{"index":0,"delta":{"content":"먼저 \"따옴표\" \\ 🌳\n"},"finish_reason":null}]})"),
        QByteArray(
            R"({"id":"chatcmpl-91b","object":"chat.completion.chunk","created":1767230100,"model":"openai/gpt-5.2","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"),
        QByteArray(
            R"({"id":"chatcmpl-91b","object":"chat.completion.chunk","created":1767230100,"model":"openai/gpt-5.2","choices":[],"usage":{"prompt_tokens":38,"completion_tokens":2,"total_tokens":40}})"),
        // Reasoning and refusal deltas (DeepSeek / vLLM, OpenRouter, OpenAI).
        QByteArray(
            R"({"id":"gen-1","object":"chat.completion.chunk","model":"deepseek/r1","choices":[{"index":0,"delta":{"role":"assistant","content":null,"reasoning_content":"생각 중…"},"finish_reason":null}]})"),
        QByteArray(
            R"({"id":"gen-2","object":"chat.completion.chunk","model":"openai/o3","choices":[{"index":0,"delta":{"content":"","reasoning":"step 1"},"finish_reason":null}]})"),
        QByteArray(
            R"({"id":"chatcmpl-r","object":"chat.completion.chunk","model":"openai/gpt-5.2","choices":[{"index":0,"delta":{"content":null,"refusal":"I can't help."},"finish_reason":null}]})"),
        QByteArray(
            R"({"object":"error","message":"out of memory","type":"InternalServerError","param":null,"code":500})"),
    };
    return seeds;
}

const QList<std::pair<const char *, QByteArray>> &streamChunkEdgeCases()
{
    static const QList<std::pair<const char *, QByteArray>> rows = {
        {"done", QByteArray("[DONE]")},
        {"done with spaces", QByteArray("  [DONE] ")},
        {"escaped unicode", QByteArray(R"({"choices":[{"delta":{"content":"\uD55C\uAE00 \uD83C\uDF33"}}]})")},
        {"lone surrogate escape", QByteArray(R"({"choices":[{"delta":{"content":"\uD800x"}}]})")},
        {"null content", QByteArray(R"({"choices":[{"delta":{"content":null}}]})")},
        {"content array", QByteArray(R"({"choices":[{"delta":{"content":[{"type":"text","text":"a"},"b"]}}]})")},
        {"duplicate key", QByteArray(R"({"choices":[{"delta":{"content":"a","content":"b"}}]})")},
        {"escaped key", QByteArray(R"({"choices":[{"delta":{"cont\u0065nt":"x"}}]})")},
        {"choices null",
         QByteArray(R"({"id":"x","choices":null,"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})")},
        {"usage with exponent",
         QByteArray(R"({"usage":{"prompt_tokens":1e2,"completion_tokens":2.5,"total_tokens":-0}})")},
        {"huge number", QByteArray(R"({"usage":{"prompt_tokens":123456789012345678901234567890}})")},
        {"error object", QByteArray(R"({"error":{"message":"upstream failed","code":"server_error"}})")},
        {"error null", QByteArray(R"({"error":null,"choices":[{"delta":{"content":"ok"}}]})")},
        {"statusCode", QByteArray(R"({"statusCode":500,"message":"Internal"})")},
        {"whitespace everywhere",
         QByteArray(
             " { \"choices\" : [ { \"delta\" : { \"content\" : \"x\" } , \"finish_reason\" : \"length\" } ] } ")},
        {"trailing garbage", QByteArray(R"({"choices":[]} x)")},
        {"truncated", QByteArray(R"({"choices":[{"delta":{"content":"abc)")},
        {"not an object", QByteArray(R"(["a"])")},
        {"empty", QByteArray("")},
        {"nested depth", QByteArray(R"({"a":[[[[{"b":{}}]]]],"choices":[{"delta":{"content":"deep"}}]})")},
        {"second choice ignored", QByteArray(R"({"choices":[{"delta":{"content":"1"}},{"delta":{"content":"2"}}]})")},
        {"finish reason number", QByteArray(R"({"choices":[{"delta":{},"finish_reason":5}]})")},
        {"reasoning both fields", QByteArray(R"({"choices":[{"delta":{"reasoning_content":"a","reasoning":"b"}}]})")},
        {"reasoning empty falls back",
         QByteArray(R"({"choices":[{"delta":{"reasoning_content":"","reasoning":"b"}}]})")},
        {"reasoning null", QByteArray(R"({"choices":[{"delta":{"reasoning_content":null,"content":"x"}}]})")},
        {"reasoning object", QByteArray(R"({"choices":[{"delta":{"reasoning":{"text":"x"}}}]})")},
        {"refusal null", QByteArray(R"({"choices":[{"delta":{"refusal":null,"content":"x"}}]})")},
        {"refusal duplicate", QByteArray(R"({"choices":[{"delta":{"refusal":"a","refusal":"b"}}]})")},
        {"vllm error object", QByteArray(R"({"object":"error","message":"bad","type":"BadRequestError","code":400})")},
        {"object error without message", QByteArray(R"({"object":"error","type":"x"})")},
        {"object not a string", QByteArray(R"({"object":5,"choices":[{"delta":{"content":"x"}}]})")},
        {"control char unescaped", QByteArray("{\"choices\":[{\"delta\":{\"content\":\"a\tb\"}}]}")},
    };
    return rows;
}
