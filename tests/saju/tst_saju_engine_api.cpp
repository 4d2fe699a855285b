// SPDX-License-Identifier: GPL-3.0-or-later
// Saju engine interface: typed errors for bad input, parsing, 子 rules, the Saju API JSON object,
// element counts, cities and the Saju API request/compare check.

#include "SajuEngineSupport.h"

using namespace sajudesk::saju;
using namespace sajudesk::saju::test;

class TstSajuEngineApi : public QObject
{
    Q_OBJECT

private slots:
    void badInputs_data();
    void badInputs();
    void badBytes();
    void errorMessagesAreSpecific();
    void parseValid_data();
    void parseValid();
    void ziRules_data();
    void ziRules();
    void sajuJson();
    void sajuJsonTimeUnknown();
    void elementCountsAndDayMaster();
    void cities_data();
    void cities();
    void sajuApiRequest();
    void sajuApiCompare_data();
    void sajuApiCompare();
};

void TstSajuEngineApi::badInputs_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<SajuErrorCode>("code");
    QTest::newRow("2023-02-29") << QStringLiteral("2023-02-29") << SajuErrorCode::InvalidDate;
    QTest::newRow("2023-02-29 12:00") << QStringLiteral("2023-02-29 12:00") << SajuErrorCode::InvalidDate;
    QTest::newRow("month 13") << QStringLiteral("2023-13-01") << SajuErrorCode::InvalidDate;
    QTest::newRow("day 00") << QStringLiteral("2023-01-00") << SajuErrorCode::InvalidDate;
    QTest::newRow("25:00") << QStringLiteral("2023-02-28 25:00") << SajuErrorCode::InvalidTime;
    QTest::newRow("24:00") << QStringLiteral("2023-02-28 24:00") << SajuErrorCode::InvalidTime;
    QTest::newRow("12:60") << QStringLiteral("2023-02-28 12:60") << SajuErrorCode::InvalidTime;
    QTest::newRow("1899-12-31") << QStringLiteral("1899-12-31") << SajuErrorCode::OutOfRange;
    QTest::newRow("1899-12-31 23:59") << QStringLiteral("1899-12-31 23:59") << SajuErrorCode::OutOfRange;
    QTest::newRow("2101-01-01") << QStringLiteral("2101-01-01") << SajuErrorCode::OutOfRange;
    QTest::newRow("no leap month 3 in 2023") << QStringLiteral("L!2023-03-01") << SajuErrorCode::NonexistentLeapMonth;
    QTest::newRow("no leap month in 2024")
        << QStringLiteral("L!2024-05-01 10:00") << SajuErrorCode::NonexistentLeapMonth;
    QTest::newRow("day 30 of a 29-day month") << QStringLiteral("L2023-01-30") << SajuErrorCode::InvalidLunarDay;
    QTest::newRow("day 30 of a 29-day leap month") << QStringLiteral("L!2023-02-30") << SajuErrorCode::InvalidLunarDay;
    QTest::newRow("lunar day 31") << QStringLiteral("L2023-02-31") << SajuErrorCode::InvalidDate;
    QTest::newRow("lunar before table") << QStringLiteral("L1899-11-01") << SajuErrorCode::LunarOutOfRange;
    QTest::newRow("lunar after table") << QStringLiteral("L2050-12-01") << SajuErrorCode::LunarOutOfRange;
    QTest::newRow("lunar after KASI range") << QStringLiteral("L2050-11-19") << SajuErrorCode::LunarOutOfRange;
    QTest::newRow("lunar 2080") << QStringLiteral("L2080-01-01") << SajuErrorCode::LunarOutOfRange;
    QTest::newRow("empty") << QString() << SajuErrorCode::EmptyInput;
    QTest::newRow("blank") << QStringLiteral(" \t ") << SajuErrorCode::EmptyInput;
    QTest::newRow("garbage") << QStringLiteral("hello world") << SajuErrorCode::Malformed;
    QTest::newRow("control bytes") << QStringLiteral("\x01\x02\x7f") << SajuErrorCode::Malformed;
    QTest::newRow("replacement char") << QStringLiteral("2023-01-01 \uFFFD") << SajuErrorCode::Malformed;
    QTest::newRow("one-digit month") << QStringLiteral("2023-1-01") << SajuErrorCode::Malformed;
    QTest::newRow("trailing text") << QStringLiteral("2023-01-01 10:00 KST") << SajuErrorCode::Malformed;
    QTest::newRow("seconds") << QStringLiteral("2023-01-01 10:00:00") << SajuErrorCode::Malformed;
    QTest::newRow("slashes") << QStringLiteral("2023/01/01") << SajuErrorCode::Malformed;
    QTest::newRow("fullwidth digits") << QStringLiteral("２０２３-01-01") << SajuErrorCode::Malformed;
    QTest::newRow("only prefix") << QStringLiteral("L!") << SajuErrorCode::Malformed;
}

