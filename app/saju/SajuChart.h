// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/AnnualLuck.h"
#include "saju/BirthInput.h"
#include "saju/CalculationTrace.h"
#include "saju/ChartBoundaries.h"
#include "saju/FourPillars.h"
#include "saju/HiddenStems.h"
#include "saju/LuckPillars.h"
#include "saju/SajuError.h"
#include "saju/TenGods.h"
#include "saju/TwelveStages.h"

#include <QFlags>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

// A 만세력 chart: the four pillars (SajuEngine) with everything read from them — 십성, 지장간,
// 12운성, 공망, element counts, 대운 with its start, the correction trace and the charts on the
// other side of a nearby boundary — in one value a chart view can show as is. Rules and schools:
// TenGods.h, HiddenStems.h, TwelveStages.h, VoidBranches.h, LuckPillars.h, AnnualLuck.h,
// CalculationTrace.h, ChartBoundaries.h and the README's "Chart rules".
//   ChartOptions o; o.gender = Gender::Male;
//   Result<SajuChart> r = SajuChart::build(input, o);
//   if (!r) showError(r.error().message());
//   const ChartColumn &hour = r->column(PillarPosition::Hour);   // hour.present false if unknown
//   for (const LuckPillar &lp : r->luck->pillars) …             // when r->luck
//   auto years = r->annualLuck(2021, 2031);                      // 세운; r->monthlyLuck(2026) 월운
namespace sajudesk::saju {

struct ChartOptions
{
    Gender gender = Gender::Unknown; ///< needed for 대운; Unknown leaves luck empty (LuckStatus::NoGender)
    LuckRounding rounding = LuckRounding::HalfUp;
    bool boundaries = true; ///< build the other-side charts (ChartBoundaries.h)
};

enum class PillarPosition { Year = 0, Month = 1, Day = 2, Hour = 3 };
QString pillarPositionName(PillarPosition position); ///< "year", "month", "day", "hour" (JSON keys)

/// One column (柱) of the chart.
struct ChartColumn
{
    bool present = false; ///< false only for the hour when the birth time is unknown
    Pillar pillar;
    std::optional<TenGod> stemGod; ///< empty for the day stem itself (日干)
    TenGod branchGod = TenGod::Companion;
    HiddenStems hidden;                      ///< 여기 → 정기
    std::array<TenGod, 3> hiddenGods{};      ///< ten god of each hidden stem (first hidden.count)
    TwelveStage stage = TwelveStage::Growth; ///< of the branch relative to the day stem
};

enum class ChartFlag : unsigned {
    None = 0,
    LuckFromNoon = 1u << 0,  ///< `luck-from-noon`: time unknown, 대운 Δ measured from civil noon
    NearHourEdge = 1u << 1,  ///< `near-hour-edge`: within 2 min of an hour-branch edge (LMT)
    NearDayChange = 1u << 2, ///< `near-day-change`: within 2 min of 00:00 LMT (split/midnight rules)
};
Q_DECLARE_FLAGS(ChartFlags, ChartFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChartFlags)

struct SajuChart
{
    BirthInput input; ///< as given (lunar date, longitude, 子 rule)
    ChartOptions options;
    FourPillars pillars; ///< engine result: pillars, UTC instant, LMT, flags, 節 candidates

    std::array<ChartColumn, 4> columns; ///< indexed by PillarPosition
    std::array<int, 2> voidBranches{};  ///< 공망 of the day pillar's 旬
    std::array<int, 5> elementCounts{}; ///< by Element over the 8 (or 6) characters
    std::optional<LuckCycle> luck;      ///< 대운; empty unless luckStatus == Ok
    LuckStatus luckStatus = LuckStatus::NoGender;
    QVector<TraceEntry> trace;             ///< the seven correction steps
    std::vector<ChartBoundary> boundaries; ///< empty unless near a boundary
    ChartFlags flags;

    /// Errors as SajuEngine::compute().
    static Result<SajuChart> build(const BirthInput &input, const ChartOptions &options = ChartOptions());
    /// parseBirthLine() then build().
    static Result<SajuChart> buildLine(QStringView line, const BirthInput &base = BirthInput(),
                                       const ChartOptions &options = ChartOptions());
    /// Everything derived from pillars already computed (used for the boundary candidates).
    static SajuChart fromPillars(const BirthInput &input, const FourPillars &pillars, const ChartOptions &options);

    const ChartColumn &column(PillarPosition position) const { return columns[static_cast<std::size_t>(position)]; }
    int dayStem() const { return pillars.day.stem; }
    bool hasHour() const { return pillars.hasHour; }
    bool isVoid(int branch) const { return branch == voidBranches[0] || branch == voidBranches[1]; }

    /// 세운 of saju years fromYear..toYear and 월운 of one saju year, relative to this day stem.
    QVector<LuckPeriod> annualLuck(int fromYear, int toYear) const;
    QVector<LuckPeriod> monthlyLuck(int year) const;

    /// FourPillars::flagNames() and the chart's own, sorted: jie-day:…, lmt-era, luck-from-noon,
    /// near-day-change, near-hour-edge, near-jie:…, time-unknown, tz-gap, tz-overlap.
    QStringList flagNames() const;

    /// The `sajudesk-cli chart --json` object (without "input"): pillars, tenGods, hiddenStems,
    /// twelveStages, void, luck, trace, boundaries and details (README, "Chart rules").
    QJsonObject toJson() const;
};

} // namespace sajudesk::saju
