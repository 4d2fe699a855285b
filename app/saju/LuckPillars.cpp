// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/LuckPillars.h"

#include "saju/SolarTerms.h"

#include <QCoreApplication>

namespace sajudesk::saju {

QString genderName(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Unknown:
        break;
    }
    return QString();
}

std::optional<Gender> genderFromName(QStringView name)
{
    for (Gender g : {Gender::Male, Gender::Female}) {
        if (name.compare(genderName(g), Qt::CaseInsensitive) == 0)
            return g;
    }
    return std::nullopt;
}

QString luckDirectionName(LuckDirection direction)
{
    return direction == LuckDirection::Forward ? QStringLiteral("forward") : QStringLiteral("backward");
}

QString luckDirectionDisplayName(LuckDirection direction)
{
    return direction == LuckDirection::Forward ? QCoreApplication::translate("LuckPillars", "forward")
                                               : QCoreApplication::translate("LuckPillars", "backward");
}

QString luckRoundingName(LuckRounding rounding)
{
    return rounding == LuckRounding::HalfUp ? QStringLiteral("half-up") : QStringLiteral("floor");
}

std::optional<LuckRounding> luckRoundingFromName(QStringView name)
{
    for (LuckRounding r : {LuckRounding::HalfUp, LuckRounding::Floor}) {
        if (name.compare(luckRoundingName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

LuckDirection luckDirection(int yearStem, Gender gender)
{
    const bool yangYear = floorMod(yearStem, 2) == 0;
    return yangYear == (gender == Gender::Male) ? LuckDirection::Forward : LuckDirection::Backward;
}

int luckStartAge(std::int64_t deltaSeconds, LuckRounding rounding)
{
    // Integer arithmetic so that Δ exactly x.5 × 3 days rounds up and one second less rounds down.
    const std::int64_t bias = rounding == LuckRounding::HalfUp ? kSecondsPerLuckYear / 2 : 0;
    const std::int64_t age = (deltaSeconds + bias) / kSecondsPerLuckYear;
    return age < 1 ? 1 : static_cast<int>(age);
}

LuckStart luckStartExact(std::int64_t deltaSeconds)
{
    const std::int64_t months = deltaSeconds / kSecondsPerLuckMonth;
    return LuckStart{static_cast<int>(months / 12), static_cast<int>(months % 12),
                     static_cast<int>(deltaSeconds % kSecondsPerLuckMonth / kSecondsPerLuckDay)};
}

int LuckCycle::indexForYear(int year) const
{
    const int first = pillars[0].year;
    if (year < first)
        return -1;
    const int i = (year - first) / 10;
    return i < static_cast<int>(pillars.size()) ? i : static_cast<int>(pillars.size()) - 1;
}

namespace {

SolarDate addToDate(SolarDate d, const LuckStart &s)
{
    const int monthIndex = d.month - 1 + s.months;
    const int year = d.year + s.years + monthIndex / 12;
    const int month = monthIndex % 12 + 1;
    const int day = d.day > daysInMonth(year, month) ? daysInMonth(year, month) : d.day;
    return civilFromDays(daysFromCivil(year, month, day) + s.days);
}

} // namespace

std::optional<LuckCycle> computeLuck(const FourPillars &p, Gender gender, LuckRounding rounding, LuckStatus *status)
{
    const auto fail = [status](LuckStatus why) -> std::optional<LuckCycle> {
        if (status)
            *status = why;
        return std::nullopt;
    };
    if (gender == Gender::Unknown)
        return fail(LuckStatus::NoGender);

    LuckCycle c;
    c.direction = luckDirection(p.year.stem, gender);
    c.rounding = rounding;
    c.fromNoon = !p.hasHour;
    const int k = jieIndexAt(p.utc); // the 節 in force at birth (at or before the instant)
    c.jie = c.direction == LuckDirection::Forward ? k + 1 : k;
    if (c.jie < 0 || c.jie >= jieCount())
        return fail(LuckStatus::OutOfRange);
    c.deltaSeconds = c.direction == LuckDirection::Forward ? jieUtc(c.jie) - p.utc : p.utc - jieUtc(c.jie);
    c.startAge = luckStartAge(c.deltaSeconds, rounding);
    c.start = luckStartExact(c.deltaSeconds);
    c.startDate = addToDate(p.civilDate, c.start);

    const int step = c.direction == LuckDirection::Forward ? 1 : -1;
    const int month = p.month.cycle();
    const int dayStem = p.day.stem;
    for (int i = 0; i < 10; ++i) {
        LuckPillar &lp = c.pillars[static_cast<std::size_t>(i)];
        lp.pillar = Pillar::fromCycle(month + step * (i + 1));
        lp.age = c.startAge + 10 * i;
        lp.year = p.civilDate.year + lp.age;
        lp.stemGod = tenGodOfStem(dayStem, lp.pillar.stem);
        lp.branchGod = tenGodOfBranch(dayStem, lp.pillar.branch);
        lp.stage = twelveStageOf(dayStem, lp.pillar.branch);
    }
    if (status)
        *status = LuckStatus::Ok;
    return c;
}

} // namespace sajudesk::saju
