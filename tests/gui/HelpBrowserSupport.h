// SPDX-License-Identifier: GPL-3.0-or-later
// Where things are in a QTextBrowser showing the user guide: a heading in view, a link's position.
#pragma once

#include <QPoint>
#include <QRect>
#include <QString>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace sajudesk::guitest {

/// True when the heading with this anchor name is inside the browser's viewport.
inline bool headingVisible(QTextBrowser *browser, const QString &anchor)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor)) {
                QTextCursor cursor(block);
                const QRect rect = browser->cursorRect(cursor);
                return browser->viewport()->rect().contains(rect.center());
            }
        }
    }
    return false;
}

/// The centre of the link to `href`, scrolled into view; a null point when there is none.
inline QPoint linkPosition(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            return browser->cursorRect(cursor).center();
        }
    }
    return {};
}

} // namespace sajudesk::guitest
