// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/BirthInput.h"
#include "saju/LuckPillars.h"

#include <QHash>
#include <QString>

#include <optional>

// The birth form's values as the person typed them, and the rules that turn them into a
// BirthInput for the engine — with each problem attached to the field that causes it, in the UI
// language (context "BirthFields"), so a form can show it on that field. Pure: no widgets, no
// I/O; the leap-month rule reads the embedded KASI lunar table.
//   BirthFields f; f.date = "2023-02-15"; f.calendar = CalendarKind::Lunar; f.leapMonth = true;
//   const BirthCheck c = checkBirthFields(f);   // c.leapAvailable: 2023 has 윤2월
//   if (c.input) chart = SajuChart::build(*c.input, c.chartOptions(f));
namespace sajudesk::saju {

/// The fields of the birth form, in tab order.
enum class BirthField { Name, Gender, Calendar, LeapMonth, Date, Time, Place, Longitude, ZiRule, LuckRounding };

/// Stable name of a field ("name", "gender", "calendar", "leapMonth", "date", "time", "place",
/// "longitude", "ziRule", "luckRounding"), for object names and tests.
QString birthFieldName(BirthField field);

inline constexpr int kMaxNameLength = 100;

struct BirthFields
{
    QString name;
    Gender gender = Gender::Unknown;
    CalendarKind calendar = CalendarKind::Solar;
    bool leapMonth = false;                      ///< meaningful only for a lunar date whose year has that leap month
    QString date = QStringLiteral("1990-01-01"); ///< "YYYY-MM-DD" as typed (solar or lunar)
    bool timeKnown = true;
    int hour = 12;
    int minute = 0;
    QString city = QStringLiteral("서울"); ///< Korean name of a built-in city; empty = longitude only
    double longitude = kSeoulLongitude;
    ZiRule zi = ZiRule::Split;
    LuckRounding rounding = LuckRounding::HalfUp;

    friend bool operator==(const BirthFields &a, const BirthFields &b);
    friend bool operator!=(const BirthFields &a, const BirthFields &b) { return !(a == b); }
    /// Same birth data: everything but the name (a fortune or chart does not change with it).
    bool sameBirth(const BirthFields &other) const;
};

struct BirthCheck
{
    std::optional<BirthInput> input; ///< set when date, time and longitude are usable
    QHash<BirthField, QString> errors;
    /// The date's year and month parse and that lunar year has a leap month with that number
    /// (always false for a solar date): the only case the 윤달 box may be ticked.
    bool leapAvailable = false;
    /// Leap month number of the typed lunar year, 0 when it has none or the year is not known.
    int leapMonthOfYear = 0;
    int typedYear = 0; ///< 0 when the date does not start with a year

    bool hasError(BirthField field) const { return errors.contains(field); }
    QString error(BirthField field) const { return errors.value(field); }
    /// The chart can be computed (no error on a birth field; the name does not matter).
    bool chartReady() const { return input.has_value(); }
};

/// Checks every field. A name that is too long is an error; an empty one is not (the chart
/// does not need it — a fortune request checks nameMissing()).
BirthCheck checkBirthFields(const BirthFields &fields);

/// The name is empty after trimming (a fortune is written for a named person).
inline bool nameMissing(const BirthFields &fields)
{
    return fields.name.trimmed().isEmpty();
}

/// The engine's error mapped to the field that causes it (Date for anything about the date).
BirthField fieldForError(SajuErrorCode code);

} // namespace sajudesk::saju
