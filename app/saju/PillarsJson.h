// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/FourPillars.h"

#include <QByteArray>
#include <QStringView>

namespace sajudesk::saju {

/// Appends the `sajudesk-cli pillars --json` line of `p` (without the newline) to `out`: the
/// object of FourPillars::toDetailJson() plus "input": `input`, byte for byte what
/// `QJsonDocument(object).toJson(QJsonDocument::Compact)` gives (keys sorted, same escapes and
/// number format), but written directly as UTF-8. Building the QJsonObject tree and serialising it
/// cost about 40 times the pillar computation itself; tst_pillars_json pins the output to Qt's.
void appendDetailJsonLine(QByteArray &out, const FourPillars &p, QStringView input);

/// Appends `s` as a JSON string literal (quoted, escaped exactly as QJsonDocument does).
void appendJsonString(QByteArray &out, QStringView s);

} // namespace sajudesk::saju
