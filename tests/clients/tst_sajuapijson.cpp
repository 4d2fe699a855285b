// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneStreamAssembler.h"
#include "sajuapi/SajuApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sajudesk;

namespace {

QJsonObject pillar(const char *stemH, const char *stemC, const char *branchH, const char *branchC)
{
    return QJsonObject{{QStringLiteral("stem"), QJsonObject{{QStringLiteral("hangul"), QString::fromUtf8(stemH)},
                                                            {QStringLiteral("hanja"), QString::fromUtf8(stemC)}}},
                       {QStringLiteral("branch"), QJsonObject{{QStringLiteral("hangul"), QString::fromUtf8(branchH)},
                                                              {QStringLiteral("hanja"), QString::fromUtf8(branchC)}}}};
}

QJsonObject referenceSaju()
{
    return QJsonObject{
        {QStringLiteral("pillars"), QJsonObject{{QStringLiteral("year"), pillar("임", "壬", "신", "申")},
                                                {QStringLiteral("month"), pillar("무", "戊", "신", "申")},
                                                {QStringLiteral("day"), pillar("갑", "甲", "술", "戌")},
                                                {QStringLiteral("hour"), pillar("정", "丁", "묘", "卯")}}},
        {QStringLiteral("dayMaster"), QJsonObject{{QStringLiteral("element"), QStringLiteral("wood")},
                                                  {QStringLiteral("name"), QStringLiteral("갑목")}}}};
}

} // namespace

class TestSajuApiJson : public QObject
{
    Q_OBJECT

private slots:
    void seoulDate_data();
    void seoulDate();
    void validate_data();
    void validate();
    void fortuneBody();
    void fortuneResponse_data();
    void fortuneResponse();
    void streamFormatA();
    void streamFormatB();
    void streamV1();
    void streamEvents_data();
    void streamEvents();
    void sajuCalc_data();
    void sajuCalc();
};

void TestSajuApiJson::seoulDate_data()
{
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QDate>("seoul");
    QTest::newRow("before 15:00 UTC") << QDateTime(QDate(2026, 5, 1), QTime(14, 59, 59), Qt::UTC) << QDate(2026, 5, 1);
    QTest::newRow("at 15:00 UTC next day") << QDateTime(QDate(2026, 5, 1), QTime(15, 0), Qt::UTC) << QDate(2026, 5, 2);
    QTest::newRow("new year") << QDateTime(QDate(2026, 12, 31), QTime(20, 0), Qt::UTC) << QDate(2027, 1, 1);
    QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 28), QTime(16, 0), Qt::UTC) << QDate(2028, 2, 29);
    QTest::newRow("offset input") << QDateTime(QDate(2026, 5, 1), QTime(23, 30), Qt::OffsetFromUTC, -3600 * 5)
                                  << QDate(2026, 5, 2);
}

void TestSajuApiJson::seoulDate()
{
    QFETCH(QDateTime, utc);
    QFETCH(QDate, seoul);
    QCOMPARE(SajuApiJson::seoulDate(utc), seoul);
}

void TestSajuApiJson::validate_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withSaju");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("ok") << QStringLiteral("haiku") << QStringLiteral("이서준") << true << QString() << QString();
    QTest::newRow("emoji name") << QStringLiteral("gpt4o") << QStringLiteral("서준 🐯") << true << QString()
                                << QString();
    QTest::newRow("bad model") << QStringLiteral("gpt5") << QStringLiteral("a") << true
                               << QStringLiteral("invalid_model") << QStringLiteral("model");
    QTest::newRow("hangul model") << QStringLiteral("하이쿠") << QStringLiteral("a") << true
                                  << QStringLiteral("invalid_model") << QStringLiteral("model");
    QTest::newRow("empty name") << QStringLiteral("sonnet") << QStringLiteral("  ") << true
                                << QStringLiteral("invalid_input") << QStringLiteral("userName");
    QTest::newRow("long name") << QStringLiteral("haiku") << QString(101, QChar(0xAC00)) << true
                               << QStringLiteral("invalid_input") << QStringLiteral("userName");
    QTest::newRow("no saju") << QStringLiteral("haiku") << QStringLiteral("a") << false
                             << QStringLiteral("invalid_input") << QStringLiteral("saju.pillars.year");
}

