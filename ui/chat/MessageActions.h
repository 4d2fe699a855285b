// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QMenu;
class QToolButton;

namespace sajudesk {

/// What can be done with one message (the hover toolbar, the context menu and the keyboard all
/// offer the same set; the pane decides which are possible now).
enum class MessageAction {
    Copy,         ///< the text as shown (plain text)
    CopyMarkdown, ///< the Markdown source, links and all
    Edit,         ///< user message: edit and send again (drops what came after it)
    Regenerate,   ///< assistant: a new answer, the old one kept as another version
    PreviousVersion,
    NextVersion,
    Continue, ///< a cut-off answer: ask the model to go on from it
    Retry,    ///< an incomplete answer: ask again
    Delete,
};

/// The small toolbar shown on the message under the pointer (or with keyboard focus): real tool
/// buttons with icons, tooltips, names and Tab focus. Which buttons show comes from the
/// availability callback.
class MessageActions : public QFrame
{
    Q_OBJECT
public:
    using Availability = std::function<bool(MessageAction action, int row)>;

    explicit MessageActions(QWidget *parent = nullptr);

    void setAvailability(Availability availability) { m_available = std::move(availability); }
    bool isAvailable(MessageAction action, int row) const { return m_available && m_available(action, row); }
    /// Shows the buttons that apply to `row`; `versionIndex` / `versionCount` label ‹ 1/2 ›.
    void setRow(int row, int versionIndex, int versionCount);
    int row() const { return m_row; }
    /// Re-reads the availability (after the busy state changed).
    void refresh();
    bool hasFocusInside() const;

    /// Fills `menu` with the same actions (for the context menu), wired to `triggered`.
    void addActionsTo(QMenu *menu, int row);

    static QString actionText(MessageAction action);
    static QKeySequence shortcut(MessageAction action);

signals:
    void triggered(sajudesk::MessageAction action, int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addButton(MessageAction action, const char *objectName);
    void retranslateUi();

    Availability m_available;
    int m_row = -1;
    int m_versionIndex = 0;
    int m_versionCount = 1;
    QList<QPair<MessageAction, QToolButton *>> m_buttons;
    QLabel *m_versionLabel;
};

} // namespace sajudesk

Q_DECLARE_METATYPE(sajudesk::MessageAction)
