// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"
#include "runyour/RunYourJson.h"

#include <QString>

namespace sajudesk::TitleSuggestion {

/// "Suggest title": the chat request that asks `model` for a short title of `conversation` in the
/// conversation's language (Korean when the user writes Hangul; the prompt names the language,
/// because models otherwise drift to English). Sends the first turns only, each shortened, so
/// the request stays small however long the conversation is. Pure; send it with ChatRequest
/// (non-streaming) and pass the answer to parseReply().
ChatParams request(const Conversation &conversation, const QString &model);

/// True when most letters the user typed are Hangul.
bool isKorean(const Conversation &conversation);

/// The model's answer cleaned to one short title line: a reasoning block (<think>…</think>), a
/// "Title:" / "제목:" label, Markdown marks, surrounding quotes and a trailing period removed,
/// whitespace collapsed, at most MaxLength characters. Empty when nothing usable is left.
QString parseReply(const QString &reply);

inline constexpr int MaxLength = 60;

} // namespace sajudesk::TitleSuggestion
