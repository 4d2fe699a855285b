// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/Ganzhi.h"
#include "saju/TenGods.h"
#include "saju/TwelveStages.h"

#include <QVector>

#include <cstdint>

// 세운 (歲運, the pillar of each year) and 월운 (月運, of each month), read exactly like the year
// and month pillars: a saju year runs from one 立春 instant to the next, its twelve months from
// 節 to 節 (寅 month from 立春 … 丑 month from the next 小寒). Each period also carries its ten
// gods and 12운성 relative to the day stem, as 만세력 print them.
//   for (const LuckPeriod &y : annualLuck(dayStem, 2020, 2030)) …   // 세운 2020–2030
//   for (const LuckPeriod &m : monthlyLuck(dayStem, 2026)) …        // 월운 of saju year 2026
namespace sajudesk::saju {

struct LuckPeriod
{
    Pillar pillar;
    int year = 0;  ///< saju year (the Gregorian year of its 立春)
    int month = 0; ///< 0 for a 세운; 1..12 for a 월운 (1 = 寅 month from 立春 … 12 = 丑 month)
    /// First instant (the 立春 / 節 that opens it) and the first instant after it, UTC seconds;
    /// valid only when hasInstants (the embedded 節 table covers 1900–2100).
    std::int64_t startUtc = 0;
    std::int64_t endUtc = 0;
    bool hasInstants = false;
    int jie = -1; ///< global index of the opening 節 (SolarTerms.h), -1 when outside the table
    TenGod stemGod = TenGod::Companion;
    TenGod branchGod = TenGod::Companion;
    TwelveStage stage = TwelveStage::Growth;
};

/// 세운 for saju years fromYear..toYear (inclusive; empty when toYear < fromYear).
QVector<LuckPeriod> annualLuck(int dayStem, int fromYear, int toYear);
/// The twelve 월운 of saju year `year`.
QVector<LuckPeriod> monthlyLuck(int dayStem, int year);

} // namespace sajudesk::saju
