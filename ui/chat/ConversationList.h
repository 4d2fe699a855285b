// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ConversationExport.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class QTimer;
class QToolButton;

namespace sajudesk {

class ConversationFilterModel;

/// The saved conversations beside the transcript: a search box, the list (sections, pinned on
/// top, newest activity first; ConversationListModel through ConversationFilterModel), New and
/// Delete, a context menu (Rename, Suggest title, Pin, Export, Import, Delete) and the Undo bar
/// shown after a delete. It only shows and asks: the pane owns the conversations and the library.
class ConversationList : public QWidget
{
    Q_OBJECT
public:
    /// Returns a path, or empty when cancelled. `save`: a file to write (suggested name given).
    using FileDialog = std::function<QString(QWidget *parent, bool save, const QString &suggested)>;

    explicit ConversationList(QWidget *parent = nullptr);

    /// The view shows `filter` (its source is the library's list model).
    void setModel(ConversationFilterModel *filter);
    /// Selects the row of `id` without emitting currentChanged; none when it is not listed.
    void setCurrentId(const QString &id);
    QString currentId() const;
    QStringList selectedIds() const;
    int count() const;
    void setDeleteEnabled(bool enabled);
    QLineEdit *searchEdit() const { return m_search; }
    QListView *view() const { return m_view; }
    /// Starts the inline title editor on `id`'s row.
    void editTitle(const QString &id);
    void focusSearch();

    /// The bar under the list: `text` with Undo, for ~10 s.
    void showUndo(const QString &text);
    void hideUndo();
    /// The bar is up (neither timed out nor used).
    bool isUndoShown() const;

    /// Asks for a file through a QFileDialog, or through the hook tests install.
    QString askFile(bool save, const QString &suggested = {});
    static void setFileDialogForTesting(FileDialog dialog);

signals:
    void currentChanged(const QString &id);
    /// A search result was opened: the conversation, the message to scroll to (empty: the title matched).
    void hitOpened(const QString &id, const QString &messageId);
    void newRequested();
    void deleteRequested(const QStringList &ids);
    void pinRequested(const QStringList &ids, bool pinned);
    void suggestTitleRequested(const QString &id);
    void exportRequested(const QStringList &ids, sajudesk::ConversationExport::Format format);
    void importRequested();
    void searchChanged(const QString &text);
    /// The search box got the focus: a search is likely to follow.
    void searchFocused();
    void undoRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void showContextMenu(const QPoint &pos);
    void onActivated(const QModelIndex &index);
    QString idAt(const QModelIndex &index) const;

    QLineEdit *m_search;
    QListView *m_view;
    ConversationFilterModel *m_filter = nullptr;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undoButton;
    QTimer *m_undoTimer;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QToolButton *m_moreButton;
    bool m_settingCurrent = false;
};

} // namespace sajudesk
