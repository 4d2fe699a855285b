// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sajudesk {

/// One stored chat turn (the wire-format message is runyour/ChatTurn). Assistant turns carry their state so an
/// interrupted answer is kept, marked and never silently presented as complete.
struct ChatMessage
{
    enum class Role { System, User, Assistant };
    enum class State { Complete, Streaming, Incomplete, Failed };

    Role role = Role::User;
    QString content;
    State state = State::Complete;
    QDateTime time;    ///< UTC
    QString model;     ///< for assistant turns: the model that answered (as the server spelled it)
    QString errorCode; ///< ApiError code when state is Failed or Incomplete

    static QString roleName(Role role); ///< "system" / "user" / "assistant" (the wire names)
    static Role roleFromName(const QString &name, bool *ok = nullptr);

    QJsonObject toJson() const;
    static ChatMessage fromJson(const QJsonObject &json, bool *ok = nullptr);
};

/// A conversation as stored on disk (one JSON file each) and shown in the chat pane.
struct Conversation
{
    QString id; ///< UUID without braces; also the file name
    QString title;
    QString model;        ///< model id the user picked (what is sent)
    QString systemPrompt; ///< optional
    QString draft;        ///< unsent input text, kept across failures and restarts
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<ChatMessage> messages;

    static Conversation create(const QString &model);

    /// A title from the first user message (first line, at most 40 characters).
    QString suggestedTitle() const;

    QJsonObject toJson() const;
    /// Tolerant: unknown keys are ignored, malformed messages are skipped; `ok` is false only when
    /// the object is not a conversation at all.
    static Conversation fromJson(const QJsonObject &json, bool *ok = nullptr);
};

} // namespace sajudesk
