// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sajudesk::cli {

/// `sajudesk-cli models [--json] [--demo] [--runyour-url URL]`: the RunYour AI model ids usable
/// with the key, one per line (--json: the raw entries as a JSON array).
int runModels(const QStringList &args);

} // namespace sajudesk::cli
