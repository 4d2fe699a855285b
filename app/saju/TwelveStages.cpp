// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/TwelveStages.h"

#include "saju/Ganzhi.h"

#include <QCoreApplication>

namespace sajudesk::saju {

namespace {
// 장생 branch per stem: 甲亥 乙午 丙寅 丁酉 戊寅 己酉 庚巳 辛子 壬申 癸卯 (火土同法).
constexpr int kGrowth[10] = {11, 6, 2, 9, 2, 9, 5, 0, 8, 3};
const char16_t *const kHangul[12] = {u"장생", u"목욕", u"관대", u"건록", u"제왕", u"쇠",
                                     u"병",   u"사",   u"묘",   u"절",   u"태",   u"양"};
const char16_t *const kHanja[12] = {u"長生", u"沐浴", u"冠帶", u"建祿", u"帝旺", u"衰",
                                    u"病",   u"死",   u"墓",   u"絶",   u"胎",   u"養"};
} // namespace

int growthBranchOf(int stem)
{
    return kGrowth[floorMod(stem, 10)];
}

TwelveStage twelveStageOf(int stem, int branch)
{
    const int growth = growthBranchOf(stem);
    const int steps = floorMod(stem, 2) == 0 ? branch - growth : growth - branch;
    return static_cast<TwelveStage>(floorMod(steps, 12));
}

QString twelveStageHangul(TwelveStage stage)
{
    return QString::fromUtf16(kHangul[static_cast<int>(stage)]);
}

QString twelveStageHanja(TwelveStage stage)
{
    return QString::fromUtf16(kHanja[static_cast<int>(stage)]);
}

QString twelveStageDisplayName(TwelveStage stage)
{
    switch (stage) {
    case TwelveStage::Growth:
        return QCoreApplication::translate("TwelveStage", "Growth");
    case TwelveStage::Bath:
        return QCoreApplication::translate("TwelveStage", "Bath");
    case TwelveStage::CapAndBelt:
        return QCoreApplication::translate("TwelveStage", "Cap and Belt");
    case TwelveStage::Prime:
        return QCoreApplication::translate("TwelveStage", "Prime");
    case TwelveStage::Peak:
        return QCoreApplication::translate("TwelveStage", "Peak");
    case TwelveStage::Decline:
        return QCoreApplication::translate("TwelveStage", "Decline");
    case TwelveStage::Sickness:
        return QCoreApplication::translate("TwelveStage", "Sickness");
    case TwelveStage::Death:
        return QCoreApplication::translate("TwelveStage", "Death");
    case TwelveStage::Tomb:
        return QCoreApplication::translate("TwelveStage", "Tomb");
    case TwelveStage::Severance:
        return QCoreApplication::translate("TwelveStage", "Severance");
    case TwelveStage::Conception:
        return QCoreApplication::translate("TwelveStage", "Conception");
    case TwelveStage::Nurture:
        return QCoreApplication::translate("TwelveStage", "Nurture");
    }
    return QString();
}

} // namespace sajudesk::saju
