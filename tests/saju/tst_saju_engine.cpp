// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests of the saju engine beyond the reference tables: embedded tables equal their TSVs,
// lunar conversion both ways (Korean, not Chinese), typed errors for bad input, 子 rules,
// flags and candidates, the Saju API JSON object, cities and parsing.
#include "TsvTable.h"
#include "saju/LunarCalendar.h"
#include "saju/SajuApiCheck.h"
#include "saju/SajuEngine.h"
#include "saju/SajuTables.h"
#include "saju/SolarTerms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace sajudesk::saju;

Q_DECLARE_METATYPE(sajudesk::saju::SajuErrorCode)

namespace {

SolarDate dateFromIso(const QString &iso)
{
    return SolarDate{iso.mid(0, 4).toInt(), iso.mid(5, 2).toInt(), iso.mid(8, 2).toInt()};
}

// "2012-L03-01" (diff table format) → LunarDate
LunarDate lunarFromDiffFormat(const QString &s)
{
    const QStringList p = s.split(QLatin1Char('-'));
    const bool leap = p.at(1).startsWith(QLatin1Char('L'));
    return LunarDate{p.at(0).toInt(), QStringView(p.at(1)).mid(leap ? 1 : 0).toInt(), p.at(2).toInt(), leap};
}

FourPillars mustCompute(const QString &line, const BirthInput &options = BirthInput())
{
    const Result<FourPillars> r = SajuEngine::computeLine(line, options);
    if (!r)
        qFatal("compute(%s) failed: %s", qPrintable(line), qPrintable(r.error().message()));
    return r.value();
}

QString pillarsText(const FourPillars &p)
{
    return p.year.hanja() + QLatin1Char(' ') + p.month.hanja() + QLatin1Char(' ') + p.day.hanja() + QLatin1Char(' ')
           + p.hourHanja();
}

} // namespace

class TstSajuEngine : public QObject
{
    Q_OBJECT

private slots:
    void jieTableEqualsTsv();
    void lunarTableEqualsTsv();
    void lunarMonthStartsConvertBothWays();
    void koreanNotChineseLunar_data();
    void koreanNotChineseLunar();
    void koreanChineseDiffRuns();
    void badInputs_data();
    void badInputs();
    void badBytes();
    void errorMessagesAreSpecific();
    void parseValid_data();
    void parseValid();
    void ziRules_data();
    void ziRules();
    void longitudeCorrection();
    void nearJieAndLmtEra();
    void jieDayCandidates();
    void rangeEnds();
    void sajuJson();
    void sajuJsonTimeUnknown();
    void elementCountsAndDayMaster();
    void cities_data();
    void cities();
    void ganzhiCycle();
    void civilTimeHistory_data();
    void civilTimeHistory();
    void sajuApiRequest();
    void sajuApiCompare_data();
    void sajuApiCompare();
};

void TstSajuEngine::jieTableEqualsTsv()
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

void TstSajuEngine::lunarTableEqualsTsv()
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

void TstSajuEngine::lunarMonthStartsConvertBothWays()
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

void TstSajuEngine::koreanNotChineseLunar_data()
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

void TstSajuEngine::koreanNotChineseLunar()
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

void TstSajuEngine::koreanChineseDiffRuns()
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

void TstSajuEngine::badInputs_data()
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

void TstSajuEngine::badInputs()
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

void TstSajuEngine::badBytes()
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

void TstSajuEngine::errorMessagesAreSpecific()
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

void TstSajuEngine::parseValid_data()
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

void TstSajuEngine::parseValid()
{
    QFETCH(QString, line);
    QFETCH(QString, pillars);
    QFETCH(QString, civilDate);
    const FourPillars p = mustCompute(line);
    QCOMPARE(pillarsText(p), pillars);
    QCOMPARE(p.civilDate.toString(), civilDate);
}

void TstSajuEngine::ziRules_data()
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

void TstSajuEngine::ziRules()
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

void TstSajuEngine::longitudeCorrection()
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

void TstSajuEngine::nearJieAndLmtEra()
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

void TstSajuEngine::jieDayCandidates()
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

void TstSajuEngine::rangeEnds()
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

void TstSajuEngine::sajuJson()
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

void TstSajuEngine::sajuJsonTimeUnknown()
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

void TstSajuEngine::elementCountsAndDayMaster()
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

void TstSajuEngine::cities_data()
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

void TstSajuEngine::cities()
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

void TstSajuEngine::ganzhiCycle()
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

void TstSajuEngine::civilTimeHistory_data()
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

void TstSajuEngine::civilTimeHistory()
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

void TstSajuEngine::sajuApiRequest()
{
    const QJsonObject body =
        sajuApiCheckRequest(mustCompute(QStringLiteral("L1992-07-28 05:40")), QStringLiteral("female"));
    QCOMPARE(body, QJsonDocument::fromJson(R"({"year":1992,"month":8,"day":26,"hour":5,"gender":"female",
                                                "calendarType":"solar"})")
                       .object());
    QVERIFY(!sajuApiCheckRequest(mustCompute(QStringLiteral("1992-08-26")), QStringLiteral("male"))
                 .contains(QStringLiteral("hour")));
}

void TstSajuEngine::sajuApiCompare_data()
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

void TstSajuEngine::sajuApiCompare()
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

QTEST_GUILESS_MAIN(TstSajuEngine)
#include "tst_saju_engine.moc"
