// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/KeyRegistry.h"

#include "chat/ChatInput.h"

#include <QSettings>

namespace sajudesk {

QList<QKeySequence> KeyRegistry::keys(Key key)
{
    // The input reads the same setting when it is created and writes it when the user switches.
    const bool ctrlEnterSends = QSettings().value(QLatin1String(ChatInput::ctrlEnterSettingsKey), false).toBool();
    switch (key) {
    case Key::ChatSend:
        if (ctrlEnterSends)
            return {QKeySequence(Qt::CTRL | Qt::Key_Return)};
        return {QKeySequence(Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Return)};
    case Key::ChatNewLine:
        if (ctrlEnterSends)
            return {QKeySequence(Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Return)};
        return {QKeySequence(Qt::SHIFT | Qt::Key_Return)};
    case Key::ChatStop:
        return {QKeySequence(Qt::Key_Escape)};
    }
    return {};
}

QList<ShortcutEntry> KeyRegistry::entries()
{
    const QString chatInput = tr("Chat input");
    return {
        {chatInput, tr("Send the message"), keys(Key::ChatSend), {}},
        {chatInput, tr("Start a new line"), keys(Key::ChatNewLine), {}},
        {chatInput, tr("Stop the answer"), keys(Key::ChatStop), {}},
    };
}

} // namespace sajudesk
