// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/SajuEngine.h"

#include "saju/LunarCalendar.h"
#include "saju/SolarTerms.h"

#include <cmath>

namespace sajudesk::saju {

namespace {

constexpr std::int64_t kFirstDay = daysFromCivil(1900, 1, 1);
constexpr std::int64_t kLastDay = daysFromCivil(2100, 12, 31);
constexpr std::int64_t kStandardTimeDay = daysFromCivil(1908, 4, 1);
// Within this many seconds of a jie the typed minute cannot decide the month (RULES.md §1.9).
constexpr std::int64_t kNearJieSeconds = 120;

// Jie k starts month (k + 13) of the 60-cycle (1900 立春, k = 1, is 戊寅 = 14) and, for k ≡ 1
// (mod 12), the saju year; 小寒 and 大雪 months still belong to the previous saju year.
inline int sajuYearOfJie(int k)
{
    return 1900 + static_cast<int>(floorDiv(k - 1, 12));
}

inline void setYearMonth(int k, Pillar &year, Pillar &month)
{
    year = yearPillarOf(sajuYearOfJie(k));
    month = Pillar::fromCycle(k + 13);
}

// Day pillar: (JDN + 49) mod 60, 0 = 甲子 (RULES.md §1.3).
inline Pillar dayPillarOf(std::int64_t days)
{
    return Pillar::fromCycle(jdnFromDays(days) + 49);
}

void markJie(FourPillars &p, int j, SajuFlag flag)
{
    p.flags |= flag;
    p.jie = j;
    setYearMonth(j - 1, p.yearBeforeJie, p.monthBeforeJie);
    setYearMonth(j, p.yearAfterJie, p.monthAfterJie);
}

} // namespace

Pillar yearPillarOf(int sajuYear)
{
    return Pillar::fromCycle(sajuYear - 4);
}

Result<FourPillars> SajuEngine::compute(const BirthInput &in)
{
    if (!std::isfinite(in.longitude) || in.longitude < -180.0 || in.longitude > 180.0)
        return SajuError{SajuErrorCode::InvalidLongitude, QString::number(in.longitude)};
    if (in.hasTime() && (in.hour > 23 || in.minute < 0 || in.minute > 59))
        return SajuError{
            SajuErrorCode::InvalidTime,
            QStringLiteral("%1:%2").arg(in.hour, 2, 10, QLatin1Char('0')).arg(in.minute, 2, 10, QLatin1Char('0'))};

    FourPillars p;
    if (in.calendar == CalendarKind::Lunar) {
        const Result<SolarDate> solar = lunarToSolar(LunarDate{in.year, in.month, in.day, in.leapMonth});
        if (!solar)
            return solar.error();
        p.civilDate = solar.value();
    } else {
        p.civilDate = SolarDate{in.year, in.month, in.day};
        if (!isValidDate(in.year, in.month, in.day))
            return SajuError{SajuErrorCode::InvalidDate, p.civilDate.toString()};
    }
    const std::int64_t days = daysFromCivil(p.civilDate.year, p.civilDate.month, p.civilDate.day);
    if (days < kFirstDay || days > kLastDay)
        return SajuError{SajuErrorCode::OutOfRange, p.civilDate.toString()};

    p.zi = in.zi;
    p.longitude = in.longitude;
    p.civilHour = in.hasTime() ? in.hour : -1;
    p.civilMinute = in.hasTime() ? in.minute : 0;
    // Local mean time offset rounded to the second: 126.978°E → 30474.72 s → +8:27:55.
    p.lmtOffset = static_cast<int>(std::lround(in.longitude * 240.0));
    if (days < kStandardTimeDay)
        p.flags |= SajuFlag::LmtEra;

    // Without a time the reference evaluates year and month at civil noon (RULES.md §1.8).
    const std::int64_t local = days * kSecondsPerDay + (in.hasTime() ? in.hour * 3600 + in.minute * 60 : 12 * 3600);
    const CivilToUtc conv = koreaCivilToUtc(local);
    p.utc = conv.utc;
    p.utcOffset = koreaUtcOffsetAt(conv.utc);
    if (conv.note == TzNote::Gap)
        p.flags |= SajuFlag::TzGap;
    else if (conv.note == TzNote::Overlap)
        p.flags |= SajuFlag::TzOverlap;

    const int k = jieIndexAt(p.utc);
    setYearMonth(k, p.year, p.month);
    const int n = jieCount();

    if (!in.hasTime()) {
        p.flags |= SajuFlag::TimeUnknown;
        p.day = dayPillarOf(days);
        for (int j : {k, k + 1}) {
            if (j < 0 || j >= n)
                continue;
            const std::int64_t t = jieUtc(j);
            if (floorDiv(t + koreaUtcOffsetAt(t), kSecondsPerDay) == days) {
                markJie(p, j, SajuFlag::JieDay);
                break;
            }
        }
        return p;
    }

    p.hasHour = true;
    p.lmtLocal = p.utc + p.lmtOffset;
    const std::int64_t lmtDay = floorDiv(p.lmtLocal, kSecondsPerDay);
    const int secondOfDay = static_cast<int>(p.lmtLocal - lmtDay * kSecondsPerDay);
    const bool lateZi = secondOfDay >= 23 * 3600;
    std::int64_t pillarDay = lmtDay;
    std::int64_t hourStemDay = lmtDay; // the day whose 子 hour opens this hour block (五鼠遁)
    switch (in.zi) {
    case ZiRule::Split:
        hourStemDay = lateZi ? lmtDay + 1 : lmtDay;
        break;
    case ZiRule::ChangeAt23:
        pillarDay = hourStemDay = lateZi ? lmtDay + 1 : lmtDay;
        break;
    case ZiRule::Midnight:
        break;
    }
    p.day = dayPillarOf(pillarDay);
    const int branch = (secondOfDay + 3600) / 7200 % 12;
    const int stemDay = dayPillarOf(hourStemDay).stem;
    p.hour = Pillar{(stemDay % 5 * 2 + branch) % 10, branch};

    for (int j : {k, k + 1}) {
        if (j >= 0 && j < n && std::llabs(jieUtc(j) - p.utc) <= kNearJieSeconds) {
            markJie(p, j, SajuFlag::NearJie);
            break;
        }
    }
    return p;
}

Result<FourPillars> SajuEngine::computeLine(QStringView line, const BirthInput &options)
{
    const Result<BirthInput> in = parseBirthLine(line, options);
    if (!in)
        return in.error();
    return compute(in.value());
}

} // namespace sajudesk::saju
