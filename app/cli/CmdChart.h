// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sajudesk::cli {

/// `sajudesk-cli chart [--gender=male|female] [--luck-rounding=half-up|floor] [--zi=…]
///  [--lon=DEG | --city=NAME] [--years=FROM-TO] [--months=YEAR] [--language=ko|en] [--json] [LINE...]`
///
/// The 만세력 chart (SajuChart) of each birth line — the same lines, options, errors and exit
/// codes as `pillars` — as a readable Hanja + Hangul chart, or with --json one JSON object per
/// line (SajuChart::toJson() plus "input", and "annualLuck" / "monthlyLuck" when asked for).
/// Without --gender the chart has no 대운 ("luck": null, "luckStatus": "no-gender"): gender only
/// decides the 대운 direction, and everything else is still worth printing.
/// Exit codes: 0 all lines ok; 1 some line failed; 2 bad options.
int runChart(const QStringList &args);

} // namespace sajudesk::cli
