// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// 십성 (十星, ten gods): how a stem or branch relates to the day stem (日干), by element and
// polarity (子平 rule, as in 子平眞詮 and every Korean 만세력):
//   same element → 비견/겁재, the day stem produces it → 식신/상관, the day stem controls it →
//   편재/정재, it controls the day stem → 편관/정관, it produces the day stem → 편인/정인;
//   the first of each pair when the polarity (陰陽) is the same, the second when it differs.
// A branch counts as its 정기 (main hidden stem, HiddenStems.h): 子 as 癸, 亥 as 壬, 巳 as 丙,
// 午 as 丁 — the Korean convention of reading a branch's ten god from its 정기.
//   tenGodOfStem(0 /*甲*/, 8 /*壬*/) == TenGod::IndirectResource   // 편인
namespace sajudesk::saju {

enum class TenGod {
    Companion = 0,    ///< 비견 比肩
    RobWealth,        ///< 겁재 劫財
    EatingGod,        ///< 식신 食神
    HurtingOfficer,   ///< 상관 傷官
    IndirectWealth,   ///< 편재 偏財
    DirectWealth,     ///< 정재 正財
    IndirectOfficer,  ///< 편관 偏官 (七殺)
    DirectOfficer,    ///< 정관 正官
    IndirectResource, ///< 편인 偏印
    DirectResource,   ///< 정인 正印
};

/// Ten god of `stem` (0..9) relative to `dayStem`. The day stem against itself is Companion;
/// callers that show the day pillar leave that cell empty (the chart JSON gives null).
TenGod tenGodOfStem(int dayStem, int stem);
/// Ten god of `branch` (0..11): that of its 정기.
TenGod tenGodOfBranch(int dayStem, int branch);

QString tenGodHangul(TenGod god); ///< 비견 … 정인 (the chart JSON form)
QString tenGodHanja(TenGod god);  ///< 比肩 … 正印
/// Name in the UI language (context "TenGod"): "Companion" / "비견" …
QString tenGodDisplayName(TenGod god);

} // namespace sajudesk::saju
