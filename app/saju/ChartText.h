// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/SajuChart.h"

#include <QString>
#include <QVector>

// The readable chart of `sajudesk-cli chart` (without --json) and of the app's text export: the four columns hour →
// year as a Korean 만세력 prints them, pillars in Hanja and Hangul, labels in the UI language (context "ChartText"),
// then 대운, optional 세운/월운 rows, boundary charts and the trace. Columns are padded by display width (Hangul and
// Hanja take two terminal cells).
namespace sajudesk::saju {

/// `noGenderNote` is the 대운 line of a chart without gender (the CLI names its option there).
QString chartText(const SajuChart &chart, const QString &input, const QVector<LuckPeriod> &years,
                  const QVector<LuckPeriod> &months, const QString &noGenderNote);

/// Terminal cells taken by `text`: 2 for East Asian wide characters (Hangul, CJK), else 1.
int displayWidth(const QString &text);

} // namespace sajudesk::saju