void TstSajuEngineApi::badInputs()
{
    QFETCH(QString, line);
    QFETCH(SajuErrorCode, code);
    const Result<FourPillars> r = SajuEngine::computeLine(line);
    QVERIFY(!r.ok());
    QCOMPARE(errorCodeName(r.error().code), errorCodeName(code));
    QVERIFY(!r.error().message().isEmpty());
    // The byte overload gives the same answer for valid UTF-8.
    const Result<BirthInput> parsed = parseBirthLine(QByteArrayView(line.toUtf8()));
    if (parsed.ok())
        QCOMPARE(errorCodeName(SajuEngine::compute(parsed.value()).error().code), errorCodeName(code));
    else
        QCOMPARE(errorCodeName(parsed.error().code), errorCodeName(code));
}

void TstSajuEngineApi::badBytes()
{
    for (const QByteArray &bytes : {QByteArray("\xff\xfe\x31\x39\x39\x30"), QByteArray("1990-01-01 \xc3\x28"),
                                    QByteArray("\xed\xa0\x80 1990-01-01"), QByteArray("1990-01-\xe0\x80\x80")}) {
        const Result<BirthInput> r = parseBirthLine(QByteArrayView(bytes));
        QVERIFY2(!r.ok(), bytes.toHex().constData());
        QCOMPARE(errorCodeName(r.error().code), QStringLiteral("invalid-encoding"));
    }
    const Result<BirthInput> ok = parseBirthLine(QByteArrayView("L!2023-02-10 07:30"));
    QVERIFY(ok.ok());
    QVERIFY(ok->leapMonth);
}

void TstSajuEngineApi::errorMessagesAreSpecific()
{
    const Result<FourPillars> r = SajuEngine::computeLine(QStringLiteral("1899-12-31"));
    QVERIFY(r.error().message().contains(QStringLiteral("1899-12-31")));
    QVERIFY(r.error().message().contains(QStringLiteral("1900-01-01")));
    const Result<FourPillars> leap = SajuEngine::computeLine(QStringLiteral("L!2023-03-01"));
    QVERIFY(leap.error().message().contains(QStringLiteral("2023-윤03-01")));
    BirthInput in;
    in.year = 2000;
    in.month = 1;
    in.day = 1;
    in.longitude = std::nan("");
    QCOMPARE(SajuEngine::compute(in).error().code, SajuErrorCode::InvalidLongitude);
    in.longitude = 181;
    QCOMPARE(SajuEngine::compute(in).error().code, SajuErrorCode::InvalidLongitude);
    QCOMPARE(parseLongitude(u"abc").error().code, SajuErrorCode::InvalidLongitude);
    QCOMPARE(parseLongitude(u"127.5E").value(), 127.5);
}

