// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/MessageActions.h"

#include "chat/ChatIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>

namespace sajudesk {

namespace {

ChatIcons::Icon iconFor(MessageAction action)
{
    switch (action) {
    case MessageAction::Copy:
        return ChatIcons::Icon::Copy;
    case MessageAction::CopyMarkdown:
        return ChatIcons::Icon::Markdown;
    case MessageAction::Edit:
        return ChatIcons::Icon::Edit;
    case MessageAction::Regenerate:
        return ChatIcons::Icon::Regenerate;
    case MessageAction::PreviousVersion:
        return ChatIcons::Icon::Previous;
    case MessageAction::NextVersion:
        return ChatIcons::Icon::Next;
    case MessageAction::Continue:
        return ChatIcons::Icon::Continue;
    case MessageAction::Retry:
        return ChatIcons::Icon::Retry;
    case MessageAction::Delete:
        return ChatIcons::Icon::Delete;
    }
    return ChatIcons::Icon::Copy;
}

} // namespace

MessageActions::MessageActions(QWidget *parent)
    : QFrame(parent)
    , m_versionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("messageActions"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 1, 2, 1);
    layout->setSpacing(0);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_versionLabel->setForegroundRole(QPalette::PlaceholderText);

    addButton(MessageAction::PreviousVersion, "previousVersionButton");
    layout->addWidget(m_versionLabel);
    addButton(MessageAction::NextVersion, "nextVersionButton");
    addButton(MessageAction::Continue, "continueMessageButton");
    addButton(MessageAction::Retry, "retryMessageButton");
    addButton(MessageAction::Regenerate, "regenerateButton");
    addButton(MessageAction::Edit, "editMessageButton");
    addButton(MessageAction::Copy, "copyMessageButton");
    addButton(MessageAction::CopyMarkdown, "copyMarkdownButton");
    addButton(MessageAction::Delete, "deleteMessageButton");
    retranslateUi();
    hide();
}

QToolButton *MessageActions::addButton(MessageAction action, const char *objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoRaise(true);
    button->setIcon(ChatIcons::icon(iconFor(action)));
    button->setIconSize(QSize(16, 16));
    button->setFocusPolicy(Qt::TabFocus);
    connect(button, &QToolButton::clicked, this, [this, action] { emit triggered(action, m_row); });
    static_cast<QHBoxLayout *>(layout())->addWidget(button);
    m_buttons.append({action, button});
    return button;
}

void MessageActions::setRow(int row, int versionIndex, int versionCount)
{
    m_row = row;
    m_versionIndex = versionIndex;
    m_versionCount = versionCount;
    refresh();
}

void MessageActions::refresh()
{
    for (const auto &[action, button] : std::as_const(m_buttons))
        button->setVisible(m_row >= 0 && m_available && m_available(action, m_row));
    const bool paging = m_versionCount > 1;
    m_versionLabel->setText(QStringLiteral("%1/%2").arg(m_versionIndex + 1).arg(m_versionCount));
    const bool canPage =
        paging && m_available
        && (m_available(MessageAction::PreviousVersion, m_row) || m_available(MessageAction::NextVersion, m_row));
    for (const auto &[action, button] : std::as_const(m_buttons)) {
        if (action == MessageAction::PreviousVersion || action == MessageAction::NextVersion) {
            button->setVisible(canPage);
            button->setEnabled(canPage && m_available(action, m_row));
        }
    }
    m_versionLabel->setVisible(paging);
    adjustSize();
}

bool MessageActions::hasFocusInside() const
{
    const QWidget *focus = focusWidget();
    return focus && focus->hasFocus() && isAncestorOf(focus);
}

void MessageActions::addActionsTo(QMenu *menu, int row)
{
    const MessageAction order[] = {MessageAction::Copy,
                                   MessageAction::CopyMarkdown,
                                   MessageAction::Edit,
                                   MessageAction::Regenerate,
                                   MessageAction::Continue,
                                   MessageAction::Retry,
                                   MessageAction::PreviousVersion,
                                   MessageAction::NextVersion,
                                   MessageAction::Delete};
    for (MessageAction action : order) {
        if (!m_available || !m_available(action, row))
            continue;
        if (action == MessageAction::Edit || action == MessageAction::Delete
            || action == MessageAction::PreviousVersion)
            menu->addSeparator();
        QAction *item = menu->addAction(ChatIcons::icon(iconFor(action)), actionText(action));
        item->setShortcut(shortcut(action));
        item->setShortcutVisibleInContextMenu(true);
        item->setObjectName(QStringLiteral("messageMenuAction%1").arg(static_cast<int>(action)));
        connect(item, &QAction::triggered, this, [this, action, row] { emit triggered(action, row); });
    }
}

QString MessageActions::actionText(MessageAction action)
{
    switch (action) {
    case MessageAction::Copy:
        return tr("&Copy");
    case MessageAction::CopyMarkdown:
        return tr("Copy as &Markdown");
    case MessageAction::Edit:
        return tr("&Edit and Resend…");
    case MessageAction::Regenerate:
        return tr("&Regenerate");
    case MessageAction::PreviousVersion:
        return tr("&Previous Version");
    case MessageAction::NextVersion:
        return tr("&Next Version");
    case MessageAction::Continue:
        return tr("C&ontinue");
    case MessageAction::Retry:
        return tr("Re&try");
    case MessageAction::Delete:
        return tr("&Delete");
    }
    return {};
}

QKeySequence MessageActions::shortcut(MessageAction action)
{
    switch (action) {
    case MessageAction::Copy:
        return QKeySequence::Copy;
    case MessageAction::CopyMarkdown:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    case MessageAction::Edit:
        return QKeySequence(Qt::Key_F2);
    case MessageAction::Regenerate:
        return QKeySequence(Qt::CTRL | Qt::Key_R);
    case MessageAction::PreviousVersion:
        return QKeySequence(Qt::ALT | Qt::Key_Left);
    case MessageAction::NextVersion:
        return QKeySequence(Qt::ALT | Qt::Key_Right);
    case MessageAction::Continue:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    case MessageAction::Retry:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case MessageAction::Delete:
        return QKeySequence::Delete;
    }
    return {};
}

void MessageActions::retranslateUi()
{
    for (const auto &[action, button] : std::as_const(m_buttons)) {
        // "&Copy" / "복사(&C)" → "Copy" / "복사": tooltips show no mnemonics.
        QString text = actionText(action);
        text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        const QKeySequence keys = shortcut(action);
        button->setToolTip(
            keys.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        button->setAccessibleName(text);
    }
}

void MessageActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace sajudesk
