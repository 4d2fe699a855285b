// SPDX-License-Identifier: GPL-3.0-or-later
// Saju engine calendar: embedded tables equal their TSVs, lunar conversion both ways (Korean, not
// Chinese), longitude and civil-time history, flags and candidates near a 節, range ends, the 60 cycle.

#include "SajuEngineSupport.h"

using namespace sajudesk::saju;
using namespace sajudesk::saju::test;

class TstSajuCalendar : public QObject
{
    Q_OBJECT

private slots:
    void jieTableEqualsTsv();
    void lunarTableEqualsTsv();
    void lunarMonthStartsConvertBothWays();
    void koreanNotChineseLunar_data();
    void koreanNotChineseLunar();
    void koreanChineseDiffRuns();
    void longitudeCorrection();
    void nearJieAndLmtEra();
    void jieDayCandidates();
    void rangeEnds();
    void ganzhiCycle();
    void civilTimeHistory_data();
    void civilTimeHistory();
};

void TstSajuCalendar::jieTableEqualsTsv()
{
    const TsvTable terms(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/solar-terms-1900-2100.tsv"));
    const TsvTable exact(QStringLiteral(SAJU_RESOURCES_DIR "/jie-instants-1900-2100.tsv"));
    QCOMPARE(exact.rows.size(), jieCount());
    const int cJie = terms.column("jie"), cUtc = terms.column("utc"), cName = terms.column("name_hanja"),
              cYear = terms.column("year");
    int k = 0;
    for (const QStringList &row : terms.rows) {
        if (row.at(cJie) != QLatin1String("1"))
            continue;
        QVERIFY(k < jieCount());
        QCOMPARE(jieYear(k), row.at(cYear).toInt());
        QCOMPARE(jieNameHanja(k), row.at(cName));
        // The TSV rounds to the nearest second; the table rounds the same instant up.
        const QString rounded = row.at(cUtc);
        const QString embedded = formatUtcInstant(jieUtc(k));
        const QString embeddedMinus1 = formatUtcInstant(jieUtc(k) - 1);
        QVERIFY2(embedded == rounded || embeddedMinus1 == rounded, qPrintable(rounded + QLatin1Char(' ') + embedded));
        const double t = exact.rows.at(k).at(3).toDouble();
        QCOMPARE(jieUtc(k), static_cast<std::int64_t>(std::ceil(t)));
        QCOMPARE(jieUtc(k), static_cast<std::int64_t>(std::floor(t + 0.5)) + (embedded == rounded ? 0 : 1));
        ++k;
    }
    QCOMPARE(k, jieCount());
}

void TstSajuCalendar::lunarTableEqualsTsv()
{
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/lunar-kr-1900-2050.tsv"));
    QCOMPARE(t.rows.size() + 1, tables::kLunarMonthCount); // + the leading 1899-12
    const tables::LunarMonth &first = tables::kLunarMonths[0];
    QCOMPARE(int(first.year), 1899);
    QCOMPARE(int(first.month), 12);
    QCOMPARE(civilFromDays(first.startDay), (SolarDate{1900, 1, 1}));
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        const tables::LunarMonth &m = tables::kLunarMonths[i + 1];
        QCOMPARE(int(m.year), row.at(0).toInt());
        QCOMPARE(int(m.month), QStringView(row.at(1)).mid(row.at(1).startsWith(QLatin1Char('L')) ? 1 : 0).toInt());
        QCOMPARE(int(m.leap), row.at(2).toInt());
        QCOMPARE(civilFromDays(m.startDay).toString(), row.at(3));
        QCOMPARE(int(m.length), row.at(4).toInt());
    }
}

void TstSajuCalendar::lunarMonthStartsConvertBothWays()
{
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/lunar-kr-1900-2050.tsv"));
    int leapMonths = 0;
    for (const QStringList &row : t.rows) {
        const bool leap = row.at(2) == QLatin1String("1");
        leapMonths += leap;
        const LunarDate first{row.at(0).toInt(), QStringView(row.at(1)).right(2).toInt(), 1, leap};
        const Result<SolarDate> solar = lunarToSolar(first);
        QVERIFY2(solar.ok(), qPrintable(first.toString()));
        QCOMPARE(solar->toString(), row.at(3));
        const Result<LunarDate> back = solarToLunar(solar.value());
        QVERIFY(back.ok());
        QCOMPARE(back->toString(), first.toString());
        // And the last day of the month, where the table still covers it.
        const int days = row.at(4).toInt();
        const LunarDate last{first.year, first.month, days, leap};
        const Result<SolarDate> lastSolar = lunarToSolar(last);
        if (daysFromCivil(solar->year, solar->month, solar->day) + days - 1 <= daysFromCivil(2050, 12, 31)) {
            QVERIFY2(lastSolar.ok(), qPrintable(last.toString()));
            QCOMPARE(solarToLunar(lastSolar.value())->toString(), last.toString());
            if (days == 29) {
                const Result<SolarDate> day30 = lunarToSolar(LunarDate{first.year, first.month, 30, leap});
                QVERIFY(!day30.ok());
                QCOMPARE(day30.error().code, SajuErrorCode::InvalidLunarDay);
            }
        } else {
            QCOMPARE(lastSolar.error().code, SajuErrorCode::LunarOutOfRange);
        }
    }
    QCOMPARE(leapMonths, 56);
}

