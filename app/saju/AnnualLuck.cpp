// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/AnnualLuck.h"

#include "saju/SajuEngine.h"
#include "saju/SolarTerms.h"

namespace sajudesk::saju {

namespace {

// Global index of the 節 that opens month `month` (1 = 寅 … 12 = 丑) of saju year `year`:
// 立春 of year Y is k = (Y − 1900)·12 + 1 (see SolarTerms.h).
int jieOf(int year, int month)
{
    return (year - 1900) * 12 + month;
}

void fill(LuckPeriod &p, int dayStem, int firstJie, int nextJie)
{
    p.stemGod = tenGodOfStem(dayStem, p.pillar.stem);
    p.branchGod = tenGodOfBranch(dayStem, p.pillar.branch);
    p.stage = twelveStageOf(dayStem, p.pillar.branch);
    if (firstJie >= 0 && nextJie < jieCount()) {
        p.jie = firstJie;
        p.startUtc = jieUtc(firstJie);
        p.endUtc = jieUtc(nextJie);
        p.hasInstants = true;
    }
}

} // namespace

QVector<LuckPeriod> annualLuck(int dayStem, int fromYear, int toYear)
{
    QVector<LuckPeriod> years;
    if (toYear < fromYear)
        return years;
    years.reserve(toYear - fromYear + 1);
    for (int y = fromYear; y <= toYear; ++y) {
        LuckPeriod p;
        p.pillar = yearPillarOf(y);
        p.year = y;
        fill(p, dayStem, jieOf(y, 1), jieOf(y + 1, 1));
        years.append(p);
    }
    return years;
}

QVector<LuckPeriod> monthlyLuck(int dayStem, int year)
{
    QVector<LuckPeriod> months;
    months.reserve(12);
    for (int m = 1; m <= 12; ++m) {
        const int k = jieOf(year, m);
        LuckPeriod p;
        p.pillar = Pillar::fromCycle(k + 13); // as SajuEngine: 節 k opens month k + 13 of the cycle
        p.year = year;
        p.month = m;
        fill(p, dayStem, k, k + 1);
        months.append(p);
    }
    return months;
}

} // namespace sajudesk::saju
