// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/TitleSuggestion.h"

#include <QRegularExpression>

namespace sajudesk::TitleSuggestion {

namespace {
constexpr int maxTurns = 4;
constexpr int maxTurnLength = 600;
} // namespace

bool isKorean(const Conversation &conversation)
{
    int hangul = 0;
    int letters = 0;
    for (const ChatMessage &message : conversation.messages) {
        if (message.role != ChatMessage::Role::User || !message.isUnderstood())
            continue;
        for (const QChar c : message.content) {
            if (!c.isLetter())
                continue;
            ++letters;
            const char16_t u = c.unicode();
            if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x3131 && u <= 0x318E) || (u >= 0x1100 && u <= 0x11FF))
                ++hangul;
        }
    }
    return letters > 0 && hangul * 2 >= letters;
}

ChatParams request(const Conversation &conversation, const QString &model)
{
    // Instructions in English (what models follow best) naming the answer's language.
    const QString language =
        isKorean(conversation) ? QStringLiteral("Korean") : QStringLiteral("the language the user writes in");
    ChatParams params;
    params.model = model;
    params.messages.append(
        {ChatTurn::Role::System,
         QStringLiteral("You name chat conversations. Reply with one title of at most six words that says "
                        "what the conversation is about, written in %1. Reply with the title only: no quotes, "
                        "no label, no final period, no explanation.")
             .arg(language)});
    QString excerpt;
    int turns = 0;
    for (const ChatMessage &message : conversation.messages) {
        if (turns == maxTurns)
            break;
        if (!message.isUnderstood() || message.content.trimmed().isEmpty()
            || (message.role != ChatMessage::Role::User && message.role != ChatMessage::Role::Assistant))
            continue;
        QString text = message.content.trimmed();
        if (text.size() > maxTurnLength)
            text = text.left(maxTurnLength) + QStringLiteral(" […]");
        excerpt += (message.role == ChatMessage::Role::User ? QStringLiteral("User: ") : QStringLiteral("Assistant: "))
                   + text + QStringLiteral("\n\n");
        ++turns;
    }
    params.messages.append({ChatTurn::Role::User, QStringLiteral("Conversation:\n\n%1Title:").arg(excerpt)});
    return params;
}

QString parseReply(const QString &reply)
{
    static const QRegularExpression thinking(QStringLiteral("<(think|thinking|reasoning)>.*?</\\1>"),
                                             QRegularExpression::DotMatchesEverythingOption
                                                 | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(QStringLiteral("^(title|제목|대화 제목)\\s*[:：-]\\s*"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markdown(QStringLiteral("^(#+|[-*>]|\\d+[.)])\\s+"));
    QString text = reply;
    text.remove(thinking);
    QString line;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &candidate : lines) {
        line = candidate.simplified();
        line.remove(markdown);
        line.remove(label);
        if (!line.isEmpty())
            break;
    }
    line.remove(QStringLiteral("**")).remove(QStringLiteral("__")).remove(QLatin1Char('`'));
    static const QString quotes = QStringLiteral("\"'“”‘’「」『』«»");
    // Quotes and a trailing period can nest ("“Title.”"), so strip until nothing changes.
    for (bool changed = true; changed && !line.isEmpty();) {
        changed = false;
        line = line.trimmed();
        if (line.size() >= 2 && quotes.contains(line.front()) && quotes.contains(line.back())) {
            line = line.mid(1, line.size() - 2);
            changed = true;
        } else if (line.endsWith(QLatin1Char('.')) || line.endsWith(QChar(0x3002))) {
            line.chop(1);
            changed = true;
        }
    }
    line = line.simplified();
    if (line.size() > MaxLength) {
        line = line.left(line.at(MaxLength - 1).isHighSurrogate() ? MaxLength - 1 : MaxLength);
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        if (space > MaxLength / 2)
            line.truncate(space);
        line = line.trimmed() + QStringLiteral("…");
    }
    return line;
}

} // namespace sajudesk::TitleSuggestion
