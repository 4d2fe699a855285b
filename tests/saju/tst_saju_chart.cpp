// SPDX-License-Identifier: GPL-3.0-or-later
// SajuChart as a whole: the worked example of issue 14 (a man born 1992-08-26 05:40 in Seoul),
// unknown birth times, the correction trace in each clock era (LMT, +8:30, DST summers, gaps),
// boundary charts near a 節, an hour-branch edge and the day change, and the JSON contract.
#include "saju/SajuChart.h"
#include "saju/SolarTerms.h"

#include <QJsonArray>
#include <QTest>

using namespace sajudesk::saju;

Q_DECLARE_METATYPE(sajudesk::saju::BoundaryKind)

namespace {

SajuChart mustBuild(const QString &line, Gender gender = Gender::Male, const BirthInput &base = BirthInput())
{
    ChartOptions options;
    options.gender = gender;
    const Result<SajuChart> r = SajuChart::buildLine(line, base, options);
    if (!r)
        qFatal("build(%s) failed: %s", qPrintable(line), qPrintable(r.error().message()));
    return r.value();
}

QString traceValue(const SajuChart &c, TraceStep step)
{
    for (const TraceEntry &e : c.trace) {
        if (e.step == step)
            return e.value;
    }
    return QStringLiteral("<none>");
}

QString pillarsOf(const SajuChart &c)
{
    return traceValue(c, TraceStep::Pillars);
}

} // namespace

class TstSajuChart : public QObject
{
    Q_OBJECT

private slots:
    void issueExample();
    void issueExampleJson();
    void unknownTime();
    void buildErrors();
    void traceEras_data();
    void traceEras();
    void traceZiRule();
    void boundaries_data();
    void boundaries();
    void jieDayCandidates();
    void noBoundariesWhenOff();
    void annualAndMonthlyLuckFromTheChart();
};

void TstSajuChart::issueExample()
{
    const SajuChart c = mustBuild(QStringLiteral("1992-08-26 05:40"));
    QCOMPARE(pillarsOf(c), QStringLiteral("壬申 戊申 甲戌 丁卯"));
    const auto col = [&](PillarPosition p) { return c.column(p); };
    QCOMPARE(tenGodHangul(*col(PillarPosition::Year).stemGod), QStringLiteral("편인"));
    QCOMPARE(tenGodHangul(col(PillarPosition::Year).branchGod), QStringLiteral("편관"));
    QCOMPARE(tenGodHangul(*col(PillarPosition::Month).stemGod), QStringLiteral("편재"));
    QCOMPARE(tenGodHangul(col(PillarPosition::Month).branchGod), QStringLiteral("편관"));
    QVERIFY(!col(PillarPosition::Day).stemGod);
    QCOMPARE(tenGodHangul(col(PillarPosition::Day).branchGod), QStringLiteral("편재"));
    QCOMPARE(tenGodHangul(*col(PillarPosition::Hour).stemGod), QStringLiteral("상관"));
    QCOMPARE(tenGodHangul(col(PillarPosition::Hour).branchGod), QStringLiteral("겁재"));
    QCOMPARE(col(PillarPosition::Year).hidden.hanja(), QStringLiteral("戊壬庚"));
    QCOMPARE(col(PillarPosition::Month).hidden.hanja(), QStringLiteral("戊壬庚"));
    QCOMPARE(col(PillarPosition::Day).hidden.hanja(), QStringLiteral("辛丁戊"));
    QCOMPARE(col(PillarPosition::Hour).hidden.hanja(), QStringLiteral("甲乙"));
    // The hidden stems' own ten gods (甲 day): 甲 비견, 乙 겁재.
    QCOMPARE(col(PillarPosition::Hour).hiddenGods[0], TenGod::Companion);
    QCOMPARE(col(PillarPosition::Hour).hiddenGods[1], TenGod::RobWealth);
    QStringList stages;
    for (PillarPosition p : {PillarPosition::Year, PillarPosition::Month, PillarPosition::Day, PillarPosition::Hour})
        stages << twelveStageHangul(col(p).stage);
    QCOMPARE(stages.join(QLatin1Char(' ')), QStringLiteral("절 절 양 제왕"));
    QCOMPARE(branchHanja(c.voidBranches[0]) + branchHanja(c.voidBranches[1]), QStringLiteral("申酉"));
    QVERIFY(c.isVoid(8) && c.isVoid(9) && !c.isVoid(10));
    QCOMPARE(c.elementCounts, (std::array<int, 5>{2, 1, 2, 2, 1}));

    QVERIFY(c.luck);
    QCOMPARE(c.luckStatus, LuckStatus::Ok);
    QCOMPARE(c.luck->direction, LuckDirection::Forward);
    QCOMPARE(c.luck->startAge, 4);
    QCOMPARE(c.luck->start.years, 4);
    QCOMPARE(c.luck->start.months, 2);
    QCOMPARE(c.luck->pillars[0].pillar.hanja(), QStringLiteral("己酉"));
    QCOMPARE(c.luck->pillars[0].age, 4);
    QCOMPARE(c.luck->pillars[1].pillar.hanja(), QStringLiteral("庚戌"));
    QCOMPARE(c.luck->pillars[1].age, 14);
    QCOMPARE(c.luck->pillars[9].age, 94);
    QCOMPARE(jieNameHanja(c.luck->jie), QStringLiteral("白露"));
    QVERIFY(c.boundaries.empty());
    QVERIFY(c.flagNames().isEmpty());

    // The same birth for a woman runs backward from 立秋; without a gender there is no 대운.
    const SajuChart woman = mustBuild(QStringLiteral("1992-08-26 05:40"), Gender::Female);
    QCOMPARE(woman.luck->direction, LuckDirection::Backward);
    QCOMPARE(woman.luck->pillars[0].pillar.hanja(), QStringLiteral("丁未"));
    const SajuChart nobody = mustBuild(QStringLiteral("1992-08-26 05:40"), Gender::Unknown);
    QVERIFY(!nobody.luck);
    QCOMPARE(nobody.luckStatus, LuckStatus::NoGender);
}