void TstSajuEngineApi::parseValid_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("pillars");
    QTest::addColumn<QString>("civilDate");
    QTest::newRow("api-contract example")
        << QStringLiteral("1992-08-26 05:40") << QStringLiteral("壬申 戊申 甲戌 丁卯") << QStringLiteral("1992-08-26");
    QTest::newRow("T separator, spaces") << QStringLiteral("  1992-08-26T05:40 ")
                                         << QStringLiteral("壬申 戊申 甲戌 丁卯") << QStringLiteral("1992-08-26");
    QTest::newRow("one-digit hour") << QStringLiteral("1992-08-26 5:40") << QStringLiteral("壬申 戊申 甲戌 丁卯")
                                    << QStringLiteral("1992-08-26");
    QTest::newRow("date only") << QStringLiteral("1992-08-26") << QStringLiteral("壬申 戊申 甲戌 -")
                               << QStringLiteral("1992-08-26");
    // Lunar 1992-07-28 is 1992-08-26 (KASI).
    QTest::newRow("lunar") << QStringLiteral("L1992-07-28 05:40") << QStringLiteral("壬申 戊申 甲戌 丁卯")
                           << QStringLiteral("1992-08-26");
    QTest::newRow("leap lunar 2012") << QStringLiteral("L!2012-03-01") << QStringLiteral("壬辰 甲辰 壬子 -")
                                     << QStringLiteral("2012-04-21");
    QTest::newRow("lunar 2012-04 (CN leap)")
        << QStringLiteral("L2012-04-01") << QStringLiteral("壬辰 乙巳 壬午 -") << QStringLiteral("2012-05-21");
}

void TstSajuEngineApi::parseValid()
{
    QFETCH(QString, line);
    QFETCH(QString, pillars);
    QFETCH(QString, civilDate);
    const FourPillars p = mustCompute(line);
    QCOMPARE(pillarsText(p), pillars);
    QCOMPARE(p.civilDate.toString(), civilDate);
}

void TstSajuEngineApi::ziRules_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("zi");
    QTest::addColumn<QString>("dayHour");
    // dante-a.tistory.com/230: 2023-08-05 23:30 → 乙未日 戊子時 (split, no longitude correction).
    QTest::newRow("split 23:30") << QStringLiteral("2023-08-05 23:30") << 135.0 << QStringLiteral("split")
                                 << QStringLiteral("乙未 戊子");
    QTest::newRow("23 23:30") << QStringLiteral("2023-08-05 23:30") << 135.0 << QStringLiteral("23")
                              << QStringLiteral("丙申 戊子");
    QTest::newRow("midnight 23:30") << QStringLiteral("2023-08-05 23:30") << 135.0 << QStringLiteral("midnight")
                                    << QStringLiteral("乙未 丙子");
    QTest::newRow("split 00:30") << QStringLiteral("2023-08-06 00:30") << 135.0 << QStringLiteral("split")
                                 << QStringLiteral("丙申 戊子");
    QTest::newRow("23 00:30") << QStringLiteral("2023-08-06 00:30") << 135.0 << QStringLiteral("23")
                              << QStringLiteral("丙申 戊子");
    QTest::newRow("midnight 00:30") << QStringLiteral("2023-08-06 00:30") << 135.0 << QStringLiteral("midnight")
                                    << QStringLiteral("丙申 戊子");
    QTest::newRow("split 22:59") << QStringLiteral("2023-08-05 22:59") << 135.0 << QStringLiteral("split")
                                 << QStringLiteral("乙未 丁亥");
    // Seoul LMT: 23:30 KST is 22:57:55 LMT, still 亥 of the same day under every rule.
    QTest::newRow("seoul 23:30 split") << QStringLiteral("2023-08-05 23:30") << kSeoulLongitude
                                       << QStringLiteral("split") << QStringLiteral("乙未 丁亥");
    QTest::newRow("seoul 23:30 23") << QStringLiteral("2023-08-05 23:30") << kSeoulLongitude << QStringLiteral("23")
                                    << QStringLiteral("乙未 丁亥");
    QTest::newRow("seoul 23:33 23") << QStringLiteral("2023-08-05 23:33") << kSeoulLongitude << QStringLiteral("23")
                                    << QStringLiteral("丙申 戊子");
}

void TstSajuEngineApi::ziRules()
{
    QFETCH(QString, line);
    QFETCH(double, longitude);
    QFETCH(QString, zi);
    QFETCH(QString, dayHour);
    BirthInput options;
    options.longitude = longitude;
    options.zi = ziRuleFromName(zi).value();
    const FourPillars p = mustCompute(line, options);
    QCOMPARE(p.day.hanja() + QLatin1Char(' ') + p.hour.hanja(), dayHour);
    QCOMPARE(p.zi, options.zi);
}

