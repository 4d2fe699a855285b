// SPDX-License-Identifier: GPL-3.0-or-later
// Table tests of each chart rule (app/saju: TenGods, HiddenStems, TwelveStages, VoidBranches,
// LuckPillars, AnnualLuck), the full tables typed from published sources, not from our code:
//
//  [LJS]  lunar-javascript 1.7.7 (6tail, https://github.com/6tail/lunar-javascript, lunar.js):
//         LunarUtil.SHI_SHEN (all 100 stem pairs), ZHI_HIDE_GAN (本氣 first), CHANG_SHENG_OFFSET
//         with EightChar._getDiShi (all 120 stem × branch stages), XUN_KONG, EightChar.getYun.
//         The two full tables below were printed from it (node, 2025) and pasted.
//  [HJ]   홍정 명리 강좌 33) 십이운성, http://hongjung.com/myoung-2-2.html — 陽五行은 三合의 첫 글자에서
//         順行, 陰五行은 陽五行의 死에서 逆行; "甲木 日主는 亥에서 生하여 子에 浴".
//  [LS]   limsul.tistory.com/408 (12운성 1편) — worked example: 丙 일간, 년지 丑 양, 월지 子 태,
//         일지 午 제왕, 시지 申 병.
//  [SP]   sajuplus.tistory.com/3228 (지장간의 구성) — 생지 여기·중기·정기 7·7·16일, 왕지 10·20일,
//         고지 9·3·18일; 축월 여기 癸, 인월 여기 戊.
//  [DC]   月律分野 支藏干 表, https://cafe.daum.net/_c21_/bbs_read?datanum=20&fldid=qkHz&grpid=1FXio —
//         子 壬癸, 丑 癸辛己, 寅 戊丙甲, 卯 甲乙, 辰 乙癸戊, 巳 戊庚丙, 午 丙己丁, 未 丁乙己, 申 戊壬庚,
//         酉 庚辛, 戌 辛丁戊, 亥 戊甲壬 (the table of issue 14).
//  [WU]   육십갑자공망표, http://woonup.com/gong.htm ; 空亡新法 citing 淵海子平 (甲子旬中 無戌亥 …),
//         http://m.wonje.co.kr/bbs/board.php?bo_table=member25&page=89&wr_id=930 ; worked example
//         "일주 경인 → 오·미 공망", http://wonje.co.kr/m/bbs/board.php?bo_table=member25&wr_id=389 .
//  [CC]   척척만세력 (sajuplus.com/cheokcheok-calendar): 정운법 — 남자 양간 해·여자 음간 해 순행 (다가올 절기),
//         반대는 역행 (지난 절기). Also wjdxogh5518.tistory.com/15404491 (陽男陰女 順行, 未來節/過去節).
//  [TS]   testsaju.tistory.com/m/43 (대운 수): 2015년 8월 14일생 남자 대운수 2, 여자 8; 2, 12, 22 … .
//  [IS]   inseol.com/110: 대운수는 만 나이 기준 (대운수 4 → 14, 24 …).
#include "saju/AnnualLuck.h"
#include "saju/HiddenStems.h"
#include "saju/LuckPillars.h"
#include "saju/SajuEngine.h"
#include "saju/SolarTerms.h"
#include "saju/TenGods.h"
#include "saju/TwelveStages.h"
#include "saju/VoidBranches.h"

#include <QTest>

using namespace sajudesk::saju;

Q_DECLARE_METATYPE(sajudesk::saju::Gender)

namespace {
const QString kStems = QStringLiteral("甲乙丙丁戊己庚辛壬癸");
const QString kBranches = QStringLiteral("子丑寅卯辰巳午未申酉戌亥");
} // namespace

class TstSajuChartRules : public QObject
{
    Q_OBJECT

private slots:
    void tenGodsOfStems_data();
    void tenGodsOfStems();
    void tenGodsOfBranches_data();
    void tenGodsOfBranches();
    void tenGodNames();
    void hiddenStems_data();
    void hiddenStems();
    void twelveStages_data();
    void twelveStages();
    void twelveStagesWorkedExamples();
    void voidBranches_data();
    void voidBranches();
    void luckDirection_data();
    void luckDirection();
    void luckStartAgeAtHalfBoundaries_data();
    void luckStartAgeAtHalfBoundaries();
    void luckStartExact_data();
    void luckStartExact();
    void luckPublishedExamples_data();
    void luckPublishedExamples();
    void luckPillarsStepFromTheMonth();
    void annualAndMonthlyLuck();
};