void TstSajuCalendar::koreanNotChineseLunar_data()
{
    QTest::addColumn<QString>("solar");
    QTest::addColumn<QString>("korean");
    // 2012: KR 윤3월 (CN 閏四月); 2017: KR 윤5월 (CN 閏六月); lunar-kr-vs-cn-diff.tsv.
    QTest::newRow("2012 leap 3 starts") << QStringLiteral("2012-04-21") << QStringLiteral("2012-윤03-01");
    QTest::newRow("2012 leap 3 ends") << QStringLiteral("2012-05-20") << QStringLiteral("2012-윤03-30");
    QTest::newRow("2012 month 4") << QStringLiteral("2012-05-21") << QStringLiteral("2012-04-01");
    QTest::newRow("2017 leap 5 starts") << QStringLiteral("2017-06-24") << QStringLiteral("2017-윤05-01");
    QTest::newRow("2017 month 6") << QStringLiteral("2017-07-23") << QStringLiteral("2017-06-01");
    QTest::newRow("2017-02-26 (ICU dangi is a day late)")
        << QStringLiteral("2017-02-26") << QStringLiteral("2017-02-01");
    QTest::newRow("1900-01-01") << QStringLiteral("1900-01-01") << QStringLiteral("1899-12-01");
    QTest::newRow("2050-12-31") << QStringLiteral("2050-12-31") << QStringLiteral("2050-11-18");
}

void TstSajuCalendar::koreanNotChineseLunar()
{
    QFETCH(QString, solar);
    QFETCH(QString, korean);
    const Result<LunarDate> lunar = solarToLunar(dateFromIso(solar));
    QVERIFY(lunar.ok());
    QCOMPARE(lunar->toString(), korean);
    const Result<SolarDate> back = lunarToSolar(lunar.value());
    QVERIFY(back.ok());
    QCOMPARE(back->toString(), solar);

    QCOMPARE(leapMonthOf(2012), 3);
    QCOMPARE(leapMonthOf(2017), 5);
    QCOMPARE(lunarToSolar(LunarDate{2012, 4, 1, true}).error().code, SajuErrorCode::NonexistentLeapMonth);
    QCOMPARE(lunarToSolar(LunarDate{2017, 6, 1, true}).error().code, SajuErrorCode::NonexistentLeapMonth);
}

void TstSajuCalendar::koreanChineseDiffRuns()
{
    const TsvTable t(QStringLiteral(SAJUDESK_TEST_DATA_DIR "/lunar-kr-vs-cn-diff.tsv"));
    QCOMPARE(t.rows.size(), 63);
    const int cFrom = t.column("solar_from"), cTo = t.column("solar_to"), cKrFrom = t.column("kr_from"),
              cKrTo = t.column("kr_to");
    for (const QStringList &row : t.rows) {
        for (const auto &[solar, kr] : {std::pair(cFrom, cKrFrom), std::pair(cTo, cKrTo)}) {
            const Result<LunarDate> lunar = solarToLunar(dateFromIso(row.at(solar)));
            QVERIFY(lunar.ok());
            QCOMPARE(lunar.value(), lunarFromDiffFormat(row.at(kr)));
            QCOMPARE(lunarToSolar(lunar.value())->toString(), row.at(solar));
        }
    }
}

