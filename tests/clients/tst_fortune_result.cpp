// SPDX-License-Identifier: GPL-3.0-or-later
// One FortuneResult out of every wire shape the Saju API documents (api-contract §2.5, §2.6).
#include "sajuapi/FortuneStreamAssembler.h"
#include "sajuapi/SajuApiJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace sajudesk;

namespace {

using Events = QList<QPair<QString, QString>>;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject obj(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const QJsonObject kCharacter = obj(R"({"dayMaster":"갑목","emoji":"🌳","title":"단단한 뿌리"})");
const QJsonObject kTendency = obj(R"({"scores":{"riskTolerance":58},"summary":"길게 봅니다"})");
const QJsonObject kFortune = obj(R"({"score":71,"actionItems":["산책"],"deficiency":{"element":"earth"}})");
const QJsonObject kRadar = obj(R"({"wood":3,"fire":1})");
const QJsonObject kMeta = obj(R"({"requestId":"req_1","model":"haiku","cached":false,"cost":0.013,"latency":1200})");

QJsonObject sections()
{
    return {{QStringLiteral("character"), kCharacter},
            {QStringLiteral("tendency"), kTendency},
            {QStringLiteral("fortune"), kFortune},
            {QStringLiteral("radar"), kRadar}};
}

FortuneResult reference()
{
    FortuneResult r;
    r.character = kCharacter;
    r.tendency = kTendency;
    r.fortune = kFortune;
    r.extras = {{QStringLiteral("radar"), kRadar}};
    r.meta = FortuneMeta::fromJson(kMeta);
    r.complete = true;
    return r;
}

Events chunks()
{
    return {{QString(), QStringLiteral(R"({"chunk":"오늘은 "})")},
            {QStringLiteral("message"), QStringLiteral(R"({"chunk":"좋은 날 ✨"})")}};
}

FortuneResult assemble(const Events &events)
{
    FortuneStreamAssembler a;
    for (const auto &ev : events)
        a.add(ev.first, ev.second);
    return a.result();
}

} // namespace

class TestFortuneResult : public QObject
{
    Q_OBJECT

private slots:
    void sameResultFromEveryShape_data();
    void sameResultFromEveryShape();
    void nestedNonStreamReply();
    void aliasBesideV0KeyStaysInExtras();
    void unknownDoneKeysAreExtrasNotMeta();
    void sectionsEmittedForNestedDone();
    void namedDoneAndDeltaEvents();
    void roundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
};

void TestFortuneResult::sameResultFromEveryShape_data()
{
    QTest::addColumn<QByteArray>("reply"); // non-stream body, or empty for `events`
    QTest::addColumn<Events>("events");
    QTest::addColumn<QString>("narrative");

    QJsonObject body{
        {QStringLiteral("success"), true}, {QStringLiteral("data"), sections()}, {QStringLiteral("meta"), kMeta}};
    QTest::newRow("non-stream") << QJsonDocument(body).toJson() << Events() << QString();

    QJsonObject bare = sections();
    bare.insert(QStringLiteral("meta"), kMeta);
    bare.insert(QStringLiteral("success"), true);
    QTest::newRow("non-stream bare data") << QJsonDocument(bare).toJson() << Events() << QString();

    QJsonObject nestedBody = body;
    nestedBody.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("fortune"), sections()}});
    QTest::newRow("non-stream nested") << QJsonDocument(nestedBody).toJson() << Events() << QString();

    QTest::newRow("A named events") << QByteArray()
                                    << Events{{QStringLiteral("character"), json(kCharacter)},
                                              {QStringLiteral("tendency"), json(kTendency)},
                                              {QStringLiteral("fortune"), json(kFortune)},
                                              {QStringLiteral("radar"), json(kRadar)},
                                              {QStringLiteral("complete"), json(kMeta)}}
                                    << QString();

    const QJsonObject nested{
        {QStringLiteral("done"), true}, {QStringLiteral("fortune"), sections()}, {QStringLiteral("meta"), kMeta}};
    QTest::newRow("B done nested under fortune")
        << QByteArray() << chunks() + Events{{QString(), json(nested)}} << QStringLiteral("오늘은 좋은 날 ✨");

    QJsonObject flat = sections();
    flat.insert(QStringLiteral("done"), true);
    flat.insert(QStringLiteral("meta"), kMeta);
    QTest::newRow("B done flat") << QByteArray() << chunks() + Events{{QString(), json(flat)}}
                                 << QStringLiteral("오늘은 좋은 날 ✨");

    QJsonObject flatMeta = sections();
    flatMeta.insert(QStringLiteral("done"), true);
    for (auto it = kMeta.constBegin(); it != kMeta.constEnd(); ++it)
        flatMeta.insert(it.key(), it.value());
    QTest::newRow("B done, meta fields beside it")
        << QByteArray() << chunks() + Events{{QString(), json(flatMeta)}} << QStringLiteral("오늘은 좋은 날 ✨");

    const QJsonObject v1Complete{{QStringLiteral("data"), QJsonObject{{QStringLiteral("investmentTendency"), kTendency},
                                                                      {QStringLiteral("todayFortune"), kFortune},
                                                                      {QStringLiteral("radar"), kRadar}}},
                                 {QStringLiteral("meta"), kMeta}};
    QTest::newRow("v1 partial + complete")
        << QByteArray()
        << Events{{QStringLiteral("start"), QStringLiteral(R"({"requestId":"req_1"})")},
                  {QStringLiteral("partial"),
                   json({{QStringLiteral("data"), QJsonObject{{QStringLiteral("character"), kCharacter}}}})},
                  {QStringLiteral("complete"), json(v1Complete)},
                  {QString(), QStringLiteral("[DONE]")}}
        << QString();
}

