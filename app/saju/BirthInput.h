// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/Cities.h"
#include "saju/SajuError.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// What a person enters for a birth: the Korean civil wall clock as written (DST included),
// solar or Korean lunar, optional time, birthplace longitude and the 子-hour convention.
//   BirthInput in;  in.year = 1992; in.month = 8; in.day = 26; in.hour = 5; in.minute = 40;
//   auto r = SajuEngine::compute(in);
namespace sajudesk::saju {

/// When does the day change around the 子 hour (23:00–00:59 local mean time)? RULES.md §1.4.
enum class ZiRule {
    Split,      ///< 야자시/조자시 (default): day changes at 00:00; 23:xx takes the next day's 子 hour stem
    ChangeAt23, ///< 정자시: the day (and the 子 hour stem) changes at 23:00
    Midnight,   ///< naive: day changes at 00:00, 23:xx uses today's stem
};

enum class CalendarKind { Solar, Lunar };

struct BirthInput
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = -1;  ///< 0..23 civil hour, -1 = time unknown (시간 모름)
    int minute = 0; ///< 0..59, ignored when hour < 0
    CalendarKind calendar = CalendarKind::Solar;
    bool leapMonth = false;             ///< lunar only: the date is in the leap month (윤달)
    double longitude = kSeoulLongitude; ///< birthplace, degrees east, for local mean time
    ZiRule zi = ZiRule::Split;

    bool hasTime() const { return hour >= 0; }
};

/// "split", "23", "midnight" (as in conventions-1k.tsv and `--zi=`).
QString ziRuleName(ZiRule rule);
std::optional<ZiRule> ziRuleFromName(QStringView name);

/// Parses one line `YYYY-MM-DD HH:MM` or `YYYY-MM-DD`, with a prefix `L` (lunar) or `L!` (leap
/// lunar month); surrounding white space is ignored, `T` may separate date and time.
/// Fills the date/time/calendar fields of `base` and keeps its longitude and 子 rule.
/// Errors: EmptyInput, Malformed, InvalidDate (solar date that does not exist), InvalidTime.
/// Range and lunar-table checks happen in SajuEngine::compute().
Result<BirthInput> parseBirthLine(QStringView line, const BirthInput &base = BirthInput());
/// Same for raw bytes (stdin, files): InvalidEncoding when they are not UTF-8.
Result<BirthInput> parseBirthLine(QByteArrayView utf8Line, const BirthInput &base = BirthInput());

/// Parses a longitude "126.978" / "127.5E" (degrees east; -180..180). Error InvalidLongitude.
Result<double> parseLongitude(QStringView text);

} // namespace sajudesk::saju
