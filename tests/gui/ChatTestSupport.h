// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the chat GUI tests: a ChatPane on the loopback server, conversations written to disk
// before the pane loads them, and helpers that act like a user (type, hover, click, press keys).

#include "GuiTestSupport.h"
#include "chat/ChatInput.h"
#include "chat/ChatPane.h"
#include "chat/ConversationModel.h"
#include "chat/ConversationStore.h"
#include "chat/MessageLayout.h"
#include "chat/TranscriptView.h"

#include <QApplication>
#include <QMenu>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

namespace sajudesk::guitest {

inline const QString chatModel = QStringLiteral("openai/gpt-5.2");

struct ChatFixture
{
    std::unique_ptr<Environment> env;
    std::unique_ptr<ChatPane> pane;

    bool start()
    {
        env = std::make_unique<Environment>();
        return env->start();
    }

    /// A pane that loads what is on disk now; shown at `size`.
    bool open(QSize size = QSize(900, 640))
    {
        pane = std::make_unique<ChatPane>();
        pane->setServices(env->services.get());
        pane->setModel(chatModel);
        pane->resize(size);
        pane->show();
        return QTest::qWaitForWindowExposed(pane.get());
    }

    /// Writes a conversation of `turns` question/answer pairs (every answer has some Markdown).
    QString save(int turns, const QString &lastAnswer = QString())
    {
        Conversation c = Conversation::create(ChatSettings{chatModel, {}, {}, {}, true});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < turns; ++i) {
            c.messages.append(ChatMessage::create(ChatMessage::Role::User, QStringLiteral("질문 %1").arg(i), now));
            ChatMessage answer =
                ChatMessage::create(ChatMessage::Role::Assistant,
                                    i + 1 == turns && !lastAnswer.isEmpty()
                                        ? lastAnswer
                                        : QStringLiteral("답변 %1: **굵게** 그리고 목록\n\n- 하나\n- 둘\n\n%2")
                                              .arg(i)
                                              .arg(QStringLiteral("긴 문장입니다. ").repeated(12)),
                                    now);
            answer.model = chatModel;
            c.messages.append(answer);
        }
        ConversationStore(env->services->conversationsDirectory()).save(c);
        return c.id;
    }

    TranscriptView *transcript() const { return pane->transcript(); }
    ChatInput *input() const { return pane->findChild<ChatInput *>(QStringLiteral("chatInput")); }
    ConversationModel *model() const { return pane->currentModel(); }
    QToolButton *tool(const char *name) const { return pane->findChild<QToolButton *>(QLatin1String(name)); }
    QPushButton *button(const char *name) const { return pane->findChild<QPushButton *>(QLatin1String(name)); }

    void type(const QString &text) const { commitText(input(), text); }
    void send(const QString &text) const
    {
        type(text);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
    }
    bool waitIdle(int ms = 10000) const
    {
        return QTest::qWaitFor([this] { return !pane->isBusy(); }, ms);
    }

    /// Moves the pointer over `row` so its toolbar appears (false when the row is not shown).
    bool hover(int row) const
    {
        const QRect rect = transcript()->visualRect(row);
        if (rect.isEmpty())
            return false;
        // Qt ignores a move to where the pointer already is (an earlier test may have left it there).
        QTest::mouseMove(transcript()->viewport(), QPoint(1, 1));
        QTest::mouseMove(transcript()->viewport(), rect.center());
        return QTest::qWaitFor(
            [this, row] { return transcript()->actions()->isVisible() && transcript()->actions()->row() == row; },
            2000);
    }

    /// Text of the documents the view paints for `row` (Markdown rendered), blocks joined by '\n'.
    QString shownText(int row) const
    {
        MessageLayout *layout = transcript()->layoutOf(row);
        QStringList parts;
        for (int b = 0; layout && b < layout->blockCount(); ++b) {
            if (layout->blockKind(b) == MessageLayout::BlockKind::Text
                || layout->blockKind(b) == MessageLayout::BlockKind::Code)
                parts << layout->document(b)->toPlainText();
        }
        return parts.join(QLatin1Char('\n'));
    }

    /// True when some text of `row` is painted bold (rendered Markdown, not raw `**`).
    bool hasBold(int row, const QString &text) const
    {
        MessageLayout *layout = transcript()->layoutOf(row);
        for (int b = 0; layout && b < layout->blockCount(); ++b) {
            if (layout->blockKind(b) != MessageLayout::BlockKind::Text)
                continue;
            for (QTextBlock block = layout->document(b)->begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().text().contains(text)
                        && it.fragment().charFormat().fontWeight() >= QFont::DemiBold)
                        return true;
                }
            }
        }
        return false;
    }
};

/// Runs `choose` on the context menu that `open` pops up (menus run their own event loop).
inline void withContextMenu(const std::function<void()> &open, const std::function<void(QMenu *)> &choose)
{
    QTimer::singleShot(50, [choose] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu) {
            choose(menu);
            menu->close();
        }
    });
    open();
}

inline QAction *menuAction(QMenu *menu, const QString &textStart)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(textStart))
            return action;
    }
    return nullptr;
}

} // namespace sajudesk::guitest
