// SPDX-License-Identifier: GPL-3.0-or-later
// ChatPane: the open conversation's own settings (ConversationSettingsBar) and the defaults a new
// conversation starts with.
#include "chat/ChatDefaults.h"
#include "chat/ChatPane.h"
#include "chat/ConversationModel.h"

namespace sajudesk {

ChatSettings ChatPane::newConversationSettings() const
{
    ChatSettings settings = ChatDefaults::load();
    settings.model = m_model;
    return settings;
}

void ChatPane::applySettingsEdit(const ChatSettings &settings)
{
    if (!m_current) {
        // Settings chosen before the first message make the conversation (with them already, so
        // the bar does not reload other values under the user's cursor).
        ChatSettings initial = settings;
        initial.model = m_model;
        select(addConversation(Conversation::create(initial), true));
        return;
    }
    if (m_current->isReadOnly())
        return;
    ChatSettings changed = settings;
    changed.model = m_current->conversation().settings.model; // the picker's business
    m_current->setSettings(changed);
    // Written with the draft's pause; a blank conversation waits for its first message.
    saveDraftSoon();
}

} // namespace sajudesk
