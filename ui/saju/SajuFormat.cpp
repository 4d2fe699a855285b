// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/SajuFormat.h"

#include "saju/Cities.h"
#include "saju/CivilTime.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace sajudesk::SajuFormat {

using namespace saju;

namespace {

bool koreanUi()
{
    return QLocale().language() == QLocale::Korean;
}

} // namespace

QString longitude(double degrees)
{
    const QString number = QLocale().toString(std::abs(degrees), 'f', 3);
    return degrees < 0
               ? QCoreApplication::translate("SajuFormat", "%1° W", "longitude west; Korean: 서경 %1°").arg(number)
               : QCoreApplication::translate("SajuFormat", "%1° E", "longitude east; Korean: 동경 %1°").arg(number);
}

QString koreanTime(std::int64_t utc)
{
    return formatLocalSeconds(utc + koreaUtcOffsetAt(utc));
}

QString birthLine(const BirthFields &f)
{
    QString line = f.date.trimmed();
    if (f.calendar == CalendarKind::Lunar)
        line.prepend(f.leapMonth ? QStringLiteral("L!") : QStringLiteral("L"));
    if (f.timeKnown)
        line += QStringLiteral(" %1:%2").arg(f.hour, 2, 10, QLatin1Char('0')).arg(f.minute, 2, 10, QLatin1Char('0'));
    return line;
}

QString genderLabel(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QCoreApplication::translate("SajuFormat", "Male");
    case Gender::Female:
        return QCoreApplication::translate("SajuFormat", "Female");
    case Gender::Unknown:
        break;
    }
    return QString();
}

QString birthText(const BirthFields &f)
{
    const QString time =
        f.timeKnown
            ? QStringLiteral("%1:%2").arg(f.hour, 2, 10, QLatin1Char('0')).arg(f.minute, 2, 10, QLatin1Char('0'))
            : QCoreApplication::translate("SajuFormat", "time unknown");
    if (f.calendar == CalendarKind::Solar)
        return QCoreApplication::translate("SajuFormat", "Solar %1 %2").arg(f.date.trimmed(), time);
    return (f.leapMonth ? QCoreApplication::translate("SajuFormat", "Lunar %1 (leap month) %2")
                        : QCoreApplication::translate("SajuFormat", "Lunar %1 %2"))
        .arg(f.date.trimmed(), time);
}

QString placeText(const BirthFields &f)
{
    if (const auto city = findCity(f.city))
        return koreanUi() ? city->nameKo : city->nameEn;
    return longitude(f.longitude);
}

QString ziRuleLabel(ZiRule rule)
{
    switch (rule) {
    case ZiRule::Split:
        return QCoreApplication::translate("SajuFormat", "Split 야자시/조자시 (default)");
    case ZiRule::ChangeAt23:
        return QCoreApplication::translate("SajuFormat", "Day changes at 23:00");
    case ZiRule::Midnight:
        break;
    }
    return QCoreApplication::translate("SajuFormat", "Day changes at midnight");
}

QString ziRuleExplanation(ZiRule rule)
{
    switch (rule) {
    case ZiRule::Split:
        return QCoreApplication::translate(
            "SajuFormat",
            "The day changes at 00:00; a birth at 23:00–23:59 keeps its day but takes the next day's 子-hour "
            "stem. Most Korean 만세력 do this.");
    case ZiRule::ChangeAt23:
        return QCoreApplication::translate("SajuFormat", "The day, and the 子 hour, change at 23:00 (정자시).");
    case ZiRule::Midnight:
        break;
    }
    return QCoreApplication::translate("SajuFormat", "The day changes at 00:00 and 23:00–23:59 keeps that day's stem.");
}

QString roundingLabel(LuckRounding rounding)
{
    return rounding == LuckRounding::HalfUp ? QCoreApplication::translate("SajuFormat", "Round half up (default)")
                                            : QCoreApplication::translate("SajuFormat", "Round down");
}

QString roundingExplanation(LuckRounding rounding)
{
    return rounding == LuckRounding::HalfUp
               ? QCoreApplication::translate(
                   "SajuFormat", "Days to the solar term ÷ 3, a remainder of 1.5 days or more counts as a year.")
               : QCoreApplication::translate("SajuFormat", "Days to the solar term ÷ 3, the remainder dropped.");
}

} // namespace sajudesk::SajuFormat
