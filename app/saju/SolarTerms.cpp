// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/SolarTerms.h"

#include "saju/Ganzhi.h"
#include "saju/SajuTables.h"

#include <algorithm>
#include <iterator>

namespace sajudesk::saju {

namespace {
constexpr char16_t kJieHanja[] = u"小寒立春驚蟄淸明立夏芒種小暑立秋白露寒露立冬大雪";
constexpr char16_t kJieHangul[] = u"소한입춘경칩청명입하망종소서입추백로한로입동대설";
} // namespace

int jieCount()
{
    return tables::kJieCount;
}

std::int64_t jieUtc(int k)
{
    return tables::kJieUtc[k];
}

QString jieNameHanja(int k)
{
    return QString(reinterpret_cast<const QChar *>(kJieHanja + 2 * floorMod(k, 12)), 2);
}

QString jieNameHangul(int k)
{
    return QString(reinterpret_cast<const QChar *>(kJieHangul + 2 * floorMod(k, 12)), 2);
}

int jieIndexAt(std::int64_t utc)
{
    const std::int64_t *begin = std::begin(tables::kJieUtc);
    return static_cast<int>(std::upper_bound(begin, std::end(tables::kJieUtc), utc) - begin) - 1;
}

} // namespace sajudesk::saju