void TstSajuChart::issueExampleJson()
{
    const QJsonObject o = mustBuild(QStringLiteral("1992-08-26 05:40")).toJson();
    const QJsonObject expectedPillars{{QStringLiteral("year"), QStringLiteral("壬申")},
                                      {QStringLiteral("month"), QStringLiteral("戊申")},
                                      {QStringLiteral("day"), QStringLiteral("甲戌")},
                                      {QStringLiteral("hour"), QStringLiteral("丁卯")}};
    QCOMPARE(o.value(QStringLiteral("pillars")).toObject(), expectedPillars);
    const QJsonObject tenGods = o.value(QStringLiteral("tenGods")).toObject();
    QVERIFY(tenGods.value(QStringLiteral("day")).toObject().value(QStringLiteral("stem")).isNull());
    QCOMPARE(tenGods.value(QStringLiteral("hour")).toObject(),
             (QJsonObject{{QStringLiteral("stem"), QStringLiteral("상관")},
                          {QStringLiteral("branch"), QStringLiteral("겁재")}}));
    QCOMPARE(o.value(QStringLiteral("hiddenStems")).toObject().value(QStringLiteral("year")).toArray(),
             (QJsonArray{QStringLiteral("戊"), QStringLiteral("壬"), QStringLiteral("庚")}));
    QCOMPARE(o.value(QStringLiteral("twelveStages")).toObject().value(QStringLiteral("day")).toString(),
             QStringLiteral("양"));
    QCOMPARE(o.value(QStringLiteral("void")).toArray(), (QJsonArray{QStringLiteral("申"), QStringLiteral("酉")}));
    const QJsonObject luck = o.value(QStringLiteral("luck")).toObject();
    QCOMPARE(luck.value(QStringLiteral("direction")).toString(), QStringLiteral("forward"));
    QVERIFY(luck.value(QStringLiteral("startAge")).isDouble());
    QCOMPARE(luck.value(QStringLiteral("startAge")).toInt(), 4);
    QCOMPARE(luck.value(QStringLiteral("start")).toObject().value(QStringLiteral("years")).toInt(), 4);
    QCOMPARE(luck.value(QStringLiteral("start")).toObject().value(QStringLiteral("months")).toInt(), 2);
    const QJsonArray pillars = luck.value(QStringLiteral("pillars")).toArray();
    QCOMPARE(pillars.size(), 10);
    QCOMPARE(pillars.at(1).toObject().value(QStringLiteral("ganzhi")).toString(), QStringLiteral("庚戌"));
    QCOMPARE(pillars.at(1).toObject().value(QStringLiteral("age")).toInt(), 14);
    const QJsonArray trace = o.value(QStringLiteral("trace")).toArray();
    QStringList steps;
    for (const QJsonValue &v : trace) {
        steps << v.toObject().value(QStringLiteral("step")).toString();
        QVERIFY(!v.toObject().value(QStringLiteral("value")).toString().isEmpty());
    }
    QCOMPARE(steps.join(QLatin1Char(' ')), QStringLiteral("civil dst standard utc lmt zi pillars"));
    QCOMPARE(trace.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("1992-08-26 05:40"));
}

