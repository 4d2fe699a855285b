// SPDX-License-Identifier: GPL-3.0-or-later
// Made-up but realistic conversations for search and index benchmarks and tests: half Korean
// (with the English terms Korean speakers type: model names, code), half English; short user
// turns and long Markdown answers with line breaks and lists. Seeded: the same every run.
#pragma once

#include "chat/Conversation.h"

#include <QRandomGenerator>

namespace sajudesk::corpus {

struct Shape
{
    int messages = 50;
    int userChars = 160;      ///< mean length of a user turn
    int assistantChars = 900; ///< mean length of an answer
};

/// Conversation number `index` (even: Korean, odd: English), the same for the same arguments.
Conversation make(int index, const Shape &shape, const QDateTime &newest);

/// Writes `count` conversations into `directory` (ConversationStore format); returns their ids.
QStringList writeAll(const QString &directory, int count, const Shape &shape, const QDateTime &newest);

} // namespace sajudesk::corpus