// [LJS] SHI_SHEN: row = day stem, columns = the other stem 甲 … 癸.
void TstSajuChartRules::tenGodsOfStems_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("甲") << QStringLiteral("비견 겁재 식신 상관 편재 정재 편관 정관 편인 정인");
    QTest::newRow("乙") << QStringLiteral("겁재 비견 상관 식신 정재 편재 정관 편관 정인 편인");
    QTest::newRow("丙") << QStringLiteral("편인 정인 비견 겁재 식신 상관 편재 정재 편관 정관");
    QTest::newRow("丁") << QStringLiteral("정인 편인 겁재 비견 상관 식신 정재 편재 정관 편관");
    QTest::newRow("戊") << QStringLiteral("편관 정관 편인 정인 비견 겁재 식신 상관 편재 정재");
    QTest::newRow("己") << QStringLiteral("정관 편관 정인 편인 겁재 비견 상관 식신 정재 편재");
    QTest::newRow("庚") << QStringLiteral("편재 정재 편관 정관 편인 정인 비견 겁재 식신 상관");
    QTest::newRow("辛") << QStringLiteral("정재 편재 정관 편관 정인 편인 겁재 비견 상관 식신");
    QTest::newRow("壬") << QStringLiteral("식신 상관 편재 정재 편관 정관 편인 정인 비견 겁재");
    QTest::newRow("癸") << QStringLiteral("상관 식신 정재 편재 정관 편관 정인 편인 겁재 비견");
}

void TstSajuChartRules::tenGodsOfStems()
{
    QFETCH(QString, expected);
    const int day = stemFromText(QString::fromUtf8(QTest::currentDataTag()));
    QStringList got;
    for (int s = 0; s < 10; ++s)
        got << tenGodHangul(tenGodOfStem(day, s));
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

// [LJS] SHI_SHEN of ZHI_HIDE_GAN[branch][0] (本氣 = our 정기): row = day stem, columns 子 … 亥.
void TstSajuChartRules::tenGodsOfBranches_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("甲") << QStringLiteral("정인 정재 비견 겁재 편재 식신 상관 정재 편관 정관 편재 편인");
    QTest::newRow("乙") << QStringLiteral("편인 편재 겁재 비견 정재 상관 식신 편재 정관 편관 정재 정인");
    QTest::newRow("丙") << QStringLiteral("정관 상관 편인 정인 식신 비견 겁재 상관 편재 정재 식신 편관");
    QTest::newRow("丁") << QStringLiteral("편관 식신 정인 편인 상관 겁재 비견 식신 정재 편재 상관 정관");
    QTest::newRow("戊") << QStringLiteral("정재 겁재 편관 정관 비견 편인 정인 겁재 식신 상관 비견 편재");
    QTest::newRow("己") << QStringLiteral("편재 비견 정관 편관 겁재 정인 편인 비견 상관 식신 겁재 정재");
    QTest::newRow("庚") << QStringLiteral("상관 정인 편재 정재 편인 편관 정관 정인 비견 겁재 편인 식신");
    QTest::newRow("辛") << QStringLiteral("식신 편인 정재 편재 정인 정관 편관 편인 겁재 비견 정인 상관");
    QTest::newRow("壬") << QStringLiteral("겁재 정관 식신 상관 편관 편재 정재 정관 편인 정인 편관 비견");
    QTest::newRow("癸") << QStringLiteral("비견 편관 상관 식신 정관 정재 편재 편관 정인 편인 정관 겁재");
}

