// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/RunYourJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sajudesk;

class TestRunYourJson : public QObject
{
    Q_OBJECT

private slots:
    void provider_data();
    void provider();
    void validate_data();
    void validate();
    void chatBody();
    void models_data();
    void models();
    void completion_data();
    void completion();
    void streamChunk_data();
    void streamChunk();
    void assembler();
    void assemblerWithoutText();
    void refine_data();
    void refine();
    void keyPrefix();
};

void TestRunYourJson::provider_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");
    QTest::newRow("openai") << QStringLiteral("openai/gpt-5.2") << QStringLiteral("openai");
    QTest::newRow("nested slash") << QStringLiteral("a/b/c") << QStringLiteral("a");
    QTest::newRow("bare") << QStringLiteral("gpt-5.2") << QString();
    QTest::newRow("leading slash") << QStringLiteral("/gpt") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRunYourJson::provider()
{
    QFETCH(QString, id);
    QFETCH(QString, provider);
    QCOMPARE(RunYourJson::providerOf(id), provider);
}

void TestRunYourJson::validate_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<double>("temperature"); // NaN = unset
    QTest::addColumn<int>("maxTokens");      // 0 = unset
    QTest::addColumn<QString>("code");       // empty = valid
    QTest::addColumn<QString>("field");

    const double unset = qQNaN();
    QTest::newRow("ok") << QStringLiteral("openai/gpt-5.2") << QStringLiteral("hi") << unset << 0 << QString()
                        << QString();
    QTest::newRow("hangul emoji ok") << QStringLiteral("anthropic/claude-haiku-4-5")
                                     << QStringLiteral("오늘 운세 🍀 알려줘") << 0.7 << 300 << QString() << QString();
    QTest::newRow("bare model") << QStringLiteral("gpt-5.2") << QStringLiteral("hi") << unset << 0
                                << QStringLiteral("unsupported_model") << QStringLiteral("model");
    QTest::newRow("trailing slash") << QStringLiteral("openai/") << QStringLiteral("hi") << unset << 0
                                    << QStringLiteral("unsupported_model") << QStringLiteral("model");
    QTest::newRow("hangul model") << QStringLiteral("모델") << QStringLiteral("hi") << unset << 0
                                  << QStringLiteral("unsupported_model") << QStringLiteral("model");
    QTest::newRow("no model") << QString() << QStringLiteral("hi") << unset << 0 << QStringLiteral("invalid_input")
                              << QStringLiteral("model");
    QTest::newRow("empty prompt") << QStringLiteral("openai/x") << QString() << unset << 0
                                  << QStringLiteral("invalid_input") << QStringLiteral("messages");
    QTest::newRow("blank prompt") << QStringLiteral("openai/x") << QStringLiteral(" \n\t") << unset << 0
                                  << QStringLiteral("invalid_input") << QStringLiteral("messages");
    QTest::newRow("100 KB prompt ok") << QStringLiteral("openai/x") << QString(100 * 1024, QLatin1Char('a')) << unset
                                      << 0 << QString() << QString();
    QTest::newRow("2 MB prompt") << QStringLiteral("openai/x") << QString(2 * 1024 * 1024, QLatin1Char('a')) << unset
                                 << 0 << QStringLiteral("invalid_input") << QStringLiteral("messages");
    QTest::newRow("temperature high") << QStringLiteral("openai/x") << QStringLiteral("hi") << 2.5 << 0
                                      << QStringLiteral("invalid_input") << QStringLiteral("temperature");
    QTest::newRow("temperature negative") << QStringLiteral("openai/x") << QStringLiteral("hi") << -0.1 << 0
                                          << QStringLiteral("invalid_input") << QStringLiteral("temperature");
    QTest::newRow("max tokens negative") << QStringLiteral("openai/x") << QStringLiteral("hi") << unset << -5
                                         << QStringLiteral("invalid_input") << QStringLiteral("max_tokens");
}