void TestSajuApiJson::validate()
{
    QFETCH(QString, model);
    QFETCH(QString, name);
    QFETCH(bool, withSaju);
    QFETCH(QString, code);
    QFETCH(QString, field);
    FortuneParams p;
    p.model = model;
    p.userName = name;
    if (withSaju)
        p.saju = referenceSaju();
    const ApiError e = SajuApiJson::validate(p, QStringLiteral("/api/daily-fortune"));
    QCOMPARE(e.code, code);
    QCOMPARE(e.field, field);
    if (!code.isEmpty()) {
        QCOMPARE(e.kind, ApiError::Kind::Input);
        QVERIFY(!e.message.isEmpty());
    }
}

void TestSajuApiJson::fortuneBody()
{
    FortuneParams p;
    p.saju = referenceSaju();
    p.userName = QStringLiteral(" 이서준 ");
    p.date = QDate(2026, 5, 2);
    QJsonObject o = QJsonDocument::fromJson(SajuApiJson::buildFortuneBody(p)).object();
    QCOMPARE(o.value(QLatin1String("userName")).toString(), QStringLiteral("이서준"));
    QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("haiku"));
    QCOMPARE(o.value(QLatin1String("date")).toString(), QStringLiteral("2026-05-02"));
    QVERIFY(!o.contains(QLatin1String("type")));
    QCOMPARE(o.value(QLatin1String("saju")).toObject(), referenceSaju());

    p.date = QDate();
    p.fortuneOnly = true;
    p.model = QStringLiteral("sonnet");
    o = QJsonDocument::fromJson(SajuApiJson::buildFortuneBody(p)).object();
    QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("fortune_only"));
    QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("sonnet"));
    // Always sent, always the Seoul calendar day.
    QCOMPARE(o.value(QLatin1String("date")).toString(), SajuApiJson::seoulToday().toString(Qt::ISODate));
}

void TestSajuApiJson::fortuneResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<double>("cost");
    QTest::newRow("v0 full") << QByteArray(R"({"success":true,"data":{"character":{"dayMaster":"갑목","emoji":"🌳"},)"
                                           R"("tendency":{"scores":{"riskTolerance":58}},"fortune":{"score":71,)"
                                           R"("actionItems":["a",{"text":"b"}]},"extra":{"x":1}},)"
                                           R"("meta":{"requestId":"req_k2","model":"haiku","cached":false,)"
                                           R"("cost":0.013,"latency":1875}})")
                             << true
                             << QStringList{QStringLiteral("character"), QStringLiteral("tendency"),
                                            QStringLiteral("fortune")}
                             << QStringLiteral("req_k2") << 0.013;
    QTest::newRow("v1 names") << QByteArray(R"({"success":true,"data":{"character":{},"investmentTendency":{"a":1},)"
                                            R"("todayFortune":{"score":3}},"meta":{"requestId":"r"}})")
                              << true << QStringList{QStringLiteral("tendency"), QStringLiteral("fortune")}
                              << QStringLiteral("r") << -1.0;
    QTest::newRow("fortune only") << QByteArray(R"({"success":true,"data":{"fortune":{"score":50}}})") << true
                                  << QStringList{QStringLiteral("fortune")} << QString() << -1.0;
    QTest::newRow("bare data") << QByteArray(R"({"fortune":{"score":50}})") << true
                               << QStringList{QStringLiteral("fortune")} << QString() << -1.0;
    QTest::newRow("no sections") << QByteArray(R"({"success":true,"data":{}})") << false << QStringList() << QString()
                                 << -1.0;
    QTest::newRow("garbage") << QByteArray("<html>") << false << QStringList() << QString() << -1.0;
}