void TstSajuEngineApi::sajuJson()
{
    const FourPillars p = mustCompute(QStringLiteral("1992-08-26 05:40"));
    const QByteArray expected = R"({"pillars":{
        "year":  { "stem": { "hangul": "임", "hanja": "壬" }, "branch": { "hangul": "신", "hanja": "申" } },
        "month": { "stem": { "hangul": "무", "hanja": "戊" }, "branch": { "hangul": "신", "hanja": "申" } },
        "day":   { "stem": { "hangul": "갑", "hanja": "甲" }, "branch": { "hangul": "술", "hanja": "戌" } },
        "hour":  { "stem": { "hangul": "정", "hanja": "丁" }, "branch": { "hangul": "묘", "hanja": "卯" } }},
        "dayMaster": { "element": "wood", "name": "갑목" }})";
    QCOMPARE(p.toSajuJson(), QJsonDocument::fromJson(expected).object());
    QCOMPARE(p.hangulText(), QStringLiteral("임신 무신 갑술 정묘"));
}

void TstSajuEngineApi::sajuJsonTimeUnknown()
{
    const FourPillars p = mustCompute(QStringLiteral("1986-05-29"));
    const QJsonObject pillars = p.toSajuJson().value(QStringLiteral("pillars")).toObject();
    QVERIFY(pillars.contains(QStringLiteral("hour")));
    QVERIFY(pillars.value(QStringLiteral("hour")).isNull());
    QCOMPARE(pillars.size(), 4);
    QCOMPARE(p.hangulText().right(1), QStringLiteral("-"));
    const QJsonObject detail = p.toDetailJson();
    QVERIFY(detail.value(QStringLiteral("lmt")).isNull());
    QCOMPARE(detail.value(QStringLiteral("flags")).toArray().first().toString(), QStringLiteral("time-unknown"));
}

void TstSajuEngineApi::elementCountsAndDayMaster()
{
    // 壬申 戊申 甲戌 丁卯: water metal earth metal wood earth fire wood.
    const FourPillars p = mustCompute(QStringLiteral("1992-08-26 05:40"));
    QCOMPARE(p.elementCounts(), (std::array<int, 5>{2, 1, 2, 2, 1}));
    QCOMPARE(p.dayMasterElement(), Element::Wood);
    QCOMPARE(p.dayMasterName(), QStringLiteral("갑목"));
    const FourPillars noHour = mustCompute(QStringLiteral("1992-08-26"));
    QCOMPARE(noHour.elementCounts(), (std::array<int, 5>{1, 0, 2, 2, 1}));
    // 丙 day → 병화
    QCOMPARE(mustCompute(QStringLiteral("2023-08-06 12:00")).dayMasterName(), QStringLiteral("병화"));
}

void TstSajuEngineApi::cities_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("longitude");
    QTest::newRow("서울") << QStringLiteral("서울") << 126.978;
    QTest::newRow("Seoul") << QStringLiteral("Seoul") << 126.978;
    QTest::newRow("seoul lower") << QStringLiteral("seoul") << 126.978;
    QTest::newRow("부산") << QStringLiteral("부산") << 129.075;
    QTest::newRow("부산광역시") << QStringLiteral("부산광역시") << 129.075;
    QTest::newRow("BUSAN") << QStringLiteral("BUSAN") << 129.075;
    QTest::newRow("강릉") << QStringLiteral("강릉") << 128.876;
    QTest::newRow("Jeju") << QStringLiteral("Jeju") << 126.531;
    QTest::newRow("unknown") << QStringLiteral("Tokyo") << -1.0;
    QTest::newRow("empty") << QString() << -1.0;
}

void TstSajuEngineApi::cities()
{
    QFETCH(QString, name);
    QFETCH(double, longitude);
    const std::optional<City> c = findCity(name);
    QCOMPARE(c.has_value(), longitude > 0);
    if (c)
        QCOMPARE(c->longitude, longitude);
    for (const char16_t *ko : {u"서울", u"부산", u"인천", u"대구", u"대전", u"광주", u"울산", u"세종", u"수원", u"춘천",
                               u"강릉", u"청주", u"전주", u"포항", u"창원", u"제주"}) {
        const std::optional<City> city = findCity(QStringView(ko));
        QVERIFY(city.has_value());
        QVERIFY(city->longitude > 124.5 && city->longitude < 131.0);
        QCOMPARE(findCity(city->nameEn)->nameKo, city->nameKo);
    }
}