void TstSajuChartRules::tenGodsOfBranches()
{
    QFETCH(QString, expected);
    const int day = stemFromText(QString::fromUtf8(QTest::currentDataTag()));
    QStringList got;
    for (int b = 0; b < 12; ++b)
        got << tenGodHangul(tenGodOfBranch(day, b));
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TstSajuChartRules::tenGodNames()
{
    QCOMPARE(tenGodHanja(TenGod::IndirectOfficer), QStringLiteral("偏官"));
    QCOMPARE(tenGodHanja(TenGod::DirectResource), QStringLiteral("正印"));
    QCOMPARE(tenGodHangul(TenGod::RobWealth), QStringLiteral("겁재"));
    QCOMPARE(tenGodDisplayName(TenGod::EatingGod), QStringLiteral("Eating God")); // no translator installed
}

// [DC] / issue 14 (여기 → 중기 → 정기); [SP] 丑 여기 癸, 寅 여기 戊; [LJS] 本氣 = the last column.
void TstSajuChartRules::hiddenStems_data()
{
    QTest::addColumn<QString>("stems");
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QString>("chineseMain");
    QTest::newRow("子") << QStringLiteral("壬癸") << QStringLiteral("여기 정기") << QStringLiteral("癸");
    QTest::newRow("丑") << QStringLiteral("癸辛己") << QStringLiteral("여기 중기 정기") << QStringLiteral("己");
    QTest::newRow("寅") << QStringLiteral("戊丙甲") << QStringLiteral("여기 중기 정기") << QStringLiteral("甲");
    QTest::newRow("卯") << QStringLiteral("甲乙") << QStringLiteral("여기 정기") << QStringLiteral("乙");
    QTest::newRow("辰") << QStringLiteral("乙癸戊") << QStringLiteral("여기 중기 정기") << QStringLiteral("戊");
    QTest::newRow("巳") << QStringLiteral("戊庚丙") << QStringLiteral("여기 중기 정기") << QStringLiteral("丙");
    QTest::newRow("午") << QStringLiteral("丙己丁") << QStringLiteral("여기 중기 정기") << QStringLiteral("丁");
    QTest::newRow("未") << QStringLiteral("丁乙己") << QStringLiteral("여기 중기 정기") << QStringLiteral("己");
    QTest::newRow("申") << QStringLiteral("戊壬庚") << QStringLiteral("여기 중기 정기") << QStringLiteral("庚");
    QTest::newRow("酉") << QStringLiteral("庚辛") << QStringLiteral("여기 정기") << QStringLiteral("辛");
    QTest::newRow("戌") << QStringLiteral("辛丁戊") << QStringLiteral("여기 중기 정기") << QStringLiteral("戊");
    QTest::newRow("亥") << QStringLiteral("戊甲壬") << QStringLiteral("여기 중기 정기") << QStringLiteral("壬");
}

void TstSajuChartRules::hiddenStems()
{
    QFETCH(QString, stems);
    QFETCH(QString, roles);
    QFETCH(QString, chineseMain);
    const int branch = branchFromText(QString::fromUtf8(QTest::currentDataTag()));
    const HiddenStems h = hiddenStemsOf(branch);
    QCOMPARE(h.hanja(), stems);
    QStringList gotRoles;
    for (int i = 0; i < h.count; ++i)
        gotRoles << hiddenRoleHangul(h.roleAt(i));
    QCOMPARE(gotRoles.join(QLatin1Char(' ')), roles);
    QCOMPARE(stemHanja(h.main()), chineseMain);
    QCOMPARE(mainHiddenStem(branch), h.main());
    // The branch's own element is that of its 정기.
    QCOMPARE(stemElement(h.main()), branchElement(branch));
}

// [LJS] CHANG_SHENG_OFFSET + _getDiShi: row = day stem, columns 子 … 亥.
void TstSajuChartRules::twelveStages_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("甲") << QStringLiteral("목욕 관대 건록 제왕 쇠 병 사 묘 절 태 양 장생");
    QTest::newRow("乙") << QStringLiteral("병 쇠 제왕 건록 관대 목욕 장생 양 태 절 묘 사");
    QTest::newRow("丙") << QStringLiteral("태 양 장생 목욕 관대 건록 제왕 쇠 병 사 묘 절");
    QTest::newRow("丁") << QStringLiteral("절 묘 사 병 쇠 제왕 건록 관대 목욕 장생 양 태");
    QTest::newRow("戊") << QStringLiteral("태 양 장생 목욕 관대 건록 제왕 쇠 병 사 묘 절");
    QTest::newRow("己") << QStringLiteral("절 묘 사 병 쇠 제왕 건록 관대 목욕 장생 양 태");
    QTest::newRow("庚") << QStringLiteral("사 묘 절 태 양 장생 목욕 관대 건록 제왕 쇠 병");
    QTest::newRow("辛") << QStringLiteral("장생 양 태 절 묘 사 병 쇠 제왕 건록 관대 목욕");
    QTest::newRow("壬") << QStringLiteral("제왕 쇠 병 사 묘 절 태 양 장생 목욕 관대 건록");
    QTest::newRow("癸") << QStringLiteral("건록 관대 목욕 장생 양 태 절 묘 사 병 쇠 제왕");
}

