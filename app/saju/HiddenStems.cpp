// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/HiddenStems.h"

#include "saju/Ganzhi.h"

namespace sajudesk::saju {

namespace {

// Stem indices: 甲0 乙1 丙2 丁3 戊4 己5 庚6 辛7 壬8 癸9; -1 = none. 여기, 중기, 정기 per branch.
constexpr int kTable[12][3] = {
    {8, -1, 9}, // 子 壬 · 癸
    {9, 7, 5},  // 丑 癸 辛 己
    {4, 2, 0},  // 寅 戊 丙 甲
    {0, -1, 1}, // 卯 甲 · 乙
    {1, 9, 4},  // 辰 乙 癸 戊
    {4, 6, 2},  // 巳 戊 庚 丙
    {2, 5, 3},  // 午 丙 己 丁
    {3, 1, 5},  // 未 丁 乙 己
    {4, 8, 6},  // 申 戊 壬 庚
    {6, -1, 7}, // 酉 庚 · 辛
    {7, 3, 4},  // 戌 辛 丁 戊
    {4, 0, 8},  // 亥 戊 甲 壬
};

} // namespace

HiddenStems hiddenStemsOf(int branch)
{
    HiddenStems h;
    for (int s : kTable[floorMod(branch, 12)]) {
        if (s >= 0)
            h.stems[static_cast<std::size_t>(h.count++)] = s;
    }
    return h;
}

int mainHiddenStem(int branch)
{
    return kTable[floorMod(branch, 12)][2];
}

HiddenRole HiddenStems::roleAt(int i) const
{
    if (i == count - 1)
        return HiddenRole::Main;
    return i == 0 ? HiddenRole::Residual : HiddenRole::Middle;
}

QString HiddenStems::hanja() const
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += stemHanja(stems[static_cast<std::size_t>(i)]);
    return s;
}

QString HiddenStems::hangul() const
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += stemHangul(stems[static_cast<std::size_t>(i)]);
    return s;
}

QString hiddenRoleHangul(HiddenRole role)
{
    switch (role) {
    case HiddenRole::Residual:
        return QStringLiteral("여기");
    case HiddenRole::Middle:
        return QStringLiteral("중기");
    case HiddenRole::Main:
        return QStringLiteral("정기");
    }
    return QString();
}

} // namespace sajudesk::saju
