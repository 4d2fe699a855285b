// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/LunarCalendar.h"

#include "saju/SajuTables.h"

#include <algorithm>
#include <iterator>

namespace sajudesk::saju {

namespace {

using tables::kLunarMonths;
using tables::LunarMonth;

// korean-lunar-calendar's data ends at lunar 2050-11-18 = 2050-12-31 even though the table
// lists that month as 30 days; beyond it we refuse instead of trusting an unchecked length.
constexpr std::int64_t kLastSolarDay = daysFromCivil(2050, 12, 31);

constexpr int monthKey(int year, int month, bool leap)
{
    return year * 32 + month * 2 + (leap ? 1 : 0);
}

const LunarMonth *findMonth(int year, int month, bool leap)
{
    const int key = monthKey(year, month, leap);
    const LunarMonth *it =
        std::lower_bound(std::begin(kLunarMonths), std::end(kLunarMonths), key,
                         [](const LunarMonth &m, int k) { return monthKey(m.year, m.month, m.leap != 0) < k; });
    if (it == std::end(kLunarMonths) || monthKey(it->year, it->month, it->leap != 0) != key)
        return nullptr;
    return it;
}

} // namespace

QString LunarDate::toString() const
{
    return QStringLiteral("%1-%2%3-%4")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(leap ? QStringLiteral("윤") : QString())
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

int lunarMonthLength(int year, int month, bool leap)
{
    const LunarMonth *m = findMonth(year, month, leap);
    return m ? m->length : 0;
}

int leapMonthOf(int year)
{
    for (int month = 1; month <= 12; ++month) {
        if (findMonth(year, month, true))
            return month;
    }
    return 0;
}

Result<SolarDate> lunarToSolar(const LunarDate &lunar)
{
    const QString text = lunar.toString();
    if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30)
        return SajuError{SajuErrorCode::InvalidDate, text};
    const LunarMonth &first = kLunarMonths[0];
    if (monthKey(lunar.year, lunar.month, false) < monthKey(first.year, first.month, false)
        || monthKey(lunar.year, lunar.month, false) > monthKey(2050, 11, false))
        return SajuError{SajuErrorCode::LunarOutOfRange, text};
    const LunarMonth *m = findMonth(lunar.year, lunar.month, lunar.leap);
    if (!m)
        return SajuError{SajuErrorCode::NonexistentLeapMonth, text};
    if (lunar.day > m->length)
        return SajuError{SajuErrorCode::InvalidLunarDay, text};
    const std::int64_t day = m->startDay + lunar.day - 1;
    if (day > kLastSolarDay)
        return SajuError{SajuErrorCode::LunarOutOfRange, text};
    return civilFromDays(day);
}

Result<LunarDate> solarToLunar(const SolarDate &solar)
{
    if (!isValidDate(solar.year, solar.month, solar.day))
        return SajuError{SajuErrorCode::InvalidDate, solar.toString()};
    const std::int64_t day = daysFromCivil(solar.year, solar.month, solar.day);
    if (day < kLunarMonths[0].startDay || day > kLastSolarDay)
        return SajuError{SajuErrorCode::LunarOutOfRange, solar.toString()};
    const LunarMonth *it = std::upper_bound(std::begin(kLunarMonths), std::end(kLunarMonths), day,
                                            [](std::int64_t d, const LunarMonth &m) { return d < m.startDay; });
    const LunarMonth &m = *std::prev(it);
    return LunarDate{m.year, m.month, static_cast<int>(day - m.startDay) + 1, m.leap != 0};
}

} // namespace sajudesk::saju