void TstSajuChartRules::twelveStages()
{
    QFETCH(QString, expected);
    const int stem = stemFromText(QString::fromUtf8(QTest::currentDataTag()));
    QStringList got;
    for (int b = 0; b < 12; ++b)
        got << twelveStageHangul(twelveStageOf(stem, b));
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TstSajuChartRules::twelveStagesWorkedExamples()
{
    // [HJ] 甲 is born (장생) in 亥 and bathes (목욕) in 子; a yin stem is born where its yang dies.
    QCOMPARE(twelveStageOf(0, branchFromText(u"亥")), TwelveStage::Growth);
    QCOMPARE(twelveStageOf(0, branchFromText(u"子")), TwelveStage::Bath);
    for (int yang = 0; yang < 10; yang += 2)
        QCOMPARE(twelveStageOf(yang, growthBranchOf(yang + 1)), TwelveStage::Death);
    // [LS] 丙 day master: 丑 양, 子 태, 午 제왕, 申 병.
    const int bing = stemFromText(u"丙");
    QCOMPARE(twelveStageHangul(twelveStageOf(bing, branchFromText(u"丑"))), QStringLiteral("양"));
    QCOMPARE(twelveStageHangul(twelveStageOf(bing, branchFromText(u"子"))), QStringLiteral("태"));
    QCOMPARE(twelveStageHangul(twelveStageOf(bing, branchFromText(u"午"))), QStringLiteral("제왕"));
    QCOMPARE(twelveStageHangul(twelveStageOf(bing, branchFromText(u"申"))), QStringLiteral("병"));
    // 火土同法: 戊 runs with 丙 and 己 with 丁 on every branch.
    for (int b = 0; b < 12; ++b) {
        QCOMPARE(twelveStageOf(4, b), twelveStageOf(2, b));
        QCOMPARE(twelveStageOf(5, b), twelveStageOf(3, b));
    }
    QCOMPARE(twelveStageHanja(TwelveStage::Prime), QStringLiteral("建祿"));
}

// [WU] / [LJS] XUN_KONG: each 旬 and its two void branches; every one of its ten days is tested.
void TstSajuChartRules::voidBranches_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("甲子") << QStringLiteral("戌亥");
    QTest::newRow("甲戌") << QStringLiteral("申酉");
    QTest::newRow("甲申") << QStringLiteral("午未");
    QTest::newRow("甲午") << QStringLiteral("辰巳");
    QTest::newRow("甲辰") << QStringLiteral("寅卯");
    QTest::newRow("甲寅") << QStringLiteral("子丑");
}

void TstSajuChartRules::voidBranches()
{
    QFETCH(QString, expected);
    const QString tag = QString::fromUtf8(QTest::currentDataTag());
    const int start = Pillar{stemFromText(tag.left(1)), branchFromText(tag.mid(1))}.cycle();
    for (int i = 0; i < 10; ++i) {
        const Pillar day = Pillar::fromCycle(start + i);
        const std::array<int, 2> v = voidBranchesOf(day);
        QCOMPARE(branchHanja(v[0]) + branchHanja(v[1]), expected);
    }
    // [WU] worked example: a 庚寅 day pillar has 午未 void.
    const std::array<int, 2> gengYin = voidBranchesOf(Pillar{6, 2});
    QCOMPARE(branchHanja(gengYin[0]) + branchHanja(gengYin[1]), QStringLiteral("午未"));
}