void TstSajuChart::unknownTime()
{
    const SajuChart c = mustBuild(QStringLiteral("1986-05-29"), Gender::Female);
    QVERIFY(!c.hasHour());
    QVERIFY(!c.column(PillarPosition::Hour).present);
    QVERIFY(c.column(PillarPosition::Day).present);
    const QJsonObject o = c.toJson();
    for (const char *key : {"pillars", "tenGods", "hiddenStems", "twelveStages"})
        QVERIFY2(o.value(QLatin1String(key)).toObject().value(QStringLiteral("hour")).isNull(), key);
    // 丙寅 year, a woman: backward; Δ from civil noon, flagged.
    QVERIFY(c.luck);
    QVERIFY(c.luck->fromNoon);
    QCOMPARE(c.luck->direction, LuckDirection::Backward);
    QVERIFY(c.flags.testFlag(ChartFlag::LuckFromNoon));
    QCOMPARE(c.flagNames(), (QStringList{QStringLiteral("luck-from-noon"), QStringLiteral("time-unknown")}));
    QCOMPARE(c.elementCounts[0] + c.elementCounts[1] + c.elementCounts[2] + c.elementCounts[3] + c.elementCounts[4], 6);
    QCOMPARE(traceValue(c, TraceStep::Civil), QStringLiteral("1986-05-29"));
    QCOMPARE(traceValue(c, TraceStep::Utc), QStringLiteral("1986-05-29T03:00:00Z")); // civil noon
    QCOMPARE(traceValue(c, TraceStep::Lmt), QStringLiteral("-"));
    QCOMPARE(traceValue(c, TraceStep::Zi), QStringLiteral("-"));
    QVERIFY(pillarsOf(c).endsWith(QStringLiteral(" -")));
}

void TstSajuChart::buildErrors()
{
    const Result<SajuChart> bad = SajuChart::buildLine(u"2023-02-29 10:00");
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, SajuErrorCode::InvalidDate);
    const Result<SajuChart> leap = SajuChart::buildLine(u"L!2023-03-01");
    QVERIFY(!leap);
    QCOMPARE(leap.error().code, SajuErrorCode::NonexistentLeapMonth);
    QCOMPARE(SajuChart::buildLine(u"1899-12-31").error().code, SajuErrorCode::OutOfRange);
}

