// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sajudesk {

/// One stored chat turn (the wire-format message is runyour/ChatTurn). Assistant turns carry their
/// state so an interrupted answer is kept, marked and never silently presented as complete.
///
/// Lossless: keys this version does not know are kept in `extra` and written back unchanged; a
/// message this version cannot show at all (an unknown role, content that is not a string) keeps
/// its whole JSON object in `raw`, is shown as a placeholder and is written back byte for byte.
struct ChatMessage
{
    enum class Role { System, User, Assistant, Unknown };
    /// Stopped: the user pressed Stop. Interrupted: the connection (or the app) ended before the
    /// answer did, partial text kept. Failed: an error, usually before any text arrived.
    enum class State { Complete, Streaming, Stopped, Interrupted, Failed };

    struct Usage
    {
        int promptTokens = -1; ///< -1: the server did not say
        int completionTokens = -1;
        bool isValid() const { return promptTokens >= 0 || completionTokens >= 0; }
    };

    QString id; ///< stable per message (UUID without braces); made on load when missing
    Role role = Role::User;
    QString content; ///< Markdown source as received or typed
    State state = State::Complete;
    QDateTime time;           ///< UTC; for assistant turns the time the answer started
    QString model;            ///< assistant: the model that answered (as the server spelled it)
    QString errorCode;        ///< ApiError code when Failed / Interrupted
    QString finishReason;     ///< stop | length | content_filter | … as sent; empty when unknown
    QString reasoning;        ///< "thinking" text (delta.reasoning_content / reasoning)
    qint64 reasoningMs = -1;  ///< how long the model thought; -1 unknown
    qint64 firstTokenMs = -1; ///< send → first content delta; -1 unknown
    qint64 durationMs = -1;   ///< send → end of answer; -1 unknown
    Usage usage;
    /// Other versions of this assistant answer (Regenerate keeps them), as stored message objects
    /// in display order with this one removed; `versionIndex` is this version's place among all.
    QList<QJsonObject> otherVersions;
    int versionIndex = 0;

    QJsonObject extra; ///< keys this version does not know, kept for the next save
    QJsonObject raw;   ///< non-empty only when the message is not understood (see isUnderstood)

    bool isUnderstood() const { return raw.isEmpty(); }
    int versionCount() const { return static_cast<int>(otherVersions.size()) + 1; }
    /// Shows version `index` (0-based among versionCount()); the current one joins otherVersions.
    bool selectVersion(int index);
    /// Keeps the current answer as another version and leaves this message empty for a new one
    /// (state Streaming, same id); the new answer becomes the last version.
    void startNewVersion(const QDateTime &now);
    /// Stopped, Interrupted or a `length` finish: the answer can be continued.
    bool canContinue() const;

    static QString roleName(Role role); ///< "system" / "user" / "assistant" (the wire names)
    static Role roleFromName(const QString &name);
    static QString stateName(State state);
    static State stateFromName(const QString &name);

    static ChatMessage create(Role role, const QString &content, const QDateTime &now);
    QJsonObject toJson() const;
    /// Never fails: what it cannot understand is kept in `raw` (see the class comment).
    static ChatMessage fromJson(const QJsonObject &json);
};

} // namespace sajudesk
