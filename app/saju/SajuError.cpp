// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/SajuError.h"

#include <QCoreApplication>

namespace sajudesk::saju {

QString errorCodeName(SajuErrorCode code)
{
    switch (code) {
    case SajuErrorCode::EmptyInput:
        return QStringLiteral("empty-input");
    case SajuErrorCode::InvalidEncoding:
        return QStringLiteral("invalid-encoding");
    case SajuErrorCode::Malformed:
        return QStringLiteral("malformed");
    case SajuErrorCode::InvalidDate:
        return QStringLiteral("invalid-date");
    case SajuErrorCode::InvalidTime:
        return QStringLiteral("invalid-time");
    case SajuErrorCode::OutOfRange:
        return QStringLiteral("out-of-range");
    case SajuErrorCode::LunarOutOfRange:
        return QStringLiteral("lunar-out-of-range");
    case SajuErrorCode::NonexistentLeapMonth:
        return QStringLiteral("nonexistent-leap-month");
    case SajuErrorCode::InvalidLunarDay:
        return QStringLiteral("invalid-lunar-day");
    case SajuErrorCode::InvalidLongitude:
        return QStringLiteral("invalid-longitude");
    case SajuErrorCode::UnknownCity:
        return QStringLiteral("unknown-city");
    }
    return QStringLiteral("unknown");
}

QString SajuError::message() const
{
    switch (code) {
    case SajuErrorCode::EmptyInput:
        return QCoreApplication::translate("SajuError", "The birth date is empty.");
    case SajuErrorCode::InvalidEncoding:
        return QCoreApplication::translate("SajuError", "The input is not valid UTF-8 text.");
    case SajuErrorCode::Malformed:
        return QCoreApplication::translate("SajuError",
                                           "\"%1\" is not a birth date. Write YYYY-MM-DD or YYYY-MM-DD HH:MM, "
                                           "with L (lunar) or L! (leap lunar month) in front for a lunar date.")
            .arg(detail);
    case SajuErrorCode::InvalidDate:
        return QCoreApplication::translate("SajuError", "%1 does not exist in the calendar.").arg(detail);
    case SajuErrorCode::InvalidTime:
        return QCoreApplication::translate("SajuError", "%1 is not a valid time of day (00:00 to 23:59).").arg(detail);
    case SajuErrorCode::OutOfRange:
        return QCoreApplication::translate("SajuError", "%1 is outside the supported range 1900-01-01 to 2100-12-31.")
            .arg(detail);
    case SajuErrorCode::LunarOutOfRange:
        return QCoreApplication::translate("SajuError", "The lunar date %1 is outside the Korean lunar table "
                                                        "(1899-12-01 to 2050-11-18, solar 1900-01-01 to 2050-12-31).")
            .arg(detail);
    case SajuErrorCode::NonexistentLeapMonth:
        return QCoreApplication::translate("SajuError", "The lunar year has no leap month %1.").arg(detail);
    case SajuErrorCode::InvalidLunarDay:
        return QCoreApplication::translate("SajuError", "The lunar month is shorter: %1 does not exist.").arg(detail);
    case SajuErrorCode::InvalidLongitude:
        return QCoreApplication::translate("SajuError", "\"%1\" is not a longitude between -180 and 180 degrees.")
            .arg(detail);
    case SajuErrorCode::UnknownCity:
        return QCoreApplication::translate("SajuError", "Unknown city \"%1\".").arg(detail);
    }
    return QString();
}

} // namespace sajudesk::saju
