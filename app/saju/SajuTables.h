// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

// Raw embedded data of the saju engine (generated into data/SajuTables.cpp by
// data/gen_saju_tables.py). Plain constant arrays: no set-up at run time, safe from any thread.
// Most code should use SolarTerms.h and LunarCalendar.h instead of these arrays.
namespace sajudesk::saju::tables {

inline constexpr int kJieFirstYear = 1900;
inline constexpr int kJieLastYear = 2100;
/// 12 jie (節) per Gregorian year, in the order 小寒 立春 驚蟄 淸明 立夏 芒種 小暑 立秋 白露 寒露 立冬 大雪.
inline constexpr int kJieCount = (kJieLastYear - kJieFirstYear + 1) * 12;
extern const std::int64_t kJieUtc[kJieCount];

/// One Korean (KASI) lunar month.
struct LunarMonth
{
    std::int32_t startDay; ///< first solar day, days since 1970-01-01
    std::int16_t year;
    std::int8_t month;  ///< 1..12
    std::int8_t leap;   ///< 1 for a leap month (윤달)
    std::int8_t length; ///< 29 or 30
};

/// Lunar 1899-12 .. 2050-11, contiguous; 1899-12 starts on 1900-01-01.
inline constexpr int kLunarMonthCount = 1868;
extern const LunarMonth kLunarMonths[kLunarMonthCount];

} // namespace sajudesk::saju::tables
