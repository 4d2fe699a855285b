// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/ShortcutCatalog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QWidget>

namespace sajudesk::shortcuts {

namespace {

// Menus in the order a user meets them: the menu bar's, each followed by its submenus.
void appendMenus(QMenu *menu, QList<QMenu *> &out)
{
    if (!menu || out.contains(menu))
        return;
    out << menu;
    for (QAction *action : menu->actions())
        appendMenus(action->menu(), out);
}

QList<QMenu *> menusOf(const QWidget *window)
{
    QList<QMenu *> menus;
    if (const auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *action : bar->actions())
            appendMenus(action->menu(), menus);
    }
    // Menus of the panes (buttons with a menu), not those of dialogs that happen to be children.
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        const QWidget *owner = menu->parentWidget();
        while (owner && qobject_cast<const QMenu *>(owner))
            owner = owner->parentWidget();
        if (owner && owner->window() == window)
            appendMenus(menu, menus);
    }
    return menus;
}

// The window whose keys reach `action`: that of its nearest widget ancestor, looking through menus (a
// popup menu is a window of its own, but its actions work in the window that owns it). Dialogs that
// are children of the main window have their own keys and are not part of its list.
const QWidget *keyWindowOf(const QAction *action)
{
    for (const QObject *object = action->parent(); object; object = object->parent()) {
        if (object->isWidgetType() && !qobject_cast<const QMenu *>(object))
            return static_cast<const QWidget *>(object)->window();
    }
    return nullptr;
}

ShortcutEntry entryFor(const QString &area, const QAction *action)
{
    QString text = plainText(action->text());
    if (text.isEmpty())
        text = plainText(action->toolTip());
    return {area, text, action->shortcuts(), action->objectName()};
}

} // namespace

QString plainText(const QString &text)
{
    QString out = text;
    // Korean and other translations put the mnemonic in brackets after the word: "파일(&F)".
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    out.remove(bracketed);
    const QChar placeholder(0xE000);
    out.replace(QStringLiteral("&&"), QString(placeholder));
    out.remove(QLatin1Char('&'));
    out.replace(placeholder, QLatin1Char('&'));
    if (out.endsWith(QStringLiteral("…")))
        out.chop(1);
    else if (out.endsWith(QStringLiteral("...")))
        out.chop(3);
    return out.trimmed();
}

QString keysText(const QKeySequence &keys)
{
    const QString returnName = QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText);
    const QString enterName = QKeySequence(Qt::Key_Enter).toString(QKeySequence::NativeText);
    QString text = keys.toString(QKeySequence::NativeText);
    text.replace(returnName, enterName);
    return text;
}

QList<ShortcutEntry> collect(const QWidget *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> listed;
    for (const QMenu *menu : menusOf(window)) {
        const QString area = plainText(menu->title());
        for (const QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty() || listed.contains(action))
                continue;
            listed.insert(action);
            entries << entryFor(area, action);
        }
    }
    // Actions with a shortcut that sit in no menu (added to the window or a pane only).
    const QString windowArea = KeyRegistry::tr("Window");
    QList<QAction *> others = window->actions();
    others += window->findChildren<QAction *>();
    for (const QAction *action : std::as_const(others)) {
        if (action->shortcut().isEmpty() || listed.contains(action) || keyWindowOf(action) != window)
            continue;
        listed.insert(action);
        entries << entryFor(windowArea, action);
    }
    entries += KeyRegistry::entries();
    return entries;
}

} // namespace sajudesk::shortcuts
