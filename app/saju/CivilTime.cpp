// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/CivilTime.h"

#include <algorithm>
#include <iterator>

namespace sajudesk::saju {

namespace {

struct Transition
{
    std::int64_t utc; ///< first instant of the new offset
    int offset;       ///< UTC offset from then on, seconds
};

constexpr int kSeoulLmt = 8 * 3600 + 27 * 60 + 52;

// Asia/Seoul from `zdump -v` (tzdata 2025b; identical to the 2025c history the reference used).
constexpr Transition kTransitions[] = {
    {-1948782472, 30600}, // 1908-04-01 00:00 LMT → +8:30
    {-1830414600, 32400}, // 1912-01-01 00:00 → +9 (JST; KST from 1945-09-08, same offset)
    {-681210000, 36000},  // 1948-06-01 DST
    {-672228000, 32400},  //
    {-654771600, 36000},  // 1949
    {-640864800, 32400},  //
    {-623408400, 36000},  // 1950
    {-609415200, 32400},  //
    {-588848400, 36000},  // 1951
    {-577965600, 32400},  //
    {-498128400, 30600},  // 1954-03-21 → +8:30
    {-462702600, 34200},  // 1955 DST (+9:30)
    {-451733400, 30600},  //
    {-429784200, 34200},  // 1956
    {-418296600, 30600},  //
    {-399544200, 34200},  // 1957
    {-387451800, 30600},  //
    {-368094600, 34200},  // 1958
    {-356002200, 30600},  //
    {-336645000, 34200},  // 1959
    {-324552600, 30600},  //
    {-305195400, 34200},  // 1960
    {-293103000, 30600},  //
    {-264933000, 32400},  // 1961-08-10 00:00 → +9
    {547578000, 36000},   // 1987-05-10 02:00 DST
    {560883600, 32400},   //
    {579027600, 36000},   // 1988-05-08
    {592333200, 32400},   //
};

constexpr int kCount = static_cast<int>(std::size(kTransitions));

constexpr int offsetBefore(int i)
{
    return i == 0 ? kSeoulLmt : kTransitions[i - 1].offset;
}

} // namespace

CivilToUtc koreaCivilToUtc(std::int64_t local)
{
    // The wall clock at which transition i happens, read on the old clock, is utc_i + before_i.
    // These are increasing, so the last one not after `local` is found by binary search.
    int lo = 0;
    int hi = kCount; // first transition whose old-clock wall time is after local
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (kTransitions[mid].utc + offsetBefore(mid) <= local)
            lo = mid + 1;
        else
            hi = mid;
    }
    const int i = lo - 1; // last transition already reached on the old clock, -1 if none
    if (i >= 0 && kTransitions[i].offset > offsetBefore(i) && local < kTransitions[i].utc + kTransitions[i].offset)
        return {local - offsetBefore(i), TzNote::Gap}; // skipped wall time: forward by the gap
    const int offset = i >= 0 ? kTransitions[i].offset : kSeoulLmt;
    if (lo < kCount && kTransitions[lo].offset < offset && local >= kTransitions[lo].utc + kTransitions[lo].offset)
        return {local - offset, TzNote::Overlap}; // repeated wall time: the earlier instant
    return {local - offset, TzNote::Ok};
}

int koreaUtcOffsetAt(std::int64_t utc)
{
    const Transition *it = std::upper_bound(std::begin(kTransitions), std::end(kTransitions), utc,
                                            [](std::int64_t t, const Transition &tr) { return t < tr.utc; });
    return it == std::begin(kTransitions) ? kSeoulLmt : std::prev(it)->offset;
}

int koreaDstAt(std::int64_t utc)
{
    // Every summer-time offset in the table is a standard offset (+9 or +8:30) plus one hour.
    const int offset = koreaUtcOffsetAt(utc);
    return offset == 36000 || offset == 34200 ? 3600 : 0;
}

QString SolarDate::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

QString formatUtcOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = seconds < 0 ? -seconds : seconds;
    QString s = QStringLiteral("%1%2:%3")
                    .arg(sign)
                    .arg(a / 3600, 2, 10, QLatin1Char('0'))
                    .arg(a / 60 % 60, 2, 10, QLatin1Char('0'));
    if (a % 60 != 0)
        s += QStringLiteral(":%1").arg(a % 60, 2, 10, QLatin1Char('0'));
    return s;
}

static QString formatSeconds(std::int64_t t, QChar sep, bool zulu)
{
    const std::int64_t days = floorDiv(t, kSecondsPerDay);
    const int sod = static_cast<int>(t - days * kSecondsPerDay);
    QString s = civilFromDays(days).toString() + sep
                + QStringLiteral("%1:%2:%3")
                      .arg(sod / 3600, 2, 10, QLatin1Char('0'))
                      .arg(sod / 60 % 60, 2, 10, QLatin1Char('0'))
                      .arg(sod % 60, 2, 10, QLatin1Char('0'));
    if (zulu)
        s += QLatin1Char('Z');
    return s;
}

QString formatUtcInstant(std::int64_t utc)
{
    return formatSeconds(utc, QLatin1Char('T'), true);
}

QString formatLocalSeconds(std::int64_t localSeconds)
{
    return formatSeconds(localSeconds, QLatin1Char(' '), false);
}

} // namespace sajudesk::saju