// Each clock era: DST removed, the era's standard meridian, UTC and local mean time (RULES.md §1.7).
void TstSajuChart::traceEras_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("dst");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("lmt");
    QTest::addColumn<bool>("dstApplied");
    QTest::newRow("KST 1992") << QStringLiteral("1992-08-26 05:40") << QStringLiteral("1992-08-26 05:40:00")
                              << QStringLiteral("+09:00 (135°E)") << QStringLiteral("1992-08-25T20:40:00Z")
                              << QStringLiteral("1992-08-26 05:07:55") << false;
    QTest::newRow("DST 1987") << QStringLiteral("1987-07-01 10:00") << QStringLiteral("1987-07-01 09:00:00")
                              << QStringLiteral("+09:00 (135°E)") << QStringLiteral("1987-07-01T00:00:00Z")
                              << QStringLiteral("1987-07-01 08:27:55") << true;
    QTest::newRow("+8:30 1958") << QStringLiteral("1958-01-15 12:00") << QStringLiteral("1958-01-15 12:00:00")
                                << QStringLiteral("+08:30 (127.5°E)") << QStringLiteral("1958-01-15T03:30:00Z")
                                << QStringLiteral("1958-01-15 11:57:55") << false;
    QTest::newRow("DST +9:30 1955") << QStringLiteral("1955-07-01 12:00") << QStringLiteral("1955-07-01 11:00:00")
                                    << QStringLiteral("+08:30 (127.5°E)") << QStringLiteral("1955-07-01T02:30:00Z")
                                    << QStringLiteral("1955-07-01 10:57:55") << true;
    QTest::newRow("Seoul LMT 1905") << QStringLiteral("1905-03-01 12:00") << QStringLiteral("1905-03-01 12:00:00")
                                    << QStringLiteral("+08:27:52 (126.967°E)") << QStringLiteral("1905-03-01T03:32:08Z")
                                    << QStringLiteral("1905-03-01 12:00:03") << false;
    // 1988-05-08 02:30 did not exist (clocks went 02:00 → 03:00): read on the standard clock, at
    // an instant when summer time was in force.
    QTest::newRow("DST gap 1988") << QStringLiteral("1988-05-08 02:30") << QStringLiteral("1988-05-08 02:30:00")
                                  << QStringLiteral("+09:00 (135°E)") << QStringLiteral("1988-05-07T17:30:00Z")
                                  << QStringLiteral("1988-05-08 01:57:55") << true;
}

void TstSajuChart::traceEras()
{
    QFETCH(QString, line);
    QFETCH(QString, dst);
    QFETCH(QString, standard);
    QFETCH(QString, utc);
    QFETCH(QString, lmt);
    QFETCH(bool, dstApplied);
    const SajuChart c = mustBuild(line);
    QCOMPARE(c.trace.size(), 7);
    QCOMPARE(traceValue(c, TraceStep::Civil), line);
    QCOMPARE(traceValue(c, TraceStep::Dst), dst);
    QCOMPARE(traceValue(c, TraceStep::Standard), standard);
    QCOMPARE(traceValue(c, TraceStep::Utc), utc);
    QCOMPARE(traceValue(c, TraceStep::Lmt), lmt);
    QCOMPARE(traceValue(c, TraceStep::Utc), formatUtcInstant(c.pillars.utc));
    QCOMPARE(c.trace.at(1).applied, dstApplied);
    for (const TraceEntry &e : c.trace)
        QVERIFY2(!e.note.isEmpty(), qPrintable(traceStepName(e.step)));
}

void TstSajuChart::traceZiRule()
{
    // 2023-08-05 23:30 at 135°E: split keeps 乙未 with the next day's 戊子 hour; 정자시 moves to 丙申.
    BirthInput base;
    base.longitude = 135;
    const SajuChart split = mustBuild(QStringLiteral("2023-08-05 23:30"), Gender::Male, base);
    QCOMPARE(traceValue(split, TraceStep::Zi), QStringLiteral("2023-08-05 子時"));
    QVERIFY(split.trace.at(5).applied);
    QVERIFY(pillarsOf(split).endsWith(QStringLiteral("乙未 戊子")));
    base.zi = ZiRule::ChangeAt23;
    const SajuChart at23 = mustBuild(QStringLiteral("2023-08-05 23:30"), Gender::Male, base);
    QCOMPARE(traceValue(at23, TraceStep::Zi), QStringLiteral("2023-08-06 子時"));
    QVERIFY(pillarsOf(at23).endsWith(QStringLiteral("丙申 戊子")));
    const SajuChart lunar = mustBuild(QStringLiteral("L!2012-03-01 12:00"));
    QCOMPARE(traceValue(lunar, TraceStep::Civil), QStringLiteral("2012-04-21 12:00"));
    QVERIFY(lunar.trace.at(0).note.contains(QStringLiteral("2012-03-01")));
}