// [CC] / [LJS] getYun: 양남음녀 순행, 음남양녀 역행 — every year stem × gender.
void TstSajuChartRules::luckDirection_data()
{
    QTest::addColumn<int>("yearStem");
    QTest::addColumn<Gender>("gender");
    QTest::addColumn<QString>("expected");
    const char *male[10] = {"forward",  "backward", "forward",  "backward", "forward",
                            "backward", "forward",  "backward", "forward",  "backward"};
    const char *female[10] = {"backward", "forward",  "backward", "forward",  "backward",
                              "forward",  "backward", "forward",  "backward", "forward"};
    for (int s = 0; s < 10; ++s) {
        QTest::addRow("%s male", qPrintable(kStems.mid(s, 1))) << s << Gender::Male << QString::fromLatin1(male[s]);
        QTest::addRow("%s female", qPrintable(kStems.mid(s, 1)))
            << s << Gender::Female << QString::fromLatin1(female[s]);
    }
}

void TstSajuChartRules::luckDirection()
{
    QFETCH(int, yearStem);
    QFETCH(Gender, gender);
    QFETCH(QString, expected);
    QCOMPARE(luckDirectionName(sajudesk::saju::luckDirection(yearStem, gender)), expected);
}

// 대운수 = max(1, round-half-up(Δ / 3 days)): one second below and at each x.5 boundary; the floor
// option changes only at whole multiples of 3 days.
void TstSajuChartRules::luckStartAgeAtHalfBoundaries_data()
{
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<int>("halfUp");
    QTest::addColumn<int>("floor");
    QTest::newRow("0") << qint64(0) << 1 << 1;
    for (int x = 0; x <= 10; ++x) {
        const qint64 half = qint64((2 * x + 1) * kSecondsPerLuckYear / 2); // x.5 × 3 days
        QTest::addRow("%d.5 - 1 s", x) << half - 1 << std::max(1, x) << std::max(1, x);
        QTest::addRow("%d.5", x) << half << x + 1 << std::max(1, x);
        QTest::addRow("%d + 1 - 1 s", x) << qint64((x + 1) * kSecondsPerLuckYear - 1) << x + 1 << std::max(1, x);
        QTest::addRow("%d + 1", x) << qint64((x + 1) * kSecondsPerLuckYear) << x + 1 << x + 1;
    }
}

void TstSajuChartRules::luckStartAgeAtHalfBoundaries()
{
    QFETCH(qint64, delta);
    QFETCH(int, halfUp);
    QFETCH(int, floor);
    QCOMPARE(luckStartAge(delta, LuckRounding::HalfUp), halfUp);
    QCOMPARE(luckStartAge(delta, LuckRounding::Floor), floor);
}

// 3 days = 1 year, 1 day = 4 months (6 h = 1 month), 12 min = 1 day; every part truncated ([LJS] sect 2).
void TstSajuChartRules::luckStartExact_data()
{
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<int>("years");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("days");
    QTest::newRow("0") << qint64(0) << 0 << 0 << 0;
    QTest::newRow("12 min - 1 s") << qint64(719) << 0 << 0 << 0;
    QTest::newRow("12 min") << qint64(720) << 0 << 0 << 1;
    QTest::newRow("6 h") << qint64(6 * 3600) << 0 << 1 << 0;
    QTest::newRow("1 day") << qint64(86400) << 0 << 4 << 0;
    QTest::newRow("3 days - 1 s") << qint64(3 * 86400 - 1) << 0 << 11 << 29;
    QTest::newRow("3 days") << qint64(3 * 86400) << 1 << 0 << 0;
    // The example: 白露 1992-09-07T09:18:21Z − birth 1992-08-25T20:40:00Z = 12 d 12:38:21.
    QTest::newRow("issue 14") << qint64(12 * 86400 + 12 * 3600 + 38 * 60 + 21) << 4 << 2 << 3;
    QTest::newRow("31 d 10 h") << qint64(31 * 86400 + 10 * 3600) << 10 << 5 << 20;
}

void TstSajuChartRules::luckStartExact()
{
    QFETCH(qint64, delta);
    QFETCH(int, years);
    QFETCH(int, months);
    QFETCH(int, days);
    const LuckStart s = sajudesk::saju::luckStartExact(delta);
    QCOMPARE(s.years, years);
    QCOMPARE(s.months, months);
    QCOMPARE(s.days, days);
}

