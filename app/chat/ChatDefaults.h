// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QList>
#include <QString>

namespace sajudesk {

/// The settings a new conversation starts with (Settings › Chat defaults) and the system prompt
/// presets the user saved, both in QSettings (`chat/defaults/…`, `chat/promptPresets`). The model
/// is not among them: a new conversation takes the one chosen in the picker.
namespace ChatDefaults {

ChatSettings load();
void save(const ChatSettings &settings);

struct PromptPreset
{
    QString name;
    QString text;
    bool operator==(const PromptPreset &other) const { return name == other.name && text == other.text; }
};

/// Sorted by name (case-insensitive).
QList<PromptPreset> presets();
/// Adds `name`, or replaces the preset of that name; a blank name or text is ignored.
void savePreset(const QString &name, const QString &text);
void removePreset(const QString &name);

} // namespace ChatDefaults

} // namespace sajudesk
