// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/ChartBoundaries.h"

#include "saju/SajuChart.h"
#include "saju/SolarTerms.h"

#include <QCoreApplication>

namespace sajudesk::saju {

namespace {

constexpr std::int64_t kHourBlock = 7200;

QString civilMinuteText(std::int64_t wall)
{
    return formatLocalSeconds(wall).left(16);
}

// The full chart for the nearest civil minute on the other side of `boundaryUtc`.
void addTimedCandidate(std::vector<ChartBoundary> &out, const SajuChart &chart, BoundaryKind kind,
                       std::int64_t boundaryUtc, const QString &label)
{
    const FourPillars &p = chart.pillars;
    const bool after = p.utc >= boundaryUtc; // equality counts as after, as for 節
    const std::int64_t minutes = after ? -((p.utc - boundaryUtc) / 60 + 1) : (boundaryUtc - p.utc + 59) / 60;
    const std::int64_t wall = daysFromCivil(p.civilDate.year, p.civilDate.month, p.civilDate.day) * kSecondsPerDay
                              + p.civilHour * 3600 + p.civilMinute * 60 + minutes * 60;
    const std::int64_t day = floorDiv(wall, kSecondsPerDay);
    const SolarDate date = civilFromDays(day);
    const int secondOfDay = static_cast<int>(wall - day * kSecondsPerDay);

    BirthInput in = chart.input;
    in.calendar = CalendarKind::Solar;
    in.leapMonth = false;
    in.year = date.year;
    in.month = date.month;
    in.day = date.day;
    in.hour = secondOfDay / 3600;
    in.minute = secondOfDay / 60 % 60;
    ChartOptions options = chart.options;
    options.boundaries = false;
    const Result<SajuChart> other = SajuChart::build(in, options);
    // Outside 1900–2100, or a DST transition in between that kept it on the same side: no candidate.
    if (!other || (other->pillars.utc >= boundaryUtc) == after)
        return;
    out.push_back(ChartBoundary{kind, boundaryUtc, boundaryUtc - p.utc, label, civilMinuteText(wall),
                                std::make_shared<const SajuChart>(other.value())});
}

// Time unknown, a 節 on the civil date: the other side, evaluated in the middle of its part of the day.
void addJieDayCandidate(std::vector<ChartBoundary> &out, const SajuChart &chart)
{
    const FourPillars &p = chart.pillars;
    const std::int64_t jie = p.jieUtcInstant();
    const std::int64_t dayStartWall =
        daysFromCivil(p.civilDate.year, p.civilDate.month, p.civilDate.day) * kSecondsPerDay;
    const std::int64_t jieWall = jie + koreaUtcOffsetAt(jie);
    const bool after = p.utc >= jie;
    const std::int64_t midWall = after ? (dayStartWall + jieWall) / 2 : (jieWall + dayStartWall + kSecondsPerDay) / 2;
    const std::int64_t midUtc = koreaCivilToUtc(floorDiv(midWall, 60) * 60).utc;
    if ((midUtc >= jie) == after)
        return;

    FourPillars q = p;
    q.year = after ? p.yearBeforeJie : p.yearAfterJie;
    q.month = after ? p.monthBeforeJie : p.monthAfterJie;
    q.utc = midUtc;
    q.utcOffset = koreaUtcOffsetAt(midUtc);
    ChartOptions options = chart.options;
    options.boundaries = false;
    out.push_back(ChartBoundary{BoundaryKind::SolarTermDay, jie, jie - p.utc, jieNameHanja(p.jie),
                                civilMinuteText(midWall),
                                std::make_shared<const SajuChart>(SajuChart::fromPillars(chart.input, q, options))});
}

} // namespace

QString boundaryKindName(BoundaryKind kind)
{
    switch (kind) {
    case BoundaryKind::SolarTerm:
        return QStringLiteral("solar-term");
    case BoundaryKind::HourBranch:
        return QStringLiteral("hour-branch");
    case BoundaryKind::DayChange:
        return QStringLiteral("day-change");
    case BoundaryKind::SolarTermDay:
        return QStringLiteral("solar-term-day");
    }
    return QString();
}

QString boundaryKindDisplayName(BoundaryKind kind)
{
    switch (kind) {
    case BoundaryKind::SolarTerm:
        return QCoreApplication::translate("ChartBoundaries", "solar term");
    case BoundaryKind::HourBranch:
        return QCoreApplication::translate("ChartBoundaries", "hour-branch edge");
    case BoundaryKind::DayChange:
        return QCoreApplication::translate("ChartBoundaries", "day change");
    case BoundaryKind::SolarTermDay:
        return QCoreApplication::translate("ChartBoundaries", "solar term on the birth date");
    }
    return QString();
}

std::vector<ChartBoundary> findBoundaries(const SajuChart &chart)
{
    std::vector<ChartBoundary> out;
    const FourPillars &p = chart.pillars;
    if (!p.hasHour) {
        if (p.flags.testFlag(SajuFlag::JieDay))
            addJieDayCandidate(out, chart);
        return out;
    }
    if (p.flags.testFlag(SajuFlag::NearJie))
        addTimedCandidate(out, chart, BoundaryKind::SolarTerm, p.jieUtcInstant(), jieNameHanja(p.jie));

    // Hour-branch edges are at odd hours of local mean time (子 starts at 23:00).
    const std::int64_t lmtDay = floorDiv(p.lmtLocal, kSecondsPerDay);
    const std::int64_t secondOfDay = p.lmtLocal - lmtDay * kSecondsPerDay;
    const int sinceEdge = floorMod(secondOfDay - 3600, static_cast<int>(kHourBlock));
    std::int64_t edgeOfDay = -1; // second of the LMT day of the nearby edge, always 01:00 … 23:00
    if (sinceEdge <= kBoundarySeconds)
        edgeOfDay = secondOfDay - sinceEdge;
    else if (kHourBlock - sinceEdge <= kBoundarySeconds)
        edgeOfDay = secondOfDay + (kHourBlock - sinceEdge);
    if (edgeOfDay >= 0) {
        const int branchAfter = static_cast<int>((edgeOfDay + 3600) / kHourBlock % 12);
        addTimedCandidate(out, chart, BoundaryKind::HourBranch, lmtDay * kSecondsPerDay + edgeOfDay - p.lmtOffset,
                          branchHanja(branchAfter - 1) + QLatin1Char('/') + branchHanja(branchAfter));
    }

    // 00:00 LMT changes the day pillar under the split and midnight rules (under 정자시 it is 23:00).
    if (p.zi != ZiRule::ChangeAt23) {
        std::int64_t midnight = -1;
        bool near = false;
        if (secondOfDay <= kBoundarySeconds) {
            midnight = lmtDay * kSecondsPerDay;
            near = true;
        } else if (kSecondsPerDay - secondOfDay <= kBoundarySeconds) {
            midnight = (lmtDay + 1) * kSecondsPerDay;
            near = true;
        }
        if (near)
            addTimedCandidate(out, chart, BoundaryKind::DayChange, midnight - p.lmtOffset, QStringLiteral("00:00"));
    }
    return out;
}

} // namespace sajudesk::saju
