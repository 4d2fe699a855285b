// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

// Boundary charts. A birth time is known to the minute at best, so when the corrected time lies
// within 2 minutes of a boundary that changes the pillars, the chart on the other side is built
// too and both are shown (RULES.md §1.9). Boundaries:
//   solar-term      a 節 instant (year/month pillars and the 대운 Δ change); UTC, like the engine
//   hour-branch     an hour-branch edge at an odd hour of local mean time (hour pillar changes)
//   day-change      00:00 local mean time under the split and midnight 子 rules (day pillar)
//   solar-term-day  time unknown and a 節 falls on the civil date: the chart is taken at noon
//                   (SajuEngine); the other side's chart has the other year/month and its 대운
//                   is measured from the middle of that side's part of the day
// The other-side chart of a timed birth is the full chart for the nearest civil minute across the
// boundary (what the person would get had the clock read one or two minutes differently).
namespace sajudesk::saju {

struct SajuChart;

enum class BoundaryKind { SolarTerm, HourBranch, DayChange, SolarTermDay };
QString boundaryKindName(BoundaryKind kind); ///< "solar-term", "hour-branch", "day-change", "solar-term-day"
/// Name in the UI language (context "ChartBoundaries"): "solar term" / "절기" …
QString boundaryKindDisplayName(BoundaryKind kind);

/// How close the corrected time must be to a boundary, inclusive (same as SajuFlag::NearJie).
inline constexpr std::int64_t kBoundarySeconds = 120;

struct ChartBoundary
{
    BoundaryKind kind = BoundaryKind::SolarTerm;
    std::int64_t utc = 0;                   ///< the boundary instant, UTC seconds
    std::int64_t secondsFromBirth = 0;      ///< utc − birth instant (> 0: the boundary comes after the birth)
    QString label;                          ///< 節 in Hanja ("白露"), the branches ("卯/辰") or "00:00"
    QString otherTime;                      ///< civil time of the other chart, "YYYY-MM-DD HH:MM"
    std::shared_ptr<const SajuChart> other; ///< the chart on the other side (it has no boundaries itself)
};

/// The boundaries near `chart`'s corrected time, each with the other side's chart.
std::vector<ChartBoundary> findBoundaries(const SajuChart &chart);

} // namespace sajudesk::saju
