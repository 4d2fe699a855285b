// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

// 지장간 (支藏干, hidden stems) of a branch in the Korean 여기 → 중기 → 정기 order (月律分野 /
// 人元用事 table as printed in Korean 만세력 and textbooks, 淵海子平 lineage):
//   子 壬·癸   丑 癸·辛·己   寅 戊·丙·甲   卯 甲·乙   辰 乙·癸·戊   巳 戊·庚·丙
//   午 丙·己·丁 未 丁·乙·己   申 戊·壬·庚   酉 庚·辛   戌 辛·丁·戊   亥 戊·甲·壬
// 여기 (餘氣) is the previous month's lingering qi, 정기 (正氣/本氣) the branch's own; 子 卯 酉
// have no 중기. (Chinese tables such as lunar-javascript's list 本氣 first and omit the 여기 of
// 子 卯 酉 午 亥 巳 — the 정기 agrees in every branch.)
//   const HiddenStems h = hiddenStemsOf(0); // 子 → {壬, 癸}, h.main() == 9 (癸)
namespace sajudesk::saju {

enum class HiddenRole {
    Residual, ///< 여기 餘氣
    Middle,   ///< 중기 中氣
    Main,     ///< 정기 正氣
};

struct HiddenStems
{
    std::array<int, 3> stems{}; ///< stem indices, 여기 first; only the first `count` are set
    int count = 0;              ///< 2 or 3

    int main() const { return stems[static_cast<std::size_t>(count - 1)]; }
    /// Role of stems[i]: the last is 정기, the first of three or two is 여기, a third is 중기.
    HiddenRole roleAt(int i) const;
    /// Hanja of the stems in order, e.g. "戊壬庚".
    QString hanja() const;
    /// Hangul of the stems in order, e.g. "무임경".
    QString hangul() const;
};

HiddenStems hiddenStemsOf(int branch);
/// The 정기 (main hidden stem) of a branch; a branch's element and ten god are those of this stem.
int mainHiddenStem(int branch);

QString hiddenRoleHangul(HiddenRole role); ///< 여기 / 중기 / 정기

} // namespace sajudesk::saju