void TestRunYourJson::validate()
{
    QFETCH(QString, model);
    QFETCH(QString, prompt);
    QFETCH(double, temperature);
    QFETCH(int, maxTokens);
    QFETCH(QString, code);
    QFETCH(QString, field);
    ChatParams p;
    p.model = model;
    p.messages = {{ChatTurn::Role::System, QStringLiteral("be brief")}, {ChatTurn::Role::User, prompt}};
    if (!qIsNaN(temperature))
        p.temperature = temperature;
    if (maxTokens != 0)
        p.maxTokens = maxTokens;
    const ApiError e = RunYourJson::validate(p, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(e.code, code);
    QCOMPARE(e.field, field);
    if (!code.isEmpty()) {
        QCOMPARE(e.kind, ApiError::Kind::Input);
        QCOMPARE(e.service, ApiError::Service::RunYour);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(e.attempts, 0);
    }
}

void TestRunYourJson::chatBody()
{
    ChatParams p;
    p.model = QStringLiteral("openai/gpt-5.2");
    p.messages = {{ChatTurn::Role::System, QStringLiteral("sys")},
                  {ChatTurn::Role::User, QStringLiteral("안녕 👋")},
                  {ChatTurn::Role::Assistant, QStringLiteral("네")}};
    p.temperature = 0.4;
    p.maxTokens = 400;
    const QJsonObject s = QJsonDocument::fromJson(RunYourJson::buildChatBody(p, true, true)).object();
    QCOMPARE(s.value(QLatin1String("model")).toString(), p.model);
    QCOMPARE(s.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(s.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(), true);
    QCOMPARE(s.value(QLatin1String("temperature")).toDouble(), 0.4);
    QCOMPARE(s.value(QLatin1String("max_tokens")).toInt(), 400);
    const QJsonArray msgs = s.value(QLatin1String("messages")).toArray();
    QCOMPARE(msgs.size(), 3);
    QCOMPARE(msgs.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(msgs.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("안녕 👋"));
    QCOMPARE(msgs.at(2).toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));

    ChatParams q;
    q.model = QStringLiteral("openai/x");
    q.messages = {{ChatTurn::Role::User, QStringLiteral("hi")}};
    const QJsonObject n = QJsonDocument::fromJson(RunYourJson::buildChatBody(q, false)).object();
    QVERIFY(!n.contains(QLatin1String("stream")));
    QVERIFY(!n.contains(QLatin1String("stream_options")));
    QVERIFY(!n.contains(QLatin1String("temperature")));
    QVERIFY(!n.contains(QLatin1String("max_tokens")));
}

void TestRunYourJson::models_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("providers");
    QTest::newRow("openai shape") << QByteArray(
        R"({"object":"list","data":[{"id":"openai/gpt-5.2","owned_by":"openai"},)"
        R"({"id":"anthropic/claude-sonnet-4-6","context":200000}]})")
                                  << true
                                  << QStringList{QStringLiteral("openai/gpt-5.2"),
                                                 QStringLiteral("anthropic/claude-sonnet-4-6")}
                                  << QStringList{QStringLiteral("openai"), QStringLiteral("anthropic")};
    QTest::newRow("only ids") << QByteArray(R"({"data":[{"id":"gemini/g"}]})") << true
                              << QStringList{QStringLiteral("gemini/g")} << QStringList{QStringLiteral("gemini")};
    QTest::newRow("skip bad entries") << QByteArray(R"({"data":[{"id":5},"x",{},{"id":"a/b"}]})") << true
                                      << QStringList{QStringLiteral("a/b")} << QStringList{QStringLiteral("a")};
    QTest::newRow("bare id no provider") << QByteArray(R"({"data":[{"id":"plain"}]})") << true
                                         << QStringList{QStringLiteral("plain")} << QStringList{QString()};
    QTest::newRow("empty list") << QByteArray(R"({"data":[]})") << true << QStringList() << QStringList();
    QTest::newRow("no data") << QByteArray(R"({"models":[]})") << false << QStringList() << QStringList();
    QTest::newRow("array root") << QByteArray(R"([{"id":"a/b"}])") << false << QStringList() << QStringList();
    QTest::newRow("html") << QByteArray("<html>502</html>") << false << QStringList() << QStringList();
    QTest::newRow("empty") << QByteArray() << false << QStringList() << QStringList();
}

void TestRunYourJson::models()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, providers);
    QString error;
    const auto models = RunYourJson::parseModels(body, &error);
    QCOMPARE(models.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(models->size(), ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(models->at(i).id, ids.at(i));
        QCOMPARE(models->at(i).provider, providers.at(i));
        QCOMPARE(models->at(i).raw.value(QLatin1String("id")).toString(), ids.at(i));
    }
}

