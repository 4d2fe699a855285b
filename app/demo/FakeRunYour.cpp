// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeRunYour.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sajudesk {
namespace FakeRunYour {

namespace {

constexpr qint64 kCreatedBase = 1767230000;

FakeReply error(int status, const QString &path, const QJsonValue &message)
{
    return FakeReply::json(status, errorBody(status, path, message));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray dataEvent(const QByteArray &payload)
{
    return "data: " + payload + "\n\n";
}

bool containsHangul(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

QString shorten(const QString &s, int max)
{
    const QString flat = s.simplified();
    return flat.size() <= max ? flat : flat.left(max) + QStringLiteral("…");
}

/// 401 unless the request carries "Authorization: Bearer <accepted key>".
bool authorize(const FakeRequest &request, const FakeApiConfig &config, FakeReply *reply)
{
    const QByteArray auth = request.header("Authorization");
    QString message;
    if (auth.isEmpty()) {
        message = QStringLiteral("API key is missing: send Authorization: Bearer <key>");
    } else if (!auth.startsWith("Bearer ")) {
        message = QStringLiteral("Invalid API key: the Authorization header must use the Bearer scheme");
    } else {
        const QString key = QString::fromUtf8(auth.mid(7).trimmed());
        const bool known = config.runYourKeys.isEmpty() ? key.startsWith(QLatin1String("runyour-v1-"))
                                                        : config.runYourKeys.contains(key);
        if (!known)
            message = QStringLiteral("Invalid API key");
    }
    if (message.isEmpty())
        return true;
    *reply = error(401, request.path, message);
    return false;
}

FakeReply models(const FakeApiConfig &config)
{
    QJsonArray data;
    for (const QString &id : config.runYourModels) {
        data.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("created"), kCreatedBase},
                                {QStringLiteral("owned_by"), id.section(QLatin1Char('/'), 0, 0)}});
    }
    return FakeReply::json(
        200, compact({{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}}));
}

FakeReply chat(const FakeRequest &request, const FakeApiConfig &config, FakeApiCounters &counters)
{
    const QString path = request.path;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(400, path, QStringLiteral("Unexpected token in JSON at position %1").arg(parseError.offset));
    if (!doc.isObject())
        return error(400, path, QStringLiteral("Request body must be a JSON object"));
    const QJsonObject body = doc.object();

    // Field validation collects every problem, like NestJS' ValidationPipe.
    QJsonArray problems;
    const QJsonValue model = body.value(QStringLiteral("model"));
    if (!model.isString() || model.toString().isEmpty()) {
        problems.append(QStringLiteral("model should not be empty"));
        problems.append(QStringLiteral("model must be a string"));
    }
    const QJsonValue messages = body.value(QStringLiteral("messages"));
    if (!messages.isArray()) {
        problems.append(QStringLiteral("messages should not be empty"));
        problems.append(QStringLiteral("messages must be an array"));
    } else if (messages.toArray().isEmpty()) {
        problems.append(QStringLiteral("messages should not be empty"));
    } else {
        const QJsonArray list = messages.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject m = list.at(i).toObject();
            const QString role = m.value(QStringLiteral("role")).toString();
            if (role != QLatin1String("system") && role != QLatin1String("user") && role != QLatin1String("assistant"))
                problems.append(QStringLiteral("messages.%1.role must be one of the following values: system, user, "
                                               "assistant")
                                    .arg(i));
            const QJsonValue content = m.value(QStringLiteral("content"));
            if (!content.isString() && !(content.isNull() && role == QLatin1String("assistant")))
                problems.append(QStringLiteral("messages.%1.content must be a string").arg(i));
        }
    }
    if (body.contains(QStringLiteral("temperature")) && !body.value(QStringLiteral("temperature")).isDouble())
        problems.append(QStringLiteral("temperature must be a number"));
    const QJsonValue maxTokens = body.value(QStringLiteral("max_tokens"));
    if (body.contains(QStringLiteral("max_tokens")) && (!maxTokens.isDouble() || maxTokens.toDouble() < 1))
        problems.append(QStringLiteral("max_tokens must be a positive integer"));
    if (!problems.isEmpty())
        return error(400, path, problems);

