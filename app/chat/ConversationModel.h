// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QAbstractListModel>

#include <functional>

namespace sajudesk {

/// One conversation as a list model: the rows are its messages, preceded by a "context" row when
/// the conversation has a system prompt (seeded conversations show it at the top). The transcript
/// view, the chat controller and the tests share it; it never touches a widget or the disk.
///
/// Streaming contract: appendContent()/appendReasoning() change only the last rows' text and emit
/// dataChanged for that one row with just the role that changed, so a view can update one message
/// without looking at the others.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        MessageRoleRole, ///< ChatMessage::Role as int
        ContentRole,     ///< Markdown source (also Qt::DisplayRole)
        StateRole,       ///< ChatMessage::State as int
        TimeRole,        ///< QDateTime, UTC
        ModelRole,
        ErrorCodeRole,
        FinishReasonRole,
        ReasoningRole,
        ReasoningMsRole,
        FirstTokenMsRole,
        DurationMsRole,
        PromptTokensRole,
        CompletionTokensRole,
        VersionIndexRole,
        VersionCountRole,
        CanContinueRole,
        IsContextRole, ///< the system-prompt row, not a message
        UnderstoodRole ///< false: a message this version cannot show (kept as is)
    };
    Q_ENUM(Roles)

    explicit ConversationModel(const Conversation &conversation = Conversation(), QObject *parent = nullptr);

    const Conversation &conversation() const { return m_conversation; }
    QString id() const { return m_conversation.id; }
    bool isReadOnly() const { return m_conversation.readOnly; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool hasContextRow() const { return !m_conversation.settings.systemPrompt.isEmpty(); }
    int rowOfMessage(int messageIndex) const { return messageIndex < 0 ? -1 : messageIndex + contextRows(); }
    /// -1 for the context row or a row out of range.
    int messageIndexOfRow(int row) const;
    int rowOfId(const QString &messageId) const;
    /// nullptr for the context row or a row out of range.
    const ChatMessage *messageAt(int row) const;
    /// Row of the last message, -1 when there is none.
    int lastMessageRow() const;

    // Changes, each with the matching model signals.
    int appendMessage(const ChatMessage &message);
    void insertMessage(int row, const ChatMessage &message);
    void appendContent(int row, const QString &text);
    void appendReasoning(int row, const QString &text);
    /// Any other change to one message; dataChanged lists `roles` (empty: all).
    void updateMessage(int row, const std::function<void(ChatMessage &)> &change, const QList<int> &roles = {});
    void setMessage(int row, const ChatMessage &message);
    /// Removes rows [row, row + count) (message rows only).
    void removeMessages(int row, int count);

    void setDraft(const QString &draft);
    void setSettings(const ChatSettings &settings);
    void setTitle(const QString &title);
    /// Changed through the conversation list (ConversationLibrary writes the file).
    void setPinned(bool pinned);
    /// updatedAt = now (the conversation list is sorted by it).
    void touch();

signals:
    /// Title, draft, settings or updatedAt changed (not the messages).
    void metadataChanged();

private:
    int contextRows() const { return hasContextRow() ? 1 : 0; }
    QVariant contextData(int role) const;

    Conversation m_conversation;
};

} // namespace sajudesk
