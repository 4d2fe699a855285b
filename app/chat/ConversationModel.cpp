// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationModel.h"

namespace sajudesk {

ConversationModel::ConversationModel(const Conversation &conversation, QObject *parent)
    : QAbstractListModel(parent)
    , m_conversation(conversation)
{}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conversation.messages.size()) + contextRows();
}

int ConversationModel::messageIndexOfRow(int row) const
{
    const int i = row - contextRows();
    return i >= 0 && i < m_conversation.messages.size() ? i : -1;
}

int ConversationModel::rowOfId(const QString &messageId) const
{
    return rowOfMessage(m_conversation.indexOfMessage(messageId));
}

const ChatMessage *ConversationModel::messageAt(int row) const
{
    const int i = messageIndexOfRow(row);
    return i >= 0 ? &m_conversation.messages.at(i) : nullptr;
}

int ConversationModel::lastMessageRow() const
{
    return m_conversation.messages.isEmpty() ? -1 : rowOfMessage(static_cast<int>(m_conversation.messages.size()) - 1);
}

QVariant ConversationModel::contextData(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m_conversation.settings.systemPrompt;
    case MessageRoleRole:
        return static_cast<int>(ChatMessage::Role::System);
    case StateRole:
        return static_cast<int>(ChatMessage::State::Complete);
    case IsContextRole:
    case UnderstoodRole:
        return true;
    case IdRole:
        return QString();
    case TimeRole:
        return m_conversation.createdAt;
    case VersionIndexRole:
        return 0;
    case VersionCountRole:
        return 1;
    case CanContinueRole:
        return false;
    default:
        return {};
    }
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (hasContextRow() && index.row() == 0)
        return contextData(role);
    const ChatMessage &m = m_conversation.messages.at(index.row() - contextRows());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case IdRole:
        return m.id;
    case MessageRoleRole:
        return static_cast<int>(m.role);
    case StateRole:
        return static_cast<int>(m.state);
    case TimeRole:
        return m.time;
    case ModelRole:
        return m.model;
    case ErrorCodeRole:
        return m.errorCode;
    case FinishReasonRole:
        return m.finishReason;
    case ReasoningRole:
        return m.reasoning;
    case ReasoningMsRole:
        return m.reasoningMs;
    case FirstTokenMsRole:
        return m.firstTokenMs;
    case DurationMsRole:
        return m.durationMs;
    case PromptTokensRole:
        return m.usage.promptTokens;
    case CompletionTokensRole:
        return m.usage.completionTokens;
    case VersionIndexRole:
        return m.versionIndex;
    case VersionCountRole:
        return m.versionCount();
    case CanContinueRole:
        return m.canContinue();
    case IsContextRole:
        return false;
    case UnderstoodRole:
        return m.isUnderstood();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(MessageRoleRole, "role");
    names.insert(ContentRole, "content");
    names.insert(StateRole, "state");
    names.insert(TimeRole, "time");
    names.insert(ModelRole, "model");
    names.insert(ErrorCodeRole, "errorCode");
    names.insert(FinishReasonRole, "finishReason");
    names.insert(ReasoningRole, "reasoning");
    names.insert(ReasoningMsRole, "reasoningMs");
    names.insert(FirstTokenMsRole, "firstTokenMs");
    names.insert(DurationMsRole, "durationMs");
    names.insert(PromptTokensRole, "promptTokens");
    names.insert(CompletionTokensRole, "completionTokens");
    names.insert(VersionIndexRole, "versionIndex");
    names.insert(VersionCountRole, "versionCount");
    names.insert(CanContinueRole, "canContinue");
    names.insert(IsContextRole, "isContext");
    names.insert(UnderstoodRole, "understood");
    return names;
}

int ConversationModel::appendMessage(const ChatMessage &message)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_conversation.messages.append(message);
    endInsertRows();
    return row;
}

void ConversationModel::insertMessage(int row, const ChatMessage &message)
{
    const int i = qBound(0, row - contextRows(), static_cast<int>(m_conversation.messages.size()));
    beginInsertRows({}, i + contextRows(), i + contextRows());
    m_conversation.messages.insert(i, message);
    endInsertRows();
}

void ConversationModel::appendContent(int row, const QString &text)
{
    const int i = messageIndexOfRow(row);
    if (i < 0 || text.isEmpty())
        return;
    m_conversation.messages[i].content += text;
    const QModelIndex at = index(row);
    emit dataChanged(at, at, {ContentRole});
}

void ConversationModel::appendReasoning(int row, const QString &text)
{
    const int i = messageIndexOfRow(row);
    if (i < 0 || text.isEmpty())
        return;
    m_conversation.messages[i].reasoning += text;
    const QModelIndex at = index(row);
    emit dataChanged(at, at, {ReasoningRole});
}

void ConversationModel::updateMessage(int row, const std::function<void(ChatMessage &)> &change,
                                      const QList<int> &roles)
{
    const int i = messageIndexOfRow(row);
    if (i < 0)
        return;
    change(m_conversation.messages[i]);
    const QModelIndex at = index(row);
    emit dataChanged(at, at, roles);
}

void ConversationModel::setMessage(int row, const ChatMessage &message)
{
    updateMessage(row, [&message](ChatMessage &m) { m = message; });
}

void ConversationModel::removeMessages(int row, int count)
{
    const int i = messageIndexOfRow(row);
    if (i < 0 || count <= 0)
        return;
    const int n = std::min(count, static_cast<int>(m_conversation.messages.size()) - i);
    beginRemoveRows({}, row, row + n - 1);
    m_conversation.messages.remove(i, n);
    endRemoveRows();
}

void ConversationModel::setDraft(const QString &draft)
{
    if (m_conversation.draft == draft)
        return;
    m_conversation.draft = draft;
    emit metadataChanged();
}

void ConversationModel::setSettings(const ChatSettings &settings)
{
    if (m_conversation.settings == settings)
        return;
    const bool hadContext = hasContextRow();
    const bool hasContext = !settings.systemPrompt.isEmpty();
    if (hadContext && !hasContext) {
        beginRemoveRows({}, 0, 0);
        m_conversation.settings = settings;
        endRemoveRows();
    } else if (!hadContext && hasContext) {
        beginInsertRows({}, 0, 0);
        m_conversation.settings = settings;
        endInsertRows();
    } else {
        const bool promptChanged = m_conversation.settings.systemPrompt != settings.systemPrompt;
        m_conversation.settings = settings;
        if (promptChanged)
            emit dataChanged(index(0), index(0));
    }
    emit metadataChanged();
}

void ConversationModel::setTitle(const QString &title)
{
    if (m_conversation.title == title)
        return;
    m_conversation.title = title;
    emit metadataChanged();
}

void ConversationModel::setPinned(bool pinned)
{
    if (m_conversation.pinned == pinned)
        return;
    m_conversation.pinned = pinned;
    emit metadataChanged();
}

void ConversationModel::touch()
{
    m_conversation.updatedAt = QDateTime::currentDateTimeUtc();
    emit metadataChanged();
}

} // namespace sajudesk