// Within 2 minutes of a boundary the chart for the nearest civil minute across it comes along.
void TstSajuChart::boundaries_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<BoundaryKind>("kind");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("otherTime");
    QTest::addColumn<QString>("otherPillars");
    QTest::addColumn<QString>("flag");
    // 小寒 1900-01-05T18:03:58Z; the birth is 50 s before it (reference edge case).
    QTest::newRow("solar term before") << QStringLiteral("1900-01-06 02:31") << BoundaryKind::SolarTerm
                                       << QStringLiteral("小寒") << QStringLiteral("1900-01-06 02:32")
                                       << QStringLiteral("己亥 丁丑 己卯 乙丑") << QStringLiteral("near-jie:小寒");
    QTest::newRow("solar term after") << QStringLiteral("1900-01-06 02:32") << BoundaryKind::SolarTerm
                                      << QStringLiteral("小寒") << QStringLiteral("1900-01-06 02:31")
                                      << QStringLiteral("己亥 丙子 己卯 乙丑") << QStringLiteral("near-jie:小寒");
    // LMT 04:58:55, 65 s before the 寅/卯 edge at 05:00 LMT.
    QTest::newRow("hour edge before") << QStringLiteral("1992-08-26 05:31") << BoundaryKind::HourBranch
                                      << QStringLiteral("寅/卯") << QStringLiteral("1992-08-26 05:33")
                                      << QStringLiteral("壬申 戊申 甲戌 丁卯") << QStringLiteral("near-hour-edge");
    QTest::newRow("hour edge after") << QStringLiteral("1992-08-26 05:33") << BoundaryKind::HourBranch
                                     << QStringLiteral("寅/卯") << QStringLiteral("1992-08-26 05:32")
                                     << QStringLiteral("壬申 戊申 甲戌 丙寅") << QStringLiteral("near-hour-edge");
    // LMT 22:58:55 → 亥/子 at 23:00 (split: the 子 hour takes the next day's stem).
    QTest::newRow("23:00 edge") << QStringLiteral("2000-01-01 23:31") << BoundaryKind::HourBranch
                                << QStringLiteral("亥/子") << QStringLiteral("2000-01-01 23:33")
                                << QStringLiteral("己卯 丙子 戊午 甲子") << QStringLiteral("near-hour-edge");
    // LMT 00:00:55: the day changed 55 s ago.
    QTest::newRow("day change") << QStringLiteral("2000-01-02 00:33") << BoundaryKind::DayChange
                                << QStringLiteral("00:00") << QStringLiteral("2000-01-02 00:32")
                                << QStringLiteral("己卯 丙子 戊午 甲子") << QStringLiteral("near-day-change");
}

void TstSajuChart::boundaries()
{
    QFETCH(QString, line);
    QFETCH(BoundaryKind, kind);
    QFETCH(QString, label);
    QFETCH(QString, otherTime);
    QFETCH(QString, otherPillars);
    QFETCH(QString, flag);
    const SajuChart c = mustBuild(line);
    QCOMPARE(int(c.boundaries.size()), 1);
    const ChartBoundary &b = c.boundaries.front();
    QCOMPARE(b.kind, kind);
    QCOMPARE(b.label, label);
    QCOMPARE(b.otherTime, otherTime);
    QVERIFY(b.other);
    QCOMPARE(pillarsOf(*b.other), otherPillars);
    QVERIFY(pillarsOf(*b.other) != pillarsOf(c));
    QVERIFY(b.other->boundaries.empty());
    QVERIFY(std::llabs(b.secondsFromBirth) <= kBoundarySeconds);
    QCOMPARE(b.secondsFromBirth > 0, c.pillars.utc < b.utc);
    QVERIFY((b.other->pillars.utc >= b.utc) != (c.pillars.utc >= b.utc));
    QVERIFY2(c.flagNames().contains(flag), qPrintable(c.flagNames().join(QLatin1Char(','))));
    if (kind != BoundaryKind::SolarTerm)
        QVERIFY(b.other->luck); // the other side gets its own 대운 (before 1900's 小寒 a backward one cannot)
    const QJsonArray json = c.toJson().value(QStringLiteral("boundaries")).toArray();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("kind")).toString(), boundaryKindName(kind));
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("other")).toObject().value(QStringLiteral("input")).toString(),
             otherTime);
}