// Hand-worked results published elsewhere: [TS] (date only: Δ from civil noon) and issue 14.
void TstSajuChartRules::luckPublishedExamples_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Gender>("gender");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<int>("startAge");
    QTest::newRow("TS 2015-08-14 male") << QStringLiteral("2015-08-14") << Gender::Male << QStringLiteral("backward")
                                        << 2;
    QTest::newRow("TS 2015-08-14 female")
        << QStringLiteral("2015-08-14") << Gender::Female << QStringLiteral("forward") << 8;
    QTest::newRow("issue 14 male") << QStringLiteral("1992-08-26 05:40") << Gender::Male << QStringLiteral("forward")
                                   << 4;
}

void TstSajuChartRules::luckPublishedExamples()
{
    QFETCH(QString, line);
    QFETCH(Gender, gender);
    QFETCH(QString, direction);
    QFETCH(int, startAge);
    const Result<FourPillars> p = SajuEngine::computeLine(line);
    QVERIFY(p);
    LuckStatus status = LuckStatus::NoGender;
    const std::optional<LuckCycle> c = computeLuck(p.value(), gender, LuckRounding::HalfUp, &status);
    QVERIFY(c);
    QCOMPARE(status, LuckStatus::Ok);
    QCOMPARE(luckDirectionName(c->direction), direction);
    QCOMPARE(c->startAge, startAge);
    QCOMPARE(c->fromNoon, !p->hasHour);
    // [TS]/[IS]: the pillars start at startAge, startAge + 10, … (만 나이).
    for (int i = 0; i < 10; ++i)
        QCOMPARE(c->pillars[static_cast<std::size_t>(i)].age, startAge + 10 * i);
}

void TstSajuChartRules::luckPillarsStepFromTheMonth()
{
    const Result<FourPillars> p = SajuEngine::computeLine(u"1992-08-26 05:40");
    QVERIFY(p);
    QCOMPARE(p->month.hanja(), QStringLiteral("戊申"));
    const std::optional<LuckCycle> man = computeLuck(p.value(), Gender::Male, LuckRounding::HalfUp);
    const std::optional<LuckCycle> woman = computeLuck(p.value(), Gender::Female, LuckRounding::HalfUp);
    QVERIFY(man && woman);
    QStringList forward, backward, years;
    for (int i = 0; i < 10; ++i) {
        forward << man->pillars[static_cast<std::size_t>(i)].pillar.hanja();
        backward << woman->pillars[static_cast<std::size_t>(i)].pillar.hanja();
        years << QString::number(man->pillars[static_cast<std::size_t>(i)].year);
    }
    QCOMPARE(forward.join(QLatin1Char(' ')), QStringLiteral("己酉 庚戌 辛亥 壬子 癸丑 甲寅 乙卯 丙辰 丁巳 戊午"));
    QCOMPARE(backward.join(QLatin1Char(' ')), QStringLiteral("丁未 丙午 乙巳 甲辰 癸卯 壬寅 辛丑 庚子 己亥 戊戌"));
    // [LJS] DaYun.getStartYear: 1996, 2006, … (birth year + the start's whole years).
    QCOMPARE(years.join(QLatin1Char(' ')), QStringLiteral("1996 2006 2016 2026 2036 2046 2056 2066 2076 2086"));
    QCOMPARE(man->startDate.toString(), QStringLiteral("1996-10-29"));
    QCOMPARE(man->indexForYear(1995), -1);
    QCOMPARE(man->indexForYear(1996), 0);
    QCOMPARE(man->indexForYear(2026), 3);
    QCOMPARE(man->indexForYear(2200), 9);
    // The backward Δ runs from 立秋 1992-08-07T06:27:24Z: 18 d 14:12:36 → 6.2 → 6.
    QCOMPARE(woman->deltaSeconds, qint64(18 * 86400 + 14 * 3600 + 12 * 60 + 36));
    QCOMPARE(woman->startAge, 6);
    QCOMPARE(jieNameHanja(woman->jie), QStringLiteral("立秋"));
    // Floor rounding: 12.53 days / 3 = 4.18 → 4 either way; the backward 6.19 → 6.
    QCOMPARE(computeLuck(p.value(), Gender::Male, LuckRounding::Floor)->startAge, 4);
    // Without a gender there is no direction.
    LuckStatus status = LuckStatus::Ok;
    QVERIFY(!computeLuck(p.value(), Gender::Unknown, LuckRounding::HalfUp, &status));
    QCOMPARE(status, LuckStatus::NoGender);
    // Before 1900's 小寒 a backward Δ would need the 大雪 of 1899, outside the table.
    const Result<FourPillars> early = SajuEngine::computeLine(u"1900-01-02 12:00");
    QVERIFY(early);
    QCOMPARE(early->year.hanja(), QStringLiteral("己亥")); // yin year: a man runs backward
    QVERIFY(!computeLuck(early.value(), Gender::Male, LuckRounding::HalfUp, &status));
    QCOMPARE(status, LuckStatus::OutOfRange);
    QVERIFY(computeLuck(early.value(), Gender::Female, LuckRounding::HalfUp, &status));
}

