// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatInput.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QMenu>
#include <QSettings>
#include <QTextBlock>
#include <QTextDocument>

namespace sajudesk {

ChatInput::ChatInput(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("chatInput"));
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_ctrlEnterSends = QSettings().value(QLatin1String(ctrlEnterSettingsKey), false).toBool();
    // After the edit the document is laid out again; measure then.
    connect(this, &QPlainTextEdit::textChanged, this, &ChatInput::adjustHeight, Qt::QueuedConnection);
    adjustHeight();
}

QString ChatInput::sendableText() const
{
    if (m_preedit.isEmpty())
        return toPlainText();
    QString text = toPlainText();
    text.insert(textCursor().position(), m_preedit);
    return text;
}

void ChatInput::commitComposition()
{
    if (m_preedit.isEmpty())
        return;
    const QString syllable = m_preedit;
    // Clear the preedit the widget shows, insert the syllable as typed text, and tell the input
    // method to forget it; should it still commit it, that copy is dropped.
    QInputMethodEvent clear;
    QPlainTextEdit::inputMethodEvent(&clear);
    m_preedit.clear();
    insertPlainText(syllable);
    m_droppedCommit = syllable;
    if (QGuiApplication::inputMethod())
        QGuiApplication::inputMethod()->reset();
    emit compositionChanged();
}

void ChatInput::setSendsWithCtrlEnter(bool ctrlEnter)
{
    if (ctrlEnter == m_ctrlEnterSends)
        return;
    m_ctrlEnterSends = ctrlEnter;
    QSettings().setValue(QLatin1String(ctrlEnterSettingsKey), ctrlEnter);
    emit sendKeyChanged(ctrlEnter);
}

void ChatInput::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        const bool ctrl = mods == Qt::ControlModifier;
        const bool plain = mods == Qt::NoModifier;
        if (ctrl || (plain && !m_ctrlEnterSends)) {
            commitComposition();
            emit sendRequested();
            event->accept();
            return;
        }
        if (mods == Qt::ShiftModifier || (plain && m_ctrlEnterSends)) {
            commitComposition();
            insertPlainText(QStringLiteral("\n"));
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && m_preedit.isEmpty()) {
        emit stopRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ChatInput::inputMethodEvent(QInputMethodEvent *event)
{
    if (!m_droppedCommit.isEmpty() && event->commitString() == m_droppedCommit && event->preeditString().isEmpty()) {
        // The input method committed the syllable we already sent.
        m_droppedCommit.clear();
        event->accept();
        return;
    }
    m_droppedCommit.clear();
    QPlainTextEdit::inputMethodEvent(event);
    if (event->preeditString() != m_preedit) {
        m_preedit = event->preeditString();
        emit compositionChanged();
    }
}

void ChatInput::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // Qt commits the composition when focus leaves; the widget's preedit is gone then.
    if (!m_preedit.isEmpty() && !hasFocus()) {
        m_preedit.clear();
        emit compositionChanged();
    }
}

void ChatInput::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->addSeparator();
    QAction *ctrlEnter = menu->addAction(tr("Send with Ctrl+Enter (Enter adds a line)"));
    ctrlEnter->setObjectName(QStringLiteral("sendWithCtrlEnterAction"));
    ctrlEnter->setCheckable(true);
    ctrlEnter->setChecked(m_ctrlEnterSends);
    connect(ctrlEnter, &QAction::toggled, this, &ChatInput::setSendsWithCtrlEnter);
    menu->exec(event->globalPos());
    delete menu;
}

int ChatInput::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return lines * fontMetrics().lineSpacing() + static_cast<int>(2 * document()->documentMargin()) + margins.top()
           + margins.bottom() + 2;
}

void ChatInput::setMaximumGrowHeight(int height)
{
    m_maxHeight = std::max(heightForLines(2), height);
    adjustHeight();
}

QSize ChatInput::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

QSize ChatInput::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(2)};
}

void ChatInput::adjustHeight()
{
    // QPlainTextEdit's document size is in lines (wrapped lines included once laid out).
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    const int wanted = std::clamp(heightForLines(std::max(2, lines)), heightForLines(2), m_maxHeight);
    if (wanted != height())
        setFixedHeight(wanted);
}

void ChatInput::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    adjustHeight();
}

} // namespace sajudesk
