// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/BirthInput.h"
#include "saju/FourPillars.h"
#include "saju/SajuChart.h"
#include "sajuapi/FortuneResult.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace sajudesk {

/// The 10-year luck period (대운) in force now, when a chart has computed it.
struct LuckPeriodNow
{
    saju::Pillar pillar;
    int startAge = -1; ///< full years from birth (만 나이) as the chart counts them; -1 when unknown
    int endAge = -1;

    /// The 대운 of `chart` in force in calendar `year` (LuckCycle::indexForYear); nullopt when the
    /// chart has no 대운 (gender unknown, out of range) or `year` is before the first one.
    static std::optional<LuckPeriodNow> fromChart(const saju::SajuChart &chart, int year);
};

/// Everything "Discuss in chat" hands to a new conversation.
struct FortuneChatInput
{
    QString name;
    saju::BirthInput birth;    ///< as entered (date and time on the Korean civil clock, calendar, options)
    saju::FourPillars pillars; ///< SajuEngine::compute(birth)
    std::optional<LuckPeriodNow> luckNow;
    std::optional<FortuneResult> fortune; ///< the fortune on screen, if any
    QDate fortuneDate;                    ///< the day that fortune is for
};

/// The chat context as plain labelled text: one fact per line ("Label: value"), nested lines
/// indented by two spaces, no markup and no entities, in the UI language (the installed
/// translator for labels, `locale` for numbers and dates). The same text is shown to the user
/// and sent to the model, so what the user reads is what the model gets.
namespace FortuneChatContext {

QString build(const FortuneChatInput &input, const QLocale &locale = QLocale());
/// What the model is asked to do with the context (one line).
QString instruction();
/// build() + a blank line + instruction(): the system prompt of the new conversation.
QString systemPrompt(const FortuneChatInput &input, const QLocale &locale = QLocale());

} // namespace FortuneChatContext
} // namespace sajudesk
