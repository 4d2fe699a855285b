// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/BirthInput.h"
#include "saju/FourPillars.h"

#include <QVector>

// The correction trace ("계산 과정"): how a typed civil time became the pillars, one step per
// correction, each with the value it produced (language-neutral: dates, offsets, Hanja) and a
// note in the UI language (context "CalculationTrace"). The steps, always all seven, in order:
//   civil     the Korean wall clock as typed (solar date after a lunar conversion)
//   dst       the same instant on the standard clock (daylight saving time removed)
//   standard  the UTC offset and meridian of that era (Seoul LMT, 127.5°E or 135°E)
//   utc       the birth instant in UTC (year and month are read from it)
//   lmt       local mean time at the birthplace longitude (day and hour are read from it)
//   zi        the 子-hour rule applied: the date whose day pillar is used and the hour branch
//   pillars   the four pillars, with the 節 that set year and month
// With the time unknown, lmt and zi are not applied (value "-").
namespace sajudesk::saju {

enum class TraceStep { Civil, Dst, Standard, Utc, Lmt, Zi, Pillars };

struct TraceEntry
{
    TraceStep step = TraceStep::Civil;
    QString value;
    QString note;
    bool applied = true; ///< false when the step changed nothing or does not apply
};

QString traceStepName(TraceStep step);  ///< "civil", "dst", "standard", "utc", "lmt", "zi", "pillars"
QString traceStepLabel(TraceStep step); ///< heading in the UI language

/// The trace of `pillars` computed from `typed` (typed only supplies the lunar date, if any).
QVector<TraceEntry> calculationTrace(const BirthInput &typed, const FourPillars &pillars);

} // namespace sajudesk::saju