void TestSajuApiJson::fortuneResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, sections);
    QFETCH(QString, requestId);
    QFETCH(double, cost);
    QString error;
    const auto r = SajuApiJson::parseFortuneResponse(body, &error);
    QCOMPARE(r.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(r->sections(), sections);
    QCOMPARE(r->meta.requestId, requestId);
    QCOMPARE(r->meta.cost, cost);
    QVERIFY(r->complete);
    if (QTest::currentDataTag() == QByteArrayView("v0 full")) {
        QCOMPARE(r->extras.value(QLatin1String("extra")).toObject().value(QLatin1String("x")).toInt(), 1);
        QCOMPARE(r->meta.latencyMs, 1875.0);
        QCOMPARE(r->character.value(QLatin1String("emoji")).toString(), QStringLiteral("🌳"));
    }
}

void TestSajuApiJson::streamFormatA()
{
    FortuneStreamAssembler a;
    using T = FortuneStreamAssembler::Step::Type;
    auto s = a.add(QStringLiteral("character"), QStringLiteral(R"({"dayMaster":"갑목","emoji":"🌳"})"));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().type, T::Section);
    QCOMPARE(s.first().section, QStringLiteral("character"));
    QVERIFY(a.deliveredContent());
    s = a.add(QStringLiteral("tendency"), QStringLiteral(R"({"scores":{"riskTolerance":58}})"));
    QCOMPARE(s.first().section, QStringLiteral("tendency"));
    s = a.add(QStringLiteral("fortune"), QStringLiteral(R"({"score":71,"actionItems":["…"]})"));
    QCOMPARE(s.first().section, QStringLiteral("fortune"));
    QVERIFY(!a.isComplete());
    s = a.add(QStringLiteral("complete"), QStringLiteral(R"({"cached":true,"cost":0})"));
    QCOMPARE(s.last().type, T::Complete);
    QVERIFY(a.isComplete());
    QCOMPARE(a.result().meta.cached, true);
    QCOMPARE(a.result().meta.cost, 0.0);
    QCOMPARE(a.result().sections().size(), 3);
    QCOMPARE(a.result().fortune.value(QLatin1String("score")).toInt(), 71);
}

void TestSajuApiJson::streamFormatB()
{
    FortuneStreamAssembler a;
    using T = FortuneStreamAssembler::Step::Type;
    auto s = a.add(QString(), QStringLiteral(R"({"chunk":"오늘은 "})"));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().type, T::Narrative);
    a.add(QStringLiteral("message"), QStringLiteral(R"({"chunk":"좋은 날 ✨"})"));
    QCOMPARE(a.result().narrative, QStringLiteral("오늘은 좋은 날 ✨"));
    s = a.add(QString(), QStringLiteral(R"({"done":true,"fortune":{"score":71},"cached":false,"cost":0.013})"));
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).type, T::Section);
    QCOMPARE(s.at(0).section, QStringLiteral("fortune"));
    QCOMPARE(s.at(1).type, T::Complete);
    QCOMPARE(a.result().meta.cost, 0.013);
    // A trailing [DONE] after completion is harmless.
    QVERIFY(a.add(QString(), QStringLiteral("[DONE]")).isEmpty());
}

void TestSajuApiJson::streamV1()
{
    FortuneStreamAssembler a;
    using T = FortuneStreamAssembler::Step::Type;
    QVERIFY(a.add(QStringLiteral("start"), QStringLiteral(R"({"requestId":"r1"})")).isEmpty());
    auto s = a.add(QStringLiteral("partial"), QStringLiteral(R"({"data":{"character":{"title":"t"}}})"));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().section, QStringLiteral("character"));
    s = a.add(QStringLiteral("complete"),
              QStringLiteral(R"({"data":{"todayFortune":{"score":1}},"meta":{"cached":true,"costPerCall":0}})"));
    QCOMPARE(s.last().type, T::Complete);
    QCOMPARE(a.result().fortune.value(QLatin1String("score")).toInt(), 1);
    QCOMPARE(a.result().meta.cached, true);
    QCOMPARE(a.result().meta.cost, 0.0);
}

