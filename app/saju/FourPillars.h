// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/BirthInput.h"
#include "saju/CivilTime.h"
#include "saju/Ganzhi.h"

#include <QFlags>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <cstdint>

// The result of SajuEngine::compute(): four pillars (삼주 when the time is unknown), how they
// were derived (UTC instant, offsets, local mean time) and flags for inputs that need care.
// Plain data (no heap) so computing it is cheap; the QString/JSON helpers allocate.
namespace sajudesk::saju {

enum class SajuFlag : unsigned {
    None = 0,
    JieDay = 1u << 0,      ///< `jie-day:<name>`: date only and a jie falls on that civil date
    LmtEra = 1u << 1,      ///< `lmt-era`: civil date before 1908-04-01 (Seoul LMT clocks)
    NearJie = 1u << 2,     ///< `near-jie:<name>`: within 2 minutes of a jie instant
    TimeUnknown = 1u << 3, ///< `time-unknown`: no hour pillar
    TzGap = 1u << 4,       ///< `tz-gap`: wall time did not exist; moved forward
    TzOverlap = 1u << 5,   ///< `tz-overlap`: wall time occurred twice; earlier instant taken
};
Q_DECLARE_FLAGS(SajuFlags, SajuFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SajuFlags)

struct FourPillars
{
    Pillar year;
    Pillar month;
    Pillar day;
    Pillar hour;          ///< meaningless when !hasHour
    bool hasHour = false; ///< false when the birth time is unknown

    SolarDate civilDate; ///< solar civil date used (after lunar conversion)
    int civilHour = -1;  ///< as entered, -1 = unknown
    int civilMinute = 0;
    ZiRule zi = ZiRule::Split;
    double longitude = kSeoulLongitude;

    std::int64_t utc = 0;      ///< the birth instant (civil noon when the time is unknown), Unix seconds
    int utcOffset = 0;         ///< Korean civil offset in force at `utc`, seconds (e.g. 32400)
    int lmtOffset = 0;         ///< local mean time offset used for day/hour, seconds (round(lon·240))
    std::int64_t lmtLocal = 0; ///< local mean time wall clock (utc + lmtOffset); valid when hasHour

    SajuFlags flags;
    /// Global jie index (see SolarTerms.h) for JieDay / NearJie, -1 otherwise.
    int jie = -1;
    /// The candidates around that jie: year/month pillars just before and from the jie on.
    Pillar yearBeforeJie, monthBeforeJie, yearAfterJie, monthAfterJie;

    /// That jie's instant (UTC, rounded up to the second as stored), 0 when jie < 0.
    std::int64_t jieUtcInstant() const;

    /// Day master (日干) element and API name, e.g. Element::Wood and "갑목".
    Element dayMasterElement() const { return stemElement(day.stem); }
    QString dayMasterName() const;
    /// Elements of the 8 (or 6) characters, indexed by Element (wood, fire, earth, metal, water).
    std::array<int, 5> elementCounts() const;

    /// Flags as in the reference tables, in this fixed (alphabetical) order:
    /// jie-day:<name>, lmt-era, near-jie:<name>, time-unknown, tz-gap, tz-overlap.
    QStringList flagNames() const;
    /// flagNames() joined with ',' or "-" when there are none (TSV column).
    QString flagsText() const;
    /// "갑자 을축 병인 정묘" with "-" for an unknown hour.
    QString hangulText() const;
    /// The hour pillar in Hanja or "-".
    QString hourHanja() const;

    /// The `saju` object of the Saju API (api-contract §2.4): pillars with hangul and hanja for
    /// stem and branch, hour null when unknown, dayMaster {element, name}.
    QJsonObject toSajuJson() const;
    /// Everything above plus derivation details, for `sajudesk-cli pillars --json` and support.
    QJsonObject toDetailJson() const;
};

} // namespace sajudesk::saju
