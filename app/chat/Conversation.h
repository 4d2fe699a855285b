// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatMessage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sajudesk {

/// What is sent with every request of one conversation. New conversations take the defaults
/// from Settings; an old file without these keys gets the provider's defaults (unset).
struct ChatSettings
{
    QString model;                     ///< model id the user picked (what is sent)
    QString systemPrompt;              ///< empty: none
    std::optional<double> temperature; ///< unset: the provider's default
    std::optional<int> maxTokens;      ///< unset: the provider's default
    bool stream = true;

    bool operator==(const ChatSettings &other) const;
    bool operator!=(const ChatSettings &other) const { return !(*this == other); }
};

/// A conversation as stored on disk (one JSON file each) and shown in the chat pane.
///
/// File format (see toJson): `format` 2 is written; 1 (the first release) is read and upgraded on
/// the next save. A file with a newer `format` is opened read-only (`readOnly`) and never
/// rewritten. Unknown top-level keys are kept in `extra` and written back.
struct Conversation
{
    static constexpr int CurrentFormat = 2;

    QString id;    ///< UUID without braces; also the file name
    QString title; ///< empty: displayTitle() derives one from the first message
    bool pinned = false;
    ChatSettings settings;
    QString draft; ///< unsent input text, kept across failures and restarts
    QDateTime createdAt;
    QDateTime updatedAt; ///< last activity (sent or received text); the list is sorted by it
    QList<ChatMessage> messages;

    int format = CurrentFormat; ///< as read from the file
    bool readOnly = false;      ///< written by a newer SajuDesk: shown, never saved
    QJsonObject extra;          ///< top-level keys this version does not know

    static Conversation create(const ChatSettings &settings);

    /// A title from the first user message (first line, at most 40 characters).
    QString suggestedTitle() const;
    /// `title`, else suggestedTitle(); empty for a conversation with no user text yet.
    QString displayTitle() const;
    int indexOfMessage(const QString &messageId) const;

    QJsonObject toJson() const;
    /// Tolerant of everything inside `messages`; `ok` is false only when the object is not a
    /// conversation at all (no string `id`, `messages` not an array, wrong types of known keys).
    static Conversation fromJson(const QJsonObject &json, bool *ok = nullptr);
};

} // namespace sajudesk
