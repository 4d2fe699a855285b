// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/SajuChart.h"

#include "saju/SajuEngine.h"
#include "saju/VoidBranches.h"

#include <algorithm>

namespace sajudesk::saju {

QString pillarPositionName(PillarPosition position)
{
    switch (position) {
    case PillarPosition::Year:
        return QStringLiteral("year");
    case PillarPosition::Month:
        return QStringLiteral("month");
    case PillarPosition::Day:
        return QStringLiteral("day");
    case PillarPosition::Hour:
        return QStringLiteral("hour");
    }
    return QString();
}

SajuChart SajuChart::fromPillars(const BirthInput &input, const FourPillars &p, const ChartOptions &options)
{
    SajuChart c;
    c.input = input;
    c.options = options;
    c.pillars = p;
    const int dayStem = p.day.stem;
    const Pillar *sources[4] = {&p.year, &p.month, &p.day, &p.hour};
    for (int i = 0; i < 4; ++i) {
        ChartColumn &col = c.columns[static_cast<std::size_t>(i)];
        col.present = i != static_cast<int>(PillarPosition::Hour) || p.hasHour;
        if (!col.present)
            continue;
        col.pillar = *sources[i];
        if (i != static_cast<int>(PillarPosition::Day))
            col.stemGod = tenGodOfStem(dayStem, col.pillar.stem);
        col.branchGod = tenGodOfBranch(dayStem, col.pillar.branch);
        col.hidden = hiddenStemsOf(col.pillar.branch);
        for (int h = 0; h < col.hidden.count; ++h)
            col.hiddenGods[static_cast<std::size_t>(h)] =
                tenGodOfStem(dayStem, col.hidden.stems[static_cast<std::size_t>(h)]);
        col.stage = twelveStageOf(dayStem, col.pillar.branch);
    }
    c.voidBranches = voidBranchesOf(p.day);
    c.elementCounts = p.elementCounts();
    c.luck = computeLuck(p, options.gender, options.rounding, &c.luckStatus);
    if (c.luck && c.luck->fromNoon)
        c.flags |= ChartFlag::LuckFromNoon;
    c.trace = calculationTrace(input, p);
    return c;
}

Result<SajuChart> SajuChart::build(const BirthInput &input, const ChartOptions &options)
{
    const Result<FourPillars> p = SajuEngine::compute(input);
    if (!p)
        return p.error();
    SajuChart c = fromPillars(input, p.value(), options);
    if (options.boundaries) {
        c.boundaries = findBoundaries(c);
        for (const ChartBoundary &b : c.boundaries) {
            if (b.kind == BoundaryKind::HourBranch)
                c.flags |= ChartFlag::NearHourEdge;
            else if (b.kind == BoundaryKind::DayChange)
                c.flags |= ChartFlag::NearDayChange;
        }
    }
    return c;
}

Result<SajuChart> SajuChart::buildLine(QStringView line, const BirthInput &base, const ChartOptions &options)
{
    const Result<BirthInput> in = parseBirthLine(line, base);
    if (!in)
        return in.error();
    return build(in.value(), options);
}

QVector<LuckPeriod> SajuChart::annualLuck(int fromYear, int toYear) const
{
    return saju::annualLuck(dayStem(), fromYear, toYear);
}

QVector<LuckPeriod> SajuChart::monthlyLuck(int year) const
{
    return saju::monthlyLuck(dayStem(), year);
}

QStringList SajuChart::flagNames() const
{
    QStringList names = pillars.flagNames();
    if (flags.testFlag(ChartFlag::LuckFromNoon))
        names << QStringLiteral("luck-from-noon");
    if (flags.testFlag(ChartFlag::NearHourEdge))
        names << QStringLiteral("near-hour-edge");
    if (flags.testFlag(ChartFlag::NearDayChange))
        names << QStringLiteral("near-day-change");
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace sajudesk::saju
