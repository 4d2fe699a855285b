// SPDX-License-Identifier: GPL-3.0-or-later
// Chat streams as real OpenAI-compatible servers send them (OpenAI, OpenRouter, vLLM, llama.cpp,
// Azure, Anthropic-style gateways), byte for byte: each row is fed through SseParser and
// ChatStreamAssembler whole, one byte at a time and cut in two at every position, and must give
// the same outcome every time — the text, the reasoning, the refusal, the finish reason, and for
// errors inside the stream our code, the server's code, the kind and the server's message.
#include "net/SseParser.h"
#include "runyour/RunYourJson.h"

#include <QTest>

using namespace sajudesk;
using RunYourJson::StreamChunk;

namespace {

/// What a client makes of a stream; one line so a failing row shows all of it.
QString outcome(const QList<QByteArray> &pieces)
{
    SseParser parser;
    ChatStreamAssembler assembler;
    QString error;
    bool done = false;
    auto handle = [&](const QList<SseEvent> &events) {
        for (const SseEvent &ev : events) {
            if (!error.isEmpty() || done)
                return; // the client stops at an error or [DONE]
            const StreamChunk chunk = assembler.addEvent(ev.event, ev.data);
            if (chunk.type == StreamChunk::Type::Done) {
                done = true;
            } else if (chunk.type == StreamChunk::Type::Error) {
                const ApiError e = RunYourJson::streamError(chunk, QStringLiteral("/v1/chat/completions"), 200);
                error =
                    QStringLiteral("%1/%2/%3/%4").arg(e.code, e.serverCode, QString::number(int(e.kind)), e.message);
            }
        }
    };
    for (const QByteArray &p : pieces)
        handle(parser.feed(p));
    handle(parser.finish());
    const ChatCompletion &c = assembler.completion();
    return QStringLiteral("text=%1|reasoning=%2|refusal=%3|finish=%4|complete=%5|error=%6")
        .arg(c.text, c.reasoning, c.refusal, c.finishReason)
        .arg(done || assembler.isComplete() ? 1 : 0)
        .arg(error);
}

QString expected(const QString &text, const QString &reasoning, const QString &refusal, const QString &finish,
                 bool complete, const QString &error = {})
{
    return QStringLiteral("text=%1|reasoning=%2|refusal=%3|finish=%4|complete=%5|error=%6")
        .arg(text, reasoning, refusal, finish)
        .arg(complete ? 1 : 0)
        .arg(error);
}

QString err(const char *code, const char *serverCode, ApiError::Kind kind, const QString &message)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(QLatin1String(code), QLatin1String(serverCode), QString::number(int(kind)), message);
}

QByteArray chunk(const char *delta, const char *finish = "null")
{
    return QByteArray(R"(data: {"id":"c1","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":)")
           + delta + R"(,"finish_reason":)" + finish + "}]}\n\n";
}

const QByteArray kDone = "data: [DONE]\n\n";

} // namespace

class TestStreamShapes : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
};