void TstSajuChartRules::annualAndMonthlyLuck()
{
    const QVector<LuckPeriod> years = annualLuck(0 /*甲*/, 2024, 2026);
    QCOMPARE(years.size(), 3);
    QCOMPARE(years[0].pillar.hanja(), QStringLiteral("甲辰"));
    QCOMPARE(years[1].pillar.hanja(), QStringLiteral("乙巳"));
    QCOMPARE(years[2].pillar.hanja(), QStringLiteral("丙午"));
    // A 세운 runs from 立春 to the next 立春 (2024: 17:27 KST, RULES.md §1.9).
    QVERIFY(years[0].hasInstants);
    QCOMPARE(formatUtcInstant(years[0].startUtc), QStringLiteral("2024-02-04T08:27:07Z"));
    QCOMPARE(years[0].endUtc, years[1].startUtc);
    QCOMPARE(jieNameHanja(years[0].jie), QStringLiteral("立春"));
    QCOMPARE(tenGodHangul(years[2].stemGod), QStringLiteral("식신"));
    QCOMPARE(twelveStageHangul(years[2].stage), QStringLiteral("사"));
    QVERIFY(annualLuck(0, 2026, 2025).isEmpty());
    QVERIFY(!annualLuck(0, 1850, 1850).first().hasInstants);
    QCOMPARE(annualLuck(0, 1850, 1850).first().pillar.hanja(), QStringLiteral("庚戌"));

    // 월운 of a 丙 year: 寅 month 庚寅 (五虎遁) … 丑 month 辛丑 from the next 小寒.
    const QVector<LuckPeriod> months = monthlyLuck(0, 2026);
    QCOMPARE(months.size(), 12);
    QStringList names, jie;
    for (const LuckPeriod &m : months) {
        names << m.pillar.hanja();
        jie << jieNameHanja(m.jie);
        QCOMPARE(m.year, 2026);
    }
    QCOMPARE(names.join(QLatin1Char(' ')),
             QStringLiteral("庚寅 辛卯 壬辰 癸巳 甲午 乙未 丙申 丁酉 戊戌 己亥 庚子 辛丑"));
    QCOMPARE(jie.join(QLatin1Char(' ')), QStringLiteral("立春 驚蟄 淸明 立夏 芒種 小暑 立秋 白露 寒露 立冬 大雪 小寒"));
    QCOMPARE(months[0].month, 1);
    QCOMPARE(months[11].month, 12);
    QCOMPARE(months[0].startUtc, years[2].startUtc);
    QCOMPARE(civilFromDays(floorDiv(months[11].startUtc, kSecondsPerDay)).year, 2027);
    // Each month pillar equals the engine's month pillar for a birth in that month.
    const Result<FourPillars> p = SajuEngine::computeLine(u"2026-07-20 12:00");
    QVERIFY(p);
    QCOMPARE(months[5].pillar, p->month);
    // The last saju year of the table has no next 小寒: the 丑 month of 2100 has no instants.
    QVERIFY(!monthlyLuck(0, 2100).last().hasInstants);
    QVERIFY(monthlyLuck(0, 2100).first().hasInstants);
}

QTEST_GUILESS_MAIN(TstSajuChartRules)
#include "tst_saju_chart_rules.moc"