void TestRunYourJson::completion_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<int>("total");
    QTest::newRow("normal") << QByteArray(R"({"id":"c1","model":"openai/gpt-5.2","choices":[{"index":0,"message":)"
                                          R"({"role":"assistant","content":"먼저 🌳"},"finish_reason":"stop"}],)"
                                          R"("usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}})")
                            << true << QStringLiteral("먼저 🌳") << QStringLiteral("stop") << 5;
    QTest::newRow("content null") << QByteArray(
        R"({"choices":[{"message":{"content":null},"finish_reason":"length"}]})")
                                  << true << QString() << QStringLiteral("length") << -1;
    QTest::newRow("empty choices") << QByteArray(R"({"choices":[]})") << true << QString() << QString() << -1;
    QTest::newRow("choices null") << QByteArray(R"({"choices":null,"usage":null})") << true << QString() << QString()
                                  << -1;
    QTest::newRow("content parts") << QByteArray(R"({"choices":[{"message":{"content":[{"type":"text","text":"a"},)"
                                                 R"({"type":"text","text":"b"}]}}]})")
                                   << true << QStringLiteral("ab") << QString() << -1;
    QTest::newRow("not json") << QByteArray("oops") << false << QString() << QString() << -1;
    QTest::newRow("truncated") << QByteArray(R"({"choices":[{"mess)") << false << QString() << QString() << -1;
}

void TestRunYourJson::completion()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, text);
    QFETCH(QString, finish);
    QFETCH(int, total);
    const auto c = RunYourJson::parseChatCompletion(body);
    QCOMPARE(c.has_value(), ok);
    if (!ok)
        return;
    QCOMPARE(c->text, text);
    QCOMPARE(c->finishReason, finish);
    QCOMPARE(c->usage.totalTokens, total);
    QVERIFY(c->complete);
}

void TestRunYourJson::streamChunk_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<int>("total");
    using T = RunYourJson::StreamChunk::Type;
    QTest::newRow("role only") << QStringLiteral(
        R"({"id":"x","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})")
                               << int(T::Delta) << QString() << QString() << -1;
    QTest::newRow("text") << QStringLiteral(R"({"choices":[{"delta":{"content":"먼저 "}}]})") << int(T::Delta)
                          << QStringLiteral("먼저 ") << QString() << -1;
    QTest::newRow("null content") << QStringLiteral(R"({"choices":[{"delta":{"content":null}}]})") << int(T::Delta)
                                  << QString() << QString() << -1;
    QTest::newRow("finish") << QStringLiteral(R"({"choices":[{"delta":{},"finish_reason":"stop"}]})") << int(T::Delta)
                            << QString() << QStringLiteral("stop") << -1;
    QTest::newRow("usage chunk") << QStringLiteral(R"({"choices":[],"usage":{"prompt_tokens":1,"total_tokens":4}})")
                                 << int(T::Delta) << QString() << QString() << 4;
    QTest::newRow("usage choices null") << QStringLiteral(R"({"choices":null,"usage":{"total_tokens":9}})")
                                        << int(T::Delta) << QString() << QString() << 9;
    QTest::newRow("done") << QStringLiteral("[DONE]") << int(T::Done) << QString() << QString() << -1;
    QTest::newRow("error object") << QStringLiteral(R"({"error":{"message":"upstream failed","code":500}})")
                                  << int(T::Error) << QString() << QString() << -1;
    QTest::newRow("nest error") << QStringLiteral(R"({"statusCode":500,"message":"boom"})") << int(T::Error)
                                << QString() << QString() << -1;
    QTest::newRow("garbage") << QStringLiteral("{not json") << int(T::Malformed) << QString() << QString() << -1;
    QTest::newRow("array") << QStringLiteral("[1,2]") << int(T::Malformed) << QString() << QString() << -1;
}

void TestRunYourJson::streamChunk()
{
    QFETCH(QString, data);
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QString, finish);
    QFETCH(int, total);
    const auto c = RunYourJson::parseStreamData(data);
    QCOMPARE(int(c.type), type);
    QCOMPARE(c.text, text);
    QCOMPARE(c.finishReason, finish);
    QCOMPARE(c.usage.totalTokens, total);
    if (c.type == RunYourJson::StreamChunk::Type::Error)
        QVERIFY(!c.errorPayload.isEmpty());
}