void TestFortuneResult::sameResultFromEveryShape()
{
    QFETCH(QByteArray, reply);
    QFETCH(Events, events);
    QFETCH(QString, narrative);
    FortuneResult r;
    if (!reply.isEmpty()) {
        QString error;
        const auto parsed = SajuApiJson::parseFortuneResponse(reply, &error);
        QVERIFY2(parsed, qPrintable(error));
        r = *parsed;
    } else {
        r = assemble(events);
    }
    QCOMPARE(r.narrative, narrative);
    r.narrative.clear();
    const FortuneResult expected = reference();
    QCOMPARE(json(r.data()), json(expected.data()));
    QCOMPARE(json(r.meta.raw), json(expected.meta.raw));
    QVERIFY(r == expected);
    QCOMPARE(r.data().value(QLatin1String("fortune")).toObject(), kFortune); // never data.fortune.fortune
}

void TestFortuneResult::nestedNonStreamReply()
{
    const auto r = SajuApiJson::parseFortuneResponse(R"({"data":{"fortune":{"fortune":{"score":5}}}})");
    QVERIFY(r);
    QCOMPARE(r->sections(), QStringList{QStringLiteral("fortune")});
    QCOMPARE(r->fortune.value(QLatin1String("score")).toInt(), 5);
}

void TestFortuneResult::aliasBesideV0KeyStaysInExtras()
{
    const auto r = SajuApiJson::parseFortuneResponse(R"({"data":{"fortune":{"score":1},"todayFortune":{"score":2}}})");
    QVERIFY(r);
    QCOMPARE(r->fortune.value(QLatin1String("score")).toInt(), 1);
    QCOMPARE(r->extras.value(QLatin1String("todayFortune")).toObject().value(QLatin1String("score")).toInt(), 2);
}

void TestFortuneResult::unknownDoneKeysAreExtrasNotMeta()
{
    const FortuneResult r = assemble(
        {{QString(), QStringLiteral(R"({"done":true,"fortune":{"score":3},"luckyColor":"초록","cost":0.013})")}});
    QVERIFY(r.complete);
    QCOMPARE(r.extras, QJsonObject({{QStringLiteral("luckyColor"), QStringLiteral("초록")}}));
    QCOMPARE(r.meta.raw, QJsonObject({{QStringLiteral("cost"), 0.013}}));
    QCOMPARE(r.meta.cost, 0.013);
}

void TestFortuneResult::sectionsEmittedForNestedDone()
{
    FortuneStreamAssembler a;
    using T = FortuneStreamAssembler::Step::Type;
    const QJsonObject done{{QStringLiteral("done"), true}, {QStringLiteral("fortune"), sections()}};
    const auto steps = a.add(QString(), json(done));
    QStringList names;
    for (const auto &s : steps) {
        if (s.type == T::Section)
            names << s.section;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("character"), QStringLiteral("fortune"), QStringLiteral("tendency")}));
    QCOMPARE(steps.last().type, T::Complete);
    QVERIFY(a.deliveredContent());
    QCOMPARE(a.malformedCount(), 0);
}

void TestFortuneResult::namedDoneAndDeltaEvents()
{
    const FortuneResult r = assemble({{QStringLiteral("delta"), QStringLiteral(R"({"text":"오늘은 "})")},
                                      {QStringLiteral("delta"), QStringLiteral(R"({"index":3})")},
                                      {QStringLiteral("delta"), QStringLiteral(R"({"delta":"맑음"})")},
                                      {QStringLiteral("done"), QStringLiteral(R"({"fortune":{"score":9}})")}});
    QVERIFY(r.complete);
    QCOMPARE(r.narrative, QStringLiteral("오늘은 맑음"));
    QCOMPARE(r.fortune.value(QLatin1String("score")).toInt(), 9);
    QVERIFY(r.extras.isEmpty());
}

void TestFortuneResult::roundTrip()
{
    FortuneResult r = reference();
    r.narrative = QStringLiteral("오늘은 좋은 날 ✨\n둘째 줄");
    const auto back = FortuneResult::fromJson(r.toJson());
    QVERIFY(back);
    QVERIFY(*back == r);
    // Through bytes, as the cache stores it.
    const auto again = FortuneResult::fromJson(QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object());
    QVERIFY(again && *again == r);
}

void TestFortuneResult::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("data not object") << QByteArray(R"({"data":[1]})");
    QTest::newRow("meta not object") << QByteArray(R"({"data":{},"meta":"x"})");
    QTest::newRow("narrative not text") << QByteArray(R"({"data":{},"narrative":5})");
}

void TestFortuneResult::fromJsonRejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!FortuneResult::fromJson(QJsonDocument::fromJson(text).object()));
}

QTEST_GUILESS_MAIN(TestFortuneResult)
#include "tst_fortune_result.moc"
