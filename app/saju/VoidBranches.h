// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/Ganzhi.h"

#include <array>

// 공망 (空亡, 旬空): a 旬 is a run of ten pillars from a 甲 day (甲子旬 … 甲寅旬); its ten stems
// meet ten branches, and the two branches left over are void. The chart takes them from the day
// pillar's 旬 (日空, the common Korean reading; 淵海子平: 甲子旬中 無戌亥, 甲戌旬中 無申酉 …).
//   voidBranchesOf(Pillar{0, 10} /*甲戌*/) == {8, 9}   // 申 酉
namespace sajudesk::saju {

/// The two void branches of `pillar`'s 旬, the yang one first.
inline constexpr std::array<int, 2> voidBranchesOf(const Pillar &pillar)
{
    // The 旬 starts stem steps back, on branch (branch − stem); it covers ten branches from there.
    const int first = floorMod(pillar.branch - pillar.stem + 10, 12);
    return {first, (first + 1) % 12};
}

} // namespace sajudesk::saju
