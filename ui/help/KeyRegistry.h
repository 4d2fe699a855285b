// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace sajudesk {

/// One line of Help › Keyboard Shortcuts: what a key does, where, and the keys themselves.
struct ShortcutEntry
{
    QString area;             ///< translated: a menu title without its mnemonic, or a part of the window
    QString text;             ///< translated, without mnemonic and trailing "…"
    QList<QKeySequence> keys; ///< never empty
    QString actionName;       ///< objectName of the QAction; empty for keys a widget handles itself
};

/// Keys that widgets handle themselves (key events, not QActions), so that the shortcut list can show
/// them beside the live QActions. Whoever changes such a key changes it here too: tst_shortcuts presses
/// each chat-input key of this list in the real window and fails when it does something else.
class KeyRegistry
{
    Q_DECLARE_TR_FUNCTIONS(KeyRegistry)
public:
    enum class Key { ChatSend, ChatNewLine, ChatStop };

    /// The keys for `key` as the chat input handles them now.
    static QList<QKeySequence> keys(Key key);
    /// Every registered key, translated for the current language.
    static QList<ShortcutEntry> entries();
};

} // namespace sajudesk
