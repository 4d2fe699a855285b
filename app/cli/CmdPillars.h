// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sajudesk::cli {

/// `sajudesk-cli pillars [--zi=split|23|midnight] [--lon=DEG | --city=NAME] [--json] [LINE...]`
///
/// Computes the four pillars of each line `YYYY-MM-DD HH:MM` or `YYYY-MM-DD` (prefix `L` for a
/// Korean lunar date, `L!` for a leap lunar month), taken from the arguments or, without any,
/// from stdin (lines starting with '#' are skipped). Output is TSV with the header
/// `input year month day hour hangul flags`, the reference tables' format (pillars in Hanja,
/// `-` for an unknown hour or no flags), or with --json one JSON object per line.
/// A bad line is reported on stderr and the others still run.
/// Exit codes: 0 all lines ok; 1 some line failed; 2 bad options.
int runPillars(const QStringList &args);

} // namespace sajudesk::cli