void TestStreamShapes::shapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect");
    using K = ApiError::Kind;
    const QString none;

    QTest::newRow("openai plain answer") << chunk(R"({"role":"assistant","content":""})")
                                                + chunk(R"({"content":"안녕"})") + chunk("{}", "\"stop\"") + kDone
                                         << expected(QStringLiteral("안녕"), none, none, QStringLiteral("stop"), true);
    QTest::newRow("finish_reason length is reported")
        << chunk(R"({"content":"cut"})") + chunk("{}", "\"length\"") + kDone
        << expected(QStringLiteral("cut"), none, none, QStringLiteral("length"), true);
    QTest::newRow("finish_reason content_filter is reported")
        << chunk(R"({"content":"x"})") + chunk("{}", "\"content_filter\"") + kDone
        << expected(QStringLiteral("x"), none, none, QStringLiteral("content_filter"), true);
    QTest::newRow("openai refusal deltas")
        << chunk(R"({"role":"assistant","content":null,"refusal":""})") + chunk(R"({"refusal":"I can't "})")
               + chunk(R"({"refusal":"help with that."})") + chunk("{}", "\"stop\"") + kDone
        << expected(none, none, QStringLiteral("I can't help with that."), QStringLiteral("stop"), true);
    QTest::newRow("deepseek reasoning_content then content")
        << chunk(R"({"role":"assistant","content":null,"reasoning_content":"먼저 "})")
               + chunk(R"({"content":null,"reasoning_content":"생각합니다."})") + chunk(R"({"content":"답"})")
               + chunk("{}", "\"stop\"") + kDone
        << expected(QStringLiteral("답"), QStringLiteral("먼저 생각합니다."), none, QStringLiteral("stop"), true);
    QTest::newRow("openrouter reasoning with processing comments")
        << QByteArray(": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\n")
               + chunk(R"({"role":"assistant","content":"","reasoning":"think"})") + chunk(R"({"content":"ok"})")
               + chunk("{}", "\"stop\"") + kDone
        << expected(QStringLiteral("ok"), QStringLiteral("think"), none, QStringLiteral("stop"), true);
    QTest::newRow("azure prompt filter chunk with empty choices")
        << QByteArray(R"(data: {"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":)"
                      R"([{"prompt_index":0,"content_filter_results":{}}]})"
                      "\n\n")
               + chunk(R"({"content":"hi"})") + chunk("{}", "\"stop\"") + kDone
        << expected(QStringLiteral("hi"), none, none, QStringLiteral("stop"), true);
    QTest::newRow("usage chunk with choices null, CRLF")
        << QByteArray(
               chunk(R"({"content":"a"})") + chunk("{}", "\"stop\"")
               + R"(data: {"id":"c1","choices":null,"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}})"
                 "\n\n"
               + kDone)
               .replace("\n", "\r\n")
        << expected(QStringLiteral("a"), none, none, QStringLiteral("stop"), true);
    QTest::newRow("closed without DONE or finish_reason is not complete")
        << chunk(R"({"content":"half"})") << expected(QStringLiteral("half"), none, none, none, false);

    // Errors inside a 200 stream: the server's message and code survive, the partial text stays.
    QTest::newRow("vllm object error then DONE")
        << chunk(R"({"content":"부분"})")
               + R"(data: {"object":"error","message":"CUDA out of memory","type":"InternalServerError","param":null,"code":500})"
                 "\n\n"
               + kDone
        << expected(QStringLiteral("부분"), none, none, none, false,
                    err("server_error", "InternalServerError", K::Http, QStringLiteral("CUDA out of memory")));
    QTest::newRow("vllm object error 400 without DONE")
        << QByteArray(R"(data: {"object":"error","message":"This model's maximum context length is 4096 tokens",)"
                      R"("type":"BadRequestError","param":null,"code":400})"
                      "\n\n")
        << expected(none, none, none, none, false,
                    err("bad_request", "BadRequestError", K::Http,
                        QStringLiteral("This model's maximum context length is 4096 tokens")));
    QTest::newRow("event error with flat message then DONE")
        << chunk(R"({"content":"a"})") + "event: error\ndata: {\"message\":\"upstream timed out\"}\n\n" + kDone
        << expected(QStringLiteral("a"), none, none, none, false,
                    err("server_error", "", K::Protocol, QStringLiteral("upstream timed out")));
    QTest::newRow("event error with flat message, no DONE")
        << QByteArray("event: error\ndata: {\"message\":\"Provider returned error\"}\n\n")
        << expected(none, none, none, none, false,
                    err("server_error", "", K::Protocol, QStringLiteral("Provider returned error")));
    QTest::newRow("event error with plain text data")
        << QByteArray("event: error\ndata: model overloaded, try later\n\n")
        << expected(none, none, none, none, false,
                    err("server_error", "", K::Protocol, QStringLiteral("model overloaded, try later")));
    QTest::newRow("anthropic-style overloaded event")
        << QByteArray("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":"
                      "\"Overloaded\"}}\n\n")
        << expected(none, none, none, none, false,
                    err("service_unavailable", "overloaded_error", K::Http, QStringLiteral("Overloaded")));
    QTest::newRow("openai error object keeps invalid_api_key")
        << QByteArray(R"(data: {"error":{"message":"Incorrect API key provided","type":"invalid_request_error",)"
                      R"("param":null,"code":"invalid_api_key"}})"
                      "\n\n")
        << expected(none, none, none, none, false,
                    err("invalid_api_key", "invalid_api_key", K::Http, QStringLiteral("Incorrect API key provided")));
    QTest::newRow("openai insufficient_quota mid-stream")
        << chunk(R"({"content":"x"})")
               + R"(data: {"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}})"
                 "\n\n"
        << expected(QStringLiteral("x"), none, none, none, false,
                    err("credits_exhausted", "insufficient_quota", K::Http,
                        QStringLiteral("You exceeded your current quota")));
    QTest::newRow("rate_limit_exceeded mid-stream")
        << QByteArray(
               R"(data: {"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}})"
               "\n\n")
        << expected(none, none, none, none, false,
                    err("rate_limited", "rate_limit_exceeded", K::Http, QStringLiteral("Rate limit reached")));
    QTest::newRow("openrouter error chunk with finish_reason error")
        << chunk(R"({"content":"par"})")
               + R"(data: {"id":"gen-1","object":"chat.completion.chunk","error":{"code":502,"message":"Provider disconnected"},)"
                 R"("choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})"
                 "\n\n"
               + kDone
        << expected(QStringLiteral("par"), none, none, none, false,
                    err("server_error", "", K::Http, QStringLiteral("Provider disconnected")));
    QTest::newRow("llama.cpp error object with numeric code") << QByteArray(
        R"(data: {"error":{"code":500,"message":"the request exceeds the available context size","type":"server_error"}})"
        "\n\n")
                                                              << expected(
                                                                     none, none, none, none, false,
                                                                     err("server_error", "server_error", K::Http,
                                                                         QStringLiteral("the request exceeds the "
                                                                                        "available context size")));
    QTest::newRow("gateway daily limit message mid-stream")
        << QByteArray("data: {\"statusCode\":429,\"message\":\"Daily request limit exceeded\"}\n\n")
        << expected(none, none, none, none, false,
                    err("daily_limit_exceeded", "", K::Http, QStringLiteral("Daily request limit exceeded")));
}

void TestStreamShapes::shapes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expect);
    QCOMPARE(outcome({bytes}), expect);
    // One byte at a time.
    QList<QByteArray> bytewise;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise.append(bytes.mid(i, 1));
    QCOMPARE(outcome(bytewise), expect);
    // Every two-way cut.
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        const QString got = outcome({bytes.left(cut), bytes.mid(cut)});
        if (got != expect)
            QFAIL(qPrintable(QStringLiteral("cut at %1:\n  got:      %2\n  expected: %3").arg(cut).arg(got, expect)));
    }
}

QTEST_GUILESS_MAIN(TestStreamShapes)
#include "tst_stream_shapes.moc"
