// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// 12운성 (十二運星, 胞胎法): the life stage of a stem on a branch. Rules (the school of Korean
// 만세력 and of lunar-javascript's 地勢):
//  * 양순음역 (陽順陰逆): yang stems run forward through the branches from their 장생, yin stems
//    backward from theirs;
//  * 火土同法: 戊 follows 丙 and 己 follows 丁 (the 水土同法 variant is not used);
//  * 장생 of 甲 亥, 丙·戊 寅, 庚 巳, 壬 申; 乙 午, 丁·己 酉, 辛 子, 癸 卯 (a yin stem is born where
//    its yang partner dies — 음생양사).
// Order: 장생 목욕 관대 건록 제왕 쇠 병 사 묘 절 태 양. The chart gives each pillar's branch
// relative to the day stem (日干 기준 12운성, 봉법).
//   twelveStageOf(0 /*甲*/, 3 /*卯*/) == TwelveStage::Peak   // 제왕
namespace sajudesk::saju {

enum class TwelveStage {
    Growth = 0, ///< 장생 長生
    Bath,       ///< 목욕 沐浴
    CapAndBelt, ///< 관대 冠帶
    Prime,      ///< 건록 建祿 (臨官)
    Peak,       ///< 제왕 帝旺
    Decline,    ///< 쇠 衰
    Sickness,   ///< 병 病
    Death,      ///< 사 死
    Tomb,       ///< 묘 墓
    Severance,  ///< 절 絶 (胞)
    Conception, ///< 태 胎
    Nurture,    ///< 양 養
};

TwelveStage twelveStageOf(int stem, int branch);
/// Branch of the 장생 of `stem` (甲 → 亥 = 11).
int growthBranchOf(int stem);

QString twelveStageHangul(TwelveStage stage); ///< 장생 … 양 (the chart JSON form)
QString twelveStageHanja(TwelveStage stage);  ///< 長生 … 養
/// Name in the UI language (context "TwelveStage").
QString twelveStageDisplayName(TwelveStage stage);

} // namespace sajudesk::saju
