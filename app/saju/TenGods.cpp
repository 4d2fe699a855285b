// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/TenGods.h"

#include "saju/Ganzhi.h"
#include "saju/HiddenStems.h"

#include <QCoreApplication>

namespace sajudesk::saju {

namespace {
constexpr char16_t kHangul[] = u"비견겁재식신상관편재정재편관정관편인정인";
constexpr char16_t kHanja[] = u"比肩劫財食神傷官偏財正財偏官正官偏印正印";

QString pairAt(const char16_t *table, TenGod god)
{
    return QString(reinterpret_cast<const QChar *>(table + 2 * static_cast<int>(god)), 2);
}
} // namespace

TenGod tenGodOfStem(int dayStem, int stem)
{
    // Elements run wood → fire → earth → metal → water, each producing the next and controlling
    // the one after: the distance 0..4 names the relation, the polarity picks 편 or 정.
    const int relation = floorMod(static_cast<int>(stemElement(stem)) - static_cast<int>(stemElement(dayStem)), 5);
    const bool samePolarity = floorMod(stem, 2) == floorMod(dayStem, 2);
    return static_cast<TenGod>(relation * 2 + (samePolarity ? 0 : 1));
}

TenGod tenGodOfBranch(int dayStem, int branch)
{
    return tenGodOfStem(dayStem, mainHiddenStem(branch));
}

QString tenGodHangul(TenGod god)
{
    return pairAt(kHangul, god);
}

QString tenGodHanja(TenGod god)
{
    return pairAt(kHanja, god);
}

QString tenGodDisplayName(TenGod god)
{
    switch (god) {
    case TenGod::Companion:
        return QCoreApplication::translate("TenGod", "Companion");
    case TenGod::RobWealth:
        return QCoreApplication::translate("TenGod", "Rob Wealth");
    case TenGod::EatingGod:
        return QCoreApplication::translate("TenGod", "Eating God");
    case TenGod::HurtingOfficer:
        return QCoreApplication::translate("TenGod", "Hurting Officer");
    case TenGod::IndirectWealth:
        return QCoreApplication::translate("TenGod", "Indirect Wealth");
    case TenGod::DirectWealth:
        return QCoreApplication::translate("TenGod", "Direct Wealth");
    case TenGod::IndirectOfficer:
        return QCoreApplication::translate("TenGod", "Indirect Officer");
    case TenGod::DirectOfficer:
        return QCoreApplication::translate("TenGod", "Direct Officer");
    case TenGod::IndirectResource:
        return QCoreApplication::translate("TenGod", "Indirect Resource");
    case TenGod::DirectResource:
        return QCoreApplication::translate("TenGod", "Direct Resource");
    }
    return QString();
}

} // namespace sajudesk::saju