void TstSajuChart::jieDayCandidates()
{
    // 2024-02-04, time unknown: 立春 at 17:27 KST. Noon gives 癸卯 乙丑; the other side 甲辰 丙寅.
    const SajuChart c = mustBuild(QStringLiteral("2024-02-04"));
    QCOMPARE(pillarsOf(c), QStringLiteral("癸卯 乙丑 戊戌 -"));
    QCOMPARE(int(c.boundaries.size()), 1);
    const ChartBoundary &b = c.boundaries.front();
    QCOMPARE(b.kind, BoundaryKind::SolarTermDay);
    QCOMPARE(b.label, QStringLiteral("立春"));
    QCOMPARE(pillarsOf(*b.other), QStringLiteral("甲辰 丙寅 戊戌 -"));
    // 대운 of the other side is measured from the middle of 17:27–24:00.
    QCOMPARE(b.otherTime, QStringLiteral("2024-02-04 20:43"));
    QVERIFY(b.other->luck && b.other->luck->fromNoon);
    QCOMPARE(b.other->luck->direction, LuckDirection::Forward); // 甲 year, a man
    QCOMPARE(c.luck->direction, LuckDirection::Backward);       // 癸 year, a man

    // Before 1970 (negative seconds): 立春 1924-02-05 10:49 KST, noon is after it; the other side is
    // the middle of 00:00–10:49, 05:24 KST = 20:24 UTC the day before (not rounded towards zero).
    const SajuChart old = mustBuild(QStringLiteral("1924-02-05"));
    QCOMPARE(pillarsOf(old), QStringLiteral("甲子 丙寅 甲寅 -"));
    QCOMPARE(old.boundaries.front().otherTime, QStringLiteral("1924-02-05 05:24"));
    QCOMPARE(formatUtcInstant(old.boundaries.front().other->pillars.utc), QStringLiteral("1924-02-04T20:24:00Z"));
    QCOMPARE(pillarsOf(*old.boundaries.front().other), QStringLiteral("癸亥 乙丑 甲寅 -"));
}

void TstSajuChart::noBoundariesWhenOff()
{
    ChartOptions options;
    options.boundaries = false;
    const Result<SajuChart> c = SajuChart::buildLine(u"1900-01-06 02:31", BirthInput(), options);
    QVERIFY(c);
    QVERIFY(c->boundaries.empty());
    QVERIFY(c->flagNames().contains(QStringLiteral("near-jie:小寒"))); // the engine's flag stays
}

void TstSajuChart::annualAndMonthlyLuckFromTheChart()
{
    const SajuChart c = mustBuild(QStringLiteral("1992-08-26 05:40"));
    const QVector<LuckPeriod> years = c.annualLuck(2021, 2031);
    QCOMPARE(years.size(), 11);
    QCOMPARE(years.first().pillar.hanja(), QStringLiteral("辛丑"));
    QCOMPARE(tenGodHangul(years.first().stemGod), QStringLiteral("정관")); // 辛 for a 甲 day
    const QVector<LuckPeriod> months = c.monthlyLuck(2026);
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.first().pillar.hanja(), QStringLiteral("庚寅"));
    QCOMPARE(tenGodHangul(months.first().stemGod), QStringLiteral("편관"));
    QCOMPARE(c.luck->indexForYear(2026), 3); // 壬子 대운 from 2026
}

QTEST_GUILESS_MAIN(TstSajuChart)
#include "tst_saju_chart.moc"
