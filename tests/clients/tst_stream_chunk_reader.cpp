// SPDX-License-Identifier: GPL-3.0-or-later
// RunYourJson::parseStreamData has a fast reader for ordinary chat chunks and falls back to
// QJsonDocument for anything unusual. This test pins the fast reader to the QJsonDocument
// meaning: named edge cases plus seeded random mutations of real chunks must give identical
// results to a reference computed here with QJsonDocument only.
#include "StreamChunkSamples.h"
#include "net/ApiErrorParser.h"
#include "runyour/RunYourJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace sajudesk;
using RunYourJson::StreamChunk;

namespace {

QString referenceContent(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    QString out;
    if (v.isArray()) {
        const QJsonArray parts = v.toArray();
        for (const QJsonValue &p : parts)
            out += p.isString() ? p.toString() : p.toObject().value(QLatin1String("text")).toString();
    }
    return out;
}

int referenceNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue x = o.value(QLatin1String(key));
    return x.isDouble() ? x.toInt(-1) : -1;
}

StreamChunk reference(const QString &data)
{
    StreamChunk chunk;
    if (data.trimmed() == QLatin1String("[DONE]")) {
        chunk.type = StreamChunk::Type::Done;
        return chunk;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(data.toUtf8());
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
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    const QJsonObject choice = choices.isEmpty() ? QJsonObject() : choices.first().toObject();
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    chunk.text = referenceContent(delta.value(QLatin1String("content")));
    chunk.reasoning = delta.value(QLatin1String("reasoning_content")).toString();
    if (chunk.reasoning.isEmpty())
        chunk.reasoning = delta.value(QLatin1String("reasoning")).toString();
    chunk.refusal = delta.value(QLatin1String("refusal")).toString();
    chunk.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
    chunk.usage.promptTokens = referenceNumber(usage, "prompt_tokens");
    chunk.usage.completionTokens = referenceNumber(usage, "completion_tokens");
    chunk.usage.totalTokens = referenceNumber(usage, "total_tokens");
    return chunk;
}

QString describe(const StreamChunk &c)
{
    return QStringLiteral("type=%1 text=%2 reasoning=%3 refusal=%4 finish=%5 id=%6 model=%7 usage=%8/%9/%10 error=%11")
        .arg(int(c.type))
        .arg(c.text, c.reasoning, c.refusal, c.finishReason, c.id, c.model)
        .arg(c.usage.promptTokens)
        .arg(c.usage.completionTokens)
        .arg(c.usage.totalTokens)
        .arg(QString::fromUtf8(QJsonDocument(c.errorPayload).toJson(QJsonDocument::Compact)));
}

bool same(const StreamChunk &a, const StreamChunk &b)
{
    return a.type == b.type && a.text == b.text && a.reasoning == b.reasoning && a.refusal == b.refusal
           && a.finishReason == b.finishReason && a.id == b.id && a.model == b.model
           && a.usage.promptTokens == b.usage.promptTokens && a.usage.completionTokens == b.usage.completionTokens
           && a.usage.totalTokens == b.usage.totalTokens && a.errorPayload == b.errorPayload;
}

} // namespace

class TestStreamChunkReader : public QObject
{
    Q_OBJECT
private slots:
    void matchesQJsonDocument_data();
    void matchesQJsonDocument();
    void randomMutationsMatch();
};

void TestStreamChunkReader::matchesQJsonDocument_data()
{
    QTest::addColumn<QString>("data");
    for (int i = 0; i < int(streamChunkSeeds().size()); ++i)
        QTest::addRow("seed %d", i) << QString::fromUtf8(streamChunkSeeds().at(i));
    for (const auto &[name, json] : streamChunkEdgeCases())
        QTest::newRow(name) << QString::fromUtf8(json);
}

void TestStreamChunkReader::matchesQJsonDocument()
{
    QFETCH(QString, data);
    const StreamChunk expected = reference(data);
    const StreamChunk actual = RunYourJson::parseStreamData(data);
    QVERIFY2(same(actual, expected),
             qPrintable(QStringLiteral("\n  actual:   %1\n  expected: %2").arg(describe(actual), describe(expected))));
}

void TestStreamChunkReader::randomMutationsMatch()
{
    // Deterministic: the same 20,000 mutants every run.
    QRandomGenerator rng(20261123);
    const QByteArray alphabet = QByteArrayLiteral("{}[]\":,\\ 0123456789eE.-+nultrfasu\xed\x95\x9c");
    int checked = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes(streamChunkSeeds().at(rng.bounded(int(streamChunkSeeds().size()))));
        const int edits = 1 + rng.bounded(4);
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const int pos = rng.bounded(int(bytes.size()));
            switch (rng.bounded(3)) {
            case 0:
                bytes[pos] = alphabet.at(rng.bounded(int(alphabet.size())));
                break;
            case 1:
                bytes.remove(pos, 1 + rng.bounded(3));
                break;
            default:
                bytes.insert(pos, alphabet.at(rng.bounded(int(alphabet.size()))));
                break;
            }
        }
        const QString data = QString::fromUtf8(bytes);
        const StreamChunk expected = reference(data);
        const StreamChunk actual = RunYourJson::parseStreamData(data);
        if (!same(actual, expected))
            QFAIL(qPrintable(QStringLiteral("mutant %1 differs\n  input:    %2\n  actual:   %3\n  expected: %4")
                                 .arg(round)
                                 .arg(data, describe(actual), describe(expected))));
        ++checked;
    }
    QCOMPARE(checked, 20000);
}

QTEST_GUILESS_MAIN(TestStreamChunkReader)
#include "tst_stream_chunk_reader.moc"
