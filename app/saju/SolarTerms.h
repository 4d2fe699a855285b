// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

// The 12 jie (節) instants 1900–2100 that start saju months (立春 also starts the saju year),
// embedded to the second (rounded up; lunar-javascript 1.7.7 / sxwnl, within 2.9 s of ERFA; RULES.md §1.9).
// A jie is addressed by a global index k = (year − 1900)·12 + position, position 0 = 小寒 … 11 = 大雪.
namespace sajudesk::saju {

int jieCount();
std::int64_t jieUtc(int k);
/// Gregorian year of jie k.
inline constexpr int jieYear(int k)
{
    return 1900 + (k >= 0 ? k / 12 : (k - 11) / 12);
}
/// Name of jie k in Hanja as in the reference tables (立春, 淸明 with U+6DF8 …).
QString jieNameHanja(int k);
QString jieNameHangul(int k);

/// Last jie at or before `utc` (equality counts as "after", as in the reference data); -1 before
/// 1900's 小寒 (then the 子 month 丙子 of saju year 1899 is in force). Binary search, no allocation.
/// The table holds each true (fractional) instant rounded UP to the second, so for whole-second
/// births this is the exact comparison with the true instant (see data/gen_saju_tables.py).
int jieIndexAt(std::int64_t utc);

} // namespace sajudesk::saju
