// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/BirthFields.h"

#include "saju/CivilTime.h"
#include "saju/LunarCalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace sajudesk::saju {

namespace {

// First and last civil dates of the engine (CivilTime/SolarTerms tables) and of the KASI table.
constexpr SolarDate kFirstSolar{1900, 1, 1};
constexpr SolarDate kLastSolar{2100, 12, 31};
constexpr LunarDate kFirstLunar{1899, 12, 1, false};
constexpr LunarDate kLastLunar{2050, 11, 18, false};

bool before(int y1, int m1, int d1, int y2, int m2, int d2)
{
    return y1 != y2 ? y1 < y2 : m1 != m2 ? m1 < m2 : d1 < d2;
}

QString checkLunar(int year, int month, int day, bool leap, BirthCheck &check)
{
    if (month < 1 || month > 12 || day < 1 || day > 30)
        return QCoreApplication::translate("BirthFields", "A lunar date has months 1–12 and days 1–30.");
    if (before(year, month, day, kFirstLunar.year, kFirstLunar.month, kFirstLunar.day)
        || before(kLastLunar.year, kLastLunar.month, kLastLunar.day, year, month, day))
        return QCoreApplication::translate(
            "BirthFields", "Lunar dates from 1899-12-01 to 2050-11-18 can be converted (Korean lunar table).");
    if (leap && check.leapMonthOfYear != month) {
        // Reported on the leap-month box, not the date: the date itself exists.
        check.errors.insert(
            BirthField::LeapMonth,
            check.leapMonthOfYear == 0
                ? QCoreApplication::translate("BirthFields", "Lunar year %1 has no leap month.").arg(year)
                : QCoreApplication::translate("BirthFields",
                                              "The leap month of lunar year %1 is month %2, not month %3.")
                      .arg(year)
                      .arg(check.leapMonthOfYear)
                      .arg(month));
        return QString();
    }
    const int length = lunarMonthLength(year, month, leap);
    if (length > 0 && day > length)
        return QCoreApplication::translate("BirthFields",
                                           "That lunar month is short (%1 days), so day %2 does not exist.")
            .arg(length)
            .arg(day);
    return QString();
}

QString checkSolar(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return QCoreApplication::translate("BirthFields", "A date has months 1–12 and days 1–31.");
    if (!isValidDate(year, month, day))
        return QCoreApplication::translate("BirthFields", "This date does not exist: month %2 of %1 has %3 days.")
            .arg(year)
            .arg(month)
            .arg(daysInMonth(year, month));
    if (before(year, month, day, kFirstSolar.year, kFirstSolar.month, kFirstSolar.day)
        || before(kLastSolar.year, kLastSolar.month, kLastSolar.day, year, month, day))
        return QCoreApplication::translate("BirthFields", "Dates from 1900-01-01 to 2100-12-31 can be calculated.");
    return QString();
}

} // namespace

QString birthFieldName(BirthField field)
{
    switch (field) {
    case BirthField::Name:
        return QStringLiteral("name");
    case BirthField::Gender:
        return QStringLiteral("gender");
    case BirthField::Calendar:
        return QStringLiteral("calendar");
    case BirthField::LeapMonth:
        return QStringLiteral("leapMonth");
    case BirthField::Date:
        return QStringLiteral("date");
    case BirthField::Time:
        return QStringLiteral("time");
    case BirthField::Place:
        return QStringLiteral("place");
    case BirthField::Longitude:
        return QStringLiteral("longitude");
    case BirthField::ZiRule:
        return QStringLiteral("ziRule");
    case BirthField::LuckRounding:
        return QStringLiteral("luckRounding");
    }
    return QString();
}

bool operator==(const BirthFields &a, const BirthFields &b)
{
    return a.name == b.name && a.sameBirth(b);
}

bool BirthFields::sameBirth(const BirthFields &o) const
{
    return gender == o.gender && calendar == o.calendar && leapMonth == o.leapMonth && date == o.date
           && timeKnown == o.timeKnown && (!timeKnown || (hour == o.hour && minute == o.minute)) && city == o.city
           && longitude == o.longitude && zi == o.zi && rounding == o.rounding;
}

BirthField fieldForError(SajuErrorCode code)
{
    switch (code) {
    case SajuErrorCode::InvalidTime:
        return BirthField::Time;
    case SajuErrorCode::NonexistentLeapMonth:
        return BirthField::LeapMonth;
    case SajuErrorCode::InvalidLongitude:
    case SajuErrorCode::UnknownCity:
        return BirthField::Longitude;
    default:
        break;
    }
    return BirthField::Date;
}

BirthCheck checkBirthFields(const BirthFields &f)
{
    BirthCheck check;
    if (f.name.trimmed().size() > kMaxNameLength)
        check.errors.insert(BirthField::Name,
                            QCoreApplication::translate("BirthFields", "A name can have at most %n characters.",
                                                        nullptr, kMaxNameLength));

    const bool lunar = f.calendar == CalendarKind::Lunar;
    // The year and month alone decide whether the 윤달 box applies, even while the day is still typed.
    static const QRegularExpression prefix(QStringLiteral("^\\s*(\\d{4})(?:-(\\d{1,2}))?"));
    const QRegularExpressionMatch head = prefix.match(f.date);
    if (head.hasMatch()) {
        check.typedYear = head.captured(1).toInt();
        if (lunar) {
            check.leapMonthOfYear = leapMonthOf(check.typedYear);
            const int month = head.captured(2).isEmpty() ? 0 : head.captured(2).toInt();
            check.leapAvailable = month > 0 && check.leapMonthOfYear == month;
        }
    }

    static const QRegularExpression full(QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*$"));
    const QRegularExpressionMatch m = full.match(f.date);
    QString dateError;
    BirthInput in;
    if (f.date.trimmed().isEmpty()) {
        dateError = QCoreApplication::translate("BirthFields", "Enter the birth date as YYYY-MM-DD.");
    } else if (!m.hasMatch()) {
        dateError = QCoreApplication::translate("BirthFields", "Write the date as YYYY-MM-DD, for example 1992-08-26.");
    } else {
        in.year = m.captured(1).toInt();
        in.month = m.captured(2).toInt();
        in.day = m.captured(3).toInt();
        in.calendar = f.calendar;
        in.leapMonth = lunar && f.leapMonth;
        dateError =
            lunar ? checkLunar(in.year, in.month, in.day, in.leapMonth, check) : checkSolar(in.year, in.month, in.day);
    }
    if (!dateError.isEmpty())
        check.errors.insert(BirthField::Date, dateError);

    if (f.timeKnown) {
        if (f.hour < 0 || f.hour > 23 || f.minute < 0 || f.minute > 59)
            check.errors.insert(BirthField::Time,
                                QCoreApplication::translate("BirthFields", "The time runs from 00:00 to 23:59."));
        in.hour = f.hour;
        in.minute = f.minute;
    } else {
        in.hour = -1;
    }
    if (!std::isfinite(f.longitude) || f.longitude < -180.0 || f.longitude > 180.0)
        check.errors.insert(BirthField::Longitude, QCoreApplication::translate(
                                                       "BirthFields", "The longitude must be between -180° and 180°."));
    in.longitude = f.longitude;
    in.zi = f.zi;

    const bool birthOk = !check.errors.contains(BirthField::Date) && !check.errors.contains(BirthField::LeapMonth)
                         && !check.errors.contains(BirthField::Time) && !check.errors.contains(BirthField::Longitude);
    if (birthOk)
        check.input = in;
    return check;
}

} // namespace sajudesk::saju
