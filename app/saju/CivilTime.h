// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

// Plain integer calendar arithmetic and Korea's civil-time history (no QDateTime, no OS zone
// data: Windows has no Korean history, and the hot path must not allocate).
// Times are seconds since 1970-01-01 00:00 on some clock; "local seconds" means a wall clock
// read as if it were UTC.
namespace sajudesk::saju {

struct SolarDate
{
    int year = 0;
    int month = 0;
    int day = 0;

    friend constexpr bool operator==(const SolarDate &a, const SolarDate &b)
    {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    QString toString() const; ///< YYYY-MM-DD
};

inline constexpr std::int64_t kSecondsPerDay = 86400;

constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

inline constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline constexpr int daysInMonth(int y, int m)
{
    constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && isLeapYear(y)) ? 29 : kDays[m - 1];
}

inline constexpr bool isValidDate(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
constexpr std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

constexpr SolarDate civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = static_cast<int>(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return SolarDate{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

/// Julian Day Number of the day that starts at `days` since 1970-01-01.
inline constexpr std::int64_t jdnFromDays(std::int64_t days)
{
    return days + 2440588;
}

enum class TzNote { Ok, Gap, Overlap };

struct CivilToUtc
{
    std::int64_t utc = 0;
    TzNote note = TzNote::Ok;
};

/// Korean civil wall time (DST included) → UTC, from the embedded Asia/Seoul history
/// (RULES.md §1.7; tzdata 2025: Seoul LMT +8:27:52 before 1908-04-01, +8:30, +9, +8:30, +9 and
/// the DST summers 1948–1951, 1955–1960, 1987–1988). Convention (java.time, as the reference
/// data): a wall time inside a spring gap is moved forward by the gap's length; one inside an
/// autumn overlap takes the earlier instant (the DST reading).
CivilToUtc koreaCivilToUtc(std::int64_t localSeconds);

/// Korea's UTC offset in seconds at a UTC instant.
int koreaUtcOffsetAt(std::int64_t utc);
/// Daylight saving time in force at a UTC instant: 3600 in the DST summers, else 0. The standard
/// offset of the era is koreaUtcOffsetAt(utc) − koreaDstAt(utc).
int koreaDstAt(std::int64_t utc);

/// "+09:00", "+08:27:52" (seconds only when non-zero), "-00:30".
QString formatUtcOffset(int seconds);
/// "2024-02-04T08:27:07Z"
QString formatUtcInstant(std::int64_t utc);
/// "2024-02-04 17:27:07"
QString formatLocalSeconds(std::int64_t localSeconds);

} // namespace sajudesk::saju
