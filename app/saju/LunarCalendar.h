// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/CivilTime.h"
#include "saju/SajuError.h"

#include <QString>

// Korean lunar calendar (음력) from the embedded KASI month table (lunar-kr-1900-2050.tsv via
// korean-lunar-calendar 0.4.0). Korea reckons new moons in UTC+9, so some months differ from
// Chinese calendars (2012: 윤3월, 2017: 윤5월; RULES.md §1.10) — never use a Chinese library here.
// Range: lunar 1899-12-01 .. 2050-11-18 = solar 1900-01-01 .. 2050-12-31 (the KASI source's range).
namespace sajudesk::saju {

struct LunarDate
{
    int year = 0;
    int month = 0; ///< 1..12
    int day = 0;   ///< 1..30
    bool leap = false;

    friend bool operator==(const LunarDate &a, const LunarDate &b)
    {
        return a.year == b.year && a.month == b.month && a.day == b.day && a.leap == b.leap;
    }
    /// "1955-윤03-14" (the reference tables' kr_lunar format), "1990-03-05".
    QString toString() const;
};

/// Lunar → solar; errors LunarOutOfRange, NonexistentLeapMonth, InvalidLunarDay, InvalidDate.
Result<SolarDate> lunarToSolar(const LunarDate &lunar);
/// Solar → lunar; error LunarOutOfRange outside 1900-01-01 .. 2050-12-31.
Result<LunarDate> solarToLunar(const SolarDate &solar);
/// Number of days of a lunar month, 0 if that month is not in the table.
int lunarMonthLength(int year, int month, bool leap);
/// Leap month number of a lunar year, 0 if none (or outside the table).
int leapMonthOf(int year);

} // namespace sajudesk::saju