void TestSajuApiJson::streamEvents_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("type");
    using T = FortuneStreamAssembler::Step::Type;
    QTest::newRow("named error json") << QStringLiteral("error")
                                      << QStringLiteral(R"({"code":"ai_provider_error","message":"x"})")
                                      << int(T::Error);
    QTest::newRow("named error text") << QStringLiteral("error") << QStringLiteral("upstream broke") << int(T::Error);
    QTest::newRow("anon envelope error") << QString()
                                         << QStringLiteral(
                                                R"({"success":false,"error":{"code":"timeout","message":"t"}})")
                                         << int(T::Error);
    QTest::newRow("anon typed error") << QString() << QStringLiteral(R"({"type":"error","message":"m"})")
                                      << int(T::Error);
    QTest::newRow("garbage") << QString() << QStringLiteral("{{{") << int(T::Malformed);
    QTest::newRow("section not object") << QStringLiteral("fortune") << QStringLiteral("[1]") << int(T::Malformed);
    QTest::newRow("unknown event") << QStringLiteral("ping") << QStringLiteral("{}") << int(T::None);
    QTest::newRow("empty chunk") << QString() << QStringLiteral(R"({"chunk":""})") << int(T::None);
}

void TestSajuApiJson::streamEvents()
{
    QFETCH(QString, event);
    QFETCH(QString, data);
    QFETCH(int, type);
    FortuneStreamAssembler a;
    const auto steps = a.add(event, data);
    if (type == int(FortuneStreamAssembler::Step::Type::None)) {
        QVERIFY(steps.isEmpty());
        return;
    }
    QCOMPARE(steps.size(), 1);
    QCOMPARE(int(steps.first().type), type);
    if (type == int(FortuneStreamAssembler::Step::Type::Error))
        QVERIFY(!steps.first().object.isEmpty());
}

void TestSajuApiJson::sajuCalc_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("yearHanja");
    QTest::addColumn<bool>("hourNull");
    const QByteArray bare = R"({"pillars":{"year":{"stem":{"kr":"임","hangul":"임","cn":"壬","element":"water"},)"
                            R"("branch":{"hangul":"신","cn":"申","animal":"원숭이"},"fullKr":"임신"},)"
                            R"("month":{"stem":{"hangul":"무"},"branch":{"hangul":"신"}},)"
                            R"("day":{"stem":{"hangul":"갑"},"branch":{"hangul":"술"}},)"
                            R"("hour":{"stem":{"hangul":"정"},"branch":{"hangul":"묘"}}},)"
                            R"("dayMaster":{"element":"wood","name":"갑목"}})";
    QTest::newRow("bare") << bare << true << QStringLiteral("壬") << false;
    QTest::newRow("wrapped") << QByteArray(R"({"success":true,"data":)" + bare + R"(,"meta":{"requestId":"r"}})")
                             << true << QStringLiteral("壬") << false;
    QTest::newRow("no hour") << QByteArray(R"({"pillars":{"year":{"stem":{"kr":"경","cn":"庚"},"branch":{}},)"
                                           R"("month":{"stem":{},"branch":{}},"day":{"stem":{},"branch":{}}}})")
                             << true << QStringLiteral("庚") << true;
    QTest::newRow("missing day") << QByteArray(R"({"pillars":{"year":{},"month":{}}})") << false << QString() << false;
    QTest::newRow("garbage") << QByteArray("nope") << false << QString() << false;
}

void TestSajuApiJson::sajuCalc()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, yearHanja);
    QFETCH(bool, hourNull);
    const auto r = SajuApiJson::parseSajuCalcResponse(body);
    QCOMPARE(r.has_value(), ok);
    if (!ok)
        return;
    const QJsonObject pillars = r->value(QLatin1String("pillars")).toObject();
    const QJsonObject yearStem =
        pillars.value(QLatin1String("year")).toObject().value(QLatin1String("stem")).toObject();
    QCOMPARE(yearStem.value(QLatin1String("hanja")).toString(), yearHanja);
    QVERIFY(!yearStem.contains(QLatin1String("cn")));
    QVERIFY(yearStem.contains(QLatin1String("hangul")));
    QCOMPARE(pillars.value(QLatin1String("hour")).isNull(), hourNull);
}

QTEST_GUILESS_MAIN(TestSajuApiJson)
#include "tst_sajuapijson.moc"
