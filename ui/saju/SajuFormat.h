// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/BirthFields.h"

#include <QString>

#include <cstdint>

// Small display helpers shared by the saju views and exports, in the UI language (context
// "SajuFormat"): longitudes as Koreans write them (동경 126.978°), the birth line as the CLI
// takes it, a person's one-line summary.
namespace sajudesk::SajuFormat {

/// Korean "동경 126.978°", English "126.978° E" (west for negative values); per locale digits.
QString longitude(double degrees);
/// The Korean civil wall clock of a UTC instant, "YYYY-MM-DD HH:MM:SS".
QString koreanTime(std::int64_t utc);
/// The birth as a `sajudesk-cli chart` line: "1992-08-26 05:40", "L!1990-05-10 14:30", "2024-02-04".
QString birthLine(const saju::BirthFields &fields);
/// "Male" / "남자", "Female" / "여자", empty when not chosen.
QString genderLabel(saju::Gender gender);
/// "Solar 1992-08-26 05:40" / "양력 1992-08-26 05:40", lunar with 윤달 and "time unknown" in words.
QString birthText(const saju::BirthFields &fields);
/// Name of a built-in city in the UI language (서울 / Seoul), or the longitude when none.
QString placeText(const saju::BirthFields &fields);
/// Name of a 子-hour rule in the UI language.
QString ziRuleLabel(saju::ZiRule rule);
/// One-line explanation of a 子-hour rule.
QString ziRuleExplanation(saju::ZiRule rule);
/// Name and one-line explanation of a 대운수 rounding rule.
QString roundingLabel(saju::LuckRounding rounding);
QString roundingExplanation(saju::LuckRounding rounding);

} // namespace sajudesk::SajuFormat
