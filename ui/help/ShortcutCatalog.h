// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "help/KeyRegistry.h"

class QWidget;

namespace sajudesk::shortcuts {

/// Every shortcut of `window` as it is now: each QAction in it that has one, grouped under the menu that
/// holds it (menus in menu-bar order, actions in menu order; actions in no menu under "Window"), then the
/// keys widgets handle themselves (KeyRegistry). Read afresh each time, so the list cannot drift.
QList<ShortcutEntry> collect(const QWidget *window);

/// "API &Keys…" → "API Keys", "API 키(&K)…" → "API 키", "Saju && Fortune" → "Saju & Fortune".
QString plainText(const QString &text);

/// How `keys` is written for people: the platform's notation, with "Return" called "Enter" as on the key.
QString keysText(const QKeySequence &keys);

} // namespace sajudesk::shortcuts
