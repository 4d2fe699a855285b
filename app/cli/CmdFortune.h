// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sajudesk::cli {

/// `sajudesk-cli fortune --birth "1992-08-26 05:40" --name 이서준 [--lunar] [--leap] [--zi RULE]
/// [--lon DEG | --city NAME] [--date YYYY-MM-DD] [--model haiku|sonnet|gpt4o] [--fortune-only]
/// [--no-stream] [--refresh] [--json] [--language ko|en]`: computes the four pillars locally and
/// asks the Saju API for the day's fortune, unless the local FortuneCache has that answer
/// (--refresh asks anyway); sections print as they arrive, with labels and element names in the
/// chosen language (--json: one JSON document at the end, `fromCache` on top when cached).
int runFortune(const QStringList &args);

} // namespace sajudesk::cli