void TestRunYourJson::assembler()
{
    ChatStreamAssembler a;
    a.add(QStringLiteral(R"({"id":"c9","model":"openai/m","choices":[{"delta":{"role":"assistant"}}]})"));
    QVERIFY(!a.deliveredContent());
    a.add(QStringLiteral(R"({"choices":[{"delta":{"content":"안녕"}}]})"));
    a.add(QStringLiteral(R"({"choices":[{"delta":{"content":null}}]})"));
    a.add(QStringLiteral(R"({"choices":[{"delta":{"content":"하세요 😀"}}]})"));
    QVERIFY(a.deliveredContent());
    QVERIFY(!a.isComplete());
    a.add(QStringLiteral(R"({"choices":[{"delta":{},"finish_reason":"stop"}]})"));
    QVERIFY(a.isComplete());
    QVERIFY(!a.sawDone());
    a.add(QStringLiteral(R"({"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}})"));
    a.add(QStringLiteral("[DONE]"));
    QVERIFY(a.sawDone());
    QCOMPARE(a.completion().text, QStringLiteral("안녕하세요 😀"));
    QCOMPARE(a.completion().id, QStringLiteral("c9"));
    QCOMPARE(a.completion().model, QStringLiteral("openai/m"));
    QCOMPARE(a.completion().usage.completionTokens, 2);
    QVERIFY(a.completion().complete);
}

void TestRunYourJson::assemblerWithoutText()
{
    ChatStreamAssembler a(false);
    const auto c = a.add(QStringLiteral(R"({"choices":[{"delta":{"content":"x"}}]})"));
    QCOMPARE(c.text, QStringLiteral("x"));
    QVERIFY(a.deliveredContent());
    QVERIFY(a.completion().text.isEmpty());
}

void TestRunYourJson::refine_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    const QString chat = QStringLiteral("/v1/chat/completions");
    QTest::newRow("402") << 402 << QStringLiteral("bad_request") << QStringLiteral("Payment Required") << chat
                         << QStringLiteral("credits_exhausted");
    QTest::newRow("400 credit") << 400 << QStringLiteral("bad_request") << QStringLiteral("Insufficient credit") << chat
                                << QStringLiteral("credits_exhausted");
    QTest::newRow("403 크레딧") << 403 << QStringLiteral("permission_denied") << QStringLiteral("크레딧이 부족합니다")
                                << chat << QStringLiteral("credits_exhausted");
    QTest::newRow("429 balance") << 429 << QStringLiteral("rate_limited") << QStringLiteral("Balance too low") << chat
                                 << QStringLiteral("credits_exhausted");
    QTest::newRow("400 잔액") << 400 << QStringLiteral("bad_request") << QStringLiteral("잔액 부족") << chat
                              << QStringLiteral("credits_exhausted");
    QTest::newRow("500 credit stays") << 500 << QStringLiteral("server_error") << QStringLiteral("credit service down")
                                      << chat << QStringLiteral("server_error");
    QTest::newRow("400 model") << 400 << QStringLiteral("bad_request") << QStringLiteral("Unsupported model: x/y")
                               << chat << QStringLiteral("unsupported_model");
    QTest::newRow("404 chat") << 404 << QStringLiteral("not_found") << QStringLiteral("Not Found") << chat
                              << QStringLiteral("unsupported_model");
    QTest::newRow("400 messages") << 400 << QStringLiteral("bad_request")
                                  << QStringLiteral("messages must not be empty") << chat
                                  << QStringLiteral("bad_request");
    QTest::newRow("429 plain") << 429 << QStringLiteral("rate_limited") << QStringLiteral("Too Many Requests") << chat
                               << QStringLiteral("rate_limited");
    QTest::newRow("401") << 401 << QStringLiteral("invalid_api_key") << QStringLiteral("Invalid API key") << chat
                         << QStringLiteral("invalid_api_key");
}

void TestRunYourJson::refine()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    ApiError e;
    e.service = ApiError::Service::RunYour;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.code = code;
    e.message = message;
    e.endpoint = endpoint;
    const ApiError r = RunYourJson::refineError(e);
    QCOMPARE(r.code, expected);
    QCOMPARE(RunYourJson::refineError(r).code, expected); // idempotent
}

void TestRunYourJson::keyPrefix()
{
    QVERIFY(!RunYourJson::keyHasUnexpectedPrefix(QStringLiteral("runyour-v1-abc")));
    QVERIFY(RunYourJson::keyHasUnexpectedPrefix(QStringLiteral("sk-abc")));
    QVERIFY(RunYourJson::keyHasUnexpectedPrefix(QStringLiteral(" runyour-v1-abc")));
    QVERIFY(RunYourJson::keyHasUnexpectedPrefix(QString()));
}

QTEST_GUILESS_MAIN(TestRunYourJson)
#include "tst_runyourjson.moc"
