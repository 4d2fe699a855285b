// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/CivilTime.h"
#include "saju/FourPillars.h"
#include "saju/TenGods.h"
#include "saju/TwelveStages.h"

#include <array>
#include <cstdint>
#include <optional>

// 대운 (大運, ten-year luck pillars). Rules (정운법 of Korean 만세력; lunar-javascript getYun):
//  * direction: forward (순행) for a yang year stem and a man or a yin year stem and a woman
//    (양남음녀), backward (역행) otherwise (음남양녀). The year stem is the saju year's (立春).
//  * Δ: from the birth instant to the next 節 (forward), or from the previous 節 to the birth
//    instant (backward), to the second (節 instants as in SolarTerms.h, equality = "after").
//  * 대운수 (start age) = max(1, round-half-up(Δ / 3 days)) by default; LuckRounding::Floor
//    drops the remainder instead (max(1, ⌊Δ / 3 days⌋)).
//  * exact start (3 days = 1 year, 1 day = 4 months, so 1 month = 6 h and 1 day of life = 12 min):
//    months = ⌊Δ / 6 h⌋, years = months / 12, months %= 12, days = ⌊(Δ mod 6 h) / 12 min⌋ —
//    every part truncated, as lunar-javascript's getYun(sect 2) does with minutes.
//  * ten pillars stepping ±1 through the 60-cycle from the month pillar; pillar i starts at age
//    startAge + 10·i, counted as full years from birth (만 나이), i.e. in calendar year
//    birthYear + age (the year of that birthday).
// Time unknown: Δ is measured from civil noon (SajuEngine's instant) and the chart flags it.
namespace sajudesk::saju {

enum class Gender { Unknown, Male, Female };

/// "male" / "female" / "" (as in `--gender=`).
QString genderName(Gender gender);
std::optional<Gender> genderFromName(QStringView name);

enum class LuckDirection { Forward, Backward };
QString luckDirectionName(LuckDirection direction); ///< "forward" / "backward" (chart JSON)
/// Name in the UI language (context "LuckPillars"): "forward" / "순행", "backward" / "역행".
QString luckDirectionDisplayName(LuckDirection direction);

/// How Δ / 3 days becomes the 대운수.
enum class LuckRounding {
    HalfUp, ///< default: remainder of 1.5 days or more counts as a year (3일 나머지 2 → 올림)
    Floor,  ///< the remainder is dropped (Δ/3 days truncated)
};
QString luckRoundingName(LuckRounding rounding); ///< "half-up" / "floor"
std::optional<LuckRounding> luckRoundingFromName(QStringView name);

inline constexpr std::int64_t kSecondsPerLuckYear = 3 * kSecondsPerDay; ///< 3 days of Δ
inline constexpr std::int64_t kSecondsPerLuckMonth = 6 * 3600;          ///< 6 hours of Δ
inline constexpr std::int64_t kSecondsPerLuckDay = 12 * 60;             ///< 12 minutes of Δ

LuckDirection luckDirection(int yearStem, Gender gender);
/// 대운수 for Δ seconds (Δ ≥ 0).
int luckStartAge(std::int64_t deltaSeconds, LuckRounding rounding);

struct LuckStart
{
    int years = 0;
    int months = 0; ///< 0..11
    int days = 0;   ///< 0..29
};
LuckStart luckStartExact(std::int64_t deltaSeconds);

struct LuckPillar
{
    Pillar pillar;
    int age = 0;  ///< start age (만 나이)
    int year = 0; ///< calendar year it starts in: birth year + age
    TenGod stemGod = TenGod::Companion;
    TenGod branchGod = TenGod::Companion;
    TwelveStage stage = TwelveStage::Growth; ///< of its branch relative to the day stem
};

struct LuckCycle
{
    LuckDirection direction = LuckDirection::Forward;
    LuckRounding rounding = LuckRounding::HalfUp;
    std::int64_t deltaSeconds = 0; ///< Δ
    int jie = -1;                  ///< global index of the 節 Δ is measured to/from
    int startAge = 1;              ///< 대운수
    LuckStart start;               ///< exact start after birth
    SolarDate startDate;           ///< civil birth date + start (calendar addition)
    bool fromNoon = false;         ///< time unknown: Δ from civil noon
    std::array<LuckPillar, 10> pillars;

    /// Index of the pillar in force in calendar year `year` (by the start years), -1 before the first.
    int indexForYear(int year) const;
};

enum class LuckStatus {
    Ok,
    NoGender,   ///< gender unknown: direction undefined
    OutOfRange, ///< the 節 needed lies outside the embedded table (1900-01-01..05 backward, after 2100 大雪 forward)
};

/// 대운 of a computed chart. Fills `status` when given; std::nullopt unless Ok.
std::optional<LuckCycle> computeLuck(const FourPillars &pillars, Gender gender, LuckRounding rounding,
                                     LuckStatus *status = nullptr);

} // namespace sajudesk::saju
