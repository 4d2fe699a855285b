// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/BirthInput.h"
#include "saju/FourPillars.h"
#include "saju/SajuError.h"

// The four-pillar (사주) engine. Stateless and thread-safe; all tables are constant data
// compiled into the binary, so there is no set-up step. Conventions (RULES.md §2):
//  * input is the Korean civil wall clock (DST included) → UTC via the embedded Asia/Seoul
//    history; gap → moved forward, overlap → earlier instant; Seoul LMT +8:27:52 before 1908-04-01;
//  * year/month pillars compare that UTC instant with the 立春/節 instants (equality = after);
//  * day/hour pillars use local mean time at the birthplace longitude, offset round(lon × 240 s)
//    (126.978°E → +8:27:55), no equation of time; 子 rule per BirthInput::zi;
//  * time unknown: civil date's day pillar, year/month at civil noon, no hour pillar,
//    no LMT correction; a jie on that date gives flag jie-day and both candidates.
//   auto r = SajuEngine::compute(input);
//   if (r) api.send(r->toSajuJson()); else showError(r.error().message());
namespace sajudesk::saju {

class SajuEngine
{
public:
    /// Errors: OutOfRange (solar outside 1900-01-01..2100-12-31), InvalidDate, InvalidTime,
    /// InvalidLongitude, and for lunar input LunarOutOfRange, NonexistentLeapMonth, InvalidLunarDay.
    static Result<FourPillars> compute(const BirthInput &input);
    /// parseBirthLine() then compute().
    static Result<FourPillars> computeLine(QStringView line, const BirthInput &options = BirthInput());
};

/// Pillars of the saju year that begins with the 立春 of Gregorian year `sajuYear`.
Pillar yearPillarOf(int sajuYear);

} // namespace sajudesk::saju