void TstSajuCalendar::longitudeCorrection()
{
    const FourPillars seoul = mustCompute(QStringLiteral("2000-06-15 12:00"));
    QCOMPARE(seoul.lmtOffset, 8 * 3600 + 27 * 60 + 55);
    QCOMPARE(formatLocalSeconds(seoul.lmtLocal), QStringLiteral("2000-06-15 11:27:55"));
    BirthInput busan;
    busan.longitude = findCity(u"부산")->longitude;
    const FourPillars b = mustCompute(QStringLiteral("2000-06-15 12:00"), busan);
    QCOMPARE(b.lmtOffset, static_cast<int>(std::lround(129.075 * 240)));
    // Longitude moves day/hour only: year and month stay.
    QCOMPARE(b.year, seoul.year);
    QCOMPARE(b.month, seoul.month);
    // 12:00 KST: Seoul LMT 11:27 (午), 135°E 12:00 (午), 127.5°E 11:30 (午); 11:30 KST: Seoul 10:57 (巳).
    BirthInput none;
    none.longitude = 135;
    QCOMPARE(mustCompute(QStringLiteral("2000-06-15 11:30"), none).hour.branch, 6);
    QCOMPARE(mustCompute(QStringLiteral("2000-06-15 11:30")).hour.branch, 5);
}

void TstSajuCalendar::nearJieAndLmtEra()
{
    // 小寒 1900 at 18:03:57Z; 02:31 LMT-era civil = 18:03:08Z, 49 s before the term.
    const FourPillars p = mustCompute(QStringLiteral("1900-01-06 02:31"));
    QCOMPARE(p.flagsText(), QStringLiteral("lmt-era,near-jie:小寒"));
    QCOMPARE(p.month.hanja(), QStringLiteral("丙子"));
    QCOMPARE(p.monthBeforeJie.hanja(), QStringLiteral("丙子"));
    QCOMPARE(p.monthAfterJie.hanja(), QStringLiteral("丁丑"));
    QCOMPARE(p.yearAfterJie.hanja(), QStringLiteral("己亥")); // 小寒 does not change the year
    // The TSV gives 18:03:57 (rounded); the engine keeps the true 18:03:57.2 rounded up.
    QCOMPARE(formatUtcInstant(p.jieUtcInstant()), QStringLiteral("1900-01-05T18:03:58Z"));
    // Three minutes away: not near.
    QCOMPARE(mustCompute(QStringLiteral("1900-01-06 02:28")).flagsText(), QStringLiteral("lmt-era"));
    QCOMPARE(mustCompute(QStringLiteral("1908-03-31 23:59")).flagsText(), QStringLiteral("lmt-era"));
    QCOMPARE(mustCompute(QStringLiteral("1908-04-01 00:01")).flagsText(), QStringLiteral("tz-gap"));
    // 立春 2024 at 08:27:07.6Z = 17:27 KST: the year flips, both candidates are given.
    const FourPillars spring = mustCompute(QStringLiteral("2024-02-04 17:28"));
    QCOMPARE(spring.flagsText(), QStringLiteral("near-jie:立春"));
    QCOMPARE(spring.year.hanja(), QStringLiteral("甲辰"));
    QCOMPARE(spring.yearBeforeJie.hanja() + spring.monthBeforeJie.hanja(), QStringLiteral("癸卯乙丑"));
    QCOMPARE(spring.yearAfterJie.hanja() + spring.monthAfterJie.hanja(), QStringLiteral("甲辰丙寅"));
    QCOMPARE(mustCompute(QStringLiteral("2024-02-04 17:27")).year.hanja(), QStringLiteral("癸卯"));
}

void TstSajuCalendar::jieDayCandidates()
{
    const FourPillars p = mustCompute(QStringLiteral("2024-02-04"));
    QCOMPARE(p.flagsText(), QStringLiteral("jie-day:立春,time-unknown"));
    QVERIFY(!p.hasHour);
    QCOMPARE(pillarsText(p), QStringLiteral("癸卯 乙丑 戊戌 -")); // at civil noon, before 17:27
    QCOMPARE(p.yearBeforeJie.hanja() + p.monthBeforeJie.hanja(), QStringLiteral("癸卯乙丑"));
    QCOMPARE(p.yearAfterJie.hanja() + p.monthAfterJie.hanja(), QStringLiteral("甲辰丙寅"));
    QCOMPARE(jieNameHangul(p.jie), QStringLiteral("입춘"));
    const QJsonObject detail = p.toDetailJson();
    QCOMPARE(detail.value(QStringLiteral("jie"))
                 .toObject()
                 .value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("year")),
             QJsonValue(QStringLiteral("甲辰")));
    QCOMPARE(mustCompute(QStringLiteral("2024-02-05")).flagsText(), QStringLiteral("time-unknown"));
}