    const QString modelId = model.toString();
    if (!modelId.contains(QLatin1Char('/')))
        return error(400, path,
                     QStringLiteral("Invalid model format '%1': use provider/model, e.g. openai/gpt-5.2").arg(modelId));
    if (!config.runYourModels.contains(modelId))
        return error(400, path, QStringLiteral("Unsupported model: %1").arg(modelId));
    if (config.rejectStreamOptions && body.contains(QStringLiteral("stream_options")))
        return error(400, path, QStringLiteral("Unrecognized request argument supplied: stream_options"));
    if (config.creditsExhausted)
        return error(402, path,
                     QStringLiteral("Insufficient credit balance (크레딧이 부족합니다). Top up in the console."));

    QString lastUser;
    qsizetype promptChars = 0;
    for (const QJsonValue &v : messages.toArray()) {
        const QJsonObject m = v.toObject();
        promptChars += m.value(QStringLiteral("content")).toString().size();
        if (m.value(QStringLiteral("role")).toString() == QLatin1String("user"))
            lastUser = m.value(QStringLiteral("content")).toString();
    }

    const int n = ++counters.chat;
    const QString id = QStringLiteral("chatcmpl-fake%1").arg(n);
    const qint64 created = kCreatedBase + n;
    // "think:<q>" first reasons aloud (reasoning_content), "refuse:<q>" declines (refusal): the
    // shapes reasoning models and OpenAI's refusals have, for the demo and the GUI tests.
    const bool refuse = lastUser.startsWith(QLatin1String("refuse:"));
    const bool think = lastUser.startsWith(QLatin1String("think:"));
    const QStringList reasoning =
        think
            ? splitAnswer(QStringLiteral("Let me think about \"%1\" step by step. ").arg(shorten(lastUser.mid(6), 40)))
            : QStringList();
    if (think)
        lastUser = lastUser.mid(6);
    const QString refusalText = QStringLiteral("I can't help with that request.");
    QStringList pieces = refuse ? QStringList() : splitAnswer(answerFor(lastUser), config.chatStreamChunks);
    QString finishReason = QStringLiteral("stop");
    if (maxTokens.isDouble() && config.chatStreamChunks <= 0 && pieces.size() > maxTokens.toInt()) {
        pieces = pieces.mid(0, maxTokens.toInt());
        finishReason = QStringLiteral("length");
    }
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), static_cast<int>(promptChars / 4 + 1)},
                            {QStringLiteral("completion_tokens"), static_cast<int>(pieces.size())},
                            {QStringLiteral("total_tokens"), static_cast<int>(promptChars / 4 + 1 + pieces.size())}};

    if (!body.value(QStringLiteral("stream")).toBool()) {
        QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("content"), refuse ? QJsonValue() : QJsonValue(pieces.join(QString()))}};
        if (refuse)
            message.insert(QStringLiteral("refusal"), refusalText);
        if (think)
            message.insert(QStringLiteral("reasoning_content"), reasoning.join(QString()));
        const QJsonObject choice{{QStringLiteral("index"), 0},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("finish_reason"), finishReason}};
        FakeReply r = FakeReply::json(200, compact({{QStringLiteral("id"), id},
                                                    {QStringLiteral("object"), QStringLiteral("chat.completion")},
                                                    {QStringLiteral("created"), created},
                                                    {QStringLiteral("model"), modelId},
                                                    {QStringLiteral("choices"), QJsonArray{choice}},
                                                    {QStringLiteral("usage"), usage}}));
        r.setHeader("X-Request-Id", id.toUtf8());
        return r;
    }

    const bool includeUsage =
        body.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool();
    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish) {
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                      {QStringLiteral("created"), created},
                      {QStringLiteral("model"), modelId},
                      {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                         {QStringLiteral("delta"), delta},
                                                                         {QStringLiteral("finish_reason"), finish}}}}};
        if (includeUsage)
            o.insert(QStringLiteral("usage"), QJsonValue::Null);
        return dataEvent(compact(o));
    };
    QByteArrayList events;
    events.reserve(pieces.size() + 4);
    events.append(chunk({{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}},
                        QJsonValue::Null));
    for (const QString &r : reasoning)
        events.append(chunk({{QStringLiteral("reasoning_content"), r}}, QJsonValue::Null));
    if (refuse) {
        for (const QString &r : splitAnswer(refusalText))
            events.append(chunk({{QStringLiteral("refusal"), r}}, QJsonValue::Null));
    }
    // Benchmark answers cycle through a few words 20,000 times: one JSON serialisation per distinct
    // piece keeps building the reply from taking longer than sending it.
    QHash<QString, QByteArray> contentEvents;
    for (const QString &p : pieces) {
        auto it = contentEvents.constFind(p);
        if (it == contentEvents.cend())
            it = contentEvents.insert(p, chunk({{QStringLiteral("content"), p}}, QJsonValue::Null));
        events.append(*it);
    }
    events.append(chunk({}, finishReason));
    if (includeUsage) {
        events.append(dataEvent(compact({{QStringLiteral("id"), id},
                                         {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                                         {QStringLiteral("created"), created},
                                         {QStringLiteral("model"), modelId},
                                         {QStringLiteral("choices"), QJsonArray()},
                                         {QStringLiteral("usage"), usage}})));
    }
    events.append(dataEvent("[DONE]"));
    FakeReply r = FakeReply::sse(events);
    r.setHeader("X-Request-Id", id.toUtf8());
    return r;
}

} // namespace

