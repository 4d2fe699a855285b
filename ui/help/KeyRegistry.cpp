// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/KeyRegistry.h"

namespace sajudesk {

QList<QKeySequence> KeyRegistry::keys(Key key)
{
    switch (key) {
    case Key::ChatSend:
        return {QKeySequence(Qt::CTRL | Qt::Key_Return)};
    case Key::ChatNewLine:
        return {QKeySequence(Qt::Key_Return)};
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