void TstSajuCalendar::rangeEnds()
{
    const FourPillars first = mustCompute(QStringLiteral("1900-01-01 00:00"));
    QCOMPARE(first.year.hanja() + first.month.hanja(), QStringLiteral("己亥丙子"));
    // Civil 00:00 under LMT +8:27:52 is 00:00:03 local mean time at 126.978°E: already 甲戌.
    QCOMPARE(first.day.hanja() + first.hour.hanja(), QStringLiteral("甲戌甲子"));
    QCOMPARE(mustCompute(QStringLiteral("1900-01-01")).day.hanja(), QStringLiteral("甲戌"));
    const FourPillars last = mustCompute(QStringLiteral("2100-12-31 23:59"));
    QCOMPARE(last.year.hanja() + last.month.hanja(), QStringLiteral("庚申戊子"));
    QCOMPARE(mustCompute(QStringLiteral("2000-01-01")).day.hanja(), QStringLiteral("戊午"));
}

void TstSajuCalendar::ganzhiCycle()
{
    QStringList all;
    for (int i = 0; i < 60; ++i) {
        const Pillar p = Pillar::fromCycle(i);
        QCOMPARE(p.cycle(), i);
        all << p.hanja();
    }
    QCOMPARE(all.first(), QStringLiteral("甲子"));
    QCOMPARE(all.at(14), QStringLiteral("戊寅"));
    QCOMPARE(all.last(), QStringLiteral("癸亥"));
    QCOMPARE(Pillar::fromCycle(-1).hanja(), QStringLiteral("癸亥"));
    QCOMPARE(stemFromText(u"辛"), 7);
    QCOMPARE(branchFromText(u"신"), 8);
    QCOMPARE(stemFromText(u"x"), -1);
    QCOMPARE(Pillar::fromCycle(7).hangul(), QStringLiteral("신미"));
}

void TstSajuCalendar::civilTimeHistory_data()
{
    QTest::addColumn<QString>("civil");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<int>("note");
    QTest::newRow("LMT 1900") << QStringLiteral("1900-06-01 12:00") << QStringLiteral("1900-06-01T03:32:08Z")
                              << QStringLiteral("+08:27:52") << int(TzNote::Ok);
    QTest::newRow("1908 gap") << QStringLiteral("1908-04-01 00:02") << QStringLiteral("1908-03-31T15:34:08Z")
                              << QStringLiteral("+08:30") << int(TzNote::Gap);
    QTest::newRow("1908 after gap") << QStringLiteral("1908-04-01 00:03") << QStringLiteral("1908-03-31T15:33:00Z")
                                    << QStringLiteral("+08:30") << int(TzNote::Ok);
    QTest::newRow("1954 overlap") << QStringLiteral("1954-03-20 23:30") << QStringLiteral("1954-03-20T14:30:00Z")
                                  << QStringLiteral("+09:00") << int(TzNote::Overlap);
    QTest::newRow("1954 after overlap") << QStringLiteral("1954-03-21 00:00") << QStringLiteral("1954-03-20T15:30:00Z")
                                        << QStringLiteral("+08:30") << int(TzNote::Ok);
    QTest::newRow("1987 gap end") << QStringLiteral("1987-05-10 02:59") << QStringLiteral("1987-05-09T17:59:00Z")
                                  << QStringLiteral("+10:00") << int(TzNote::Gap);
    QTest::newRow("1987 DST") << QStringLiteral("1987-05-10 03:00") << QStringLiteral("1987-05-09T17:00:00Z")
                              << QStringLiteral("+10:00") << int(TzNote::Ok);
    QTest::newRow("1987 overlap first") << QStringLiteral("1987-10-11 02:00") << QStringLiteral("1987-10-10T16:00:00Z")
                                        << QStringLiteral("+10:00") << int(TzNote::Overlap);
    QTest::newRow("1987 after overlap") << QStringLiteral("1987-10-11 03:00") << QStringLiteral("1987-10-10T18:00:00Z")
                                        << QStringLiteral("+09:00") << int(TzNote::Ok);
    QTest::newRow("2024") << QStringLiteral("2024-02-04 17:27") << QStringLiteral("2024-02-04T08:27:00Z")
                          << QStringLiteral("+09:00") << int(TzNote::Ok);
}

void TstSajuCalendar::civilTimeHistory()
{
    QFETCH(QString, civil);
    QFETCH(QString, utc);
    QFETCH(QString, offset);
    QFETCH(int, note);
    const SolarDate d = dateFromIso(civil);
    const std::int64_t local = daysFromCivil(d.year, d.month, d.day) * kSecondsPerDay + civil.mid(11, 2).toInt() * 3600
                               + civil.mid(14, 2).toInt() * 60;
    const CivilToUtc r = koreaCivilToUtc(local);
    QCOMPARE(formatUtcInstant(r.utc), utc);
    QCOMPARE(int(r.note), note);
    QCOMPARE(formatUtcOffset(koreaUtcOffsetAt(r.utc)), offset);
}

QTEST_GUILESS_MAIN(TstSajuCalendar)
#include "tst_saju_calendar.moc"
