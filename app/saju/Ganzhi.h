// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Heavenly stems (天干), earthly branches (地支), the 60-cycle and the five elements.
// Index 0 is 甲 / 子 / 甲子; element order is wood, fire, earth, metal, water.
namespace sajudesk::saju {

enum class Element { Wood = 0, Fire, Earth, Metal, Water };

inline constexpr int floorMod(long long a, int m)
{
    const int r = static_cast<int>(a % m);
    return r < 0 ? r + m : r;
}

/// Stem index 0..9 → element.
inline constexpr Element stemElement(int stem)
{
    return static_cast<Element>(floorMod(stem, 10) / 2);
}
/// Branch index 0..11 → element (子 water, 丑 earth, 寅卯 wood, 辰 earth, 巳午 fire, 未 earth, 申酉 metal, 戌 earth, 亥
/// water).
Element branchElement(int branch);

QString stemHangul(int stem);     ///< 갑 … 계
QString stemHanja(int stem);      ///< 甲 … 癸
QString branchHangul(int branch); ///< 자 … 해
QString branchHanja(int branch);  ///< 子 … 亥
QString elementName(Element e);   ///< API name: "wood" … "water"
QString elementHangul(Element e); ///< 목 화 토 금 수
QString elementHanja(Element e);  ///< 木 火 土 金 水

/// One pillar (柱): a stem and a branch of the same parity.
struct Pillar
{
    int stem = 0;   ///< 0..9
    int branch = 0; ///< 0..11

    /// Pillar at a position of the 60-cycle (0 = 甲子, 59 = 癸亥).
    static constexpr Pillar fromCycle(long long index)
    {
        const int i = floorMod(index, 60);
        return Pillar{i % 10, i % 12};
    }
    /// Position in the 60-cycle.
    constexpr int cycle() const { return (6 * stem - 5 * branch + 60) % 60; }

    QString hangul() const; ///< e.g. "갑자"
    QString hanja() const;  ///< e.g. "甲子"

    friend constexpr bool operator==(const Pillar &a, const Pillar &b)
    {
        return a.stem == b.stem && a.branch == b.branch;
    }
    friend constexpr bool operator!=(const Pillar &a, const Pillar &b) { return !(a == b); }
};

/// Stem index for a Hangul or Hanja stem character, -1 if none.
int stemFromText(QStringView text);
/// Branch index for a Hangul or Hanja branch character, -1 if none.
int branchFromText(QStringView text);

} // namespace sajudesk::saju