bool handles(const QString &path)
{
    return path == QLatin1String("/v1") || path.startsWith(QLatin1String("/v1/"));
}

FakeReply handle(const FakeRequest &request, const FakeApiConfig &config, FakeApiCounters &counters)
{
    const bool isModels = request.path == QLatin1String("/v1/models") && request.method == "GET";
    const bool isChat = request.path == QLatin1String("/v1/chat/completions") && request.method == "POST";
    if (!isModels && !isChat)
        return error(404, request.path,
                     QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), request.path));
    FakeReply denied;
    if (!authorize(request, config, &denied))
        return denied;
    return isModels ? models(config) : chat(request, config, counters);
}

QString answerFor(const QString &lastUserMessage)
{
    if (lastUserMessage.startsWith(QLatin1String("echo:")))
        return lastUserMessage.mid(5);
    if (containsHangul(lastUserMessage)) {
        return QStringLiteral("「%1」에 대해 생각해 봤어요. 🌿 오늘은 한 가지씩 차분히 정리해 보세요. "
                              "먼저 마감이 있는 일부터 적어 두면 마음이 한결 가벼워집니다.")
            .arg(shorten(lastUserMessage, 40));
    }
    return QStringLiteral("About \"%1\": 🌿 take it one step at a time today. Write down what has a deadline "
                          "first, and the rest will feel lighter.")
        .arg(shorten(lastUserMessage, 60));
}

QStringList splitAnswer(const QString &answer, int chunkCount)
{
    QStringList words;
    QString current;
    for (QChar c : answer) {
        current += c;
        if (c == QLatin1Char(' ')) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    if (chunkCount <= 0 || words.isEmpty())
        return words;
    // Benchmark mode: exactly chunkCount pieces, cycling through the words.
    QStringList pieces;
    pieces.reserve(chunkCount);
    for (int i = 0; i < chunkCount; ++i)
        pieces.append(words.at(i % words.size()));
    return pieces;
}

QByteArray errorBody(int status, const QString &path, const QJsonValue &message)
{
    QJsonObject o{{QStringLiteral("statusCode"), status},
                  {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("message"), message}};
    if (message.isArray())
        o.insert(QStringLiteral("error"), QStringLiteral("Bad Request"));
    return compact(o);
}

} // namespace FakeRunYour
} // namespace sajudesk
