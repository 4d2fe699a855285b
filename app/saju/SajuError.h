// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

// Typed failures of the saju engine and a small value-or-error Result.
//   Result<FourPillars> r = SajuEngine::compute(input);
//   if (!r) show(r.error().message()); else use(r.value());
namespace sajudesk::saju {

enum class SajuErrorCode {
    EmptyInput,           ///< blank line
    InvalidEncoding,      ///< bytes that are not UTF-8
    Malformed,            ///< not `[L|L!]YYYY-MM-DD[ HH:MM]`
    InvalidDate,          ///< no such solar date (2023-02-29, month 13 …)
    InvalidTime,          ///< hour not 0..23 or minute not 0..59 (25:00)
    OutOfRange,           ///< solar date before 1900-01-01 or after 2100-12-31
    LunarOutOfRange,      ///< lunar date outside the KASI table (lunar 1899-12-01 .. 2050-11-18)
    NonexistentLeapMonth, ///< that lunar year has no leap month with that number
    InvalidLunarDay,      ///< lunar day beyond the month's length (day 30 of a 29-day month)
    InvalidLongitude,     ///< longitude not a number in -180..180
    UnknownCity,          ///< city name not in cities()
};

/// Stable machine name of a code ("out-of-range", …), for logs, JSON and tests.
QString errorCodeName(SajuErrorCode code);

struct SajuError
{
    SajuErrorCode code = SajuErrorCode::Malformed;
    QString detail; ///< the offending text or value, shown inside the message

    /// Translated, user-facing sentence (QCoreApplication::translate, context "SajuError").
    QString message() const;
};

/// A value or a SajuError. Allocation-free when T is.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(SajuError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const SajuError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, SajuError> m_data;
};

} // namespace sajudesk::saju
