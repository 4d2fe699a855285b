// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace sajudesk {

/// The message box. Enter sends, Shift+Enter adds a line, Ctrl+Enter also sends; with the
/// "Send with Ctrl+Enter" setting (its context menu, stored in QSettings) Enter adds a line and
/// only Ctrl+Enter sends. It grows with its text up to maximumGrowHeight().
///
/// Input methods: the syllable still being composed (the preedit, which toPlainText() leaves out)
/// counts as text, so Send is enabled for a lone "가" and sending commits it first. Enter that
/// reaches the box while a Korean syllable is composing commits it and sends the whole text;
/// Enter that an input method consumes to confirm a conversion (Japanese, Chinese) never reaches
/// the box, so nothing is sent.
class ChatInput : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr const char *ctrlEnterSettingsKey = "chat/sendWithCtrlEnter";

    explicit ChatInput(QWidget *parent = nullptr);

    /// The text with the composing syllable (what Send would send).
    QString sendableText() const;
    bool hasSendableText() const { return !sendableText().trimmed().isEmpty(); }
    /// Commits a composing syllable into the text (before sending it).
    void commitComposition();
    QString composition() const { return m_preedit; }

    bool sendsWithCtrlEnter() const { return m_ctrlEnterSends; }
    void setSendsWithCtrlEnter(bool ctrlEnter);

    void setMaximumGrowHeight(int height);
    int maximumGrowHeight() const { return m_maxHeight; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void sendRequested();
    void stopRequested();
    /// The composing text changed (the Send button follows it).
    void compositionChanged();
    void sendKeyChanged(bool ctrlEnterSends);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void adjustHeight();
    int heightForLines(int lines) const;

    QString m_preedit;
    QString m_droppedCommit; ///< committed by us already; the input method's late copy is ignored
    bool m_ctrlEnterSends = false;
    int m_maxHeight = 240;
};

} // namespace sajudesk