void TstSajuEngineApi::sajuApiRequest()
{
    const QJsonObject body =
        sajuApiCheckRequest(mustCompute(QStringLiteral("L1992-07-28 05:40")), QStringLiteral("female"));
    QCOMPARE(body, QJsonDocument::fromJson(R"({"year":1992,"month":8,"day":26,"hour":5,"gender":"female",
                                                "calendarType":"solar"})")
                       .object());
    QVERIFY(!sajuApiCheckRequest(mustCompute(QStringLiteral("1992-08-26")), QStringLiteral("male"))
                 .contains(QStringLiteral("hour")));
}

void TstSajuEngineApi::sajuApiCompare_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<QString>("mismatches");
    // 1992-08-26 05:40 → 壬申 戊申 甲戌 丁卯
    const QByteArray bare = R"({"pillars":{
        "year":{"stem":{"kr":"임","hangul":"임","cn":"壬","index":8},"branch":{"kr":"신","cn":"申"}},
        "month":{"stem":{"cn":"戊"},"branch":{"cn":"申"}},
        "day":{"stem":{"cn":"甲"},"branch":{"cn":"戌"}},
        "hour":{"stem":{"cn":"丁"},"branch":{"cn":"卯"}}}})";
    QTest::newRow("bare, same") << QStringLiteral("1992-08-26 05:40") << bare << true << QString();
    QTest::newRow("wrapped, wall-clock hour") << QStringLiteral("1992-08-26 05:40") << QByteArray(R"({"success":true,
        "data":{"pillars":{"year":{"stem":{"hanja":"壬"},"branch":{"hanja":"申"}},
        "month":{"stem":{"hanja":"戊"},"branch":{"hanja":"申"}},
        "day":{"stem":{"hanja":"甲"},"branch":{"hanja":"戌"}},
        "hour":{"stem":{"hanja":"丙"},"branch":{"hanja":"寅"}}}}})")
                                              << true << QStringLiteral("hour:丁卯/丙寅");
    QTest::newRow("hangul and index only") << QStringLiteral("1992-08-26 05:40") << QByteArray(R"({"pillars":{
        "year":{"stem":{"hangul":"임"},"branch":{"hangul":"신"}},
        "month":{"stem":{"index":4},"branch":{"index":8}},
        "day":{"stem":{"kr":"갑"},"branch":{"kr":"술"}},
        "hour":null}})") << true << QStringLiteral("hour:丁卯/-");
    QTest::newRow("time unknown, API sends an hour")
        << QStringLiteral("1992-08-26") << bare << true << QStringLiteral("hour:-/丁卯");
    QTest::newRow("no pillars") << QStringLiteral("1992-08-26") << QByteArray(R"({"success":true,"data":{}})") << false
                                << QString();
    QTest::newRow("unreadable day") << QStringLiteral("1992-08-26") << QByteArray(R"({"pillars":{
        "year":{"stem":{"cn":"壬"},"branch":{"cn":"申"}},"month":{"stem":{"cn":"戊"},"branch":{"cn":"申"}},
        "day":{"stem":{"cn":"X"},"branch":{"cn":"戌"}}}})")
                                    << false << QString();
}

void TstSajuEngineApi::sajuApiCompare()
{
    QFETCH(QString, line);
    QFETCH(QByteArray, response);
    QFETCH(bool, parsed);
    QFETCH(QString, mismatches);
    const QJsonObject o = QJsonDocument::fromJson(response).object();
    QVERIFY(!o.isEmpty());
    const SajuApiComparison c = compareWithSajuApi(mustCompute(line), o);
    QCOMPARE(c.parsed, parsed);
    QVERIFY(!c.summary().isEmpty());
    QStringList got;
    for (const PillarMismatch &m : c.mismatches)
        got << m.pillar + QLatin1Char(':') + m.local + QLatin1Char('/') + m.remote;
    QCOMPARE(got.join(QLatin1Char(' ')), mismatches);
    QCOMPARE(c.matches(), parsed && mismatches.isEmpty());
}

QTEST_GUILESS_MAIN(TstSajuEngineApi)
#include "tst_saju_engine_api.moc"
